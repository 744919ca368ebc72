import { describe, expect, it } from "vitest";
import { certificationOf } from "../../../src/core/certification.js";
import type { HistoryEvent } from "../../../src/core/model.js";
import { runGate, runGateFast } from "../../support/gate.js";

const v2 = { version: "v2", pct: 100, metrics: { auc: 0.91 }, certified_on: null };
const served = [
  { date: "2026-01-01T00:00:00Z", manifest: { version: "v1", pct: 100, metrics: { auc: 0.9 }, certified_on: null } },
  { date: "2026-02-01T00:00:00Z", manifest: { ...v2, pct: 50 } },
  { date: "2026-02-08T00:00:00Z", manifest: v2 },
];
const gate = { type: "certified", min_days: 30, path: "pct", values: [100], mutable: ["certified_on"] };
const edit = { ...v2, metrics: { auc: 0.99 } };

describe("certified gate", () => {
  it("refuses an update in place once the version served min_days at the listed value: a second short passes, the day itself fails", async () => {
    const short = await runGate({ gate, candidate: edit, history: served, now: "2026-03-09T23:59:59Z" });
    expect(short.status).toBe("pass");
    expect(short.message).toBe(
      "not certified yet: v2 has served 29.99 of 30 days at pct 100 since 2026-02-08 without a rollback or a step back: certified from 2026-03-10",
    );
    const day = await runGate({ gate, candidate: edit, history: served, now: "2026-03-10T00:00:00Z" });
    expect(day.status).toBe("fail");
    expect(day.message).toMatch(
      /^v2 is certified since 2026-03-10: it served 30 days at pct 100 from 2026-02-08 without a rollback or a step back: a certified version is immutable \(1 change\)/,
    );
    expect(day.findings[0]).toMatchObject({
      path: "metrics.auc",
      observed: 0.99,
      active: 0.91,
      file: "models/m/manifest_active.json",
      message: "metrics.auc changed from 0.91 to 0.99",
    });
    expect(day.findings[0].line).toBeGreaterThan(1);
  });

  it("lets the mutable paths change, and a step back restarts the clock", async () => {
    const mark = await runGateFast({ gate, candidate: { ...v2, certified_on: "2026-03-10" }, history: served, now: "2026-03-20T00:00:00Z" });
    expect(mark.status).toBe("pass");
    expect(mark.message).toMatch(/nothing it certifies changes$/);
    // Back to 50 % on day 20 and up again: the 30 days start again at the return to 100 %.
    const stepped = [...served, { date: "2026-02-28T00:00:00Z", manifest: { ...v2, pct: 50 } }, { date: "2026-03-07T00:00:00Z", manifest: v2 }];
    const r = await runGateFast({ gate, candidate: edit, history: stepped, now: "2026-03-20T00:00:00Z" });
    expect(r).toMatchObject({ status: "pass", message: expect.stringContaining("since 2026-03-07") });
  });

  it("a changed file that the certified manifest points to fails it too", async () => {
    const withFile = { ...v2, weights: "models/m/w.bin" };
    const history = served.map((h) => ({ ...h, manifest: { ...h.manifest, weights: "models/m/w.bin" } }));
    const r = await runGate({ gate, candidate: withFile, active: withFile, history, files: { "models/m/w.bin": "new weights" }, now: "2026-04-01T00:00:00Z" });
    expect(r.status).toBe("fail");
    expect(r.findings).toEqual([{ file: "models/m/w.bin", message: "models/m/w.bin, which the certified manifest points to, changed" }]);
  });
});

function event(kind: HistoryEvent["kind"], date: string, to: string, doc: unknown): HistoryEvent {
  const time = Date.parse(date);
  return {
    model: "m",
    path: "p",
    kind,
    from: null,
    to,
    commit: "c",
    date,
    time,
    author: "a",
    pr: null,
    reverts: null,
    doc: { value: doc } as HistoryEvent["doc"],
    content: null,
  };
}

describe("certificationOf", () => {
  const opts = { min_days: 30 };
  it("counts the version's unbroken time; exactly min_days certifies; a rollback restarts the clock", () => {
    const events = [event("new", "2026-01-01T00:00:00Z", "v1", {}), event("promotion", "2026-01-10T00:00:00Z", "v2", {})];
    expect(certificationOf(events, "v2", opts, new Date("2026-02-08T23:59:59.999Z"))).toMatchObject({ certified: false, clock: "2026-01-10T00:00:00.000Z" });
    expect(certificationOf(events, "v2", opts, new Date("2026-02-09T00:00:00Z"))).toMatchObject({
      certified: true,
      since: "2026-02-09T00:00:00.000Z",
      rollbacks: 0,
    });
    const rolled = [...events, event("rollback", "2026-01-20T00:00:00Z", "v1", {}), event("rollback", "2026-01-25T00:00:00Z", "v2", {})];
    const r = certificationOf(rolled, "v2", opts, new Date("2026-02-20T00:00:00Z"));
    expect(r).toMatchObject({ certified: false, clock: "2026-01-25T00:00:00.000Z", rollbacks: 1 });
    // rollbacks counts the last min_days (from 2026-01-21): the one on 2026-01-25.
    // Certified once, certified for good: a later rollback does not undo the 30 days it served.
    const later = [...events, event("rollback", "2026-03-01T00:00:00Z", "v1", {})];
    expect(certificationOf(later, "v2", opts, new Date("2026-03-05T00:00:00Z"))).toMatchObject({ certified: true, since: "2026-02-09T00:00:00.000Z" });
    expect(certificationOf([], "v2", opts, new Date())).toMatchObject({ certified: false, clock: null, reason: "v2 is not serving" });
  });
});
