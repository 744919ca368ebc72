import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

const v1 = { version: "v1", stage: "shadow" };
const history = [
  { date: "2026-01-01T00:00:00Z", manifest: { version: "v0", stage: "production" } },
  { date: "2026-01-10T00:00:00Z", manifest: v1 },
];

describe("soak gate", () => {
  it("the active version must have served min_days on the base branch: a day short fails, the day itself passes", async () => {
    const gate = { type: "soak", min_days: 7 };
    const short = await runGate({ gate, candidate: { version: "v2" }, active: v1, history, now: "2026-01-16T23:59:59Z" });
    expect(short.status).toBe("fail");
    expect(short.findings[0]).toMatchObject({ observed: 6.99, limit: 7 });
    expect(short.findings[0].message).toMatch(
      /^version v1, active since 2026-01-10 \([0-9a-f]{7}\) has served 6\.99 days, needs 7 days: allowed from 2026-01-17$/,
    );
    const day = await runGate({ gate, candidate: { version: "v2" }, active: v1, history, now: "2026-01-17T00:00:00Z" });
    expect(day.status).toBe("pass");
  });

  it("of: stage counts from when the stage at path last changed, across updates of the same stage", async () => {
    const gate = { type: "soak", min_days: 7, of: "stage", path: "stage" };
    const staged = [...history, { date: "2026-01-12T00:00:00Z", manifest: { ...v1, note: "x" } }];
    const r = await runGate({ gate, candidate: { ...v1, stage: "production" }, active: v1, history: staged, now: "2026-01-16T00:00:00Z" });
    expect(r.status).toBe("fail");
    expect(r.findings[0].message).toContain('stage "shadow", active since 2026-01-10');
    expect((await runGate({ gate, candidate: { ...v1, stage: "production" }, active: v1, history: staged, now: "2026-01-17T00:00:00Z" })).status).toBe("pass");
  });

  it("since: counts from a time in the manifest, once the base branch holds it", async () => {
    const gate = { type: "soak", min_days: 7, since: "governance.shadow_start_time" };
    const shadow = { version: "v2", stage: "shadow", governance: { shadow_start_time: "2026-01-01T00:00:00Z" } };
    const onBase = [{ date: "2026-01-01T00:00:00Z", manifest: shadow }];
    const promote = { ...shadow, stage: "production" };
    expect((await runGate({ gate, candidate: promote, history: onBase, now: "2026-01-07T23:00:00Z" })).status).toBe("fail");
    expect((await runGate({ gate, candidate: promote, history: onBase, now: "2026-01-08T00:00:00Z" })).status).toBe("pass");
    expect((await runGate({ gate, candidate: { version: "v2" }, history: onBase, now: "2026-01-08T00:00:00Z" })).status).toBe("fail");
  });

  it("since: a date the pull request writes (or back-dates) counts from the day it reaches the base branch, not before", async () => {
    const gate = { type: "soak", min_days: 7, since: "shadow_mode_start" };
    const v1 = { version: "v1", stage: "production" };
    const backdated = { version: "v2", stage: "production", shadow_mode_start: "2025-12-01T00:00:00Z" };
    const r = await runGate({ gate, candidate: backdated, history: [{ date: "2026-01-01T00:00:00Z", manifest: v1 }], now: "2026-01-20T00:00:00Z" });
    expect(r.status).toBe("fail");
    expect(r.findings[0]).toMatchObject({ observed: 0, limit: 7, path: "shadow_mode_start" });
    expect(r.findings[0].message).toContain("on the base branch since this change");
    // v2 merged in shadow on 2026-01-05 with a date a month earlier: it counts from 2026-01-05.
    const history = [
      { date: "2026-01-01T00:00:00Z", manifest: v1 },
      { date: "2026-01-05T00:00:00Z", manifest: { version: "v2", stage: "shadow", shadow_mode_start: "2025-12-01T00:00:00Z" } },
    ];
    const candidate = { version: "v2", stage: "production", shadow_mode_start: "2025-12-01T00:00:00Z" };
    expect((await runGate({ gate, candidate, history, now: "2026-01-11T23:59:59Z" })).status).toBe("fail");
    expect((await runGate({ gate, candidate, history, now: "2026-01-12T00:00:00Z" })).status).toBe("pass");
  });

  it("max_rollbacks counts rollbacks within the window: certification after 30 days with none", async () => {
    const gate = { type: "soak", min_days: 30, of: "stage", path: "stage", max_rollbacks: 0 };
    const prod = { version: "v3", stage: "production" };
    const events = [
      { date: "2026-01-01T00:00:00Z", manifest: { version: "v1", stage: "production" } },
      { date: "2026-01-05T00:00:00Z", manifest: { version: "v2", stage: "production" } },
      { date: "2026-01-06T00:00:00Z", manifest: { version: "v1", stage: "production" } },
      { date: "2026-01-20T00:00:00Z", manifest: prod },
    ];
    const r = await runGate({ gate, candidate: { ...prod, stage: "certified" }, active: prod, history: events, now: "2026-02-01T00:00:00Z" });
    expect(r.status).toBe("fail");
    expect(r.findings.map((f) => f.message)).toEqual([expect.stringContaining("1 rollback since 2026-01-02 (v2 → v1 on 2026-01-06), at most 0 allowed")]);
    expect((await runGate({ gate, candidate: { ...prod, stage: "certified" }, active: prod, history: events, now: "2026-02-06T00:00:01Z" })).status).toBe(
      "pass",
    );
  });

  it("skips for a new model", async () => {
    const r = await runGate({ gate: { type: "soak", min_days: 1 }, candidate: { version: "v1" } });
    expect(r).toMatchObject({ status: "skip", message: "no active manifest: the model is new, nothing has served yet" });
  });

  it("since: a new version that keeps the old version's date counts from its own arrival; a rollback keeps its past", async () => {
    const gate = { type: "soak", min_days: 7, since: "shadow_start" };
    const old = { version: "h1", stage: "shadow", shadow_start: "2026-01-05T00:00:00Z" };
    const history = [
      { date: "2026-01-05T00:00:00Z", manifest: old },
      { date: "2026-01-12T00:00:00Z", manifest: { ...old, stage: "production" } },
      { date: "2026-02-01T12:00:00Z", manifest: { ...old, version: "h2", stage: "shadow" } },
    ];
    const early = await runGate({ gate, candidate: { ...old, version: "h2", stage: "production" }, history, now: "2026-02-02T12:00:00Z" });
    expect(early.status).toBe("fail");
    expect(early.findings[0].message).toContain("on the base branch for version h2 since 2026-02-01 12:00 UTC) has served 1 day");
    // Rolled back to h1: its date reached the base with h1 on 2026-01-05 and counts from there.
    const back = [...history, { date: "2026-02-03T00:00:00Z", manifest: { ...old, stage: "production" } }];
    const update = await runGate({ gate, candidate: { ...old, stage: "production", note: "x" }, history: back, now: "2026-02-04T00:00:00Z" });
    expect(update.status, update.message).toBe("pass");
  });
});
