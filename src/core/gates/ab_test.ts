import type { Doc } from "../document.js";

import { matchPath } from "../path.js";
import { isInvalid, twoProportionZ, welch } from "../stats.js";
import { defineGate } from "./define.js";
import { round } from "./drift.js";
import { evidenceDoc, isOutcome } from "./evidence.js";
import { PATH } from "./fields.js";
import { fail, findingAt, missingAt, pass } from "./finding.js";

export const abTest = defineGate({
  type: "ab_test",
  summary:
    "the treatment beats the control significantly (two-sided p below alpha) by at least min_lift (relative, 0.02 = 2 %), from summary statistics: welch_t ({mean, std, n}) or two_proportion_z ({successes, n})",
  fields: {
    control: { ...PATH, description: "the control's summary: {mean, std, n} or {successes, n}" },
    treatment: { ...PATH, description: "the treatment's summary, of the same form" },
    test: { enum: ["welch_t", "two_proportion_z"] },
    alpha: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
    min_lift: { type: "number", description: "relative improvement of the treatment over the control required, 0.02 = 2 %" },
    better: { enum: ["higher", "lower"], description: "which direction is an improvement (default higher)" },
    file: { ...PATH, description: "a path in the manifest naming an evidence file (an A/B report)" },
  },
  required: ["control", "treatment", "test", "alpha"],
  needs: ["candidate"],
  async evaluate(ctx) {
    const doc = await evidenceDoc(ctx);
    if (isOutcome(doc)) return doc;
    const get = (path: string) => matchPath(doc.value, path)[0];
    const control = get(ctx.options.control);
    const treatment = get(ctx.options.treatment);
    for (const [name, m] of [
      ["control", control],
      ["treatment", treatment],
    ] as const) {
      if (!m) return fail(`${ctx.gate[name]} is missing`, [missingAt(doc as Doc, ctx.gate[name] as string, `${ctx.gate[name]} is missing`)]);
    }
    const c = control.value as Record<string, number>;
    const t = treatment.value as Record<string, number>;
    const sign = ctx.options.better === "lower" ? -1 : 1;
    let p: number;
    let lift: number;
    let detail: string;
    if (ctx.options.test === "welch_t") {
      if (![c, t].every((s) => isNum(s?.mean) && isNum(s?.std) && isNum(s?.n))) return shape(doc, control.segments, "{mean, std, n}");
      const r = welch({ mean: c.mean, std: c.std, n: c.n }, { mean: t.mean, std: t.std, n: t.n });
      if (isInvalid(r)) return invalid(doc, treatment.segments, r.invalid);
      if (c.mean === 0) return invalid(doc, control.segments, "the control's mean is 0: a relative lift cannot be measured from it");
      p = r.p;
      lift = (sign * (t.mean - c.mean)) / Math.abs(c.mean);
      detail = `Welch t ${round(r.t)} (${round(r.df)} df), p ${round(p)}`;
    } else {
      if (![c, t].every((s) => isNum(s?.successes) && isNum(s?.n))) return shape(doc, control.segments, "{successes, n}");
      const r = twoProportionZ({ successes: c.successes, n: c.n }, { successes: t.successes, n: t.n });
      if (isInvalid(r)) return invalid(doc, treatment.segments, r.invalid);
      if (c.successes === 0) return invalid(doc, control.segments, "the control has 0 successes: a relative lift cannot be measured from it");
      p = r.p;
      lift = (sign * (t.successes / t.n - c.successes / c.n)) / (c.successes / c.n);
      detail = `z ${round(r.z)}, p ${round(p)}`;
    }
    const alpha = ctx.options.alpha;
    const minLift = ctx.options.min_lift ?? 0;
    const text = `${detail}, lift ${round(lift * 100)} %`;
    const problems: string[] = [];
    if (!(p < alpha)) problems.push(`not significant: p ${round(p)} is not below alpha ${alpha}`);
    if (!(lift > 0 && lift >= minLift)) problems.push(`lift ${round(lift * 100)} % is below the required ${round(minLift * 100)} %`);
    if (problems.length === 0) return pass(`treatment beats control: ${text}`);
    const message = `${problems.join("; ")} (${text})`;
    return fail(message, [findingAt(doc, treatment.segments, { observed: round(p), limit: alpha, message: `${problems.join("; ")} (${text})` })]);
  },
});

function isNum(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

function invalid(doc: Doc, segments: (string | number)[], why: string) {
  return fail(`invalid A/B summary: ${why}`, [findingAt(doc, segments, { message: why })]);
}

function shape(doc: Doc, segments: (string | number)[], want: string) {
  return fail(`control and treatment must be ${want}`, [findingAt(doc, segments, { message: `control and treatment must be ${want}` })]);
}
