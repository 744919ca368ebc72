import { describe, expect, it } from "vitest";
import { type GateCase, runGateFast } from "../../support/gate.js";

// Boundaries, messages and the strictest tolerance, through the engine on an in-memory repository.

/** A promotion from v1 to v2 with the given values. */
const run = (c: GateCase) =>
  runGateFast({ ...c, active: { version: "v1", ...(c.active as object) }, candidate: { version: "v2", ...(c.candidate as object) } });
const reg = (extra: Record<string, unknown>) => ({ type: "regression", path: "auc", better: "higher", ...extra });
const lower = (extra: Record<string, unknown>) => ({ type: "regression", path: "loss", better: "lower", ...extra });

describe("regression: limits", () => {
  it("a value exactly at the limit passes, just past it fails, in both directions", async () => {
    expect((await run({ gate: reg({ max_drop: 0.05 }), active: { auc: 0.9 }, candidate: { auc: 0.85 } })).status).toBe("pass");
    expect((await run({ gate: reg({ max_drop: 0.05 }), active: { auc: 0.9 }, candidate: { auc: 0.8499 } })).status).toBe("fail");
    expect((await run({ gate: lower({ max_drop: 0.05 }), active: { loss: 0.2 }, candidate: { loss: 0.25 } })).status).toBe("pass");
    expect((await run({ gate: lower({ max_drop: 0.05 }), active: { loss: 0.2 }, candidate: { loss: 0.2501 } })).status).toBe("fail");
    // Without a tolerance the limit is the active value itself: equal passes, better passes.
    expect((await run({ gate: lower({}), active: { loss: 0.2 }, candidate: { loss: 0.2 } })).status).toBe("pass");
    expect((await run({ gate: lower({}), active: { loss: 0.2 }, candidate: { loss: 0.1 } })).status).toBe("pass");
    expect((await run({ gate: lower({}), active: { loss: 0.2 }, candidate: { loss: 0.2000001 } })).status).toBe("fail");
  });

  it("lower-is-better: of two tolerances the lowest limit decides, whichever is written first", async () => {
    // 0.2 + 0.05 = 0.25 and 0.2 + 10 % = 0.22: the strictest is 0.22.
    const a = await run({ gate: lower({ max_drop: 0.05, max_drop_pct: 10 }), active: { loss: 0.2 }, candidate: { loss: 0.23 } });
    expect(a.status).toBe("fail");
    expect(a.findings[0]).toMatchObject({ limit: 0.22, observed: 0.23, active: 0.2 });
    // 0.2 + 0.01 = 0.21 and 0.2 + 10 % = 0.22: now max_drop is the strictest.
    const b = await run({ gate: lower({ max_drop: 0.01, max_drop_pct: 10 }), active: { loss: 0.2 }, candidate: { loss: 0.215 } });
    expect(b.findings[0].limit).toBe(0.21);
    // min_gain for lower-is-better: the candidate must be at least that much lower.
    const c = await run({ gate: lower({ max_drop: 0.05, min_gain: 0.01 }), active: { loss: 0.2 }, candidate: { loss: 0.195 } });
    expect(c.findings[0].limit).toBe(0.19);
    expect((await run({ gate: lower({ min_gain: 0.01 }), active: { loss: 0.2 }, candidate: { loss: 0.19 } })).status).toBe("pass");
  });

  it("higher-is-better: the highest limit decides", async () => {
    const a = await run({ gate: reg({ max_drop: 0.05, min_gain: 0.01 }), active: { auc: 0.9 }, candidate: { auc: 0.9 } });
    expect(a.findings[0].limit).toBe(0.91);
    const b = await run({ gate: reg({ max_drop_pct: 10, max_drop: 0.01 }), active: { auc: 0.5 }, candidate: { auc: 0.48 } });
    expect(b.findings[0].limit).toBe(0.49);
  });

  it("a percentage of a negative value is taken of its size", async () => {
    // -10 may drop 10 % of 10: to -11, not to -9.
    expect((await run({ gate: reg({ max_drop_pct: 10 }), active: { auc: -10 }, candidate: { auc: -10.5 } })).status).toBe("pass");
    const r = await run({ gate: reg({ max_drop_pct: 10 }), active: { auc: -10 }, candidate: { auc: -11.5 } });
    expect(r.findings[0].limit).toBe(-11);
  });

  it("compares the numbers as written, not rounded", async () => {
    expect((await run({ gate: reg({}), active: { auc: 0.8765432109876543 }, candidate: { auc: 0.8765432109876543 } })).status).toBe("pass");
    const r = await run({ gate: reg({}), active: { auc: 1234567890123 }, candidate: { auc: 1234567890121 } });
    expect(r.status).toBe("fail");
    expect(r.findings[0].limit).toBe(1234567890123);
  });
});

describe("regression: messages and the values it cannot compare", () => {
  it("says which side of the limit, with the active value and the direction", async () => {
    const hi = await run({ gate: reg({ max_drop: 0.05 }), active: { auc: 0.9 }, candidate: { auc: 0.8 } });
    expect(hi.message).toBe("1 value regressed beyond tolerance");
    expect(hi.findings[0].message).toBe("auc is 0.8, below the limit 0.85 (active 0.9, higher is better)");
    const lo = await run({ gate: lower({ max_drop: 0.05 }), active: { loss: 0.2 }, candidate: { loss: 0.3 } });
    expect(lo.findings[0].message).toBe("loss is 0.3, above the limit 0.25 (active 0.2, lower is better)");
    const ok = await run({ gate: { type: "regression", path: "m.*", better: "higher" }, active: { m: { a: 1, b: 2 } }, candidate: { m: { a: 1, b: 3 } } });
    expect(ok).toMatchObject({ status: "pass", message: "2 values within tolerance of active" });
  });

  it("a value that is not a number fails, naming the side that is not", async () => {
    const cand = await run({ gate: reg({ max_drop: 1 }), active: { auc: 0.9 }, candidate: { auc: "high" } });
    expect(cand.status).toBe("fail");
    expect(cand.findings[0]).toMatchObject({ path: "auc", observed: "high", active: 0.9, message: 'auc: "high" is not a number' });
    const act = await run({ gate: reg({ max_drop: 1 }), active: { auc: "n/a" }, candidate: { auc: 0.9 } });
    expect(act.findings[0]).toMatchObject({ observed: 0.9, active: "n/a", message: 'auc: "n/a" is not a number' });
    const both = await run({ gate: reg({}), active: { auc: null }, candidate: { auc: true } });
    expect(both.findings[0].message).toBe("auc: true is not a number");
  });

  it("a metric the candidate dropped fails at its path, with the active value", async () => {
    const r = await run({ gate: { type: "regression", path: "m.*", better: "higher" }, active: { m: { a: 1, b: 2 } }, candidate: { m: { a: 1 } } });
    expect(r.status).toBe("fail");
    expect(r.message).toBe("1 value regressed beyond tolerance");
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ path: "m.b", active: 2, message: "m.b is missing; the active version has 2" });
  });

  it("skips when only the candidate has values; fails when neither side has the path", async () => {
    const s = await run({ gate: { type: "regression", path: "m.*", better: "higher" }, active: { m: {} }, candidate: { m: { x: 3 } } });
    expect(s).toMatchObject({ status: "skip", message: "the active manifest has no value at m.* to compare with" });
    const f = await run({ gate: reg({}), active: { other: 1 }, candidate: { other: 2 } });
    expect(f).toMatchObject({ status: "fail", message: "auc is missing" });
    expect(f.findings[0]).toMatchObject({ path: "auc", message: "auc is missing" });
  });
});
