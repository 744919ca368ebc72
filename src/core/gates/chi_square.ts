import { chiSquareHomogeneity } from "../stats.js";
import { defineGate } from "./define.js";
import { checkDrift, DRIFT_FIELDS, round, valid } from "./drift.js";

export const chiSquare = defineGate({
  type: "chi_square",
  summary: "a chi-square test of homogeneity between reference and current category counts: p-value at least alpha, and/or the statistic at most lte",
  fields: { ...DRIFT_FIELDS, alpha: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 }, lte: { type: "number", minimum: 0 } },
  required: ["reference", "current"],
  constraints: { anyOf: [{ required: ["lte"] }, { required: ["alpha"] }] },
  needs: ["candidate"],
  evaluate: (ctx) =>
    checkDrift(
      ctx,
      (ref, cur) => {
        const r = valid(chiSquareHomogeneity(ref, cur));
        const lte = ctx.options.lte;
        const alpha = ctx.options.alpha;
        const overStat = lte !== undefined && r.statistic > lte;
        const significant = alpha !== undefined && r.p < alpha;
        const text = `chi-square ${round(r.statistic)} with ${r.df} df, p ${round(r.p)}${alpha !== undefined ? ` (alpha ${alpha})` : ""}${lte !== undefined ? ` (limit ${lte})` : ""}`;
        return { failed: overStat || significant, observed: overStat ? r.statistic : r.p, limit: overStat ? lte : alpha, text };
      },
      "chi-square",
    ),
});
