import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import type { SimpleGit } from "simple-git";
import { lfsPointerOid } from "../core/lfs.js";
import type { FileDigest, RepoFile } from "../core/model.js";
import { ModelgateError } from "../core/problem.js";
import type { AddOrDelete, ChangedFile, LogCommit, LogFile, RepoReader } from "../core/reader.js";
import { BlobReader, type GitObject } from "./blob-reader.js";
import { GIT_ENV_SET, gitEnv } from "./env.js";
import { GITLINK, OID, pathspecsOf, type RawLogCommit, type RawLogFile, streamLog } from "./log.js";
import { Prefetch } from "./prefetch.js";

const TREE = "040000";

const execFileAsync = promisify(execFile);
/** A git command is done when its output closes; simple-git's default also arms a 50 ms timer per process, which keeps a finished run alive. */
const COMPLETION = { onClose: true, onExit: false } as const;

/** simple-git in a folder, with modelgate's environment for git; imported on first use. */
async function gitAt(dir: string): Promise<SimpleGit> {
  const { simpleGit } = await import("simple-git");
  return simpleGit({ baseDir: dir, maxConcurrentProcesses: 4, allowEnvironment: GIT_ENV_SET, completion: COMPLETION }).env(gitEnv());
}

interface Entry {
  mode: string;
  oid: string;
}

/** The repository through git: refs, diffs, trees and history. Reads; only fetch adds objects a shallow checkout lacks. */
export class GitRepo implements RepoReader {
  /** simple-git, loaded on first use: most runs read through the batch reader and the log alone. */
  private git: Promise<SimpleGit> | null = null;
  private readonly blobs: BlobReader;
  /** Tree entries already known per commit, from diffs and listings, so no path is looked up twice. */
  private readonly entries = new Map<string, Map<string, Entry | null | Promise<Entry | null>>>();

  constructor(readonly dir: string) {
    this.blobs = new BlobReader(dir);
  }

  /** Runs git with these arguments in the repository: its output, or a rejection when git fails. */
  async raw(args: string[]): Promise<string> {
    this.git ??= gitAt(this.dir);
    return (await this.git).raw(args);
  }

  /** Starts the batch reader ahead of the first read, off the critical path of a run that will read. */
  warmUp(): void {
    this.blobs.start();
  }

  /** One process: whether both commits are here and the clone is complete (the common case). */
  async probe(base: string, head: string): Promise<{ present: boolean; shallow: boolean }> {
    try {
      const [shallow] = (await this.raw(["rev-parse", "--is-shallow-repository", `${base}^{commit}`, `${head}^{commit}`])).trim().split("\n");
      return { present: true, shallow: shallow === "true" };
    } catch {
      return { present: false, shallow: true };
    }
  }

  /**
   * Opens the repository and resolves refs through the batch reader every run starts anyway:
   * the top found as git finds it (the nearest folder with .git), names qualified by one
   * for-each-ref (skipped for HEAD and full oids). On any failure, step by step, so the error
   * names exactly what is missing.
   */
  static async openAt(dir: string, given: Array<[ref: string, what: string]>): Promise<{ repo: GitRepo; shas: string[] }> {
    const top = workTreeTop(dir);
    if (top !== null && given.every(([r]) => batchable(r))) {
      const quick = new GitRepo(top);
      // The batch process starts while for-each-ref runs: git starts on the other core.
      quick.warmUp();
      try {
        const shas = await quick.commitsOf(await qualifyRefs(quick, given));
        if (shas) return { repo: quick, shas };
      } catch {
        // step by step below
      }
      quick.close();
    }
    const repo = await GitRepo.open(dir);
    try {
      return { repo, shas: await repo.resolveAll(given) };
    } catch (err) {
      repo.close();
      throw err;
    }
  }

  /** The commits qualified names resolve to, through the batch reader; null when one does not. */
  private async commitsOf(refs: Array<[ref: string, what: string]>): Promise<string[] | null> {
    if (!refs.every(([r]) => batchable(r))) return null;
    const names = refs.map(([r]) => `${r}^{commit}`);
    const found = await this.blobs.objects(names);
    const shas = names.map((n) => found.get(n));
    return shas.every((o) => o?.type === "commit" && OID.test(o.oid)) ? shas.map((o) => (o as GitObject).oid) : null;
  }

  static async open(dir: string): Promise<GitRepo> {
    let top: string;
    try {
      top = (await (await gitAt(dir)).revparse(["--show-toplevel"])).trim();
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
    const [[qualified]] = await qualifyRefs(this, [[ref, what]]);
    const quick = await this.commitsOf([[qualified, what]]).catch(() => null);
    if (quick) return quick[0];
    try {
      return (await this.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${qualified}^{commit}`])).trim() || this.unknown(ref, what);
    } catch {
      return this.unknown(ref, what);
    }
  }

  /** Whether a ref exists here, named in full (refs/...), as `rev-parse --verify` would say: asked through the batch reader, no process started. */
  async hasRef(ref: string): Promise<boolean> {
    if (batchable(ref) && ref.startsWith("refs/")) {
      const found = await this.blobs.objects([ref]).catch(() => null);
      if (found) return found.get(ref) != null;
    }
    return this.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", ref])
      .then((out) => out.trim() !== "")
      .catch(() => false);
  }

  /** Several refs at once, in one process; the failing one is then named by resolve. */
  async resolveAll(given: Array<[ref: string, what: string]>): Promise<string[]> {
    const refs = await qualifyRefs(this, given);
    const quick = await this.commitsOf(refs).catch(() => null);
    if (quick) return quick;
    // One at a time says which is missing.
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
      await this.raw(["cat-file", "-e", `${sha}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  }

  async isShallow(): Promise<boolean> {
    return (await this.raw(["rev-parse", "--is-shallow-repository"])).trim() === "true";
  }

  /** Fetches objects from origin (no tags, no branch updates): what a shallow checkout lacks. */
  async fetch(refspecs: string[]): Promise<void> {
    try {
      await this.raw(["fetch", "--no-tags", "--quiet", "origin", ...refspecs]);
    } catch {
      // The caller checks what is present afterwards and says what to do.
    }
  }

  /** Commits on the first-parent path from..to (all of to's when from is null). */
  async firstParentRange(from: string | null, to: string): Promise<Set<string>> {
    const out = await this.raw(["rev-list", "--first-parent", from ? `${from}..${to}` : to]);
    return new Set(out.split("\n").filter(Boolean));
  }

  /**
   * The fork point of a and b. When a is among b's nearest ancestors (a branch made from the
   * base, or GitHub's merge commit, whose first parent is the base), that is a itself: found by
   * walking b's parents through the batch reader, without a process. Otherwise git decides.
   */
  async mergeBase(a: string, b: string): Promise<string | null> {
    if (a === b || (OID.test(a) && OID.test(b) && this.completeHistory() && (await this.reaches(b, a, 64).catch(() => false)))) return a;
    try {
      return (await this.raw(["merge-base", a, b])).trim() || null;
    } catch {
      return null;
    }
  }

  /**
   * Whether parent links in commit objects are the history git sees: not in a shallow clone
   * (where git cuts the history at the commits .git/shallow lists) nor with grafts (which
   * rewrite parents), and only where .git is a plain folder (a linked work tree or a
   * submodule keeps those files elsewhere: git decides).
   */
  private completeHistory(): boolean {
    const dotGit = join(this.dir, ".git");
    try {
      return statSync(dotGit).isDirectory() && !existsSync(join(dotGit, "shallow")) && !existsSync(join(dotGit, "info", "grafts"));
    } catch {
      return false;
    }
  }

  /** Whether `target` is among the first `limit` commits reached from `from` by parent links (all parents, nearest first). */
  private async reaches(from: string, target: string, limit: number): Promise<boolean> {
    const seen = new Set([from]);
    let level = [from];
    while (level.length > 0 && seen.size <= limit) {
      const found = await this.blobs.objects(level);
      const next: string[] = [];
      for (const sha of level) {
        const object = found.get(sha);
        if (object?.type !== "commit") return false;
        for (const parent of parentsOf(object.content)) {
          if (parent === target) return true;
          if (!seen.has(parent)) {
            seen.add(parent);
            next.push(parent);
          }
        }
      }
      level = next;
    }
    return false;
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

  /**
   * `git diff --raw --no-renames` of two commits, read through the batch reader: trees are
   * compared entry by entry and only subtrees whose oids differ are opened, as git does, so a
   * change to one manifest among 10,000 reads a handful of trees and starts no process.
   */
  private async diff(base: string, head: string): Promise<ChangedFile[]> {
    const [a, b] = await Promise.all([this.rootTree(base), this.rootTree(head)]);
    const files: ChangedFile[] = [];
    const atBase = this.known(base);
    const atHead = this.known(head);
    // Level by level: every subtree pair one level down is asked of git at once, in requests of
    // TREE_PAIRS pairs, each answered when git has read it: the first are compared while git
    // reads the rest.
    let level: Array<[aOid: string | null, bOid: string | null, prefix: string]> = a === b ? [] : [[a, b, ""]];
    while (level.length > 0) {
      const parts: Array<typeof level> = [];
      for (let k = 0; k < level.length; k += TREE_PAIRS) parts.push(level.slice(k, k + TREE_PAIRS));
      const reads = parts.map((part) => this.treesOf(part.flatMap(([x, y]) => [x, y].filter((o): o is string => o !== null))));
      for (const r of reads) r.catch(() => {}); // awaited below in order; a failure surfaces there
      const next: typeof level = [];
      const change = (prefix: string, name: string, ea: Entry | null, eb: Entry | null, setBase: boolean, setHead: boolean) => {
        const path = prefix + name;
        // A file on either side is a change of that path; a tree on either side is walked (a
        // file replaced by a folder is the file deleted and the folder's files added, as git says).
        const fa = ea && ea.mode !== TREE ? ea : null;
        const fb = eb && eb.mode !== TREE ? eb : null;
        if (setBase) atBase.set(path, ea);
        if (setHead) atHead.set(path, eb);
        if (fa || fb) {
          const file: ChangedFile = { path, status: !fa ? "added" : !fb ? "deleted" : "modified" };
          if (fb?.mode === "120000") file.symlink = true;
          else if (fb?.mode === GITLINK) file.submodule = true;
          files.push(file);
        }
        const da = ea?.mode === TREE ? ea.oid : null;
        const db = eb?.mode === TREE ? eb.oid : null;
        if ((da || db) && da !== db) next.push([da, db, `${path}/`]);
      };
      for (const [k, part] of parts.entries()) {
        const trees = await reads[k];
        for (const [aOid, bOid, prefix] of part) {
          const ta = aOid ? (trees.get(aOid) as Tree) : null;
          const tb = bOid ? (trees.get(bOid) as Tree) : null;
          // Both trees are in git's order: walked in step, as git diff walks them.
          let i = 0;
          let j = 0;
          const na = ta?.size ?? 0;
          const nb = tb?.size ?? 0;
          while (i < na || j < nb) {
            const order = i >= na ? 1 : j >= nb ? -1 : (ta as Tree).order(i, tb as Tree, j);
            if (order === 0) {
              if (!(ta as Tree).sameAs(i, tb as Tree, j)) change(prefix, (ta as Tree).name(i), (ta as Tree).entry(i), (tb as Tree).entry(j), true, true);
              i++;
              j++;
            } else if (order < 0) {
              // Only in the base under this name and kind; what the head has under the name is looked up if asked.
              change(prefix, (ta as Tree).name(i), (ta as Tree).entry(i), null, true, false);
              i++;
            } else {
              change(prefix, (tb as Tree).name(j), null, (tb as Tree).entry(j), false, true);
              j++;
            }
          }
        }
      }
      level = next;
    }
    // git's order: paths compared byte by byte (each path encoded once, not once per comparison).
    const keyed = files.map((f) => ({ key: Buffer.from(f.path), f }));
    keyed.sort((x, y) => Buffer.compare(x.key, y.key));
    // git lists a path once; one listed twice is two names that are not UTF-8 and read as one
    // text (\xff deleted, the text's own bytes added), which would be judged as one model.
    for (let i = 1; i < keyed.length; i++)
      if (keyed[i].key.equals(keyed[i - 1].key))
        throw oneText(keyed[i].f.path, `two changed paths that are not UTF-8 read as one text, ${JSON.stringify(keyed[i].f.path)}`);
    return keyed.map((k) => k.f);
  }

  /** A commit's root tree. */
  private rootTree(commit: string): Promise<string> {
    let tree = this.roots.get(commit);
    if (!tree) {
      tree = this.blobs.objects([commit]).then((found) => {
        const object = found.get(commit);
        const oid = object?.type === "commit" ? /^tree ([0-9a-f]{40,64})\n/.exec(object.content.toString("latin1"))?.[1] : undefined;
        if (!oid) throw missingObject("commit", commit);
        return oid;
      });
      this.roots.set(commit, tree);
    }
    return tree;
  }

  private readonly roots = new Map<string, Promise<string>>();

  /** A tree's entries by name, each tree read once. */
  private async tree(oid: string): Promise<Tree> {
    return (await this.treesOf([oid])).get(oid) as Tree;
  }

  /** Trees' entries by oid: those not read yet are asked of git in one request, and parsed together when it answers. */
  private async treesOf(oids: string[]): Promise<Map<string, Tree>> {
    const unread = new Set<string>();
    const waits = new Set<Promise<void>>();
    for (const oid of oids) {
      const known = this.trees.get(oid);
      if (known instanceof Promise) waits.add(known);
      else if (!known) unread.add(oid);
    }
    if (unread.size > 0) {
      const ask = [...unread];
      const reading = this.blobs.objects(ask).then((objects) => {
        for (const oid of ask) {
          const object = objects.get(oid);
          if (object?.type !== "tree") throw missingObject("tree", oid);
          this.trees.set(oid, new Tree(object.content, oid.length / 2, oid));
        }
      });
      reading.catch(() => {}); // awaited below, or by whoever asks for these trees next
      for (const oid of ask) this.trees.set(oid, reading);
      waits.add(reading);
    }
    if (waits.size > 0) await Promise.all(waits);
    const out = new Map<string, Tree>();
    for (const oid of oids) out.set(oid, this.trees.get(oid) as Tree);
    return out;
  }

  /** Trees by oid: parsed, or the read they wait on (a failed read stays, so its error is given again). */
  private readonly trees = new Map<string, Tree | Promise<void>>();

  /** The entry at a path of a commit, walking its trees; null where nothing is. */
  private async entryAt(commit: string, path: string): Promise<Entry | null> {
    const segments = path.split("/");
    if (segments.some((s) => s === "")) return null;
    let tree = await this.tree(await this.rootTree(commit));
    for (let i = 0; i < segments.length - 1; i++) {
      const e = tree.get(segments[i]);
      if (!e || e.mode !== TREE) return null;
      tree = await this.tree(e.oid);
    }
    return tree.get(segments[segments.length - 1]) ?? null;
  }

  async listFiles(commit: string): Promise<string[]> {
    const out = await this.raw(["ls-tree", "-r", "-z", "--full-tree", commit]);
    const known = this.known(commit);
    const paths: string[] = [];
    const listed = new Set<string>();
    for (const line of out.split("\0")) {
      if (!line) continue;
      const entry = parseTreeLine(line);
      // Paths are text: two that are not UTF-8 (\xfe and \xff) read as one, and the second
      // would stand for both.
      if (listed.has(entry.path))
        throw oneText(entry.path, `commit ${commit} has two paths that are not UTF-8 and read as one text, ${JSON.stringify(entry.path)}`);
      listed.add(entry.path);
      known.set(entry.path, { mode: entry.mode, oid: entry.oid });
      paths.push(entry.path);
    }
    return paths;
  }

  async readFiles(commit: string, paths: string[]): Promise<Map<string, RepoFile | null>> {
    const wanted = await this.entriesOf(commit, paths);
    const oids = wanted.flatMap(([, e]) => (e && (e.mode.startsWith("100") || e.mode === "120000") ? [e.oid] : []));
    const blobs = await this.blobs.read(oids.filter((oid) => !this.newest.has(oid)));
    for (const oid of oids) if (this.newest.has(oid)) blobs.set(oid, this.newest.get(oid) ?? null);
    const out = new Map<string, RepoFile | null>();
    for (const [path, e] of wanted) {
      if (!e) out.set(path, null);
      else {
        // Every blob asked for has an answer; null is one the clone lacks: an incomplete clone, not an empty file.
        const content = blobs.get(e.oid);
        if (content === null) throw missingObject("blob", e.oid, path);
        out.set(path, { path, kind: kindOf(e.mode), content: content ?? new Uint8Array() });
      }
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
      out = await this.raw([...args.slice(0, 3), `--source=${commit}`, ...args.slice(3), ...paths]);
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

  /** Tree entries of paths at a commit, walked through the batch reader; concurrent readers of a path share one lookup. */
  private async entriesOf(commit: string, paths: string[]): Promise<Array<readonly [string, Entry | null | undefined]>> {
    const known = this.known(commit);
    for (const p of paths) if (!known.has(p)) known.set(p, this.entryAt(commit, p));
    const entries = paths.map((p) => [p, known.get(p)] as const);
    // Entries the diff found are known already: only lookups still under way are awaited.
    if (!entries.some(([, e]) => e instanceof Promise)) return entries as Array<readonly [string, Entry | null | undefined]>;
    return Promise.all(entries.map(async ([p, e]) => [p, await e] as const));
  }

  /**
   * The first-parent history of a commit for paths or globs, oldest first, with each file's
   * states. The blobs are asked for while git is still listing; `each` may see states early, as
   * they arrive (a caller's head start on parsing them), not necessarily all of them.
   */
  async log(commit: string, spec: { paths?: string[]; globs?: string[] }, each?: (path: string, content: Buffer) => void): Promise<LogCommit[]> {
    const prefetch = new Prefetch(this.blobs, spec.globs?.length ? null : new Set(spec.paths), each);
    const raw = await this.rawLog(commit, spec, prefetch.add);
    let commits: RawLogCommit[];
    if (spec.globs?.length) commits = raw.commits;
    else {
      // The commits that touch the paths, newest first as git lists them, each with those paths' files in git's order.
      const at: Array<[commit: number, file: number]> = [];
      for (const path of new Set(spec.paths)) for (const e of raw.byPath.get(path) ?? []) at.push(e);
      at.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      commits = [];
      for (const [ci, fi] of at) {
        const c = raw.commits[ci];
        const last = commits[commits.length - 1];
        if (last?.commit === c.commit) last.files.push(c.files[fi]);
        else commits.push({ ...c, files: [c.files[fi]] });
      }
    }
    // Indexed loops here and below: a history has thousands of files, and code that runs once
    // per process runs unoptimized, where each step of a for-of allocates.
    const needed = new Set<string>();
    const reads = new Set<Promise<Map<string, Buffer | null>>>();
    const rest: string[] = [];
    const need = (oid: string | null) => {
      if (oid === null || needed.has(oid)) return;
      needed.add(oid);
      const read = prefetch.reads.get(oid);
      if (read) reads.add(read);
      else rest.push(oid);
    };
    for (let i = 0; i < commits.length; i++) {
      const files = commits[i].files;
      for (let j = 0; j < files.length; j++) {
        need(files[j].old);
        need(files[j].new);
      }
    }
    if (rest.length > 0) reads.add(this.blobs.read(rest));
    const blobs = new Map<string, Buffer | null>();
    for (const got of await Promise.all(reads))
      got.forEach((content, oid) => {
        if (needed.has(oid)) blobs.set(oid, content);
      });
    await prefetch.settled();
    // Oldest first. A state git names and cannot read is a clone without it, not a deleted file:
    // a history read with holes would tell a rollback from a promotion, and time served, wrongly.
    const content = (oid: string | null, path: string) => {
      if (oid === null) return null;
      const got = blobs.get(oid);
      if (got === null) throw missingObject("blob", oid, path);
      return got ?? null;
    };
    const out: LogCommit[] = new Array(commits.length);
    // Each path's newest state is the commit's file, which a check reads next: kept, not asked of git twice.
    const last = new Map<string, string | null>();
    for (let i = 0; i < commits.length; i++) {
      const c = commits[commits.length - 1 - i];
      const files: LogFile[] = new Array(c.files.length);
      for (let j = 0; j < c.files.length; j++) {
        const f = c.files[j];
        files[j] = { path: f.path, before: content(f.old, f.path), after: content(f.new, f.path) };
        last.set(f.path, f.new);
      }
      out[i] = { commit: c.commit, parents: c.parents, time: c.time, author: c.author, subject: c.subject, body: c.body, files };
    }
    last.forEach((oid) => {
      if (oid) this.newest.set(oid, blobs.get(oid) ?? null);
    });
    return out;
  }

  async addsAndDeletes(commit: string, globs: string[]): Promise<AddOrDelete[]> {
    if (globs.length === 0) return [];
    const log = await streamLog(this.dir, commit, pathspecsOf([], globs), undefined, ["--diff-filter=AD"]);
    // Newest first, as git lists them: each path's first entry is its last addition or deletion.
    const turns: AddOrDelete[] = [];
    for (const { files, ...c } of log)
      for (const f of files) {
        const before = c.parents[0] ?? null;
        const deleted = f.old !== null && f.new === null;
        // The deleted file's entry in the commit before (the first-parent diff's old side), so its
        // content is read by id, without a walk of that commit's trees for each deletion.
        if (deleted && before !== null && f.old !== null) {
          const known = this.known(before);
          if (!known.has(f.path)) known.set(f.path, { mode: f.oldMode, oid: f.old });
        }
        turns.push({ path: f.path, deleted, commit: c, before });
      }
    return turns;
  }

  /**
   * `git log` of a commit for paths or globs, parsed and indexed by path. A log for paths is kept:
   * a later log of paths it covers (a check asks one batch of manifests at a time) is read from it.
   */
  private rawLog(commit: string, spec: { paths?: string[]; globs?: string[] }, onFiles?: (files: RawLogFile[]) => void): Promise<IndexedLog> {
    const byPaths = !spec.globs?.length;
    const paths = spec.paths ?? [];
    if (byPaths) {
      const kept = this.logs.find((l) => l.commit === commit && paths.every(l.covers));
      if (kept) return kept.log;
    }
    // Many paths and no globs: git matches every changed file of every commit against every
    // pathspec (5,000 paths took 260 ms where their folder took 60), so git is given the
    // folders that hold them, and what it lists is narrowed to the paths here.
    const folders = byPaths && paths.length > MAX_PATHSPECS ? coveringFolders(paths) : null;
    const pathspecs = pathspecsOf(folders ?? paths, spec.globs);
    const log: Promise<IndexedLog> =
      pathspecs.length === 0 ? Promise.resolve({ commits: [], byPath: new Map() }) : streamLog(this.dir, commit, pathspecs, onFiles).then(indexLog);
    if (byPaths) {
      const exact = new Set((folders ?? paths).filter((p) => !p.endsWith("/")));
      const under = (folders ?? []).filter((p) => p.endsWith("/"));
      this.logs.push({ commit, covers: (p) => exact.has(p) || under.some((f) => p.startsWith(f)), log });
    }
    return log;
  }

  private readonly logs: Array<{ commit: string; covers: (path: string) => boolean; log: Promise<IndexedLog> }> = [];

  /** Blobs a log read as some path's newest state, by oid: what a check reads next at the base. */
  private readonly newest = new Map<string, Buffer | null>();

  private known(commit: string): Map<string, Entry | null | Promise<Entry | null>> {
    let m = this.entries.get(commit);
    if (!m) {
      m = new Map();
      this.entries.set(commit, m);
    }
    return m;
  }
}

/** Subtree pairs asked of git in one request while comparing two trees. */
const TREE_PAIRS = 500;

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const SLASH = 0x2f;

/**
 * A tree object as git stores it: "<mode> <name>\0" and the raw oid, repeated, in git's order.
 * Its entries are found and checked once, in one pass over the bytes; names and oids are decoded
 * only for the entries a caller looks at, so comparing two trees of 10,000 entries that differ in
 * a few decodes those few.
 */
class Tree {
  /** Per entry: where its name starts, where its NUL is, and its mode as git reads it (octal). */
  private readonly at: number[] = [];
  private byName: Map<string, number> | null = null;

  constructor(
    readonly content: Buffer,
    private readonly oidBytes: number,
    oid: string,
  ) {
    const at = this.at;
    let text = false;
    for (let i = 0; i < content.length; ) {
      let mode = 0;
      let space = i;
      // As git's get_mode: octal digits into 32 unsigned bits, wrapping (a longer mode in doubles
      // would lose its low bits and read as another type than git reads).
      for (; space < content.length && content[space] >= 0x30 && content[space] <= 0x37; space++) mode = ((mode << 3) + content[space] - 0x30) >>> 0;
      const nul = content.indexOf(0, space + 1);
      if (space === i || content[space] !== 32 || nul === -1 || nul + 1 + oidBytes > content.length) throw malformedTree(oid, "an entry cut short");
      const name = space + 1;
      // What git fsck refuses and git never writes: a reader that kept one of two same-named
      // entries, split a name with a slash, or met entries out of git's order (which git's own
      // diff walks in step) could see another tree than git diff, log and checkout do.
      const len = nul - name;
      const dots = len <= 2 && content[name] === 0x2e && (len === 1 || content[name + 1] === 0x2e);
      let slash = false;
      for (let k = name; k < nul && !slash; k++) {
        slash = content[k] === SLASH;
        if (content[k] >= 0x80) text = true;
      }
      if (len === 0 || dots || slash) throw malformedTree(oid, `an entry named ${JSON.stringify(content.toString("utf8", name, nul))}`);
      const n = at.length / 3;
      at.push(name, nul, mode);
      if (n > 0) {
        const order = this.compare(n - 1, n);
        if (order === 0) throw malformedTree(oid, `two entries named ${JSON.stringify(this.name(n))}`);
        if (order > 0) throw malformedTree(oid, `entries out of order (${JSON.stringify(this.name(n - 1))} before ${JSON.stringify(this.name(n))})`);
        // A folder and a file of one name sort apart ("a" < "a.b" < "a/"): every entry between
        // them starts with the name, so the one just before does.
        if (this.isTree(n) && this.startsWithName(n - 1, n) && this.fileNamed(n)) throw malformedTree(oid, `two entries named ${JSON.stringify(this.name(n))}`);
      }
      i = nul + 1 + oidBytes;
    }
    // Names are looked up and reported as text: two names of different bytes that are not
    // UTF-8 (\xfe and \xff) are one text, and a lookup by text would read one for the other.
    if (text) this.names(oid);
  }

  /** Entry indexes by name, built on first lookup; with a tree's oid, two names of one text are refused. */
  private names(oid?: string): Map<string, number> {
    if (!this.byName) {
      const byName = new Map<string, number>();
      for (let i = 0; i < this.size; i++) {
        const name = this.name(i);
        if (oid !== undefined && byName.has(name))
          throw oneText(`tree ${oid}`, `git tree ${oid} has two entries whose names are not UTF-8 and read as one text, ${JSON.stringify(name)}`);
        byName.set(name, i);
      }
      this.byName = byName;
    }
    return this.byName;
  }

  get size(): number {
    return this.at.length / 3;
  }

  name(i: number): string {
    return this.content.toString("utf8", this.at[3 * i], this.at[3 * i + 1]);
  }

  oid(i: number): string {
    const nul = this.at[3 * i + 1];
    return this.content.toString("hex", nul + 1, nul + 1 + this.oidBytes);
  }

  isTree(i: number): boolean {
    return (this.at[3 * i + 2] & S_IFMT) === S_IFDIR;
  }

  /** The mode as git reads it (canon_mode) and ls-tree writes it: a tree is 040000, a file 100644 or 100755. */
  mode(i: number): string {
    const mode = this.at[3 * i + 2];
    const type = mode & S_IFMT;
    if (type === S_IFDIR) return "040000";
    if (type === S_IFLNK) return "120000";
    if (type === S_IFREG) return mode & 0o111 ? "100755" : "100644";
    return "160000";
  }

  entry(i: number): Entry {
    return { mode: this.mode(i), oid: this.oid(i) };
  }

  /** The entry of a name, or undefined. */
  get(name: string): Entry | undefined {
    const i = this.names().get(name);
    return i === undefined ? undefined : this.entry(i);
  }

  /** Whether entry i of this tree and entry j of other have one mode (as git reads it) and one oid. */
  sameAs(i: number, other: Tree, j: number): boolean {
    if (this.mode(i) !== other.mode(j) || this.oidBytes !== other.oidBytes) return false;
    const a = this.at[3 * i + 1] + 1;
    const b = other.at[3 * j + 1] + 1;
    for (let k = 0; k < this.oidBytes; k++) if (this.content[a + k] !== other.content[b + k]) return false;
    return true;
  }

  /** git's order of entry i of this tree and entry j of other: names byte by byte, a folder's name as if it ended in "/". */
  order(i: number, other: Tree, j: number): number {
    return compareNames(this.content, this.at[3 * i], this.at[3 * i + 1], this.isTree(i), other.content, other.at[3 * j], other.at[3 * j + 1], other.isTree(j));
  }

  private compare(i: number, j: number): number {
    const c = this.content;
    const ai = this.at[3 * i];
    const bi = this.at[3 * i + 1];
    const aj = this.at[3 * j];
    const bj = this.at[3 * j + 1];
    // Equal names are a duplicate whatever the modes.
    if (bi - ai === bj - aj && sameRange(c, ai, c, aj, bi - ai)) return 0;
    return compareNames(c, ai, bi, this.isTree(i), c, aj, bj, this.isTree(j));
  }

  /** Whether entry i's name starts with entry n's name. */
  private startsWithName(i: number, n: number): boolean {
    const an = this.at[3 * n];
    const len = this.at[3 * n + 1] - an;
    return this.at[3 * i + 1] - this.at[3 * i] >= len && sameRange(this.content, this.at[3 * i], this.content, an, len);
  }

  /** Whether an entry before n that is not a folder has n's name: found by halving, entries being in order. */
  private fileNamed(n: number): boolean {
    const an = this.at[3 * n];
    const bn = this.at[3 * n + 1];
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareNames(this.content, this.at[3 * mid], this.at[3 * mid + 1], this.isTree(mid), this.content, an, bn, false) < 0) lo = mid + 1;
      else hi = mid;
    }
    return (
      lo < n && !this.isTree(lo) && this.at[3 * lo + 1] - this.at[3 * lo] === bn - an && sameRange(this.content, this.at[3 * lo], this.content, an, bn - an)
    );
  }
}

function sameRange(a: Buffer, a0: number, b: Buffer, b0: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (a[a0 + k] !== b[b0 + k]) return false;
  return true;
}

/** git's base_name_compare: bytes of the names, then a folder's name goes on with "/" and a file's ends. */
function compareNames(a: Buffer, a0: number, a1: number, aTree: boolean, b: Buffer, b0: number, b1: number, bTree: boolean): number {
  const la = a1 - a0;
  const lb = b1 - b0;
  const common = Math.min(la, lb);
  for (let k = 0; k < common; k++) {
    const d = a[a0 + k] - b[b0 + k];
    if (d !== 0) return d;
  }
  const ca = la > common ? a[a0 + common] : aTree ? SLASH : 0;
  const cb = lb > common ? b[b0 + common] : bTree ? SLASH : 0;
  return ca - cb;
}

/** Two names of different bytes that decode to one text (not UTF-8: \xfe and \xff both read as U+FFFD). */
function oneText(file: string, what: string): ModelgateError {
  return new ModelgateError({
    file,
    message: `${what}: modelgate cannot tell them apart`,
    hint: "name files and folders in UTF-8 (rename them with git mv)",
  });
}

function missingObject(type: string, oid: string, path?: string): ModelgateError {
  return new ModelgateError({
    file: path ?? `${type} ${oid}`,
    message: `git cannot read ${path !== undefined ? `${path} (${type} ${oid})` : `${type} ${oid}`}: it is missing from this clone`,
    hint: "fetch the full history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)",
  });
}

function malformedTree(oid: string, what: string): ModelgateError {
  return new ModelgateError({
    file: `tree ${oid}`,
    message: `git tree ${oid} has ${what}, which git never writes`,
    hint: "run git fsck: the tree was made by hand; rewrite the commits that carry it",
  });
}

/**
 * A commit object's parents as git reads them: the "parent" lines right after "tree", and no
 * others (a "parent" line a hand-made commit puts later is ignored by git, so here too).
 */
function parentsOf(commit: Buffer): string[] {
  const lines = commit.toString("latin1").split("\n");
  const parents: string[] = [];
  if (!lines[0]?.startsWith("tree ")) return parents;
  for (let i = 1; i < lines.length; i++) {
    const m = /^parent ([0-9a-f]{40}(?:[0-9a-f]{24})?)$/.exec(lines[i]);
    if (!m) break;
    parents.push(m[1]);
  }
  return parents;
}

/** The work tree's top as git finds it with the environment modelgate gives git: the nearest folder, upwards, holding .git. */
function workTreeTop(dir: string): string | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return null;
  }
}

/** A name the batch reader can take on one line: not an option, no whitespace or control character. */
function batchable(ref: string): boolean {
  return ref.length > 0 && !ref.startsWith("-") && !/[\s\x00-\x1f\x7f]/.test(ref);
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

/** A parsed log, newest commit first, and where each path appears in it: (commit, file) indexes. */
interface IndexedLog {
  commits: RawLogCommit[];
  byPath: Map<string, Array<[commit: number, file: number]>>;
}

function indexLog(commits: RawLogCommit[]): IndexedLog {
  const byPath = new Map<string, Array<[number, number]>>();
  commits.forEach((c, ci) => {
    c.files.forEach((f, fi) => {
      const at = byPath.get(f.path);
      if (at) at.push([ci, fi]);
      else byPath.set(f.path, [[ci, fi]]);
    });
  });
  return { commits, byPath };
}

/** Most pathspecs a log is given by path; more are covered by their folders. */
const MAX_PATHSPECS = 64;

/**
 * The deepest folders (with a trailing slash), at one depth, that hold every path, at most
 * MAX_PATHSPECS of them; a path no deeper than that depth stands for itself. Null when even
 * the top-level folders are too many.
 */
export function coveringFolders(paths: string[]): string[] | null {
  let best: string[] | null = null;
  for (let depth = 1; ; depth++) {
    const specs = new Set<string>();
    let deeper = false;
    for (const p of paths) {
      const parts = p.split("/");
      if (parts.length > depth) {
        specs.add(`${parts.slice(0, depth).join("/")}/`);
        deeper = true;
      } else specs.add(p);
      if (specs.size > MAX_PATHSPECS) return best;
    }
    best = [...specs];
    if (!deeper) return best;
  }
}

/** A name git would guess at (main, origin/main, v1), and what follows it (~1, ^{commit}). */
const REF_NAME = /^([A-Za-z0-9._/+-]+)([~^].*)?$/;

/**
 * Branch names mean branches: git's own lookup prefers a tag to a branch of the same name,
 * so a tag `main` pushed by anyone would become the base. A name resolves, in order, to
 * refs/heads/NAME, then the remote-tracking branch (refs/remotes/origin/NAME), then a tag or
 * other ref; two refs at the same rank that name different commits are refused, not chosen.
 */
export async function qualifyRefs(git: Pick<GitRepo, "raw">, refs: Array<[ref: string, what: string]>): Promise<Array<[ref: string, what: string]>> {
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
