import { presetNames, readBundledSchema, readPreset } from "./bundled.js";
import { check, validate } from "./core/engine.js";
import type { Override, PullRequestInfo } from "./core/model.js";
import { DEFAULT_POLICY_PATH, loadPolicy, type Policy, type PolicySource } from "./core/policy.js";
import { ModelgateError } from "./core/problem.js";
import type { Report } from "./core/report.js";
import { schemaCompiler } from "./core/schemas.js";
import { GitRepo } from "./git/repo.js";
import { VERSION } from "./version.js";

export interface CheckSettings {
  cwd: string;
  base?: string;
  head?: string;
  policy?: string;
  /** Which commit the policy is read from: the base (default, the rule in force) or the head (to lint a policy change). */
  policyRef?: "base" | "head";
  now?: Date;
  /** For a pull request: reads approvals and verifies a force-promote, with the policy in force. */
  pullRequest?: (policy: Policy) => Promise<{ pr: PullRequestInfo; override?: Override; notes: string[] }>;
}

/** One `check`: resolve refs, read the policy at the base commit, judge the changes. */
export async function runCheck(settings: CheckSettings): Promise<Report> {
  const baseRef = settings.base ?? (await defaultBase(settings.cwd));
  const {
    repo,
    shas: [head, base],
  } = await GitRepo.openAt(settings.cwd, [
    [settings.head ?? "HEAD", "head"],
    [baseRef, "base"],
  ]);
  repo.warmUp();
  try {
    const policyCommit = settings.policyRef === "head" ? head : base;
    const policyPath = settings.policy ?? DEFAULT_POLICY_PATH;
    // Changes are what the head adds since it forked from the base, as a pull request shows them.
    // The fork point and the policy do not depend on each other: read them together.
    const fork = repo.mergeBase(base, head).then((sha) => sha ?? base);
    // The diff needs only the fork point: start it now, while the policy loads.
    const changed = fork.then((from) => repo.changedFiles(from, head));
    changed.catch(() => {});
    const [diffBase, policy] = await Promise.all([fork, loadPolicy(policySource(repo, policyCommit), policyPath)]);
    const facts = settings.pullRequest ? await settings.pullRequest(policy) : undefined;
    const notes = [...(facts?.notes ?? [])];
    if (settings.policyRef !== "head") {
      const paths = new Set((await changed).map((c) => c.path));
      const touched = policy.files.filter((f) => paths.has(f));
      if (touched.length > 0)
        notes.unshift(`This change edits the policy (${touched.join(", ")}). The base commit's policy decides here; the edit takes effect once merged.`);
    }
    const report = await check({
      reader: repo,
      policy,
      policyRef: { path: policyPath, ref: policyCommit },
      base,
      diffBase,
      head,
      now: settings.now ?? new Date(),
      version: VERSION,
      schema: schemaCompiler({ readRepoFile: (p) => readRepoFile(repo, policyCommit, p), readBundled: readBundledSchema }),
      pr: facts?.pr,
      override: facts?.override,
    });
    if (notes.length > 0) report.notes = notes;
    return report;
  } finally {
    repo.close();
  }
}

export interface ValidateSettings {
  cwd: string;
  ref?: string;
  policy?: string;
  now?: Date;
}

/** One `validate`: the policy and every governed manifest at one commit. */
export async function runValidate(settings: ValidateSettings): Promise<Report> {
  const repo = await GitRepo.open(settings.cwd);
  try {
    repo.warmUp();
    const head = await repo.resolve(settings.ref ?? "HEAD", "ref");
    const policyPath = settings.policy ?? DEFAULT_POLICY_PATH;
    const policy = await loadPolicy(policySource(repo, head), policyPath);
    return await validate({
      reader: repo,
      policy,
      policyRef: { path: policyPath, ref: head },
      head,
      now: settings.now ?? new Date(),
      version: VERSION,
      schema: schemaCompiler({ readRepoFile: (p) => readRepoFile(repo, head, p), readBundled: readBundledSchema }),
    });
  } finally {
    repo.close();
  }
}

/** Policy files at a commit (regular files only) and the bundled presets. */
export function policySource(repo: GitRepo, commit: string): PolicySource {
  return { readRepoFile: (p) => readRepoFile(repo, commit, p), readPreset, presetNames };
}

async function readRepoFile(repo: GitRepo, commit: string, path: string): Promise<Uint8Array | null> {
  const file = (await repo.readFiles(commit, [path])).get(path);
  if (!file) return null;
  if (file.kind !== "file") throw new ModelgateError({ file: path, message: `${path} is a ${file.kind}; policy and schema files must be regular files` });
  return file.content;
}

async function defaultBase(cwd: string): Promise<string> {
  const repo = await GitRepo.open(cwd);
  repo.close();
  for (const candidate of ["origin/HEAD", "origin/main", "main", "origin/master", "master"]) {
    try {
      await repo.resolve(candidate);
      return candidate;
    } catch {
      // try the next name
    }
  }
  throw new ModelgateError({
    file: "--base",
    message: "no base given and none of origin/HEAD, main or master exists",
    hint: "name the base branch: modelgate check --base <branch>",
  });
}
