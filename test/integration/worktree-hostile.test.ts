import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, cpSync, existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLI, cli } from "../support/cli.js";
import { TestRepo, tempDir } from "../support/repo.js";

// Working trees as a user may leave them, read by the working-tree reader (one readdir per
// folder, lstat, then an open without following links): no file that is there may read as
// absent (a manifest that looks deleted is a retirement, which passes), and nothing but a
// regular file is opened. Found by a red-team pass over the faster reader (issue 16).

const POLICY = "version: 1\ngates:\n  - { id: auc, type: range, path: auc, gte: 0.9 }\n";
const manifest = (version: string, auc: number) => ({ version, auc });

/** A repository where main serves a, b, c at auc 0.95 and the working tree promotes b to a bad model. */
function badPromotionInWorkingTree(): TestRepo {
  const repo = new TestRepo();
  repo
    .write({
      ".modelgate/policy.yaml": POLICY,
      "models/a/manifest_active.json": manifest("v1", 0.95),
      "models/b/manifest_active.json": manifest("v1", 0.95),
      "models/c/manifest_active.json": manifest("v1", 0.95),
    })
    .commit("v1");
  repo.write({ "models/b/manifest_active.json": manifest("v2", 0.5) });
  return repo;
}

// Permissions only bite a user other than root: as root, the CLI runs as nobody (runuser).
const isRoot = process.getuid?.() === 0;
const canDrop = !isRoot || spawnSync("runuser", ["-u", "nobody", "--", "true"]).status === 0;

function chownTree(dir: string, uid: number, gid: number): void {
  chownSync(dir, uid, gid);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && !e.isSymbolicLink()) chownTree(p, uid, gid);
    else chownSync(p, uid, gid);
  }
}

/** The bundled CLI as an unprivileged user, in a real process. */
function cliUnprivileged(repo: TestRepo, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const env = { ...process.env, NO_COLOR: "1" };
  let run: ReturnType<typeof spawnSync>;
  if (isRoot) {
    // nobody may not be able to read this checkout (a clone in a private `mktemp -d` folder):
    // the bundled command line is self-contained, so it runs from a copy nobody owns.
    const home = tempDir("modelgate-rt16-home-");
    cpSync(dirname(CLI), join(home, "dist"), { recursive: true });
    chownTree(home, 65534, 65534);
    chownTree(repo.dir, 65534, 65534);
    chmodSync(join(repo.dir, ".."), statSync(join(repo.dir, "..")).mode | 0o005);
    const cli = join(home, "dist", basename(CLI));
    run = spawnSync("runuser", ["-u", "nobody", "--", "env", `HOME=${home}`, process.execPath, cli, ...args], { cwd: repo.dir, env, encoding: "utf8" });
  } else run = spawnSync(process.execPath, [CLI, ...args], { cwd: repo.dir, env, encoding: "utf8" });
  return { code: run.status ?? -1, stdout: String(run.stdout), stderr: String(run.stderr) };
}

const restore: string[] = [];
afterEach(() => {
  for (const p of restore.splice(0)) if (existsSync(p)) chmodSync(p, 0o755);
});

describe.skipIf(!canDrop || process.platform === "win32")("working tree: folders that can be traversed but not listed", () => {
  // A folder with x but no r (chmod 311, a common way to hide a folder's names): its entries
  // cannot be listed but can be read by name. The first faster reader took an unlistable
  // parent for an empty one and every manifest under it for absent: b "retired", a pass.
  it("check of the working tree still judges the bad promotion", () => {
    const repo = badPromotionInWorkingTree();
    chmodSync(join(repo.dir, "models"), 0o311);
    restore.push(join(repo.dir, "models"));
    const run = cliUnprivileged(repo, "check", "--base", "main", "--format", "json");
    const report = JSON.parse(run.stdout);
    expect(report.changes.map((c: { kind: string; result: string }) => [c.kind, c.result])).toEqual([["promotion", "fail"]]);
    expect(run.code).toBe(1);
  });

  it("validate of the working tree reads the manifests by name", () => {
    const repo = badPromotionInWorkingTree();
    chmodSync(join(repo.dir, "models"), 0o311);
    restore.push(join(repo.dir, "models"));
    const run = cliUnprivileged(repo, "validate", "--format", "json");
    const report = JSON.parse(run.stdout);
    expect(report.changes.map((c: { model: string; result: string }) => [c.model, c.result])).toEqual([
      ["a", "pass"],
      ["b", "fail"],
      ["c", "pass"],
    ]);
  });
});

describe.skipIf(!canDrop || process.platform === "win32")("working tree: a manifest the user cannot read", () => {
  // Before: an internal error (EACCES) with a stack; then, in the first faster reader, the file
  // read as absent and the promotion to auc 0.5 became a retirement, which passes. Now: exit 2,
  // the file named, what to do.
  it("check of the working tree stops with an error naming the manifest, never a pass", () => {
    const repo = badPromotionInWorkingTree();
    chmodSync(join(repo.dir, "models/b/manifest_active.json"), 0o000);
    restore.push(join(repo.dir, "models/b/manifest_active.json"));
    const run = cliUnprivileged(repo, "check", "--base", "main", "--format", "json");
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stdout).not.toContain('"retire"');
    const report = JSON.parse(run.stdout);
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: "models/b/manifest_active.json",
        message: "models/b/manifest_active.json is in the working tree but cannot be read: permission denied",
      }),
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe.skipIf(process.platform === "win32")("working tree: a FIFO where a manifest should be", () => {
  let writer: ChildProcess | undefined;
  afterEach(() => {
    if (writer?.pid !== undefined && writer.exitCode === null) writer.kill();
  });

  // Only what lstat says is a regular file is opened: opening a FIFO (even without blocking)
  // completes a writer blocked on it, which then writes into a pipe modelgate closes unread.
  // Reading the working tree must not touch other processes.
  it("validate does not open the FIFO (a writer waiting on it stays blocked)", async () => {
    const repo = badPromotionInWorkingTree();
    const fifo = join(repo.dir, "models/c/manifest_active.json");
    rmSync(fifo);
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const marker = join(tempDir(), "written");
    writer = spawn("sh", ["-c", `echo secret > '${fifo}' && touch '${marker}'`], { stdio: "ignore" });
    await new Promise((r) => setTimeout(r, 200));
    const run = cli(repo.dir, "validate", "--format", "json");
    expect(run.code).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    // Opened, the writer's open returns: it writes and exits, or dies of SIGPIPE when modelgate closes first.
    expect({ exit: writer.exitCode, signal: writer.signalCode, wrote: existsSync(marker) }, "modelgate opened the FIFO").toEqual({
      exit: null,
      signal: null,
      wrote: false,
    });
  });
});

describe("check: history of more than 64 changed manifests (git given their folders)", () => {
  // The same kinds as when each path was named to git: manifests at the root, in folders whose names
  // carry pathspec magic (`*`, `?`, `[`, a leading `:`, `:(glob)`), spaces, and 70 models in
  // one folder beside files that are not manifests (their commits must not become events).
  it("rollbacks and reused versions are found for every path", () => {
    const repo = new TestRepo();
    const odd = [
      "manifest_active.json",
      "a b/manifest_active.json",
      "x*y/manifest_active.json",
      "q?/manifest_active.json",
      "[br]/manifest_active.json",
      ":lead/manifest_active.json",
      ":(glob)z/manifest_active.json",
      "d/e/f/manifest_active.json",
      "d/manifest_active.json",
    ];
    const paths = [...odd, ...Array.from({ length: 70 }, (_, i) => `models/m${i}/manifest_active.json`)];
    const all = (f: (p: string, i: number) => object | string) => Object.fromEntries(paths.map((p, i) => [p, f(p, i)]));
    repo
      .write({
        ".modelgate/policy.yaml": `version: 1\nmanifests:\n  - glob: "**/manifest_active.json"\n${POLICY.slice("version: 1\n".length)}`,
        ...all(() => manifest("v1", 0.95)),
      })
      .commit("v1");
    repo
      .write({ ...all(() => manifest("v2", 0.96)), ...Object.fromEntries(paths.map((p) => [p.replace("manifest_active.json", "notes.txt"), "x\n"])) })
      .commit("v2");
    repo.write(Object.fromEntries(paths.map((p) => [p.replace("manifest_active.json", "notes.txt"), "y\n"]))).commit("notes only");
    repo.branch("work");
    // i % 3: 0 rollback to v1 as it served; 1 v1 with other content (a reused version); 2 a new version that fails auc
    repo.write(all((_, i) => (i % 3 === 0 ? manifest("v1", 0.95) : i % 3 === 1 ? manifest("v1", 0.97) : manifest("v3", 0.5)))).commit("pr");
    const run = cli(repo.dir, "check", "--base", "main", "--head", "work", "--format", "json");
    const report = JSON.parse(run.stdout);
    const byPath = new Map(
      report.changes.map((c: { path: string; kind: string; result: string; gates: Array<{ id: string; status: string }> }) => [c.path, c]),
    );
    paths.forEach((p, i) => {
      const c = byPath.get(p) as { kind: string; result: string; gates: Array<{ id: string; status: string }> };
      const got = { kind: c.kind, result: c.result, reused: c.gates.some((g) => g.id === "version-identity") };
      const want = i % 3 === 0 ? { kind: "rollback", result: "pass", reused: false } : { kind: "promotion", result: "fail", reused: i % 3 === 1 };
      expect(got, p).toEqual(want);
    });
  });
});
