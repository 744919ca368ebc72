// Each preset against its seed document: the seed's own examples pass, and the cases it forbids
// fail with the gate that refuses them. Real repositories, judged by the bundled command line.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import type { Report } from "../../src/core/report.js";
import { checkJson, gateOf, ROOT } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

type Manifest = Record<string, unknown>;
const SLOW = { timeout: 300_000 };

function exampleFile(preset: string, path: string): string {
  return readFileSync(join(ROOT, "examples", preset, "base", path), "utf8");
}

function failed(report: Report): string[] {
  return report.changes.flatMap((c) => c.gates.filter((g) => g.status === "fail").map((g) => g.id)).sort();
}

/** main with the policy and the given states, one commit each; then each pull request is a branch from main. */
class Seeded {
  readonly repo = new TestRepo();
  private n = 0;
  constructor(policy: string, states: Array<{ files: Record<string, string | Manifest>; date: string }>) {
    this.repo.write({ ".modelgate/policy.yaml": policy });
    this.repo.commit("Adopt modelgate", "2025-11-01T00:00:00Z");
    for (const s of states) this.repo.write(s.files).commit("Serve", s.date);
  }

  check(files: Record<string, string | Manifest>, now: string) {
    const branch = `pr-${++this.n}`;
    this.repo.branch(branch).write(files);
    this.repo.commit(branch, now);
    this.repo.git("checkout", "-q", "main");
    return checkJson(this.repo.dir, "--base", "main", "--head", branch, "--now", now);
  }

  expectPass(files: Record<string, string | Manifest>, now: string, kind: string) {
    const run = this.check(files, now);
    expect(failed(run.report), JSON.stringify(run.report.changes.flatMap((c) => c.gates.filter((g) => g.status === "fail")))).toEqual([]);
    expect(run.report.changes.map((c) => c.kind)).toEqual([kind]);
    expect(run.code).toBe(0);
    return run;
  }

  expectRefused(files: Record<string, string | Manifest>, now: string, gates: string[]) {
    const run = this.check(files, now);
    expect(failed(run.report), JSON.stringify(run.report.changes.flatMap((c) => c.gates.filter((g) => g.status === "fail")))).toEqual([...gates].sort());
    expect(run.code).toBe(1);
    return run;
  }
}

// ---------------------------------------------------------------------------------------------
// Seed 004: register_model(stage=DEVELOPMENT) with no metrics; promote_model(target_stage=PRODUCTION,
// approved_by="ml_lead"); an A/B test of 0.2.0 against 0.1.0 (the control) with min_samples=100;
// evaluate_regression's mae, mse, rmse, r2 for a regression model.
describe("registry-stages against seed 004", () => {
  const policy = "version: 1\nextends: [modelgate:registry-stages]\n";
  const path = "models/biodiversity/manifest_active.yaml";
  const example = parse(exampleFile("registry-stages", path)) as Manifest & { ab_test: { control: Manifest; treatment: Manifest } };
  const { validation_metrics, drift, ab_test } = example;
  // The seed's register_model call, field for field.
  const registered = {
    model_name: "biodiversity_ensemble",
    version: "0.2.0",
    stage: "development",
    description: "Improved biodiversity model with new features",
    model_path: "/models/biodiversity_v0.2.0.pkl",
    training_data_path: "/data/training_biodiversity_v2.csv",
    hyperparameters: { learning_rate: 0.01, n_estimators: 100 },
    training_metadata: { training_date: "2024-01-15", dataset_size: 10000 },
    created_by: "data_scientist",
  };
  const v010 = { ...registered, version: "0.1.0", stage: "production", approved_by: "ml_lead", validation_metrics, drift };
  const yaml = (m: Manifest) => ({ [path]: stringify(m) });
  const production = (patch: Manifest = {}) =>
    yaml({ ...registered, stage: "production", approved_by: "ml_lead", validation_metrics, drift, ab_test, ...patch });
  const arms = (control: Manifest, treatment: Manifest = {}) => ({
    ab_test: { control: { ...ab_test.control, ...control }, treatment: { ...ab_test.treatment, ...treatment } },
  });

  it("the seed's registration passes without metrics, drift or an A/B test; its direct development → production passes with them", SLOW, () => {
    const fresh = new Seeded(policy, []);
    fresh.expectPass(yaml(registered), "2026-01-05T00:00:00Z", "new");

    // 0.1.0 served in production; 0.2.0 is registered in development (replacing it in the one manifest).
    const life = new Seeded(policy, [
      { files: yaml(v010), date: "2025-12-01T00:00:00Z" },
      { files: yaml(registered), date: "2026-01-05T00:00:00Z" },
    ]);
    const promoted = life.expectPass(production(), "2026-01-20T00:00:00Z", "update");
    expect(gateOf(promoted.report, "biodiversity", "ab-test").message).toMatch(
      /; the control is 0\.1\.0, the version that served before 0\.2\.0 \([0-9a-f]{7}\)$/,
    );
    expect(gateOf(promoted.report, "biodiversity", "stage-order").status).toBe("pass");

    // min_samples=100: 100 samples an arm pass, 99 fail naming the arm.
    life.expectPass(production(arms({ n: 100 }, { n: 100 })), "2026-01-20T00:00:00Z", "update");
    const few = life.expectRefused(production(arms({ n: 99 })), "2026-01-20T00:00:00Z", ["ab-test"]);
    expect(gateOf(few.report, "biodiversity", "ab-test").message).toBe("too few samples: the control has n 99, below the minimum of 100");
    const fewer = life.expectRefused(production(arms({}, { n: 50 })), "2026-01-20T00:00:00Z", ["ab-test"]);
    expect(gateOf(fewer.report, "biodiversity", "ab-test").findings[0]).toMatchObject({ path: "ab_test.treatment.n", observed: 50, limit: 100 });

    // The control (model A) is the production version: a control from another version fails.
    const other = life.expectRefused(production(arms({ version: "0.0.9" })), "2026-01-20T00:00:00Z", ["ab-test"]);
    expect(gateOf(other.report, "biodiversity", "ab-test").findings[0]).toMatchObject({ path: "ab_test.control.version", observed: "0.0.9", limit: "0.1.0" });
    // The treatment (model B) is the candidate: an A/B result of another version fails.
    const pasted = life.expectRefused(production(arms({}, { version: "0.1.5" })), "2026-01-20T00:00:00Z", ["ab-test"]);
    expect(gateOf(pasted.report, "biodiversity", "ab-test").findings[0]).toMatchObject({
      path: "ab_test.treatment.version",
      observed: "0.1.5",
      limit: "0.2.0",
    });
    // Production needs its approver; and validation from staging on, by split.
    life.expectRefused(production({ approved_by: null }), "2026-01-20T00:00:00Z", ["approved-by"]);
    life.expectRefused(production({ drift: undefined, validation_metrics: { test: { accuracy: 0.7, f1: 0.9 } } }), "2026-01-20T00:00:00Z", [
      "validation-accuracy",
      "drift-ks",
      "drift-psi",
      "drift-chi-square",
    ]);
  });

  it("a regression model is judged by evaluate_regression's metrics, not classification accuracy", SLOW, () => {
    const life = new Seeded(policy, []);
    const resm = {
      model_name: "resm_ensemble",
      version: "0.1.0",
      stage: "staging",
      model_path: "/models/resm_v0.1.0.pkl",
      created_by: "data_scientist",
      metric_type: "regression",
      // The seed's y_true [1, 2, 3, 4], y_pred [1.1, 2.1, 2.9, 4.2]: mae 0.125, mse 0.0175, rmse 0.1323, r2 0.986.
      validation_metrics: { validation: { mae: 0.125, mse: 0.0175, rmse: 0.1323, r2: 0.986 } },
      drift,
    };
    const at = (m: Manifest) => ({ "models/resm/manifest_active.yaml": stringify(m) });
    life.expectPass(at(resm), "2026-01-05T00:00:00Z", "new");
    life.expectRefused(at({ ...resm, validation_metrics: { validation: { mae: 0.9, mse: 1.2, rmse: 1.1, r2: 0.3 } } }), "2026-01-05T00:00:00Z", [
      "validation-r2",
    ]);
    // Calling a classifier a regression model does not skip its validation: the regression metrics are required.
    const classifier = { ...resm, validation_metrics: { validation: { accuracy: 0.5, f1: 0.4 } } };
    const named = life.expectRefused(at(classifier), "2026-01-05T00:00:00Z", ["regression-metrics"]);
    expect(gateOf(named.report, "resm", "regression-metrics").findings.map((f) => f.path)).toContain("validation_metrics.validation.r2");
    life.expectRefused(at({ ...classifier, metric_type: "classification" }), "2026-01-05T00:00:00Z", ["validation-accuracy", "validation-f1"]);
    life.expectRefused(at({ ...resm, metric_type: "ranking" }), "2026-01-05T00:00:00Z", ["manifest-schema"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Seed 002: a severity classifier over PSI, KS, mean shift and variance shift flags NORMAL /
// MODERATE / SEVERE; the promotion policy has defaults and strategy-specific overrides.
describe("lifecycle against seed 002", () => {
  const policy = exampleFile("lifecycle", ".modelgate/policy.yaml");
  const base = JSON.parse(exampleFile("lifecycle", "models/momentum/manifest_active.json")) as Manifest;
  const healthy = JSON.parse(exampleFile("lifecycle", "models/momentum/drift_report.json")) as { features: Record<string, Manifest> };
  const files = (model: string, m: Manifest, report: unknown = healthy) => ({
    [`models/${model}/manifest_active.json`]: { ...base, ...m },
    [`models/${model}/drift_report.json`]: report as Manifest,
  });
  const withSpread = (spread: Manifest) => ({ features: { ...healthy.features, spread: { ...healthy.features.spread, ...spread } } });

  it("one drift level per report: MODERATE warns and passes, SEVERE from any metric fails", SLOW, () => {
    const life = new Seeded(policy, [{ files: files("momentum", { state: "STAGING" }), date: "2026-01-02T00:00:00Z" }]);
    const moderate = withSpread({ current: [0.04, 0.1, 0.16, 0.1, 0.1, 0.1, 0.1, 0.04, 0.16, 0.1] });
    const warned = life.expectPass(files("momentum", { state: "PRODUCTION" }, moderate), "2026-01-10T00:00:00Z", "update");
    const gate = gateOf(warned.report, "momentum", "drift-severity");
    expect(gate.status).toBe("warn");
    expect(gate.message).toMatch(
      /^drift MODERATE, which warns at MODERATE: spread MODERATE \(PSI 0\.1[0-9]* above 0\.1, KS D 0\.06, mean shift 0\.05, variance shift 1\.04[0-9]*\)$/,
    );
    expect(warned.report.summary.warned).toBe(1);
    // The mean moved 1.2 reference standard deviations, bins unchanged: SEVERE.
    const shifted = withSpread({ current_stats: { mean: 1.2, std: 1.0 } });
    const run = life.expectRefused(files("momentum", { state: "PRODUCTION" }, shifted), "2026-01-10T00:00:00Z", ["drift-severity"]);
    expect(gateOf(run.report, "momentum", "drift-severity").findings[0]).toMatchObject({ path: "features.spread.current_stats", observed: 1.2, limit: 1 });
    // Variance doubled and more (std 1 → 1.5: ratio 2.25): SEVERE.
    life.expectRefused(files("momentum", { state: "PRODUCTION" }, withSpread({ current_stats: { mean: 0, std: 1.5 } })), "2026-01-10T00:00:00Z", [
      "drift-severity",
    ]);
    // A feature that drops its summary does not escape mean and variance shift.
    const { current_stats: _, ...bare } = healthy.features.spread;
    life.expectRefused(files("momentum", { state: "PRODUCTION" }, { features: { ...healthy.features, spread: bare } }), "2026-01-10T00:00:00Z", [
      "drift-severity",
    ]);
    // Before PRODUCTION, drift is not judged (scoped with when).
    life.expectPass(files("momentum", { state: "STAGING", metrics: { sharpe: 1.3, max_drawdown: 0.08 } }, shifted), "2026-01-10T00:00:00Z", "update");
  });

  it("per-strategy thresholds follow the serving manifest's strategy; switching strategy in a pull request fails", SLOW, () => {
    const life = new Seeded(policy, [
      { files: files("alpha", { state: "STAGING", strategy: "mean-reversion" }), date: "2026-01-02T00:00:00Z" },
      { files: files("beta", { state: "STAGING", strategy: "momentum" }), date: "2026-01-02T00:00:00Z" },
    ]);
    const weak = { metrics: { sharpe: 0.9, max_drawdown: 0.18 } };
    // mean-reversion: Sharpe ≥ 0.8 and drawdown ≤ 0.2, whatever the model is called.
    life.expectPass(files("alpha", { state: "PRODUCTION", strategy: "mean-reversion", ...weak }), "2026-01-10T00:00:00Z", "update");
    // momentum (the defaults): Sharpe ≥ 1.0, drawdown ≤ 0.15.
    life.expectRefused(files("beta", { state: "PRODUCTION", strategy: "momentum", ...weak }), "2026-01-10T00:00:00Z", ["min-sharpe", "max-drawdown"]);
    // The attack: declare the laxer strategy in the same pull request. Judged as momentum, and refused for the switch.
    const attack = life.expectRefused(files("beta", { state: "PRODUCTION", strategy: "mean-reversion", ...weak }), "2026-01-10T00:00:00Z", [
      "max-drawdown",
      "min-sharpe",
      "policy-match",
    ]);
    expect(gateOf(attack.report, "beta", "policy-match").message).toMatch(/^strategy changes from "momentum" to "mean-reversion" in place/);
  });
});

// ---------------------------------------------------------------------------------------------
// Seed 003: the metadata example passes training approval; each BLOCKED condition of section 2
// (black box, no monotonicity, uncalibrated, no explainability, no lineage, no proof pack) fails.
describe("glass-box against seed 003", () => {
  const policy = "version: 1\nextends: [modelgate:glass-box]\n";
  const path = "models/chainiq-risk/manifest_active.json";
  const { deployment: _, ...metadata } = JSON.parse(exampleFile("glass-box", path)) as Manifest & { calibration_metrics: Manifest; lineage: Manifest };
  const at = (m: Manifest) => ({ [path]: m });
  const drop = (m: Manifest, ...keys: string[]) => Object.fromEntries(Object.entries(m).filter(([k]) => !keys.includes(k)));

  it("the seed's metadata example is approved; each violation is refused by its gate", SLOW, () => {
    const life = new Seeded(policy, []);
    const now = "2026-01-05T00:00:00Z";
    life.expectPass(at(metadata), now, "new");
    for (const model_type of ["RandomForest", "XGBoost", "NeuralNetwork"]) life.expectRefused(at({ ...metadata, model_type }), now, ["glass-box-only"]);
    life.expectRefused(at({ ...metadata, monotonicity_constraints: {} }), now, ["monotonicity"]);
    life.expectRefused(at({ ...metadata, calibration_metrics: { ...metadata.calibration_metrics, brier_score: 0.15 } }), now, ["brier-score"]);
    life.expectRefused(at(drop(metadata, "explainability_method", "feature_importance")), now, ["explainability", "feature-importance"]);
    life.expectRefused(at({ ...drop(metadata, "training_data_hash"), lineage: { parent_model: null } }), now, ["lineage"]);
    life.expectRefused(at(drop(metadata, "proof_pack_id")), now, ["proof-pack"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Seed 001: the default promotion criteria are limits that pass at their value (≥ 5 sessions,
// ≥ 10 trades, turnover ≤ 1.5, Sharpe ≥ 0.5, drawdown ≤ 0.05, PSI ≤ 0.25) and fail just past it.
describe("shadow-trading against seed 001", () => {
  const policy = "version: 1\nextends: [modelgate:shadow-trading]\n";
  const path = "models/momentum/manifest_active.json";
  const shadow = JSON.parse(exampleFile("shadow-trading", path)) as Manifest & { governance: Manifest & { shadow_metrics: Manifest } };
  const data = {
    "data/momentum/labels.csv": exampleFile("shadow-trading", "data/momentum/labels.csv"),
    "data/momentum/train.csv": exampleFile("shadow-trading", "data/momentum/train.csv"),
  };
  const production = (metrics: Manifest) => ({
    [path]: { ...shadow, governance: { ...shadow.governance, status: "production", shadow_metrics: { ...shadow.governance.shadow_metrics, ...metrics } } },
  });
  const limits = { sessions: 5, trade_count: 10, turnover_ratio: 1.5, live_sharpe_ratio: 0.5, max_drawdown: 0.05, drift_psi: 0.25 };

  it("production at exactly the default criteria passes; one step past each fails its gate", SLOW, () => {
    const life = new Seeded(policy, [{ files: { [path]: shadow, ...data }, date: "2026-01-05T00:00:00Z" }]);
    const now = "2026-01-12T00:00:00Z";
    life.expectPass(production(limits), now, "update");
    const past: Array<[string, Manifest]> = [
      ["shadow-sessions", { sessions: 4 }],
      ["shadow-trades", { trade_count: 9 }],
      ["turnover-ratio", { turnover_ratio: 1.51 }],
      ["live-sharpe", { live_sharpe_ratio: 0.49 }],
      ["max-drawdown", { max_drawdown: 0.051 }],
      ["drift-psi", { drift_psi: 0.251 }],
    ];
    for (const [gate, metric] of past) life.expectRefused(production({ ...limits, ...metric }), now, [gate]);
  });
});

describe("presets scope drift and A/B gates to the stage their seed judges them in", () => {
  it("every psi, ks, chi_square, drift_severity and ab_test gate of a preset with stages has a when", async () => {
    const { presetNames, readPreset } = await import("../../src/bundled.js");
    for (const name of await presetNames()) {
      const preset = parse((await readPreset(name)) as string) as { gates: Array<{ id: string; type: string; when?: string }> };
      const staged = preset.gates.some((g) => g.type === "transition");
      for (const g of preset.gates.filter((x) => ["psi", "ks", "chi_square", "drift_severity", "ab_test"].includes(x.type))) {
        expect(staged, `${name}: ${g.id}`).toBe(true);
        expect(g.when, `${name}: ${g.id}`).toMatch(/candidate\.(stage|state)/);
      }
    }
  });
});
