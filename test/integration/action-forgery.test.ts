import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/core/report.js";
import { COMMENT_MARKER } from "../../src/render/comment.js";
import { pullRequestPayload, pullRequestReviewPayload, pushPayload, runActionProcess } from "../support/action.js";
import { expectValidReport } from "../support/cli.js";
import { useFakeGitHub } from "../support/github-api.js";
import { TestRepo } from "../support/repo.js";

// Attacks on the verdict through GitHub (issue 12): each reproduced against the action as the
// runner runs it, and refused with a message that says why.

const FRAUD = "models/fraud/manifest_active.json";
const LABEL = "modelgate/force-promote";
const github = useFakeGitHub();

type PrOptions = Partial<Parameters<typeof pullRequestPayload>[0]> & { inputs?: Record<string, string>; env?: Record<string, string>; currentHead?: string };

async function pr(workspace: string, number: number, base: string, head: string, o: PrOptions = {}) {
  const { inputs, env, currentHead, ...payload } = o;
  return runActionProcess({
    workspace,
    event: "pull_request",
    payload: pullRequestPayload({ number, base, head, ...payload }),
    api: github(),
    inputs,
    env,
    currentHead,
  });
}

const reportOf = (run: { outputs: Record<string, string> }): Report => expectValidReport(JSON.parse(readFileSync(run.outputs["report-path"], "utf8")));
const commentsOn = (issue: number) => github().comments.filter((c) => c.issue === issue);

function promotion(policy: string) {
  const repo = new TestRepo();
  const base = repo.write({ ".modelgate/policy.yaml": policy, [FRAUD]: { version: "v1", metrics: { auc: 0.8 } } }).commit("base");
  const head = repo
    .branch("p")
    .write({ [FRAUD]: { version: "v2", metrics: { auc: 0.6 } } })
    .commit("v2");
  const later = repo.write({ [FRAUD]: { version: "v2", metrics: { auc: 0.55 } } }).commit("v2, worse still");
  repo.checkout("main");
  return { repo, base, head, later };
}

describe("approvals count only the head commit, people with write access, never the author", () => {
  const POLICY = "version: 1\ngates:\n  - { id: one-approval, type: approvals, count: 1 }\n";

  it("refuses a drive-by approval, an approval of an older commit and the author's own, saying whose and why", async () => {
    const { repo, base, head, later } = promotion(POLICY);
    github().permissions = { alice: "write", mallory: "read", trainer: "admin" };
    github().reviews = [
      { user: "alice", state: "APPROVED", commit: head },
      { user: "mallory", state: "APPROVED", commit: later },
      { user: "trainer", state: "APPROVED", commit: later, association: "OWNER" },
    ];
    // alice approved v2 at 0.6; the author then pushed a worse manifest.
    const run = await pr(repo.dir, 101, base, later, { author: "trainer" });
    expect(run.code).toBe(1);
    const gate = reportOf(run).changes[0].gates[0];
    expect(gate.status).toBe("fail");
    expect(gate.message).toBe(
      `0 approvals of the head by people with write access, 1 needed; not counted: alice (approved ${head.slice(0, 7)}, not the head ${later.slice(0, 7)}), mallory (no write access to the repository), trainer (the author)`,
    );
    // alice approves the head: it counts, and the report still says whose did not.
    github().reviews.push({ user: "alice", state: "APPROVED", commit: later });
    const again = await pr(repo.dir, 101, base, later, { author: "trainer", action: "synchronize" });
    expect(again.code).toBe(0);
    expect(reportOf(again).changes[0].gates[0].message).toBe(
      "1 approval of the head by people with write access: alice; not counted: mallory (no write access to the repository), trainer (the author)",
    );
    expect(github().requests.filter((r) => r.path.endsWith("/collaborators/alice/permission")).length).toBeGreaterThan(0);
  });
});

describe("a review re-judges the head (the pull_request_review trigger init writes)", () => {
  it("runs on pull_request_review and counts the approval just given to the head", async () => {
    const { repo, base, later } = promotion("version: 1\ngates:\n  - { id: one-approval, type: approvals, count: 1 }\n");
    github().permissions = { alice: "write" };
    github().reviews = [{ user: "alice", state: "APPROVED", commit: later }];
    const run = await runActionProcess({
      workspace: repo.dir,
      event: "pull_request_review",
      payload: pullRequestReviewPayload({ number: 110, base, head: later }),
      api: github(),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(reportOf(run).changes[0].gates[0].message).toBe("1 approval of the head by people with write access: alice");
  });
});

describe("the override label holds only for the head it was applied on", () => {
  const POLICY = `version: 1
gates:
  - { id: auc-floor, type: range, path: metrics.auc, gte: 0.7 }
override:
  label: ${LABEL}
  actors: [ml-lead]
`;

  it("is honoured on the head it was applied on; after a new push it is refused until applied again", async () => {
    const { repo, base, head, later } = promotion(POLICY);
    github().labelEvents = [{ event: "labeled", label: LABEL, actor: "ml-lead" }];
    const labeled = await pr(repo.dir, 102, base, head, { action: "labeled", label: LABEL, labels: [LABEL] });
    expect(labeled.code).toBe(0);
    expect(reportOf(labeled).changes[0].gates[0].status).toBe("overridden");

    // The author pushes a worse model; the label is still on the pull request.
    const pushed = await pr(repo.dir, 102, base, later, { action: "synchronize", labels: [LABEL] });
    expect(pushed.code).toBe(1);
    expect(reportOf(pushed).changes[0].gates[0].status).toBe("fail");
    const body = commentsOn(102)[0].body;
    expect(body).toContain(
      `The label ${LABEL} was applied by ml-lead on ${head.slice(0, 7)}, before the push of ${later.slice(0, 7)}: an override holds only for the head it was given on. Remove the label and apply it again to force-promote ${later.slice(0, 7)}.`,
    );

    // Any other event on the new head (a review, an unrelated label) does not revive it.
    expect((await pr(repo.dir, 102, base, later, { action: "labeled", label: "docs", labels: [LABEL, "docs"] })).code).toBe(1);

    // Applied again on the new head: honoured, and a re-run on the same head keeps it.
    github().labelEvents.push({ event: "unlabeled", label: LABEL, actor: "ml-lead" }, { event: "labeled", label: LABEL, actor: "ml-lead" });
    expect((await pr(repo.dir, 102, base, later, { action: "labeled", label: LABEL, labels: [LABEL] })).code).toBe(0);
    expect((await pr(repo.dir, 102, base, later, { action: "reopened", labels: [LABEL] })).code).toBe(0);
  });

  it("a label already on the pull request when a run starts for another reason is not honoured without a record", async () => {
    const { repo, base, later } = promotion(POLICY);
    github().labelEvents = [{ event: "labeled", label: LABEL, actor: "ml-lead" }];
    const run = await pr(repo.dir, 103, base, later, { action: "synchronize", labels: [LABEL] });
    expect(run.code).toBe(1);
    expect(commentsOn(103)[0].body).toContain(`before ${later.slice(0, 7)} became the head`);
  });
});

describe("the action judges what merging produces", () => {
  // A promotion must keep the threshold at most 0.6; updates in place are not gated.
  const POLICY = `version: 1
gates:
  - { id: promotion-threshold, type: range, path: threshold, lte: 0.6, on: [promotion] }
`;
  const manifest = (version: string, auc: number, threshold: number) => ({ version, metrics: { auc }, a: 1, b: 2, c: 3, d: 4, threshold });

  it("on pull_request: GitHub's merge commit against the current base, not the head against an old fork point", async () => {
    const repo = new TestRepo();
    const fork = repo.write({ ".modelgate/policy.yaml": POLICY, [FRAUD]: manifest("v1", 0.8, 0.5) }).commit("base");
    const head = repo
      .branch("p", fork)
      .write({ [FRAUD]: manifest("v2", 0.82, 0.5) })
      .commit("v2");
    // Meanwhile the base branch raised the threshold in place (an update, which this gate allows).
    const base = repo
      .checkout("main")
      .write({ [FRAUD]: manifest("v1", 0.8, 0.9) })
      .commit("raise threshold");
    // refs/pull/N/merge, as GitHub makes it: the base's tip merged with the head.
    repo.git("checkout", "-q", "--detach", base);
    repo.git("merge", "--no-ff", "-q", "-m", "Merge head into base", head);
    const merge = repo.git("rev-parse", "HEAD").trim();
    repo.checkout("main");

    // The head alone still has threshold 0.5 and passes; the merge promotes with 0.9.
    const run = await pr(repo.dir, 104, fork, head, { env: { GITHUB_SHA: merge } });
    expect(run.code).toBe(1);
    const report = reportOf(run);
    expect([report.base, report.head]).toEqual([base, merge]);
    expect(report.changes[0]).toMatchObject({ kind: "promotion", from: "v1", to: "v2", result: "fail" });
    expect(report.changes[0].gates[0].findings[0]).toMatchObject({ observed: 0.9, limit: 0.6 });
    expect(run.summary).toContain(`the merge of head ${head.slice(0, 7)} into base ${base.slice(0, 7)}`);
    expect(commentsOn(104)[0].body).toContain(`<!-- modelgate:head ${head} -->`);
  });

  it("from a shallow checkout of the merge commit, as actions/checkout makes it by default", async () => {
    const origin = new TestRepo();
    const fork = origin.write({ ".modelgate/policy.yaml": POLICY, [FRAUD]: manifest("v1", 0.8, 0.5) }).commit("base");
    const head = origin
      .branch("p", fork)
      .write({ [FRAUD]: manifest("v2", 0.82, 0.5) })
      .commit("v2");
    const base = origin
      .checkout("main")
      .write({ [FRAUD]: manifest("v1", 0.8, 0.9) })
      .commit("raise threshold");
    origin.git("checkout", "-q", "--detach", base);
    origin.git("merge", "--no-ff", "-q", "-m", "Merge head into base", head);
    const merge = origin.git("rev-parse", "HEAD").trim();
    origin.git("update-ref", "refs/pull/111/merge", merge);
    origin.checkout("main");
    const clone = new TestRepo();
    clone.git("remote", "add", "origin", `file://${origin.dir}`);
    clone.git("fetch", "-q", "--depth=1", "origin", "+refs/pull/111/merge:refs/remotes/pull/111/merge");
    clone.git("checkout", "-q", "--detach", merge);
    const run = await pr(clone.dir, 111, fork, head, { env: { GITHUB_SHA: merge } });
    expect(run.code, run.stdout).toBe(1);
    expect([reportOf(run).base, reportOf(run).head]).toEqual([base, merge]);
  });

  it("without a merge commit whose second parent is the head, judges the head and says so", async () => {
    const repo = new TestRepo();
    const base = repo.write({ ".modelgate/policy.yaml": POLICY, [FRAUD]: manifest("v1", 0.8, 0.5) }).commit("base");
    const head = repo
      .branch("p")
      .write({ [FRAUD]: manifest("v2", 0.82, 0.5) })
      .commit("v2");
    repo.checkout("main");
    // A stale or forged merge sha (here: the base) is not used.
    const run = await pr(repo.dir, 105, base, head, { env: { GITHUB_SHA: base } });
    expect(run.code).toBe(0);
    expect(reportOf(run).head).toBe(head);
    expect(commentsOn(105)[0].body).toContain("GitHub&#39;s merge commit".replace("&#39;", "'"));
  });
});

describe("the sticky comment", () => {
  const POLICY = "version: 1\ngates:\n  - { id: auc-floor, type: range, path: metrics.auc, gte: 0.7 }\n";

  it("with a GitHub App installation token (GET /user answers 403) is written once and updated in place", async () => {
    const { repo, base, head, later } = promotion(POLICY);
    github().tokenUser = null;
    github().commenter = "modelgate-app[bot]";
    try {
      // A marker planted by a person is ignored.
      github().comments.push({ id: 90_106, issue: 106, body: `${COMMENT_MARKER}\nall good, merge`, user: "mallory" });
      await pr(repo.dir, 106, base, head);
      await pr(repo.dir, 106, base, later, { action: "synchronize" });
      await pr(repo.dir, 106, base, later, { action: "synchronize" });
      const ours = github()
        .commentsBy("modelgate-app[bot]")
        .filter((c) => c.issue === 106);
      expect(ours).toHaveLength(1);
      expect(ours[0].body).toContain(`<!-- modelgate:head ${later} -->`);
      expect(github().comments.find((c) => c.id === 90_106)?.body).toContain("all good, merge");
      // With the comment-author input, GET /user is not asked.
      const asked = github().requests.filter((r) => r.path === "/user").length;
      await pr(repo.dir, 106, base, later, { action: "synchronize", inputs: { "comment-author": "modelgate-app[bot]" } });
      expect(github().requests.filter((r) => r.path === "/user").length).toBe(asked);
      expect(
        github()
          .commentsBy("modelgate-app[bot]")
          .filter((c) => c.issue === 106),
      ).toHaveLength(1);
    } finally {
      github().commenter = "github-actions[bot]";
    }
  });

  it("a run for an older head that finishes last does not overwrite the newer head's verdict", async () => {
    const { repo, base, head, later } = promotion(POLICY.replace("gte: 0.7", "gte: 0.58"));
    // The run for the newer head (auc 0.55, fails) writes first.
    expect((await pr(repo.dir, 107, base, later, { action: "synchronize" })).code).toBe(1);
    const newer = commentsOn(107)[0].body;
    expect(newer).toContain(`<!-- modelgate:head ${later} -->`);
    expect(newer).toContain(`judged <code>${later.slice(0, 12)}</code>`);
    // The run for the older head (auc 0.6, passes) ends later: the pull request's head is the newer one.
    const stale = await pr(repo.dir, 107, base, head, { currentHead: later });
    expect(stale.code).toBe(0);
    expect(stale.stdout).toContain(`The pull request's head is now ${later.slice(0, 7)}; this run judged ${head.slice(0, 7)}`);
    expect(commentsOn(107)).toHaveLength(1);
    expect(commentsOn(107)[0].body).toBe(newer);
  });

  it("a create whose answer is lost is not repeated: one POST, one comment", async () => {
    const { repo, base, head } = promotion(POLICY);
    github().inject({ method: "POST", path: /\/issues\/108\/comments$/, status: 201, hang: "after" });
    const run = await pr(repo.dir, 108, base, head, { env: { MODELGATE_GITHUB_TIMEOUT_MS: "1500" } });
    expect(run.code).toBe(1);
    expect(github().requests.filter((r) => r.method === "POST" && r.path.endsWith("/issues/108/comments"))).toHaveLength(1);
    expect(commentsOn(108)).toHaveLength(1);
  });

  it("a request that never answers cannot keep the run alive: the whole run has a deadline", { timeout: 120_000 }, async () => {
    const { repo, base, head } = promotion(POLICY);
    github().inject({ method: "GET", path: /\/issues\/109\/comments$/, status: 200, hang: "before", times: 10 });
    // The per-request timeout is far away; only the run's deadline can end it.
    const run = await pr(repo.dir, 109, base, head, { env: { MODELGATE_GITHUB_TIMEOUT_MS: "3600000" }, inputs: { "timeout-seconds": "3" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("modelgate did not finish within 3 s (input timeout-seconds)");
    expect(commentsOn(109)).toHaveLength(0);
    github().injected.splice(0);
  });
});

describe("the push summary", () => {
  it("escapes model names and versions from manifests", async () => {
    const repo = new TestRepo();
    const policy = 'version: 1\nmanifests:\n  - { glob: "models/*/manifest_active.json", model: "{1}", version: version }\ngates: []\n';
    const base = repo.write({ ".modelgate/policy.yaml": policy, "models/m/manifest_active.json": { version: "v1" } }).commit("base");
    repo
      .branch("p")
      .write({ "models/m/manifest_active.json": { version: "v2 @admin https://evil.example <img src=x>" } })
      .commit("v2");
    repo.checkout("main");
    const merge = repo.merge("p", "Merge pull request #7 from octo-org/p", "2026-02-01T00:00:00Z");
    const run = await runActionProcess({ workspace: repo.dir, event: "push", payload: pushPayload({ before: base, after: merge }), api: github() });
    expect(run.code).toBe(0);
    expect(run.summary).toContain("promote m v1 → v2 @<!-- -->admin");
    expect(run.summary).not.toMatch(/@admin|https:\/\/|<img/);
  });
});
