// Issue 14: steps back (demotion), certification, retirement and terminal stages, judged by
// the bundled command line on real git repositories: policy text and manifests committed,
// pull requests as branches merged into main, then `check`, `status` and `rollback`.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildExampleRepo, commitAll, git } from "../../scripts/example-repo.mjs";
import type { Report } from "../../src/core/report.js";
import { checkJson, cli, gateOf, ROOT } from "../support/cli.js";
import { TestRepo, tempDir } from "../support/repo.js";

const SLOW = { timeout: 120_000 };
const M = "models/m/manifest_active.json";

const STAGES = `version: 1
manifests:
  - { glob: "models/*/manifest_active.json", model: "{1}", version: version }
gates:
  - id: stage-order
    type: transition
    path: status
    order: [registered, shadow, production]
    initial: [registered, shadow]
    demote: { production: [shadow] }
  - { id: live-sharpe, type: range, path: sharpe, gte: 0.5, when: "candidate.status == 'production'" }
  - { id: sharpe-floor, type: range, path: sharpe, gte: 0.5 }
  - { id: divergence, type: range, path: divergence, lt: 0.15 }
  - { id: ladder, type: rollout, path: pct, steps: [10, 25, 50, 100] }
`;

/** A repository whose main has the policy and the manifest's states, one merged pull request each. */
function repoWith(policy: string, states: Array<{ date: string; manifest: object | null }>): TestRepo {
  const repo = new TestRepo();
  repo.write({ ".modelgate/policy.yaml": policy }).commit("Adopt modelgate", "2025-12-01T00:00:00Z");
  states.forEach((s, i) => {
    repo.branch(`step-${i}`);
    if (s.manifest === null) repo.remove(M);
    else repo.write({ [M]: s.manifest });
    repo.commit(`step ${i}`, s.date);
    repo.checkout("main");
    repo.merge(`step-${i}`, `Merge pull request #${i + 1} from team/step-${i}`, s.date);
  });
  return repo;
}

/** Opens a pull request with the manifest (null: deleted) and checks it against main. */
function propose(repo: TestRepo, branch: string, manifest: object | null, now: string, message = branch): { code: number; report: Report } {
  repo.branch(branch);
  if (manifest === null) repo.remove(M);
  else repo.write({ [M]: manifest });
  repo.commit(message, now);
  repo.checkout("main");
  return checkJson(repo.dir, "--base", "main", "--head", branch, "--now", now);
}

const ids = (r: Report) => r.changes.flatMap((c) => c.gates.map((g) => `${g.id}:${g.status}`));

describe("demotion: a step back runs the gates meant for going back, and only a real step back is one", () => {
  const prod = { version: "v1", status: "production", sharpe: 0.7, divergence: 0.1, pct: 50 };
  const history = [
    { date: "2026-01-01T00:00:00Z", manifest: { ...prod, status: "shadow", pct: 10 } },
    { date: "2026-01-05T00:00:00Z", manifest: { ...prod, pct: 10 } },
    { date: "2026-01-10T00:00:00Z", manifest: { ...prod, pct: 25, divergence: 0.12 } },
    { date: "2026-01-20T00:00:00Z", manifest: prod },
  ];

  it("production → shadow along a demote edge is a demotion: the transition gate judges it, no promotion gate runs", SLOW, () => {
    const repo = repoWith(STAGES, history);
    // The live Sharpe fell: the reason to step back. The manifest records it; nothing else changes.
    const back = propose(repo, "demote", { ...prod, status: "shadow" }, "2026-02-01T00:00:00Z");
    expect(back.report.changes[0]).toMatchObject({ kind: "demotion", from: "v1", to: "v1", result: "pass" });
    expect(ids(back.report)).toEqual(["stage-order:pass", "ladder:pass"]);
    expect(gateOf(back.report, "m", "stage-order").message).toBe("production → shadow, a step back");
    expect(back.code).toBe(0);
    const text = cli(repo.dir, "check", "--base", "main", "--head", "demote", "--now", "2026-02-01T00:00:00Z");
    expect(text.stdout).toContain("m demotion: demote m v1");
  });

  it("a step back the policy does not list is an update, refused by the transition gate", SLOW, () => {
    const repo = repoWith(STAGES, history);
    const far = propose(repo, "to-registered", { ...prod, status: "registered" }, "2026-02-01T00:00:00Z");
    expect(far.report.changes[0].kind).toBe("update");
    expect(gateOf(far.report, "m", "stage-order")).toMatchObject({
      status: "fail",
      message: "production → registered is not an allowed transition (allowed from production: shadow)",
    });
    expect(far.code).toBe(1);
  });

  it("reverting a rollout step (50 → 25 %) with today's metrics is a demotion: the divergence gate, a promotion gate, does not run", SLOW, () => {
    const repo = repoWith(STAGES, history);
    const r = propose(repo, "step-back", { ...prod, pct: 25 }, "2026-02-01T00:00:00Z");
    expect(r.report.changes[0].kind).toBe("demotion");
    expect(ids(r.report)).toEqual(["stage-order:pass", "ladder:pass"]);
    expect(gateOf(r.report, "m", "ladder").message).toBe("rollout reduced from 50% to 25%");
    // The same step back carrying new numbers is an update: every gate judges it.
    const carried = propose(repo, "step-back-and-edit", { ...prod, divergence: 0.3, pct: 25 }, "2026-02-01T00:00:00Z");
    expect(carried.report.changes[0].kind).toBe("update");
    expect(gateOf(carried.report, "m", "divergence").status).toBe("fail");
    expect(carried.code).toBe(1);
  });

  it("the disguise: content that is more than a step back is judged as what it is, whatever its message and branch say", SLOW, () => {
    const repo = repoWith(STAGES, history);
    const message = "Demote m: roll back to shadow\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.";
    const disguised = propose(repo, "rollback/m-v1", { ...prod, status: "shadow", sharpe: 0.2 }, "2026-02-01T00:00:00Z", message);
    expect(disguised.report.changes[0].kind).toBe("update");
    expect(gateOf(disguised.report, "m", "sharpe-floor").status).toBe("fail");
    expect(disguised.code).toBe(1);
    // A step back in one field and a step forward in another is no step back.
    const mixed = propose(repo, "demote-mixed", { ...prod, status: "shadow", pct: 100 }, "2026-02-01T00:00:00Z", "Demote m");
    expect(mixed.report.changes[0].kind).toBe("update");
    // A forward move called a demotion is a forward move.
    const forward = repoWith(STAGES, history.slice(0, 1));
    const promoted = propose(forward, "demote-to-production", { ...prod, sharpe: 0.2, pct: 10 }, "2026-02-01T00:00:00Z", "Demote m");
    expect(promoted.report.changes[0].kind).toBe("update");
    expect(gateOf(promoted.report, "m", "live-sharpe").status).toBe("fail");
    // The history reads kinds with the same function: a merged step back is a demotion there too.
    repo.merge("demote-mixed", "Merge pull request #9 from team/demote-mixed", "2026-02-02T00:00:00Z");
    const back = propose(repo, "back-to-50", { ...prod, status: "shadow", pct: 50 }, "2026-02-03T00:00:00Z");
    expect(back.report.changes[0].kind).toBe("demotion");
    repo.merge("back-to-50", "Merge pull request #10 from team/back-to-50", "2026-02-03T00:00:00Z");
    const kinds = JSON.parse(cli(repo.dir, "history", "--format", "json").stdout).map((e: { kind: string }) => e.kind);
    expect(kinds.slice(-2)).toEqual(["update", "demotion"]);
  });
});

const CERTIFIED = `version: 1
manifests:
  - { glob: "models/*/manifest_active.json", model: "{1}", version: version }
gates:
  - { id: ladder, type: rollout, path: pct, steps: [10, 50, 100] }
  - id: certified-immutable
    type: certified
    min_days: 30
    path: pct
    values: [100]
    mutable: [certified_on]
`;

describe("certification: a version that served 30 days at 100 % without a step back is immutable", () => {
  const v1 = { version: "v1", pct: 100, auc: 0.9, certified_on: null };
  const states = [
    { date: "2026-01-01T00:00:00Z", manifest: { ...v1, pct: 50 } },
    { date: "2026-01-10T00:00:00Z", manifest: v1 },
  ];

  it("an edit in place fails from the day the 30 days are up, not a second before; the certification date may be written", SLOW, () => {
    const repo = repoWith(CERTIFIED, states);
    const edit = { ...v1, auc: 0.95 };
    const early = propose(repo, "edit-early", edit, "2026-02-08T23:59:59Z");
    expect(gateOf(early.report, "m", "certified-immutable")).toMatchObject({ status: "pass" });
    expect(gateOf(early.report, "m", "certified-immutable").message).toContain("certified from 2026-02-09");
    const day = propose(repo, "edit-on-the-day", edit, "2026-02-09T00:00:00Z");
    const gate = gateOf(day.report, "m", "certified-immutable");
    expect(gate.status).toBe("fail");
    expect(gate.message).toContain("v1 is certified since 2026-02-09");
    expect(gate.findings[0]).toMatchObject({ path: "auc", observed: 0.95, active: 0.9, file: M, line: 4 });
    expect(day.code).toBe(1);
    const mark = propose(repo, "write-certified-on", { ...v1, certified_on: "2026-02-09" }, "2026-02-10T00:00:00Z");
    expect(mark.code).toBe(0);

    const status = JSON.parse(cli(repo.dir, "status", "--format", "json", "--now", "2026-02-10T00:00:00Z").stdout);
    expect(status[0].certification).toMatchObject({ certified: true, since: "2026-02-09T00:00:00.000Z", rollbacks: 0 });
    const before = JSON.parse(cli(repo.dir, "status", "--format", "json", "--now", "2026-02-01T00:00:00Z").stdout);
    expect(before[0].certification).toMatchObject({ certified: false, since: null, clock: "2026-01-10T00:00:00.000Z" });
    expect(cli(repo.dir, "status", "--now", "2026-02-10T00:00:00Z").stdout).toMatch(/certified[\s\S]*since 2026-02-09/);
  });

  it("a rollback and a step back may touch a certified version, an edit may not", SLOW, () => {
    const repo = repoWith(CERTIFIED, [...states, { date: "2026-03-01T00:00:00Z", manifest: { ...v1, version: "v2", pct: 10, auc: 0.93 } }]);
    // Back to the certified v1, exactly as it served: a rollback, which the gate does not judge.
    const back = propose(repo, "rollback", v1, "2026-03-05T00:00:00Z");
    expect(back.report.changes[0].kind).toBe("rollback");
    expect(back.code).toBe(0);
    const stepBack = repoWith(CERTIFIED, states);
    const tenth = propose(stepBack, "tenth", { ...v1, pct: 10 }, "2026-03-05T00:00:00Z");
    expect(tenth.report.changes[0]).toMatchObject({ kind: "demotion", result: "pass" });
    const edited = propose(stepBack, "tenth-edited", { ...v1, pct: 10, auc: 0.99 }, "2026-03-05T00:00:00Z");
    expect(edited.report.changes[0]).toMatchObject({ kind: "update", result: "fail" });
    expect(gateOf(edited.report, "m", "certified-immutable").findings.map((f) => f.path)).toEqual(["pct", "auc"]);
  });
});

/** The lifecycle preset's example: mean-reversion v2 in PRODUCTION, momentum v4 in STAGING. */
function lifecycleRepo(): string {
  const { dir } = buildExampleRepo(join(ROOT, "examples", "lifecycle"), tempDir());
  git(dir, ["checkout", "-q", "main"]);
  return dir;
}
const MR = "models/mean-reversion/manifest_active.json";
const MOM = "models/momentum/manifest_active.json";

function branchRm(dir: string, branch: string, path: string, date: string): void {
  git(dir, ["checkout", "-q", "-b", branch, "main"]);
  git(dir, ["rm", "-q", path]);
  commitAll(dir, branch, date);
  git(dir, ["checkout", "-q", "main"]);
}

function mergeInto(dir: string, branch: string, date: string): void {
  git(dir, ["merge", "--no-ff", "-q", "-m", `Merge ${branch}`, branch], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
}

describe("retirement and terminal stages (modelgate:lifecycle, seed 002)", () => {
  it("git rm of a PRODUCTION manifest is a retire the transition gate allows; from STAGING it is refused", SLOW, () => {
    const dir = lifecycleRepo();
    branchRm(dir, "retire-prod", MR, "2026-02-01T00:00:00Z");
    const ok = checkJson(dir, "--base", "main", "--head", "retire-prod", "--now", "2026-02-01T00:00:00Z");
    expect(ok.report.changes[0]).toMatchObject({ model: "mean-reversion", kind: "retire", result: "pass" });
    expect(ids(ok.report)).toEqual(["state-machine:pass"]);
    expect(ok.code).toBe(0);
    branchRm(dir, "retire-staging", MOM, "2026-02-01T00:00:00Z");
    const no = checkJson(dir, "--base", "main", "--head", "retire-staging", "--now", "2026-02-01T00:00:00Z");
    const gate = gateOf(no.report, "momentum", "state-machine");
    expect(gate.status).toBe("fail");
    expect(gate.message).toBe("a model is retired (its manifest deleted) only from PRODUCTION or RETIRED, not from STAGING: move it there first");
    expect(gate.findings[0]).toMatchObject({ file: MOM, path: "state", observed: "STAGING" });
    expect(gate.findings[0].line).toBeGreaterThan(1);
    expect(no.code).toBe(1);
  });

  it("a RETIRED model: status says retired, rollback warns, and the rollback it commits fails the check; a new version may start again", SLOW, () => {
    const dir = lifecycleRepo();
    const retired = { ...JSON.parse(readFileSync(join(dir, MR), "utf8")), state: "RETIRED" };
    git(dir, ["checkout", "-q", "-b", "retire", "main"]);
    writeFileSync(join(dir, MR), `${JSON.stringify(retired, null, 2)}\n`);
    commitAll(dir, "Retire mean-reversion", "2026-02-01T00:00:00Z");
    git(dir, ["checkout", "-q", "main"]);
    const pr = checkJson(dir, "--base", "main", "--head", "retire", "--now", "2026-02-01T00:00:00Z");
    expect(pr.report.changes[0]).toMatchObject({ kind: "update", result: "pass" });
    mergeInto(dir, "retire", "2026-02-01T00:00:00Z");

    const status = cli(dir, "status", "--now", "2026-02-02T00:00:00Z");
    expect(status.stdout).toMatch(/^model\s+version\s+state\s+since/);
    expect(status.stdout).toMatch(/\nmean-reversion\s+v2\s+retired\s+\S+\s+\d+\s+RETIRED \(1 day\)/);
    expect(status.stdout).toMatch(/\nmomentum\s+v4\s+serving\s/);
    const json = JSON.parse(cli(dir, "status", "--format", "json", "--now", "2026-02-02T00:00:00Z").stdout);
    expect(json.find((s: { model: string }) => s.model === "mean-reversion")).toMatchObject({ state: "retired", stage: { value: "RETIRED" } });

    const rollback = cli(dir, "rollback", "mean-reversion", "--to-version", "v2", "--commit");
    expect(rollback.code).toBe(0);
    expect(rollback.stdout).toContain("v2 is retired (RETIRED) and serves nothing.");
    expect(rollback.stdout).not.toContain("serves now");
    expect(rollback.stdout).toContain('Warning: v2 is RETIRED, a terminal stage of the policy: gate "state-machine" refuses to bring mean-reversion back');
    expect(JSON.parse(readFileSync(join(dir, MR), "utf8")).state).toBe("PRODUCTION");
    git(dir, ["checkout", "-q", "main"]);
    const revive = checkJson(dir, "--base", "main", "--head", "rollback/mean-reversion-v2", "--now", "2026-02-03T00:00:00Z");
    expect(revive.report.changes[0].kind).toBe("rollback");
    expect(gateOf(revive.report, "mean-reversion", "state-machine")).toMatchObject({
      status: "fail",
      message:
        "RETIRED is a terminal stage: nothing leaves it, a rollback to a state that served before to PRODUCTION included; a new version starts again in DRAFT or TRAINED",
    });
    expect(revive.code).toBe(1);

    // Deleting the RETIRED manifest is allowed; re-adding the PRODUCTION state later is judged against RETIRED, and refused.
    branchRm(dir, "clean-up", MR, "2026-02-04T00:00:00Z");
    expect(checkJson(dir, "--base", "main", "--head", "clean-up", "--now", "2026-02-04T00:00:00Z").code).toBe(0);
    mergeInto(dir, "clean-up", "2026-02-04T00:00:00Z");
    git(dir, ["checkout", "-q", "-b", "re-add", "main"]);
    git(dir, ["checkout", "rollback/mean-reversion-v2", "--", MR]);
    commitAll(dir, "Bring mean-reversion back", "2026-02-05T00:00:00Z");
    git(dir, ["checkout", "-q", "main"]);
    const readded = checkJson(dir, "--base", "main", "--head", "re-add", "--now", "2026-02-05T00:00:00Z");
    expect(readded.report.changes[0].kind).toBe("rollback");
    expect(gateOf(readded.report, "mean-reversion", "state-machine").status).toBe("fail");
  });

  it(
    "a version that was RETIRED is not brought back by rolling back to it from a later version; rollback restores its last serving state and warns",
    SLOW,
    () => {
      const policy = `version: 1
manifests:
  - { glob: "models/*/manifest_active.json", model: "{1}", version: version }
gates:
  - { id: stages, type: transition, path: state, order: [DRAFT, PRODUCTION, RETIRED], initial: [DRAFT], terminal: [RETIRED] }
`;
      const repo = repoWith(policy, [
        { date: "2026-01-01T00:00:00Z", manifest: { version: "v1", state: "DRAFT" } },
        { date: "2026-01-02T00:00:00Z", manifest: { version: "v1", state: "PRODUCTION" } },
        { date: "2026-01-03T00:00:00Z", manifest: { version: "v1", state: "RETIRED" } },
        { date: "2026-01-04T00:00:00Z", manifest: { version: "v2", state: "DRAFT" } },
      ]);
      const run = cli(repo.dir, "rollback", "m");
      expect(run.code).toBe(0);
      expect(JSON.parse(readFileSync(join(repo.dir, M), "utf8"))).toEqual({ version: "v1", state: "PRODUCTION" });
      expect(run.stdout).toContain("v2 serves now.");
      expect(run.stdout).toContain('Warning: v1 reached RETIRED on 2026-01-03, a terminal stage of the policy: gate "stages" refuses');
      repo.git("checkout", "--", M);
      const back = propose(repo, "revive-v1", { version: "v1", state: "PRODUCTION" }, "2026-01-05T00:00:00Z");
      expect(back.report.changes[0].kind).toBe("rollback");
      expect(gateOf(back.report, "m", "stages").message).toMatch(
        /^version v1 reached RETIRED, a terminal stage, on 2026-01-03 \([0-9a-f]{7}\): a rollback cannot bring it back; a new version starts again in DRAFT$/,
      );
    },
  );

  it("a policy without terminal stages or retire_from runs no transition gate on a rollback or a retire, as before", SLOW, () => {
    const policy = STAGES.replace("    demote: { production: [shadow] }\n", "");
    const repo = repoWith(policy, [{ date: "2026-01-01T00:00:00Z", manifest: { version: "v1", status: "shadow", sharpe: 0.7, divergence: 0.1, pct: 10 } }]);
    const gone = propose(repo, "gone", null, "2026-01-05T00:00:00Z");
    expect(gone.report.changes[0]).toMatchObject({ kind: "retire", gates: [] });
  });
});
