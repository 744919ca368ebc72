import { describe, expect, it } from "vitest";
import { runGate, runGateReport } from "../../support/gate.js";

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

describe("transition gate: steps back, terminal stages, retirement", () => {
  const gate = {
    type: "transition",
    path: "state",
    order,
    initial: ["DRAFT"],
    demote: { PRODUCTION: ["STAGING"] },
    terminal: ["RETIRED"],
    retire_from: ["PRODUCTION", "RETIRED"],
  };

  it("a demote edge is an allowed move; one not listed is refused, naming both ways", async () => {
    const back = await runGate({ gate, candidate: { version: "v1", state: "STAGING" }, active: { version: "v1", state: "PRODUCTION" } });
    expect(back).toMatchObject({ status: "pass", message: "PRODUCTION → STAGING, a step back" });
    const far = await runGate({ gate, candidate: { version: "v1", state: "DRAFT" }, active: { version: "v1", state: "PRODUCTION" } });
    expect(far.status).toBe("fail");
    expect(far.message).toBe("PRODUCTION → DRAFT is not an allowed transition (allowed from PRODUCTION: RETIRED, STAGING)");
  });

  it("nothing leaves a terminal stage, by rollback either; a new version starts again in initial", async () => {
    const history = [
      { date: "2026-01-01T00:00:00Z", manifest: { version: "v1", state: "PRODUCTION" } },
      { date: "2026-02-01T00:00:00Z", manifest: { version: "v1", state: "RETIRED" } },
    ];
    const revive = await runGateReport({ gate, candidate: { version: "v1", state: "PRODUCTION" }, history });
    expect(revive.kind).toBe("rollback");
    expect(revive.gate).toMatchObject({
      status: "fail",
      message:
        "RETIRED is a terminal stage: nothing leaves it, a rollback to a state that served before to PRODUCTION included; a new version starts again in DRAFT",
    });
    const fresh = await runGateReport({ gate, candidate: { version: "v2", state: "DRAFT" }, history });
    expect(fresh).toMatchObject({ kind: "promotion", gate: { status: "pass" } });
  });

  it("a retirement (the manifest deleted) is allowed only from retire_from, judged on the active manifest", async () => {
    const ok = await runGateReport({ gate, active: { version: "v1", state: "PRODUCTION" } });
    expect(ok).toMatchObject({ kind: "retire", gate: { status: "pass", message: "retired from PRODUCTION" } });
    const staging = await runGateReport({ gate, active: { version: "v1", state: "STAGING" } });
    expect(staging.gate.status).toBe("fail");
    expect(staging.gate.findings[0]).toMatchObject({
      path: "state",
      observed: "STAGING",
      limit: ["PRODUCTION", "RETIRED"],
      file: "models/m/manifest_active.json",
      line: 3,
    });
    expect(staging.gate.message).toBe("a model is retired (its manifest deleted) only from PRODUCTION or RETIRED, not from STAGING: move it there first");
  });
});
