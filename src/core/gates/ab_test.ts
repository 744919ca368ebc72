import type { Doc } from "../document.js";
import type { GateContext, GateOutcome } from "../model.js";
import { matchPath } from "../path.js";
import { isInvalid, twoProportionZ, welch } from "../stats.js";
import { defineGate } from "./define.js";
import { round } from "./drift.js";
import { evidenceDoc, isOutcome } from "./evidence.js";
import { PATH } from "./fields.js";
import { fail, findingAt, missingAt, pass, show, skip } from "./finding.js";

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
    min_samples: { type: "integer", minimum: 1, description: "each arm (control and treatment) must have at least this many samples (its n)" },
    control_is_active: {
      type: "boolean",
      description:
        "the control is the version that serves now: the version at control_version equals the active manifest's version (or, for a stage move of the same version, the version that served before it)",
    },
    control_version: { ...PATH, description: "where the control's version is written (default: the control's path + .version)" },
    treatment_is_candidate: { type: "boolean", description: "the treatment is the candidate: the version at treatment_version equals the candidate's version" },
    treatment_version: { ...PATH, description: "where the treatment's version is written (default: the treatment's path + .version)" },
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
    const controlVersion = ctx.options.control_is_active ? await controlCheck(ctx, doc) : null;
    // No earlier version to compare with (or no change, in validate): the whole test is not applicable.
    if (controlVersion && "status" in controlVersion && controlVersion.status === "skip") return controlVersion;
    const minSamples = ctx.options.min_samples;
    if (minSamples !== undefined) {
      const small = (
        [
          ["control", c, control.segments],
          ["treatment", t, treatment.segments],
        ] as const
      ).filter(([, arm]) => isNum(arm?.n) && arm.n < minSamples);
      if (small.length > 0) {
        const why = small.map(([name, arm]) => `the ${name} has n ${arm.n}, below the minimum of ${minSamples}`).join("; ");
        return fail(
          `too few samples: ${why}`,
          small.map(([name, arm, segments]) =>
            findingAt(doc, [...segments, "n"], {
              observed: arm.n,
              limit: minSamples,
              message: `the ${name} has n ${arm.n}, below the minimum of ${minSamples} samples`,
            }),
          ),
        );
      }
    }
    if (ctx.options.treatment_is_candidate) {
      const path = ctx.options.treatment_version ?? `${ctx.options.treatment}.version`;
      const written = matchPath(doc.value, path)[0];
      const version = ctx.change.to;
      if (!written)
        return fail(`${path} is missing: the treatment must name its version, ${version}`, [
          missingAt(doc, path, `${path} is missing: name the treatment's version (${version})`),
        ]);
      if (String(written.value) !== version) {
        const message = `the treatment is version ${show(written.value)}, but the candidate is ${version}: an A/B result of another version says nothing about this one`;
        return fail(message, [findingAt(doc, written.segments, { observed: written.value, limit: version, message })]);
      }
    }
    if (controlVersion && "status" in controlVersion) return controlVersion;
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
    if (problems.length === 0) return pass(`treatment beats control: ${text}${controlVersion?.note ?? ""}`);
    const message = `${problems.join("; ")} (${text})`;
    return fail(message, [findingAt(doc, treatment.segments, { observed: round(p), limit: alpha, message: `${problems.join("; ")} (${text})` })]);
  },
});

/**
 * The control must be the version that serves now. A stage move keeps the version (staging →
 * production of 0.2.0), so then the serving version is the one that served before it, from
 * the base branch's history. Returns a note for the pass message, or the outcome that ends the gate.
 */
async function controlCheck(ctx: GateContext<{ control: string; control_version?: string }>, doc: Doc): Promise<{ note: string } | GateOutcome> {
  const path = ctx.options.control_version ?? `${ctx.options.control}.version`;
  const written = matchPath(doc.value, path)[0];
  const serving = await servingVersion(ctx);
  if ("skip" in serving) return skip(serving.skip);
  if ("fail" in serving) return fail(serving.fail, [{ message: serving.fail, file: ctx.change.path }]);
  if ("snapshot" in serving) return skip("the control is checked against the version it replaces, on a change; validate looks at one commit");
  if (!written) {
    return fail(`${path} is missing: the control must name its version, ${serving.version}, ${serving.why}`, [
      missingAt(doc, path, `${path} is missing: name the control's version (${serving.version}, ${serving.why})`),
    ]);
  }
  if (String(written.value) !== serving.version) {
    const message = `the control is version ${show(written.value)}, but it must be ${serving.version}, ${serving.why}: an A/B test compares the candidate with the version it replaces`;
    return fail(message, [findingAt(doc, written.segments, { observed: written.value, limit: serving.version, message })]);
  }
  return { note: `; the control is ${serving.version}, ${serving.why}` };
}

async function servingVersion(ctx: GateContext): Promise<{ version: string; why: string } | { skip: string } | { fail: string } | { snapshot: true }> {
  if (ctx.snapshot) return { snapshot: true };
  const { from, to } = ctx.change;
  if (from === null) return { skip: "the model is new: no version serves now, so there is no control to A/B test against" };
  if (from !== to) return { version: from, why: "the active version" };
  // Same version (a stage move): the version that served before this one, on the base branch.
  const events = await ctx.history();
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.to !== null && e.to !== to) return { version: e.to, why: `the version that served before ${to} (${e.commit.slice(0, 7)})` };
    if (i === 0 && e.kind !== "new") break;
    if (i === 0) return { skip: `no version other than ${to} has served: its first version has no earlier version to A/B test against` };
  }
  return {
    fail: "the base branch's history does not reach back to the version that served before this one: fetch the full history (actions/checkout with fetch-depth: 0)",
  };
}

function isNum(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

function invalid(doc: Doc, segments: (string | number)[], why: string) {
  return fail(`invalid A/B summary: ${why}`, [findingAt(doc, segments, { message: why })]);
}

function shape(doc: Doc, segments: (string | number)[], want: string) {
  return fail(`control and treatment must be ${want}`, [findingAt(doc, segments, { message: `control and treatment must be ${want}` })]);
}
