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
});
