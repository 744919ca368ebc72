import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

/** The first hour's messages (issue 15): each says what is wrong, where, and what to do. */
describe("messages a new user meets", () => {
  const withPolicy = (policy: string) => {
    const repo = new TestRepo();
    repo.write({ ".modelgate/policy.yaml": policy, "models/a/manifest_active.json": { version: "v1" } }).commit("policy");
    return repo;
  };

  it("a misspelled option is named, with the one meant; an option without its value says so", () => {
    const repo = withPolicy("version: 1\n");
    const typo = cli(repo.dir, "check", "--bse", "main");
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('modelgate: unknown option --bse; did you mean --base?\nRun "modelgate --help" for usage.\n');
    expect(cli(repo.dir, "check", "--base").stderr).toContain("modelgate: --base needs a value");
  });

  it("a waiver's date in another format says which format, not a regular expression", () => {
    const run = cli(
      withPolicy("version: 1\ngates:\n  - { id: auc, type: range, path: auc, gte: 0 }\nwaivers:\n  - { gate: auc, reason: x, expires: 31/12/2026 }\n").dir,
      "validate",
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(".modelgate/policy.yaml:5:38: expires must be a date written YYYY-MM-DD, such as 2026-12-31");
    expect(run.stderr).not.toContain("pattern");
  });

  it("a value of the wrong type names the field and what was written; a misspelled field gets the near one", () => {
    const run = cli(withPolicy('version: 1\ngates:\n  - { id: auc, type: range, path: auc, gte: "0.5", lt3: 1 }\n').dir, "validate");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('gate "auc": gte must be a number, not the string "0.5"');
    expect(run.stderr).toContain('gate "auc": unknown field "lt3"\n  hint: did you mean "lt"?');
  });

  it("an empty policy says it is empty and how to start", () => {
    const run = cli(withPolicy("").dir, "validate");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("modelgate: .modelgate/policy.yaml:1:1: the policy file is empty\n  hint: start it with `version: 1`, or run `modelgate init`\n");
  });

  it("rollback with no earlier version says it is the first, and offers --to-version only when another served", () => {
    const repo = withPolicy("version: 1\n");
    const first = cli(repo.dir, "rollback", "a");
    expect(first.code).toBe(2);
    expect(first.stderr).toContain("a has no earlier version to roll back to: v1 is the first that served on this branch");
    expect(first.stderr).not.toContain("--to-version");
  });

  it("counts read as English: one gate, not 1 gates; a warning's findings reach JUnit", () => {
    const repo = withPolicy("version: 1\ngates:\n  - { id: auc, type: range, path: auc, gte: 0.9, severity: warning }\n");
    repo
      .branch("v2")
      .write({ "models/a/manifest_active.json": { version: "v2", auc: 0.5 } })
      .commit("v2");
    const markdown = cli(repo.dir, "check", "--base", "main", "--head", "v2", "--format", "markdown");
    expect(markdown.stdout).toContain("· 1 gate ·");
    const junit = cli(repo.dir, "check", "--base", "main", "--head", "v2", "--format", "junit");
    expect(junit.code).toBe(0);
    expect(junit.stdout).toMatch(
      /<system-out>warn: 1 value out of bounds\nmodels\/a\/manifest_active.json:\d+:\d+: auc is 0.5, must be &gt;= 0.9<\/system-out>/,
    );
  });
});
