// The git adapter reads diffs, paths and fork points through its one `cat-file --batch`
// process instead of starting diff, ls-tree and merge-base. Each answer is compared with the
// git command it replaces, run on the same real repository: git is the reference.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GitRepo } from "../../src/git/repo.js";
import { checkJson, cli, ROOT } from "../support/cli.js";
import { TestRepo, tempDir } from "../support/repo.js";

const NAMES = ["a", "b.json", "a b", "é", "d", "d.x", "d-x"];

/** A path of one to three segments from a small alphabet, so that trees collide and nest. */
const pathArb = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }).map((s) => s.join("/"));

type Op =
  | { kind: "write"; path: string; text: string }
  | { kind: "link"; path: string; target: string }
  | { kind: "exec"; path: string }
  | { kind: "remove"; path: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("write" as const), path: pathArb, text: fc.constantFrom("1", "2", "3") }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("link" as const), path: pathArb, target: fc.constantFrom("a", "../b.json") }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("exec" as const), path: pathArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("remove" as const), path: pathArb }) },
);

/** Applies an operation to the work tree: a file where a folder was replaces it, and the reverse. */
function apply(repo: TestRepo, op: Op): void {
  const full = join(repo.dir, op.path);
  if (op.kind === "remove") {
    if (lstatIf(full)) rmSync(full, { recursive: true, force: true });
    return;
  }
  if (op.kind === "exec") {
    if (lstatIf(full)?.isFile()) chmodSync(full, 0o755);
    return;
  }
  // Any file on the way becomes a folder; anything at the path itself is replaced.
  const segments = op.path.split("/");
  for (let i = 1; i < segments.length; i++) {
    const dir = join(repo.dir, ...segments.slice(0, i));
    const there = lstatIf(dir);
    if (there?.isDirectory()) continue;
    if (there) rmSync(dir);
    mkdirSync(dir);
  }
  rmSync(full, { recursive: true, force: true });
  if (op.kind === "write") repo.write({ [op.path]: op.text });
  else {
    mkdirSync(dirname(full), { recursive: true });
    symlinkSync(op.target, full);
  }
}

/** What is at a path; null when nothing is, or a file stands where a folder on the way should be. */
function lstatIf(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** `git diff --raw -z --no-renames` as modelgate reports changes. */
function gitDiff(repo: TestRepo, base: string, head: string) {
  const tokens = repo.git("diff", "--raw", "-z", "--no-renames", "--no-abbrev", base, head).split("\0");
  const out = [];
  for (let i = 0; i + 1 < tokens.length; i += 2) {
    const [, newMode, , , status] = tokens[i].slice(1).split(" ");
    out.push({
      path: tokens[i + 1],
      status: status === "A" ? "added" : status === "D" ? "deleted" : "modified",
      ...(newMode === "120000" ? { symlink: true } : {}),
    });
  }
  return out;
}

/** `git ls-tree -r -t` of a commit: every path, folders included, with its mode. */
function lsTree(repo: TestRepo, commit: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of repo.git("ls-tree", "-r", "-t", "-z", "--full-tree", commit).split("\0")) {
    if (!line) continue;
    const [meta, path] = line.split("\t");
    out.set(path, meta.split(" ")[0]);
  }
  return out;
}

describe("the git adapter agrees with git", () => {
  it("changed files read from trees are git diff --raw --no-renames, path for path; every path's entry is ls-tree's", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), fc.array(opArb, { minLength: 1, maxLength: 8 }), async (before, after) => {
        const repo = new TestRepo();
        for (const op of before) apply(repo, op);
        const base = repo.commit("base");
        for (const op of after) apply(repo, op);
        const head = repo.commit("head");
        const reader = new GitRepo(repo.dir);
        try {
          expect(await reader.changedFiles(base, head)).toEqual(gitDiff(repo, base, head));
          const listed = lsTree(repo, head);
          const asked = [...new Set([...listed.keys(), ...NAMES, "a/b.json/x", "d/", "/a", "nope/a"])];
          const files = await reader.readFiles(head, asked);
          for (const path of asked) {
            const mode = listed.get(path);
            const kind = mode === undefined ? null : mode === "120000" ? "symlink" : mode === "040000" ? "directory" : "file";
            expect(files.get(path)?.kind ?? null, path).toBe(kind);
          }
          // Both sides at once, in either order, from one reader: the cached trees agree too.
          expect(await reader.changedFiles(head, base)).toEqual(gitDiff(repo, head, base));
        } finally {
          reader.close();
        }
      }),
      { numRuns: 25, seed: 20261202 },
    );
  });

  it("the fork point is git merge-base's, whether the base is a near ancestor, far behind, or on another line", async () => {
    const repo = new TestRepo();
    repo.write({ "f.txt": "0" });
    const root = repo.commit("root");
    repo.branch("p");
    repo.write({ "f.txt": "p" });
    const p1 = repo.commit("p1");
    repo.checkout("main");
    repo.write({ "g.txt": "m" });
    const m1 = repo.commit("m1");
    // GitHub's merge commit: first parent the base, second the head.
    const merged = repo.merge("p", "Merge p", "2026-01-02T00:00:00Z");
    // A long line: the base more than 64 commits behind.
    repo.branch("long", "main");
    for (let i = 0; i < 70; i++) {
      repo.write({ "g.txt": String(i) });
      repo.commit(`long ${i}`);
    }
    const long = repo.git("rev-parse", "HEAD").trim();
    repo.git("checkout", "-q", "--orphan", "alone");
    repo.write({ "h.txt": "x" });
    const alone = repo.commit("alone");
    const reader = new GitRepo(repo.dir);
    try {
      const pairs: Array<[string, string]> = [
        [root, p1],
        [m1, merged],
        [p1, merged],
        [root, merged],
        [m1, p1],
        [p1, m1],
        [merged, long],
        [root, long],
        [long, merged],
        [merged, merged],
      ];
      for (const [a, b] of pairs) expect(await reader.mergeBase(a, b), `${a} ${b}`).toBe(repo.git("merge-base", a, b).trim());
      expect(await reader.mergeBase(alone, m1)).toBeNull();
      // A hand-made commit whose "parent" line comes after its author: git reads no parent there, nor does modelgate.
      const tree = repo.git("rev-parse", `${m1}^{tree}`).trim();
      const late = execFileSync("git", ["hash-object", "-t", "commit", "--literally", "-w", "--stdin"], {
        cwd: repo.dir,
        input: `tree ${tree}\nauthor A <a@example.com> 0 +0000\nparent ${m1}\ncommitter A <a@example.com> 0 +0000\n\nlate parent\n`,
        encoding: "utf8",
      }).trim();
      expect(repo.git("rev-list", "--count", late).trim()).toBe("1");
      expect(await reader.mergeBase(m1, late)).toBeNull();
    } finally {
      reader.close();
    }
  });

  it("the history of many paths is git log's with each path named, though git is given their folders", async () => {
    // 100 models, 70 of them asked for: over the 64 pathspecs a log names one by one.
    const repo = new TestRepo();
    const m = (i: number, f = "manifest_active.json") => `models/m${String(i).padStart(3, "0")}/${f}`;
    const all: Record<string, string> = { "README.md": "r" };
    for (let i = 0; i < 100; i++) all[m(i)] = "v1";
    repo.write(all).commit("base");
    repo.write({ [m(3)]: "v2" }).commit("wanted");
    repo.write({ [m(80)]: "v2" }).commit("a model not asked for");
    repo.write({ [m(5, "weights.bin")]: "w" }).commit("an artifact beside a wanted manifest");
    repo.write({ "README.md": "r2" }).commit("outside models/");
    repo.branch("side");
    repo.write({ [m(7)]: "v2", [m(90)]: "v2" }).commit("on a branch");
    repo.checkout("main");
    repo.write({ "README.md": "r3" }).commit("main moves");
    repo.merge("side", "Merge pull request #9 from o/side", "2026-01-02T00:00:00Z");
    repo.remove(m(9)).commit("a wanted manifest deleted");
    const paths = Array.from({ length: 70 }, (_, i) => m(i));
    const literal = repo.git(
      "log",
      "--first-parent",
      "--no-renames",
      "--raw",
      "-z",
      "--no-abbrev",
      "--format=%x01%H",
      "main",
      "--",
      ...paths.map((p) => `:(literal)${p}`),
    );
    // git's answer: each commit (newest first) with the paths it changed.
    const expected = literal
      .split("\u0001")
      .filter(Boolean)
      .map((record) => {
        const [sha, ...rest] = record.split("\0");
        return { commit: sha.trim(), paths: rest.filter((t, k) => k % 2 === 1 && t !== "") };
      })
      .reverse();
    const reader = new GitRepo(repo.dir);
    try {
      const log = await reader.log("main", { paths });
      expect(log.map((c) => ({ commit: c.commit, paths: c.files.map((f) => f.path) }))).toEqual(expected);
      expect(expected.map((c) => c.paths)).toEqual([paths, [m(3)], [m(7)], [m(9)]]);
      const merge = log[2].files[0];
      expect([Buffer.from(merge.before ?? []).toString(), Buffer.from(merge.after ?? []).toString()]).toEqual(["v1", "v2"]);
      expect(log[3].files[0].after).toBeNull();
    } finally {
      reader.close();
    }
  });

  it("a manifest whose blob the clone lacks stops the run naming it, never read as an empty file", () => {
    const repo = new TestRepo();
    repo.write({
      ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: auc, type: range, path: auc, gte: 0.9 }\n",
      "models/m/manifest_active.json": { version: "v1", auc: 0.95 },
    });
    repo.commit("v1");
    repo.branch("work");
    repo.write({ "models/m/manifest_active.json": { version: "v2", auc: 0.5 } }).commit("v2");
    const blob = repo.git("rev-parse", "work:models/m/manifest_active.json").trim();
    rmSync(join(repo.dir, ".git", "objects", blob.slice(0, 2), blob.slice(2)));
    const run = checkJson(repo.dir, "--base", "main", "--head", "work");
    expect(run.code).toBe(2);
    expect(run.report.errors.map((e) => [e.file, e.message])).toEqual([
      ["models/m/manifest_active.json", `git cannot read models/m/manifest_active.json (blob ${blob}): it is missing from this clone`],
    ]);
  });

  it("a ref with a line break or a space is refused, never passed on to the batch reader as a second name", () => {
    const repo = new TestRepo();
    repo.write({ ".modelgate/policy.yaml": "version: 1\ngates: []\n", "models/m/manifest_active.json": { version: "v1" } }).commit("base");
    for (const ref of ["main\nHEAD", "main HEAD", "main\tx"]) {
      const run = cli(repo.dir, "check", "--base", ref, "--head", "main");
      expect(run.code, JSON.stringify(ref)).toBe(2);
      expect(run.stderr).toContain("is not a commit in this repository");
    }
  });

  it("runs from a folder inside the work tree, as git does", () => {
    const repo = new TestRepo();
    repo
      .write({
        ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: floor, type: range, path: auc, gte: 0.9 }\n",
        "models/m/manifest_active.json": { version: "v1", auc: 0.95 },
      })
      .commit("base");
    repo
      .branch("p")
      .write({ "models/m/manifest_active.json": { version: "v2", auc: 0.8 } })
      .commit("p");
    const { code, report } = checkJson(join(repo.dir, "models", "m"), "--base", "main", "--head", "p");
    expect(code).toBe(1);
    expect(report.changes.map((c) => [c.path, c.gates[0].status])).toEqual([["models/m/manifest_active.json", "fail"]]);
  });

  it("a tree made by hand with two entries of one name (also a file and a folder apart), a slash in a name, or entries out of git's order is refused with exit 2, never read one way of two", () => {
    const repo = new TestRepo();
    repo
      .write({
        ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: floor, type: range, path: auc, gte: 0.9 }\n",
        "models/m/manifest_active.json": { version: "v1", auc: 0.95 },
      })
      .commit("base");
    const blob = (manifest: object) => {
      const file = join(repo.dir, "blob.json");
      writeFileSync(file, `${JSON.stringify(manifest)}\n`);
      const oid = repo.git("hash-object", "-w", file).trim();
      rmSync(file);
      return Buffer.from(oid, "hex");
    };
    const good = blob({ version: "v2", auc: 0.96 });
    const bad = blob({ version: "v2", auc: 0.5 });
    const entry = (mode: string, name: string, oid: Buffer) => Buffer.concat([Buffer.from(`${mode} ${name}\0`), oid]);
    const empty = Buffer.from(execFileSync("git", ["mktree"], { cwd: repo.dir, input: "", encoding: "utf8" }).trim(), "hex");
    const crafted: Array<[string, Buffer]> = [
      ["two entries named", Buffer.concat([entry("100644", "manifest_active.json", bad), entry("100644", "manifest_active.json", good)])],
      ["an entry named", entry("100644", "n/manifest_active.json", bad)],
      // git's order puts a file "x", then "x.bak", then a folder "x" (as if "x/"): the two of one name are not side by side.
      [
        'two entries named "manifest_active.json"',
        Buffer.concat([
          entry("100644", "manifest_active.json", bad),
          entry("100644", "manifest_active.json.bak", good),
          entry("40000", "manifest_active.json", empty),
        ]),
      ],
      // git diff walks two trees in step, in order: out of order, it pairs the wrong entries.
      ["entries out of order", Buffer.concat([entry("100644", "manifest_active.json", bad), entry("100644", "a.json", good)])],
    ];
    for (const [what, bytes] of crafted) {
      const tree = execFileSync("git", ["hash-object", "-t", "tree", "--literally", "-w", "--stdin"], { cwd: repo.dir, input: bytes, encoding: "utf8" }).trim();
      const models = execFileSync("git", ["mktree"], { cwd: repo.dir, input: `040000 tree ${tree}\tm\n`, encoding: "utf8" }).trim();
      const root = execFileSync("git", ["mktree"], {
        cwd: repo.dir,
        input: repo.git("ls-tree", "main").replace(/^040000 tree [0-9a-f]+\tmodels$/m, `040000 tree ${models}\tmodels`),
        encoding: "utf8",
      }).trim();
      const commit = repo.git("commit-tree", root, "-p", "main", "-m", "crafted").trim();
      repo.git("update-ref", "refs/heads/crafted", commit);
      const run = cli(repo.dir, "check", "--base", "main", "--head", "crafted");
      expect(run.code, run.stdout).toBe(2);
      expect(run.stderr).toContain(`git tree ${tree} has ${what}`);
      expect(run.stderr).toContain("git fsck");
      expect(run.stderr).not.toContain("internal error");
    }
  });

  it("a check of one promotion starts for-each-ref, cat-file and log, and none of diff, ls-tree, rev-parse or merge-base; one that adds a model, ls-tree and a second log (README, Performance)", () => {
    const repo = new TestRepo();
    repo
      .write({
        ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: floor, type: range, path: auc, gte: 0.9 }\n",
        "models/m/manifest_active.json": { version: "v1", auc: 0.95 },
      })
      .commit("base");
    repo
      .branch("p")
      .write({ "models/m/manifest_active.json": { version: "v2", auc: 0.96 } })
      .commit("p");
    // A git on PATH that writes down each command, then runs the real one.
    const shim = tempDir("modelgate-shim-");
    const log = join(shim, "commands");
    const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    writeFileSync(join(shim, "git"), `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
    const run = spawnSync(process.execPath, [join(ROOT, "dist", "cli.js"), "check", "--base", "main", "--head", "p"], {
      cwd: repo.dir,
      encoding: "utf8",
      env: { ...process.env, PATH: `${shim}:${process.env.PATH}` },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("pass");
    expect(readFileSync(log, "utf8").trim().split("\n").sort()).toEqual(["cat-file", "for-each-ref", "log"]);

    // A pull request that adds a model: the head's listing (the layout checks) and one more log, of additions and deletions.
    repo
      .checkout("main")
      .branch("n")
      .write({ "models/n/manifest_active.json": { version: "v1", auc: 0.95 } })
      .commit("n");
    writeFileSync(log, "");
    const added = spawnSync(process.execPath, [join(ROOT, "dist", "cli.js"), "check", "--base", "main", "--head", "n"], {
      cwd: repo.dir,
      encoding: "utf8",
      env: { ...process.env, PATH: `${shim}:${process.env.PATH}` },
    });
    expect(added.status, added.stderr).toBe(0);
    expect(readFileSync(log, "utf8").trim().split("\n").sort()).toEqual(["cat-file", "for-each-ref", "log", "log", "ls-tree"]);
  });

  it("a pull request of 700 promotions (three batches) runs one git log, and reads each manifest blob once: its base state serves both the history and the gates", () => {
    const repo = new TestRepo();
    const files: Record<string, object | string> = {
      ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: drop, type: regression, path: auc, better: higher, max_drop: 0.1 }\n",
    };
    for (let i = 0; i < 700; i++) files[`models/m${i}/manifest_active.json`] = { version: "v1", auc: 0.9, name: `m${i}` };
    repo.write(files).commit("base");
    // Model 5 was v2 once and is rolled back to it below: its history must still be read whole.
    repo.write({ "models/m5/manifest_active.json": { version: "v2", auc: 0.91 } }).commit("v2");
    repo.write({ "models/m5/manifest_active.json": { version: "v3", auc: 0.92 } }).commit("v3");
    const promoted: Record<string, object> = {};
    for (let i = 0; i < 700; i++) promoted[`models/m${i}/manifest_active.json`] = { version: "v9", auc: i % 10 === 0 ? 0.5 : 0.95, name: `m${i}` };
    promoted["models/m5/manifest_active.json"] = { version: "v2", auc: 0.91 };
    repo.branch("p").write(promoted).commit("p");
    // A git on PATH that writes down each command and what cat-file is asked, then runs the real one.
    const shim = tempDir("modelgate-shim-");
    const log = join(shim, "commands");
    const asked = join(shim, "asked");
    const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    writeFileSync(
      join(shim, "git"),
      `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\nif [ "$1" = cat-file ]; then tee -a '${asked}' | '${real}' "$@"; exit $?; fi\nexec '${real}' "$@"\n`,
      { mode: 0o755 },
    );
    const run = spawnSync(process.execPath, [join(ROOT, "dist", "cli.js"), "check", "--base", "main", "--head", "p", "--format", "json"], {
      cwd: repo.dir,
      encoding: "utf8",
      env: { ...process.env, PATH: `${shim}:${process.env.PATH}` },
    });
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.changes).toHaveLength(700);
    expect(report.changes.filter((c: { result: string }) => c.result === "fail")).toHaveLength(70);
    expect(report.changes.find((c: { model: string }) => c.model === "m5")).toMatchObject({ kind: "rollback", from: "v3", to: "v2" });
    expect(
      readFileSync(log, "utf8")
        .trim()
        .split("\n")
        .filter((c) => c === "log"),
    ).toHaveLength(1);
    // Every manifest blob of either side asked of git once, none twice.
    const blobs = (ref: string) => repo.git("ls-tree", "-r", "--format=%(objectname)", ref, "models").trim().split("\n");
    const requests = readFileSync(asked, "utf8")
      .split("\n")
      .map((l) => l.replace(/^contents /, ""));
    const count = new Map<string, number>();
    for (const r of requests) count.set(r, (count.get(r) ?? 0) + 1);
    // (m5's restored v2 is also a state of its history, read with it: the one blob that may be asked twice.)
    const restored = repo.git("rev-parse", "p:models/m5/manifest_active.json").trim();
    for (const oid of new Set([...blobs("main"), ...blobs("p")])) if (oid !== restored) expect(count.get(oid), oid).toBe(1);
  });

  it("a history git cannot read stops the check with exit 2, the file, git's reason and what to do, not an internal error", () => {
    const repo = new TestRepo();
    repo
      .write({
        ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: floor, type: range, path: auc, gte: 0.9 }\n",
        "models/m/manifest_active.json": { version: "v1", auc: 0.95 },
      })
      .commit("base");
    repo
      .branch("p")
      .write({ "models/m/manifest_active.json": { version: "v2", auc: 0.96 } })
      .commit("p");
    // A git whose log fails as a corrupt or partial clone's does.
    const shim = tempDir("modelgate-shim-");
    const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    writeFileSync(
      join(shim, "git"),
      `#!/bin/sh\nif [ "$1" = log ]; then echo "fatal: unable to read tree 0123456789abcdef0123456789abcdef01234567" >&2; exit 128; fi\nexec '${real}' "$@"\n`,
      { mode: 0o755 },
    );
    const run = spawnSync(process.execPath, [join(ROOT, "dist", "cli.js"), "check", "--base", "main", "--head", "p"], {
      cwd: repo.dir,
      encoding: "utf8",
      env: { ...process.env, PATH: `${shim}:${process.env.PATH}` },
    });
    expect(run.status, run.stderr).toBe(2);
    const out = run.stdout + run.stderr;
    expect(out).toContain("git log");
    expect(out).toContain("git could not read the history of");
    expect(out).toContain("fatal: unable to read tree 0123456789abcdef0123456789abcdef01234567");
    expect(out).toContain("git fsck");
    expect(out).not.toContain("internal error");
  });

  it("with a git older than 2.36 (no cat-file --batch-command), the reader falls back to --batch and the verdict is the same", () => {
    const repo = new TestRepo();
    const files: Record<string, object | string> = { ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: floor, type: range, path: auc, gte: 0.9 }\n" };
    for (let i = 0; i < 300; i++) files[`models/m${i}/manifest_active.json`] = { version: "v1", auc: 0.95 };
    repo.write(files).commit("base");
    const promoted: Record<string, object> = {};
    for (let i = 0; i < 300; i++) promoted[`models/m${i}/manifest_active.json`] = { version: "v2", auc: i % 7 === 0 ? 0.5 : 0.96 };
    repo.branch("p").write(promoted).commit("p");
    // git 2.35 and older answer --batch-command with a usage error, exit 129, as this shim does.
    const shim = tempDir("modelgate-shim-");
    const log = join(shim, "commands");
    const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    writeFileSync(
      join(shim, "git"),
      `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\ncase "$*" in *--batch-command*) echo "error: unknown option batch-command" >&2; exit 129;; esac\nexec '${real}' "$@"\n`,
      { mode: 0o755 },
    );
    const check = (env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, [join(ROOT, "dist", "cli.js"), "check", "--base", "main", "--head", "p", "--format", "json"], {
        cwd: repo.dir,
        encoding: "utf8",
        env,
      });
    const old = check({ ...process.env, PATH: `${shim}:${process.env.PATH}` });
    const current = check(process.env);
    expect(old.status, old.stderr).toBe(1);
    expect(old.stdout).toBe(current.stdout);
    expect(JSON.parse(old.stdout).changes.filter((c: { result: string }) => c.result === "fail")).toHaveLength(43);
    const started = readFileSync(log, "utf8").trim().split("\n");
    expect(started.filter((c) => c.startsWith("cat-file"))).toEqual(["cat-file --batch-command --buffer", "cat-file --batch"]);
  });
});
