import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GIT_ENV } from "../../scripts/example-repo.mjs";
import { cli, expectValidReport } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

const POLICY = "version: 1\ngates:\n  - { id: auc, type: range, path: auc, gte: 0.9 }\n";
const M = "models/fraud/manifest_active.json";

function governed(): TestRepo {
  const repo = new TestRepo();
  repo.write({ ".modelgate/policy.yaml": POLICY, [M]: { version: "v1", auc: 0.95 } }).commit("governed");
  return repo;
}

describe("the working tree is read where a user expects it (issue 15)", () => {
  it("validate right after init reads the files init wrote, and says it read the working tree", () => {
    const repo = new TestRepo();
    repo.write({ "README.md": "x\n" }).commit("start");
    expect(cli(repo.dir, "init").code).toBe(0);
    const run = cli(repo.dir, "validate", "--format", "json");
    expect(run.code, run.stderr).toBe(0);
    const report = expectValidReport(JSON.parse(run.stdout));
    expect(report.head).toBe("(working tree)");
    expect(report.notes).toEqual(["Validated the working tree, uncommitted edits included; --ref names a commit to validate instead."]);
    // A commit is still what --ref names: HEAD has no policy yet.
    expect(cli(repo.dir, "validate", "--ref", "HEAD").code).toBe(2);
  });

  it("check without --head judges uncommitted edits, staged or not, and untracked manifests", () => {
    const repo = governed();
    repo.branch("work");
    repo.write({ [M]: { version: "v2", auc: 0.5 } });
    const edited = cli(repo.dir, "check", "--base", "main", "--format", "json");
    expect(edited.code).toBe(1);
    const report = expectValidReport(JSON.parse(edited.stdout));
    expect(report.changes.map((c) => [c.model, c.kind, c.result])).toEqual([["fraud", "promotion", "fail"]]);
    expect(report.notes).toContain("Judged the working tree, uncommitted edits included; --head names a commit to judge instead.");
    expect(cli(repo.dir, "check", "--base", "main").stdout).toContain("(head (working tree))");
    repo.git("add", M);
    repo.write({ "models/churn/manifest_active.json": { version: "v1", auc: 0.99 } });
    const both = expectValidReport(JSON.parse(cli(repo.dir, "check", "--base", "main", "--format", "json").stdout));
    expect(both.changes.map((c) => [c.model, c.kind])).toEqual([
      ["churn", "new"],
      ["fraud", "promotion"],
    ]);
    // --head HEAD judges the commit, which has neither edit.
    expect(JSON.parse(cli(repo.dir, "check", "--base", "main", "--head", "HEAD", "--format", "json").stdout).changes).toEqual([]);
  });

  it("a symlink in the working tree is reported as a link, never followed", () => {
    const repo = governed();
    repo.write({ "elsewhere/manifest_active.json": { version: "v9", auc: 0.1 } });
    symlinkSync("../elsewhere", join(repo.dir, "models/turbo"));
    const run = cli(repo.dir, "check", "--base", "main", "--format", "json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).errors[0].message).toContain("models/turbo is a symbolic link where governed manifests live");
  });

  it("validate reads each file as git would store it: a link on the way or at the end is a link, a deleted file is gone", () => {
    const repo = governed();
    repo
      .write({ "models/gone/manifest_active.json": { version: "v1", auc: 0.95 }, "models/moved/manifest_active.json": { version: "v1", auc: 0.95 } })
      .commit("more");
    repo.write({ "elsewhere/manifest_active.json": { version: "v9", auc: 0.99 }, "models/fresh/manifest_active.json": { version: "v1", auc: 0.2 } });
    rmSync(join(repo.dir, "models/gone"), { recursive: true });
    // A committed model's folder replaced by a link to a passing manifest, and an untracked manifest that is a link.
    rmSync(join(repo.dir, "models/moved"), { recursive: true });
    symlinkSync("../elsewhere", join(repo.dir, "models/moved"));
    mkdirSync(join(repo.dir, "models/linked"));
    symlinkSync("../../elsewhere/manifest_active.json", join(repo.dir, "models/linked/manifest_active.json"));
    const run = cli(repo.dir, "validate", "--format", "json");
    expect(run.code).toBe(1);
    const report = expectValidReport(JSON.parse(run.stdout));
    expect(report.changes.map((c) => [c.path, c.result])).toEqual([
      ["models/fraud/manifest_active.json", "pass"],
      ["models/fresh/manifest_active.json", "fail"],
      ["models/linked/manifest_active.json", "fail"],
      ["models/moved/manifest_active.json", "fail"],
    ]);
    expect(report.errors.map((e) => [e.file, e.message])).toEqual([
      ["models/linked/manifest_active.json", "a governed manifest must be a regular file, this is a symlink"],
      ["models/moved/manifest_active.json", "a governed manifest must be a regular file, this is a symlink"],
    ]);
  });

  it("init --hook installs a pre-commit hook that refuses a commit whose manifest fails, and lets a good one through", () => {
    const repo = governed();
    const run = cli(repo.dir, "init", "--hook", "--force");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(".git/hooks/pre-commit");
    expect(existsSync(join(repo.dir, ".git/hooks/pre-commit"))).toBe(true);
    repo.write({ ".modelgate/policy.yaml": POLICY, [M]: { version: "v2", auc: 0.5 } });
    const commit = (message: string) =>
      spawnSync("git", ["commit", "-qam", message], { cwd: repo.dir, encoding: "utf8", env: { ...process.env, ...GIT_ENV, NO_COLOR: "1" } });
    repo.git("add", "-A");
    const refused = commit("worse");
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain("auc");
    repo.write({ [M]: { version: "v2", auc: 0.97 } });
    const accepted = commit("better");
    expect(accepted.status, accepted.stderr).toBe(0);
  });
});
