import { posix } from "node:path";
import { readBundledSchema } from "./bundled.js";
import { type Doc, parseDocument } from "./core/document.js";
import { check } from "./core/engine.js";
import { type MemoryCommit, MemoryReader } from "./core/memory-reader.js";
import { CHANGE_KINDS, type GateStatus } from "./core/model.js";
import { DEFAULT_POLICY_PATH, loadPolicy, type Policy } from "./core/policy.js";
import { ModelgateError, type Problem } from "./core/problem.js";
import type { RepoReader } from "./core/reader.js";
import type { Report } from "./core/report.js";
import { schemaCompiler } from "./core/schemas.js";
import { toInstant } from "./core/time.js";
import { GitRepo } from "./git/repo.js";
import { WORKTREE, WorkingTree } from "./git/worktree.js";
import { policySource } from "./runner.js";
import { VERSION } from "./version.js";

export const DEFAULT_TESTS_PATH = ".modelgate/tests.yaml";

/** What a case may expect of a gate: its status, or `absent` (it does not apply to the change). */
const EXPECTABLE = ["pass", "fail", "warn", "skip", "overridden", "absent"] as const;
type Expected = (typeof EXPECTABLE)[number];

export interface Expectation {
  what: string;
  expected: string;
  got: string;
  ok: boolean;
  message?: string;
}

export interface CaseResult {
  name: string;
  expectations: Expectation[];
}

export interface TestRun {
  file: string;
  policy: string;
  cases: CaseResult[];
  passed: number;
  failed: number;
}

export interface TestSettings {
  cwd: string;
  tests?: string;
  policy?: string;
  /** The commit to read the policy and the cases from (default: the working tree). */
  ref?: string;
}

interface Case {
  name: string;
  model: string;
  path: string;
  active: string | null;
  candidate: string | null;
  history: Array<{ time: number; manifest: string | null }>;
  files: Record<string, string>;
  now: Date;
  expect: { result?: string; kind?: string; gates: Record<string, Expected> };
}

/**
 * `modelgate test`: the policy's own test cases (as `conftest verify` runs a policy's tests).
 * Each case is an active manifest, a candidate and what the policy must decide; the cases run
 * through the same engine as `check`, on an in-memory repository.
 */
export async function runPolicyTests(settings: TestSettings): Promise<TestRun> {
  const repo = await GitRepo.open(settings.cwd);
  try {
    const reader: RepoReader = settings.ref === undefined ? new WorkingTree(repo) : repo;
    const commit = settings.ref === undefined ? WORKTREE : await repo.resolve(settings.ref, "ref");
    const policyPath = settings.policy ?? DEFAULT_POLICY_PATH;
    const testsPath = settings.tests ?? DEFAULT_TESTS_PATH;
    const policy = await loadPolicy(policySource(reader, commit), policyPath);
    const file = (await reader.readFiles(commit, [testsPath])).get(testsPath);
    if (file?.kind !== "file") {
      throw new ModelgateError({
        file: testsPath,
        message: `no test cases: ${testsPath} does not exist`,
        hint: "write cases there (see README, Testing a policy), or name the file with --tests",
      });
    }
    const cases = readCases(parseDocument(testsPath, file.content), policy);
    const results: CaseResult[] = [];
    for (const c of cases) results.push(await runCase(c, policy, policyPath, reader, commit));
    const all = results.flatMap((r) => r.expectations);
    return { file: testsPath, policy: policyPath, cases: results, passed: all.filter((e) => e.ok).length, failed: all.filter((e) => !e.ok).length };
  } finally {
    repo.close();
  }
}

async function runCase(c: Case, policy: Policy, policyPath: string, repoReader: RepoReader, commit: string): Promise<CaseResult> {
  const commits = new Map<string, MemoryCommit>();
  const branch: string[] = [];
  const add = (name: string, time: number, manifest: string | null, extra: Record<string, string> = {}) => {
    const files = new Map<string, string>(Object.entries(extra));
    if (manifest !== null) files.set(c.path, manifest);
    commits.set(name, { files, time });
  };
  add("policy", Date.parse("2000-01-01T00:00:00Z"), null);
  branch.push("policy");
  c.history.forEach((h, i) => {
    add(`history-${i}`, h.time, h.manifest);
    branch.push(`history-${i}`);
  });
  const last = c.history.length > 0 ? c.history[c.history.length - 1].manifest : null;
  if (c.active !== null && c.active !== last) {
    add("active", c.history.length > 0 ? c.history[c.history.length - 1].time + 1000 : c.now.getTime() - 86_400_000, c.active);
    branch.push("active");
  }
  add("candidate", c.now.getTime(), c.candidate, c.files);
  const base = branch[branch.length - 1];
  const report: Report = await check({
    reader: new MemoryReader(commits, branch),
    policy,
    policyRef: { path: policyPath, ref: commit },
    base,
    head: "candidate",
    now: c.now,
    version: VERSION,
    // Schemas the policy names are read where the policy is.
    schema: schemaCompiler({
      readRepoFile: async (p) => {
        const f = (await repoReader.readFiles(commit, [p])).get(p);
        return f?.kind === "file" ? f.content : null;
      },
      readBundled: readBundledSchema,
    }),
  });
  const change = report.changes.find((ch) => ch.path === c.path);
  const expectations: Expectation[] = [];
  const expect = (what: string, expected: string, got: string, message?: string) => expectations.push({ what, expected, got, ok: expected === got, message });
  if (c.expect.result !== undefined) expect("result", c.expect.result, report.result, report.errors.map((e) => e.message).join("; ") || undefined);
  if (c.expect.kind !== undefined) expect("kind", c.expect.kind, change?.kind ?? "no change");
  for (const [id, expected] of Object.entries(c.expect.gates)) {
    const gate = change?.gates.find((g) => g.id === id);
    expect(id, expected, gate ? (gate.status as GateStatus) : "absent", gate?.message);
  }
  return { name: c.name, expectations };
}

/** The cases of a tests file, checked with file, line and column. */
function readCases(doc: Doc, policy: Policy): Case[] {
  const problems: Problem[] = [];
  const at = (segments: Array<string | number>, message: string, hint?: string) => problems.push({ file: doc.file, ...doc.locate(segments), message, hint });
  const root = doc.value as { cases?: unknown };
  if (root === null || typeof root !== "object" || !Array.isArray(root.cases) || root.cases.length === 0) {
    at([], "a tests file has `cases:`, a list of at least one case", "see README, Testing a policy");
    throw new ModelgateError(problems);
  }
  const rule = policy.manifests[0];
  const gateIds = new Set(policy.gates.map((g) => g.id));
  for (const entry of policy.models) for (const g of entry.gates) gateIds.add(g.id);
  const cases: Case[] = [];
  root.cases.forEach((raw: unknown, i: number) => {
    const here = (...s: Array<string | number>) => ["cases", i, ...s];
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      at(here(), "a case is a mapping with name, active, candidate and expect");
      return;
    }
    const r = raw as Record<string, unknown>;
    for (const key of Object.keys(r)) {
      if (!["name", "model", "path", "active", "candidate", "history", "files", "now", "expect"].includes(key))
        at(here(key), `unknown field "${key}" in a case`);
    }
    const name = typeof r.name === "string" ? r.name : `case ${i + 1}`;
    const model = typeof r.model === "string" ? r.model : "model";
    const path = typeof r.path === "string" ? r.path : pathFor(rule.glob, model);
    if (!path) at(here("path"), `the manifests glob "${rule.glob}" cannot place model "${model}"`, "give the case a path:");
    const manifest = (v: unknown, ...s: Array<string | number>): string | null => {
      if (v === undefined || v === null) return null;
      if (typeof v !== "object") {
        at(here(...s), "a manifest is written inline, as a mapping");
        return null;
      }
      return path?.endsWith(".json") ? `${JSON.stringify(v, null, 2)}\n` : `${JSON.stringify(v)}\n`;
    };
    const now = r.now === undefined ? Date.now() : toInstant(r.now);
    if (now === null) at(here("now"), "now is an ISO-8601 time, e.g. 2026-03-01T00:00:00Z");
    const history: Case["history"] = [];
    if (r.history !== undefined && !Array.isArray(r.history)) at(here("history"), "history is a list of { date, manifest }, oldest first");
    (Array.isArray(r.history) ? r.history : []).forEach((h: unknown, j: number) => {
      const e = (h ?? {}) as { date?: unknown; manifest?: unknown };
      const time = toInstant(e.date);
      if (time === null) at(here("history", j, "date"), "a history entry needs a date (ISO-8601)");
      history.push({ time: time ?? 0, manifest: manifest(e.manifest, "history", j, "manifest") });
    });
    const files: Record<string, string> = {};
    if (r.files !== undefined) {
      if (r.files === null || typeof r.files !== "object") at(here("files"), "files maps repository paths to their text");
      else for (const [p, text] of Object.entries(r.files)) files[posix.normalize(p)] = typeof text === "string" ? text : JSON.stringify(text);
    }
    const e = (r.expect ?? {}) as Record<string, unknown>;
    if (r.expect === undefined || typeof r.expect !== "object") at(here("expect"), "a case needs expect: with result, kind and/or gates");
    const gates: Record<string, Expected> = {};
    for (const [id, status] of Object.entries((e.gates ?? {}) as Record<string, unknown>)) {
      if (!gateIds.has(id)) at(here("expect", "gates", id), `the policy has no gate "${id}"`);
      else if (!EXPECTABLE.includes(status as Expected))
        at(here("expect", "gates", id), `expected status is one of ${EXPECTABLE.join(", ")}, not ${JSON.stringify(status)}`);
      else gates[id] = status as Expected;
    }
    if (e.result !== undefined && !["pass", "fail", "error"].includes(String(e.result))) at(here("expect", "result"), "result is pass, fail or error");
    if (e.kind !== undefined && !(CHANGE_KINDS as readonly string[]).includes(String(e.kind)))
      at(here("expect", "kind"), `kind is one of ${CHANGE_KINDS.join(", ")}`);
    cases.push({
      name,
      model,
      path: path ?? "",
      active: manifest(r.active, "active"),
      candidate: manifest(r.candidate, "candidate"),
      history,
      files,
      now: new Date(now ?? 0),
      expect: { result: e.result as string | undefined, kind: e.kind as string | undefined, gates },
    });
  });
  if (problems.length > 0) throw new ModelgateError(problems);
  return cases;
}

/** The manifest path of a model under a glob: its first wildcard is the model's name. */
function pathFor(glob: string, model: string): string | null {
  let first = true;
  const path = glob.replace(/\*\*\/|\*|\?/g, (w) => {
    if (w === "**/") return "";
    const out = first ? model : "x";
    first = false;
    return out;
  });
  return /[[{]/.test(path) ? null : path;
}
