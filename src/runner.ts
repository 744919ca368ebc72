import { presetNames, readBundledSchema, readPreset } from "./bundled.js";
import { check, listingOnce, validate } from "./core/engine.js";
import type { Override, PullRequestInfo } from "./core/model.js";
import { DEFAULT_POLICY_PATH, loadPolicy, type Policy, type PolicySource } from "./core/policy.js";
import { ModelgateError, type Problem } from "./core/problem.js";
import type { RepoReader } from "./core/reader.js";
import { errorReport, type Report } from "./core/report.js";
import { schemaCompiler } from "./core/schemas.js";
import { GitRepo } from "./git/repo.js";
import { WORKTREE, WorkingTree } from "./git/worktree.js";
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
  /** Attestation bundles for an artifact's sha256 (the action: GitHub's artifact attestations API). */
  attestations?: (sha256: string) => Promise<unknown[]>;
  /** The command line's preview of a force-promote: the report as if this actor applied the override label, with this reason. */
  previewOverride?: { actor: string; reason?: string };
}

/** One `check`: resolve refs, read the policy at the base commit, judge the changes. */
export async function runCheck(settings: CheckSettings): Promise<Report> {
  const baseRef = settings.base ?? (await defaultBase(settings.cwd));
  const {
    repo,
    shas: [headCommit, base],
  } = await GitRepo.openAt(settings.cwd, [
    [settings.head ?? "HEAD", "head"],
    [baseRef, "base"],
  ]);
  repo.warmUp();
  // Without a head, the working tree is the head, as `git diff BASE` compares it.
  const reader: RepoReader = settings.head === undefined ? new WorkingTree(repo) : repo;
  const head = settings.head === undefined ? WORKTREE : headCommit;
  try {
    const policyCommit = settings.policyRef === "head" ? head : base;
    const policyPath = settings.policy ?? DEFAULT_POLICY_PATH;
    // Changes are what the head adds since it forked from the base, as a pull request shows them.
    // The fork point and the policy do not depend on each other: read them together.
    const fork = repo.mergeBase(base, headCommit).then((sha) => sha ?? base);
    // The diff needs only the fork point: start it now, while the policy loads.
    const changed = fork.then((from) => reader.changedFiles(from, head));
    changed.catch(() => {});
    const source = policySource(reader, policyCommit);
    if (settings.policyRef !== "head" && (await source.readRepoFile(policyPath)) === null) {
      return await adoption(reader, head, base, policyPath, await changed);
    }
    const [diffBase, policy] = await Promise.all([fork, loadPolicy(source, policyPath)]);
    const facts: { pr?: PullRequestInfo; override?: Override; notes: string[] } | undefined = settings.pullRequest
      ? await settings.pullRequest(policy)
      : settings.previewOverride
        ? previewOverride(policy, policyPath, settings.previewOverride)
        : undefined;
    const notes = [...(facts?.notes ?? [])];
    const policyErrors: Problem[] = [];
    if (settings.policyRef !== "head") {
      const paths = new Set((await changed).map((c) => c.path));
      const touched = [policyPath, ...policy.files].filter((f, i, all) => paths.has(f) && all.indexOf(f) === i);
      if (touched.length > 0) {
        notes.unshift(`This change edits the policy (${touched.join(", ")}). The base commit's policy decides here; the edit takes effect once merged.`);
        // The edited policy must load, or merging it would leave every later check unable to run.
        policyErrors.push(...(await policyProblems(reader, head, policyPath)));
      }
    }
    const report = await check({
      reader,
      policy,
      policyRef: { path: policyPath, ref: policyCommit },
      base,
      diffBase,
      head,
      now: settings.now ?? new Date(),
      version: VERSION,
      schema: schemaCompiler({ readRepoFile: (p) => readRepoFile(reader, policyCommit, p), readBundled: readBundledSchema }),
      pr: facts?.pr,
      override: facts?.override,
      attestations: settings.attestations,
    });
    if (policyErrors.length > 0) {
      report.errors.push(...policyErrors);
      if (report.result === "pass") report.result = "fail";
    }
    if (head === WORKTREE) notes.push("Judged the working tree, uncommitted edits included; --head names a commit to judge instead.");
    if (notes.length > 0) report.notes = notes;
    return report;
  } finally {
    repo.close();
  }
}

/**
 * A force-promote as the action would honour it, for `check --override-as`: the actor must be
 * listed in override.actors (teams are resolved by the action, which can ask GitHub), and a
 * reason given where the policy requires one.
 */
function previewOverride(policy: Policy, policyPath: string, given: { actor: string; reason?: string }): { override?: Override; notes: string[] } {
  const rule = policy.override;
  if (!rule?.label) {
    throw new ModelgateError({
      file: policyPath,
      message: "the policy has no override block, so no force-promote can be previewed",
      hint: "add override: { label: modelgate/force-promote, actors: [LOGIN], require_reason: true } to the policy",
    });
  }
  const login = given.actor.replace(/^@/, "");
  const listed = rule.actors.some((a) => a.toLowerCase() === login.toLowerCase());
  if (!listed) {
    const teams = rule.actors.filter((a) => a.includes("/"));
    return {
      notes: [
        `Override preview: ${login} is not listed in override.actors (${rule.actors.join(", ") || "none"})${teams.length ? `; team members are resolved by the action, which asks GitHub` : ""}: the override would not be honoured.`,
      ],
    };
  }
  if (rule.require_reason && !given.reason?.trim()) {
    return {
      notes: ['Override preview: the policy requires a reason (an "Override-Reason:" line in the pull request body); give one with --override-reason.'],
    };
  }
  return {
    override: { actor: login, reason: given.reason?.trim() || "(no reason given)" },
    notes: [
      `Override preview: as if ${login} applied ${rule.label}${given.reason ? ` with the reason "${given.reason.trim()}"` : ""}. On GitHub the action honours it only when the label is applied by a listed actor on the pull request's head.`,
    ],
  };
}

/** The problems of the policy as the head commit has it; none when it loads. */
async function policyProblems(repo: RepoReader, head: string, policyPath: string): Promise<Problem[]> {
  try {
    await loadPolicy(policySource(repo, head), policyPath);
    return [];
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    return err.problems.map((p) => ({ ...p, message: `the policy as this change leaves it: ${p.message}` }));
  }
}

/**
 * The pull request that adopts modelgate: the base has no policy, the head adds one. Nothing is
 * judged yet; the new policy must load, and governance starts when it merges.
 */
async function adoption(repo: RepoReader, head: string, base: string, policyPath: string, changed: Array<{ path: string }>): Promise<Report> {
  const policyRef = { path: policyPath, ref: head, files: [policyPath] };
  if (!changed.some((c) => c.path === policyPath)) {
    throw new ModelgateError({
      file: policyPath,
      message: `policy file ${policyPath} does not exist at the base commit ${base.slice(0, 12)}`,
      hint: "create it with `modelgate init` and merge it first, or name another with --policy",
    });
  }
  const problems = await policyProblems(repo, head, policyPath);
  const report = errorReport(VERSION, head, base, policyRef, problems);
  report.result = problems.length > 0 ? "fail" : "pass";
  report.notes = [
    problems.length > 0
      ? `This change adds the policy ${policyPath}, and it does not load: fix it before merging.`
      : `This change adds the policy ${policyPath}, and it loads. Governance starts when it merges: manifests are judged from the next change on.`,
  ];
  return report;
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
    // Without a ref, the working tree: what a user just edited, or what `init` just wrote.
    const tree: RepoReader = settings.ref === undefined ? new WorkingTree(repo) : repo;
    const head = settings.ref === undefined ? WORKTREE : await repo.resolve(settings.ref, "ref");
    // Every governed file is listed: git starts listing while the policy is read and compiled.
    const reader = listingOnce(tree);
    reader.listFiles(head).catch(() => {}); // a failure surfaces where validate awaits the listing
    const policyPath = settings.policy ?? DEFAULT_POLICY_PATH;
    const policy = await loadPolicy(policySource(reader, head), policyPath);
    const report = await validate({
      reader,
      policy,
      policyRef: { path: policyPath, ref: head },
      head,
      now: settings.now ?? new Date(),
      version: VERSION,
      schema: schemaCompiler({ readRepoFile: (p) => readRepoFile(reader, head, p), readBundled: readBundledSchema }),
    });
    if (head === WORKTREE) report.notes = ["Validated the working tree, uncommitted edits included; --ref names a commit to validate instead."];
    return report;
  } finally {
    repo.close();
  }
}

/** Policy files at a commit (regular files only) and the bundled presets. */
export function policySource(repo: Pick<RepoReader, "readFiles">, commit: string): PolicySource {
  return { readRepoFile: (p) => readRepoFile(repo, commit, p), readPreset, presetNames };
}

async function readRepoFile(repo: Pick<RepoReader, "readFiles">, commit: string, path: string): Promise<Uint8Array | null> {
  const file = (await repo.readFiles(commit, [path])).get(path);
  if (!file) return null;
  if (file.kind !== "file") throw new ModelgateError({ file: path, message: `${path} is a ${file.kind}; policy and schema files must be regular files` });
  return file.content;
}

async function defaultBase(cwd: string): Promise<string> {
  const repo = await GitRepo.open(cwd);
  try {
    for (const candidate of ["origin/HEAD", "origin/main", "main", "origin/master", "master"]) {
      try {
        await repo.resolve(candidate);
        return candidate;
      } catch {
        // try the next name
      }
    }
  } finally {
    // resolve reads through the batch process: end it here, not when the program exits.
    repo.close();
  }
  throw new ModelgateError({
    file: "--base",
    message: "no base given and none of origin/HEAD, main or master exists",
    hint: "name the base branch: modelgate check --base <branch>",
  });
}
