import { lstatSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { digestOf, lfsPointerOid } from "../core/lfs.js";
import type { FileDigest, RepoFile } from "../core/model.js";
import type { ChangedFile, LogCommit, RepoReader } from "../core/reader.js";
import type { GitRepo } from "./repo.js";

/** The name the engine sees for the working tree: no commit can be named so. */
export const WORKTREE = "(working tree)";

/**
 * The repository with its working tree as one more "commit", as `git diff` compares a commit
 * with the files on disk: tracked files as they are now (staged or not) and untracked files
 * that are not ignored. Everything else goes to git. Nothing is written.
 */
export class WorkingTree implements RepoReader {
  constructor(readonly repo: GitRepo) {}

  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    if (head !== WORKTREE) return this.repo.changedFiles(base, head);
    const [diff, untracked] = await Promise.all([
      this.repo.git.raw(["diff", "--raw", "-z", "--no-renames", "--no-abbrev", base, "--"]),
      this.repo.git.raw(["ls-files", "-z", "--others", "--exclude-standard"]),
    ]);
    const out: ChangedFile[] = [];
    const tokens = diff.split("\0");
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      const [, newMode, , , status] = tokens[i].slice(1).split(" ");
      out.push({
        path: tokens[i + 1],
        status: status === "A" ? "added" : status === "D" ? "deleted" : "modified",
        ...(newMode === "120000" ? { symlink: true } : {}),
      });
    }
    for (const path of untracked.split("\0").filter(Boolean)) {
      out.push({ path, status: "added", ...(this.kindOf(path) === "symlink" ? { symlink: true } : {}) });
    }
    return out;
  }

  async listFiles(commit: string): Promise<string[]> {
    if (commit !== WORKTREE) return this.repo.listFiles(commit);
    const [listed, deleted] = await Promise.all([
      this.repo.git.raw(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]),
      this.repo.git.raw(["ls-files", "-z", "--deleted"]),
    ]);
    const gone = new Set(deleted.split("\0"));
    return [...new Set(listed.split("\0").filter((p) => p && !gone.has(p)))];
  }

  async readFiles(commit: string, paths: string[]): Promise<Map<string, RepoFile | null>> {
    if (commit !== WORKTREE) return this.repo.readFiles(commit, paths);
    return new Map(paths.map((p) => [p, this.read(p)]));
  }

  async digestFiles(commit: string, paths: string[]): Promise<Map<string, FileDigest | null>> {
    if (commit !== WORKTREE) return this.repo.digestFiles(commit, paths);
    const files = paths.map((p) => [p, this.read(p)] as const);
    const pointers = files.flatMap(([p, f]) => (f?.kind === "file" && lfsPointerOid(f.content) ? [p] : []));
    const lfs = new Set<string>();
    if (pointers.length > 0) {
      // "path NUL attribute NUL value NUL", as .gitattributes in the working tree say.
      const out = (await this.repo.git.raw(["check-attr", "-z", "filter", "--", ...pointers])).split("\0");
      for (let i = 0; i + 2 < out.length; i += 3) if (out[i + 2] === "lfs") lfs.add(out[i]);
    }
    return new Map(files.map(([p, f]) => [p, f ? digestOf(f, lfs.has(p)) : null]));
  }

  log(commit: string, spec: { paths?: string[]; globs?: string[] }): Promise<LogCommit[]> {
    return this.repo.log(commit, spec);
  }

  /** A file on disk as git would store it; a link anywhere on the way is reported as a link, never followed. */
  private read(path: string): RepoFile | null {
    const kind = this.kindOf(path);
    if (kind === null) return null;
    const full = join(this.repo.dir, path);
    if (kind === "symlink") return { path, kind, content: Buffer.from(linkText(full)) };
    if (kind === "directory") return { path, kind, content: new Uint8Array() };
    return { path, kind, content: readFileSync(full) };
  }

  private kindOf(path: string): RepoFile["kind"] | null {
    const parts = path.split("/");
    for (let i = 1; i <= parts.length; i++) {
      let stat: ReturnType<typeof lstatSync>;
      try {
        stat = lstatSync(join(this.repo.dir, ...parts.slice(0, i)));
      } catch {
        return null;
      }
      if (stat.isSymbolicLink()) return "symlink";
      if (i === parts.length) return stat.isDirectory() ? "directory" : stat.isFile() ? "file" : null;
      if (!stat.isDirectory()) return null;
    }
    return null;
  }
}

function linkText(full: string): string {
  try {
    return readlinkSync(full);
  } catch {
    return "";
  }
}
