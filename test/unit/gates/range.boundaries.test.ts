import { describe, expect, it } from "vitest";
import { runGateFast as run } from "../../support/gate.js";

const range = (bounds: Record<string, number>) => ({ type: "range", path: "x.*", ...bounds });

describe("range: each bound at its edge, and its message", () => {
  it("gt, gte, lt, lte hold exactly at their edges as written", async () => {
    const cases: Array<[Record<string, number>, number, boolean, string]> = [
      [{ gt: 1 }, 1, false, "x.a is 1, must be > 1"],
      [{ gt: 1 }, 1.001, true, ""],
      [{ gte: 1 }, 1, true, ""],
      [{ gte: 1 }, 0.999, false, "x.a is 0.999, must be >= 1"],
      [{ lt: 1 }, 1, false, "x.a is 1, must be < 1"],
      [{ lt: 1 }, 0.999, true, ""],
      [{ lte: 1 }, 1, true, ""],
      [{ lte: 1 }, 1.001, false, "x.a is 1.001, must be <= 1"],
    ];
    for (const [bounds, value, ok, message] of cases) {
      const r = await run({ gate: range(bounds), candidate: { x: { a: value } } });
      expect(r.status, JSON.stringify([bounds, value])).toBe(ok ? "pass" : "fail");
      if (!ok) expect(r.findings[0]).toMatchObject({ path: "x.a", observed: value, limit: Object.values(bounds)[0], message });
    }
  });

  it("one finding per value, at the first bound it breaks; counts in the messages", async () => {
    const r = await run({ gate: range({ gte: 0, lte: 1 }), candidate: { x: { a: -1, b: 2, c: 0.5 } } });
    expect(r.message).toBe("2 values out of bounds");
    expect(r.findings.map((f) => f.message)).toEqual(["x.a is -1, must be >= 0", "x.b is 2, must be <= 1"]);
    expect(await run({ gate: range({ gte: 0 }), candidate: { x: { a: 1, b: 2 } } })).toMatchObject({ status: "pass", message: "2 values within bounds" });
  });

  it("a value that is not a number, and a path that matches nothing, fail", async () => {
    const r = await run({ gate: range({ gte: 0 }), candidate: { x: { a: "7" } } });
    expect(r.findings[0]).toMatchObject({ observed: "7", message: 'x.a is "7", not a number' });
    expect(r.message).toBe("1 value out of bounds");
    const m = await run({ gate: range({ gte: 0 }), candidate: { y: 1 } });
    expect(m).toMatchObject({ status: "fail", message: "x.* is missing" });
    expect(m.findings[0].message).toBe("x.* is missing");
  });
});
