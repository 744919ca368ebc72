import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

// Issue 12, item 5: text from manifests and commits reaches a terminal (escape sequences) and
// the runner's log (a line starting with `::` is a workflow command). The command line escapes it.

const HOSTILE = "v2\u001b[2J\u001b[32mPASS\u001b[0m\n::error file=models/x::forged\r::add-mask::x fra\u200Bud \u202Eevil";

describe("modelgate's text output on hostile manifests and commits", () => {
  it("check, history and status print no escape sequence, no workflow command, no invisible character", () => {
    const repo = new TestRepo();
    const policy =
      'version: 1\nmanifests:\n  - { glob: "models/*/manifest_active.json", model: "{1}", version: version }\ngates:\n  - { id: v, type: allowed, path: version, values: [v1] }\n';
    repo.write({ ".modelgate/policy.yaml": policy, "models/m/manifest_active.json": { version: "v1" } }).commit("base");
    repo
      .branch("p")
      .write({ "models/m/manifest_active.json": { version: HOSTILE } })
      .commit(`promote ${HOSTILE}`);
    const runs = [cli(repo.dir, "check", "--base", "main"), cli(repo.dir, "history"), cli(repo.dir, "status")];
    expect(runs[0].code).toBe(1);
    expect(runs[0].stdout).toContain("\\x1B[2J");
    expect(runs[0].stdout).toContain("fra[U+200B]ud [U+202E]evil");
    for (const run of runs) {
      expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u200B\u202E]/);
      for (const line of run.stdout.split("\n")) expect(line.trimStart().startsWith("::")).toBe(false);
    }
  });
});
