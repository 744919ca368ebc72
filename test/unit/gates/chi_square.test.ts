import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

describe("chi_square gate", () => {
  it("tests category counts for homogeneity at alpha", async () => {
    const gate = { type: "chi_square", reference: "categories.reference", current: "categories.current", alpha: 0.05 };
    const similar = { categories: { reference: { oak: 10, pine: 20, fir: 30 }, current: { oak: 20, pine: 20, fir: 20 } } };
    const r = await runGate({ gate, candidate: similar });
    expect(r.status).toBe("pass"); // p = 0.0695
    expect(r.message).toContain("chi-square 5.33333 with 2 df, p 0.0694835");
    const shifted = { categories: { reference: { oak: 100, pine: 200, fir: 300 }, current: { oak: 200, pine: 200, fir: 200 } } };
    expect((await runGate({ gate, candidate: shifted })).status).toBe("fail");
  });

  it("counts categories missing on one side as zero", async () => {
    const gate = { type: "chi_square", reference: "c.reference", current: "c.current", lte: 1 };
    const r = await runGate({ gate, candidate: { c: { reference: { a: 50, b: 50 }, current: { a: 50, b: 40, c: 10 } } } });
    expect(r.status).toBe("fail");
  });
});
