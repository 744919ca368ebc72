import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { commitAll, git, headCommit } from "../../scripts/example-repo.mjs";

const made: string[] = [];

/** Removes the folders tempDir made; test/support/setup.ts runs it after each test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function tempDir(prefix = "modelgate-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A real git repository in a temporary folder, driven with the git binary. */
export class TestRepo {
  readonly dir: string;
  constructor() {
    this.dir = tempDir();
    git(this.dir, ["init", "-q", "-b", "main"]);
  }
  write(files: Record<string, string | Uint8Array | object>): this {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, typeof content === "string" || content instanceof Uint8Array ? content : `${JSON.stringify(content, null, 2)}\n`);
    }
    return this;
  }
  remove(...paths: string[]): this {
    for (const p of paths) rmSync(join(this.dir, p), { recursive: true, force: true });
    return this;
  }
  commit(message: string, date?: string): string {
    return commitAll(this.dir, message, date);
  }
  git(...args: string[]): string {
    return git(this.dir, args);
  }
  branch(name: string, from = "main"): this {
    git(this.dir, ["checkout", "-q", "-b", name, from]);
    return this;
  }
  /** A merge commit, as GitHub's merge button makes it, at a given time. */
  merge(branch: string, message: string, date: string): string {
    git(this.dir, ["merge", "--no-ff", "-q", "-m", message, branch], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    return headCommit(this.dir);
  }
  /** A squash merge: one commit on the base with the branch's changes. */
  squash(branch: string, message: string, date: string): string {
    git(this.dir, ["merge", "--squash", "-q", branch]);
    return commitAll(this.dir, message, date);
  }
  /** git revert of a merge commit, as GitHub's Revert button proposes it. */
  revert(commit: string, date: string): string {
    git(this.dir, ["revert", "--no-edit", "-m", "1", commit], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    return headCommit(this.dir);
  }
  checkout(name: string): this {
    git(this.dir, ["checkout", "-q", name]);
    return this;
  }
  /** The state of the work tree and refs, to prove a command wrote nothing. */
  snapshot(): string {
    return git(this.dir, ["status", "--porcelain", "--ignored"]) + git(this.dir, ["for-each-ref"]) + git(this.dir, ["rev-parse", "HEAD"]);
  }
}
