import { describe, expect, it } from "vitest";
import { runGateFast as run } from "../../support/gate.js";

const order = { type: "transition", path: "stage", order: ["shadow", "canary", "production"] };
const edges = { type: "transition", path: "stage", edges: { shadow: ["canary", "production"], canary: ["production"] } };
const at = (stage: unknown, version = "v1") => ({ version, stage });

describe("transition: moves, starts and refusals, with their messages", () => {
  it("order: one step forward; a jump names the one allowed; the last stage has no next", async () => {
    expect(await run({ gate: order, active: at("shadow"), candidate: at("canary") })).toMatchObject({ status: "pass", message: "shadow → canary" });
    const jump = await run({ gate: order, active: at("shadow"), candidate: at("production") });
    expect(jump.findings[0]).toMatchObject({ observed: "production", limit: ["canary"] });
    expect(jump.message).toBe("shadow → production is not an allowed transition (allowed from shadow: canary)");
    const back = await run({ gate: order, active: at("production"), candidate: at("shadow") });
    expect(back.message).toBe("production → shadow is not an allowed transition (nothing may follow production)");
    const unknown = await run({ gate: order, active: at("lab"), candidate: at("shadow") });
    expect(unknown.message).toBe("lab → shadow is not an allowed transition (nothing may follow lab)");
    expect(await run({ gate: order, active: at("canary"), candidate: { ...at("canary"), n: 1 } })).toMatchObject({
      status: "pass",
      message: "stays in canary",
    });
  });

  it("edges: any listed target; a stage with no edges allows nothing", async () => {
    expect((await run({ gate: edges, active: at("shadow"), candidate: at("production") })).status).toBe("pass");
    const r = await run({ gate: edges, active: at("canary"), candidate: at("shadow") });
    expect(r.message).toBe("canary → shadow is not an allowed transition (allowed from canary: production)");
    expect((await run({ gate: edges, active: at("production"), candidate: at("shadow") })).message).toBe(
      "production → shadow is not an allowed transition (nothing may follow production)",
    );
  });

  it("a new model starts at the first stage of the order, or anywhere with edges", async () => {
    expect(await run({ gate: order, candidate: at("shadow") })).toMatchObject({ status: "pass", message: "starts in shadow" });
    expect((await run({ gate: order, candidate: at("canary") })).message).toBe("a new model starts in shadow, not canary");
    expect((await run({ gate: edges, candidate: at("production") })).status).toBe("pass");
  });

  it("initial: where a new version starts; without it a new version moves along the edges", async () => {
    const gate = { ...order, initial: ["shadow", "canary"] };
    expect((await run({ gate, active: at("production", "v1"), candidate: at("canary", "v2") })).status).toBe("pass");
    const r = await run({ gate, active: at("shadow", "v1"), candidate: at("production", "v2") });
    expect(r.findings[0]).toMatchObject({ limit: ["shadow", "canary"] });
    expect(r.message).toBe("a new version starts in shadow or canary, not production");
    // Without initial, v2 moving shadow → canary is a move like any other.
    expect((await run({ gate: order, active: at("shadow", "v1"), candidate: at("canary", "v2") })).status).toBe("pass");
    expect((await run({ gate: order, active: at("production", "v1"), candidate: at("shadow", "v2") })).status).toBe("fail");
  });

  it("initial applies to a new version only: the same version moves along the order past it", async () => {
    const gate = { ...order, initial: ["shadow", "canary"] };
    expect((await run({ gate, active: at("canary", "v1"), candidate: at("production", "v1") })).status).toBe("pass");
  });

  it("lists every stage allowed from here", async () => {
    const r = await run({ gate: edges, active: at("shadow"), candidate: at("lab") });
    expect(r.message).toBe("shadow → lab is not an allowed transition (allowed from shadow: canary, production)");
  });

  it("a stage that is missing or not a string fails at the path", async () => {
    const m = await run({ gate: order, active: at("shadow"), candidate: { version: "v1", other: 1 } });
    expect(m).toMatchObject({ status: "fail", message: "stage must be a stage name" });
    expect(m.findings[0].message).toBe("stage is missing");
    expect((await run({ gate: order, active: at("shadow"), candidate: at(3) })).findings[0].message).toBe("stage is not a string");
  });
});
