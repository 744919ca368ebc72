import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { presetNames } from "../../src/bundled.js";
import { cli } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

describe("modelgate init", () => {
  it.each(["", ...["pivotquant", "shadow-trading", "lifecycle", "glass-box", "registry-stages"]])(
    "writes a policy that loads and the workflow (preset %s)",
    async (preset) => {
      expect(await presetNames()).toContain(preset || "pivotquant");
      const repo = new TestRepo();
      repo.write({ "README.md": "x\n" }).commit("start");
      const run = cli(repo.dir, "init", ...(preset ? ["--preset", preset] : []));
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain("Wrote .modelgate/policy.yaml and .github/workflows/modelgate.yml");
      const policy = readFileSync(join(repo.dir, ".modelgate/policy.yaml"), "utf8");
      if (preset) expect(parse(policy).extends).toEqual([`modelgate:${preset}`]);
      const workflow = parse(readFileSync(join(repo.dir, ".github/workflows/modelgate.yml"), "utf8"));
      expect(Object.keys(workflow.on)).toEqual(["pull_request", "merge_group"]);
      expect(workflow.jobs.check.steps[0].with["fetch-depth"]).toBe(0);
      repo.commit("adopt modelgate");
      // The written policy is valid: validate loads it at the new commit.
      const validate = cli(repo.dir, "validate");
      expect(validate.code, validate.stderr).toBe(0);
    },
  );

  it("never overwrites without --force, and refuses unknown presets", () => {
    const repo = new TestRepo();
    repo.write({ ".modelgate/policy.yaml": "version: 1\n" }).commit("start");
    const again = cli(repo.dir, "init");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(".modelgate/policy.yaml already exists");
    expect(readFileSync(join(repo.dir, ".modelgate/policy.yaml"), "utf8")).toBe("version: 1\n");
    expect(cli(repo.dir, "init", "--force").code).toBe(0);
    const unknown = cli(repo.dir, "init", "--preset", "nope", "--force");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("presets: glass-box, lifecycle, pivotquant, registry-stages, shadow-trading");
  });
});
