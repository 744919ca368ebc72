// Hand-made trees (modes git writes and modes only a hand writes, names that sort around "/",
// names that are not UTF-8) diffed by modelgate's merge-join and by git: the same changes.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { deflateSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GitRepo } from "../../src/git/repo.js";
import { TestRepo } from "../support/repo.js";

const NAMES: Buffer[] = ["a", "a!", "a-b", "a.b", "a0", "ab", "b", "é"].map((n) => Buffer.from(n)).concat([Buffer.from([0x61, 0xff])]);
const FILE_MODES = ["100644", "100755", "100664", "120000", "160000", "0100644", "1000000000000000000000100755"];
const DIR_MODES = ["40000", "040000", "40755"];

type Spec = { kind: "file"; mode: string; text: string } | { kind: "dir"; mode: string; entries: Map<number, Spec> };

const leaf: fc.Arbitrary<Spec> = fc.record({ kind: fc.constant("file" as const), mode: fc.constantFrom(...FILE_MODES), text: fc.constantFrom("1", "2") });
const specArb = fc.letrec<{ tree: Spec; node: Spec }>((tie) => ({
  tree: fc
    .uniqueArray(fc.tuple(fc.nat(NAMES.length - 1), tie("node")), { selector: ([i]) => i, maxLength: 5 })
    .chain((entries) => fc.constantFrom(...DIR_MODES).map((mode) => ({ kind: "dir" as const, mode, entries: new Map(entries) }))),
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("tree")),
})).tree;

function gitIn(dir: string, args: string[], input?: string | Buffer): Buffer {
  return execFileSync("git", args, {
    cwd: dir,
    input,
    env: { ...process.env, GIT_AUTHOR_NAME: "a", GIT_AUTHOR_EMAIL: "a@a", GIT_COMMITTER_NAME: "a", GIT_COMMITTER_EMAIL: "a@a" },
  });
}

/** Writes a spec as tree objects in git's order (oids computed here, objects written in one process at the end); returns the root's oid. */
function write(spec: Spec & { kind: "dir" }, out: Map<string, Buffer>): string {
  const entries = [...spec.entries].map(([i, s]) => {
    const oid = s.kind === "file" ? objectId("blob", Buffer.from(s.text), out) : write(s, out);
    const isDir = s.kind === "dir";
    return { name: NAMES[i], key: Buffer.concat([NAMES[i], Buffer.from(isDir ? "/" : "")]), mode: s.mode, oid };
  });
  entries.sort((x, y) => Buffer.compare(x.key, y.key));
  const bytes = Buffer.concat(entries.flatMap((e) => [Buffer.from(`${e.mode} `), e.name, Buffer.from([0]), Buffer.from(e.oid, "hex")]));
  return objectId("tree", bytes, out);
}

function objectId(type: string, bytes: Buffer, out: Map<string, Buffer>): string {
  const oid = createHash("sha1").update(`${type} ${bytes.length}\0`).update(bytes).digest("hex");
  out.set(oid, Buffer.concat([Buffer.from(`${type} ${bytes.length}\0`), bytes]));
  return oid;
}

/** Loose objects written as git writes them (zlib of "<type> <size>\0<bytes>"). */
function store(dir: string, out: Map<string, Buffer>): void {
  for (const [oid, raw] of out) {
    const file = join(dir, ".git", "objects", oid.slice(0, 2), oid.slice(2));
    if (existsSync(file)) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, deflateSync(raw));
  }
  out.clear();
}

/** Every path of a commit with its mode, as git ls-tree -r -t gives them. */
function lsTree(dir: string, commitSha: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of gitIn(dir, ["ls-tree", "-r", "-t", "-z", commitSha]).toString("utf8").split("\0")) {
    if (!line) continue;
    const tab = line.indexOf("\t");
    out.set(line.slice(tab + 1), line.slice(0, line.indexOf(" ")));
  }
  return out;
}

function commit(dir: string, tree: string): string {
  return gitIn(dir, ["commit-tree", tree, "-m", "x"]).toString().trim();
}

/** git diff --raw -z --no-renames as modelgate reports it, paths decoded as modelgate decodes them. */
function gitDiff(dir: string, base: string, head: string) {
  const tokens = gitIn(dir, ["diff", "--raw", "-z", "--no-renames", "--no-abbrev", base, head]);
  const parts: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < tokens.length; i++)
    if (tokens[i] === 0) {
      parts.push(tokens.subarray(at, i));
      at = i + 1;
    }
  const out = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const [, newMode, , , status] = parts[i].toString("latin1").slice(1).split(" ");
    out.push({
      path: parts[i + 1].toString("utf8"),
      status: status === "A" ? "added" : status === "D" ? "deleted" : "modified",
      ...(newMode === "120000" ? { symlink: true } : newMode === "160000" ? { submodule: true } : {}),
    });
  }
  return out;
}

function overlay(a: Spec & { kind: "dir" }, b: Spec & { kind: "dir" }, deep: boolean): Spec & { kind: "dir" } {
  const entries = new Map(a.entries);
  for (const [k, v] of b.entries) {
    const there = entries.get(k);
    if (deep && there?.kind === "dir" && v.kind === "dir") entries.set(k, overlay(there, v, false));
    else if (v.kind === "file" && v.text === "2" && v.mode === "160000") entries.delete(k);
    else entries.set(k, v);
  }
  return { ...a, entries };
}

describe("red team: merge-join diff of hand-made trees against git diff", () => {
  it("the same changed files as git diff --raw --no-renames", async () => {
    const repo = new TestRepo();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(specArb, specArb, fc.constantFrom("apart", "overlay", "deep"), async (a, given, how) => {
        if (a.kind !== "dir" || given.kind !== "dir") return;
        // The head: another tree, or the base with some of its entries replaced (at the top, or one level down).
        const b = how === "apart" ? given : overlay(a, given, how === "deep");
        const objects = new Map<string, Buffer>();
        const ta = write(a, objects);
        const tb = write(b, objects);
        store(repo.dir, objects);
        const base = commit(repo.dir, ta);
        const head = commit(repo.dir, tb);
        const reader = new GitRepo(repo.dir);
        try {
          const ours = await reader.changedFiles(base, head).catch((e: Error) => e);
          if (ours instanceof Error) {
            // Refused: only names that are not UTF-8 and read as one (none here) may be.
            throw ours;
          }
          runs++;
          expect(ours).toEqual(gitDiff(repo.dir, base, head));
          // Every changed path reads at both sides as git's ls-tree says.
          for (const [commitSha, side] of [
            [base, "base"],
            [head, "head"],
          ] as const) {
            const files = await reader.readFiles(
              commitSha,
              ours.map((f) => f.path),
            );
            const listed = lsTree(repo.dir, commitSha);
            for (const f of ours.filter((x) => !x.path.includes("\ufffd"))) {
              const mode = listed.get(f.path);
              const got = files.get(f.path);
              if (!mode) expect(got, `${side} ${f.path}`).toBeNull();
              else {
                const kind = mode === "120000" ? "symlink" : mode === "160000" ? "submodule" : mode === "040000" ? "directory" : "file";
                expect(got?.kind, `${side} ${f.path} ${mode}`).toBe(kind);
              }
            }
          }
        } finally {
          reader.close();
        }
      }),
      { numRuns: Number(process.env.REDTREE_RUNS ?? 100), seed: Number(process.env.REDTREE_SEED ?? 42) },
    );
    expect(runs).toBeGreaterThan(0);
  }, 120_000);
});

type Raw = { name: Buffer; mode: string; sub: Raw[] | null; text: string };
const rawLeaf: fc.Arbitrary<Raw> = fc.record({
  name: fc.constantFrom(...NAMES.slice(0, 8)),
  mode: fc.constantFrom("100644", "120000", "160000"),
  sub: fc.constant(null),
  text: fc.constantFrom("1", "2"),
});
const rawArb: fc.Arbitrary<Raw[]> = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: rawLeaf },
    {
      weight: 1,
      arbitrary: fc.record({
        name: fc.constantFrom(...NAMES.slice(0, 8)),
        mode: fc.constantFrom("40000", "40755"),
        sub: fc.array(rawLeaf, { minLength: 1, maxLength: 4 }),
        text: fc.constant(""),
      }),
    },
  ),
  { minLength: 1, maxLength: 7 },
);

/** Writes entries in the order given (sorted when asked), duplicates and all. */
function writeRaw(entries: Raw[], sorted: boolean, out: Map<string, Buffer>): string {
  const list = entries.map((e) => ({ ...e, oid: e.sub ? writeRaw(e.sub, sorted, out) : objectId("blob", Buffer.from(e.text), out) }));
  const key = (e: Raw) => Buffer.concat([e.name, Buffer.from(e.sub ? "/" : "")]);
  if (sorted) list.sort((x, y) => Buffer.compare(key(x), key(y)));
  return objectId("tree", Buffer.concat(list.flatMap((e) => [Buffer.from(`${e.mode} `), e.name, Buffer.from([0]), Buffer.from(e.oid, "hex")])), out);
}

describe("red team: trees out of order or with two entries of one name", () => {
  it("refused exactly when git fsck finds them out of order or duplicated; otherwise read as git diff reads them", async () => {
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(rawArb, fc.boolean(), async (entries, sorted) => {
        const repo = new TestRepo();
        const objects = new Map<string, Buffer>();
        const empty = objectId("tree", Buffer.alloc(0), objects);
        const head = writeRaw(entries, sorted, objects);
        store(repo.dir, objects);
        const b = commit(repo.dir, empty);
        const h = commit(repo.dir, head);
        let fsck = "";
        try {
          gitIn(repo.dir, ["fsck", "--no-dangling", "--strict"]);
        } catch (e) {
          fsck = String((e as { stderr?: Buffer }).stderr ?? e);
        }
        const broken = /treeNotSorted|duplicateEntries/.test(fsck);
        const reader = new GitRepo(repo.dir);
        try {
          const ours = await reader.changedFiles(b, h).catch((e: Error) => e);
          if (ours instanceof Error) {
            refused++;
            expect(broken, `${ours.message}\n${fsck}`).toBe(true);
          } else {
            accepted++;
            expect(broken, fsck).toBe(false);
            expect(ours).toEqual(gitDiff(repo.dir, b, h));
          }
        } finally {
          reader.close();
        }
      }),
      { numRuns: Number(process.env.REDTREE_RUNS ?? 100), seed: Number(process.env.REDTREE_SEED ?? 42) },
    );
    expect(refused).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
