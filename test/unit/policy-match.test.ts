import { describe, expect, it } from "vitest";
import { loadPolicy } from "../../src/core/policy.js";
import { ModelgateError, type Problem } from "../../src/core/problem.js";
import { runGateReport } from "../support/gate.js";

// Seed 002: "default and strategy-specific overrides for thresholds" — models: entries keyed by a manifest field.

const gate = { type: "range", path: "metrics.sharpe", gte: 1.0 };
const lax = `models:
  mean-reversion:
    match: { strategy: mean-reversion }
    gates: [{ id: g, gte: 0.8 }]
`;
const manifest = (strategy: string, sharpe: number, version = "v2") => ({ version, strategy, metrics: { sharpe } });
const history = (strategy: string) => [{ date: "2026-01-01T00:00:00Z", manifest: manifest(strategy, 1.2, "v1") }];

describe("models: entries that match a manifest field", () => {
  it("select the strategy's thresholds: 0.9 fails momentum's 1.0 and passes mean-reversion's 0.8, at the boundary too", async () => {
    const momentum = await runGateReport({ gate, policy: lax, history: history("momentum"), candidate: manifest("momentum", 0.9) });
    expect(momentum.gate).toMatchObject({ status: "fail" });
    const meanReversion = await runGateReport({ gate, policy: lax, history: history("mean-reversion"), candidate: manifest("mean-reversion", 0.9) });
    expect(meanReversion.gate.status).toBe("pass");
    expect((await runGateReport({ gate, policy: lax, history: history("mean-reversion"), candidate: manifest("mean-reversion", 0.8) })).gate.status).toBe(
      "pass",
    );
    expect((await runGateReport({ gate, policy: lax, history: history("mean-reversion"), candidate: manifest("mean-reversion", 0.79) })).gate.status).toBe(
      "fail",
    );
  });

  it("a pull request that switches its strategy to a laxer one is judged by the serving strategy's rules, and fails for the switch", async () => {
    const attack = await runGateReport({ gate, policy: lax, history: history("momentum"), candidate: manifest("mean-reversion", 0.9) });
    expect(attack.gate.status).toBe("fail");
    const selector = attack.change.gates.find((g) => g.id === "policy-match");
    expect(selector).toMatchObject({
      status: "fail",
      type: "selector",
      message:
        'strategy changes from "momentum" to "mean-reversion" in place: the policy\'s models: entries select gates by strategy, so this change is judged by the rules for "momentum", and may not switch them; a model of another strategy is a new model in its own manifest',
    });
    expect(selector?.findings[0]).toMatchObject({
      path: "strategy",
      observed: "mean-reversion",
      active: "momentum",
      file: "models/m/manifest_active.json",
      line: 3,
    });
    expect(attack.report.result).toBe("fail");
    // Removing the field is a switch too.
    const { strategy: _, ...bare } = manifest("momentum", 1.2);
    const dropped = await runGateReport({ gate, policy: lax, history: history("mean-reversion"), candidate: bare });
    expect(dropped.change.gates.find((g) => g.id === "policy-match")?.message).toMatch(/^strategy changes from "mean-reversion" to nothing in place/);
  });

  it("a new model is selected by its own manifest; a model without the field gets the defaults", async () => {
    expect((await runGateReport({ gate, policy: lax, candidate: manifest("mean-reversion", 0.85) })).gate.status).toBe("pass");
    expect((await runGateReport({ gate, policy: lax, candidate: { version: "v1", metrics: { sharpe: 0.85 } } })).gate.status).toBe("fail");
  });

  it("entries by name and by field apply in file order, and a later entry wins", async () => {
    const both = `${lax}  m:\n    gates: [{ id: g, gte: 0.95 }]\n`;
    const r = await runGateReport({ gate, policy: both, history: history("mean-reversion"), candidate: manifest("mean-reversion", 0.9) });
    expect(r.gate.status).toBe("fail");
  });
});

async function problems(text: string): Promise<Problem[]> {
  try {
    await loadPolicy(
      { readRepoFile: async (p) => (p === "policy.yaml" ? text : null), readPreset: async () => null, presetNames: async () => [] },
      "policy.yaml",
    );
  } catch (err) {
    expect(err).toBeInstanceOf(ModelgateError);
    return (err as ModelgateError).problems;
  }
  throw new Error("expected the policy to be refused");
}

describe("match: mistakes are configuration errors at their place", () => {
  const head = "version: 1\ngates:\n  - { id: g, type: range, path: metrics.sharpe, gte: 1 }\nmodels:\n  lax:\n";
  it("a wildcard, a list value, an empty match and a misspelt key", async () => {
    expect(await problems(`${head}    match: { "features.*": x }\n`)).toEqual([
      expect.objectContaining({
        file: "policy.yaml",
        line: 6,
        column: 28,
        message: 'models.lax: match key "features.*" has a wildcard; it must name one field',
      }),
    ]);
    const list = await problems(`${head}    match: { strategy: [a, b] }\n`);
    expect(list[0]).toMatchObject({ file: "policy.yaml", line: 6 });
    expect(list[0].message).toMatch(/strategy/);
    expect((await problems(`${head}    match: {}\n`))[0]).toMatchObject({ file: "policy.yaml", line: 6 });
    const typo = await problems(`${head}    matches: { strategy: a }\n`);
    expect(typo[0]).toMatchObject({ line: 6, hint: 'did you mean "match"?' });
  });
});
