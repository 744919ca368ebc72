import { mkdirSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import type { ChangeKind, GateConfig, Override, PullRequestInfo } from "../../src/core/model.js";
import type { ChangeReport, GateReport, Report } from "../../src/core/report.js";
import { runCheck } from "../../src/runner.js";
import { expectValidReport } from "./cli.js";
import { checkInMemory, POLICY } from "./memory-check.js";
import { MemoryReader } from "./memory-reader.js";
import { TestRepo } from "./repo.js";

export interface GateCase {
  /** The gate under test (its id is "g"); it applies to every change kind unless it sets `on`. */
  gate: Partial<GateConfig> & { type: string };
  /** More gates beside it, as written in the policy. */
  more?: Array<Record<string, unknown>>;
  /** A force-promote the action verified (needs `pr`). */
  override?: Override;
  /** The manifest on the head branch; absent: the PR deletes it. */
  candidate?: unknown;
  /** The manifest on the base branch; absent: the model is new (or the history says otherwise). */
  active?: unknown;
  /** Files at head, for gates that read them: text, or { symlink: target }. */
  files?: Record<string, string | Uint8Array | { symlink: string }>;
  /** Paths that .gitattributes at head marks filter=lfs: only there does a pointer stand for its object. */
  lfs?: string[];
  /** Schema files at the policy's commit. */
  schemas?: Record<string, string>;
  /** The manifest's commits on the base branch, oldest first: when, and the manifest after (null: deleted). */
  history?: Array<{ date: string; manifest: Record<string, unknown> | null; pr?: number }>;
  /** More policy text, appended to the policy (waivers, models, override). */
  policy?: string;
  now?: string;
  pr?: PullRequestInfo;
}

export const MANIFEST = "models/m/manifest_active.json";
const ALL_KINDS: ChangeKind[] = ["new", "promotion", "rollback", "retire", "update", "demotion"];

/**
 * A gate tester that runs through the engine (as eslint's RuleTester runs a rule): the policy
 * text, the base's history and the candidate are committed to a repository, and `check`
 * judges the branch. What comes back is the gate's entry in the report, so every gate test
 * also exercises `on`, `when`, `message`, waivers and the needs the engine applies.
 *
 * The repository is a real one driven with git, or, with MODELGATE_GATE_REPO=memory (the
 * mutation run, vitest.mutate.config.ts), the same commits in memory read through the
 * engine's RepoReader port: same policy, same engine, no git process per case.
 */
export async function runGateReport(c: GateCase, where: "git" | "memory" = process.env.MODELGATE_GATE_REPO === "memory" ? "memory" : "git") {
  const report = where === "memory" ? await inMemory(c) : await inGit(c);
  return entryOf(report);
}

/** The same, always on the in-memory repository: fast enough for the many small cases that pin boundaries and messages. */
export async function runGateFast(c: GateCase): Promise<GateReport> {
  return (await runGateReport(c, "memory")).gate;
}

function entryOf(report: Report): { gate: GateReport; report: Report; change: ChangeReport; kind: ChangeKind } {
  const change = report.changes.find((ch) => ch.path === MANIFEST);
  if (!change) throw new Error(`the manifest did not change: ${JSON.stringify(report)}`);
  const found = change.gates.find((g) => g.id === "g");
  if (!found) throw new Error(`gate g did not apply to the ${change.kind}: ${JSON.stringify(change)}`);
  return { gate: found, report, change, kind: change.kind };
}

/** Commits the case: the policy, the base's history, then the candidate on its own branch. */
function build<R extends TestRepo | MemoryReader>(repo: R, c: GateCase, symlink: (path: string, target: string) => void): R {
  const gate = { id: "g", on: ALL_KINDS, ...c.gate };
  repo.write({ [POLICY]: `${stringify({ version: 1, gates: [gate, ...(c.more ?? [])] })}${c.policy ?? ""}`, ...(c.schemas ?? {}) });
  repo.commit("Policy", "2025-12-01T00:00:00Z");
  const states = [...(c.history ?? [])];
  const last = states.length > 0 ? states[states.length - 1].manifest : undefined;
  if (c.active !== undefined && JSON.stringify(last) !== JSON.stringify(c.active)) {
    states.push({ date: states.length > 0 ? after(states[states.length - 1].date) : "2025-12-02T00:00:00Z", manifest: c.active as Record<string, unknown> });
  }
  for (const state of states) {
    if (state.manifest === null) repo.remove(MANIFEST);
    else repo.write({ [MANIFEST]: state.manifest });
    repo.commit(state.pr ? `Promote (#${state.pr})` : "Manifest", state.date);
  }
  repo.branch("candidate");
  if (c.candidate === undefined) repo.remove(MANIFEST);
  else repo.write({ [MANIFEST]: c.candidate as object });
  for (const [path, content] of Object.entries(c.files ?? {})) {
    if (content instanceof Uint8Array || typeof content === "string") repo.write({ [path]: content });
    else symlink(path, content.symlink);
  }
  if (c.lfs?.length) repo.write({ ".gitattributes": c.lfs.map((p) => `${p} filter=lfs diff=lfs merge=lfs -text\n`).join("") });
  repo.commit("Candidate", c.now ?? "2026-11-22T00:00:00Z");
  return repo;
}

async function inGit(c: GateCase): Promise<Report> {
  const repo = new TestRepo();
  build(repo, c, (path, target) => {
    mkdirSync(dirname(join(repo.dir, path)), { recursive: true });
    repo.remove(path);
    symlinkSync(target, join(repo.dir, path));
  });
  return expectValidReport(
    await runCheck({
      cwd: repo.dir,
      base: "main",
      head: "candidate",
      now: new Date(c.now ?? "2026-11-22T00:00:00Z"),
      ...(c.pr ? { pullRequest: async () => ({ pr: c.pr as PullRequestInfo, override: c.override, notes: [] }) } : {}),
    }),
  );
}

async function inMemory(c: GateCase): Promise<Report> {
  const repo = new MemoryReader();
  build(repo, c, (path, target) => repo.symlink(path, target));
  return checkInMemory(repo, { now: c.now, pr: c.pr, override: c.pr ? c.override : undefined });
}

/** The gate's entry in the report of a check through the engine. */
export async function runGate(c: GateCase): Promise<GateReport> {
  return (await runGateReport(c)).gate;
}

function after(date: string): string {
  return new Date(Date.parse(date) + 1000).toISOString();
}
