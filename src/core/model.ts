import type { Doc } from "./document.js";
import type { Segment } from "./path.js";

/** How a change moves a model, as DESIGN.md §1 defines them. */
export const CHANGE_KINDS = ["new", "promotion", "rollback", "retire", "update", "demotion"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type GateStatus = "pass" | "fail" | "warn" | "skip" | "overridden";
export type Severity = "error" | "warning";

/** One gate of the effective policy, after presets, the policy and model entries are merged. */
export interface GateConfig {
  id: string;
  type: string;
  severity: Severity;
  /** The change kinds the gate applies to: the policy's, or its type's default. */
  on: readonly ChangeKind[];
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
  /** Set by `missingAt`: the gate's path matched nothing here (the engine tells a policy typo from a missing value). */
  missing?: true;
}

/**
 * What a gate type computes; the engine turns it into the gate's status in the report. A type
 * reports `warn` itself only for a level it is told to warn at (drift_severity's warn_at): a
 * warning never fails the check, and waivers and the override concern failures only.
 */
export interface GateOutcome {
  status: "pass" | "fail" | "warn" | "skip";
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
  /** The pointer the manifest is, when the policy's manifests name one (production, shadow …). */
  alias?: string;
  path: string;
  kind: ChangeKind;
  from: string | null;
  to: string | null;
  /** Files the manifest points to that the change edits, when the manifest itself is unchanged. */
  files?: string[];
}

/** What the pull request says, when there is one (the action fills this; the command line does not). */
export interface PullRequestInfo {
  number: number;
  author?: string;
  labels: string[];
  /** Logins whose latest review approves the head commit. */
  approvals: string[];
  /** Among `approvals`, who has write access to the repository (GitHub's collaborator permission); absent means unknown, so none. */
  writers?: string[];
  /** Approvals that count for no gate, with why ("approved an older commit abc1234"). */
  notCounted?: Array<{ login: string; reason: string }>;
  /** Members of the teams the policy names (`@org/team`), among the logins above. */
  teams: Record<string, string[]>;
  body?: string;
}

/** A force-promote the adapter verified: the label was applied by a listed actor, with a reason where required. */
export interface Override {
  actor: string;
  reason: string;
}

/** One change of one active manifest on a branch's first-parent history. */
export interface HistoryEvent {
  model: string;
  /** The pointer the manifest is, when the policy's manifests name one. */
  alias?: string;
  path: string;
  kind: ChangeKind;
  from: string | null;
  /** The version `doc` names (the rule's version path, read from `doc` alone); null when it names none. */
  to: string | null;
  commit: string;
  /** When the commit reached the branch (committer time), ISO-8601. */
  date: string;
  time: number;
  author: string;
  /** The pull request, from a merge commit ("Merge pull request #12 …") or a squash subject ("… (#12)"). */
  pr: number | null;
  /** The commit this one reverts, when its message says so: information only, it never decides the kind. */
  reverts: string | null;
  /** The manifest after the event; null after a retire, or when it does not parse. */
  doc: Doc | null;
  /** Its bytes, for writing it back on rollback. */
  content: Uint8Array | null;
}

export interface SchemaError {
  segments: Segment[];
  message: string;
  /** On the last error listed for a file, how many more the validator found and were not listed. */
  omitted?: number;
}
export type SchemaValidator = (value: unknown) => SchemaError[];

/**
 * What a gate type needs to run. The engine skips the gate, saying why, where a need is not met:
 * - `candidate`: a manifest after the change (not a retirement);
 * - `active`: a manifest to compare with (not a new model);
 * - `change`: a change between two commits (`validate` judges a snapshot, not a change);
 * - `history`: the manifest's served history and the time now (so also a change);
 * - `pr`: a pull request (the action reads it; the command line has none).
 */
export type Need = "candidate" | "active" | "change" | "history" | "pr";

/** What a gate may look at. Everything here is data; nothing from the repository is executed. */
export interface GateContext<Options = Record<string, unknown>> {
  gate: GateConfig;
  /** The gate's fields, typed by its type's definition. */
  options: Options;
  change: ChangeInfo;
  candidate: Doc | null;
  /** What the candidate is compared with: the base's manifest, or the last state that served. */
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
  /** `validate`: one commit judged as it is, no change (history is empty, active is the candidate). */
  snapshot?: boolean;
  /**
   * The events of the same model's manifest at another pointer (the policy's `alias`), on the
   * base branch, oldest first; null when the model has no manifest of that alias at the base.
   */
  servedAs(alias: string): Promise<HistoryEvent[] | null>;
  /** A compiled JSON Schema validator, from the policy's commit or bundled with modelgate. */
  schema: SchemaSource;
  /** A file at the policy's commit (trust material the pull request must not choose); the path must already be checked with safeRepoPath. */
  readPolicyFile(path: string): Promise<RepoFile | null>;
  /**
   * Sigstore bundles that attest an artifact, by its sha256, from where the adapter finds them
   * (the action: GitHub's artifact attestations API). Absent where there is no such source.
   */
  attestations?(sha256: string): Promise<unknown[]>;
}

/** Compiled JSON Schema validators by reference; `ready` answers at once for one already compiled. */
export interface SchemaSource {
  (ref: string): Promise<SchemaValidator>;
  ready?(ref: string): SchemaValidator | undefined;
}

/** A gate type: its fields (JSON Schema, published in schemas/policy.schema.json), its needs and its check. */
export interface GateDefinition<Options = Record<string, unknown>> {
  type: string;
  summary: string;
  fields: Record<string, object>;
  required: readonly string[];
  /** Extra constraints between fields, as JSON Schema (anyOf, dependentRequired …). */
  constraints?: object;
  needs: readonly Need[];
  /** The change kinds it applies to where the policy sets no `on` (default: promotion, new, update); a function reads the gate's fields. */
  on?: readonly ChangeKind[] | ((options: Record<string, unknown>) => readonly ChangeKind[]);
  /** Computes the findings; `on`, `when`, `severity`, `message`, waivers and override are the engine's. */
  evaluate(ctx: GateContext<Options>): Promise<GateOutcome> | GateOutcome;
}
