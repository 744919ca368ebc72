import type { Doc } from "./document.js";
import { sameValue } from "./equal.js";
import { isDemotion, type Lifecycle, NO_LIFECYCLE } from "./lifecycle.js";
import type { ChangeKind, HistoryEvent } from "./model.js";

/** A manifest state: its parsed document and the version it names. */
export interface State {
  doc: Doc;
  version: string | null;
}

/** What one change of a manifest is, decided from content and the served history alone. */
export interface Classified {
  kind: ChangeKind;
  from: string | null;
  to: string | null;
  /** What the candidate is judged against: the active manifest, or, for a model re-added after its retirement, the last state that served. */
  against: Doc | null;
  /** Candidate and active are equal as data: nothing moves (the caller may still re-judge it for a referenced file). */
  same: boolean;
  /** The candidate reuses a version string that served earlier with other content. */
  reused?: HistoryEvent;
}

/**
 * The one place that decides a change's kind (DESIGN.md §1), for `check`, `history`, `status`
 * and the push outputs alike. Commit messages, branch names and PR text never count: they
 * are written by the PR's author. `served` is the manifest's events on the base branch's
 * first-parent history before this change, oldest first. `lifecycle` (from the policy's
 * `transition` and `rollout` gates) tells a step back of the same version, a `demotion`, from an `update`.
 */
export function classify(
  active: State | null,
  candidate: State | null,
  served: readonly HistoryEvent[],
  versionOf: (doc: Doc) => string | null,
  lifecycle: Lifecycle = NO_LIFECYCLE,
): Classified {
  if (!candidate) return { kind: "retire", from: active?.version ?? null, to: null, against: active?.doc ?? null, same: false };
  let against = active;
  if (!against) {
    // A model re-added after its retirement is judged against its last served state.
    const last = [...served].reverse().find((e) => e.doc !== null);
    if (!last?.doc) return { kind: "new", from: null, to: candidate.version, against: null, same: false };
    against = { doc: last.doc, version: versionOf(last.doc) };
  }
  const base = { from: against.version, to: candidate.version, against: against.doc };
  if (active && sameValue(active.doc.value, candidate.doc.value)) return { kind: "update", ...base, same: true };
  // A rollback returns to a state that served, as data: the content decides, not the version string.
  // Equal data names an equal version (an event's `to` is read from its `doc`), so only states of
  // the candidate's version are compared: a history is not compared with itself once per change.
  if (served.some((e) => e.doc !== null && e.to === candidate.version && sameValue(e.doc.value, candidate.doc.value)))
    return { kind: "rollback", ...base, same: false };
  if (active && candidate.version === active.version)
    return { kind: isDemotion(lifecycle, active.doc.value, candidate.doc.value) ? "demotion" : "update", ...base, same: false };
  const reused =
    candidate.version === null ? undefined : served.find((e) => e.doc !== null && e.to === candidate.version && !sameValue(e.doc.value, candidate.doc.value));
  return { kind: "promotion", ...base, same: false, ...(reused ? { reused } : {}) };
}

/** The kind of a change whose manifest does not parse on one side: judged by what exists, never a rollback. */
export function unreadableKind(active: boolean, candidate: boolean): ChangeKind {
  return !active ? "new" : !candidate ? "retire" : "update";
}

/** `validate` judges a snapshot: each manifest is reported as an update to itself. */
export const SNAPSHOT_KIND: ChangeKind = "update";
