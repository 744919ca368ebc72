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
      expect(run.stdout).toContain(
        "Wrote .modelgate/policy.yaml, .github/workflows/modelgate.yml, .github/workflows/modelgate-audit.yml and .modelgate/tests.yaml.",
      );
      const audit = parse(readFileSync(join(repo.dir, ".github/workflows/modelgate-audit.yml"), "utf8"));
      expect(audit.on).toEqual({ push: { branches: ["main", "master"] } });
      expect(audit.permissions.contents).toBe("write");
      const policy = readFileSync(join(repo.dir, ".modelgate/policy.yaml"), "utf8");
      if (preset) expect(parse(policy).extends).toEqual([`modelgate:${preset}`]);
      const workflow = parse(readFileSync(join(repo.dir, ".github/workflows/modelgate.yml"), "utf8"));
      const reviews = preset === "" || preset === "glass-box" || preset === "pivotquant" || preset === "shadow-trading";
      expect(Object.keys(workflow.on)).toEqual(reviews ? ["pull_request", "pull_request_review", "merge_group"] : ["pull_request", "merge_group"]);
      expect(workflow.on.pull_request.types).toEqual(["opened", "synchronize", "reopened", "labeled", "unlabeled"]);
      expect(workflow.jobs.check.steps[0].with["fetch-depth"]).toBe(0);
      expect(workflow.jobs.check.steps[0].with["persist-credentials"]).toBe(false);
      expect(workflow.jobs.check["timeout-minutes"]).toBeGreaterThan(0);
      expect(workflow.concurrency).toEqual({ group: `modelgate-${"${{"} github.event.pull_request.number || github.ref }}`, "cancel-in-progress": true });
      // Third-party actions are pinned by commit SHA, the tag in a comment.
      const text = readFileSync(join(repo.dir, ".github/workflows/modelgate.yml"), "utf8");
      expect(text).toContain("uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2");
      for (const line of text.split("\n").filter((l) => l.includes("uses:") && !l.includes("modelgate/modelgate@")))
        expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d/);
      repo.commit("adopt modelgate");
      // The written policy is valid: validate loads it at the new commit.
      const validate = cli(repo.dir, "validate");
      expect(validate.code, validate.stderr).toBe(0);
      // The override block is there, explained and commented; uncommented with a login, it loads and previews.
      expect(policy).toContain("Without actors, no one can force-promote");
      expect(policy).toContain('modelgate check --override-as LOGIN --override-reason "why"');
      const [before, block] = policy.split("# override:\n");
      const enabled = `${before}override:\n${block.replace(/^# {3}/gm, "  ").replace('[LOGIN, "@ORG/TEAM"]', "[alice]")}`;
      repo.write({ ".modelgate/policy.yaml": enabled }).commit("enable the override");
      expect(parse(enabled).override).toMatchObject({ label: "modelgate/force-promote", actors: ["alice"], require_reason: true });
      const preview = cli(repo.dir, "check", "--base", "HEAD", "--override-as", "alice", "--override-reason", "why");
      expect(preview.code, preview.stderr).toBe(0);
      expect(preview.stdout).toContain("Override preview: as if alice applied modelgate/force-promote");
    },
  );

  it("--pages also writes the Pages workflow, the one README shows; without it there is none", () => {
    const repo = new TestRepo();
    repo.write({ "README.md": "x\n" }).commit("start");
    const run = cli(repo.dir, "init", "--pages");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      "Wrote .modelgate/policy.yaml, .github/workflows/modelgate.yml, .github/workflows/modelgate-audit.yml, .modelgate/tests.yaml and .github/workflows/modelgate-pages.yml.",
    );
    const text = readFileSync(join(repo.dir, ".github/workflows/modelgate-pages.yml"), "utf8");
    expect(readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8")).toContain(text);
    const pages = parse(text);
    expect(Object.keys(pages.on)).toEqual(["push", "workflow_dispatch"]);
    expect(pages.jobs.deploy.needs).toBe("build");
    const other = new TestRepo();
    other.write({ "README.md": "x\n" }).commit("start");
    expect(cli(other.dir, "init").code).toBe(0);
    expect(() => readFileSync(join(other.dir, ".github/workflows/modelgate-pages.yml"))).toThrow();
  });

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
