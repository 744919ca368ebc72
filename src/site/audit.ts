import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sha256Hex } from "../core/hash.js";
import { historyJson } from "../registry.js";
import type { AuditNote, RecordedAudit, SiteEntry, SiteStatus } from "./data.js";
import { auditPage } from "./pages.js";

/** The JSON of `modelgate audit` (schemas/audit-export.schema.json). */
export interface AuditExport {
  modelgate_audit: 1;
  model: string;
  ref: string;
  commit: string;
  as_of: string;
  tool_version: string;
  repository: string | null;
  period: { from: string | null; to: string | null };
  pointers: Array<{ path: string; alias?: string; status: SiteStatus | null }>;
  summary: { changes: number; kinds: Record<string, number>; overrides: number; waived: number; without_note: number };
  /** Where signed evidence stands: attestation verdicts are among each change's recorded gates. */
  evidence: string;
  changes: Array<ReturnType<typeof historyJson>[number] & { audit: AuditNote | null }>;
}

export interface AuditOptions {
  model: string;
  from: number | null;
  to: number | null;
  ref: string;
  commit: string;
  now: Date;
  version: string;
  repoUrl?: string;
}

/** The export of one model (all its pointers) over a period; entries are the site's, so both read the same facts. */
export function auditExport(entries: SiteEntry[], o: AuditOptions): AuditExport {
  const mine = entries.filter((e) => e.model === o.model);
  const events = mine
    .flatMap((e) => e.events)
    .filter((e) => (o.from === null || e.time >= o.from) && (o.to === null || e.time <= o.to))
    .sort((a, b) => a.time - b.time);
  const changes = events.map((e) => ({ ...historyJson([e])[0], audit: e.audit ?? null }));
  const kinds: Record<string, number> = {};
  for (const c of changes) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
  const recorded = changes.map((c) => c.audit).filter((a): a is RecordedAudit => a?.status === "recorded");
  const attested = recorded.some((a) => a.gates?.some((g) => g.type === "attestation"));
  return {
    modelgate_audit: 1,
    model: o.model,
    ref: o.ref,
    commit: o.commit,
    as_of: o.now.toISOString(),
    tool_version: o.version,
    repository: o.repoUrl ?? null,
    period: { from: o.from === null ? null : new Date(o.from).toISOString(), to: o.to === null ? null : new Date(o.to).toISOString() },
    pointers: mine.map((e) => ({ path: e.path, ...(e.alias !== undefined ? { alias: e.alias } : {}), status: e.status })),
    summary: {
      changes: changes.length,
      kinds,
      overrides: recorded.filter((a) => a.override).length,
      waived: recorded.filter((a) => a.waivers?.length).length,
      without_note: changes.filter((c) => c.audit === null).length,
    },
    evidence: attested
      ? "attestation gates were judged at merge: their verdicts are in each change's gates"
      : "no attestation gate was recorded for these changes: the verdicts rest on the manifests in git and the audit notes",
    changes,
  };
}

/** Writes audit.html, audit.json and SHA256SUMS into dir; returns the bundle's digest (the sha256 of SHA256SUMS). */
export function writeAudit(dir: string, data: AuditExport): { digest: string; files: string[] } {
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(data, null, 2)}\n`;
  const html = auditPage(data);
  writeFileSync(join(dir, "audit.json"), json);
  writeFileSync(join(dir, "audit.html"), html);
  const sums = `${sha256Hex(html)}  audit.html\n${sha256Hex(json)}  audit.json\n`;
  writeFileSync(join(dir, "SHA256SUMS"), sums);
  return { digest: sha256Hex(sums), files: ["audit.html", "audit.json", "SHA256SUMS"] };
}
