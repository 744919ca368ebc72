import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { lfsPointerOid } from "../core/lfs.js";
import type { FileDigest, RepoFile } from "../core/model.js";
import { ModelgateError } from "../core/problem.js";
import type { ChangedFile, LogCommit, RepoReader } from "../core/reader.js";
import { BlobReader } from "./blob-reader.js";
import { type Git, gitCommand } from "./command.js";
import { gitEnv } from "./env.js";

const ZERO_OID = /^0+$/;
/** At most this many paths are looked up through cat-file's tree objects rather than ls-tree. */
const FEW_PATHS = 16;
/** A path cat-file names unambiguously as `<commit>:<path>`: no newline, no empty, `.` or `..` segment, no trailing slash. */
const PLAIN_PATH = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))(?!.*\/\/)[^\n\r/][^\n\r]*(?<!\/)$/;
const execFileAsync = promisify(execFile);
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

interface Entry {
  mode: string;
  oid: string;
}

/** The repository through git: refs, diffs, trees and history. Reads; only fetch adds objects a shallow checkout lacks. */
export class GitRepo implements RepoReader {
  readonly git: Git;
  private readonly blobs: BlobReader;
  /** Tree entries already known per commit, from diffs and listings, so no path is looked up twice. */
  private readonly entries = new Map<string, Map<string, Entry | null | Promise<Entry | null>>>();

  constructor(readonly dir: string) {
    this.git = gitCommand(dir);
    this.blobs = new BlobReader(dir);
  }

  /** Starts the batch reader ahead of the first read, off the critical path of a run that will read. */
  warmUp(): void {
    this.blobs.start();
  }

  /** One process: whether both commits are here and the clone is complete (the common case). */
  async probe(base: string, head: string): Promise<{ present: boolean; shallow: boolean }> {
    try {
      const [shallow] = (await this.git.raw(["rev-parse", "--is-shallow-repository", `${base}^{commit}`, `${head}^{commit}`])).trim().split("\n");
      return { present: true, shallow: shallow === "true" };
    } catch {
      return { present: false, shallow: true };
    }
  }

  /**
   * Opens the repository and resolves refs in one git process (the common case); on any
   * failure, step by step, so the error names exactly what is missing.
   */
  static async openAt(dir: string, given: Array<[ref: string, what: string]>): Promise<{ repo: GitRepo; shas: string[] }> {
    const git = gitCommand(dir);
    const refs = await qualifyRefs(git, given);
    if (refs.every(([r]) => r.length > 0 && !r.startsWith("-"))) {
      try {
        const out =
          // No --end-of-options: git 2.39's rev-parse prints it back. The refs were checked not to start with "-".
          (await git.raw(["rev-parse", "--show-toplevel", ...refs.map(([r]) => `${r}^{commit}`)])).trim().split("\n");
        if (out.length === refs.length + 1 && out.slice(1).every((sha) => /^[0-9a-f]{40,64}$/.test(sha))) {
          return { repo: new GitRepo(out[0]), shas: out.slice(1) };
        }
      } catch {
        // step by step below
      }
    }
    const repo = await GitRepo.open(dir);
    try {
      return { repo, shas: await repo.resolveAll(given) };
    } catch (err) {
      repo.close();
      throw err;
    }
  }

  static async open(dir: string): Promise<GitRepo> {
    let top: string;
    try {
      top = (await gitCommand(dir).raw(["rev-parse", "--show-toplevel"])).trim();
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
    const [[qualified]] = await qualifyRefs(this.git, [[ref, what]]);
    try {
      return (await this.git.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${qualified}^{commit}`])).trim() || this.unknown(ref, what);
    } catch {
      return this.unknown(ref, what);
    }
  }

  /** Several refs at once, in one process; the failing one is then named by resolve. */
  async resolveAll(given: Array<[ref: string, what: string]>): Promise<string[]> {
    const refs = await qualifyRefs(this.git, given);
    if (refs.every(([r]) => r.length > 0 && !r.startsWith("-"))) {
      try {
        const out = (await this.git.raw(["rev-parse", ...refs.map(([r]) => `${r}^{commit}`)])).trim().split("\n");
        if (out.length === refs.length && out.every((sha) => /^[0-9a-f]{40,64}$/.test(sha))) return out;
      } catch {
        // fall through: one at a time says which is missing
      }
    }
    return Promise.all(given.map(([r, what]) => this.resolve(r, what)));
  }

  private unknown(ref: string, what: string): never {
    throw new ModelgateError({
      file: ref,
      message: `${what} "${ref}" is not a commit in this repository`,
      hint: "fetch it first (git fetch origin <branch>); in GitHub Actions, check out with fetch-depth: 0",
    });
  }

  async hasCommit(sha: string): Promise<boolean> {
    try {
      await this.git.raw(["cat-file", "-e", `${sha}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  }

  async isShallow(): Promise<boolean> {
    return (await this.git.raw(["rev-parse", "--is-shallow-repository"])).trim() === "true";
  }

  /** Fetches objects from origin (no tags, no branch updates): what a shallow checkout lacks. */
  async fetch(refspecs: string[]): Promise<void> {
    try {
      await this.git.raw(["fetch", "--no-tags", "--quiet", "origin", ...refspecs]);
    } catch {
      // The caller checks what is present afterwards and says what to do.
    }
  }

  /** Commits on the first-parent path from..to (all of to's when from is null). */
  async firstParentRange(from: string | null, to: string): Promise<Set<string>> {
    const out = await this.git.raw(["rev-list", "--first-parent", from ? `${from}..${to}` : to]);
    return new Set(out.split("\n").filter(Boolean));
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    try {
      return (await this.git.raw(["merge-base", a, b])).trim() || null;
    } catch {
      return null;
    }
  }

  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    const key = `${base}..${head}`;
    let diff = this.diffs.get(key);
    if (!diff) {
      diff = this.diff(base, head);
      this.diffs.set(key, diff);
    }
    return diff;
  }

  private readonly diffs = new Map<string, Promise<ChangedFile[]>>();

  private async diff(base: string, head: string): Promise<ChangedFile[]> {
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
      files.push({ path, status: status === "A" ? "added" : status === "D" ? "deleted" : "modified", ...(newMode === "120000" ? { symlink: true } : {}) });
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
    const wanted = await this.entriesOf(commit, paths);
    const blobs = await this.blobs.read(wanted.flatMap(([, e]) => (e && (e.mode.startsWith("100") || e.mode === "120000") ? [e.oid] : [])));
    const out = new Map<string, RepoFile | null>();
    for (const [path, e] of wanted) {
      if (!e) out.set(path, null);
      else out.set(path, { path, kind: kindOf(e.mode), content: blobs.get(e.oid) ?? new Uint8Array() });
    }
    return out;
  }

  async digestFiles(commit: string, paths: string[]): Promise<Map<string, FileDigest | null>> {
    const wanted = await this.entriesOf(commit, paths);
    const digests = await this.blobs.digest(wanted.flatMap(([, e]) => (e?.mode.startsWith("100") ? [e.oid] : [])));
    const pointers = wanted.flatMap(([p, e]) => {
      const d = e?.mode.startsWith("100") ? digests.get(e.oid) : undefined;
      return d && lfsPointerOid(d.head) ? [p] : [];
    });
    const lfs = pointers.length > 0 ? await this.lfsPaths(commit, pointers) : new Set<string>();
    const out = new Map<string, FileDigest | null>();
    for (const [path, e] of wanted) {
      const d = e?.mode.startsWith("100") ? digests.get(e.oid) : undefined;
      if (!e) out.set(path, null);
      else if (!d) out.set(path, { path, kind: kindOf(e.mode), size: 0, sha256: null });
      else {
        const oid = lfsPointerOid(d.head);
        if (oid && lfs.has(path)) out.set(path, { path, kind: "file", size: d.size, sha256: oid, lfs: "object" });
        else out.set(path, { path, kind: "file", size: d.size, sha256: d.sha256, ...(oid ? { lfs: "pointer-not-lfs" as const } : {}) });
      }
    }
    return out;
  }

  /**
   * The paths that .gitattributes at the commit marks filter=lfs, by git's own rules
   * (check-attr). git 2.40 reads attributes from a commit (--source); older git reads them
   * from an index, so one is built for the commit in a temporary file, outside the repository.
   */
  private async lfsPaths(commit: string, paths: string[]): Promise<Set<string>> {
    const args = ["-c", "core.attributesFile=/dev/null", "check-attr", "-z", "filter", "--"];
    let out: string;
    try {
      out = await this.git.raw([...args.slice(0, 3), `--source=${commit}`, ...args.slice(3), ...paths]);
    } catch {
      const dir = await mkdtemp(join(tmpdir(), "modelgate-index-"));
      try {
        const env = { ...gitEnv(), GIT_INDEX_FILE: join(dir, "index") };
        await execFileAsync("git", ["read-tree", commit], { cwd: this.dir, env });
        out = (await execFileAsync("git", [...args.slice(0, 3), "--cached", ...args.slice(3), ...paths], { cwd: this.dir, env, maxBuffer: 1 << 26 })).stdout;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
    // "<path>\0filter\0<value>\0" per path
    const tokens = out.split("\0");
    const lfs = new Set<string>();
    for (let i = 0; i + 2 < tokens.length; i += 3) if (tokens[i + 2] === "lfs") lfs.add(tokens[i]);
    return lfs;
  }

  /** Tree entries of paths at a commit: one ls-tree per batch; concurrent readers of a path wait for it rather than see it missing. */
  private async entriesOf(commit: string, paths: string[]): Promise<Array<readonly [string, Entry | null | undefined]>> {
    const known = this.known(commit);
    const unknown = [...new Set(paths.filter((p) => !known.has(p)))];
    if (unknown.length > 0) {
      const lookup = this.lsTree(commit, unknown);
      for (const p of unknown)
        known.set(
          p,
          lookup.then((found) => found.get(p) ?? null),
        );
    }
    return Promise.all(paths.map(async (p) => [p, await known.get(p)] as const));
  }

  private async lsTree(commit: string, paths: string[]): Promise<Map<string, Entry>> {
    // A few plain paths (the policy, its schemas): their folders' trees from the cat-file process
    // already running, instead of one more git process. Anything else: ls-tree with pathspecs.
    if (paths.length <= FEW_PATHS && SHA.test(commit) && paths.every((p) => PLAIN_PATH.test(p))) return this.treeEntries(commit, paths);
    const found = new Map<string, Entry>();
    // :(literal): a path with * or : in it is only itself.
    for (let i = 0; i < paths.length; i += 1000) {
      const specs = paths.slice(i, i + 1000).map((p) => `:(literal)${p}`);
      const out = await this.git.raw(["ls-tree", "-z", "--full-tree", commit, "--", ...specs]);
      for (const line of out.split("\0")) {
        if (!line) continue;
        const entry = parseTreeLine(line);
        found.set(entry.path, { mode: entry.mode, oid: entry.oid });
      }
    }
    return found;
  }

  /** Tree entries of plain paths, read from their folders' tree objects (`<commit>:<folder>`). */
  private async treeEntries(commit: string, paths: string[]): Promise<Map<string, Entry>> {
    const folderOf = (p: string) => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "");
    const name = (folder: string) => (folder === "" ? `${commit}^{tree}` : `${commit}:${folder}`);
    const folders = [...new Set(paths.map(folderOf))];
    const trees = await this.blobs.objects(folders.map(name));
    const oidBytes = commit.length === 64 ? 32 : 20;
    const found = new Map<string, Entry>();
    for (const folder of folders) {
      const tree = trees.get(name(folder));
      if (tree?.type !== "tree") continue;
      const wanted = new Set(paths.filter((p) => folderOf(p) === folder).map((p) => (folder === "" ? p : p.slice(folder.length + 1))));
      // "<mode> <name>\0<oid, raw>" per entry; git writes a folder's mode as 40000.
      const t = tree.content;
      for (let i = 0; i < t.length; ) {
        const space = t.indexOf(32, i);
        const nul = t.indexOf(0, space + 1);
        if (space === -1 || nul === -1) break;
        const entryName = t.toString("utf8", space + 1, nul);
        if (wanted.has(entryName)) {
          found.set(folder === "" ? entryName : `${folder}/${entryName}`, {
            mode: t.toString("latin1", i, space).padStart(6, "0"),
            oid: t.toString("hex", nul + 1, nul + 1 + oidBytes),
          });
        }
        i = nul + 1 + oidBytes;
      }
    }
    return found;
  }

  async log(commit: string, spec: { paths?: string[]; globs?: string[] }): Promise<LogCommit[]> {
    const pathspecs = [...(spec.paths ?? []).map((p) => `:(literal)${p}`), ...(spec.globs ?? []).map((g) => `:(glob)${g}`)];
    if (pathspecs.length === 0) return [];
    // NUL-separated fields: git never allows NUL in a message or a name, so no text a commit's
    // author writes can end a field early or start a forged one.
    const out = await this.git.raw([
      "log",
      "--first-parent",
      "--no-renames",
      "--raw",
      "-z",
      "--no-abbrev",
      "--format=%H%x00%P%x00%ct%x00%an%x00%s%x00%b%x00",
      commit,
      "--",
      ...pathspecs,
    ]);
    const commits = parseLog(out);
    commits.reverse();
    const blobs = await this.blobs.read(commits.flatMap((c) => c.files.flatMap((f) => [f.old, f.new].filter((o): o is string => o !== null))));
    const content = (oid: string | null) => (oid ? (blobs.get(oid) ?? null) : null);
    return commits.map((c) => ({ ...c, files: c.files.map((f) => ({ path: f.path, before: content(f.old), after: content(f.new) })) }));
  }

  private known(commit: string): Map<string, Entry | null | Promise<Entry | null>> {
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

type RawLogCommit = Omit<LogCommit, "files"> & { files: Array<{ path: string; old: string | null; new: string | null }> };

/**
 * `git log -z --raw` with the format above: per commit six NUL-ended fields, then pairs of a
 * raw diff line (":<modes> <oids> <status>") and a path. Anything else is refused, not guessed.
 */
export function parseLog(out: string): RawLogCommit[] {
  const tokens = out.split("\0");
  const commits: RawLogCommit[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i] === "") {
      i++;
      continue;
    }
    const [sha, parents, ct, author, subject, body] = tokens.slice(i, i + 6);
    if (!SHA.test(sha) || !/^(?:[0-9a-f]{40,64}(?: [0-9a-f]{40,64})*)?$/.test(parents ?? "x") || !/^\d+$/.test(ct ?? "")) throw unreadableLog(sha);
    i += 6;
    const files: RawLogCommit["files"] = [];
    while (i < tokens.length && (tokens[i] === "" || /^\n?:/.test(tokens[i]))) {
      if (tokens[i] === "") {
        i++;
        continue;
      }
      const [, , oldOid, newOid] = tokens[i].replace(/^\n?:/, "").split(" ");
      const path = tokens[i + 1];
      if (path === undefined || !/^[0-9a-f]+$/.test(oldOid ?? "") || !/^[0-9a-f]+$/.test(newOid ?? "")) throw unreadableLog(sha);
      files.push({ path, old: ZERO_OID.test(oldOid) ? null : oldOid, new: ZERO_OID.test(newOid) ? null : newOid });
      i += 2;
    }
    commits.push({ commit: sha, parents: parents ? parents.split(" ") : [], time: Number(ct) * 1000, author, subject, body: body.trim(), files });
  }
  return commits;
}

function unreadableLog(near: string): ModelgateError {
  return new ModelgateError({
    file: "git log",
    message: `the history could not be read near ${JSON.stringify(near.slice(0, 80))}: a commit does not have the shape git writes`,
    hint: "run git fsck; a commit object with a NUL byte in its message or name was made by hand",
  });
}

/** A name git would guess at (main, origin/main, v1), and what follows it (~1, ^{commit}). */
const REF_NAME = /^([A-Za-z0-9._/+-]+)([~^].*)?$/;

/**
 * Branch names mean branches: git's own lookup prefers a tag to a branch of the same name,
 * so a tag `main` pushed by anyone would become the base. A name resolves, in order, to
 * refs/heads/NAME, then the remote-tracking branch (refs/remotes/origin/NAME), then a tag or
 * other ref; two refs at the same rank that name different commits are refused, not chosen.
 */
export async function qualifyRefs(git: Git, refs: Array<[ref: string, what: string]>): Promise<Array<[ref: string, what: string]>> {
  const names = refs.map(([r]) => {
    const m = REF_NAME.exec(r);
    if (!m || m[1].startsWith("refs/") || /^[A-Z_]*HEAD$/.test(m[1]) || /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(m[1])) return null;
    return { name: m[1], rest: m[2] ?? "" };
  });
  const wanted = [...new Set(names.flatMap((n) => (n ? [n.name] : [])))];
  if (wanted.length === 0) return refs;
  let out: string;
  try {
    const patterns = wanted.flatMap((n) => [`refs/heads/${n}`, `refs/remotes/origin/${n}`, `refs/remotes/${n}`, `refs/tags/${n}`, `refs/${n}`]);
    out = await git.raw(["for-each-ref", "--format=%(refname)%00%(objectname)%00%(*objectname)", ...patterns]);
  } catch {
    return refs; // not a repository: the caller says so
  }
  const commits = new Map<string, string>();
  for (const line of out.split("\n")) {
    const [refname, object, peeled] = line.split("\0");
    if (refname) commits.set(refname, peeled || object);
  }
  return refs.map(([ref, what], i) => {
    const n = names[i];
    if (!n) return [ref, what];
    const ranks = [
      [`refs/heads/${n.name}`],
      [`refs/remotes/origin/${n.name}`, ...(n.name.includes("/") ? [`refs/remotes/${n.name}`] : [])],
      [`refs/tags/${n.name}`, `refs/${n.name}`, `refs/remotes/${n.name}/HEAD`],
    ];
    for (const rank of ranks) {
      const found = rank.filter((r) => commits.has(r));
      if (found.length === 0) continue;
      if (new Set(found.map((r) => commits.get(r))).size > 1) {
        throw new ModelgateError({
          file: ref,
          message: `${what} "${ref}" is ambiguous: ${found.join(" and ")} name different commits`,
          hint: `name the one you mean in full, e.g. --${what === "base" || what === "head" ? what : "ref"} ${found[0]}${n.rest}`,
        });
      }
      return [`${found[0]}${n.rest}`, what];
    }
    return [ref, what];
  });
}
