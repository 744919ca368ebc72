import { abs as absolute, add, compare, type Decimal, decimalOf, formatDecimal, multiply, negate, shift, subtract } from "../decimal.js";
import type { Doc } from "../document.js";
import { lazyPath, placesIn, valueAt } from "../path.js";
import { defineGate } from "./define.js";
import { PATH } from "./fields.js";
import { findingAt, missing, outcome, plural, show, skip } from "./finding.js";
import { findingList } from "./findings.js";

const TOLERANCE = { type: "number", minimum: 0 } as const;

export const regression = defineGate({
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
  needs: ["candidate", "active"],
  evaluate(ctx) {
    const doc = ctx.candidate as Doc;
    const active = ctx.active as Doc;
    const { path, better, max_drop, max_drop_pct, min_gain } = ctx.options;
    // Every place either side has: a metric the candidate dropped is a regression, not a skip.
    const places = placesIn(path, active.value, doc.value);
    if (places.length === 0) return missing(doc, path);
    const failed = findingList();
    let compared = 0;
    for (const segments of places) {
      const where = lazyPath(segments);
      const now = valueAt(doc.value, segments);
      const before = valueAt(active.value, segments);
      if (before === undefined) continue; // a metric the active version did not have: nothing to regress from
      if (now === undefined) {
        failed.push({
          ...findingAt(doc, segments, { active: before, message: `${where} is missing; the active version has ${show(before)}` }),
          path: String(where),
        });
        continue;
      }
      if (typeof now !== "number" || typeof before !== "number") {
        const bad = typeof now !== "number" ? now : before;
        failed.push(findingAt(doc, segments, { observed: now, active: before, message: `${where}: ${show(bad)} is not a number` }));
        continue;
      }
      compared++;
      if (clearlyWithin(now, before, better, max_drop, max_drop_pct, min_gain)) continue;
      const limit = limitOf(decimalOf(before), better, max_drop, max_drop_pct, min_gain);
      const beyond = compare(decimalOf(now), limit);
      if (better === "higher" ? beyond < 0 : beyond > 0) {
        const shown = formatDecimal(limit);
        failed.push(
          findingAt(doc, segments, {
            observed: now,
            active: before,
            limit: Number(shown),
            message: `${where} is ${now}, ${better === "higher" ? "below" : "above"} the limit ${shown} (active ${before}, ${better} is better)`,
          }),
        );
      }
    }
    if (compared === 0 && failed.total === 0) return skip(`the active manifest has no value at ${path} to compare with`);
    return outcome(failed, `${plural(compared, "value")} within tolerance of active`, `${plural(failed.total, "value")} regressed beyond tolerance`);
  },
});

/**
 * The bound the candidate is held to, in exact decimals: every tolerance given sets one and
 * the strictest decides (the highest for higher-is-better, the lowest for lower-is-better).
 * With none, any drop fails.
 */
function limitOf(before: Decimal, better: "higher" | "lower", maxDrop?: number, maxDropPct?: number, minGain?: number): Decimal {
  const toward = (d: Decimal) => (better === "higher" ? d : negate(d));
  const limits: Decimal[] = [];
  if (maxDrop !== undefined) limits.push(subtract(before, toward(decimalOf(maxDrop))));
  if (maxDropPct !== undefined) limits.push(subtract(before, toward(shift(multiply(absolute(before), decimalOf(maxDropPct)), 2))));
  if (minGain !== undefined) limits.push(add(before, toward(decimalOf(minGain))));
  if (limits.length === 0) return before;
  return limits.reduce((a, b) => ((better === "higher" ? compare(a, b) >= 0 : compare(a, b) <= 0) ? a : b));
}

/**
 * Whether a value is within its limit by far more than binary rounding could move either: the
 * limit computed in doubles, each step off by at most a few units in the last place (about
 * 1e-16 of the largest magnitude involved), and the value at least 1e-9 of that magnitude inside
 * it. Exact decimals decide everything nearer, and every failure's message.
 */
function clearlyWithin(now: number, before: number, better: "higher" | "lower", maxDrop?: number, maxDropPct?: number, minGain?: number): boolean {
  if (!Number.isFinite(now) || !Number.isFinite(before)) return false;
  const sign = better === "higher" ? 1 : -1;
  let limit: number | null = null;
  let scale = Math.abs(now) + Math.abs(before);
  const strictest = (l: number) => {
    limit = limit === null ? l : sign > 0 ? Math.max(limit, l) : Math.min(limit, l);
  };
  if (maxDrop !== undefined) {
    strictest(before - sign * maxDrop);
    scale += Math.abs(maxDrop);
  }
  if (maxDropPct !== undefined) {
    const drop = (Math.abs(before) * maxDropPct) / 100;
    strictest(before - sign * drop);
    scale += drop;
  }
  if (minGain !== undefined) {
    strictest(before + sign * minGain);
    scale += Math.abs(minGain);
  }
  const bound: number = limit ?? before;
  // Near zero the doubles are subnormal: their spacing (5e-324) is no longer a tiny part of the
  // values, and the margin itself rounds to 0. Exact decimals decide there.
  return Number.isFinite(scale) && scale > 1e-290 && sign * (now - bound) > scale * 1e-9;
}
