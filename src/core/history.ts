import { DEFAULT_LIMITS, type Doc, type ParseLimits, parseDocument } from "./document.js";
import { governedFile, modelName, versionOf } from "./governed.js";
import type { ChangeKind } from "./model.js";
import type { Policy } from "./policy.js";
import type { LogCommit } from "./reader.js";

/** One change of one active manifest on a branch's first-parent history. */
export interface HistoryEvent {
  model: string;
  path: string;
  kind: ChangeKind;
  from: string | null;
  to: string | null;
  commit: string;
  /** When the commit reached the branch (committer time), ISO-8601. */
  date: string;
  time: number;
  author: string;
  /** The pull request, from a merge commit ("Merge pull request #12 …") or a squash subject ("… (#12)"). */
  pr: number | null;
  /** The commit this one reverts, when its message says "This reverts commit …". */
  reverts: string | null;
  /** The manifest after the event; null after a retire, or when it does not parse. */
  doc: Doc | null;
  /** Its bytes, for writing it back on rollback. */
  content: Uint8Array | null;
}

const REVERT = /This reverts commit ([0-9a-f]{7,40})/;

export function prNumber(subject: string): number | null {
  const m = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  return m ? Number(m[1]) : null;
}

/** The events of every governed manifest in a first-parent log (oldest first), oldest first. */
export function historyOf(policy: Policy, log: LogCommit[], limits: ParseLimits = DEFAULT_LIMITS): HistoryEvent[] {
  // One state is the "after" of an event and the "before" of the next: parse each blob once.
  const parsed = new WeakMap<Uint8Array, Doc | null>();
  const parse = (path: string, content: Uint8Array | null) => {
    if (!content) return null;
    if (!parsed.has(content)) parsed.set(content, parseState(path, content, limits));
    return parsed.get(content) ?? null;
  };
  const events: HistoryEvent[] = [];
  const byPath = new Map<string, HistoryEvent[]>();
  for (const c of log) {
    const reverted = REVERT.exec(`${c.subject}\n${c.body}`)?.[1] ?? null;
    for (const f of c.files) {
      const g = governedFile(policy, f.path);
      if (!g) continue;
      const before = parse(f.path, f.before);
      const after = parse(f.path, f.after);
      const from = before ? versionOf(g, before) : null;
      const to = after ? versionOf(g, after) : null;
      const earlier = byPath.get(f.path) ?? [];
      const revertsHere = reverted ? (earlier.find((e) => e.commit.startsWith(reverted))?.commit ?? null) : null;
      let kind: ChangeKind;
      if (!f.before) kind = "new";
      else if (!f.after) kind = "retire";
      else if (from === to) kind = "update";
      else if (revertsHere || earlier.some((e) => e.to === to)) kind = "rollback";
      else kind = "promotion";
      const event: HistoryEvent = {
        model: modelName(g, after ?? before),
        path: f.path,
        kind,
        from,
        to,
        commit: c.commit,
        date: new Date(c.time).toISOString(),
        time: c.time,
        author: c.author,
        pr: prNumber(c.subject),
        reverts: revertsHere,
        doc: after,
        content: f.after,
      };
      earlier.push(event);
      byPath.set(f.path, earlier);
      events.push(event);
    }
  }
  return events;
}

function parseState(path: string, content: Uint8Array, limits: ParseLimits): Doc | null {
  try {
    return parseDocument(path, content, limits);
  } catch {
    return null; // a state that does not parse never served
  }
}

export interface ModelStatus {
  model: string;
  path: string;
  version: string | null;
  /** When the active version became active on the branch. */
  since: string;
  commit: string;
  pr: number | null;
  /** Whole days served, up to now. */
  days: number;
  rollbacks: number;
}

const DAY = 86_400_000;

/** The event that made the current version active: the last one that changed the version. */
export function activation(events: HistoryEvent[]): HistoryEvent | null {
  for (let i = events.length - 1; i >= 0; i--) if (events[i].kind !== "update") return events[i];
  return null;
}

/** Every model whose manifest exists at the end of the history. */
export function statusOf(events: HistoryEvent[], now: Date): ModelStatus[] {
  const byPath = groupByPath(events);
  const out: ModelStatus[] = [];
  for (const [path, list] of byPath) {
    const start = activation(list);
    if (!start || start.kind === "retire") continue;
    const last = list[list.length - 1];
    out.push({
      model: last.model,
      path,
      version: last.to,
      since: start.date,
      commit: start.commit,
      pr: start.pr,
      days: Math.max(0, Math.floor((now.getTime() - start.time) / DAY)),
      rollbacks: list.filter((e) => e.kind === "rollback").length,
    });
  }
  return out.sort((a, b) => a.model.localeCompare(b.model));
}

export function groupByPath(events: HistoryEvent[]): Map<string, HistoryEvent[]> {
  const byPath = new Map<string, HistoryEvent[]>();
  for (const e of events) {
    const list = byPath.get(e.path) ?? [];
    list.push(e);
    byPath.set(e.path, list);
  }
  return byPath;
}

export { DAY };

/**
 * The event from which a value has held without a break up to the end of the history:
 * the active version (no path), or the value at a path of the manifest (a stage, a rollout
 * percentage). Null when the history does not reach back to it (a shallow clone).
 */
export function heldSince(events: HistoryEvent[], valueAtEvent: (e: HistoryEvent) => unknown): HistoryEvent | null {
  if (events.length === 0) return null;
  const current = JSON.stringify(valueAtEvent(events[events.length - 1]));
  let start: HistoryEvent | null = null;
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i].kind === "retire" || JSON.stringify(valueAtEvent(events[i])) !== current) break;
    start = events[i];
  }
  return start;
}
