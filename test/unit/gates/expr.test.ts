import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

describe("expr gate (CEL)", () => {
  it("is true over candidate, active and change", async () => {
    const gate = { type: "expr", expr: "candidate.metrics.auc >= active.metrics.auc && change.kind == 'promotion'" };
    const active = { version: "v1", metrics: { auc: 0.9 } };
    expect((await runGate({ gate, candidate: { version: "v2", metrics: { auc: 0.91 } }, active })).status).toBe("pass");
    const r = await runGate({ gate, candidate: { version: "v2", metrics: { auc: 0.89 } }, active });
    expect(r.status).toBe("fail");
    expect(r.message).toBe(`false: ${gate.expr}`);
  });

  it("uses the gate's own message when false", async () => {
    const r = await runGate({
      gate: { type: "expr", expr: "candidate.splits.all(s, s.auc > 0.8)", message: "every split needs AUC above 0.8" },
      candidate: { splits: [{ auc: 0.9 }, { auc: 0.7 }] },
    });
    expect(r.message).toBe("every split needs AUC above 0.8");
  });

  it("fails, saying why, on a missing field or a non-bool result", async () => {
    const missing = await runGate({ gate: { type: "expr", expr: "candidate.nope > 1" }, candidate: { a: 1 } });
    expect(missing.status).toBe("fail");
    expect(missing.message).toContain("could not be evaluated");
    // Manifest numbers are CEL doubles: arithmetic needs double literals (1.0).
    const notBool = await runGate({ gate: { type: "expr", expr: "candidate.a + 1.0" }, candidate: { a: 1 } });
    expect(notBool.message).toBe("the expression must return a bool, it returned number");
  });

  it("sees null where there is no active manifest", async () => {
    const r = await runGate({ gate: { type: "expr", expr: "active == null" }, candidate: { a: 1 } });
    expect(r.status).toBe("pass");
  });
});

describe("expr gate cost limit", () => {
  const l = Array.from({ length: 2000 }, (_, i) => i);

  it("a comprehension over a manifest list of 2,000 items is fine", async () => {
    const r = await runGate({ gate: { type: "expr", expr: "candidate.l.map(x, x * 2.0).size() == 2000 && candidate.l.all(x, x >= 0.0)" }, candidate: { l } });
    expect(r.status).toBe("pass");
  });

  it("nested comprehensions that multiply work stop at the cost limit, with a clear failure", async () => {
    const r = await runGate({ gate: { type: "expr", expr: "candidate.l.all(x, candidate.l.all(y, true))" }, candidate: { l } });
    expect(r.status).toBe("fail");
    expect(r.message).toContain("exceeded its cost limit (1,000,000 units");
    // Lists the expression builds itself are metered too.
    const built = await runGate({ gate: { type: "expr", expr: "candidate.l.map(x, x).all(a, candidate.l.map(y, y).all(b, true))" }, candidate: { l } });
    expect(built.message).toContain("cost limit");
  });

  it("string work is paid by length: a 1 MB manifest string read in every step of a comprehension stops at the limit", async () => {
    // Unmetered, 900 steps of this took 145 s; 1,000,000 steps would take days.
    const s = "x".repeat(1_000_000);
    const expr = "candidate.l.all(a, candidate.l.all(b, size(candidate.s) + size(string(a) + candidate.s) > 0))";
    const r = await runGate({ gate: { type: "expr", expr }, candidate: { l, s } });
    expect(r.status).toBe("fail");
    expect(r.message).toContain("exceeded its cost limit");
    // The same string read once is cheap.
    const once = await runGate({ gate: { type: "expr", expr: "size(candidate.s) == 1000000 && candidate.s.startsWith('x')" }, candidate: { s } });
    expect(once.status).toBe("pass");
  });

  it("values cannot grow without bound", async () => {
    const big = "x".repeat(600_000);
    const r = await runGate({ gate: { type: "expr", expr: "size(candidate.s + candidate.s) > 0" }, candidate: { s: big } });
    expect(r.status).toBe("fail");
    expect(r.message).toContain("is over the limit of 1048576");
  });

  it("an expression over 4,096 characters is refused when the policy loads", async () => {
    const { celSyntaxError } = await import("../../../src/core/cel.js");
    expect(celSyntaxError(`${"1.0 + ".repeat(700)}1.0 > 0.0`)).toContain("over the limit of 4096");
  });
});
