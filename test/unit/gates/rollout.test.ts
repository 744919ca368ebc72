import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

const gate = { type: "rollout", path: "rollout.percent", steps: [10, 25, 50, 100], min_days_per_step: 2 };
const at = (percent: number) => ({ version: "v2", rollout: { percent } });
const history = [
  { date: "2026-01-01T00:00:00Z", manifest: at(10) },
  { date: "2026-01-05T00:00:00Z", manifest: at(25) },
];

describe("rollout gate", () => {
  it("climbs one step after the step it leaves served long enough, to the second", async () => {
    expect((await runGate({ gate, candidate: at(50), active: at(25), history, now: "2026-01-06T23:59:59Z" })).status).toBe("fail");
    expect((await runGate({ gate, candidate: at(50), active: at(25), history, now: "2026-01-07T00:00:00Z" })).status).toBe("pass");
  });

  it("refuses skipped steps and values off the ladder", async () => {
    const skipped = await runGate({ gate, candidate: at(100), active: at(25), history, now: "2026-02-01T00:00:00Z" });
    expect(skipped.findings[0]).toMatchObject({ observed: 100, limit: 50, message: "the rollout may climb one step, from 25% to 50%, not to 100%" });
    expect((await runGate({ gate, candidate: at(30), active: at(25), history })).status).toBe("fail");
  });

  it("lets a rollout stay or shrink, and starts new models at the first step", async () => {
    expect((await runGate({ gate, candidate: { ...at(25), note: "stays" }, active: at(25), history })).status).toBe("pass");
    expect((await runGate({ gate, candidate: at(10), active: at(25), history })).status).toBe("pass");
    expect((await runGate({ gate, candidate: at(10) })).status).toBe("pass");
    expect((await runGate({ gate, candidate: at(50) })).status).toBe("fail");
  });

  it("a step another version served does not count for a new one: time starts at the version's arrival", async () => {
    const shadowGate = { type: "rollout", path: "rollout.percent", steps: [0, 10, 25], min_days_per_step: 7 };
    const v2 = { version: "0.2.0", rollout: { percent: 0 } };
    const v3 = { version: "0.3.0", rollout: { percent: 0 } };
    const history = [
      { date: "2026-01-06T00:00:00Z", manifest: v2 },
      { date: "2026-01-20T00:00:00Z", manifest: v3 },
    ];
    const early = await runGate({ gate: shadowGate, candidate: { ...v3, rollout: { percent: 10 } }, history, now: "2026-01-21T00:00:00Z" });
    expect(early.status).toBe("fail");
    expect(early.findings[0].message).toBe("0% has served 1 day since 2026-01-20, each step needs 7 days: 0% → 10% is allowed from 2026-01-27");
    expect((await runGate({ gate: shadowGate, candidate: { ...v3, rollout: { percent: 10 } }, history, now: "2026-01-27T00:00:00Z" })).status).toBe("pass");
  });
});
