// End to end: each preset's seed lifecycle replayed as pull requests merged into main on a real
// git repository, judged by the bundled command line. Every step the seed allows passes; every
// move it forbids fails with the gate that refuses it.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import type { Report } from "../../src/core/report.js";
import { checkJson, cli, gateOf, ROOT } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

type Manifest = Record<string, unknown>;
type Files = Record<string, string | Manifest>;
type Run = ReturnType<typeof checkJson>;

/** Each lifecycle runs a few dozen git and CLI processes, on shared cores. */
const SLOW = { timeout: 300_000 };

function exampleFile(preset: string, path: string): string {
  return readFileSync(join(ROOT, "examples", preset, "base", path), "utf8");
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function failed(report: Report): string[] {
  return report.changes.flatMap((c) => c.gates.filter((g) => g.status === "fail").map((g) => g.id)).sort();
}

function notPassing(report: Report): string {
  return JSON.stringify(report.changes.flatMap((c) => c.gates.filter((g) => g.status === "fail" || g.status === "warn").map((g) => `${g.id}: ${g.message}`)));
}

/** One model's life on main: each step is a pull request (a branch), merged with a merge commit when it lands. */
class Lifecycle {
  readonly repo = new TestRepo();
  private prs = 0;

  constructor(
    preset: string,
    readonly model: string,
    adopted: string,
  ) {
    this.repo.write({ ".modelgate/policy.yaml": exampleFile(preset, ".modelgate/policy.yaml"), "README.md": `# ${model}\n` });
    this.repo.commit("Adopt modelgate", adopted);
  }

  /** Opens a pull request: a branch from main with these files written (and paths removed), committed at `date`. */
  propose(branch: string, files: Files, date: string, remove: string[] = []): this {
    this.repo
      .branch(branch)
      .write(files)
      .remove(...remove);
    this.repo.commit(branch, date);
    this.repo.checkout("main");
    return this;
  }

  /** Opens the pull request that GitHub's Revert button makes for a merged pull request. */
  proposeRevert(branch: string, merge: string, date: string): this {
    this.repo.branch(branch);
    this.repo.revert(merge, date);
    this.repo.checkout("main");
    return this;
  }

  check(branch: string, now: string): Run {
    return checkJson(this.repo.dir, "--base", "main", "--head", branch, "--now", now);
  }

  merge(branch: string, date: string): string {
    this.prs += 1;
    return this.repo.merge(branch, `Merge pull request #${this.prs} from org/${branch}`, date);
  }

  /** A step the seed allows: the check passes as the expected kind of change, then the pull request is merged. */
  allowed(branch: string, files: Files, date: string, kind: string, remove: string[] = []): { run: Run; merge: string } {
    this.propose(branch, files, date, remove);
    const run = this.check(branch, date);
    this.expectPass(run, kind);
    return { run, merge: this.merge(branch, date) };
  }

  /** A move the seed forbids: the check fails, and exactly these gates refuse it. */
  refused(branch: string, files: Files, date: string, gates: string[], remove: string[] = []): Run {
    this.propose(branch, files, date, remove);
    const run = this.check(branch, date);
    this.expectRefused(run, gates);
    return run;
  }

  expectPass(run: Run, kind: string): void {
    expect(
      run.report.changes.map((c) => [c.model, c.kind]),
      run.stderr,
    ).toEqual([[this.model, kind]]);
    expect(failed(run.report), notPassing(run.report)).toEqual([]);
    expect(run.report.result).toBe("pass");
    expect(run.code).toBe(0);
  }

  expectRefused(run: Run, gates: string[]): void {
    expect(
      run.report.changes.map((c) => c.model),
      run.stderr,
    ).toEqual([this.model]);
    expect(failed(run.report), notPassing(run.report)).toEqual([...gates].sort());
    expect(run.report.result).toBe("fail");
    expect(run.code).toBe(1);
  }

  /** `validate` judges main as it is: a healthy model passes. */
  expectValid(): void {
    const run = cli(this.repo.dir, "validate", "--ref", "main", "--format", "json");
    const report = JSON.parse(run.stdout) as Report;
    expect(failed(report), notPassing(report)).toEqual([]);
    expect(report.changes.map((c) => c.model)).toEqual([this.model]);
    expect(run.code, run.stderr).toBe(0);
  }

  /** The kinds of change on main's history, oldest first, as `history --format json` reports them. */
  kinds(): string[] {
    const run = cli(this.repo.dir, "history", this.model, "--ref", "main", "--format", "json");
    expect(run.code, run.stderr).toBe(0);
    const parsed = JSON.parse(run.stdout) as unknown;
    const events = (Array.isArray(parsed) ? parsed : (parsed as { events: unknown[] }).events) as Array<{ kind: string; time?: number; date: string }>;
    return [...events].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.kind);
  }
}

// ---------------------------------------------------------------------------------------------
// Seed 003, ChainBridge: training approval → shadow (≥ 7 days, divergence < 15 %) → rollout
// 10 → 25 → 50 → 100 %, a week per step, business approval at 100 % → certification after 30 days
// in production with zero rollbacks. A new version goes through shadow and the ladder again.
describe("glass-box (seed 003): approval → shadow → 10 → 25 → 50 → 100 % → certification → new version → rollback", () => {
  const base = JSON.parse(exampleFile("glass-box", "models/chainiq-risk/manifest_active.json")) as Manifest;
  const path = "models/chainiq-risk/manifest_active.json";
  const { deployment: _, ...approved } = base;
  const manifest = (version: string, deployment?: Manifest, patch: Manifest = {}): Files => ({
    [path]: { ...approved, version, model_id: `chainiq_risk_v${version}`, ...patch, ...(deployment ? { deployment } : {}) },
  });
  const shadow = {
    shadow_mode_start: "2026-01-06T00:00:00Z",
    shadow_mode_end: null,
    production_start: null,
    production_certified: null,
    rollout_percentage: 0,
  };
  const live = (rollout: number, extra: Manifest = {}) => ({
    ...shadow,
    shadow_mode_end: "2026-01-14T00:00:00Z",
    production_start: "2026-01-14T00:00:00Z",
    rollout_percentage: rollout,
    divergence_rate: 0.08,
    ...extra,
  });

  it("allows each step the seed allows and refuses each move it forbids, with the gate that refuses it", SLOW, () => {
    const life = new Lifecycle("glass-box", "chainiq-risk", "2026-01-02T09:00:00Z");

    // Stage 3, training approval: the approved model is registered, not yet deployed.
    life.allowed("register-v0.2.0", manifest("0.2.0"), "2026-01-05T10:00:00Z", "new");
    life.refused("register-random-forest", manifest("0.2.1", undefined, { model_type: "RandomForest" }), "2026-01-05T11:00:00Z", ["glass-box-only"]);

    // Skipping shadow mode: straight to 10 % of traffic.
    life.refused("skip-shadow", manifest("0.2.0", live(10, { shadow_mode_start: "2025-12-20T00:00:00Z" })), "2026-01-05T12:00:00Z", [
      "shadow-duration",
      "rollout-ladder",
    ]);

    // Stage 4, shadow mode: dual scoring, no production decisions (0 % of traffic).
    life.allowed("shadow-v0.2.0", manifest("0.2.0", shadow), "2026-01-06T00:00:00Z", "update");

    // Rolling out after 4 days of shadow is too early (7–14 days); so is a divergence of 20 %.
    life.refused("rollout-10-too-early", manifest("0.2.0", live(10)), "2026-01-10T00:00:00Z", ["shadow-duration", "rollout-ladder"]);
    life.refused("rollout-10-diverging", manifest("0.2.0", live(10, { divergence_rate: 0.2 })), "2026-01-14T00:00:00Z", ["divergence-rate"]);

    // Stage 5: week 1 at 10 %, week 2 at 25 %, week 3 at 50 %, week 4 at 100 %.
    life.allowed("rollout-10", manifest("0.2.0", live(10)), "2026-01-14T00:00:00Z", "update");
    life.refused("rollout-25-too-early", manifest("0.2.0", live(25)), "2026-01-18T00:00:00Z", ["rollout-ladder"]);
    life.refused("rollout-skip-25", manifest("0.2.0", live(50)), "2026-01-21T00:00:00Z", ["rollout-ladder"]);
    life.allowed("rollout-25", manifest("0.2.0", live(25)), "2026-01-21T00:00:00Z", "update");
    // Calibration is validated at each step: a step whose calibration error reached 6 % is refused.
    const drifted = { calibration_metrics: { ...(base.calibration_metrics as Manifest), calibration_error: 0.06 } };
    life.refused("rollout-50-miscalibrated", manifest("0.2.0", live(50), drifted), "2026-01-28T00:00:00Z", ["calibration-error"]);
    life.allowed("rollout-50", manifest("0.2.0", live(50)), "2026-01-28T00:00:00Z", "update");
    const full = life.allowed("rollout-100", manifest("0.2.0", live(100)), "2026-02-04T00:00:00Z", "update");
    // The business approval is an approving review, read by the GitHub Action: the command line has no pull request.
    expect(gateOf(full.run.report, "chainiq-risk", "production-approval").status).toBe("skip");
    expect(gateOf(full.run.report, "chainiq-risk", "rollout-ladder").status).toBe("pass");

    // Healthy production at 100 %: main validates.
    life.expectValid();

    // Stage 6: certification after 30 days in production, not before.
    life.refused("certify-too-early", manifest("0.2.0", live(100, { production_certified: "2026-02-05T00:00:00Z" })), "2026-02-05T00:00:00Z", [
      "certification",
    ]);
    life.allowed("certify-v0.2.0", manifest("0.2.0", live(100, { production_certified: "2026-02-14T00:00:00Z" })), "2026-02-14T00:00:00Z", "update");

    // A version is immutable: a retrained model under the certified version string is refused.
    // A new version restarts at shadow: straight to 100 % is refused.
    const next = { ...shadow, shadow_mode_start: "2026-03-02T00:00:00Z" };
    const v030 = {
      training_date: "2026-02-27T10:00:00Z",
      calibration_metrics: { brier_score: 0.081, log_loss: 0.22, calibration_error: 0.038, auc_roc: 0.83 },
      lineage: {
        parent_model: "chainiq_risk_v0.2.0",
        training_script: "training/train_risk_model_v03.py",
        training_data_source: "shipment_financings_2024_2026",
      },
    };
    life.refused("v0.3.0-at-100", manifest("0.3.0", live(100, { shadow_mode_start: "2026-02-01T00:00:00Z" }), v030), "2026-03-02T00:00:00Z", [
      "shadow-duration",
      "rollout-ladder",
    ]);
    const retrained = { ...v030, training_date: "2026-02-27T10:00:00Z" };
    life.refused("v0.2.0-retrained", manifest("0.2.0", live(100, { production_certified: "2026-02-14T00:00:00Z" }), retrained), "2026-03-02T00:00:00Z", [
      "version-immutable",
    ]);
    const promoted = life.allowed("v0.3.0-shadow", manifest("0.3.0", next, v030), "2026-03-02T00:00:00Z", "promotion");
    expect(gateOf(promoted.run.report, "chainiq-risk", "rollout-ladder").status).toBe("pass");

    // Rollback by `git revert` of that promotion's merge: v0.2.0 at 100 % serves again.
    life.proposeRevert("revert-v0.3.0", promoted.merge, "2026-03-04T08:00:00Z");
    const rollback = life.check("revert-v0.3.0", "2026-03-04T08:00:00Z");
    life.expectPass(rollback, "rollback");
    expect(rollback.report.changes[0]).toMatchObject({ from: "0.3.0", to: "0.2.0" });
    life.merge("revert-v0.3.0", "2026-03-04T08:00:00Z");

    // Certification needs zero rollbacks in the 30 days before it.
    // (shadow-duration refuses it too, counting the restored shadow_mode_start from the revert: see the todo below.)
    life.propose("recertify-after-rollback", manifest("0.2.0", live(100, { production_certified: "2026-03-10T00:00:00Z" })), "2026-03-10T00:00:00Z");
    const recertify = life.check("recertify-after-rollback", "2026-03-10T00:00:00Z");
    expect(recertify.code).toBe(1);
    const certification = gateOf(recertify.report, "chainiq-risk", "certification");
    expect(certification.status).toBe("fail");
    expect(certification.findings.map((f) => f.message).join("\n")).toMatch(/1 rollback since .*0\.3\.0 → 0\.2\.0.*at most 0 allowed/);

    expect(life.kinds()).toEqual(["new", "update", "update", "update", "update", "update", "update", "promotion", "rollback"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Seed 000, PivotQuant: a candidate replaces the active manifest when the seven promotion gates
// pass; rollback restores the previous active one. No stages, shadow or rollout in this seed.
describe("pivotquant (seed 000): register → recalibrate → promote → git revert", () => {
  const base = JSON.parse(exampleFile("pivotquant", "models/momentum/manifest_active.json")) as {
    targets: Record<string, { horizons: Record<string, { threshold: number; metrics: { mfe_bps: number; mae_bps: number } }> }>;
  };
  const path = "models/momentum/manifest_active.json";
  interface Trained {
    trained_end_ts: number;
    feature_version?: string;
    threshold?: number;
    /** Added to every horizon's metrics, and to one of them. */
    mfe?: number;
    mae?: number;
    reject5?: { mfe?: number; mae?: number };
    artifacts?: boolean;
  }
  /** The manifest of a version, with its six artifacts and their digests. */
  const version = (v: string, t: Trained): Files => {
    const files: Files = {};
    const targets: Record<string, unknown> = {};
    for (const [target, { horizons }] of Object.entries(base.targets)) {
      const out: Record<string, unknown> = {};
      for (const [h, horizon] of Object.entries(horizons)) {
        const file = `${target}_${h}m.model`;
        const content = `pivotquant momentum ${target} horizon=${h}m ${v}\n`;
        if (t.artifacts !== false) files[`models/momentum/artifacts/${v}/${file}`] = content;
        const only = target === "reject" && h === "5" ? t.reject5 : undefined;
        out[h] = {
          artifact: { path: `./artifacts/${v}/${file}`, sha256: sha256(content) },
          threshold: t.threshold ?? horizon.threshold,
          metrics: {
            mfe_bps: Math.round((horizon.metrics.mfe_bps + (t.mfe ?? 0) + (only?.mfe ?? 0)) * 10) / 10,
            mae_bps: Math.round((horizon.metrics.mae_bps + (t.mae ?? 0) + (only?.mae ?? 0)) * 10) / 10,
          },
        };
      }
      targets[target] = { horizons: out };
    }
    files[path] = { version: v, trained_end_ts: t.trained_end_ts, feature_version: t.feature_version ?? "fv3", targets };
    return files;
  };
  const v009 = { trained_end_ts: Date.parse("2026-01-01T00:00:00Z") };
  const v010 = { trained_end_ts: Date.parse("2026-02-01T00:00:00Z"), mfe: 0.6, mae: -0.4 };

  it("allows each step the seed allows and refuses each move it forbids, with the gate that refuses it", SLOW, () => {
    const life = new Lifecycle("pivotquant", "momentum", "2026-01-02T09:00:00Z");

    // The first candidate becomes active: its artifacts must be in the repository.
    life.refused("register-v009-without-artifacts", version("v009", { ...v009, artifacts: false }), "2026-01-05T10:00:00Z", ["artifacts-exist"]);
    life.allowed("register-v009", version("v009", v009), "2026-01-05T11:00:00Z", "new");

    // The same version recalibrated: thresholds stay in [0, 1]; its feature version is frozen.
    life.refused("v009-threshold-1.2", version("v009", { ...v009, threshold: 1.2 }), "2026-01-12T10:00:00Z", ["thresholds-bounded"]);
    life.refused("v009-feature-version", version("v009", { ...v009, feature_version: "fv4" }), "2026-01-12T10:00:00Z", ["feature-version-frozen"]);
    life.allowed("v009-recalibrate", version("v009", { ...v009, threshold: 0.62 }), "2026-01-12T11:00:00Z", "update");
    life.expectValid();

    // Promotion gates on v010: trained_end_ts not older, feature version frozen, MFE/MAE within tolerance
    // (momentum's own MFE tolerance is 2 bps, the preset's MAE tolerance 5 bps).
    const at = "2026-02-03T10:00:00Z";
    life.refused("v010-older-training", version("v010", { ...v010, trained_end_ts: v009.trained_end_ts - 1 }), at, ["trained-end-not-older"]);
    life.refused("v010-feature-version", version("v010", { ...v010, feature_version: "fv4" }), at, ["feature-version-frozen"]);
    life.refused("v010-mfe-regression", version("v010", { ...v010, reject5: { mfe: -3 } }), at, ["mfe-regression"]);
    life.refused("v010-mae-worsening", version("v010", { ...v010, reject5: { mae: 6 } }), at, ["mae-worsening"]);
    life.refused("v010-threshold", version("v010", { ...v010, threshold: -0.1 }), at, ["thresholds-bounded"]);
    const promoted = life.allowed("promote-v010", version("v010", v010), "2026-02-03T12:00:00Z", "promotion");
    expect(promoted.run.report.changes[0]).toMatchObject({ from: "v009", to: "v010" });
    life.expectValid();

    // An old version string with other content is not a rollback: the version names one content.
    life.refused("v009-again", version("v009", { ...v010, trained_end_ts: v010.trained_end_ts + 1 }), "2026-02-04T10:00:00Z", ["version-identity"]);

    // A rollback to a state whose artifacts were deleted since is refused.
    life.repo.branch("cleanup-then-revert").remove("models/momentum/artifacts/v009");
    life.repo.commit("Remove v009 artifacts", "2026-02-05T08:00:00Z");
    life.repo.revert(promoted.merge, "2026-02-05T08:30:00Z");
    life.repo.checkout("main");
    const broken = life.check("cleanup-then-revert", "2026-02-05T09:00:00Z");
    expect(broken.report.changes.map((c) => c.kind)).toEqual(["rollback"]);
    life.expectRefused(broken, ["artifacts-exist"]);

    // Rollback by `git revert` of v010's merge: v009 serves again; only the artifacts gate runs.
    life.proposeRevert("revert-v010", promoted.merge, "2026-02-05T10:00:00Z");
    const rollback = life.check("revert-v010", "2026-02-05T10:00:00Z");
    life.expectPass(rollback, "rollback");
    expect(rollback.report.changes[0]).toMatchObject({ from: "v010", to: "v009" });
    expect(rollback.report.changes[0].gates.map((g) => [g.id, g.status])).toEqual([["artifacts-exist", "pass"]]);
    life.merge("revert-v010", "2026-02-05T10:00:00Z");
    life.expectValid();

    expect(life.kinds()).toEqual(["new", "update", "promotion", "rollback"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Seed 002, ML Ops: DRAFT → TRAINED → VALIDATED → STAGING → PRODUCTION → RETIRED, one step at a
// time; Sharpe, drawdown and drift thresholds for PRODUCTION; a version keeps its feature graph.
describe("lifecycle (seed 002): TRAINED → VALIDATED → STAGING → PRODUCTION → new version → git revert → RETIRED", () => {
  const base = JSON.parse(exampleFile("lifecycle", "models/momentum/manifest_active.json")) as Manifest & { provenance: Manifest };
  const healthy = exampleFile("lifecycle", "models/momentum/drift_report.json");
  const path = "models/momentum/manifest_active.json";
  const drift = "models/momentum/drift_report.json";
  const manifest = (version: string, state: string, patch: Manifest = {}): Files => ({ [path]: { ...base, version, state, ...patch } });
  const summaries = '"reference_stats": {"mean": 0, "std": 1}, "current_stats": {"mean": 0.05, "std": 1.02}';
  const severe = `{"features": {"spread": {"reference": [0.001, 0.499, 0.499, 0.001], "current": [0.05, 0.45, 0.45, 0.05], ${summaries}}}}\n`;
  const v4 = {
    provenance: { ...base.provenance, feature_graph_hash: `sha256:${sha256("feature graph v4")}`, git_commit: "9e8d7c6b5a" },
    metrics: { sharpe: 1.6, max_drawdown: 0.07 },
  };

  it("allows each step the seed allows and refuses each move it forbids, with the gate that refuses it", SLOW, () => {
    const life = new Lifecycle("lifecycle", "momentum", "2026-01-02T09:00:00Z");

    life.refused("register-v3-in-staging", { ...manifest("v3", "STAGING"), [drift]: healthy }, "2026-01-05T10:00:00Z", ["state-machine"]);
    life.allowed("register-v3", { ...manifest("v3", "TRAINED"), [drift]: healthy }, "2026-01-05T11:00:00Z", "new");

    life.refused("v3-skip-validation", manifest("v3", "STAGING"), "2026-01-07T10:00:00Z", ["state-machine"]);
    life.allowed("v3-validated", manifest("v3", "VALIDATED"), "2026-01-07T11:00:00Z", "update");
    life.refused("v3-new-feature-graph", manifest("v3", "STAGING", v4), "2026-01-09T10:00:00Z", ["feature-graph-frozen"]);
    life.allowed("v3-staging", manifest("v3", "STAGING"), "2026-01-09T11:00:00Z", "update");

    // PRODUCTION: Sharpe ≥ 1.0, drawdown ≤ 0.15, no severe drift (moderate drift warns).
    const at = "2026-01-12T10:00:00Z";
    life.refused("v3-production-low-sharpe", manifest("v3", "PRODUCTION", { metrics: { sharpe: 0.9, max_drawdown: 0.08 } }), at, ["min-sharpe"]);
    life.refused("v3-production-drawdown", manifest("v3", "PRODUCTION", { metrics: { sharpe: 1.4, max_drawdown: 0.2 } }), at, ["max-drawdown"]);
    const drifting = life.refused("v3-production-severe-drift", { ...manifest("v3", "PRODUCTION"), [drift]: severe }, at, ["drift-severity"]);
    expect(gateOf(drifting.report, "momentum", "drift-severity").message).toMatch(/^drift SEVERE, which fails at SEVERE: spread SEVERE \(PSI 0\.39/);
    const promoted = life.allowed("v3-production", manifest("v3", "PRODUCTION"), "2026-01-12T11:00:00Z", "update");
    expect(gateOf(promoted.run.report, "momentum", "drift-severity").status).toBe("pass");
    life.expectValid();

    // A drift report that turns severe re-judges the production manifest that points to it.
    const report = life.refused("momentum-drift-scan", { [drift]: severe }, "2026-01-20T10:00:00Z", ["drift-severity"]);
    expect(report.report.changes.map((c) => c.kind)).toEqual(["update"]);

    // A new version starts its own lifecycle (DRAFT or TRAINED), never straight in PRODUCTION.
    life.refused("v4-straight-to-production", manifest("v4", "PRODUCTION", v4), "2026-02-02T10:00:00Z", ["state-machine"]);
    const next = life.allowed("register-v4", manifest("v4", "TRAINED", v4), "2026-02-02T11:00:00Z", "promotion");

    // Rollback by `git revert` of v4's merge: v3 in PRODUCTION serves again.
    life.proposeRevert("revert-v4", next.merge, "2026-02-03T09:00:00Z");
    const rollback = life.check("revert-v4", "2026-02-03T09:00:00Z");
    life.expectPass(rollback, "rollback");
    expect(rollback.report.changes[0]).toMatchObject({ from: "v4", to: "v3" });
    life.merge("revert-v4", "2026-02-03T09:00:00Z");
    life.expectValid();

    // PRODUCTION → RETIRED ends the version's life; nothing may follow.
    life.allowed("v3-retired", manifest("v3", "RETIRED"), "2026-03-01T10:00:00Z", "update");
    life.refused("v3-unretire", manifest("v3", "PRODUCTION", { metrics: { sharpe: 1.5, max_drawdown: 0.08 } }), "2026-03-02T10:00:00Z", ["state-machine"]);

    expect(life.kinds()).toEqual(["new", "update", "update", "update", "promotion", "rollback", "update"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Seed 001, AI trading registry: registered → shadow → production; the dataset hash matches the
// files; production needs ≥ 5 sessions, ≥ 3 days in shadow, ≥ 10 trades, turnover ≤ 1.5,
// Sharpe ≥ 0.5, drawdown ≤ 5 %, PSI ≤ 0.25. No rollout ladder in this seed.
describe("shadow-trading (seed 001): registered → shadow → production → new version → git revert", () => {
  const base = JSON.parse(exampleFile("shadow-trading", "models/momentum/manifest_active.json")) as Manifest & {
    governance: Manifest & { shadow_metrics: Manifest };
  };
  const path = "models/momentum/manifest_active.json";
  const data = {
    "data/momentum/labels.csv": exampleFile("shadow-trading", "data/momentum/labels.csv"),
    "data/momentum/train.csv": exampleFile("shadow-trading", "data/momentum/train.csv"),
  };
  const { governance: _, ...registration } = base;
  const registered = (hash: string, time: string): Files => ({
    [path]: { ...registration, model_hash: hash, registration_time: time, governance: { status: "registered" } },
  });
  const metrics = (sessions: number, days: number, trades: number, extra: Manifest = {}) => ({
    ...base.governance.shadow_metrics,
    sessions,
    days,
    trade_count: trades,
    ...extra,
  });
  const staged = (hash: string, time: string, status: string, start: string, shadow: Manifest): Files => ({
    [path]: {
      ...registration,
      model_hash: hash,
      registration_time: time,
      governance: {
        status,
        shadow_start_time: start,
        shadow_sessions: shadow.sessions,
        promotion_eligible: status !== "registered" && (shadow.sessions as number) >= 5,
        shadow_metrics: shadow,
      },
    },
  });
  const v1 = "9f2c41d7e0b3";
  const v1time = "2026-01-04T10:30:00Z";
  const start = "2026-01-05T00:00:00Z";

  it("allows each step the seed allows and refuses each move it forbids, with the gate that refuses it", SLOW, () => {
    const life = new Lifecycle("shadow-trading", "momentum", "2026-01-02T09:00:00Z");

    // Registration: the dataset fingerprint must match the files.
    life.refused("register-wrong-dataset", { ...registered(v1, v1time), ...data, "data/momentum/train.csv": "ts,ret,vol\n1,0.01,0.2\n2,-0.02,0.9\n" }, v1time, [
      "dataset-hash",
    ]);
    life.allowed("register", { ...registered(v1, v1time), ...data }, v1time, "new");

    // Skipping shadow: straight to production, with a back-dated shadow start.
    const full = metrics(6, 6, 42);
    life.refused("skip-shadow", staged(v1, v1time, "production", "2025-12-28T00:00:00Z", full), "2026-01-04T12:00:00Z", ["stage-order", "shadow-days"]);

    // Shadow testing, with the metrics updated after each session.
    life.allowed("shadow", staged(v1, v1time, "shadow", start, metrics(0, 0, 0)), start, "update");
    life.allowed("shadow-metrics-day-2", staged(v1, v1time, "shadow", start, metrics(3, 2, 20)), "2026-01-07T22:00:00Z", "update");
    // Two days of shadow are not three, whatever the metrics say.
    life.refused("production-day-2", staged(v1, v1time, "production", start, full), "2026-01-07T23:00:00Z", ["shadow-days"]);
    life.allowed("shadow-metrics-day-4", staged(v1, v1time, "shadow", start, full), "2026-01-09T22:00:00Z", "update");

    // Each promotion criterion refuses a production move that misses it.
    const at = "2026-01-09T23:00:00Z";
    life.refused("production-4-sessions", staged(v1, v1time, "production", start, metrics(4, 4, 42)), at, ["shadow-sessions"]);
    life.refused("production-9-trades", staged(v1, v1time, "production", start, metrics(6, 4, 9)), at, ["shadow-trades"]);
    life.refused("production-turnover", staged(v1, v1time, "production", start, metrics(6, 4, 42, { turnover_ratio: 1.6 })), at, ["turnover-ratio"]);
    life.refused("production-sharpe", staged(v1, v1time, "production", start, metrics(6, 4, 42, { live_sharpe_ratio: 0.4 })), at, ["live-sharpe"]);
    life.refused("production-drawdown", staged(v1, v1time, "production", start, metrics(6, 4, 42, { max_drawdown: 0.06 })), at, ["max-drawdown"]);
    life.refused("production-drift", staged(v1, v1time, "production", start, metrics(6, 4, 42, { drift_psi: 0.3 })), at, ["drift-psi"]);
    const production = life.allowed("production", staged(v1, v1time, "production", start, full), "2026-01-10T09:00:00Z", "update");
    expect(gateOf(production.run.report, "momentum", "shadow-days").status).toBe("pass");
    life.expectValid();

    // Training data edited under the production model: the fingerprint no longer matches.
    const edited = life.refused("edit-training-data", { "data/momentum/train.csv": "ts,ret,vol\n1,0.01,0.2\n2,-0.02,0.9\n" }, "2026-01-20T10:00:00Z", [
      "dataset-hash",
    ]);
    expect(edited.report.changes.map((c) => c.kind)).toEqual(["update"]);

    // A new model (new hash) starts registered or in shadow, never in production.
    const v2 = "c41e8a02b7d9";
    const v2time = "2026-02-01T10:00:00Z";
    life.refused("v2-straight-to-production", staged(v2, v2time, "production", "2026-01-25T00:00:00Z", full), v2time, ["stage-order", "shadow-days"]);
    const promoted = life.allowed("v2-shadow", staged(v2, v2time, "shadow", "2026-02-01T12:00:00Z", metrics(0, 0, 0)), "2026-02-01T12:00:00Z", "promotion");
    expect(promoted.run.report.changes[0]).toMatchObject({ from: v1, to: v2 });

    // Rollback by `git revert` of that merge: the production model serves again.
    life.proposeRevert("revert-v2", promoted.merge, "2026-02-02T09:00:00Z");
    const rollback = life.check("revert-v2", "2026-02-02T09:00:00Z");
    life.expectPass(rollback, "rollback");
    expect(rollback.report.changes[0]).toMatchObject({ from: v2, to: v1 });
    life.merge("revert-v2", "2026-02-02T09:00:00Z");
    life.expectValid();

    expect(life.kinds()).toEqual(["new", "update", "update", "update", "update", "promotion", "rollback"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Seed 004, biodiversity registry: development → staging → production → archived; a production
// promotion names its approver and follows an A/B test; validation metrics per split; drift.
describe("registry-stages (seed 004): development → staging → production → new version → git revert → archived", () => {
  const base = parse(exampleFile("registry-stages", "models/biodiversity/manifest_active.yaml")) as Manifest;
  const path = "models/biodiversity/manifest_active.yaml";
  const { approved_by: _a, validation_metrics, drift, ab_test, ...registration } = base;
  const evidence = { validation_metrics, drift } as Manifest & { validation_metrics: Manifest & { test: Manifest; validation: Manifest } };
  const yaml = (version: string, stage: string, patch: Manifest = {}): Files => ({
    [path]: stringify({ ...registration, version, stage, model_path: `models/biodiversity/weights/v${version}.pkl`, ...patch }),
  });
  const production = { ...evidence, approved_by: "ml_lead", ab_test };

  it("allows each step the seed allows and refuses each move it forbids, with the gate that refuses it", SLOW, () => {
    const life = new Lifecycle("registry-stages", "biodiversity", "2026-01-02T09:00:00Z");

    // Registration: a new model starts in development (or staging), never in production.
    life.refused("register-in-production", yaml("0.1.0", "production", production), "2026-01-05T10:00:00Z", ["stage-order"]);
    life.allowed("register-0.1.0", yaml("0.1.0", "development"), "2026-01-05T11:00:00Z", "new");
    // The seed's promote_model may go from development straight to production, with its approver.
    life.refused("development-to-production-unapproved", yaml("0.1.0", "production", { ...production, approved_by: null }), "2026-01-06T10:00:00Z", [
      "approved-by",
    ]);

    // Staging: pre-production validation, with metrics for every split.
    const weak = { ...evidence, validation_metrics: { ...evidence.validation_metrics, validation: { accuracy: 0.75, f1: 0.72 } } };
    life.refused("staging-low-accuracy", yaml("0.1.0", "staging", weak), "2026-01-08T10:00:00Z", ["validation-accuracy"]);
    const lowF1 = { ...evidence, validation_metrics: { ...evidence.validation_metrics, test: { accuracy: 0.95, f1: 0.6 } } };
    life.refused("staging-low-f1", yaml("0.1.0", "staging", lowF1), "2026-01-08T10:00:00Z", ["validation-f1"]);
    life.allowed("staging-0.1.0", yaml("0.1.0", "staging", evidence), "2026-01-08T11:00:00Z", "update");

    // Production: an approver, an A/B test with a significant lift of at least 2 %, no drift.
    const at = "2026-01-15T10:00:00Z";
    life.refused("production-unapproved", yaml("0.1.0", "production", { ...production, approved_by: null }), at, ["approved-by"]);
    // The first version has no earlier version to A/B test against: the ab-test gate skips, saying so.
    const shifted = {
      ...(evidence.drift as Manifest),
      categorical: { habitat: { reference: { forest: 410, wetland: 290, grassland: 300 }, current: { forest: 300, wetland: 400, grassland: 300 } } },
    };
    life.refused("production-habitat-drift", yaml("0.1.0", "production", { ...production, drift: shifted }), at, ["drift-chi-square"]);
    life.allowed("production-0.1.0", yaml("0.1.0", "production", production), "2026-01-15T11:00:00Z", "update");
    life.expectValid();

    // A new version starts in development or staging, never straight in production.
    const v020 = { ...production, validation_metrics: { test: { accuracy: 0.96, f1: 0.92 }, validation: { accuracy: 0.95, f1: 0.91 } } };
    life.refused("0.2.0-straight-to-production", yaml("0.2.0", "production", v020), "2026-02-01T10:00:00Z", ["stage-order"]);
    const promoted = life.allowed(
      "0.2.0-staging",
      yaml("0.2.0", "staging", { ...v020, approved_by: null, ab_test: undefined }),
      "2026-02-01T11:00:00Z",
      "promotion",
    );

    // 0.2.0 to production: its A/B test's control must be 0.1.0 (which served before it), with
    // at least 100 samples an arm and a significant lift of at least 2 %.
    const ab = ab_test as Manifest & { control: Manifest; treatment: Manifest };
    const v020prod = (test: Manifest) => yaml("0.2.0", "production", { ...v020, ab_test: test });
    const when = "2026-02-01T12:00:00Z";
    life.refused("0.2.0-small-lift", v020prod({ ...ab, treatment: { ...ab.treatment, mean: 0.86 } }), when, ["ab-test"]);
    const stale = life.refused("0.2.0-stale-control", v020prod({ ...ab, control: { ...ab.control, version: "0.0.9" } }), when, ["ab-test"]);
    expect(gateOf(stale.report, "biodiversity", "ab-test").message).toMatch(
      /^the control is version "0\.0\.9", but it must be 0\.1\.0, the version that served before 0\.2\.0/,
    );
    const few = life.refused("0.2.0-50-samples", v020prod({ ...ab, control: { ...ab.control, n: 50 } }), when, ["ab-test"]);
    expect(gateOf(few.report, "biodiversity", "ab-test").message).toBe("too few samples: the control has n 50, below the minimum of 100");

    // Rollback by `git revert` of that merge: 0.1.0 in production serves again.
    life.proposeRevert("revert-0.2.0", promoted.merge, "2026-02-02T09:00:00Z");
    const rollback = life.check("revert-0.2.0", "2026-02-02T09:00:00Z");
    life.expectPass(rollback, "rollback");
    expect(rollback.report.changes[0]).toMatchObject({ from: "0.2.0", to: "0.1.0" });
    life.merge("revert-0.2.0", "2026-02-02T09:00:00Z");
    life.expectValid();

    // Archiving is never blocked, even by the drift that retires a model; archived is the end: nothing follows it.
    life.allowed("archive-0.1.0", yaml("0.1.0", "archived", { ...production, drift: shifted }), "2026-03-01T10:00:00Z", "update");
    // (Its old A/B test is refused too: 0.1.0 cannot be its own control; 0.2.0 served before this state.)
    life.refused("unarchive-0.1.0", yaml("0.1.0", "production", { ...production, approved_by: "ml_lead_2" }), "2026-03-02T10:00:00Z", [
      "stage-order",
      "ab-test",
    ]);

    expect(life.kinds()).toEqual(["new", "update", "update", "promotion", "rollback", "update"]);
  });
});
