import type { Doc } from "../document.js";
import type { GateType } from "../model.js";
import { lazyPath, matchPath, valueAt } from "../path.js";
import { PATH } from "./fields.js";
import { findingAt, missingAt, outcome, plural, show, skip } from "./finding.js";
import { findingList } from "./findings.js";

const TOLERANCE = { type: "number", minimum: 0 } as const;

export const regression: GateType = {
  type: "regression",
  summary: "candidate against active, element by element, within max_drop / max_drop_pct, or gaining min_gain",
  fields: {
    path: PATH,
    better: { enum: ["higher", "lower"] },
    max_drop: TOLERANCE,
    max_drop_pct: TOLERANCE,
    min_gain: { type: "number" },
  },
  required: ["path", "better"],
  needs: "candidate+active",
  run(ctx) {
    const doc = ctx.candidate as Doc;
    const active = ctx.active as Doc;
    const path = ctx.gate.path as string;
    const sign = ctx.gate.better === "higher" ? 1 : -1;
    const maxDrop = ctx.gate.max_drop as number | undefined;
    const maxDropPct = ctx.gate.max_drop_pct as number | undefined;
    const minGain = ctx.gate.min_gain as number | undefined;
    const matches = matchPath(doc.value, path);
    if (matches.length === 0) return outcome(ctx, [missingAt(doc, path, `${path} is missing`)], "", `${path} is missing`);
    const failed = findingList();
    let compared = 0;
    for (const m of matches) {
      const where = lazyPath(m.segments);
      const before = valueAt(active.value, m.segments);
      if (before === undefined) continue; // a metric the active version did not have: nothing to regress from
      if (typeof m.value !== "number" || typeof before !== "number") {
        failed.push(
          findingAt(doc, m.segments, {
            observed: m.value,
            active: before,
            message: `${where}: ${show(typeof m.value !== "number" ? m.value : before)} is not a number`,
          }),
        );
        continue;
      }
      compared++;
      // Every tolerance given sets a limit; the strictest decides. With none, any drop fails.
      const limits: number[] = [];
      if (maxDrop !== undefined) limits.push(before - sign * maxDrop);
      if (maxDropPct !== undefined) limits.push(before - (sign * Math.abs(before) * maxDropPct) / 100);
      if (minGain !== undefined) limits.push(before + sign * minGain);
      if (limits.length === 0) limits.push(before);
      const limit = round(sign > 0 ? Math.max(...limits) : Math.min(...limits));
      if (sign * (m.value - limit) < 0) {
        const dir = sign > 0 ? "below" : "above";
        failed.push(
          findingAt(doc, m.segments, {
            observed: m.value,
            active: before,
            limit,
            message: `${where} is ${m.value}, ${dir} the limit ${limit} (active ${before}, ${ctx.gate.better} is better)`,
          }),
        );
      }
    }
    if (compared === 0 && failed.total === 0) return skip(`the active manifest has no value at ${path} to compare with`);
    return outcome(ctx, failed, `${plural(compared, "value")} within tolerance of active`, `${plural(failed.total, "value")} regressed beyond tolerance`);
  },
};

/** Rounds away binary noise (47.3 - 5 = 42.3, not 42.29999…). */
function round(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}
