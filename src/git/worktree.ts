import { closeSync, constants, type Dirent, fstatSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, type Stats } from "node:fs";
import { join } from "node:path";
import { digestOf, lfsPointerOid } from "../core/lfs.js";
import type { FileDigest, RepoFile } from "../core/model.js";
import { ModelgateError } from "../core/problem.js";
import type { AddOrDelete, ChangedFile, LogCommit, RepoReader } from "../core/reader.js";
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
      this.repo.raw(["diff", "--raw", "-z", "--no-renames", "--no-abbrev", base, "--"]),
      this.repo.raw(["ls-files", "-z", "--others", "--exclude-standard"]),
    ]);
    const out: ChangedFile[] = [];
    const tokens = diff.split("\0");
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      const [, newMode, , , status] = tokens[i].slice(1).split(" ");
      out.push({
        path: tokens[i + 1],
        status: status === "A" ? "added" : status === "D" ? "deleted" : "modified",
        ...(newMode === "120000" ? { symlink: true } : newMode === "160000" ? { submodule: true } : {}),
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
      this.repo.raw(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]),
      this.repo.raw(["ls-files", "-z", "--deleted"]),
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
      const out = (await this.repo.raw(["check-attr", "-z", "filter", "--", ...pointers])).split("\0");
      for (let i = 0; i + 2 < out.length; i += 3) if (out[i + 2] === "lfs") lfs.add(out[i]);
    }
    return new Map(files.map(([p, f]) => [p, f ? digestOf(f, lfs.has(p)) : null]));
  }

  log(commit: string, spec: { paths?: string[]; globs?: string[] }): Promise<LogCommit[]> {
    return this.repo.log(commit, spec);
  }

  addsAndDeletes(commit: string, globs: string[]): Promise<AddOrDelete[]> {
    return this.repo.addsAndDeletes(commit, globs);
  }

  /**
   * A file on disk as git would store it; a link anywhere on the way is reported as a link,
   * never followed, and only a regular file is ever opened (a FIFO or a device is not a file
   * git stores). A path that is not there is null; one that is there but cannot be read stops
   * the run with an error naming it, never read as absent (a manifest that cannot be read must
   * not look deleted, which would pass a change as a retirement).
   */
  private read(path: string): RepoFile | null {
    const full = join(this.repo.dir, path);
    const kind = this.kindOf(path);
    if (kind === null) return null;
    if (kind === "symlink") return { path, kind, content: Buffer.from(linkText(full)) };
    if (kind === "directory") return { path, kind, content: new Uint8Array() };
    // lstat said a regular file: opened without following a link and without waiting on a
    // FIFO, then checked again on the open file, so a swap after the lstat is read as what it is.
    let fd: number;
    try {
      fd = openSync(full, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ELOOP") return { path, kind: "symlink", content: Buffer.from(linkText(full)) };
      if (code === "ENOENT" || code === "ENOTDIR") return null;
      throw unreadable(path, err);
    }
    try {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) return { path, kind: "directory", content: new Uint8Array() };
      if (!stat.isFile()) return null;
      return { path, kind: "file", content: readOpen(fd, stat.size) };
    } catch (err) {
      throw unreadable(path, err);
    } finally {
      closeSync(fd);
    }
  }

  private kindOf(path: string): RepoFile["kind"] | null {
    const cut = path.lastIndexOf("/");
    const parent = cut < 0 ? "directory" : this.folderKind(path.slice(0, cut));
    if (parent !== "directory") return parent;
    const stat = this.lstat(path);
    if (!stat) return null;
    return stat.isSymbolicLink() ? "symlink" : stat.isDirectory() ? "directory" : stat.isFile() ? "file" : null;
  }

  /**
   * What a folder on the way to a file is: a directory, a link (not followed), or nothing
   * usable. Read from its parent's listing where the parent can be listed, one readdir per
   * parent (10,000 model folders under models/ cost one system call, not 10,000 lstat calls);
   * by lstat where it cannot, or where the listing does not have the name as git spells it (a
   * file system that folds case or Unicode form).
   */
  private folderKind(folder: string): "directory" | "symlink" | null {
    const known = this.folders.get(folder);
    if (known !== undefined) return known;
    const cut = folder.lastIndexOf("/");
    const parent = cut < 0 ? "" : folder.slice(0, cut);
    let kind: "directory" | "symlink" | null = parent === "" ? "directory" : this.folderKind(parent);
    if (kind === "directory") {
      const entry = this.listing(parent)?.get(folder.slice(cut + 1));
      if (entry && (entry.isSymbolicLink() || entry.isDirectory())) kind = entry.isSymbolicLink() ? "symlink" : "directory";
      else {
        const stat = this.lstat(folder);
        kind = !stat ? null : stat.isSymbolicLink() ? "symlink" : stat.isDirectory() ? "directory" : null;
      }
    }
    this.folders.set(folder, kind);
    return kind;
  }

  /** A folder's entries by name, or undefined when it cannot be listed (Node.js asks lstat where the file system does not say an entry's type). */
  private listing(folder: string): Map<string, Dirent> | undefined {
    if (!this.listings.has(folder)) {
      let entries: Map<string, Dirent> | undefined;
      try {
        entries = new Map(readdirSync(join(this.repo.dir, folder), { withFileTypes: true }).map((d) => [d.name, d]));
      } catch {
        entries = undefined; // a folder one may enter but not list: lstat each name instead
      }
      this.listings.set(folder, entries);
    }
    return this.listings.get(folder);
  }

  /** lstat of a path in the work tree: null where nothing is; an error naming the path where something is that cannot be looked at. */
  private lstat(path: string): Stats | null {
    try {
      return lstatSync(join(this.repo.dir, path), { throwIfNoEntry: false }) ?? null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOTDIR") return null;
      throw unreadable(path, err);
    }
  }

  private readonly folders = new Map<string, "directory" | "symlink" | null>();
  private readonly listings = new Map<string, Map<string, Dirent> | undefined>();
}

function unreadable(path: string, err: unknown): ModelgateError {
  const code = (err as NodeJS.ErrnoException).code ?? "";
  return new ModelgateError({
    file: path,
    message: `${path} is in the working tree but cannot be read${code === "EACCES" || code === "EPERM" ? ": permission denied" : code ? ` (${code})` : ""}`,
    hint: "give your user read access to the file and the folders above it, or name a commit to judge instead (--head, --ref)",
  });
}

/** An open file's bytes, as many as fstat said it had (a file that grows meanwhile is read as it was). */
function readOpen(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let done = 0;
  while (done < size) {
    const n = readSync(fd, buffer, done, size - done, null);
    if (n === 0) break;
    done += n;
  }
  return done < size ? buffer.subarray(0, done) : buffer;
}

function linkText(full: string): string {
  try {
    return readlinkSync(full);
  } catch {
    return "";
  }
}
