import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

describe("includes gate", () => {
  it("checks keys of every matched object", async () => {
    const candidate = { targets: { reject: { horizons: { 5: {}, 15: {}, 60: {} } }, break: { horizons: { 5: {} } } } };
    const r = await runGate({ gate: { type: "includes", path: "targets.*.horizons", keys: ["5", "15", "60"] }, candidate });
    expect(r.status).toBe("fail");
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ path: "targets.break.horizons", message: 'targets.break.horizons lacks "15", "60"' });
  });

  it("checks values of a list", async () => {
    const pass = await runGate({ gate: { type: "includes", path: "tags", values: ["audited", "gpu"] }, candidate: { tags: ["gpu", "audited", "x"] } });
    expect(pass.status).toBe("pass");
    const fail = await runGate({ gate: { type: "includes", path: "tags", values: ["audited"] }, candidate: { tags: ["gpu"] } });
    expect(fail.status).toBe("fail");
    expect(fail.findings[0].message).toBe('tags lacks "audited"');
  });

  it("fails when the path matches nothing, or is not an object", async () => {
    expect((await runGate({ gate: { type: "includes", path: "targets", keys: ["a"] }, candidate: {} })).status).toBe("fail");
    const r = await runGate({ gate: { type: "includes", path: "targets", keys: ["a"] }, candidate: { targets: [1] } });
    expect(r.findings[0].message).toBe("targets is not an object");
  });
});
