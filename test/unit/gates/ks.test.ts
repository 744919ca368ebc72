import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

const candidate = { drift: { score: { reference: [30, 40, 30], current: [10, 40, 50] } } };

describe("ks gate", () => {
  it("holds D to lte", async () => {
    const r = await runGate({ gate: { type: "ks", reference: "drift.*.reference", current: "drift.*.current", lte: 0.1 }, candidate });
    expect(r.status).toBe("fail");
    expect(r.findings[0]).toMatchObject({ observed: 0.2, limit: 0.1 });
    expect((await runGate({ gate: { type: "ks", reference: "drift.*.reference", current: "drift.*.current", lte: 0.2 }, candidate })).status).toBe("pass");
  });

  it("with alpha, fails on significant drift, and needs counts for a p-value", async () => {
    const big = { drift: { score: { reference: [300, 400, 300], current: [100, 400, 500] } } };
    expect((await runGate({ gate: { type: "ks", reference: "drift.*.reference", current: "drift.*.current", alpha: 0.05 }, candidate: big })).status).toBe(
      "fail",
    );
    const props = { drift: { score: { reference: [0.3, 0.4, 0.3], current: [0.1, 0.4, 0.5] } } };
    const r = await runGate({ gate: { type: "ks", reference: "drift.*.reference", current: "drift.*.current", alpha: 0.05 }, candidate: props });
    expect(r.findings[0].message).toContain("a p-value needs bin counts");
  });
});
