import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

describe("denied gate", () => {
  it("fails listed values and passes others", async () => {
    const gate = { type: "denied", path: "models.*.type", values: ["DeepNN", "BlackBoxEnsemble"] };
    const r = await runGate({ gate, candidate: { models: { a: { type: "EBM" }, b: { type: "DeepNN" } } } });
    expect(r.status).toBe("fail");
    expect(r.findings.map((f) => f.path)).toEqual(["models.b.type"]);
    expect((await runGate({ gate, candidate: { models: { a: { type: "EBM" } } } })).status).toBe("pass");
  });

  it("compares structured values by content", async () => {
    const r = await runGate({ gate: { type: "denied", path: "source", values: [{ kind: "scraped" }] }, candidate: { source: { kind: "scraped" } } });
    expect(r.status).toBe("fail");
  });
});
