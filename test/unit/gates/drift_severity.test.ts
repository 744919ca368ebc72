import { describe, expect, it } from "vitest";
import { psi } from "../../../src/core/stats.js";
import { runGateFast as run, runGate } from "../../support/gate.js";

// Seed 002: a severity classifier flags NORMAL / MODERATE / SEVERE from two thresholds; one level per report.

const six = (x: number) => Number(x.toPrecision(6));
const gate = {
  type: "drift_severity",
  reference: "features.*.reference",
  current: "features.*.current",
  psi: { moderate: 0.1, severe: 0.25 },
  warn_at: "MODERATE",
};
const feature = (current: number[]) => ({ reference: [0.25, 0.25, 0.25, 0.25], current });
const value = (current: number[]) => six((psi([0.25, 0.25, 0.25, 0.25], current) as { value: number }).value);

describe("drift_severity gate", () => {
  it("NORMAL passes, MODERATE warns, SEVERE fails; the worst feature decides the report's one level", async () => {
    const normal = await run({ gate, candidate: { features: { a: feature([0.25, 0.25, 0.25, 0.25]), b: feature([0.24, 0.26, 0.25, 0.25]) } } });
    expect(normal.status).toBe("pass");
    expect(normal.message).toMatch(/^drift NORMAL over 2 features: a NORMAL \(PSI 0\); b NORMAL \(PSI /);
    const moderate = [0.12, 0.38, 0.25, 0.25];
    const warn = await run({ gate, candidate: { features: { a: feature(moderate), b: feature([0.25, 0.25, 0.25, 0.25]) } } });
    expect(value(moderate)).toBeGreaterThan(0.1);
    expect(value(moderate)).toBeLessThanOrEqual(0.25);
    expect(warn).toMatchObject({ status: "warn", message: `drift MODERATE, which warns at MODERATE: a MODERATE (PSI ${value(moderate)} above 0.1)` });
    expect(warn.findings).toEqual([expect.objectContaining({ path: "features.a.current", observed: value(moderate), limit: 0.1 })]);
    const severe = [0.05, 0.45, 0.45, 0.05];
    const r = await run({ gate, candidate: { features: { a: feature(moderate), b: feature(severe) } } });
    expect(r).toMatchObject({ status: "fail", message: `drift SEVERE, which fails at SEVERE: b SEVERE (PSI ${value(severe)} above 0.25)` });
    expect(r.findings.map((f) => f.path)).toEqual(["features.b.current"]);
  });

  it("a value at a threshold stays at the lower level; just above it moves up", async () => {
    const cur = [0.12, 0.38, 0.25, 0.25];
    const v = (psi([0.25, 0.25, 0.25, 0.25], cur) as { value: number }).value;
    const at = (moderate: number, severe: number) => run({ gate: { ...gate, psi: { moderate, severe } }, candidate: { features: { a: feature(cur) } } });
    expect((await at(v, 1)).status).toBe("pass");
    expect((await at(v * 0.999, 1)).status).toBe("warn");
    expect((await at(0, v)).status).toBe("warn");
    expect((await at(0, v * 0.999)).status).toBe("fail");
  });

  it("fail_at: MODERATE fails at MODERATE; without warn_at, MODERATE passes", async () => {
    const candidate = { features: { a: feature([0.12, 0.38, 0.25, 0.25]) } };
    expect((await run({ gate: { ...gate, fail_at: "MODERATE" }, candidate })).status).toBe("fail");
    const { warn_at: _, ...quiet } = gate;
    expect((await run({ gate: quiet, candidate })).status).toBe("pass");
  });

  it("mean shift (in reference standard deviations) and variance shift (the larger ratio of variances) from {mean, std}", async () => {
    const stats = {
      type: "drift_severity",
      reference_stats: "features.*.reference_stats",
      current_stats: "features.*.current_stats",
      mean_shift: { moderate: 0.5, severe: 1 },
      variance_shift: { moderate: 1.5, severe: 2 },
      warn_at: "MODERATE",
    };
    const f = (mean: number, std: number) => ({ features: { spread: { reference_stats: { mean: 10, std: 2 }, current_stats: { mean, std } } } });
    expect((await run({ gate: stats, candidate: f(11, 2) })).status).toBe("pass"); // shift 0.5 σ: at the threshold
    const moved = await run({ gate: stats, candidate: f(11.2, 2) });
    expect(moved).toMatchObject({
      status: "warn",
      message: "drift MODERATE, which warns at MODERATE: spread MODERATE (mean shift 0.6 above 0.5, variance shift 1)",
    });
    expect((await run({ gate: stats, candidate: f(12.2, 2) })).status).toBe("fail"); // 1.1 σ
    // Variance ratio 4 / 2.25 = 1.78 up, and the same ratio down: MODERATE either way.
    expect((await run({ gate: stats, candidate: f(10, 3) })).status).toBe("fail"); // 9 / 4 = 2.25
    expect((await run({ gate: stats, candidate: f(10, 1.5) })).status).toBe("warn"); // 4 / 2.25 = 1.78
    const bad = await run({ gate: stats, candidate: { features: { spread: { reference_stats: { mean: 10, std: 0 }, current_stats: { mean: 10, std: 1 } } } } });
    expect(bad.findings[0]).toMatchObject({
      path: "features.spread.reference_stats",
      message: "features.spread.reference_stats must be {mean, std} with a standard deviation above 0",
    });
  });

  it("reads the drift report the manifest points to; a missing report or feature fails", async () => {
    const files = { "models/m/drift.json": JSON.stringify({ features: { a: feature([0.05, 0.45, 0.45, 0.05]) } }) };
    const r = await runGate({ gate: { ...gate, file: "drift_report" }, candidate: { drift_report: "./drift.json" }, files });
    expect(r.status).toBe("fail");
    expect(r.findings[0]).toMatchObject({ file: "models/m/drift.json", path: "features.a.current" });
    const none = await run({ gate, candidate: { other: 1 } });
    expect(none).toMatchObject({ status: "fail", message: "features.*.reference is missing" });
  });

  it("a warning is not overridden by the engine and does not fail the check; a policy must name a metric", async () => {
    const report = await import("../../support/gate.js").then((m) =>
      m.runGateReport({ gate, candidate: { features: { a: feature([0.12, 0.38, 0.25, 0.25]) } } }),
    );
    expect(report.gate.status).toBe("warn");
    expect(report.change.result).toBe("pass");
    expect(report.report.summary.warned).toBe(1);
    await expect(run({ gate: { type: "drift_severity", warn_at: "MODERATE" }, candidate: {} })).rejects.toThrow();
  });

  it("thresholds out of order fail, saying which", async () => {
    const r = await run({ gate: { ...gate, psi: { moderate: 0.3, severe: 0.2 } }, candidate: { features: { a: feature([0.25, 0.25, 0.25, 0.25]) } } });
    expect(r).toMatchObject({ status: "fail", message: "psi: moderate 0.3 is above severe 0.2; write moderate ≤ severe" });
  });
});
