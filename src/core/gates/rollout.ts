import type { Doc } from "../document.js";
import { concreteSegments, valueAt } from "../path.js";
import { DAY, daysBetween, heldForVersionSince } from "../served.js";
import { whenOf } from "../time.js";
import { defineGate } from "./define.js";
import { PATH } from "./fields.js";
import { fail, findingAt, missingAt, pass, plural } from "./finding.js";

export const rollout = defineGate({
  type: "rollout",
  summary:
    "the rollout percentage at path climbs one step of the ladder, after the step it leaves served min_days_per_step; a new version starts at the first step",
  fields: {
    path: PATH,
    steps: { type: "array", minItems: 1, items: { type: "number", minimum: 0, maximum: 100 }, description: "the ladder, ascending: [10, 25, 50, 100]" },
    min_days_per_step: { type: "number", minimum: 0 },
  },
  required: ["path", "steps"],
  // A step back (a demotion) is its to judge too: shrinking passes.
  on: ["promotion", "new", "update", "demotion"],
  needs: ["candidate", "change"],
  async evaluate(ctx) {
    const doc = ctx.candidate as Doc;
    const { path, steps, min_days_per_step: minDays } = ctx.options;
    const segs = concreteSegments(path);
    const next = valueAt(doc.value, segs);
    if (typeof next !== "number")
      return fail(`${path} must be a number`, [missingAt(doc, path, `${path} is ${next === undefined ? "missing" : "not a number"}`)]);
    const at = (limit: unknown, message: string) => fail(message, [findingAt(doc, segs, { observed: next, limit, message })]);
    const prev = ctx.active ? valueAt(ctx.active.value, segs) : undefined;
    // A new model, or a new version, starts its own rollout at the first step.
    if (prev === undefined || ctx.change.kind === "new" || ctx.change.kind === "promotion") {
      const what = ctx.change.kind === "promotion" ? `version ${ctx.change.to}` : "model";
      return next === steps[0]
        ? pass(`the new ${what} starts the rollout at ${next}%`)
        : at(steps[0], `a new ${what} starts the rollout at ${steps[0]}%, not ${next}%`);
    }
    if (next === prev) return pass(`rollout stays at ${next}%`);
    if (typeof prev === "number" && next < prev) return pass(`rollout reduced from ${prev}% to ${next}%`);
    const from = steps.indexOf(prev as number);
    const to = steps.indexOf(next);
    if (to === -1) return at(steps, `${next}% is not a step of the ladder ${steps.join(" → ")}`);
    if (from === -1) return at(steps, `the active ${JSON.stringify(prev)}% is not a step of the ladder ${steps.join(" → ")}`);
    if (to !== from + 1) return at(steps[from + 1], `the rollout may climb one step, from ${prev}% to ${steps[from + 1]}%, not to ${next}%`);
    if (minDays === undefined) return pass(`climbs from ${prev}% to ${next}%`);
    const events = await ctx.history();
    // A step served by an earlier version does not count for this one: time starts no earlier than the version's arrival.
    const since = heldForVersionSince(events, segs);
    if (since === null) return at(minDays, `the base branch's history does not show when ${prev}% started; fetch the full history (fetch-depth: 0)`);
    const days = daysBetween(since, ctx.now.getTime());
    const allowed = since + minDays * DAY;
    if (ctx.now.getTime() < allowed)
      return at(
        minDays,
        `${prev}% has served ${plural(days, "day")} since ${whenOf(since)}, each step needs ${plural(minDays, "day")}: ${prev}% → ${next}% is allowed from ${whenOf(allowed)}`,
      );
    return pass(`climbs from ${prev}% to ${next}% after ${plural(days, "day")} at ${prev}%`);
  },
});
