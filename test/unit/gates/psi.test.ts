import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

const drift = (current: number[]) => ({
  drift: {
    age: { reference: [0.25, 0.25, 0.25, 0.25], current },
    income: { reference: { low: 30, mid: 40, high: 30 }, current: { low: 30, mid: 40, high: 30 } },
  },
});
const gate = { type: "psi", reference: "drift.*.reference", current: "drift.*.current", lte: 0.2 };

describe("psi gate", () => {
  it("pairs reference and current by wildcard and fails features over the limit", async () => {
    const r = await runGate({ gate, candidate: drift([0.1, 0.2, 0.3, 0.4]) });
    expect(r.status).toBe("fail");
    expect(r.findings).toEqual([expect.objectContaining({ path: "drift.age.current", observed: 0.228217, limit: 0.2 })]);
    expect(r.findings[0].message).toBe("age: PSI 0.228217 (limit 0.2)");
    expect((await runGate({ gate: { ...gate, lte: 0.25 }, candidate: drift([0.1, 0.2, 0.3, 0.4]) })).status).toBe("pass");
  });

  it("reads bins from an evidence file the manifest points to", async () => {
    const files = { "models/m/drift.json": JSON.stringify(drift([0.25, 0.25, 0.25, 0.25])) };
    const r = await runGate({ gate: { ...gate, file: "drift_report" }, candidate: { drift_report: "./drift.json" }, files });
    expect(r.status).toBe("pass");
    const missing = await runGate({ gate: { ...gate, file: "drift_report" }, candidate: { drift_report: "./nope.json" }, files });
    expect(missing.findings[0].message).toContain("does not exist at the head commit");
  });

  it("fails on bins that do not pair up", async () => {
    const r = await runGate({ gate, candidate: { drift: { age: { reference: [1, 2], current: [1, 2, 3] } } } });
    expect(r.findings[0].message).toBe("age: the reference has 2 bins, the current 3: bins must pair one to one");
  });
});
