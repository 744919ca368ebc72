import { ksFromBins } from "../stats.js";
import { defineGate } from "./define.js";
import { checkDrift, DRIFT_FIELDS, round, valid } from "./drift.js";

export const ks = defineGate({
  type: "ks",
  summary: "the two-sample Kolmogorov–Smirnov statistic D from binned counts is at most lte; with alpha, its p-value is at least alpha (no significant drift)",
  fields: { ...DRIFT_FIELDS, lte: { type: "number", minimum: 0, maximum: 1 }, alpha: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 } },
  required: ["reference", "current"],
  constraints: { anyOf: [{ required: ["lte"] }, { required: ["alpha"] }] },
  needs: ["candidate"],
  evaluate: (ctx) =>
    checkDrift(
      ctx,
      (ref, cur) => {
        const { d, p, method } = valid(ksFromBins(ref, cur));
        const lte = ctx.options.lte;
        const alpha = ctx.options.alpha;
        if (alpha !== undefined && p === null) throw new Error("a p-value needs bin counts (whole numbers), not proportions");
        const overD = lte !== undefined && d > lte;
        const significant = alpha !== undefined && p !== null && p < alpha;
        const text = `D ${round(d)}${lte !== undefined ? ` (limit ${lte})` : ""}${p !== null ? `, p ${round(p)} (${method})${alpha !== undefined ? ` (alpha ${alpha})` : ""}` : ""}`;
        return { failed: overD || significant, observed: overD || p === null ? d : p, limit: overD ? lte : alpha, text };
      },
      "KS",
    ),
});
