// Turns an example folder (base/ and prs/<branch>/) into a real git repository:
// main holds base/, and each prs/<branch>/ is a branch from main with those files laid over.
// A file named .modelgate-delete in an overlay lists paths the branch removes. An optional
// history/<YYYY-MM-DD>-<what>/ holds earlier states of main, committed in order on that day
// before base/ (what served before: an A/B test's control, a rollout's earlier step).
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

export const GIT_ENV = {
  GIT_AUTHOR_NAME: "Model Trainer",
  GIT_AUTHOR_EMAIL: "trainer@example.com",
  GIT_COMMITTER_NAME: "Model Trainer",
  GIT_COMMITTER_EMAIL: "trainer@example.com",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  // No `git maintenance run --auto` after every commit: a process each, for repositories that live seconds.
  GIT_CONFIG_COUNT: "2",
  GIT_CONFIG_KEY_0: "maintenance.auto",
  GIT_CONFIG_VALUE_0: "false",
  GIT_CONFIG_KEY_1: "gc.auto",
  GIT_CONFIG_VALUE_1: "0",
};

export function git(dir, args, env = {}) {
  return execFileSync("git", args, { cwd: dir, env: { ...process.env, ...GIT_ENV, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

export function commitAll(dir, message, date = "2026-01-01T00:00:00Z") {
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-q", "--allow-empty", "-m", message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return headCommit(dir);
}

/**
 * HEAD's commit right after git moved it: git has just written the loose ref (or HEAD itself,
 * detached), so reading it is rev-parse HEAD without a process. Anything else asks git.
 */
export function headCommit(dir) {
  try {
    const head = readFileSync(join(dir, ".git", "HEAD"), "utf8").trim();
    const sha = head.startsWith("ref: ") ? readFileSync(join(dir, ".git", head.slice(5)), "utf8").trim() : head;
    if (/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) return sha;
  } catch {
    // packed, or not a plain .git folder
  }
  return git(dir, ["rev-parse", "HEAD"]).trim();
}

export function buildExampleRepo(exampleDir, target) {
  git(target, ["init", "-q", "-b", "main"]);
  const historyDir = join(exampleDir, "history");
  for (const step of existsSync(historyDir) ? readdirSync(historyDir).sort() : []) {
    cpSync(join(historyDir, step), target, { recursive: true });
    commitAll(target, `Earlier: ${step.slice(11)}`, `${step.slice(0, 10)}T00:00:00Z`);
  }
  cpSync(join(exampleDir, "base"), target, { recursive: true });
  commitAll(target, "Base: models serving on main");
  const prsDir = join(exampleDir, "prs");
  const branches = existsSync(prsDir) ? readdirSync(prsDir).sort() : [];
  for (const branch of branches) {
    git(target, ["checkout", "-q", "-b", branch, "main"]);
    const overlay = join(prsDir, branch);
    cpSync(overlay, target, { recursive: true });
    const deletions = join(target, ".modelgate-delete");
    if (existsSync(deletions)) {
      for (const p of readFileSync(deletions, "utf8").split("\n").filter(Boolean)) rmSync(join(target, p), { recursive: true, force: true });
      rmSync(deletions);
    }
    commitAll(target, `Promotion request: ${branch}`, "2026-02-01T00:00:00Z");
    git(target, ["checkout", "-q", "main"]);
  }
  return { dir: target, branches };
}
