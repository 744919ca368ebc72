import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

describe("every format renders a configuration error (issue 15)", () => {
  const repo = new TestRepo();
  repo.write({ ".modelgate/policy.yaml": 'version: 1\ngates:\n  - { id: auc, type: range, path: auc, gte: "0.5" }\n' }).commit("bad policy");

  it.each(["json", "sarif", "junit", "markdown"])("--format %s: a document on stdout naming the problem, the message on stderr, exit 2", (format) => {
    const run = cli(repo.dir, "validate", "--format", format);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(".modelgate/policy.yaml:3:");
    if (format === "json") expect(JSON.parse(run.stdout)).toMatchObject({ result: "error", errors: [{ message: expect.stringContaining('gate "auc"') }] });
    if (format === "sarif")
      expect(JSON.parse(run.stdout).runs[0].results[0]).toMatchObject({
        ruleId: "modelgate/error",
        level: "error",
        message: { text: expect.stringContaining('gate "auc"') },
      });
    if (format === "junit") expect(run.stdout).toMatch(/^<\?xml[\s\S]*<failure message="gate &quot;auc&quot;/);
    if (format === "markdown") expect(run.stdout).toMatch(/could not run[\s\S]*auc/);
  });
});
