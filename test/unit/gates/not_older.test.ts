import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

describe("not_older gate", () => {
  it("compares epoch milliseconds with a numeric delta", async () => {
    const gate = { type: "not_older", path: "trained_end_ts", min_delta: 1000 };
    expect((await runGate({ gate, candidate: { trained_end_ts: 2000 }, active: { trained_end_ts: 1000 } })).status).toBe("pass");
    const r = await runGate({ gate, candidate: { trained_end_ts: 1999 }, active: { trained_end_ts: 1000 } });
    expect(r.status).toBe("fail");
    expect(r.findings[0]).toMatchObject({ observed: 1999, active: 1000, limit: 2000 });
  });

  it("compares ISO-8601 times with a duration, at the boundary", async () => {
    const gate = { type: "not_older", path: "training.end", min_delta: "7d" };
    const active = { training: { end: "2026-01-01T00:00:00Z" } };
    expect((await runGate({ gate, active, candidate: { training: { end: "2026-01-08T00:00:00Z" } } })).status).toBe("pass");
    const r = await runGate({ gate, active, candidate: { training: { end: "2026-01-07T23:59:59Z" } } });
    expect(r.status).toBe("fail");
    expect(r.findings[0].limit).toBe("2026-01-08T00:00:00.000Z");
  });

  it("mixes ISO dates and epoch milliseconds", async () => {
    const r = await runGate({ gate: { type: "not_older", path: "t" }, candidate: { t: "2026-01-02" }, active: { t: Date.parse("2026-01-03T00:00:00Z") } });
    expect(r.status).toBe("fail");
  });

  it("skips when the active manifest has no value to compare, and fails on junk", async () => {
    expect((await runGate({ gate: { type: "not_older", path: "t" }, candidate: { t: 5 }, active: {} })).status).toBe("skip");
    const r = await runGate({ gate: { type: "not_older", path: "t" }, candidate: { t: "last tuesday" }, active: { t: 5 } });
    expect(r.status).toBe("fail");
    expect(r.findings[0].message).toContain("is not an ISO-8601 / RFC 3339 time");
  });
});
