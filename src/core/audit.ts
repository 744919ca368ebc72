import validateNote from "../generated/audit-note.mjs";
import { sha256Hex } from "./hash.js";
import type { Report } from "./report.js";

/**
 * The audit record of a merge, kept in git as a note on the merged commit
 * (`refs/notes/modelgate`, schemas/audit-note.schema.json): what the PR comment said,
 * where history and status can read it back.
 */
export interface AuditNote {
  schema_version: 1;
  tool: { name: "modelgate"; version: string };
  commit: string;
  base: string;
  result: Report["result"];
  pull_request: { number: number; author: string; head: string } | null;
  approvals: string[];
  override: { label: string; actor: string; reason: string } | null;
  waivers: Array<{ gate: string; model: string; reason: string; expires: string }>;
  changes: Array<{
    model: string;
    path: string;
    kind: string;
    from: string | null;
    to: string | null;
    result: "pass" | "fail";
    gates: Array<{ id: string; type: string; status: string; by?: "waiver" | "label" }>;
  }>;
  errors?: string[];
  report_sha256: string;
  written_at: string;
}

export const NOTES_REF = "refs/notes/modelgate";

/** The largest note read: a note is a short record, a bigger blob is not one. */
export const MAX_NOTE_BYTES = 1 << 20;

/** JSON with object keys sorted and no whitespace: one text per value, to hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function reportDigest(report: Report): string {
  return sha256Hex(canonicalJson(report));
}

export interface AuditFacts {
  commit: string;
  base: string;
  pullRequest: { number: number; author: string; head: string } | null;
  approvals: string[];
  override: { label: string; actor: string; reason: string } | null;
  now: Date;
}

/** Text cut to a schema's bound, marked: a long reason or version must not make the note invalid. */
function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The note for one merged commit, from the report the action judged it with. */
export function auditNote(report: Report, facts: AuditFacts): AuditNote {
  const waivers: AuditNote["waivers"] = [];
  for (const c of report.changes)
    for (const g of c.gates)
      if (g.override?.by === "waiver")
        waivers.push({ gate: cut(g.id, 1024), model: cut(c.model, 1024), reason: cut(g.override.reason, 4096), expires: cut(g.override.expires ?? "", 64) });
  const note: AuditNote = {
    schema_version: 1,
    tool: { name: "modelgate", version: report.tool.version },
    commit: facts.commit,
    base: facts.base,
    result: report.result,
    pull_request: facts.pullRequest,
    approvals: [...new Set(facts.approvals)].sort(),
    override: facts.override && { label: cut(facts.override.label, 256), actor: facts.override.actor, reason: cut(facts.override.reason, 4096) },
    waivers,
    changes: report.changes.map((c) => ({
      model: cut(c.model, 1024),
      path: cut(c.path, 4096),
      kind: c.kind,
      from: c.from === null ? null : cut(c.from, 1024),
      to: c.to === null ? null : cut(c.to, 1024),
      result: c.result,
      gates: c.gates.map((g) => ({ id: cut(g.id, 1024), type: g.type, status: g.status, ...(g.override ? { by: g.override.by } : {}) })),
    })),
    report_sha256: reportDigest(report),
    written_at: facts.now.toISOString(),
  };
  if (report.errors.length > 0)
    note.errors = report.errors.slice(0, 100).map((e) => cut(`${e.file}${e.line ? `:${e.line}:${e.column}` : ""}: ${e.message}`, 4096));
  return note;
}

/** The note's text: pretty JSON, so `git notes show` reads well. */
export function noteText(note: AuditNote): string {
  return `${JSON.stringify(note, null, 2)}\n`;
}

/** What history and status say of one event's commit: its note, read and checked, or why it cannot be trusted. */
export type EventAudit =
  | {
      status: "recorded";
      result: AuditNote["result"];
      pr: number | null;
      pr_author: string | null;
      approvals: string[];
      override: { actor: string; reason: string } | null;
      waivers: Array<{ gate: string; reason: string; expires: string }>;
      /** This model's gates as judged at merge. */
      gates: AuditNote["changes"][number]["gates"];
      report_sha256: string;
      tool_version: string;
      written_at: string;
    }
  | { status: "unreadable"; problem: string };

/** A note's text, parsed and checked against schemas/audit-note.schema.json and the commit it is attached to. */
export function readAuditNote(text: string, commit: string): { note: AuditNote } | { problem: string } {
  if (Buffer.byteLength(text) > MAX_NOTE_BYTES) return { problem: `the note is larger than an audit note can be (${MAX_NOTE_BYTES} bytes)` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { problem: `the note is not JSON (${(err as Error).message.split("\n")[0]})` };
  }
  if (!validateNote(value)) {
    const first = (validateNote.errors ?? [])[0];
    return { problem: `the note does not match schemas/audit-note.schema.json (${first ? `${first.instancePath || "(note)"} ${first.message}` : "invalid"})` };
  }
  const note = value as AuditNote;
  // A note copied from another commit records another merge.
  if (note.commit !== commit) return { problem: `the note records commit ${note.commit.slice(0, 7)}, not the commit it is attached to` };
  return { note };
}

/** The audit of one event (one manifest's change in the commit) from the commit's note text. */
export function eventAudit(text: string, commit: string, path: string): EventAudit {
  const read = readAuditNote(text, commit);
  if ("problem" in read) return { status: "unreadable", problem: read.problem };
  const note = read.note;
  const change = note.changes.find((c) => c.path === path);
  return {
    status: "recorded",
    result: note.result,
    pr: note.pull_request?.number ?? null,
    pr_author: note.pull_request?.author ?? null,
    approvals: note.approvals,
    override: note.override ? { actor: note.override.actor, reason: note.override.reason } : null,
    waivers: note.waivers.filter((w) => change && w.model === change.model).map(({ gate, reason, expires }) => ({ gate, reason, expires })),
    gates: change?.gates ?? [],
    report_sha256: note.report_sha256,
    tool_version: note.tool.version,
    written_at: note.written_at,
  };
}
