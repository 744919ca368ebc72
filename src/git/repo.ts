import { type SimpleGit, simpleGit } from "simple-git";
import type { RepoFile } from "../core/model.js";
import { ModelgateError } from "../core/problem.js";
import type { ChangedFile, FileVersion, RepoReader } from "../core/reader.js";
import { BlobReader } from "./blob-reader.js";
import { GIT_ENV_SET, gitEnv } from "./env.js";

const ZERO_OID = /^0+$/;

interface Entry {
  mode: string;
  oid: string;
}

/** The repository through git: refs, diffs, trees and history. Reads only; writes nothing. */
export class GitRepo implements RepoReader {
  readonly git: SimpleGit;
  private readonly blobs: BlobReader;
  /** Tree entries already known per commit, from diffs and listings, so no path is looked up twice. */
  private readonly entries = new Map<string, Map<string, Entry | null>>();

  constructor(readonly dir: string) {
    this.git = simpleGit({ baseDir: dir, maxConcurrentProcesses: 4, allowEnvironment: GIT_ENV_SET }).env(gitEnv());
    this.blobs = new BlobReader(dir);
  }

  static async open(dir: string): Promise<GitRepo> {
    let top: string;
    try {
      top = (await simpleGit({ baseDir: dir, allowEnvironment: GIT_ENV_SET }).env(gitEnv()).revparse(["--show-toplevel"])).trim();
    } catch {
      throw new ModelgateError({ file: dir, message: "not inside a git repository", hint: "run modelgate in a clone of the governed repository" });
    }
    return new GitRepo(top);
  }

  close(): void {
    this.blobs.close();
  }

  /** The commit a ref names; a clear error when it does not exist here. */
  async resolve(ref: string, what = "revision"): Promise<string> {
    if (ref.startsWith("-") || ref.length === 0) throw new ModelgateError({ file: ref, message: `invalid ${what} "${ref}"` });
    try {
      return (await this.git.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim() || this.unknown(ref, what);
    } catch {
      return this.unknown(ref, what);
    }
  }

  private unknown(ref: string, what: string): never {
    throw new ModelgateError({
      file: ref,
      message: `${what} "${ref}" is not a commit in this repository`,
      hint: "fetch it first (git fetch origin <branch>); in GitHub Actions, check out with fetch-depth: 0",
    });
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    try {
      return (await this.git.raw(["merge-base", a, b])).trim() || null;
    } catch {
      return null;
    }
  }

  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    const out = await this.git.raw(["diff", "--raw", "-z", "--no-renames", "--no-abbrev", base, head]);
    const tokens = out.split("\0");
    const files: ChangedFile[] = [];
    const atBase = this.known(base);
    const atHead = this.known(head);
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      // ":100644 100644 <old> <new> M" then the path
      const [oldMode, newMode, oldOid, newOid, status] = tokens[i].slice(1).split(" ");
      const path = tokens[i + 1];
      atBase.set(path, ZERO_OID.test(oldOid) ? null : { mode: oldMode, oid: oldOid });
      atHead.set(path, ZERO_OID.test(newOid) ? null : { mode: newMode, oid: newOid });
      files.push({ path, status: status === "A" ? "added" : status === "D" ? "deleted" : "modified" });
    }
    return files;
  }

  async listFiles(commit: string): Promise<string[]> {
    const out = await this.git.raw(["ls-tree", "-r", "-z", "--full-tree", commit]);
    const known = this.known(commit);
    const paths: string[] = [];
    for (const line of out.split("\0")) {
      if (!line) continue;
      const entry = parseTreeLine(line);
      known.set(entry.path, { mode: entry.mode, oid: entry.oid });
      paths.push(entry.path);
    }
    return paths;
  }

  async readFiles(commit: string, paths: string[]): Promise<Map<string, RepoFile | null>> {
    const known = this.known(commit);
    const unknown = [...new Set(paths.filter((p) => !known.has(p)))];
    if (unknown.length > 0) {
      for (const p of unknown) known.set(p, null);
      // Pathspecs are literal (GIT_LITERAL_PATHSPECS), so a path with * or : is only itself.
      for (let i = 0; i < unknown.length; i += 1000) {
        const out = await this.git.raw(["ls-tree", "-z", "--full-tree", commit, "--", ...unknown.slice(i, i + 1000)]);
        for (const line of out.split("\0")) {
          if (!line) continue;
          const entry = parseTreeLine(line);
          known.set(entry.path, { mode: entry.mode, oid: entry.oid });
        }
      }
    }
    const wanted = paths.map((p) => [p, known.get(p) ?? null] as const);
    const blobs = await this.blobs.read(wanted.flatMap(([, e]) => (e && (e.mode.startsWith("100") || e.mode === "120000") ? [e.oid] : [])));
    const out = new Map<string, RepoFile | null>();
    for (const [path, e] of wanted) {
      if (!e) out.set(path, null);
      else out.set(path, { path, kind: kindOf(e.mode), content: blobs.get(e.oid) ?? new Uint8Array() });
    }
    return out;
  }

  async fileHistory(commit: string, paths: string[]): Promise<Map<string, FileVersion[]>> {
    const history = new Map<string, Array<{ commit: string; time: number; oid: string | null }>>(paths.map((p) => [p, []]));
    if (paths.length === 0) return new Map();
    const out = await this.git.raw(["log", "--first-parent", "--no-renames", "--raw", "-z", "--no-abbrev", "--format=%x01%H %ct", commit, "--", ...paths]);
    for (const record of out.split("\x01")) {
      if (!record) continue;
      const headerEnd = record.indexOf("\n");
      const [sha, ct] = record.slice(0, headerEnd === -1 ? undefined : headerEnd).split(" ");
      const tokens = record
        .slice(headerEnd + 1)
        .replace(/^\0/, "")
        .split("\0");
      for (let i = 0; i + 1 < tokens.length; i += 2) {
        if (!tokens[i].startsWith(":")) continue;
        const newOid = tokens[i].slice(1).split(" ")[3];
        history.get(tokens[i + 1])?.push({ commit: sha, time: Number(ct) * 1000, oid: ZERO_OID.test(newOid) ? null : newOid });
      }
    }
    const blobs = await this.blobs.read([...history.values()].flat().flatMap((v) => (v.oid ? [v.oid] : [])));
    return new Map([...history].map(([p, vs]) => [p, vs.map((v) => ({ commit: v.commit, time: v.time, content: v.oid ? (blobs.get(v.oid) ?? null) : null }))]));
  }

  private known(commit: string): Map<string, Entry | null> {
    let m = this.entries.get(commit);
    if (!m) {
      m = new Map();
      this.entries.set(commit, m);
    }
    return m;
  }
}

function parseTreeLine(line: string): { mode: string; oid: string; path: string } {
  // "<mode> <type> <oid>\t<path>"
  const tab = line.indexOf("\t");
  const [mode, , oid] = line.slice(0, tab).split(" ");
  return { mode, oid, path: line.slice(tab + 1) };
}

function kindOf(mode: string): RepoFile["kind"] {
  if (mode === "120000") return "symlink";
  if (mode === "160000") return "submodule";
  if (mode === "040000") return "directory";
  return "file";
}
