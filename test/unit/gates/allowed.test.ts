import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

describe("allowed gate", () => {
  it("passes listed values and fails others", async () => {
    const gate = { type: "allowed", path: "model_type", values: ["EBM", "GAM"] };
    expect((await runGate({ gate, candidate: { model_type: "GAM" } })).status).toBe("pass");
    const r = await runGate({ gate, candidate: { model_type: "DeepNN" } });
    expect(r.status).toBe("fail");
    expect(r.findings[0]).toMatchObject({ path: "model_type", observed: "DeepNN", message: 'model_type is not one of "EBM", "GAM"' });
  });

  it("checks each item of a matched list", async () => {
    const r = await runGate({ gate: { type: "allowed", path: "regions", values: ["eu", "us"] }, candidate: { regions: ["eu", "cn", "us"] } });
    expect(r.findings.map((f) => f.path)).toEqual(["regions[1]"]);
  });
});
