import { describe, expect, it } from "vitest";
import type { Override, PullRequestInfo } from "../../src/core/model.js";
import { renderComment } from "../../src/render/comment.js";
import { runCheck } from "../../src/runner.js";
import { VERSION } from "../../src/version.js";
import { TestRepo } from "../support/repo.js";

/**
 * The comment people read, for the three PRs that matter most (issue 14): a failing promotion,
 * a rollback by `git revert`, and a force-promoted one. Real repositories, fixed dates, so the
 * commits and the comment are the same on every run.
 */
const POLICY = `version: 1
gates:
  - { id: auc-floor, type: range, path: metrics.auc, gte: 0.8 }
  - { id: auc-drop, type: regression, path: metrics.auc, better: higher, max_drop: 0.02, on: [promotion] }
  - { id: artifacts, type: artifacts, path: weights }
override: { label: modelgate/force-promote, actors: [ml-lead], require_reason: true }
`;
const M = "models/fraud/manifest_active.json";

function governed(): TestRepo {
  const repo = new TestRepo();
  repo.write({
    ".modelgate/policy.yaml": POLICY,
    [M]: { version: "v1", weights: "models/fraud/w1.bin", metrics: { auc: 0.9 } },
    "models/fraud/w1.bin": "w1\n",
  });
  repo.commit("Adopt modelgate (#1)", "2026-01-01T00:00:00Z");
  return repo;
}

async function comment(repo: TestRepo, head: string, override?: Override): Promise<string> {
  const pr: PullRequestInfo = { number: 7, author: "trainer", labels: override ? ["modelgate/force-promote"] : [], approvals: [], teams: {} };
  const report = await runCheck({
    cwd: repo.dir,
    base: "main",
    head,
    now: new Date("2026-03-01T00:00:00Z"),
    pullRequest: async () => ({ pr, override, notes: [] }),
  });
  // The tool's version is not part of what is judged: a release must not change the snapshots.
  return renderComment(report).replace(`modelgate ${VERSION}</sub>`, "modelgate VERSION</sub>");
}

describe("the comment, as people read it", () => {
  it("a failing promotion", async () => {
    const repo = governed();
    repo
      .branch("v2")
      .write({ [M]: { version: "v2", weights: "models/fraud/w2.bin", metrics: { auc: 0.7 } } })
      .commit("v2", "2026-02-01T00:00:00Z");
    expect(await comment(repo, "v2")).toMatchSnapshot();
  });

  it("a rollback by git revert", async () => {
    const repo = governed();
    repo
      .branch("v2")
      .write({ [M]: { version: "v2", weights: "models/fraud/w2.bin", metrics: { auc: 0.91 } }, "models/fraud/w2.bin": "w2\n" })
      .commit("v2", "2026-02-01T00:00:00Z");
    repo.checkout("main");
    const merge = repo.merge("v2", "Merge pull request #2 from team/v2", "2026-02-02T00:00:00Z");
    repo.branch("revert-v2");
    repo.revert(merge, "2026-02-03T00:00:00Z");
    expect(await comment(repo, "revert-v2")).toMatchSnapshot();
  });

  it("a force-promoted promotion: a banner says who overrode what, and why", async () => {
    const repo = governed();
    repo
      .branch("hotfix")
      .write({ [M]: { version: "v2", weights: "models/fraud/w1.bin", metrics: { auc: 0.75 } } })
      .commit("hotfix", "2026-02-01T00:00:00Z");
    const body = await comment(repo, "hotfix", { actor: "ml-lead", reason: "incident 42: v1 leaks PII, v2 is the fix" });
    expect(body).toContain("🛡️ **Force-promoted** by ml-lead: incident 42: v1 leaks PII, v2 is the fix. 2 failing gates are overridden, not passed.");
    expect(body).toMatchSnapshot();
  });
});
