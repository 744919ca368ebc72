import { globMatch } from "./glob.js";
import { digestOf } from "./lfs.js";
import type { FileDigest, RepoFile } from "./model.js";
import type { AddOrDelete, ChangedFile, LogCommit, RepoReader } from "./reader.js";

/** A commit of an in-memory repository: its files, and when it reached the branch. */
export interface MemoryCommit {
  files: ReadonlyMap<string, string | Uint8Array>;
  time: number;
}

/**
 * A repository held in memory: named commits, the first ones forming the base branch's
 * first-parent history. It lets `modelgate test` run a policy's cases through the same
 * engine as `check`, without a repository on disk.
 */
export class MemoryReader implements RepoReader {
  constructor(
    private readonly commits: ReadonlyMap<string, MemoryCommit>,
    /** The base branch's first-parent history, oldest first, by commit name. */
    private readonly branch: readonly string[],
  ) {}

  private tree(commit: string): ReadonlyMap<string, string | Uint8Array> {
    const c = this.commits.get(commit);
    if (!c) throw new Error(`no commit ${commit}`);
    return c.files;
  }

  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    const a = this.tree(base);
    const b = this.tree(head);
    const out: ChangedFile[] = [];
    for (const path of new Set([...a.keys(), ...b.keys()])) {
      const before = a.get(path);
      const after = b.get(path);
      if (before !== undefined && after !== undefined && Buffer.from(before).equals(Buffer.from(after))) continue;
      out.push({ path, status: before === undefined ? "added" : after === undefined ? "deleted" : "modified" });
    }
    return out;
  }

  async listFiles(commit: string): Promise<string[]> {
    return [...this.tree(commit).keys()];
  }

  async readFiles(commit: string, paths: string[]): Promise<Map<string, RepoFile | null>> {
    const tree = this.tree(commit);
    return new Map(
      paths.map((p) => {
        const content = tree.get(p);
        return [p, content === undefined ? null : { path: p, kind: "file" as const, content: Buffer.from(content) }];
      }),
    );
  }

  async digestFiles(commit: string, paths: string[]): Promise<Map<string, FileDigest | null>> {
    const files = await this.readFiles(commit, paths);
    return new Map([...files].map(([p, f]) => [p, f ? digestOf(f, false) : null]));
  }

  async log(commit: string, spec: { paths?: string[]; globs?: string[] }): Promise<LogCommit[]> {
    const end = this.branch.indexOf(commit);
    const wanted = (p: string) => spec.paths?.includes(p) ?? true;
    const out: LogCommit[] = [];
    for (let i = 0; i <= end; i++) {
      const name = this.branch[i];
      const before = i > 0 ? this.tree(this.branch[i - 1]) : new Map<string, string | Uint8Array>();
      const after = this.tree(name);
      const files = [...new Set([...before.keys(), ...after.keys()])]
        .filter((p) => wanted(p))
        .flatMap((p) => {
          const a = before.get(p);
          const b = after.get(p);
          if (a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b))) return [];
          return [{ path: p, before: a === undefined ? null : Buffer.from(a), after: b === undefined ? null : Buffer.from(b) }];
        });
      if (files.length === 0) continue;
      const time = (this.commits.get(name) as MemoryCommit).time;
      out.push({ commit: name.padEnd(40, "0"), parents: [], time, author: "modelgate test", subject: name, body: "", files });
    }
    return out;
  }

  async addsAndDeletes(commit: string, globs: string[]): Promise<AddOrDelete[]> {
    const out: AddOrDelete[] = [];
    for (let i = this.branch.indexOf(commit); i >= 0; i--) {
      const name = this.branch[i];
      const before = i > 0 ? this.tree(this.branch[i - 1]) : new Map<string, string | Uint8Array>();
      const after = this.tree(name);
      for (const p of new Set([...before.keys(), ...after.keys()])) {
        if (before.has(p) === after.has(p) || !globs.some((g) => globMatch(g, p))) continue;
        const time = (this.commits.get(name) as MemoryCommit).time;
        const c = { commit: name.padEnd(40, "0"), parents: [], time, author: "modelgate test", subject: name, body: "" };
        out.push({ path: p, deleted: !after.has(p), commit: c, before: i > 0 ? this.branch[i - 1] : null });
      }
    }
    return out;
  }
}
