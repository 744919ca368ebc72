import { classify, type State, unreadableKind } from "./change.js";
import { DEFAULT_LIMITS, type Doc, type ParseLimits, parseDocument } from "./document.js";
import { aliasOf, governedFile, modelName, versionOf } from "./governed.js";
import type { HistoryEvent } from "./model.js";
import { DAY } from "./served.js";

export type { HistoryEvent };

import { type Certification, type CertificationOptions, certificationOf } from "./certification.js";
import { type Lifecycle, lifecycleOf, terminalStage } from "./lifecycle.js";
import { gatesFor, type Policy } from "./policy.js";
import type { LogCommit, LogFile } from "./reader.js";

const REVERT = /This reverts commit ([0-9a-f]{7,40})/;

export function prNumber(subject: string): number | null {
  const m = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  return m ? Number(m[1]) : null;
}

/**
 * States parsed once per path. A blob two paths share is one buffer, but not one document: the
 * path decides the format (JSON or YAML) and is the document's file, which findings name and
 * relative references start from. A state that does not parse is null: it never served.
 */
export type Documents = (path: string, content: Uint8Array | null) => Doc | null;

export function documents(limits: ParseLimits = DEFAULT_LIMITS): Documents {
  // By path, then by the blob's bytes: a map per path, not one per state. Held as long as the
  // history that asks (its events keep their states anyway): Maps, not WeakMaps.
  const parsed = new Map<string, Map<Uint8Array, Doc | null>>();
  return (path, content) => {
    if (!content) return null;
    let states = parsed.get(path);
    if (!states) {
      states = new Map();
      parsed.set(path, states);
    }
    let doc = states.get(content);
    if (doc === undefined) {
      doc = parseState(path, content, limits);
      states.set(content, doc);
    }
    return doc;
  };
}

/**
 * The events of every governed manifest in a first-parent log (oldest first), oldest first.
 * `docs` may hold states parsed already (as their blobs arrived, while git was still walking).
 */
export function historyOf(policy: Policy, log: LogCommit[], limits: ParseLimits = DEFAULT_LIMITS, docs: Documents = documents(limits)): HistoryEvent[] {
  const replay = replayer(policy, docs);
  const events: HistoryEvent[] = [];
  for (let i = 0; i < log.length; i++) {
    const c = log[i];
    const facts = commitFacts(c);
    for (let j = 0; j < c.files.length; j++) {
      const event = replay(c, c.files[j], facts);
      if (event) events.push(event);
    }
  }
  return events;
}

/**
 * Each path's events in a log, worked out when the path is first asked for: a batch's history is
 * parsed as its changes are judged, so its documents live for one change, not for the batch.
 */
export function historiesByPath(policy: Policy, log: LogCommit[], limits: ParseLimits = DEFAULT_LIMITS): (path: string) => HistoryEvent[] {
  const entries = new Map<string, Array<[LogCommit, LogFile]>>();
  for (const c of log) {
    for (const f of c.files) {
      const list = entries.get(f.path);
      if (list) list.push([c, f]);
      else entries.set(f.path, [[c, f]]);
    }
  }
  const known = new Map<LogCommit, CommitFacts>();
  return (path) => {
    const list = entries.get(path);
    if (!list) return [];
    // A path's events depend on that path's commits alone; they are not kept (asked again, they are worked out again).
    const replay = replayer(policy, documents(limits));
    const events: HistoryEvent[] = [];
    for (const [c, f] of list) {
      let facts = known.get(c);
      if (!facts) {
        facts = commitFacts(c);
        known.set(c, facts);
      }
      const event = replay(c, f, facts);
      if (event) events.push(event);
    }
    return events;
  };
}

/** What every event of a commit says alike: read from the commit once, not once per file. */
interface CommitFacts {
  /** The commit its message says it reverts (information only, it never decides a kind). */
  reverted: string | null;
  date: string;
  pr: number | null;
}

function commitFacts(c: LogCommit): CommitFacts {
  // The subject, then the body: no match can span the line between them.
  const reverts = REVERT.exec(c.subject) ?? REVERT.exec(c.body);
  return { reverted: reverts?.[1] ?? null, date: new Date(c.time).toISOString(), pr: prNumber(c.subject) };
}

/** Turns a log's file entries, oldest first, into events; each path's earlier events decide its kinds. */
function replayer(policy: Policy, parse: Documents): (c: LogCommit, f: LogFile, facts: CommitFacts) => HistoryEvent | null {
  // One state is the "after" of an event and the "before" of the next: each is parsed once per
  // path, and its version read once (the path's last state is kept with its version).
  const lifecycles = new Map<string, Lifecycle>();
  const lifecycleFor = (model: string) => {
    let lifecycle = lifecycles.get(model);
    if (!lifecycle) {
      lifecycle = lifecycleOf(gatesFor(policy, model));
      lifecycles.set(model, lifecycle);
    }
    return lifecycle;
  };
  // Per path: its events so far, and the model it names. A model's identity is fixed where its
  // manifest first appears: a later rename does not move it.
  const paths = new Map<string, { earlier: HistoryEvent[]; name: string | null; alias: string | null; last: State | null }>();
  return (c, f, { reverted, date, pr }) => {
    const g = governedFile(policy, f.path);
    if (!g) return null;
    const before = parse(f.path, f.before);
    const after = parse(f.path, f.after);
    let known = paths.get(f.path);
    if (!known) {
      known = { earlier: [], name: null, alias: aliasOf(g), last: null };
      paths.set(f.path, known);
    }
    const earlier = known.earlier;
    const state = (doc: Doc | null): State | null => {
      if (!doc) return null;
      if (known.last?.doc === doc) return known.last;
      return { doc, version: versionOf(g, doc) };
    };
    const model = known.name ?? modelName(g, before ?? after) ?? f.path;
    // A state that does not parse never served: record the event, decide nothing from it.
    const unreadable = (f.before && !before) || (f.after && !after);
    const now = state(after);
    const { kind, from, to } = unreadable
      ? { kind: unreadableKind(f.before !== null, f.after !== null), from: state(before)?.version ?? null, to: now?.version ?? null }
      : classify(state(before), now, earlier, (d) => state(d)?.version ?? null, lifecycleFor(model));
    known.last = now;
    const revertsHere = reverted ? (earlier.find((e) => e.commit.startsWith(reverted))?.commit ?? null) : null;
    const alias = known.alias;
    const event: HistoryEvent = {
      model,
      ...(alias !== null ? { alias } : {}),
      path: f.path,
      kind,
      from,
      to,
      commit: c.commit,
      date,
      time: c.time,
      author: c.author,
      pr,
      reverts: revertsHere,
      doc: after,
      content: f.after,
    };
    known.name ??= model;
    earlier.push(event);
    return event;
  };
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
  /** The pointer (production, shadow …) when the policy's manifests name one. */
  alias?: string;
  path: string;
  version: string | null;
  /** "retired": the manifest is in a terminal stage of the policy's `transition` gate (its `stage`) and serves nothing. */
  state: "serving" | "retired";
  /** When the active version became active on the branch. */
  since: string;
  commit: string;
  pr: number | null;
  /** Whole days served, up to now. */
  days: number;
  rollbacks: number;
  /** Where the policy has a `certified` gate: whether the active version is certified, since when, and why. */
  certification?: Certification;
}

/** The event that made the current version active: the last one that changed the version (an update or a demotion keeps it). */
export function activation(events: HistoryEvent[]): HistoryEvent | null {
  for (let i = events.length - 1; i >= 0; i--) if (events[i].kind !== "update" && events[i].kind !== "demotion") return events[i];
  return null;
}

/** The terminal stage a manifest state is in under the policy, or null (it serves). */
export function retiredIn(policy: Policy | undefined, model: string, doc: Doc | null): { stage: string; gate: string } | null {
  if (!policy || !doc) return null;
  return terminalStage(lifecycleOf(gatesFor(policy, model)), doc.value);
}

/** Every model whose manifest exists at the end of the history; with the policy, which are retired and which certified. */
export function statusOf(events: HistoryEvent[], now: Date, policy?: Policy): ModelStatus[] {
  const byPath = groupByPath(events);
  const out: ModelStatus[] = [];
  for (const [path, list] of byPath) {
    const start = activation(list);
    if (!start || start.kind === "retire") continue;
    const last = list[list.length - 1];
    const retired = retiredIn(policy, last.model, last.doc);
    const gate = policy ? gatesFor(policy, last.model, last.doc?.value).find((g) => g.type === "certified") : undefined;
    out.push({
      model: last.model,
      ...(last.alias !== undefined ? { alias: last.alias } : {}),
      path,
      version: last.to,
      state: retired ? "retired" : "serving",
      since: start.date,
      commit: start.commit,
      pr: start.pr,
      days: Math.max(0, Math.floor((now.getTime() - start.time) / DAY)),
      rollbacks: list.filter((e) => e.kind === "rollback").length,
      ...(gate ? { certification: certificationOf(list, last.to, gate as unknown as CertificationOptions, now) } : {}),
    });
  }
  return out.sort((a, b) => a.model.localeCompare(b.model) || (a.alias ?? "").localeCompare(b.alias ?? ""));
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
