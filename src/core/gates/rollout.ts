import type { Doc } from "../document.js";
import { DAY, heldSince } from "../history.js";
import type { GateType } from "../model.js";
import { parsePath, type Segment, valueAt } from "../path.js";
import { PATH } from "./fields.js";
import { fail, findingAt, missingAt, pass } from "./finding.js";

export const rollout: GateType = {
  type: "rollout",
  summary: "the rollout percentage at path climbs one step of the ladder, after the step it leaves served min_days_per_step",
  fields: {
    path: PATH,
    steps: { type: "array", minItems: 1, items: { type: "number", minimum: 0, maximum: 100 }, description: "the ladder, ascending: [10, 25, 50, 100]" },
    min_days_per_step: { type: "number", minimum: 0 },
  },
  required: ["path", "steps"],
  needs: "candidate",
  async run(ctx) {
    const doc = ctx.candidate as Doc;
    const path = ctx.gate.path as string;
    const segs = parsePath(path).filter((s): s is Segment => typeof s !== "symbol");
    const steps = ctx.gate.steps as number[];
    const next = valueAt(doc.value, segs);
    if (typeof next !== "number")
      return fail(`${path} must be a number`, [missingAt(doc, path, `${path} is ${next === undefined ? "missing" : "not a number"}`)]);
    const at = (limit: unknown, message: string) => fail(ctx.gate.message ?? message, [findingAt(doc, segs, { observed: next, limit, message })]);
    const prev = ctx.active ? valueAt(ctx.active.value, segs) : undefined;
    if (prev === undefined) {
      return next === steps[0] ? pass(`starts the rollout at ${next}%`) : at(steps[0], `a rollout starts at ${steps[0]}%, not ${next}%`);
    }
    if (next === prev) return pass(`rollout stays at ${next}%`);
    if (typeof prev === "number" && next < prev) return pass(`rollout reduced from ${prev}% to ${next}%`);
    const from = steps.indexOf(prev as number);
    const to = steps.indexOf(next);
    if (to === -1) return at(steps, `${next}% is not a step of the ladder ${steps.join(" → ")}`);
    if (from === -1) return at(steps, `the active ${JSON.stringify(prev)}% is not a step of the ladder ${steps.join(" → ")}`);
    if (to !== from + 1) return at(steps[from + 1], `the rollout may climb one step, from ${prev}% to ${steps[from + 1]}%, not to ${next}%`);
    const minDays = ctx.gate.min_days_per_step as number | undefined;
    if (minDays === undefined) return pass(`climbs from ${prev}% to ${next}%`);
    const start = heldSince(await ctx.history(), (e) => (e.doc ? valueAt(e.doc.value, segs) : undefined));
    if (!start) return at(minDays, `the base branch's history does not show when ${prev}% started; fetch the full history (fetch-depth: 0)`);
    const days = Math.floor(((ctx.now.getTime() - start.time) / DAY) * 100) / 100;
    if (days < minDays) return at(minDays, `${prev}% has served ${days} days since ${start.date}, each step needs ${minDays}`);
    return pass(`climbs from ${prev}% to ${next}% after ${days} days at ${prev}%`);
  },
};
