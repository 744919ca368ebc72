import { celBindings } from "../cel-bindings.js";
import { defineGate } from "./define.js";
import { fail, pass } from "./finding.js";

export const expr = defineGate({
  type: "expr",
  summary: "a CEL expression over candidate, active, change and pr is true",
  fields: { expr: { type: "string", format: "modelgate-cel", description: "a CEL expression that returns a bool" } },
  required: ["expr"],
  needs: ["change"],
  async evaluate(ctx) {
    const { evaluateCel } = await import("../cel.js");
    const source = ctx.options.expr;
    const result = evaluateCel(source, celBindings(ctx));
    const place = ctx.candidate ? { file: ctx.candidate.file, line: 1, column: 1 } : {};
    if ("error" in result) return fail(`the expression could not be evaluated: ${result.error}`, [{ message: result.error, ...place }]);
    if (typeof result.value !== "boolean") {
      return fail(`the expression must return a bool, it returned ${typeof result.value}`, [{ observed: String(result.value), ...place }]);
    }
    if (result.value) return pass(`true: ${source}`);
    return fail(`false: ${source}`, [{ message: `false: ${source}`, ...place }]);
  },
});
