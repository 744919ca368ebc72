import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

const candidate = { targets: { reject: { horizons: { 5: { threshold: 0.4 }, 15: { threshold: 1.2 } } }, break: { horizons: { 5: { threshold: -0.1 } } } } };

describe("range gate", () => {
  it("reports every value out of bounds with its concrete path, value and limit", async () => {
    const r = await runGate({ gate: { type: "range", path: "targets.*.horizons.*.threshold", gte: 0, lte: 1 }, candidate });
    expect(r.status).toBe("fail");
    expect(r.findings.map((f) => [f.path, f.observed, f.limit])).toEqual([
      ["targets.reject.horizons.15.threshold", 1.2, 1],
      ["targets.break.horizons.5.threshold", -0.1, 0],
    ]);
    expect(r.findings[0].line).toBeGreaterThan(1);
  });

  it("treats exclusive and inclusive bounds differently at the boundary", async () => {
    expect((await runGate({ gate: { type: "range", path: "x", lte: 1 }, candidate: { x: 1 } })).status).toBe("pass");
    expect((await runGate({ gate: { type: "range", path: "x", lt: 1 }, candidate: { x: 1 } })).status).toBe("fail");
    expect((await runGate({ gate: { type: "range", path: "x", gt: 0 }, candidate: { x: 0 } })).status).toBe("fail");
  });

  it("fails on non-numbers and on a path that matches nothing", async () => {
    const r = await runGate({ gate: { type: "range", path: "x", gte: 0 }, candidate: { x: "0.5" } });
    expect(r.findings[0].message).toBe('x is "0.5", not a number');
    expect((await runGate({ gate: { type: "range", path: "y", gte: 0 }, candidate: { x: 1 } })).status).toBe("fail");
  });
});
