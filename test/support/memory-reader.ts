import { createHash } from "node:crypto";
import { globMatch } from "../../src/core/glob.js";
import { digestOf } from "../../src/core/lfs.js";
import type { FileDigest, RepoFile } from "../../src/core/model.js";
import type { AddOrDelete, ChangedFile, LogCommit, LogFile, RepoReader } from "../../src/core/reader.js";

type Entry = { kind: RepoFile["kind"]; content: Uint8Array };
type Tree = Map<string, Entry>;

interface Commit {
  sha: string;
  parent: string | null;
  /** Committer time, epoch milliseconds. */
  time: number;
  subject: string;
  body: string;
  tree: Tree;
}

const text = (content: string | Uint8Array | object): Uint8Array =>
  typeof content === "string" ? Buffer.from(content) : content instanceof Uint8Array ? content : Buffer.from(`${JSON.stringify(content, null, 2)}\n`);

/**
 * A repository in memory: commits on branches with first-parent history, read through the
 * engine's RepoReader port as the git adapter reads a real one. Written like TestRepo
 * (write, remove, commit, branch) so the same case builds either; no git process runs.
 */
export class MemoryReader implements RepoReader {
  private readonly commits = new Map<string, Commit>();
  private readonly refs = new Map<string, string | null>([["main", null]]);
  private branchName = "main";
  private work: Tree = new Map();

  /** A reader whose commits are the given trees, each a root commit named by its key (`base`, `head` …). */
  static ofTrees(trees: Record<string, Map<string, string> | Record<string, string>>): MemoryReader {
    const repo = new MemoryReader();
    for (const [name, files] of Object.entries(trees)) {
      repo.work = new Map();
      repo.write(Object.fromEntries(files instanceof Map ? files : Object.entries(files)));
      repo.refs.set(name, null);
      repo.branchName = name;
      repo.commit(name);
    }
    return repo;
  }

  write(files: Record<string, string | Uint8Array | object>): this {
    for (const [path, content] of Object.entries(files)) this.work.set(path, { kind: "file", content: text(content) });
    return this;
  }
  symlink(path: string, target: string): this {
    this.work.set(path, { kind: "symlink", content: Buffer.from(target) });
    return this;
  }
  remove(...paths: string[]): this {
    for (const p of paths) this.work.delete(p);
    return this;
  }
  /** Commits the work tree on the current branch at a time (author and committer alike). */
  commit(message: string, date = "2026-01-01T00:00:00Z"): string {
    const parent = this.refs.get(this.branchName) ?? null;
    const [subject, ...body] = message.split("\n");
    const sha = createHash("sha1").update(`${this.commits.size}\0${parent}\0${message}\0${date}`).digest("hex");
    this.commits.set(sha, { sha, parent, time: Date.parse(date), subject, body: body.join("\n").trim(), tree: new Map(this.work) });
    this.refs.set(this.branchName, sha);
    return sha;
  }
  branch(name: string, from = "main"): this {
    this.refs.set(name, this.refs.get(from) ?? null);
    this.branchName = name;
    this.work = new Map(this.resolve(from)?.tree ?? []);
    return this;
  }

  private resolve(ref: string): Commit | undefined {
    const sha = this.refs.has(ref) ? this.refs.get(ref) : ref;
    return sha ? this.commits.get(sha) : undefined;
  }
  private tree(ref: string): Tree {
    const c = this.resolve(ref);
    if (!c) throw new Error(`no commit ${ref}`);
    return c.tree;
  }
  /** The commit a ref names. */
  sha(ref: string): string {
    const c = this.resolve(ref);
    if (!c) throw new Error(`no commit ${ref}`);
    return c.sha;
  }

  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    const a = this.tree(base);
    const b = this.tree(head);
    const out: ChangedFile[] = [];
    for (const path of new Set([...a.keys(), ...b.keys()])) {
      if (same(a.get(path), b.get(path))) continue;
      out.push({ path, status: !a.has(path) ? "added" : !b.has(path) ? "deleted" : "modified" });
    }
    return out.sort((x, y) => x.path.localeCompare(y.path));
  }
  async listFiles(commit: string): Promise<string[]> {
    return [...this.tree(commit).keys()];
  }
  async digestFiles(commit: string, paths: string[]): Promise<Map<string, FileDigest | null>> {
    const files = await this.readFiles(commit, paths);
    return new Map([...files].map(([p, f]) => [p, f ? digestOf(f, false) : null]));
  }

  async readFiles(commit: string, paths: string[]): Promise<Map<string, RepoFile | null>> {
    const tree = this.tree(commit);
    return new Map(
      paths.map((p) => {
        const e = tree.get(p);
        return [p, e ? { path: p, kind: e.kind, content: e.content } : null];
      }),
    );
  }
  /** The first-parent history, oldest first, of the commits that changed a file the spec names. */
  async log(commit: string, spec: { paths?: string[]; globs?: string[] }): Promise<LogCommit[]> {
    const wanted = (p: string) => (spec.paths ?? []).includes(p) || (spec.globs ?? []).some((g) => globMatch(g, p));
    const out: LogCommit[] = [];
    for (let c = this.resolve(commit); c; c = c.parent ? this.commits.get(c.parent) : undefined) {
      const before = c.parent ? (this.commits.get(c.parent) as Commit).tree : new Map<string, Entry>();
      const files: LogFile[] = [];
      for (const path of new Set([...before.keys(), ...c.tree.keys()])) {
        if (!wanted(path) || same(before.get(path), c.tree.get(path))) continue;
        files.push({ path, before: before.get(path)?.content ?? null, after: c.tree.get(path)?.content ?? null });
      }
      if (files.length > 0)
        out.push({ commit: c.sha, parents: c.parent ? [c.parent] : [], time: c.time, author: "tester", subject: c.subject, body: c.body, files });
    }
    return out.reverse();
  }
  /** Every addition and deletion on the first-parent history, newest first. */
  async addsAndDeletes(commit: string, globs: string[]): Promise<AddOrDelete[]> {
    const out: AddOrDelete[] = [];
    for (const { files, ...c } of (await this.log(commit, { globs })).reverse())
      for (const f of files)
        if ((f.before === null) !== (f.after === null)) out.push({ path: f.path, deleted: f.after === null, commit: c, before: c.parents[0] ?? null });
    return out;
  }
  async messages(from: string, to: string): Promise<Array<{ commit: string; message: string }>> {
    const stop = this.resolve(from)?.sha;
    const out: Array<{ commit: string; message: string }> = [];
    for (let c = this.resolve(to); c && c.sha !== stop; c = c.parent ? this.commits.get(c.parent) : undefined) {
      out.push({ commit: c.sha, message: c.body ? `${c.subject}\n\n${c.body}` : c.subject });
    }
    return out;
  }
}

function same(a: Entry | undefined, b: Entry | undefined): boolean {
  if (!a || !b) return a === b;
  return a.kind === b.kind && Buffer.from(a.content).equals(Buffer.from(b.content));
}
