// Seed 001's lifecycle with the challenger in shadow beside production (issue 14): the policy
// from docs/shadow-trading.md "Shadow beside production", replayed as pull requests merged into
// main on a real repository and judged by the bundled command line.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/core/report.js";
import { checkJson, cli, gateOf, ROOT, registryJson } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

const SLOW = { timeout: 300_000 };
const ACTIVE = "models/momentum/manifest_active.json";
const SHADOW = "models/momentum/manifest_shadow.json";

function docsPolicy(): string {
  const page = readFileSync(join(ROOT, "docs", "shadow-trading.md"), "utf8");
  const section = page.slice(page.indexOf("## Shadow beside production"));
  return /```yaml\n([\s\S]*?)```/.exec(section)?.[1] as string;
}

const example = (path: string) => readFileSync(join(ROOT, "examples", "shadow-trading", "base", path), "utf8");
const base = JSON.parse(example(ACTIVE));

type Metrics = Partial<{ sessions: number; trade_count: number; live_sharpe_ratio: number }>;

/** A manifest of the seed's shape: the version (model hash), its status and its shadow metrics. */
function manifest(hash: string, status: string, metrics: Metrics = {}) {
  return {
    ...base,
    model_hash: hash,
    governance: { ...base.governance, status, shadow_metrics: { ...base.governance.shadow_metrics, ...metrics } },
  };
}

const failing = (r: Report) => r.changes.flatMap((c) => c.gates.filter((g) => g.status === "fail").map((g) => `${c.alias}:${g.id}`)).sort();

describe("shadow-trading (seed 001) with the challenger beside production", () => {
  it("register → shadow → promote → a second challenger beside production → promote → roll back; and what it refuses", SLOW, () => {
    const repo = new TestRepo();
    repo.write({
      ".modelgate/policy.yaml": docsPolicy(),
      "data/momentum/labels.csv": example("data/momentum/labels.csv"),
      "data/momentum/train.csv": example("data/momentum/train.csv"),
    });
    repo.commit("Adopt modelgate", "2026-01-01T00:00:00Z");
    let prs = 0;
    const step = (branch: string, files: Record<string, object | null>, date: string) => {
      repo.branch(branch);
      for (const [path, content] of Object.entries(files)) {
        if (content === null) repo.remove(path);
        else repo.write({ [path]: content });
      }
      repo.commit(branch, date);
      repo.checkout("main");
      return branch;
    };
    const check = (branch: string, now: string) => checkJson(repo.dir, "--base", "main", "--head", branch, "--now", now);
    const land = (branch: string, files: Record<string, object | null>, date: string) => {
      const run = check(step(branch, files, date), date);
      expect(failing(run.report), branch).toEqual([]);
      expect(run.code, branch).toBe(0);
      prs += 1;
      repo.merge(branch, `Merge pull request #${prs} from org/${branch}`, date);
      return run.report;
    };

    // v1: registered, then in shadow, its metrics gathered session by session.
    expect(land("register-v1", { [SHADOW]: manifest("aaaa00000001", "registered") }, "2026-01-02T00:00:00Z").changes[0]).toMatchObject({
      alias: "shadow",
      kind: "new",
    });
    land("shadow-v1", { [SHADOW]: manifest("aaaa00000001", "shadow", { sessions: 2, trade_count: 12 }) }, "2026-01-03T00:00:00Z");
    land("sessions-v1", { [SHADOW]: manifest("aaaa00000001", "shadow") }, "2026-01-05T00:00:00Z");

    // Too early: registered on the 2nd, in shadow (this version) since the 2nd: three days end on the 5th.
    const promote1 = { [ACTIVE]: manifest("aaaa00000001", "production"), [SHADOW]: null };
    const early = check(step("promote-v1-early", promote1, "2026-01-04T12:00:00Z"), "2026-01-04T12:00:00Z");
    expect(failing(early.report)).toEqual(["production:shadow-days"]);
    expect(gateOf(early.report, "momentum@production", "shadow-days").message).toContain("allowed from 2026-01-05");
    const first = land("promote-v1", promote1, "2026-01-06T00:00:00Z");
    expect(first.changes.map((c) => [c.alias, c.kind])).toEqual([
      ["production", "new"],
      ["shadow", "retire"],
    ]);

    // v2 runs in shadow beside v1, which keeps serving.
    land("register-v2", { [SHADOW]: manifest("bbbb00000002", "shadow", { sessions: 1 }) }, "2026-01-08T00:00:00Z");
    const status = registryJson("status", cli(repo.dir, "status", "--format", "json", "--now", "2026-01-09T00:00:00Z").stdout);
    expect(status.map((s) => [s.alias, s.version])).toEqual([
      ["production", "aaaa00000001"],
      ["shadow", "bbbb00000002"],
    ]);
    expect(status[1].next).toMatchObject({ step: "promote from shadow", allowed_from: "2026-01-11T00:00:00.000Z" });

    // Refused: too few sessions in shadow, however long it ran.
    const thin = check(
      step("promote-v2-thin", { [ACTIVE]: manifest("bbbb00000002", "production", { sessions: 1 }) }, "2026-01-12T00:00:00Z"),
      "2026-01-12T00:00:00Z",
    );
    expect(failing(thin.report)).toEqual(["production:shadow-sessions"]);
    land("sessions-v2", { [SHADOW]: manifest("bbbb00000002", "shadow", { sessions: 7 }) }, "2026-01-12T00:00:00Z");
    // Refused: a Sharpe ratio better than what ran in shadow (the shadow pointer holds 0.8).
    const polished = check(
      step("promote-v2-polished", { [ACTIVE]: manifest("bbbb00000002", "production", { sessions: 7, live_sharpe_ratio: 1.4 }) }, "2026-01-13T00:00:00Z"),
      "2026-01-13T00:00:00Z",
    );
    expect(failing(polished.report)).toEqual(["production:shadow-days"]);
    expect(gateOf(polished.report, "momentum@production", "shadow-days").message).toContain("with other content");
    // Refused: a version straight to production while another runs in shadow.
    const straight = check(step("v3-straight", { [ACTIVE]: manifest("cccc00000003", "production") }, "2026-01-13T00:00:00Z"), "2026-01-13T00:00:00Z");
    expect(gateOf(straight.report, "momentum@production", "shadow-days").message).toBe(
      "version cccc00000003 is not what serves as shadow at the base: shadow holds version bbbb00000002; promote the content that ran as shadow",
    );

    const promoted = land("promote-v2", { [ACTIVE]: manifest("bbbb00000002", "production", { sessions: 7 }), [SHADOW]: null }, "2026-01-14T00:00:00Z");
    expect(promoted.changes[0]).toMatchObject({ alias: "production", kind: "promotion", from: "aaaa00000001", to: "bbbb00000002" });

    // Roll back production to v1: the command writes it, the check judges it a rollback.
    const rollback = cli(repo.dir, "rollback", "momentum", "--alias", "production", "--commit");
    expect(rollback.code, rollback.stderr).toBe(0);
    repo.checkout("main");
    const back = check("rollback/momentum-aaaa00000001", "2026-01-15T00:00:00Z");
    expect(back.report.changes.map((c) => [c.alias, c.kind, c.to])).toEqual([["production", "rollback", "aaaa00000001"]]);
    expect(back.code).toBe(0);
    const history = registryJson("history", cli(repo.dir, "history", "momentum", "--format", "json").stdout);
    expect(history.map((e) => `${e.alias} ${e.kind} ${e.to ?? e.from}`)).toEqual([
      "shadow new aaaa00000001",
      "shadow update aaaa00000001",
      "shadow update aaaa00000001",
      "production new aaaa00000001",
      "shadow retire aaaa00000001",
      // The shadow pointer, re-added, is judged against the last state it held.
      "shadow promotion bbbb00000002",
      "shadow update bbbb00000002",
      "production promotion bbbb00000002",
      "shadow retire bbbb00000002",
    ]);
  });
});

describe("glass-box (seed 003) with the challenger beside production", () => {
  const PROD = "models/chainiq-risk/manifest_active.json";
  const CHALLENGER = "models/chainiq-risk/manifest_challenger.json";
  const glassPolicy = () => {
    const page = readFileSync(join(ROOT, "docs", "glass-box.md"), "utf8");
    return /```yaml\n([\s\S]*?)```/.exec(page.slice(page.indexOf("## Challenger beside production")))?.[1] as string;
  };
  const template = JSON.parse(
    readFileSync(join(ROOT, "examples", "glass-box", "prs", "rollout-chainiq-risk-to-50", "models", "chainiq-risk", "manifest_active.json"), "utf8"),
  );
  /** Version 0.2.0 as the example has it, at a rollout percentage; `auc` changes a metric. */
  const v2 = (percent: number, auc = 0.81) => ({
    ...template,
    calibration_metrics: { ...template.calibration_metrics, auc_roc: auc },
    deployment: { ...template.deployment, shadow_mode_start: "2026-01-02T00:00:00Z", production_start: null, rollout_percentage: percent },
  });
  const v1 = {
    ...template,
    model_id: "chainiq_risk_v0.1.0",
    version: "0.1.0",
    training_date: "2025-10-01T10:30:00Z",
    deployment: { ...template.deployment, production_certified: "2025-12-01T00:00:00Z", rollout_percentage: 100 },
  };

  it("shadow and every rollout step beside the serving version → production → certification → an edit refused → roll back", SLOW, () => {
    const repo = new TestRepo();
    repo.write({ ".modelgate/policy.yaml": glassPolicy(), [PROD]: v1 }).commit("Adopt modelgate with chainiq-risk 0.1.0 in production", "2026-01-01T00:00:00Z");
    let prs = 0;
    const step = (branch: string, files: Record<string, object | null>, date: string) => {
      repo.branch(branch);
      for (const [path, content] of Object.entries(files)) {
        if (content === null) repo.remove(path);
        else repo.write({ [path]: content });
      }
      repo.commit(branch, date);
      repo.checkout("main");
      return branch;
    };
    const check = (branch: string, now: string) => checkJson(repo.dir, "--base", "main", "--head", branch, "--now", now);
    const land = (branch: string, files: Record<string, object | null>, date: string) => {
      const run = check(step(branch, files, date), date);
      expect(failing(run.report), branch).toEqual([]);
      expect(run.code, branch).toBe(0);
      prs += 1;
      repo.merge(branch, `Merge pull request #${prs} from org/${branch}`, date);
      return run.report;
    };

    land("shadow-0.2.0", { [CHALLENGER]: v2(0) }, "2026-01-02T00:00:00Z");
    land("challenger-10", { [CHALLENGER]: v2(10) }, "2026-01-09T00:00:00Z");
    const hurried = check(step("challenger-25-early", { [CHALLENGER]: v2(25) }, "2026-01-12T00:00:00Z"), "2026-01-12T00:00:00Z");
    expect(failing(hurried.report)).toEqual(["challenger:rollout-ladder"]);
    expect(gateOf(hurried.report, "chainiq-risk@challenger", "rollout-ladder").message).toContain("10% → 25% is allowed from 2026-01-16");
    land("challenger-25", { [CHALLENGER]: v2(25) }, "2026-01-16T00:00:00Z");
    land("challenger-50", { [CHALLENGER]: v2(50) }, "2026-01-23T00:00:00Z");
    // While the challenger climbs, 0.1.0 keeps serving production.
    const beside = registryJson("status", cli(repo.dir, "status", "--format", "json", "--now", "2026-01-24T00:00:00Z").stdout);
    expect(beside.map((s) => [s.alias, s.version, s.rollout?.percent])).toEqual([
      ["challenger", "0.2.0", 50],
      ["production", "0.1.0", 100],
    ]);
    // Production takes only the challenger at 100 %.
    const half = check(step("take-at-50", { [PROD]: v2(50), [CHALLENGER]: null }, "2026-01-24T00:00:00Z"), "2026-01-24T00:00:00Z");
    expect(failing(half.report)).toEqual(["production:serves-everything", "production:takes-the-challenger"]);
    land("challenger-100", { [CHALLENGER]: v2(100) }, "2026-01-30T00:00:00Z");
    const moved = land("take-0.2.0", { [PROD]: v2(100), [CHALLENGER]: null }, "2026-01-30T00:00:00Z");
    expect(moved.changes.map((c) => [c.alias, c.kind, c.to ?? c.from])).toEqual([
      ["production", "promotion", "0.2.0"],
      ["challenger", "retire", "0.2.0"],
    ]);

    // 30 days at 100 % in production certify 0.2.0: from then on it is immutable in place.
    const early = check(step("edit-before", { [PROD]: v2(100, 0.83) }, "2026-02-20T00:00:00Z"), "2026-02-20T00:00:00Z");
    expect(failing(early.report)).toEqual([]);
    const certified = registryJson("status", cli(repo.dir, "status", "--format", "json", "--now", "2026-03-02T00:00:00Z").stdout);
    expect(certified[0]).toMatchObject({ alias: "production", version: "0.2.0", certification: { certified: true } });
    const late = check(step("edit-after", { [PROD]: v2(100, 0.83) }, "2026-03-02T00:00:00Z"), "2026-03-02T00:00:00Z");
    expect(failing(late.report)).toEqual(["production:certified-immutable"]);

    // A rollback may touch a certified version.
    const rollback = cli(repo.dir, "rollback", "chainiq-risk", "--commit");
    expect(rollback.code, rollback.stderr).toBe(0);
    repo.checkout("main");
    const back = check("rollback/chainiq-risk-0.1.0", "2026-03-03T00:00:00Z");
    expect(back.report.changes.map((c) => [c.alias, c.kind, c.to])).toEqual([["production", "rollback", "0.1.0"]]);
    expect(back.code).toBe(0);
  });
});
