import type { Doc } from "../document.js";
import { lazyPath, matchPath } from "../path.js";
import { defineGate } from "./define.js";
import { NUMBER, PATH } from "./fields.js";
import { findingAt, missingAt, outcome, plural, show } from "./finding.js";
import { findingList } from "./findings.js";

const BOUNDS = [
  ["gt", ">", (v: number, b: number) => v > b],
  ["gte", ">=", (v: number, b: number) => v >= b],
  ["lt", "<", (v: number, b: number) => v < b],
  ["lte", "<=", (v: number, b: number) => v <= b],
] as const;

export const range = defineGate({
  type: "range",
  summary: "every matched number is within the bounds",
  fields: { path: PATH, gt: NUMBER, gte: NUMBER, lt: NUMBER, lte: NUMBER },
  required: ["path"],
  constraints: { anyOf: [{ required: ["gt"] }, { required: ["gte"] }, { required: ["lt"] }, { required: ["lte"] }] },
  needs: ["candidate"],
  evaluate(ctx) {
    const doc = ctx.candidate as Doc;
    const path = ctx.options.path;
    const matches = matchPath(doc.value, path);
    if (matches.length === 0) return outcome([missingAt(doc, path, `${path} is missing`)], "", `${path} is missing`);
    const failed = findingList();
    for (const m of matches) {
      const where = lazyPath(m.segments);
      if (typeof m.value !== "number") {
        failed.push(findingAt(doc, m.segments, { observed: m.value, message: `${where} is ${show(m.value)}, not a number` }));
        continue;
      }
      for (const [key, op, holds] of BOUNDS) {
        const bound = ctx.gate[key];
        if (typeof bound === "number" && !holds(m.value, bound)) {
          failed.push(findingAt(doc, m.segments, { observed: m.value, limit: bound, message: `${where} is ${m.value}, must be ${op} ${bound}` }));
          break;
        }
      }
    }
    return outcome(failed, `${plural(matches.length, "value")} within bounds`, `${plural(failed.total, "value")} out of bounds`);
  },
});
