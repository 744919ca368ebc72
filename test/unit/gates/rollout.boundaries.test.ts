import { describe, expect, it } from "vitest";
import { runGateFast as run } from "../../support/gate.js";

const gate = { type: "rollout", path: "rollout.percent", steps: [10, 25, 50, 100], min_days_per_step: 2 };
const at = (percent: unknown, version = "v2") => ({ version, rollout: { percent } });
const history = [
  { date: "2026-01-01T00:00:00Z", manifest: at(10) },
  { date: "2026-01-05T00:00:00Z", manifest: at(25) },
];

describe("rollout: messages at every turn", () => {
  it("a new model or a new version starts at the first step", async () => {
    expect(await run({ gate, candidate: at(10) })).toMatchObject({ status: "pass", message: "the new model starts the rollout at 10%" });
    const model = await run({ gate, candidate: at(50) });
    expect(model.findings[0]).toMatchObject({ observed: 50, limit: 10, message: "a new model starts the rollout at 10%, not 50%" });
    const version = await run({ gate, active: at(100, "v1"), candidate: at(100, "v2") });
    expect(version).toMatchObject({ status: "fail", message: "a new version v2 starts the rollout at 10%, not 100%" });
    expect(await run({ gate, active: at(100, "v1"), candidate: at(10, "v2") })).toMatchObject({
      status: "pass",
      message: "the new version v2 starts the rollout at 10%",
    });
    // An active manifest without a percentage: the rollout starts here.
    expect(await run({ gate, active: { version: "v2" }, candidate: at(25) })).toMatchObject({
      status: "fail",
      message: "a new model starts the rollout at 10%, not 25%",
    });
  });

  it("a percentage that is missing or not a number fails at the path", async () => {
    const missing = await run({ gate, active: at(10), candidate: { version: "v2" } });
    expect(missing).toMatchObject({ status: "fail", message: "rollout.percent must be a number" });
    expect(missing.findings[0].message).toBe("rollout.percent is missing");
    const text = await run({ gate, active: at(10), candidate: at("50%") });
    expect(text.findings[0].message).toBe("rollout.percent is not a number");
  });

  it("stays, shrinks, leaves the ladder, or starts off it", async () => {
    expect(await run({ gate, active: at(25), candidate: { ...at(25), note: "x" }, history })).toMatchObject({
      status: "pass",
      message: "rollout stays at 25%",
    });
    expect(await run({ gate, active: at(25), candidate: at(10), history })).toMatchObject({ status: "pass", message: "rollout reduced from 25% to 10%" });
    const off = await run({ gate, active: at(25), candidate: at(30), history });
    expect(off.findings[0]).toMatchObject({ limit: [10, 25, 50, 100], message: "30% is not a step of the ladder 10 → 25 → 50 → 100" });
    const from = await run({ gate, active: at(30), candidate: at(50) });
    expect(from.findings[0].message).toBe("the active 30% is not a step of the ladder 10 → 25 → 50 → 100");
    // From a value that is no number (text), any step up is judged against the ladder.
    const textual = await run({ gate, active: at("full"), candidate: at(50) });
    expect(textual.findings[0].message).toBe('the active "full"% is not a step of the ladder 10 → 25 → 50 → 100');
  });

  it("without min_days_per_step, one step up passes at once", async () => {
    const quick = { ...gate, min_days_per_step: undefined };
    expect(await run({ gate: quick, active: at(25), candidate: at(50), history, now: "2026-01-05T00:00:01Z" })).toMatchObject({
      status: "pass",
      message: "climbs from 25% to 50%",
    });
  });

  it("says how long the step served and from when the next is allowed", async () => {
    const early = await run({ gate, active: at(25), candidate: at(50), history, now: "2026-01-06T23:59:59Z" });
    expect(early.findings[0]).toMatchObject({ limit: 2, observed: 50 });
    expect(early.message).toBe("25% has served 1.99 days since 2026-01-05, each step needs 2 days: 25% → 50% is allowed from 2026-01-07");
    const late = await run({ gate, active: at(25), candidate: at(50), history, now: "2026-01-07T00:00:00Z" });
    expect(late).toMatchObject({ status: "pass", message: "climbs from 25% to 50% after 2 days at 25%" });
    // The step's start is when the value began, not the last commit that kept it.
    const kept = [...history, { date: "2026-01-06T00:00:00Z", manifest: { ...at(25), note: "same step" } }];
    expect((await run({ gate, active: kept[2].manifest, candidate: at(50), history: kept, now: "2026-01-07T00:00:00Z" })).status).toBe("pass");
  });
});
