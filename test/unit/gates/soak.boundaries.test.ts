import { describe, expect, it } from "vitest";
import { runGateFast as run } from "../../support/gate.js";

const v1 = { version: "v1", auc: 0.9 };
const v2 = { version: "v2", auc: 0.92 };
// v1 served, v2 replaced it, then v1 came back as data: a rollback on 2026-01-10.
const history = [
  { date: "2026-01-01T00:00:00Z", manifest: v1 },
  { date: "2026-01-05T00:00:00Z", manifest: v2, pr: 12 },
  { date: "2026-01-10T00:00:00Z", manifest: v1, pr: 13 },
];
const v3 = { version: "v3", auc: 0.95 };

describe("soak: rollbacks in a window", () => {
  it("a rollback exactly at the window's start is inside it; a second later it is out", async () => {
    const gate = { type: "soak", min_days: 7, max_rollbacks: 0 };
    const edge = await run({ gate, active: v1, candidate: v3, history, now: "2026-01-17T00:00:00Z" });
    expect(edge.status).toBe("fail");
    expect(edge.findings).toHaveLength(1);
    expect(edge.findings[0]).toMatchObject({ observed: 1, limit: 0, file: "models/m/manifest_active.json" });
    expect(edge.message).toBe("1 rollback since 2026-01-10 (v2 → v1 on 2026-01-10), at most 0 allowed");
    const out = await run({ gate, active: v1, candidate: v3, history, now: "2026-01-17T00:00:01Z" });
    expect(out.status).toBe("pass");
    expect(out.message).toMatch(/^version v1, active since 2026-01-10 \([0-9a-f]{7}, #13\) has served 7 days \(needs 7\), rollbacks within limit$/);
  });

  it("lists every rollback in the window", async () => {
    const twice = [...history, { date: "2026-01-12T00:00:00Z", manifest: v2 }, { date: "2026-01-14T00:00:00Z", manifest: v1 }];
    const r = await run({
      gate: { type: "soak", min_days: 1, max_rollbacks: 1, window: "30d" },
      active: v1,
      candidate: v3,
      history: twice,
      now: "2026-01-20T00:00:00Z",
    });
    // Back to v2 on the 12th is a rollback too: v2 served before, as data.
    expect(r.message).toBe("3 rollbacks since 2025-12-21 (v2 → v1 on 2026-01-10, v1 → v2 on 2026-01-12, v2 → v1 on 2026-01-14), at most 1 allowed");
  });

  it("max_rollbacks is a ceiling: as many as allowed pass", async () => {
    const gate = { type: "soak", min_days: 7, max_rollbacks: 1 };
    expect((await run({ gate, active: v1, candidate: v3, history, now: "2026-01-17T00:00:00Z" })).status).toBe("pass");
  });

  it("window: a duration, or a number of days; it does not change how long the version must serve", async () => {
    const hours = { type: "soak", min_days: 1, max_rollbacks: 0, window: "48h" };
    expect((await run({ gate: hours, active: v1, candidate: v3, history, now: "2026-01-12T00:00:00Z" })).status).toBe("fail");
    expect((await run({ gate: hours, active: v1, candidate: v3, history, now: "2026-01-12T00:00:01Z" })).status).toBe("pass");
    const days = { type: "soak", min_days: 1, max_rollbacks: 0, window: 3 };
    expect((await run({ gate: days, active: v1, candidate: v3, history, now: "2026-01-13T00:00:00Z" })).status).toBe("fail");
    expect((await run({ gate: days, active: v1, candidate: v3, history, now: "2026-01-13T00:00:01Z" })).status).toBe("pass");
  });

  it("a short soak and too many rollbacks: both findings, both in the message", async () => {
    const gate = { type: "soak", min_days: 7, max_rollbacks: 0 };
    const r = await run({ gate, active: v1, candidate: v3, history, now: "2026-01-12T00:00:00Z" });
    expect(r.findings).toHaveLength(2);
    expect(r.message).toMatch(
      /has served 2 days, needs 7 days: allowed from 2026-01-17; 1 rollback since 2026-01-05 \(v2 → v1 on 2026-01-10\), at most 0 allowed$/,
    );
  });
});

describe("soak: what it counts from", () => {
  it("a new model has served nothing: skip", async () => {
    expect(await run({ gate: { type: "soak", min_days: 7 }, candidate: v1 })).toMatchObject({
      status: "skip",
      message: "no active manifest: the model is new, nothing has served yet",
    });
  });

  it("since: a time missing or not a time fails at the path", async () => {
    const gate = { type: "soak", min_days: 7, since: "shadow.start" };
    const r = await run({ gate, active: v1, candidate: { ...v3, shadow: { start: "soon" } }, history });
    expect(r).toMatchObject({ status: "fail", message: "shadow.start is missing or not a time" });
    expect(r.findings[0].message).toBe("shadow.start must be an ISO-8601 time or epoch milliseconds");
  });

  it("since: a date this change writes counts from now, whatever it says", async () => {
    const gate = { type: "soak", min_days: 7, since: "shadow.start" };
    const r = await run({ gate, active: v1, candidate: { ...v3, shadow: { start: "2025-06-01T00:00:00Z" } }, history, now: "2026-01-20T00:00:00Z" });
    expect(r.status).toBe("fail");
    expect(r.findings[0]).toMatchObject({ observed: 0, limit: 7, path: "shadow.start" });
    expect(r.message).toBe("shadow.start (2025-06-01, on the base branch since this change) has served 0 days, needs 7 days: allowed from 2026-01-27");
  });

  it("since: a date the base holds counts from the later of the date and its arrival", async () => {
    const gate = { type: "soak", min_days: 7, since: "shadow.start" };
    const held = { ...v1, shadow: { start: "2026-01-03T00:00:00Z" } };
    const h = [
      { date: "2026-01-01T00:00:00Z", manifest: v1 },
      { date: "2026-01-08T00:00:00Z", manifest: held },
    ];
    const early = await run({ gate, active: held, candidate: { ...held, note: "promote" }, history: h, now: "2026-01-14T23:59:59Z" });
    expect(early.message).toBe(
      "shadow.start (2026-01-03, on the base branch for version v1 since 2026-01-08) has served 6.99 days, needs 7 days: allowed from 2026-01-15",
    );
    const ok = await run({ gate, active: held, candidate: { ...held, note: "promote" }, history: h, now: "2026-01-15T00:00:00Z" });
    expect(ok).toMatchObject({
      status: "pass",
      message: "shadow.start (2026-01-03, on the base branch for version v1 since 2026-01-08) has served 7 days (needs 7)",
    });
    // A date later than its arrival counts from the date itself.
    const future = { ...v1, shadow: { start: "2026-01-10T00:00:00Z" } };
    const f = await run({
      gate,
      active: future,
      candidate: { ...future, note: "promote" },
      history: [{ date: "2026-01-02T00:00:00Z", manifest: future }],
      now: "2026-01-16T00:00:00Z",
    });
    expect(f.message).toBe("shadow.start (2026-01-10) has served 6 days, needs 7 days: allowed from 2026-01-17");
  });
});
