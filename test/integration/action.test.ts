import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/render/comment.js";
import { mergeGroupPayload, pullRequestPayload, pushPayload, runActionProcess } from "../support/action.js";
import { expectValidReport } from "../support/cli.js";
import { useFakeGitHub } from "../support/github-api.js";
import { TestRepo } from "../support/repo.js";

const POLICY = `version: 1
gates:
  - { id: auc-floor, type: range, path: metrics.auc, gte: 0.7 }
  - { id: auc-regression, type: regression, path: metrics.auc, better: higher, max_drop: 0.02, on: [promotion] }
override:
  label: modelgate/force-promote
  actors: [ml-lead, "@octo-org/ml-leads"]
  require_reason: true
`;
const FRAUD = "models/fraud/manifest_active.json";
const m = (version: string, auc: number) => ({ version, metrics: { auc } });

const github = useFakeGitHub();

function repoWithBranches() {
  const repo = new TestRepo();
  const base = repo.write({ ".modelgate/policy.yaml": POLICY, [FRAUD]: m("v1", 0.8) }).commit("base", "2026-01-01T00:00:00Z");
  const good = repo
    .branch("good")
    .write({ [FRAUD]: m("v2", 0.81) })
    .commit("v2");
  const bad = repo
    .checkout("main")
    .branch("bad")
    .write({ [FRAUD]: m("v2", 0.6) })
    .commit("v2 worse");
  const docs = repo.checkout("main").branch("docs").write({ "README.md": "hello\n" }).commit("docs only");
  repo.checkout("main");
  return { repo, base, good, bad, docs };
}

async function pr(
  workspace: string,
  number: number,
  base: string,
  head: string,
  extra: Partial<Parameters<typeof pullRequestPayload>[0]> = {},
  inputs?: Record<string, string>,
) {
  return runActionProcess({ workspace, event: "pull_request", payload: pullRequestPayload({ number, base, head, ...extra }), api: github(), inputs });
}

describe("the action on pull_request, as the runner runs it", () => {
  it("a passing promotion: outputs, job summary, one comment, exit 0", async () => {
    const { repo, base, good } = repoWithBranches();
    const run = await pr(repo.dir, 1, base, good);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe("pass");
    expect(JSON.parse(run.outputs.changes)).toEqual([{ model: "fraud", path: FRAUD, kind: "promotion", from: "v1", to: "v2", result: "pass" }]);
    const reportText = readFileSync(run.outputs["report-path"], "utf8");
    expectValidReport(JSON.parse(reportText));
    // The report file is for people too (README, The report): indented.
    expect(reportText).toMatch(/^\{\n {2}"schema_version": 1,\n/);
    expect(run.summary).toContain("### ✅ modelgate: 1 model change passes");
    const mine = github().comments.filter((c) => c.issue === 1);
    expect(mine).toHaveLength(1);
    expect(mine[0].body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(mine[0].body).toContain("**To roll back** after merging");
    expect(run.stdout).toMatch(/modelgate made [1-5] GitHub API calls/);
  });

  it("a failing promotion: annotations on the manifest line, a chart, exit 1; a second run updates the same comment", async () => {
    const { repo, base, bad, good } = repoWithBranches();
    const run = await pr(repo.dir, 2, base, bad);
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("fail");
    expect(run.annotations.filter((a) => a.level === "error" && a.props.file).map((a) => [a.props.file, a.props.line, a.props.title])).toEqual([
      [FRAUD, "4", "modelgate auc-floor (fraud)"],
      [FRAUD, "4", "modelgate auc-regression (fraud)"],
    ]);
    const first = github().comments.filter((c) => c.issue === 2);
    expect(first).toHaveLength(1);
    expect(first[0].body).toContain("```mermaid\nxychart-beta");
    expect(first[0].body).toContain("bar [0.8]");
    // The author pushes a fix: same comment, new content.
    const again = await pr(repo.dir, 2, base, good, { action: "synchronize" });
    expect(again.code).toBe(0);
    const after = github().comments.filter((c) => c.issue === 2);
    expect(after.map((c) => c.id)).toEqual([first[0].id]);
    expect(after[0].body).toContain("✅ modelgate");
  });

  it("finds its comment on a later page and ignores a marker planted by someone else", async () => {
    const { repo, base, good } = repoWithBranches();
    for (let i = 0; i < 120; i++) github().comments.push({ id: 50_000 + i, issue: 3, body: `chatter ${i}`, user: "reviewer" });
    github().comments.push({ id: 60_000, issue: 3, body: `${COMMENT_MARKER}\nmodelgate says: all good, merge!`, user: "mallory" });
    await pr(repo.dir, 3, base, good);
    const ours = github().comments.filter((c) => c.issue === 3 && c.user === "github-actions[bot]");
    expect(ours).toHaveLength(1);
    github().comments.push({ id: 70_000, issue: 3, body: "more chatter", user: "reviewer" });
    await pr(repo.dir, 3, base, good);
    expect(
      github()
        .comments.filter((c) => c.issue === 3 && c.user === "github-actions[bot]")
        .map((c) => c.id),
    ).toEqual([ours[0].id]);
    expect(github().comments.find((c) => c.id === 60_000)?.body).toContain("all good, merge!");
  });

  it("with comment: on-change, a pull request that changes no governed file gets no comment", async () => {
    const { repo, base, docs } = repoWithBranches();
    const run = await pr(repo.dir, 4, base, docs);
    expect(run.code).toBe(0);
    expect(github().comments.filter((c) => c.issue === 4)).toEqual([]);
    expect(run.summary).toContain("no governed manifest changed");
  });

  it("a read-only token (fork): the verdict stands, one warning, the report in the job summary", async () => {
    const { repo, base, bad } = repoWithBranches();
    github().inject({
      method: "POST",
      path: /\/issues\/5\/comments$/,
      status: 403,
      body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest" },
    });
    const run = await pr(repo.dir, 5, base, bad);
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("fail");
    expect(run.annotations.filter((a) => a.level === "warning" && a.message.includes("could not be written"))).toHaveLength(1);
    expect(run.summary).toContain("auc-floor");
  });

  it("retries a 502 and then succeeds", async () => {
    const { repo, base, good } = repoWithBranches();
    github().inject({ method: "POST", path: /\/issues\/6\/comments$/, status: 502, headers: { "retry-after": "0" } });
    const run = await pr(repo.dir, 6, base, good);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("GitHub answered 502");
    expect(github().comments.filter((c) => c.issue === 6)).toHaveLength(1);
  });

  it("cuts a long report under GitHub's limit and points to the job summary", async () => {
    const repo = new TestRepo();
    const models: Record<string, string | object> = { ".modelgate/policy.yaml": POLICY };
    for (let i = 0; i < 400; i++) models[`models/model-${String(i).padStart(3, "0")}-${"x".repeat(60)}/manifest_active.json`] = m("v1", 0.8);
    const base = repo.write(models).commit("base");
    for (const k of Object.keys(models)) if (k.startsWith("models/")) models[k] = m("v2", 0.1);
    const head = repo.branch("all-bad").write(models).commit("all bad");
    const run = await pr(repo.dir, 7, base, head);
    expect(run.code).toBe(1);
    const body = github().comments.filter((c) => c.issue === 7)[0].body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("The full report is in the [job summary](https://github.com/octo-org/models/actions/runs/4242)");
    expect(run.summary.length).toBeGreaterThan(body.length);
    expect(run.annotations.filter((a) => a.level === "error" && a.props.file)).toHaveLength(10);
    expect(run.summary).toContain("790 more findings are in this report but not annotated");
  });
});

describe("force-promote", () => {
  it("is honoured when a listed actor applied the label and the body gives a reason", async () => {
    const { repo, base, bad } = repoWithBranches();
    github().labelEvents = [{ event: "labeled", label: "modelgate/force-promote", actor: "ml-lead" }];
    const run = await pr(repo.dir, 8, base, bad, {
      action: "labeled",
      label: "modelgate/force-promote",
      labels: ["modelgate/force-promote"],
      body: "Hotfix.\n\nOverride-Reason: INC-7 rollback of the feature store\n",
    });
    expect(run.code).toBe(0);
    const report = expectValidReport(JSON.parse(readFileSync(run.outputs["report-path"], "utf8")));
    expect(report.changes[0].gates.map((g) => [g.id, g.status, g.override?.actor])).toEqual([
      ["auc-floor", "overridden", "ml-lead"],
      ["auc-regression", "overridden", "ml-lead"],
    ]);
    expect(report.summary.overridden).toBe(2);
    expect(github().comments.filter((c) => c.issue === 8)[0].body).toContain(
      `Force-promote: modelgate/force-promote applied by ml-lead on ${bad.slice(0, 7)}, reason: INC-7 rollback of the feature store. A new push needs the label applied again.`,
    );
  });

  it("counts a member of a listed team", async () => {
    const { repo, base, bad } = repoWithBranches();
    github().labelEvents = [{ event: "labeled", label: "modelgate/force-promote", actor: "oncall" }];
    github().teams = { "@octo-org/ml-leads": ["oncall"] };
    const run = await pr(repo.dir, 9, base, bad, {
      action: "labeled",
      label: "modelgate/force-promote",
      labels: ["modelgate/force-promote"],
      body: "Override-Reason: outage",
    });
    expect(run.code).toBe(0);
  });

  it("is refused when applied by anyone else, when removed and re-applied by someone else, or without a reason outside code", async () => {
    const { repo, base, bad } = repoWithBranches();
    github().teams = {};
    github().labelEvents = [{ event: "labeled", label: "modelgate/force-promote", actor: "mallory" }];
    const labeled = { action: "labeled", label: "modelgate/force-promote", labels: ["modelgate/force-promote"] };
    let run = await pr(repo.dir, 10, base, bad, { ...labeled, body: "Override-Reason: trust me" });
    expect(run.code).toBe(1);
    expect(github().comments.filter((c) => c.issue === 10)[0].body).toContain("applied by mallory, who is not listed in override.actors");
    github().labelEvents = [
      { event: "labeled", label: "modelgate/force-promote", actor: "ml-lead" },
      { event: "unlabeled", label: "modelgate/force-promote", actor: "ml-lead" },
      { event: "labeled", label: "modelgate/force-promote", actor: "mallory" },
    ];
    run = await pr(repo.dir, 10, base, bad, { ...labeled, body: "Override-Reason: x" });
    expect(run.code).toBe(1);
    github().labelEvents = [{ event: "labeled", label: "modelgate/force-promote", actor: "ml-lead" }];
    run = await pr(repo.dir, 10, base, bad, { ...labeled, body: "Template:\n```\nOverride-Reason: <why>\n```\n" });
    expect(run.code).toBe(1);
    expect(github().comments.filter((c) => c.issue === 10)[0].body).toContain('no "Override-Reason:" line');
  });
});

describe("approvals", () => {
  it("counts the latest approving review of each reviewer", async () => {
    const repo = new TestRepo();
    const policy = 'version: 1\ngates:\n  - { id: two-approvals, type: approvals, count: 2, from: [alice, bob, "@octo-org/ml-leads"] }\n';
    const base = repo.write({ ".modelgate/policy.yaml": policy, [FRAUD]: m("v1", 0.8) }).commit("base");
    const head = repo
      .branch("p")
      .write({ [FRAUD]: m("v2", 0.8) })
      .commit("v2");
    github().teams = { "@octo-org/ml-leads": ["carol"] };
    github().reviews = [
      { user: "alice", state: "APPROVED" },
      { user: "bob", state: "APPROVED" },
      { user: "bob", state: "CHANGES_REQUESTED" },
      { user: "dave", state: "APPROVED" },
    ];
    expect((await pr(repo.dir, 11, base, head)).code).toBe(1);
    github().reviews.push({ user: "carol", state: "APPROVED" });
    const run = await pr(repo.dir, 11, base, head);
    expect(run.code).toBe(0);
    const report = expectValidReport(JSON.parse(readFileSync(run.outputs["report-path"], "utf8")));
    expect(report.changes[0].gates[0].message).toBe(
      "2 approvals of the head from alice, bob, @octo-org/ml-leads: alice, carol; not counted: dave (not in alice, bob, @octo-org/ml-leads)",
    );
  });
});

describe("merge_group and push", () => {
  it("merge_group checks base_sha against head_sha, without a comment", async () => {
    const { repo, base, bad } = repoWithBranches();
    const before = github().comments.length;
    const run = await runActionProcess({ workspace: repo.dir, event: "merge_group", payload: mergeGroupPayload({ base, head: bad }), api: github() });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("fail");
    expect(github().comments.length).toBe(before);
  });

  it("a push to the default branch after a merge names what was promoted; after a revert, the rollback", async () => {
    const { repo, base } = repoWithBranches();
    const merge = repo.merge("good", "Merge pull request #12 from octo-org/good", "2026-02-01T00:00:00Z");
    let run = await runActionProcess({ workspace: repo.dir, event: "push", payload: pushPayload({ before: base, after: merge }), api: github() });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.changes)).toEqual([
      expect.objectContaining({ model: "fraud", kind: "promotion", from: "v1", to: "v2", pr: 12, commit: merge }),
    ]);
    expect(run.summary).toContain("promote fraud v1 → v2 (#12)");
    const revert = repo.revert(merge, "2026-02-02T00:00:00Z");
    run = await runActionProcess({ workspace: repo.dir, event: "push", payload: pushPayload({ before: merge, after: revert }), api: github() });
    expect(JSON.parse(run.outputs.changes)).toEqual([expect.objectContaining({ model: "fraud", kind: "rollback", from: "v2", to: "v1", reverts: merge })]);
  });

  it("a push to another branch reports nothing", async () => {
    const { repo, base, good } = repoWithBranches();
    const run = await runActionProcess({
      workspace: repo.dir,
      event: "push",
      payload: pushPayload({ before: base, after: good, ref: "refs/heads/good" }),
      api: github(),
    });
    expect(run.code).toBe(0);
    expect(run.outputs.changes).toBe("[]");
  });
});

describe("inputs", () => {
  it("an invalid input fails the step with what to fix", async () => {
    const { repo, base, good } = repoWithBranches();
    const run = await pr(repo.dir, 13, base, good, {}, { comment: "sometimes" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("input comment: must be one of on-change, always, never");
  });
});
