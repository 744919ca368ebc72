import { describe, expect, it } from "vitest";
import { type GateCase, runGateFast } from "../../support/gate.js";

const run = (c: GateCase) =>
  runGateFast({ ...c, active: { version: "v1", ...(c.active as object) }, candidate: { version: "v2", ...(c.candidate as object) } });

describe("unchanged: messages and places", () => {
  it("counts the values it compared, and the ones that changed", async () => {
    const gate = { type: "unchanged", path: "h.*" };
    expect(await run({ gate, active: { h: { a: 1, b: 2 } }, candidate: { h: { a: 1, b: 2 } } })).toMatchObject({
      status: "pass",
      message: "2 values unchanged",
    });
    expect(await run({ gate, active: { h: { a: 1 } }, candidate: { h: { a: 1 } } })).toMatchObject({ status: "pass", message: "1 value unchanged" });
    const r = await run({ gate, active: { h: { a: 1, b: 2 } }, candidate: { h: { a: 1, b: 3 } } });
    expect(r).toMatchObject({ status: "fail", message: "1 value changed" });
  });

  it("a value added or removed shows as nothing on the other side, and null in the finding", async () => {
    const gate = { type: "unchanged", path: "h.*" };
    const removed = await run({ gate, active: { h: { a: "1" } }, candidate: { h: {} } });
    expect(removed.findings[0]).toMatchObject({ path: "h.a", observed: null, active: "1", message: 'h.a changed from "1" to nothing' });
    const added = await run({ gate, active: { h: {} }, candidate: { h: { b: "2" } } });
    expect(added.findings[0]).toMatchObject({ path: "h.b", observed: "2", active: null, message: 'h.b changed from nothing to "2"' });
  });

  it("a path that matches nothing on either side fails: it guards nothing", async () => {
    const r = await run({ gate: { type: "unchanged", path: "features" }, active: { other: 1 }, candidate: { other: 1, x: 2 } });
    expect(r).toMatchObject({ status: "fail", message: "features is missing" });
    expect(r.findings[0].path).toBe("features");
  });

  it("skips a new model: there is nothing to compare with", async () => {
    const r = await runGateFast({ gate: { type: "unchanged", path: "features" }, candidate: { features: 1 } });
    expect(r).toMatchObject({ status: "skip", message: "no active manifest to compare with: the model is new" });
  });
});
