import { describe, expect, it } from "vitest";
import { runGateFast as run } from "../../support/gate.js";

const M = "models/m/manifest_active.json";

describe("expr: results and messages", () => {
  it("true passes and false fails, quoting the expression, at the manifest", async () => {
    const yes = await run({ gate: { type: "expr", expr: "candidate.auc > 0.5" }, candidate: { auc: 0.9 } });
    expect(yes).toMatchObject({ status: "pass", message: "true: candidate.auc > 0.5" });
    const no = await run({ gate: { type: "expr", expr: "candidate.auc > 0.95" }, candidate: { auc: 0.9 } });
    expect(no).toMatchObject({ status: "fail", message: "false: candidate.auc > 0.95" });
    expect(no.findings[0]).toMatchObject({ message: "false: candidate.auc > 0.95", file: M, line: 1, column: 1 });
  });

  it("a value that is not a bool fails, showing it", async () => {
    const r = await run({ gate: { type: "expr", expr: "candidate.name" }, candidate: { name: "fraud" } });
    expect(r).toMatchObject({ status: "fail", message: "the expression must return a bool, it returned string" });
    expect(r.findings[0]).toMatchObject({ observed: "fraud", file: M });
  });

  it("an error fails with the evaluator's words", async () => {
    const r = await run({ gate: { type: "expr", expr: "candidate.no.such == 1" }, candidate: { auc: 1 } });
    expect(r.status).toBe("fail");
    expect(r.message).toBe(`the expression could not be evaluated: ${r.findings[0].message}`);
    expect(r.findings[0].message?.length).toBeGreaterThan(0);
    expect(r.findings[0].file).toBe(M);
  });

  it("on a retirement there is no candidate: the finding has no place", async () => {
    const r = await run({ gate: { type: "expr", expr: "candidate != null" }, active: { version: "v1" } });
    expect(r).toMatchObject({ status: "fail", message: "false: candidate != null" });
    expect(r.findings[0]).not.toHaveProperty("file");
  });
});
