import fc from "fast-check";
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

/** A number as written (its shortest form), as an exact fraction: numerator and a power of ten. */
function exact(x: number): [bigint, bigint] {
  const [mantissa, e = "0"] = String(x).split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  const digits = BigInt(whole.replace("-", "") + fraction) * (mantissa.startsWith("-") ? -1n : 1n);
  const power = fraction.length - Number(e);
  return power >= 0 ? [digits, 10n ** BigInt(power)] : [digits * 10n ** BigInt(-power), 1n];
}

/** The verdict worked out here, apart from the gate: exact fractions, the strictest limit. */
function reference(
  now: number,
  before: number,
  better: "higher" | "lower",
  t: { max_drop?: number; max_drop_pct?: number; min_gain?: number },
): "pass" | "fail" {
  // Every value as n / 10^k over one common denominator.
  const all = [now, before, t.max_drop ?? 0, t.max_drop_pct ?? 0, t.min_gain ?? 0].map(exact);
  const den = all.reduce((d, [, k]) => (k > d ? k : d), 1n) * 100n;
  const [n, b, drop, pct, gain] = all.map(([v, k]) => v * (den / k));
  const sign = better === "higher" ? 1n : -1n;
  const size = b < 0n ? -b : b;
  const limits: bigint[] = [];
  if (t.max_drop !== undefined) limits.push(b - sign * drop);
  if (t.max_drop_pct !== undefined) limits.push(b - (sign * size * pct) / den / 100n);
  if (t.min_gain !== undefined) limits.push(b + sign * gain);
  // size * pct / den / 100 is exact here: den holds 100 and every denominator.
  const limit = limits.length === 0 ? b : limits.reduce((x, y) => (sign * (x - y) >= 0n ? x : y));
  return sign * (n - limit) >= 0n ? "pass" : "fail";
}

describe("regression: the verdict against exact arithmetic worked out apart from the gate", () => {
  it("random values, and values at, just inside and just past their limit, in both directions", async () => {
    const decimal = fc.oneof(
      fc.integer({ min: -100000, max: 100000 }).map((i) => i / 1000),
      fc.integer({ min: 1, max: 10 ** 9 }).map((i) => i / 10 ** 9),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    );
    const tolerance = fc.option(
      fc.integer({ min: 0, max: 5000 }).map((i) => i / 1000),
      { nil: undefined },
    );
    const nudge = fc.constantFrom(0, 1, -1, 1e-12, -1e-12, 1e-7, -1e-7);
    await fc.assert(
      fc.asyncProperty(
        decimal,
        fc.constantFrom("higher" as const, "lower" as const),
        tolerance,
        tolerance,
        tolerance,
        nudge,
        fc.boolean(),
        async (before, better, max_drop, max_drop_pct, min_gain, step, atLimit) => {
          const t = {
            ...(max_drop !== undefined ? { max_drop } : {}),
            ...(max_drop_pct !== undefined ? { max_drop_pct } : {}),
            ...(min_gain !== undefined ? { min_gain } : {}),
          };
          // A candidate on the limit as a double (then nudged by a few units in the last place or a tiny amount), or anywhere.
          const sign = better === "higher" ? 1 : -1;
          const limits = [
            ...(max_drop !== undefined ? [before - sign * max_drop] : []),
            ...(max_drop_pct !== undefined ? [before - (sign * Math.abs(before) * max_drop_pct) / 100] : []),
            ...(min_gain !== undefined ? [before + sign * min_gain] : []),
          ];
          const limit = limits.length === 0 ? before : sign > 0 ? Math.max(...limits) : Math.min(...limits);
          const ulp = Math.abs(limit) * Number.EPSILON || Number.MIN_VALUE;
          const now = atLimit ? limit + (Math.abs(step) >= 1 ? step * ulp : step) : before + step * 1000;
          const gate = { type: "regression", path: "auc", better, ...t };
          const report = await run({ gate, active: { auc: before }, candidate: { auc: now } });
          expect(report.status, JSON.stringify({ before, now, better, ...t })).toBe(reference(now, before, better, t));
        },
      ),
      { numRuns: 400, seed: 16 },
    );
  });
});
