import { closeSync, constants, type Dirent, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, type Stats } from "node:fs";
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
    const full = join(this.repo.dir, path);
    const cut = path.lastIndexOf("/");
    const parent = cut < 0 ? "directory" : this.folderKind(path.slice(0, cut));
    if (parent === "symlink") return { path, kind: "symlink", content: Buffer.from(linkText(full)) };
    if (parent === null) return null;
    if (NOFOLLOW === undefined) return this.readStat(path, full);
    // Open without following a link (ELOOP when the name is one), then ask the open file what it is:
    // one system call fewer per file than lstat before reading, and no window between the two.
    let fd: number;
    try {
      fd = openSync(full, constants.O_RDONLY | NOFOLLOW | (constants.O_NONBLOCK ?? 0));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ELOOP") return { path, kind: "symlink", content: Buffer.from(linkText(full)) };
      return null;
    }
    try {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) return { path, kind: "directory", content: new Uint8Array() };
      if (!stat.isFile()) return null;
      return { path, kind: "file", content: readOpen(fd, stat.size) };
    } finally {
      closeSync(fd);
    }
  }

  /** The same, by lstat: where the platform has no O_NOFOLLOW (Windows). */
  private readStat(path: string, full: string): RepoFile | null {
    const kind = this.kindOf(path);
    if (kind === null) return null;
    if (kind === "symlink") return { path, kind, content: Buffer.from(linkText(full)) };
    if (kind === "directory") return { path, kind, content: new Uint8Array() };
    return { path, kind, content: readFileSync(full) };
  }

  private kindOf(path: string): RepoFile["kind"] | null {
    const cut = path.lastIndexOf("/");
    const parent = cut < 0 ? "directory" : this.folderKind(path.slice(0, cut));
    if (parent !== "directory") return parent;
    const stat = lstatOrNull(join(this.repo.dir, path));
    if (!stat) return null;
    return stat.isSymbolicLink() ? "symlink" : stat.isDirectory() ? "directory" : stat.isFile() ? "file" : null;
  }

  /**
   * What a folder on the way to a file is: a directory, a link (not followed), or nothing
   * usable. Read from its parent's listing, one readdir per parent: 10,000 model folders under
   * models/ cost one system call, not 10,000 lstat calls.
   */
  private folderKind(folder: string): "directory" | "symlink" | null {
    const known = this.folders.get(folder);
    if (known !== undefined) return known;
    const cut = folder.lastIndexOf("/");
    const parent = cut < 0 ? "" : folder.slice(0, cut);
    let kind: "directory" | "symlink" | null = parent === "" ? "directory" : this.folderKind(parent);
    if (kind === "directory") {
      const entry = this.listing(parent).get(folder.slice(cut + 1));
      kind = !entry ? null : entry.isSymbolicLink() ? "symlink" : entry.isDirectory() ? "directory" : null;
    }
    this.folders.set(folder, kind);
    return kind;
  }

  /** A folder's entries by name (Node.js asks lstat where the file system does not say an entry's type). */
  private listing(folder: string): Map<string, Dirent> {
    let entries = this.listings.get(folder);
    if (!entries) {
      entries = new Map();
      try {
        for (const d of readdirSync(join(this.repo.dir, folder), { withFileTypes: true })) entries.set(d.name, d);
      } catch {
        // unreadable: nothing in it is read
      }
      this.listings.set(folder, entries);
    }
    return entries;
  }

  private readonly folders = new Map<string, "directory" | "symlink" | null>();
  private readonly listings = new Map<string, Map<string, Dirent>>();
}

/** Linux and macOS have it; Windows does not. */
const NOFOLLOW: number | undefined = constants.O_NOFOLLOW;

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

function lstatOrNull(full: string): Stats | null {
  try {
    return lstatSync(full, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null; // ENOTDIR and the like: nothing there that git would store
  }
}

function linkText(full: string): string {
  try {
    return readlinkSync(full);
  } catch {
    return "";
  }
}
