import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

const metrics = (mfe5: number, mfe15: number) => ({ targets: { reject: { horizons: { 5: { mfe_bps: mfe5 }, 15: { mfe_bps: mfe15 } } } } });

describe("regression gate", () => {
  it("compares element by element with an absolute tolerance (higher is better)", async () => {
    const gate = { type: "regression", path: "targets.*.horizons.*.mfe_bps", better: "higher", max_drop: 5 };
    const r = await runGate({ gate, candidate: metrics(41.2, 50), active: metrics(47.3, 50) });
    expect(r.status).toBe("fail");
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ path: "targets.reject.horizons.5.mfe_bps", observed: 41.2, active: 47.3, limit: 42.3 });
    expect((await runGate({ gate, candidate: metrics(42.3, 45), active: metrics(47.3, 50) })).status).toBe("pass");
  });

  it("uses a relative tolerance, and lower-is-better", async () => {
    const gate = { type: "regression", path: "loss", better: "lower", max_drop_pct: 10 };
    expect((await runGate({ gate, candidate: { loss: 0.22 }, active: { loss: 0.2 } })).status).toBe("pass");
    const r = await runGate({ gate, candidate: { loss: 0.2201 }, active: { loss: 0.2 } });
    expect(r.status).toBe("fail");
    expect(r.findings[0].limit).toBe(0.22);
  });

  it("with several tolerances, the strictest decides; min_gain demands improvement", async () => {
    const both = { type: "regression", path: "auc", better: "higher", max_drop: 0.05, max_drop_pct: 1 };
    const r = await runGate({ gate: both, candidate: { auc: 0.89 }, active: { auc: 0.9 } });
    expect(r.findings[0].limit).toBe(0.891);
    const gain = { type: "regression", path: "auc", better: "higher", min_gain: 0.01 };
    expect((await runGate({ gate: gain, candidate: { auc: 0.905 }, active: { auc: 0.9 } })).status).toBe("fail");
    expect((await runGate({ gate: gain, candidate: { auc: 0.91 }, active: { auc: 0.9 } })).status).toBe("pass");
  });

  it("without a tolerance, any drop fails", async () => {
    expect((await runGate({ gate: { type: "regression", path: "x", better: "higher" }, candidate: { x: 0.999 }, active: { x: 1 } })).status).toBe("fail");
  });

  it("skips values the active manifest lacks, and fails when the candidate lacks the metric", async () => {
    const gate = { type: "regression", path: "m.*", better: "higher", max_drop: 1 };
    const skip = await runGate({ gate, candidate: { m: { new_metric: 3 } }, active: { m: {} } });
    expect(skip.status).toBe("skip");
    expect(skip.message).toContain("no value");
    expect((await runGate({ gate: { ...gate, path: "m.auc" }, candidate: { m: {} }, active: { m: { auc: 1 } } })).status).toBe("fail");
  });
});
