import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkJson, cli, gateOf, registryJson } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

const FRAUD = "models/fraud/manifest_active.json";
const CHURN = "models/churn/manifest_active.json";
const SIMPLE_POLICY = "version: 1\ngates:\n  - { id: auc, type: range, path: metrics.auc, gte: 0.5 }\n";
const fraud = (version: string) => ({ version, metrics: { auc: 0.9 } });

interface Built {
  repo: TestRepo;
  merge2: string;
  merge4: string;
  revert: string;
}

/**
 * main's first-parent history:
 *   01-01 fraud v1 (direct commit)
 *   01-05 #2 merge: fraud v2 (the branch's own commit is dated 2025: it must not count)
 *   01-06 #3 squash: churn c1
 *   01-10 #4 merge: fraud v3
 *   01-12 revert of #4: fraud back to v2
 *   01-15 #6 squash: fraud rolled back to v1 explicitly
 *   01-20 #7 squash: churn retired
 */
function build(): Built {
  const repo = new TestRepo();
  repo.write({ ".modelgate/policy.yaml": SIMPLE_POLICY, [FRAUD]: fraud("v1") }).commit("Add fraud v1", "2026-01-01T00:00:00Z");
  repo
    .branch("p2")
    .write({ [FRAUD]: fraud("v2") })
    .commit("fraud v2", "2025-06-01T00:00:00Z");
  repo.checkout("main");
  const merge2 = repo.merge("p2", "Merge pull request #2 from team/p2", "2026-01-05T00:00:00Z");
  repo
    .branch("p3")
    .write({ [CHURN]: { version: "c1" } })
    .commit("churn c1", "2026-01-06T00:00:00Z");
  repo.checkout("main").squash("p3", "Add churn model (#3)", "2026-01-06T00:00:00Z");
  repo
    .branch("p4")
    .write({ [FRAUD]: fraud("v3") })
    .commit("fraud v3", "2026-01-09T00:00:00Z");
  repo.checkout("main");
  const merge4 = repo.merge("p4", "Merge pull request #4 from team/p4", "2026-01-10T00:00:00Z");
  const revert = repo.revert(merge4, "2026-01-12T00:00:00Z");
  repo
    .branch("p6")
    .write({ [FRAUD]: fraud("v1") })
    .commit("roll back", "2026-01-15T00:00:00Z");
  repo.checkout("main").squash("p6", "Roll back fraud to v1 (#6)", "2026-01-15T00:00:00Z");
  repo.branch("p7").remove(CHURN).commit("retire churn", "2026-01-20T00:00:00Z");
  repo.checkout("main").squash("p7", "Retire churn (#7)", "2026-01-20T00:00:00Z");
  return { repo, merge2, merge4, revert };
}

describe("history, status and rollback from git", () => {
  let b: Built;
  beforeAll(() => {
    b = build();
  });

  it("history lists every change, oldest first, with kind, versions, commit, date, author and PR", () => {
    const run = cli(b.repo.dir, "history", "--format", "json");
    expect(run.code).toBe(0);
    const events = registryJson("history", run.stdout);
    expect(events.map((e: Record<string, unknown>) => [e.date, e.model, e.kind, e.from, e.to, e.pr])).toEqual([
      ["2026-01-01T00:00:00.000Z", "fraud", "new", null, "v1", null],
      ["2026-01-05T00:00:00.000Z", "fraud", "promotion", "v1", "v2", 2],
      ["2026-01-06T00:00:00.000Z", "churn", "new", null, "c1", 3],
      ["2026-01-10T00:00:00.000Z", "fraud", "promotion", "v2", "v3", 4],
      ["2026-01-12T00:00:00.000Z", "fraud", "rollback", "v3", "v2", null],
      ["2026-01-15T00:00:00.000Z", "fraud", "rollback", "v2", "v1", 6],
      ["2026-01-20T00:00:00.000Z", "churn", "retire", "c1", null, 7],
    ]);
    expect(events[1].commit).toBe(b.merge2);
    expect(events[4]).toMatchObject({ commit: b.revert, reverts: b.merge4, author: "Model Trainer" });
    for (const e of events) expect(Object.keys(e)).toEqual(expect.arrayContaining(["model", "kind", "from", "to", "commit", "date", "author", "pr"]));
  });

  it("history MODEL filters, and the text form is a table", () => {
    const events = JSON.parse(cli(b.repo.dir, "history", "churn", "--format", "json").stdout);
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(["new", "retire"]);
    const text = cli(b.repo.dir, "history", "fraud").stdout;
    expect(text.split("\n")[0]).toMatch(/^date\s+model\s+kind\s+version\s+commit\s+pr\s+author$/);
    expect(text).toContain(`rollback (reverts ${b.merge4.slice(0, 7)})`);
  });

  it("status gives each active model's version, since when, the commit and PR, days served and rollbacks", () => {
    const run = cli(b.repo.dir, "status", "--format", "json", "--now", "2026-01-25T12:00:00Z");
    expect(run.code).toBe(0);
    expect(registryJson("status", run.stdout)).toEqual([
      {
        model: "fraud",
        path: FRAUD,
        version: "v1",
        since: "2026-01-15T00:00:00.000Z",
        commit: expect.stringMatching(/^[0-9a-f]{40}$/),
        pr: 6,
        days: 10,
        rollbacks: 2,
        rollbacks_window: { days: 30, count: 2 },
        audit: null,
      },
    ]);
    // At an older commit, churn was active and fraud served v3.
    const then = JSON.parse(cli(b.repo.dir, "status", "--format", "json", "--ref", b.merge4, "--now", "2026-01-11T00:00:00Z").stdout);
    expect(then.map((s: { model: string; version: string; days: number }) => [s.model, s.version, s.days])).toEqual([
      ["churn", "c1", 5],
      ["fraud", "v3", 1],
    ]);
  });

  it("rollback writes the manifest as it was when the previous version was last active, and prints the git commands", () => {
    const repo = build().repo;
    const before = repo.git("rev-parse", "HEAD");
    const run = cli(repo.dir, "rollback", "fraud");
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(repo.dir, FRAUD), "utf8"))).toEqual(fraud("v2"));
    expect(run.stdout).toContain("git switch -c rollback/fraud-v2");
    expect(run.stdout).toContain("Or revert pull request #6");
    expect(repo.git("rev-parse", "HEAD")).toBe(before);
  });

  it("rollback --to-version V restores that version; --commit makes the branch and commit", () => {
    const repo = build().repo;
    const run = cli(repo.dir, "rollback", "fraud", "--to-version", "v3", "--commit");
    expect(run.code).toBe(0);
    expect(repo.git("rev-parse", "--abbrev-ref", "HEAD").trim()).toBe("rollback/fraud-v3");
    expect(repo.git("log", "-1", "--format=%s").trim()).toBe("Roll back fraud to v3");
    expect(repo.git("status", "--porcelain").trim()).toBe("");
    const check = checkJson(repo.dir, "--base", "main", "--head", "HEAD");
    expect(check.report.changes[0]).toMatchObject({ model: "fraud", kind: "rollback", from: "v1", to: "v3" });
  });

  it("rollback to a version never active, or of an unknown model, is a clear error with exit 2", () => {
    const repo = build().repo;
    const never = cli(repo.dir, "rollback", "fraud", "--to-version", "v9");
    expect(never.code).toBe(2);
    expect(never.stderr).toContain("fraud v9 was never active on this branch");
    expect(never.stderr).toContain("versions that were: v1, v2, v3");
    const unknown = cli(repo.dir, "rollback", "nope");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no active model named "nope"');
    expect(repo.git("status", "--porcelain").trim()).toBe("");
  });

  it("check names a head that reverts a promotion commit as a rollback", () => {
    const repo = new TestRepo();
    repo.write({ ".modelgate/policy.yaml": SIMPLE_POLICY, [FRAUD]: fraud("v1") }).commit("v1", "2026-01-01T00:00:00Z");
    repo
      .branch("p")
      .write({ [FRAUD]: fraud("v2") })
      .commit("v2", "2026-01-02T00:00:00Z");
    repo.checkout("main");
    const merge = repo.merge("p", "Merge pull request #2 from team/p", "2026-01-03T00:00:00Z");
    repo.branch("revert-2");
    repo.revert(merge, "2026-01-04T00:00:00Z");
    const { report } = checkJson(repo.dir, "--base", "main", "--head", "revert-2");
    expect(report.changes[0]).toMatchObject({ kind: "rollback", from: "v2", to: "v1" });
  });
});

describe("gates that read time from history", () => {
  const POLICY = `version: 1
gates:
  - { id: soak-7d, type: soak, min_days: 7, on: [promotion] }
  - { id: ladder, type: rollout, path: rollout, steps: [10, 25, 50, 100], min_days_per_step: 2, on: [update] }
`;
  let repo: TestRepo;
  beforeAll(() => {
    repo = new TestRepo();
    repo.write({ ".modelgate/policy.yaml": POLICY, [FRAUD]: { version: "v1", rollout: 10 } }).commit("base", "2026-01-01T00:00:00Z");
    // The promotion's own commit is backdated by its author; only the merge time on main counts.
    repo
      .branch("p2")
      .write({ [FRAUD]: { version: "v2", rollout: 10 } })
      .commit("v2", "2025-01-01T00:00:00Z");
    repo.checkout("main").merge("p2", "Merge pull request #2 from team/p2", "2026-02-01T00:00:00Z");
    repo
      .branch("p3")
      .write({ [FRAUD]: { version: "v3", rollout: 10 } })
      .commit("v3", "2026-02-02T00:00:00Z");
    repo
      .checkout("main")
      .branch("ramp")
      .write({ [FRAUD]: { version: "v2", rollout: 25 } })
      .commit("ramp", "2026-02-02T00:00:00Z");
  });

  it("soak: one second short of 7 days since the merge fails, 7 days passes", () => {
    const short = checkJson(repo.dir, "--base", "main", "--head", "p3", "--now", "2026-02-07T23:59:59Z");
    expect(short.code).toBe(1);
    expect(gateOf(short.report, "fraud", "soak-7d").findings[0].message).toContain("version v2, active since 2026-02-01 (");
    const day = checkJson(repo.dir, "--base", "main", "--head", "p3", "--now", "2026-02-08T00:00:00Z");
    expect(gateOf(day.report, "fraud", "soak-7d").status).toBe("pass");
  });

  it("rollout: a step served 2 days since it reached main may climb", () => {
    // 10% has held since 01-01 (the promotion kept it): it may climb.
    expect(gateOf(checkJson(repo.dir, "--base", "main", "--head", "ramp", "--now", "2026-02-03T00:00:00Z").report, "fraud", "ladder").status).toBe("pass");
  });
});
