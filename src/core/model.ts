import type { Doc } from "./document.js";
import type { HistoryEvent } from "./history.js";
import type { Segment } from "./path.js";

/** How a change moves a model, as DESIGN.md §1 defines them. */
export const CHANGE_KINDS = ["new", "promotion", "rollback", "retire", "update"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type GateStatus = "pass" | "fail" | "warn" | "skip" | "overridden";
export type Severity = "error" | "warning";

/** One gate of the effective policy, after presets, the policy and model entries are merged. */
export interface GateConfig {
  id: string;
  type: string;
  severity: Severity;
  on: ChangeKind[];
  description?: string;
  message?: string;
  when?: string;
  [field: string]: unknown;
}

/** One thing a gate observed, at one concrete place. */
export interface Finding {
  path?: string;
  message?: string;
  observed?: unknown;
  active?: unknown;
  limit?: unknown;
  file?: string;
  line?: number;
  column?: number;
}

export interface GateOutcome {
  status: "pass" | "fail" | "skip";
  message: string;
  findings: Finding[];
}

/** A file at the head commit, as a gate sees it. */
export interface RepoFile {
  path: string;
  kind: "file" | "symlink" | "submodule" | "directory";
  content: Uint8Array;
}

/**
 * A file's digest at the head commit, hashed as a stream (a file is never held whole).
 * A Git LFS pointer stands for the object it names only where `.gitattributes` at that
 * commit marks the path `filter=lfs`: there, checkouts get the object; elsewhere, the pointer's bytes.
 */
export interface FileDigest {
  path: string;
  kind: RepoFile["kind"];
  /** Bytes in the repository (a pointer's own size, for LFS). */
  size: number;
  /** sha256 of the bytes, or the oid of a trusted LFS pointer; null when not a regular file. */
  sha256: string | null;
  /** "object": sha256 is the LFS object's oid. "pointer-not-lfs": the bytes look like a pointer, but the path is not filter=lfs, so they were hashed. */
  lfs?: "object" | "pointer-not-lfs";
}

export interface ChangeInfo {
  model: string;
  path: string;
  kind: ChangeKind;
  from: string | null;
  to: string | null;
}

/** What the pull request says, when there is one (the action fills this; the command line does not). */
export interface PullRequestInfo {
  number: number;
  author?: string;
  labels: string[];
  /** Logins whose latest review approves the head. */
  approvals: string[];
  /** Members of the teams the policy names (`@org/team`), among the logins above. */
  teams: Record<string, string[]>;
  body?: string;
}

/** A force-promote the adapter verified: the label was applied by a listed actor, with a reason where required. */
export interface Override {
  actor: string;
  reason: string;
}

/** What a gate may look at. Everything here is data; nothing from the repository is executed. */
export interface GateContext {
  gate: GateConfig;
  change: ChangeInfo;
  candidate: Doc | null;
  active: Doc | null;
  now: Date;
  pr?: PullRequestInfo;
  /** Files at the head commit; paths must already be checked with safeRepoPath. */
  readFiles(paths: string[]): Promise<Map<string, RepoFile | null>>;
  /** Digests of files at the head commit, streamed; paths must already be checked with safeRepoPath. */
  digestFiles(paths: string[]): Promise<Map<string, FileDigest | null>>;
  /** Every file path at the head commit. */
  listFiles(): Promise<string[]>;
  /** This manifest's events on the base branch's first-parent history, oldest first. */
  history(): Promise<HistoryEvent[]>;
  /** A compiled JSON Schema validator, from the policy's commit or bundled with modelgate. */
  schema(ref: string): Promise<SchemaValidator>;
}

export interface SchemaError {
  segments: Segment[];
  message: string;
  /** On the last error listed for a file, how many more the validator found and were not listed. */
  omitted?: number;
}
export type SchemaValidator = (value: unknown) => SchemaError[];

/** A gate type: its fields (JSON Schema, published in schemas/policy.schema.json) and its check. */
export interface GateType {
  type: string;
  summary: string;
  fields: Record<string, object>;
  required: string[];
  /** Extra constraints between fields, as JSON Schema (anyOf, dependentRequired …). */
  constraints?: object;
  /** What must exist for the gate to run; the engine skips it, with the reason, otherwise. */
  needs: "candidate" | "candidate+active" | "nothing";
  run(ctx: GateContext): Promise<GateOutcome> | GateOutcome;
}
