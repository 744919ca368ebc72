import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type EventAudit, eventAudit, NOTES_REF } from "./core/audit.js";
import { type LifecycleFacts, lifecycleFacts } from "./core/facts.js";
import { governedFile } from "./core/governed.js";
import { activation, documents, groupByPath, type HistoryEvent, historyOf, type ModelStatus, retiredIn, statusOf } from "./core/history.js";
import { DEFAULT_MANIFESTS, DEFAULT_POLICY_PATH, gatesFor, loadPolicy, type Policy } from "./core/policy.js";
import { ModelgateError } from "./core/problem.js";
import { AuditNotes } from "./git/notes.js";
import type { GitRepo } from "./git/repo.js";
import { policySource } from "./runner.js";

/**
 * The registry a database used to keep, computed from git: what served when, what serves
 * now, and what to write to roll back. Nothing is stored besides the commits themselves.
 */
export interface RegistrySettings {
  repo: GitRepo;
  ref: string;
  policy?: string;
}

/** The policy at the ref, for its manifest globs; without a policy file, the default layout. */
async function policyAt(repo: GitRepo, commit: string, path = DEFAULT_POLICY_PATH): Promise<Policy> {
  const source = policySource(repo, commit);
  if ((await source.readRepoFile(path)) === null) return { files: [], manifests: DEFAULT_MANIFESTS, gates: [], models: [], waivers: [] };
  return loadPolicy(source, path);
}

export async function readHistory(settings: RegistrySettings): Promise<HistoryEvent[]> {
  return (await historyWithPolicy(settings)).events;
}

async function historyWithPolicy(settings: RegistrySettings): Promise<{ events: HistoryEvent[]; policy: Policy }> {
  const commit = /^[0-9a-f]{40}$/.test(settings.ref) ? settings.ref : await settings.repo.resolve(settings.ref, "ref");
  const policy = await policyAt(settings.repo, commit, settings.policy);
  // Each governed state is parsed as its blob arrives, while git is still walking the history.
  const docs = documents();
  const log = await settings.repo.log(commit, { globs: policy.manifests.map((m) => m.glob) }, (path, content) => {
    if (governedFile(policy, path)) docs(path, content);
  });
  return { events: historyOf(policy, log, undefined, docs), policy };
}

/** The audit of an event (its commit's note, for its manifest): null when the commit has none. */
export type AuditLookup = (e: { commit: string; path: string }) => EventAudit | null;

/**
 * The audit notes (refs/notes/modelgate) of the events' commits, each read and checked
 * against its schema and its commit; `present` is false when this clone has no notes ref.
 * Given the events still to come, it asks git whether the notes (or an origin to fetch them
 * from) exist while the events are read.
 */
export async function readAudits(
  repo: GitRepo,
  events: Array<{ commit: string }> | Promise<Array<{ commit: string }>>,
): Promise<{ audit: AuditLookup; present: boolean; hasOrigin: boolean }> {
  const notes = new AuditNotes(repo.dir);
  const presentNow = repo.hasRef(NOTES_REF);
  const origin = presentNow.then((present) => present || notes.hasOrigin());
  const [list, present] = [await events, await presentNow];
  const texts = present ? await notes.read(list.map((e) => e.commit)) : new Map<string, string>();
  return {
    audit: (e) => {
      const text = texts.get(e.commit);
      return text === undefined ? null : eventAudit(text, e.commit, e.path);
    },
    present,
    hasOrigin: await origin,
  };
}

export const NOTES_FETCH_HINT = "git fetch origin refs/notes/modelgate:refs/notes/modelgate";

/** The events as the JSON of `modelgate history`; with audits, each event's `audit` (null without a note). */
export function historyJson(events: HistoryEvent[], audit?: AuditLookup) {
  return events.map((e) => ({
    model: e.model,
    ...(e.alias !== undefined ? { alias: e.alias } : {}),
    path: e.path,
    kind: e.kind,
    from: e.from,
    to: e.to,
    commit: e.commit,
    date: e.date,
    author: e.author,
    pr: e.pr,
    reverts: e.reverts,
    ...(audit ? { audit: audit(e) } : {}),
  }));
}

/** A model's status with what its gates make of it: stage, rollout step, rollbacks in the window, the next step and its date. */
export type StatusEntry = ModelStatus & LifecycleFacts;

/** Every manifest that serves at the ref (a retired one says so); with `stage`, those whose stage (or alias) is that. */
export async function readStatus(settings: RegistrySettings, now: Date, stage?: string): Promise<StatusEntry[]> {
  const { events, policy } = await historyWithPolicy(settings);
  const byPath = groupByPath(events);
  const entries = statusOf(events, now, policy).map((s) => {
    // The serving manifest picks the models: entries that match a field of it (match: { strategy: … }).
    const facts = lifecycleFacts(byPath.get(s.path) ?? [], gatesFor(policy, s.model, byPath.get(s.path)?.at(-1)?.doc?.value), now, s.alias ?? null);
    // A retired manifest has no next step: nothing leaves a terminal stage.
    if (s.state === "retired") delete facts.next;
    return { ...s, ...facts };
  });
  return stage === undefined ? entries : entries.filter((e) => e.stage?.value === stage || e.alias === stage);
}

export interface RollbackPlan {
  model: string;
  path: string;
  current: string | null;
  target: string;
  /** The event when the target version was last made active: its content is what gets written. */
  source: HistoryEvent;
  /** The event that made the current version active (its pull request can be reverted on GitHub). */
  promotedBy: HistoryEvent;
  /** The current manifest is in a terminal stage: rolling back revives it, which the gate named here refuses. */
  retired?: { stage: string; gate: string };
  /** The target version reached a terminal stage since: bringing it back is what that gate refuses. */
  ended?: { stage: string; gate: string; date: string };
}

/** What a rollback writes: the manifest as it was when `toVersion` (default: the previous version) was last active. */
export async function planRollback(settings: RegistrySettings, model: string, toVersion?: string, alias?: string): Promise<RollbackPlan> {
  const { events, policy } = await historyWithPolicy(settings);
  const byPath = groupByPath(events);
  const status = statusOf(events, new Date(), policy);
  const pointers = status.filter((s) => s.model === model);
  const entry = alias === undefined && pointers.length === 1 ? pointers[0] : pointers.find((s) => s.alias === alias);
  if (!entry) {
    const named = (s: ModelStatus) => (s.alias !== undefined ? `${s.model} (${s.alias})` : s.model);
    throw new ModelgateError({
      file: model,
      message:
        pointers.length > 1 && alias === undefined
          ? `${model} has ${pointers.length} active pointers (${pointers.map((s) => s.alias).join(", ")}): name one with --alias`
          : `no active model named "${model}"${alias !== undefined ? ` with alias "${alias}"` : ""} at ${settings.ref}`,
      hint: status.length ? `active: ${status.map(named).join(", ")}` : "no governed manifest exists at this commit",
    });
  }
  const list = byPath.get(entry.path) ?? [];
  const promotedBy = activation(list) as HistoryEvent;
  const target = toVersion ?? promotedBy.from;
  if (!target) {
    const served = [...new Set(list.map((e) => e.to).filter((v): v is string => v !== null && v !== entry.version))];
    throw new ModelgateError({
      file: entry.path,
      message: `${model} has no earlier version to roll back to${served.length === 0 ? `: ${entry.version} is the first that served on this branch` : ""}`,
      ...(served.length > 0 ? { hint: `versions that served earlier: ${served.join(", ")}; name one with --to-version` } : {}),
    });
  }
  if (target === entry.version && entry.state !== "retired") throw new ModelgateError({ file: entry.path, message: `${model} ${target} is already active` });
  // The state to restore is the target's last that served: never one in a terminal stage (a retired state serves nothing).
  const states = [...list].reverse().filter((e) => e.to === target && e.content);
  const source = states.find((e) => !retiredIn(policy, model, e.doc));
  if (!source && states.length > 0) {
    const stage = retiredIn(policy, model, states[0].doc)?.stage;
    throw new ModelgateError({
      file: entry.path,
      message: `${model} ${target} never served on this branch: its states were all ${stage}, a terminal stage`,
      hint: "name a version that served with --to-version",
    });
  }
  if (!source) {
    const served = [...new Set(list.map((e) => e.to).filter((v): v is string => v !== null))];
    throw new ModelgateError({
      file: entry.path,
      message: `${model} ${target} was never active on this branch`,
      hint: `versions that were: ${served.join(", ")}`,
    });
  }
  const retired = retiredIn(policy, model, list[list.length - 1]?.doc ?? null);
  const endedAt = list.find((e) => e.to === target && retiredIn(policy, model, e.doc));
  const ended = endedAt ? { ...(retiredIn(policy, model, endedAt.doc) as { stage: string; gate: string }), date: endedAt.date.slice(0, 10) } : undefined;
  return { model, path: entry.path, current: entry.version, target, source, promotedBy, ...(retired ? { retired } : {}), ...(ended ? { ended } : {}) };
}

/** Writes the planned manifest into the working tree; with commit, on a new branch. Returns the branch when made. */
export async function applyRollback(repo: GitRepo, plan: RollbackPlan, commit: boolean): Promise<string | null> {
  const dirty = (await repo.raw(["status", "--porcelain", "--", `:(literal)${plan.path}`])).trim();
  if (dirty)
    throw new ModelgateError({ file: plan.path, message: "has uncommitted changes; modelgate will not overwrite them", hint: "commit or stash them first" });
  const branch = commit ? `rollback/${plan.model}-${plan.target}`.replace(/[^A-Za-z0-9._/-]+/g, "-") : null;
  if (branch) {
    try {
      await repo.raw(["switch", "-c", branch]);
    } catch (err) {
      throw new ModelgateError({ file: branch, message: `cannot create branch ${branch}: ${(err as Error).message.trim()}` });
    }
  }
  const full = join(repo.dir, plan.path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, plan.source.content as Uint8Array);
  if (branch) {
    await repo.raw(["add", "--", `:(literal)${plan.path}`]);
    await repo.raw([
      "commit",
      "-q",
      "-m",
      `Roll back ${plan.model} to ${plan.target}`,
      "-m",
      `Restores ${plan.path} as it was at ${plan.source.commit}${plan.source.pr ? ` (#${plan.source.pr})` : ""}, when ${plan.target} was last active.`,
    ]);
  }
  return branch;
}

/** Everything the site and the audit export read: the events, the policy that reads them, and the status at `now`. */
export async function readRegistry(settings: RegistrySettings, now: Date): Promise<{ events: HistoryEvent[]; policy: Policy; status: StatusEntry[] }> {
  const { events, policy } = await historyWithPolicy(settings);
  const byPath = groupByPath(events);
  const status = statusOf(events, now).map((s) => ({ ...s, ...lifecycleFacts(byPath.get(s.path) ?? [], gatesFor(policy, s.model), now, s.alias ?? null) }));
  return { events, policy, status };
}
