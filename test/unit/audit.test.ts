import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type AuditNote, auditNote, canonicalJson, eventAudit, MAX_NOTE_BYTES, readAuditNote, reportDigest } from "../../src/core/audit.js";
import type { Report } from "../../src/core/report.js";
import { auditLine } from "../../src/render/registry.js";

const A = "a".repeat(40);
const B = "b".repeat(40);

function note(extra: Partial<AuditNote> = {}): AuditNote {
  return {
    schema_version: 1,
    tool: { name: "modelgate", version: "0.1.0" },
    commit: A,
    base: B,
    result: "pass",
    pull_request: { number: 4, author: "trainer", head: B },
    approvals: ["alice"],
    override: null,
    waivers: [
      { gate: "drop", model: "fraud", reason: "known", expires: "2099-01-01" },
      { gate: "drop", model: "churn", reason: "other model", expires: "2099-01-01" },
    ],
    changes: [{ model: "fraud", path: "models/fraud/manifest_active.json", kind: "promotion", from: "v1", to: "v2", result: "pass", gates: [] }],
    report_sha256: "0".repeat(64),
    written_at: "2026-01-01T00:00:00.000Z",
    ...extra,
  };
}

describe("the published schemas", () => {
  it("history and status describe an event's audit alike", () => {
    const read = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "schemas", `${name}.schema.json`), "utf8"));
    expect(read("status").$defs.audit).toEqual(read("history").$defs.audit);
  });
});

describe("canonical JSON and the report digest", () => {
  it("sorts keys at every depth and drops undefined, so equal reports hash equal", () => {
    expect(canonicalJson({ b: 1, a: [{ d: "x", c: null, e: undefined }] })).toBe('{"a":[{"c":null,"d":"x"}],"b":1}');
    const report = { schema_version: 1, result: "pass", changes: [] } as unknown as Report;
    const shuffled = { changes: [], result: "pass", schema_version: 1 } as unknown as Report;
    expect(reportDigest(report)).toBe(reportDigest(shuffled));
    expect(reportDigest(report)).toBe(createHash("sha256").update('{"changes":[],"result":"pass","schema_version":1}').digest("hex"));
  });
});

describe("writing a note", () => {
  it("cuts text past the schema's bounds, so a long reason or version cannot make the record unreadable", () => {
    const report = {
      schema_version: 1,
      tool: { name: "modelgate", version: "0.1.0" },
      result: "pass",
      base: B,
      head: A,
      policy: { path: ".modelgate/policy.yaml", ref: B, files: [] },
      changes: [
        {
          model: "fraud",
          path: "models/fraud/manifest_active.json",
          kind: "promotion",
          from: "v1",
          to: "v".repeat(5000),
          result: "pass",
          gates: [
            {
              id: "drop",
              type: "regression",
              severity: "error",
              status: "overridden",
              message: "",
              findings: [],
              override: { by: "waiver", reason: "r".repeat(9000), expires: "2099-01-01" },
            },
          ],
        },
      ],
      errors: [],
      summary: { changes: 1, gates: 1, failed: 0, warned: 0, overridden: 0, waived: 1, skipped: 0 },
    } as unknown as Report;
    const written = auditNote(report, {
      commit: A,
      base: B,
      pullRequest: null,
      approvals: [],
      override: { label: "force", actor: "lead", reason: "x".repeat(9000) },
      now: new Date(0),
    });
    const read = readAuditNote(JSON.stringify(written), A);
    expect(read).toHaveProperty("note");
    expect(written.override?.reason).toHaveLength(4096);
    expect(written.override?.reason.endsWith("…")).toBe(true);
    expect(written.changes[0].to).toHaveLength(1024);
    expect(written.waivers[0].reason).toHaveLength(4096);
  });
});

describe("reading a note", () => {
  it("reads a valid note for its own commit, with this model's waivers only", () => {
    const audit = eventAudit(JSON.stringify(note()), A, "models/fraud/manifest_active.json");
    expect(audit).toMatchObject({ status: "recorded", pr: 4, approvals: ["alice"], waivers: [{ gate: "drop", reason: "known", expires: "2099-01-01" }] });
  });

  it("refuses what is too big, not JSON, off the schema, or about another commit", () => {
    expect(readAuditNote(" ".repeat(MAX_NOTE_BYTES + 1), A)).toEqual({ problem: expect.stringContaining("larger than an audit note can be") });
    expect(readAuditNote("{", A)).toEqual({ problem: expect.stringContaining("the note is not JSON") });
    expect(readAuditNote(JSON.stringify({ ...note(), approvals: "everyone" }), A)).toEqual({
      problem: "the note does not match schemas/audit-note.schema.json (/approvals must be array)",
    });
    expect(readAuditNote(JSON.stringify({ ...note(), extra: true }), A)).toEqual({ problem: expect.stringContaining("must NOT have additional properties") });
    expect(readAuditNote(JSON.stringify(note()), B)).toEqual({ problem: "the note records commit aaaaaaa, not the commit it is attached to" });
  });

  it("one line for people, with reasons quoted", () => {
    const audit = eventAudit(
      JSON.stringify(note({ approvals: [], override: { label: "force", actor: "ml-lead", reason: 'say "now"' } })),
      A,
      "models/fraud/manifest_active.json",
    );
    expect(auditLine(audit)).toBe(
      'audit: verdict pass; no approvals recorded; overridden by ml-lead ("say \\"now\\""); waived drop ("known", expires 2099-01-01)',
    );
    expect(auditLine(null)).toBeNull();
  });
});
