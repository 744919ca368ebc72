import { describe, expect, it } from "vitest";
import { type GateCase, runGateFast } from "../../support/gate.js";

/** A promotion from v1 to v2 with the given values, through the engine in memory. */
const run = (c: GateCase) =>
  runGateFast({ ...c, active: { version: "v1", ...(c.active as object) }, candidate: { version: "v2", ...(c.candidate as object) } });
const gate = (extra: Record<string, unknown> = {}) => ({ type: "not_older", path: "t", ...extra });

describe("not_older: messages, limits and what it cannot compare", () => {
  it("names both values and the delta; without a delta, none", async () => {
    const d = await run({ gate: gate({ min_delta: 1000 }), active: { t: 1000 }, candidate: { t: 1999 } });
    expect(d.message).toBe("1 value older than allowed");
    expect(d.findings[0].message).toBe("t is older than required: 1999 < active 1000 + 1000");
    const plain = await run({ gate: gate(), active: { t: 5 }, candidate: { t: 4 } });
    expect(plain.findings[0]).toMatchObject({ observed: 4, active: 5, limit: 5, message: "t is older than required: 4 < active 5" });
    expect((await run({ gate: gate(), active: { t: 5 }, candidate: { t: 5 } })).status).toBe("pass");
  });

  it("a limit is shown as a time only when the candidate is written as one", async () => {
    // An epoch-ms candidate against an ISO active: the limit stays a number.
    const active = { t: "2026-01-02T00:00:00Z" };
    const n = await run({ gate: gate(), active, candidate: { t: Date.parse("2026-01-01T00:00:00Z") } });
    expect(n.findings[0].limit).toBe(Date.parse("2026-01-02T00:00:00Z"));
    // A duration over epoch milliseconds: numbers too.
    const ms = await run({ gate: gate({ min_delta: "1d" }), active: { t: 0 }, candidate: { t: 1000 } });
    expect(ms.findings[0]).toMatchObject({ limit: 86_400_000, message: "t is older than required: 1000 < active 0 + 1d" });
    // Epoch milliseconds of our era are shown with their date, so no one converts them by hand.
    const era = await run({ gate: gate(), active: { t: Date.parse("2026-02-01T00:00:00Z") }, candidate: { t: Date.parse("2026-01-01T00:00:00Z") } });
    expect(era.findings[0].message).toBe(
      "t is older than required: 1767225600000 (2026-01-01T00:00:00.000Z) < active 1769904000000 (2026-02-01T00:00:00.000Z)",
    );
    const iso = await run({ gate: gate(), active, candidate: { t: "2026-01-01T00:00:00Z" } });
    expect(iso.findings[0].limit).toBe("2026-01-02T00:00:00.000Z");
  });

  it("counts every place; a place only the candidate has is not compared", async () => {
    const r = await run({ gate: { type: "not_older", path: "runs.*" }, active: { runs: { a: 1, b: 2 } }, candidate: { runs: { a: 1, b: 2, c: 0 } } });
    expect(r).toMatchObject({ status: "pass", message: "2 values not older than active" });
    const one = await run({ gate: { type: "not_older", path: "runs.*" }, active: { runs: { a: 1 } }, candidate: { runs: { a: 1, c: 0 } } });
    expect(one.message).toBe("1 value not older than active");
    const s = await run({ gate: gate(), active: {}, candidate: { t: 5 } });
    expect(s).toMatchObject({ status: "skip", message: "the active manifest has no value at t to compare with" });
  });

  it("fails on a path the candidate lacks, and on an active value that is no time", async () => {
    const m = await run({ gate: gate(), active: { t: 5 }, candidate: { u: 5 } });
    expect(m).toMatchObject({ status: "fail", message: "t is missing" });
    expect(m.findings[0]).toMatchObject({ path: "t", message: "t is missing" });
    const junk = await run({ gate: gate(), active: { t: "soon" }, candidate: { t: 5 } });
    expect(junk.findings[0]).toMatchObject({
      observed: 5,
      active: "soon",
      message: 't: the active value "soon" is not an ISO-8601 / RFC 3339 time such as 2026-01-08 or 2026-01-08T09:30:00Z',
    });
  });
});
