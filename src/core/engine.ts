import { celBindings } from "./cel-bindings.js";
import { type Classified, classify, SNAPSHOT_KIND, unreadableKind } from "./change.js";
import { DEFAULT_LIMITS, type Doc, type ParseLimits, parseDocument } from "./document.js";
import { sameBytes } from "./equal.js";
import { GATE_TYPES } from "./gates/index.js";
import { globMatch } from "./glob.js";
import {
  aliasOf,
  foldPath,
  type Governed,
  governedFile,
  governedFiles,
  governedWhenFolded,
  mayHoldGoverned,
  modelName,
  namedByField,
  versionOf,
} from "./governed.js";
import { groupByPath, historiesByPath, historyOf, prNumber } from "./history.js";
import { lifecycleOf } from "./lifecycle.js";
import type {
  ChangeInfo,
  ChangeKind,
  Finding,
  GateConfig,
  GateContext,
  GateDefinition,
  GateOutcome,
  HistoryEvent,
  Need,
  Override,
  PullRequestInfo,
  RepoFile,
  SchemaSource,
} from "./model.js";
import { formatPattern, matchPath, nearestPattern, parsePath, type Segment, valueAt, WILDCARD } from "./path.js";
import { gatesFor, type Policy, selectorPaths, waiverFor } from "./policy.js";
import type { Location, Problem } from "./problem.js";
import { ModelgateError } from "./problem.js";
import type { AddOrDelete, ChangedFile, RepoReader } from "./reader.js";
import { safeRepoPath } from "./repo-path.js";
import { boundFindings, type ChangeReport, type GateReport, type Report, summarize } from "./report.js";
import { placeOf } from "./served.js";

export interface CheckInput {
  reader: RepoReader;
  policy: Policy;
  /** Where the policy was read: its file and commit. */
  policyRef: { path: string; ref: string };
  base: string;
  /** Where the head forked from the base (their merge base); changes are counted from here. Defaults to base. */
  diffBase?: string;
  head: string;
  now: Date;
  version: string;
  schema: SchemaSource;
  /** Attestation bundles for an artifact's sha256, where the adapter has a source (the action: GitHub's API). */
  attestations?: (sha256: string) => Promise<unknown[]>;
  pr?: PullRequestInfo;
  /** A verified force-promote: failing error gates become overridden, showing who and why. */
  override?: Override;
  limits?: ParseLimits;
}

export type ValidateInput = Omit<CheckInput, "base" | "diffBase" | "override">;

/** One manifest to judge: its two states, how it changed, and what it is judged against. */
interface Subject {
  g: Governed;
  model: string;
  candidate: Doc | null;
  against: Doc | null;
  change: ChangeInfo;
  history: () => Promise<HistoryEvent[]>;
  servedAs: (alias: string) => Promise<HistoryEvent[] | null>;
  /** A snapshot (`validate`): gates that need a change, time or a PR are skipped. */
  snapshot: boolean;
  reused?: HistoryEvent;
}

/** Judges every governed manifest that changed between base and head, and every one whose referenced files changed. */
export async function check(given: CheckInput): Promise<Report> {
  const input = { ...given, reader: listingOnce(given.reader) };
  const { reader, policy, base, head } = input;
  const changed = await reader.changedFiles(input.diffBase ?? base, head);
  const governed = governedFiles(
    policy,
    changed.map((c) => c.path),
  );
  // The served history of each changed manifest decides kinds (rollback, a model re-added) and
  // feeds time gates. A path's history depends on that path's commits alone, so each batch of
  // manifests gets its own, read with the batch; git starts on the first now, while the layout
  // and references are checked (later batches read the same log, kept by the reader).
  const historyFor = (paths: string[]): Promise<(path: string) => HistoryEvent[]> => {
    const events = paths.length > 0 ? reader.log(base, { paths }).then((log) => historiesByPath(policy, log, input.limits)) : Promise.resolve(() => []);
    events.catch(() => {}); // awaited below; a failure surfaces there
    return events;
  };
  const first = governed.slice(0, READ_BATCH).map((g) => g.path);
  const firstHistory = historyFor(first);
  const historyOfBatch = (paths: string[]) => (paths.length === first.length && paths.every((p, i) => p === first[i]) ? firstHistory : historyFor(paths));
  const errors: Problem[] = [];
  if (governed.length === 0) errors.push(...(await emptyGlobs(input, head)));
  errors.push(...(await layoutProblems(input, changed, governed)));
  // A file a manifest points to (an artifact, evidence, a hashed input) changed: re-judge that manifest.
  const others = changed.filter((c) => !governedFile(policy, c.path)).map((c) => c.path);
  const referencing = others.length > 0 ? await manifestsReferencing(input, others, new Set(governed.map((g) => g.path))) : new Map<string, string[]>();
  const subjects = [...governed, ...[...referencing.keys()].map((p) => governedFile(policy, p) as Governed)];
  const pointers = new Map<string, Promise<Map<string, HistoryEvent[]>>>();
  const servedAs = (model: string) => async (alias: string) => {
    let histories = pointers.get(alias);
    if (!histories) {
      histories = pointerHistories(input, base, alias);
      pointers.set(alias, histories);
    }
    return (await histories).get(model) ?? null;
  };

  // Manifests are read a batch at a time and judged as they come; parse errors come before the
  // gates' in the report, as when every manifest was parsed first.
  const judgeErrors: Problem[] = [];
  const changes: ChangeReport[] = [];
  const broken: ChangeReport[] = [];
  // A batch: its manifests at head, their history, and then the base's (the history's newest states, which the reader keeps once read).
  const read = (paths: string[]) => {
    const history = historyOfBatch(paths);
    return Promise.all([reader.readFiles(head, paths), history.then(() => reader.readFiles(base, paths)), history]);
  };
  for await (const [items, [headFiles, baseFiles, served]] of inBatches(subjects, read)) {
    const batch: Array<Promise<ChangeReport>> = [];
    for (let k = 0; k < items.length; k++) {
      if (k > 0 && k % YIELD_EVERY === 0) await ioTurn();
      const g = items[k];
      const atHead = headFiles.get(g.path) ?? null;
      const atBase = baseFiles.get(g.path) ?? null;
      const events: HistoryEvent[] = served(g.path);
      const candidate = parseGoverned(atHead, input.limits, errors);
      // The base's manifest is the newest state its history parsed (same path, same limits) when the bytes are the same.
      const newest = events.at(-1);
      const active =
        newest?.doc && newest.doc.file === g.path && newest.content && atBase?.kind === "file" && sameBytes(newest.content, atBase.content)
          ? { doc: newest.doc, failed: false }
          : parseGoverned(atBase, input.limits, errors);
      if (candidate.failed || active.failed) {
        broken.push(unreadable(g, candidate.doc, active.doc, { candidate: atHead !== null, active: atBase !== null }));
      } else {
        const subject = subjectOf(policy, g, candidate.doc, active.doc, events, referencing.get(g.path), servedAs, errors);
        if (subject) batch.push(judgeChange(input, subject, head, judgeErrors));
      }
    }
    // A batch's gates run together, as a batch's files arrive together; then its manifests can go.
    changes.push(...(await Promise.all(batch)));
  }
  errors.push(...judgeErrors);
  return reportOf(input, base, [...changes, ...broken], errors);
}

/** A path's events while it held one model (name folded): a deletion belongs to the model it deleted. */
function eventsOf(g: Governed, model: string, events: HistoryEvent[]): HistoryEvent[] {
  const wanted = foldPath(model);
  let holder: string | null = null;
  const out: HistoryEvent[] = [];
  for (const e of events) {
    if (e.doc) {
      const name = modelName(g, e.doc);
      holder = name === null ? null : foldPath(name);
    }
    if (holder === wanted) out.push(e);
  }
  return out.length === events.length ? events : out;
}

/** What a changed manifest is judged as: null when it is not judged (no identity, or the base already moved to it). */
function subjectOf(
  policy: Policy,
  g: Governed,
  candidate: Doc | null,
  activeDoc: Doc | null,
  events: HistoryEvent[],
  files: string[] | undefined,
  servedAs: (model: string) => Subject["servedAs"],
  errors: Problem[],
): (Subject & { renamed?: string }) | null {
  const identity = identityOf(g, activeDoc, candidate, errors);
  if (identity === null) return null;
  // An added manifest is judged with its own model's stretch of the path's history: another model
  // that served at this path and gave it up tells nothing about this one (judged against its last
  // state, a worse model passed its comparisons, and a new model skipped what a new model must pass).
  const own = activeDoc === null && candidate !== null && namedByField(g.rule) ? eventsOf(g, identity.model, events) : events;
  const state = (doc: Doc | null) => (doc ? { doc, version: versionOf(g, doc) } : null);
  const c: Classified = classify(state(activeDoc), state(candidate), own, (d) => versionOf(g, d), lifecycleOf(gatesFor(policy, identity.model)));
  if (c.same && !files) return null; // the base already moved to the same content
  const alias = aliasOf(g);
  return {
    g,
    model: identity.model,
    candidate,
    against: c.against,
    change: {
      model: identity.model,
      ...(alias !== null ? { alias } : {}),
      path: g.path,
      kind: c.kind,
      from: c.from,
      to: c.to,
      ...(c.same && files ? { files } : {}),
    },
    history: async () => own,
    servedAs: servedAs(identity.model),
    snapshot: false,
    reused: c.reused,
    ...(identity.renamed ? { renamed: identity.renamed } : {}),
  };
}

/**
 * Checks every governed manifest at one commit, without a diff: each must parse and pass the
 * gates that look at one manifest alone; gates that need a change, time or a PR are skipped.
 */
export async function validate(given: ValidateInput): Promise<Report> {
  const input = { ...given, reader: listingOnce(given.reader) };
  const { reader, policy, head } = input;
  const governed = governedFiles(policy, await reader.listFiles(head));
  const errors: Problem[] = [];
  if (governed.length === 0) errors.push(...(await emptyGlobs(input, head)));
  const changes: ChangeReport[] = [];
  for await (const [items, files] of inBatches(governed, (paths) => reader.readFiles(head, paths)))
    for (let k = 0; k < items.length; k++) {
      if (k > 0 && k % YIELD_EVERY === 0) await ioTurn();
      const g = items[k];
      const file = files.get(g.path) ?? null;
      const { doc, failed } = parseGoverned(file, input.limits, errors);
      if (failed || !doc) {
        changes.push(unreadable(g, doc, null, { candidate: true, active: false }));
        continue;
      }
      const identity = identityOf(g, doc, doc, errors);
      if (identity === null) continue;
      const version = versionOf(g, doc);
      const alias = aliasOf(g);
      const subject: Subject = {
        g,
        model: identity.model,
        candidate: doc,
        against: doc,
        change: { model: identity.model, ...(alias !== null ? { alias } : {}), path: g.path, kind: SNAPSHOT_KIND, from: version, to: version },
        history: async () => [],
        servedAs: async () => null,
        snapshot: true,
      };
      changes.push(await judgeChange(input, subject, head, errors));
    }
  return reportOf(input, null, changes, errors);
}

/** How many manifests are read, then judged, together. */
const READ_BATCH = 256;

/**
 * The governed files a batch at a time, each batch with what was read for it: batches are read
 * a few ahead, so the engine judges one batch while git reads the next, and a batch's contents
 * are dropped once judged instead of every manifest being held at once.
 */
async function* inBatches<T>(governed: Governed[], read: (paths: string[]) => Promise<T>, ahead = 3): AsyncGenerator<[Governed[], T]> {
  const pending: Array<[Governed[], Promise<T>]> = [];
  let next = 0;
  const ask = () => {
    while (pending.length < ahead && next < governed.length) {
      const items = governed.slice(next, next + READ_BATCH);
      const batch = read(items.map((g) => g.path));
      batch.catch(() => {}); // awaited below in order; a failure surfaces there
      pending.push([items, batch]);
      next += READ_BATCH;
    }
  };
  ask();
  while (pending.length > 0) {
    const [items, batch] = pending.shift() as [Governed[], Promise<T>];
    const data = await batch;
    ask();
    yield [items, data];
  }
}

/**
 * Judging runs without waiting on anything, so answers from git would wait in the pipe, and git
 * with them once the pipe is full (64 KiB, about a hundred manifests): every YIELD_EVERY
 * manifests the event loop takes them in, and git reads on beside the judging. Every 8 was
 * measured against 16 and 32 at 5,000 changes: 6 % less time on Node 24, the same on Node 20.
 */
const YIELD_EVERY = 8;

function ioTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The reader with each commit's listing asked once: the glob check, the references, the layout
 * checks and gates such as file_hash all want the head's files, and a listing is a whole tree.
 */
export function listingOnce(reader: RepoReader): RepoReader {
  const listings = new Map<string, Promise<string[]>>();
  return {
    changedFiles: (base, head) => reader.changedFiles(base, head),
    readFiles: (commit, paths) => reader.readFiles(commit, paths),
    digestFiles: (commit, paths) => reader.digestFiles(commit, paths),
    log: (commit, spec) => reader.log(commit, spec),
    addsAndDeletes: (commit, globs) => reader.addsAndDeletes(commit, globs),
    listFiles(commit) {
      let listing = listings.get(commit);
      if (!listing) {
        listing = reader.listFiles(commit);
        listings.set(commit, listing);
      }
      return listing;
    },
  };
}

/** The report: changes in model order; `error` on a configuration mistake, `fail` when a file is unreadable or a change failed. */
function reportOf(input: CheckInput | ValidateInput, base: string | null, changes: ChangeReport[], errors: Problem[]): Report {
  changes.sort((a, b) => a.model.localeCompare(b.model) || a.path.localeCompare(b.path));
  const configuration = errors.some((e) => e.kind === "configuration");
  return {
    schema_version: 1,
    tool: { name: "modelgate", version: input.version },
    result: configuration ? "error" : errors.length > 0 || changes.some((c) => c.result === "fail") ? "fail" : "pass",
    base,
    head: input.head,
    policy: { path: input.policyRef.path, ref: input.policyRef.ref, files: input.policy.files },
    changes,
    errors: errors.map(({ kind: _, ...problem }) => problem),
    summary: summarize(changes),
  };
}

/** A manifest that does not parse fails its change without gates; the kind follows which sides have the file, parsed or not. */
function unreadable(g: Governed, candidate: Doc | null, active: Doc | null, exists: { candidate: boolean; active: boolean }): ChangeReport {
  const doc = active ?? candidate;
  const model = modelName(g, doc) ?? g.path;
  const alias = aliasOf(g);
  return {
    model,
    ...(alias !== null ? { alias } : {}),
    path: g.path,
    kind: unreadableKind(exists.active, exists.candidate),
    from: active ? versionOf(g, active) : null,
    to: candidate ? versionOf(g, candidate) : null,
    result: "fail",
    gates: [],
  };
}

function parseGoverned(file: RepoFile | null, limits: ParseLimits | undefined, errors: Problem[]): { doc: Doc | null; failed: boolean } {
  if (!file) return { doc: null, failed: false };
  if (file.kind !== "file") {
    errors.push({
      file: file.path,
      message: `a governed manifest must be a regular file, this is a ${file.kind}`,
      hint: "commit the manifest itself, not a link to it",
    });
    return { doc: null, failed: true };
  }
  try {
    return { doc: parseDocument(file.path, file.content, limits ?? DEFAULT_LIMITS), failed: false };
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    errors.push(...err.problems);
    return { doc: null, failed: true };
  }
}

/**
 * A model's identity is its path, or the base's value of the field the policy names: a
 * manifest cannot rename itself into another model's rules. Null, with an error, when the
 * named field is missing.
 */
function identityOf(g: Governed, active: Doc | null, candidate: Doc | null, errors: Problem[]): { model: string; renamed?: string } | null {
  const model = modelName(g, active ?? candidate);
  if (model === null) {
    const doc = (active ?? candidate) as Doc;
    errors.push({
      kind: "configuration",
      file: doc.file,
      ...doc.locate([]),
      message: `the policy names models by "${g.rule.model}", which ${doc.file} does not have`,
      hint: `add "${g.rule.model}" to the manifest, or name models by the path ("{1}" for the glob's first wildcard)`,
    });
    return null;
  }
  const written = active && candidate ? modelName(g, candidate) : model;
  return written !== model ? { model, renamed: written ?? "" } : { model };
}

/**
 * The served histories, on the base branch, of every model's manifest at one pointer (alias),
 * by model: what the soak gate's `as` reads to count how long a content ran as challenger.
 */
async function pointerHistories(input: CheckInput, base: string, alias: string): Promise<Map<string, HistoryEvent[]>> {
  const at = governedFiles(input.policy, await input.reader.listFiles(base)).filter((g) => aliasOf(g) === alias);
  const out = new Map<string, HistoryEvent[]>();
  if (at.length === 0) return out;
  const log = await input.reader.log(base, { paths: at.map((g) => g.path) });
  for (const [, list] of groupByPath(historyOf(input.policy, log, input.limits))) {
    const model = list[list.length - 1].model;
    if (!out.has(model)) out.set(model, list);
  }
  return out;
}

/** The manifests at head (besides those already changed) that point to one of the changed files. */
async function manifestsReferencing(input: CheckInput, changedFiles: string[], already: Set<string>): Promise<Map<string, string[]>> {
  const { reader, policy, head } = input;
  const all = governedFiles(policy, await reader.listFiles(head)).filter((g) => !already.has(g.path));
  if (all.length === 0) return new Map();
  const wanted = new Set(changedFiles);
  const docs = await reader.readFiles(
    head,
    all.map((g) => g.path),
  );
  const out = new Map<string, string[]>();
  for (const g of all) {
    const file = docs.get(g.path);
    if (file?.kind !== "file") continue;
    let doc: Doc;
    try {
      doc = parseDocument(g.path, file.content, input.limits ?? DEFAULT_LIMITS);
    } catch {
      continue; // an unchanged manifest that does not parse is validate's to report
    }
    const hits = new Set<string>();
    forEachString(doc.value, (s) => {
      const safe = safeRepoPath(s, g.path);
      if ("path" in safe && wanted.has(safe.path)) hits.add(safe.path);
    });
    const model = modelName(g, doc) ?? g.path;
    for (const gate of gatesFor(policy, model, doc.value)) {
      if (gate.type !== "file_hash" || !Array.isArray(gate.files)) continue;
      for (const f of changedFiles) if ((gate.files as string[]).some((glob) => globMatch(glob, f))) hits.add(f);
    }
    if (hits.size > 0) out.set(g.path, [...hits].sort());
  }
  return out;
}

function forEachString(value: unknown, visit: (s: string) => void): void {
  if (typeof value === "string") visit(value);
  else if (Array.isArray(value)) for (const v of value) forEachString(v, visit);
  else if (value !== null && typeof value === "object") for (const v of Object.values(value)) forEachString(v, visit);
}

/**
 * Paths that serve a manifest no gate would see: a symbolic link or a submodule at or above a
 * governed path, a path that differs from the governed layout only in case or Unicode form (one file
 * on macOS and Windows runners), a new model whose path or name collides with another's
 * that way, and an added manifest that takes a model another manifest holds, at head or, moved,
 * on the base.
 */
async function layoutProblems(input: CheckInput, changed: ChangedFile[], governed: Governed[]): Promise<Problem[]> {
  const { policy } = input;
  const problems: Problem[] = [];
  for (const c of changed) {
    if (c.status === "deleted" || governedFile(policy, c.path)) continue;
    if (c.symlink && mayHoldGoverned(policy, c.path)) {
      problems.push({
        file: c.path,
        message: `${c.path} is a symbolic link where governed manifests live: the manifests it serves would pass no gate`,
        hint: "commit the model's folder and manifest themselves, not a link to them",
      });
    } else if (c.submodule && mayHoldGoverned(policy, c.path)) {
      // A checkout with its submodules serves the other repository's manifests, which no gate here reads.
      problems.push({
        file: c.path,
        message: `${c.path} is a submodule where governed manifests live: the manifests it serves are another repository's, and pass no gate`,
        hint: "commit the model's folder and manifest themselves, not a submodule",
      });
    } else if (governedWhenFolded(policy, c.path)) {
      problems.push({
        file: c.path,
        message: `${c.path} differs from the governed layout only in case or Unicode form: on macOS and Windows it is a governed manifest no gate saw`,
        hint: "write the path exactly as the policy's manifests glob does",
      });
    }
  }
  const addedPaths = new Set(changed.flatMap((c) => (c.status === "added" ? [c.path] : [])));
  const added = governed.filter((g) => addedPaths.has(g.path));
  if (added.length === 0) return problems;
  const all = governedFiles(policy, await input.reader.listFiles(input.head));
  // Each path folded once: a pull request that adds thousands of models compares by lookup, not pair by pair.
  const byFold = new Map<string, string[]>();
  for (const o of all) pushTo(byFold, foldPath(o.path), o.path);
  for (const g of added) {
    const twin = byFold.get(foldPath(g.path))?.find((p) => p !== g.path);
    if (twin !== undefined) {
      problems.push({
        file: g.path,
        message: `${g.path} and ${twin} differ only in case or Unicode form: one file on macOS and Windows, two models here`,
        hint: `change ${twin} instead, or give the new model a distinct name`,
      });
    }
  }
  // A new manifest may not take a model another manifest holds, at head or on the base.
  problems.push(...(await takenModels(input, added, all, changed)));
  return problems;
}

/** One governed manifest's model: its name as written and its key (name and alias, folded). */
interface Held {
  g: Governed;
  name: string;
  key: string;
}

/**
 * Added manifests that take a model (name and alias) another manifest holds: at head (one model,
 * two manifests), or on the base at a path the pull request gives up or renames (a move: at its
 * new path the model would be judged as new, and the gates that compare it with what serves
 * would skip). Names compare folded, as the paths do: `Fraud` is `fraud` to many a system. Names
 * from paths count too: `models/fraud/manifest.yaml` takes the model `models/fraud/manifest.json`
 * holds when two rules name both `{1}`.
 */
async function takenModels(input: CheckInput, added: Governed[], atHead: Governed[], changed: ChangedFile[]): Promise<Problem[]> {
  const head = await heldModels(input, input.head, atHead);
  const own = new Map(head.map((h) => [h.g.path, h]));
  // A head forked before the base moved on keeps the fork's copy of each manifest it did not change;
  // merged, the base's stands: a copy the base has deleted since (a model retired there) holds nothing.
  const stale = input.diffBase !== undefined && input.diffBase !== input.base;
  const kept = stale ? new Set([...changed.map((c) => c.path), ...(await input.reader.listFiles(input.base))]) : null;
  const byKey = new Map<string, Held[]>();
  for (const h of head) if (!kept || kept.has(h.g.path)) pushTo(byKey, h.key, h);
  // The base's models are read only when an added manifest holds no model another one holds at head.
  let base: Map<string, Held[]> | undefined;
  const problems: Problem[] = [];
  const unheld: Held[] = [];
  for (const g of added) {
    const mine = own.get(g.path);
    if (mine === undefined) continue; // no name, or does not parse: reported where it is judged
    const clash = (o: Held) => o.g.path !== g.path;
    const alias = aliasOf(g);
    const twins = byKey.get(mine.key)?.filter(clash);
    if (twins?.length) {
      problems.push({
        file: g.path,
        message: `${g.path} names a model that ${twins.map((o) => o.g.path).join(", ")} already names${otherForm(mine, twins)}: one model, one manifest${alias !== null ? ` per alias (${alias})` : ""}`,
        hint: "give the new model its own name",
      });
      continue;
    }
    if (!base) {
      base = new Map();
      // A manifest the head kept as it was holds its model at head too (seen above): only those the pull
      // request deletes or changes can hold it on the base alone. A base that moved on since the head
      // forked may hold models the diff does not show: then every manifest on the base is looked at.
      const listed = !stale
        ? governedFiles(
            input.policy,
            changed.flatMap((c) => (c.status === "added" ? [] : [c.path])),
          )
        : governedFiles(input.policy, await input.reader.listFiles(input.base));
      for (const h of await heldModels(input, input.base, listed)) pushTo(base, h.key, h);
    }
    const served = base.get(mine.key)?.filter(clash);
    if (served?.length) {
      const paths = served.map((o) => o.g.path);
      problems.push({
        file: g.path,
        message: `${g.path} names model ${mine.name}${alias !== null ? ` (alias ${alias})` : ""}, which serves at ${paths.join(", ")} on the base${otherForm(mine, served)}: a model keeps its manifest's path (at a new path it would be judged as new, without the gates that compare it with what serves)`,
        hint: `change ${paths.join(" or ")} instead`,
      });
    } else unheld.push(mine);
  }
  if (unheld.length > 0) problems.push(...(await servedBefore(input, unheld)));
  return problems;
}

/**
 * Added manifests whose model (name and alias) no manifest holds, at another path than the one it
 * served at last on the base, deleted since: brought back there, it is judged
 * against its last served state (and soak holds it); at a new path it would be judged as new, with
 * soak, regression and version-identity skipped. Read only then (a new model is rare): one walk of
 * the governed paths' additions and deletions, and the last content of deleted manifests named by a field.
 */
async function servedBefore(input: CheckInput, unheld: Held[]): Promise<Problem[]> {
  const { policy, reader } = input;
  const turns = await reader.addsAndDeletes(
    input.base,
    policy.manifests.map((r) => r.glob),
  );
  // A path's newest addition or deletion tells whether it holds a manifest on the base.
  const seen = new Set<string>();
  const present = new Set<string>();
  for (const t of turns) {
    if (!seen.has(t.path) && !t.deleted) present.add(t.path);
    seen.add(t.path);
  }
  // Every deletion counts, not only a path's newest: a model whose path another model took since
  // (and perhaps gave up) served there all the same.
  const gone = turns.flatMap((t) => {
    const g = t.deleted ? governedFile(policy, t.path) : null;
    return g ? [{ g, t }] : [];
  });
  const byBefore = new Map<string, Governed[]>();
  for (const { g, t } of gone) if (namedByField(g.rule) && t.before !== null) pushTo(byBefore, t.before, g);
  const contents = new Map<string, RepoFile | null>();
  const at = (commit: string | null, path: string) => `${commit}\u0000${path}`;
  await Promise.all(
    [...byBefore].map(async ([commit, list]) => {
      const files = await reader.readFiles(
        commit,
        list.map((g) => g.path),
      );
      for (const [path, file] of files) contents.set(at(commit, path), file);
    }),
  );
  // Each model's newest deletion: after a second move and retirement, the path it served at last.
  const newest = new Map<string, Held & { t: AddOrDelete }>();
  for (const { g, t } of gone) {
    const held = heldBy(input, g, contents.get(at(t.before, g.path)));
    if (held && !newest.has(held.key)) newest.set(held.key, { ...held, t });
  }
  const problems: Problem[] = [];
  for (const mine of unheld) {
    const before = newest.get(mine.key);
    // Brought back where it served last, the path's own history judges it. A path with a history
    // of another model's is no way around the model's own: judged against that model's last state,
    // a worse model could pass.
    if (!before || before.g.path === mine.g.path) continue;
    const alias = aliasOf(mine.g);
    const where = placeOf({ commit: before.t.commit.commit, pr: prNumber(before.t.commit.subject), time: before.t.commit.time });
    problems.push({
      file: mine.g.path,
      message: `${mine.g.path} names model ${mine.name}${alias !== null ? ` (alias ${alias})` : ""}, which served at ${before.g.path}${otherForm(mine, [before])} until it was deleted on the base branch (${where}): a model keeps its manifest's path (at a new path it would be judged as new, without its history)`,
      hint: present.has(before.g.path)
        ? `${before.g.path} holds another model since: give this model a name of its own`
        : `add it at ${before.g.path}, where it is judged against its last served state; a different model takes a name of its own`,
    });
  }
  return problems;
}

/** The models that governed manifests at one commit hold; only manifests named by a field are read. A manifest that does not parse holds none here. */
async function heldModels(input: CheckInput, commit: string, governed: Governed[]): Promise<Held[]> {
  const read = governed.filter((g) => namedByField(g.rule));
  const files =
    read.length > 0
      ? await input.reader.readFiles(
          commit,
          read.map((g) => g.path),
        )
      : new Map<string, RepoFile | null>();
  const out: Held[] = [];
  for (const g of governed) {
    const held = heldBy(input, g, files.get(g.path));
    if (held) out.push(held);
  }
  return out;
}

/**
 * The model one governed manifest holds: named by its path, or by the field in its content.
 * Null when it names none, or does not parse (reported where it is judged).
 */
function heldBy(input: CheckInput, g: Governed, file: RepoFile | null | undefined): Held | null {
  let name: string | null;
  if (!namedByField(g.rule)) name = modelName(g, null);
  else {
    if (file?.kind !== "file") return null;
    try {
      name = modelName(g, parseDocument(g.path, file.content, input.limits ?? DEFAULT_LIMITS));
    } catch {
      return null;
    }
  }
  // One model may have one manifest per pointer (alias): production and shadow side by side.
  return name === null ? null : { g, name, key: `${foldPath(name)}\u0000${foldPath(aliasOf(g) ?? "")}` };
}

/** ` (as fraud, …)` when another manifest writes the model's name in another case or Unicode form. */
function otherForm(mine: Held, others: Held[]): string {
  const other = others.find((o) => o.name !== mine.name);
  return other ? ` (as ${other.name}, the same name but for case or Unicode form)` : "";
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A `manifests` glob that matches no file at the commit, while files of the name it looks for
 * exist elsewhere, is a typo that governs nothing: a configuration error naming the glob that
 * would match. (A repository with no manifest yet is not an error: its first model is `new`.)
 */
async function emptyGlobs(input: CheckInput | ValidateInput, commit: string): Promise<Problem[]> {
  const all = await input.reader.listFiles(commit);
  const problems: Problem[] = [];
  input.policy.manifests.forEach((rule, i) => {
    if (all.some((p) => globMatch(rule.glob, p))) return;
    const name = rule.glob.split("/").pop() ?? "";
    const sameName = /[*?[{]/.test(name) ? [] : all.filter((p) => p.split("/").pop() === name);
    if (sameName.length === 0) return;
    const suggestion = suggestGlob(rule.glob, sameName[0]);
    problems.push({
      kind: "configuration",
      ...(input.policy.manifestsWhere?.[i] ?? { file: input.policyRef.path }),
      message: `manifests glob "${rule.glob}" matches no file at ${commit.slice(0, 12)}, so the policy governs nothing; ${sameName.length === 1 ? `${sameName[0]} has` : `${sameName.length} files have`} the name it looks for`,
      hint: suggestion ? `did you mean "${suggestion}"?` : `write a glob that matches ${sameName[0]}`,
    });
  });
  return problems;
}

/** The glob with each literal folder that differs from the example path replaced by the example's. */
function suggestGlob(glob: string, example: string): string | null {
  const want = glob.split("/");
  const have = example.split("/");
  if (want.length !== have.length) return null;
  const out = want.map((part, i) => (/[*?[]/.test(part) ? part : have[i]));
  const suggestion = out.join("/");
  return suggestion !== glob && globMatch(suggestion, example) ? suggestion : null;
}

/** Runs the gates that apply to one change; the engine owns `on`, needs, `when`, `message`, severity, waivers and override. */
async function judgeChange(input: CheckInput | ValidateInput, s: Subject & { renamed?: string }, head: string, errors: Problem[]): Promise<ChangeReport> {
  // Entries that select by a manifest field read what serves now: a pull request cannot pick its own rules.
  const selector = (s.against ?? s.candidate)?.value;
  const gates = applying(gatesFor(input.policy, s.model, selector), s.change.kind);
  // What every gate of the change may read, made once per change.
  const readFiles = (paths: string[]) => input.reader.readFiles(head, paths);
  const digestFiles = (paths: string[]) => input.reader.digestFiles(head, paths);
  const listFiles = () => input.reader.listFiles(head);
  const readPolicyFile = async (path: string) => (await input.reader.readFiles(input.policyRef.ref, [path])).get(path) ?? null;
  // A gate that answers at once (most read the manifests alone) is not awaited.
  const pending = gates.map((gate) => {
    const ctx: GateContext = {
      gate,
      options: gate,
      change: s.change,
      candidate: s.candidate,
      active: s.against,
      now: input.now,
      pr: input.pr,
      readFiles,
      digestFiles,
      listFiles,
      history: s.history,
      snapshot: s.snapshot,
      servedAs: s.servedAs,
      schema: input.schema,
      readPolicyFile,
      ...(input.attestations ? { attestations: input.attestations } : {}),
    };
    return runGate(gate, ctx, s.snapshot);
  });
  const outcomes = pending.some((o) => o instanceof Promise) ? await Promise.all(pending) : (pending as GateOutcome[]);
  // The built-in checks first, then the policy's gates.
  const all: GateReport[] = [];
  if (s.reused) all.push(versionReused(s));
  if (s.renamed !== undefined) all.push(renamedInPlace(s));
  all.push(...selectorChanged(input.policy, s));
  for (let i = 0; i < gates.length; i++) {
    const mistakes = policyMistakes(input.policy, gates[i], outcomes[i], s);
    if (mistakes.length > 0) errors.push(...mistakes);
    all.push(judge(input.policy, gates[i], s.model, outcomes[i], input.now, "override" in input ? input.override : undefined));
  }
  return { ...s.change, result: all.some((r) => r.status === "fail") ? "fail" : "pass", gates: all };
}

/** The gates of a list that apply to a kind of change (their `on`), worked out once per list and kind. */
function applying(gates: GateConfig[], kind: ChangeKind): GateConfig[] {
  let byKind = applyingTo.get(gates);
  if (!byKind) {
    byKind = new Map();
    applyingTo.set(gates, byKind);
  }
  let list = byKind.get(kind);
  if (!list) {
    list = gates.filter((g) => g.on.includes(kind));
    byKind.set(kind, list);
  }
  return list;
}
const applyingTo = new WeakMap<GateConfig[], Map<ChangeKind, GateConfig[]>>();

const NEED_REASON: Record<Need, (s: GateContext, snapshot: boolean) => string | null> = {
  candidate: (c) => (c.candidate ? null : `no candidate manifest: the change is a ${c.change.kind}`),
  active: (c, snapshot) => (snapshot ? SNAPSHOT : c.active ? null : "no active manifest to compare with: the model is new"),
  change: (_, snapshot) => (snapshot ? SNAPSHOT : null),
  history: (_, snapshot) => (snapshot ? SNAPSHOT : null),
  pr: (c) => (c.pr ? null : "no pull request: approvals are read by the GitHub Action"),
};
const SNAPSHOT = "judges a change between two commits; validate looks at one commit";

function runGate(gate: GateConfig, ctx: GateContext, snapshot: boolean): GateOutcome | Promise<GateOutcome> {
  const type = GATE_TYPES.get(gate.type);
  if (!type) throw new ModelgateError({ file: "policy", message: `unknown gate type "${gate.type}"` });
  for (const need of type.needs) {
    const reason = NEED_REASON[need](ctx, snapshot);
    if (reason) return { status: "skip", message: reason, findings: [] };
  }
  return gate.when === undefined ? type.evaluate(ctx) : runWhen(gate.when, type, ctx);
}

/** A gate with `when`: evaluated only where its condition holds (CEL, loaded on first use). */
async function runWhen(when: string, type: GateDefinition, ctx: GateContext): Promise<GateOutcome> {
  const { evaluateCel } = await import("./cel.js");
  const result = evaluateCel(when, celBindings(ctx));
  if ("error" in result)
    return { status: "fail", message: `when could not be evaluated: ${result.error}`, findings: [{ message: result.error, file: ctx.change.path }] };
  if (result.value !== true) {
    if (typeof result.value !== "boolean") return { status: "fail", message: `when must be a bool, it returned ${typeof result.value}`, findings: [] };
    return { status: "skip", message: `not applicable: ${when} is false`, findings: [] };
  }
  return type.evaluate(ctx);
}

const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

/**
 * A path in the policy that matches nothing in either manifest, while a near path exists, is
 * the policy's typo, not the manifest's fault: a configuration error at the gate's field.
 */
function policyMistakes(policy: Policy, gate: GateConfig, outcome: GateOutcome, s: Subject): readonly Problem[] {
  if (gate.type === "required" || !s.candidate || outcome.findings.length === 0) return NO_PROBLEMS;
  const out: Problem[] = [];
  for (const f of outcome.findings) {
    if (!f.missing || !f.path || f.file !== s.candidate.file) continue;
    if (s.against && s.against !== s.candidate && matchPath(s.against.value, f.path).length > 0) continue;
    let pattern: ReturnType<typeof parsePath>;
    try {
      pattern = parsePath(f.path);
    } catch {
      continue;
    }
    const near = nearestPattern(s.candidate.value, pattern);
    if (!near) continue;
    const field = Object.entries(gate).find(([, v]) => v === f.path || (Array.isArray(v) && v.includes(f.path)))?.[0] ?? "";
    const where = policy.where?.get(gate.id);
    const at: Location = where?.get(field) ?? where?.get("") ?? { file: policy.files[policy.files.length - 1] ?? "policy" };
    out.push({
      kind: "configuration",
      ...at,
      message: `gate "${gate.id}": ${field || "path"} ${f.path} matches nothing in ${s.candidate.file}`,
      hint: `did you mean ${formatPattern(near)}?`,
    });
  }
  return out;
}

/** Severity, `message`, waivers and override turn a gate's outcome into its status in the report. */
function judge(policy: Policy, gate: GateConfig, model: string, outcome: GateOutcome, now: Date, override?: Override): GateReport {
  const { findings, findings_total } = boundFindings(outcome.findings);
  const report: GateReport = {
    id: gate.id,
    type: gate.type,
    severity: gate.severity,
    status: outcome.status,
    message: outcome.status === "fail" && gate.message !== undefined ? gate.message : outcome.message,
    findings: findings.length === 0 ? findings : findings.map(({ missing: _, ...f }): Finding => f),
  };
  if (findings_total !== undefined) report.findings_total = findings_total;
  if (gate.description) report.description = gate.description;
  if (outcome.status !== "fail") return report;
  const waiver = waiverFor(policy, gate.id, model, now);
  if (waiver.active) {
    report.status = "overridden";
    report.override = { by: "waiver", reason: waiver.active.reason, expires: waiver.active.expires };
  } else if (gate.severity === "warning") {
    report.status = "warn";
  } else if (override) {
    report.status = "overridden";
    report.override = { by: "label", reason: override.reason, actor: override.actor };
  }
  if (!waiver.active && waiver.expired) report.message += ` (a waiver expired on ${waiver.expired.expires})`;
  return report;
}

/** A version names one content forever; neither waivers nor the override label change that. */
function versionReused(s: Subject): GateReport {
  const e = s.reused as HistoryEvent;
  const doc = s.candidate as Doc;
  const segments = parsePath(s.g.rule.version).filter((x): x is Segment => x !== WILDCARD);
  return {
    id: "version-identity",
    type: "version",
    severity: "error",
    status: "fail",
    message: `version ${s.change.to} served earlier with other content (${e.commit.slice(0, 7)}, ${e.date.slice(0, 10)}): a version names one content; give this content a new version`,
    findings: [{ path: s.g.rule.version, observed: s.change.to, file: doc.file, ...doc.locate(segments), message: `${s.change.to} is taken` }],
  };
}

/**
 * A field that `models:` entries select by (a strategy) may not change in place: the change
 * is judged by the rules of what serves now, and a laxer strategy is a new model.
 */
function selectorChanged(policy: Policy, s: Subject): GateReport[] {
  // A rollback restores content that served, as data: it picks no new rules.
  if (!s.against || !s.candidate || s.against === s.candidate || s.change.kind === "rollback") return [];
  const candidate = s.candidate;
  const against = s.against;
  return selectorPaths(policy).flatMap(({ path, segments }) => {
    const was = valueAt(against.value, segments);
    const now = valueAt(candidate.value, segments);
    if (JSON.stringify(was) === JSON.stringify(now)) return [];
    const show = (v: unknown) => (v === undefined ? "nothing" : JSON.stringify(v));
    return [
      {
        id: "policy-match",
        type: "selector",
        severity: "error",
        status: "fail",
        message: `${path} changes from ${show(was)} to ${show(now)} in place: the policy's models: entries select gates by ${path}, so this change is judged by the rules for ${show(was)}, and may not switch them; a model of another ${path} is a new model in its own manifest`,
        findings: [
          {
            path,
            observed: now ?? null,
            active: was ?? null,
            file: candidate.file,
            ...(now === undefined ? candidate.locatePattern(path) : candidate.locate(segments)),
          },
        ],
      } satisfies GateReport,
    ];
  });
}

function renamedInPlace(s: Subject & { renamed?: string }): GateReport {
  const doc = s.candidate as Doc;
  return {
    id: "model-identity",
    type: "identity",
    severity: "error",
    status: "fail",
    message: `the manifest renames model ${s.model} to ${JSON.stringify(s.renamed)} in place: retire ${s.model} and add the new model in its own manifest`,
    findings: [{ path: s.g.rule.model, observed: s.renamed, file: doc.file, ...doc.locatePattern(s.g.rule.model) }],
  };
}
