import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

const order = ["DRAFT", "TRAINED", "VALIDATED", "STAGING", "PRODUCTION", "RETIRED"];

describe("transition gate", () => {
  it("with order, allows one step forward only", async () => {
    const gate = { type: "transition", path: "state", order };
    expect((await runGate({ gate, candidate: { state: "PRODUCTION" }, active: { state: "STAGING" } })).status).toBe("pass");
    const skip = await runGate({ gate, candidate: { state: "PRODUCTION" }, active: { state: "TRAINED" } });
    expect(skip.status).toBe("fail");
    expect(skip.findings[0]).toMatchObject({
      observed: "PRODUCTION",
      limit: ["VALIDATED"],
      message: "TRAINED → PRODUCTION is not an allowed transition (allowed from TRAINED: VALIDATED)",
    });
    expect((await runGate({ gate, candidate: { state: "STAGING" }, active: { state: "PRODUCTION" } })).status).toBe("fail");
    expect((await runGate({ gate, candidate: { state: "STAGING", note: "x" }, active: { state: "STAGING" } })).status).toBe("pass");
  });

  it("with edges, allows exactly the listed moves", async () => {
    const gate = {
      type: "transition",
      path: "governance.status",
      edges: { registered: ["shadow"], shadow: ["production", "registered"], production: ["shadow"] },
    };
    const m = (status: string) => ({ governance: { status } });
    expect((await runGate({ gate, candidate: m("registered"), active: m("shadow") })).status).toBe("pass");
    expect((await runGate({ gate, candidate: m("production"), active: m("registered") })).status).toBe("fail");
  });

  it("a new model starts in the first stage of the order, or one of initial", async () => {
    expect((await runGate({ gate: { type: "transition", path: "state", order }, candidate: { state: "DRAFT" } })).status).toBe("pass");
    expect((await runGate({ gate: { type: "transition", path: "state", order }, candidate: { state: "PRODUCTION" } })).status).toBe("fail");
    expect((await runGate({ gate: { type: "transition", path: "state", order, initial: ["TRAINED"] }, candidate: { state: "TRAINED" } })).status).toBe("pass");
  });
});
