import { psi as psiOf } from "../stats.js";
import { defineGate } from "./define.js";
import { checkDrift, DRIFT_FIELDS, round, valid } from "./drift.js";

export const psi = defineGate({
  type: "psi",
  summary: "the Population Stability Index between reference and current bins is at most lte (an empty bin counts as a proportion of 0.0001)",
  fields: { ...DRIFT_FIELDS, lte: { type: "number", minimum: 0 } },
  required: ["reference", "current", "lte"],
  needs: ["candidate"],
  evaluate: (ctx) =>
    checkDrift(
      ctx,
      (ref, cur) => {
        const { value } = valid(psiOf(ref, cur));
        const lte = ctx.options.lte;
        return { failed: value > lte, observed: value, limit: lte, text: `PSI ${round(value)} (limit ${lte})` };
      },
      "PSI",
    ),
});
