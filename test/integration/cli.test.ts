import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../src/version.js";
import { CLI, cli, ROOT, spawnCli } from "../support/cli.js";
import { TestRepo, tempDir } from "../support/repo.js";

describe("the command line", () => {
  it("prints help and version from the entry, without loading the engine", () => {
    const help = spawnCli(ROOT, "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("modelgate check");
    expect(help.stdout).toContain("Exit status: 0 pass");
    expect(spawnCli(ROOT, "--version").stdout.trim()).toBe(VERSION);
    expect(cli(ROOT, "--version").stdout.trim()).toBe(VERSION);
    expect(VERSION).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });

  it("refuses bad usage with exit 2 and one line saying what is wrong", () => {
    const cases: Array<[string[], string]> = [
      [["frobnicate"], 'unknown command "frobnicate"'],
      [["check", "--format", "xml"], '--format must be one of text, markdown, json, sarif, junit, not "xml"'],
      [["check", "--bogus"], "unknown option --bogus"],
      [["check", "--now", "tomorrow"], "--now must be an ISO-8601 time"],
      [["check", "--policy-ref", "feature"], "--policy-ref must be base or head"],
      [["validate", "--base", "main"], "validate does not take --base"],
      [["rollback"], "rollback needs the model's name"],
      [["status", "--format", "markdown"], "--format must be one of text, json"],
    ];
    for (const [args, message] of cases) {
      const run = cli(ROOT, ...args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(spawnCli(ROOT).code).toBe(2);
    // The same as a process: exit status and streams.
    const spawned = spawnCli(ROOT, "check", "--format", "xml");
    expect(spawned.code).toBe(2);
    expect(spawned.stderr).toContain("--format must be one of");
  });

  it("outside a git repository, says so", () => {
    const run = cli(tempDir(), "check");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("not inside a git repository");
  });
});

describe("output read by a program that stops early", () => {
  it("a closed pipe ends the run quietly with its own exit status, no stack trace", () => {
    const repo = new TestRepo();
    const files: Record<string, object | string> = { ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: auc, type: range, path: auc, gte: 0.9 }\n" };
    for (let i = 0; i < 600; i++) files[`models/m${i}/manifest_active.json`] = { version: "v1", auc: i === 0 ? 0.5 : 0.95 };
    repo.write(files).commit("models");
    // The reader takes one byte and exits, closing its end of the pipe while modelgate still writes.
    const run = spawnSync("bash", ["-c", 'set -o pipefail; "$0" "$1" validate --format json | head -c 1 >/dev/null', process.execPath, CLI], {
      cwd: repo.dir,
      encoding: "utf8",
    });
    const { stderr, status: code } = run;
    expect(stderr).toBe("");
    expect(code).toBe(1); // validate's verdict (m0 fails its gate), not a crash's
  });
});

describe("output read by a slow program", () => {
  it("every byte reaches a reader that waits before reading: the run leaves only once its output is flushed", async () => {
    const repo = new TestRepo();
    // One state whose version is 400,000 characters: its history is far more than a pipe holds.
    const long = `v${"x".repeat(400_000)}`;
    repo.write({ "models/m/manifest_active.json": { version: long } }).commit("m");
    const child = spawn(process.execPath, [CLI, "history", "--format", "json"], { cwd: repo.dir, env: { ...process.env, NO_COLOR: "1" } });
    const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stdout.resume();
    expect(await closed).toBe(0);
    const out = Buffer.concat(chunks).toString("utf8");
    expect(out.length, "bytes read").toBeGreaterThan(400_000);
    const events = JSON.parse(out);
    expect(events).toHaveLength(1);
    expect(events[0].to).toBe(long);
  });
});

describe("JSON for a person or for a program", () => {
  it("--format json is one line into a pipe and indented on a terminal, the same value either way, for check, history, status and test", () => {
    const repo = new TestRepo();
    repo
      .write({
        ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: floor, type: range, path: auc, gte: 0.9 }\n",
        ".modelgate/tests.yaml":
          "version: 1\ncases:\n  - name: a low auc fails\n    model: m\n    candidate: { version: v2, auc: 0.5 }\n    expect: { result: fail, gates: { floor: fail } }\n",
        "models/m/manifest_active.json": { version: "v1", auc: 0.95 },
      })
      .commit("base");
    repo
      .branch("p")
      .write({ "models/m/manifest_active.json": { version: "v2", auc: 0.5 } })
      .commit("p");
    for (const args of [["check", "--base", "main", "--head", "p"], ["history"], ["status"], ["test"]]) {
      const piped = cli(repo.dir, ...args, "--format", "json");
      expect(piped.stdout.trimEnd().split("\n"), args[0]).toHaveLength(1);
      // A terminal, through script(1): a pseudo-terminal for the command, its output copied here (with CR LF line ends).
      const command = [process.execPath, CLI, ...args, "--format", "json"].map((a) => `'${a}'`).join(" ");
      const tty = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: repo.dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      const text = tty.stdout.replace(/\r\n/g, "\n");
      expect(text, args[0]).toMatch(/^[[{]\n {2}/);
      expect(JSON.parse(text), args[0]).toEqual(JSON.parse(piped.stdout));
    }
  });
});

describe("options that point elsewhere", () => {
  it("-C runs in another folder and --policy names another policy file", async () => {
    const { TestRepo } = await import("../support/repo.js");
    const repo = new TestRepo();
    repo
      .write({
        "ci/strict.yaml": "version: 1\ngates:\n  - { id: floor, type: range, path: auc, gte: 0.9 }\n",
        "models/m/manifest_active.json": { version: "v1", auc: 0.95 },
      })
      .commit("base");
    repo
      .branch("p")
      .write({ "models/m/manifest_active.json": { version: "v2", auc: 0.8 } })
      .commit("p");
    const run = cli(ROOT, "-C", repo.dir, "check", "--base", "main", "--head", "p", "--policy", "ci/strict.yaml", "--format", "json");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.policy.path).toBe("ci/strict.yaml");
    expect(report.changes[0].gates[0]).toMatchObject({ id: "floor", status: "fail" });
  });
});
