import { describe, expect, it } from "vitest";
import { runGateFast as run } from "../../support/gate.js";

describe("required: present and not null, in every place the wildcards reach", () => {
  it("counts paths and missing values in its messages", async () => {
    expect(await run({ gate: { type: "required", paths: ["a", "b"] }, candidate: { a: 1, b: 0 } })).toMatchObject({
      status: "pass",
      message: "all 2 required paths present",
    });
    const r = await run({ gate: { type: "required", paths: ["a", "b"] }, candidate: { a: null } });
    expect(r.message).toBe("2 required values missing");
    expect(r.findings.map((f) => f.message)).toEqual(["a is null", "b is missing"]);
  });

  it("a.*.b: b in every a.*, missing or null, at its own path", async () => {
    const r = await run({ gate: { type: "required", paths: ["t.*.auc"] }, candidate: { t: { x: { auc: 1 }, y: {}, z: { auc: null } } } });
    expect(r.findings).toHaveLength(2);
    expect(r.findings[0]).toMatchObject({ path: "t.y.auc", message: "t.y.auc is missing" });
    expect(r.findings[1]).toMatchObject({ path: "t.z.auc", observed: null, message: "t.z.auc is null" });
  });

  it("a trailing wildcard needs at least one item, none null", async () => {
    expect((await run({ gate: { type: "required", paths: ["l.*"] }, candidate: { l: [] } })).findings[0].message).toBe("l.* is missing");
    const r = await run({ gate: { type: "required", paths: ["l.*"] }, candidate: { l: [1, null] } });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ path: "l[1]", message: "l[1] is null" });
    expect((await run({ gate: { type: "required", paths: ["l.*"] }, candidate: { l: [0] } })).status).toBe("pass");
  });
});
