import type { ChangeKind, Finding, GateStatus, Severity } from "./model.js";
import type { Problem } from "./problem.js";

/** Findings listed per gate; the report keeps the total, so that hostile input cannot make it unbounded. */
export const MAX_FINDINGS = 100;

/** The first MAX_FINDINGS findings, and the total when there were more (a gate's findingList counts what it did not keep). */
export function boundFindings(findings: Finding[] & { total?: number }): Pick<GateReport, "findings" | "findings_total"> {
  // Most gates find nothing (a list that kept none counted none): a new empty list, no copy.
  if (findings.length === 0) return { findings: [] };
  const total = Math.max(findings.total ?? 0, findings.length);
  return total > MAX_FINDINGS ? { findings: findings.slice(0, MAX_FINDINGS), findings_total: total } : { findings: [...findings] };
}

export interface GateReport {
  id: string;
  type: string;
  severity: Severity;
  status: GateStatus;
  message: string;
  description?: string;
  findings: Finding[];
  /** How many findings the gate had, when more than MAX_FINDINGS (only the first are listed). */
  findings_total?: number;
  /** Why a failing gate does not count: a waiver from the policy, or a force-promote override. */
  override?: { by: "waiver" | "label"; reason: string; expires?: string; actor?: string };
}

export interface ChangeReport {
  model: string;
  /** The pointer the manifest is (production, shadow …), when the policy's manifests name one. */
  alias?: string;
  path: string;
  kind: ChangeKind;
  from: string | null;
  to: string | null;
  /** Files the manifest points to that the change edits, when the manifest itself is unchanged. */
  files?: string[];
  result: "pass" | "fail";
  gates: GateReport[];
}

export interface Report {
  schema_version: 1;
  tool: { name: "modelgate"; version: string };
  result: "pass" | "fail" | "error";
  base: string | null;
  head: string;
  policy: { path: string; ref: string; files: string[] };
  changes: ChangeReport[];
  errors: Problem[];
  /** What a reader should know beyond the gates: a policy change not yet in effect, an override honoured or refused. */
  notes?: string[];
  summary: { changes: number; gates: number; failed: number; warned: number; overridden: number; waived: number; skipped: number };
}

export function summarize(changes: ChangeReport[]): Report["summary"] {
  const summary = { changes: changes.length, gates: 0, failed: 0, warned: 0, overridden: 0, waived: 0, skipped: 0 };
  for (const c of changes) {
    for (const g of c.gates) {
      summary.gates++;
      if (g.status === "fail") summary.failed++;
      else if (g.status === "warn") summary.warned++;
      else if (g.status === "skip") summary.skipped++;
      if (g.override?.by === "label") summary.overridden++;
      else if (g.override?.by === "waiver") summary.waived++;
    }
  }
  return summary;
}

/** A report for a run that could not judge anything: the policy or the command was invalid. */
export function errorReport(version: string, head: string, base: string | null, policy: Report["policy"], errors: Problem[]): Report {
  return {
    schema_version: 1,
    tool: { name: "modelgate", version },
    result: "error",
    base,
    head,
    policy,
    changes: [],
    errors,
    summary: summarize([]),
  };
}
