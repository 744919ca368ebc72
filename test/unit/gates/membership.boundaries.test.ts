import { describe, expect, it } from "vitest";
import { runGateFast as run } from "../../support/gate.js";

describe("allowed and denied: each item of a list, by value", () => {
  it("allowed: a value off the list fails, naming the list; items of a list are judged one by one", async () => {
    const gate = { type: "allowed", path: "owners", values: ["risk", 7] };
    const r = await run({ gate, candidate: { owners: ["risk", "ads", 7] } });
    expect(r).toMatchObject({ status: "fail", message: "1 value not allowed" });
    expect(r.findings[0]).toMatchObject({ path: "owners[1]", observed: "ads", limit: ["risk", 7], message: 'owners[1] is not one of "risk", 7' });
    expect(await run({ gate, candidate: { owners: ["risk", 7] } })).toMatchObject({ status: "pass", message: "2 values allowed" });
    expect(await run({ gate, candidate: { owners: "risk" } })).toMatchObject({ status: "pass", message: "1 value allowed" });
  });

  it("denied: a listed value fails; others pass", async () => {
    const gate = { type: "denied", path: "stage", values: ["deprecated"] };
    const r = await run({ gate, candidate: { stage: "deprecated" } });
    expect(r).toMatchObject({ status: "fail", message: "1 value denied" });
    expect(r.findings[0]).toMatchObject({ path: "stage", observed: "deprecated", message: 'stage is denied: "deprecated"' });
    expect(await run({ gate, candidate: { stage: "live" } })).toMatchObject({ status: "pass", message: "1 value not denied" });
  });

  it("a path that matches nothing fails for both", async () => {
    for (const type of ["allowed", "denied"]) {
      expect(await run({ gate: { type, path: "stage", values: ["a"] }, candidate: { other: 1 } })).toMatchObject({
        status: "fail",
        message: "stage is missing",
      });
    }
  });
});
