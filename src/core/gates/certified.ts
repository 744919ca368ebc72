import { certificationOf } from "../certification.js";
import type { Doc } from "../document.js";
import { sameValue } from "../equal.js";
import { formatPath, matchPath, type Segment, valueAt } from "../path.js";
import { defineGate } from "./define.js";
import { PATH, STRINGS } from "./fields.js";
import { fail, findingAt, pass, plural, show } from "./finding.js";
import { findingList } from "./findings.js";

export const certified = defineGate({
  type: "certified",
  summary:
    "once the active version is certified (served min_days on the base branch, at path in values when given, without a rollback or a step back), its content is immutable: an update in place fails, except at the mutable paths",
  fields: {
    min_days: { type: "number", minimum: 0 },
    path: { ...PATH, description: "count only the time the version held one of `values` here (a stage, a rollout percentage)" },
    values: { type: "array", minItems: 1, items: {}, description: "the values of `path` that count" },
    mutable: { ...STRINGS, items: PATH, description: "paths a certified version may still change in place (the certification date itself)" },
  },
  required: ["min_days"],
  constraints: { dependentRequired: { path: ["values"], values: ["path"] } },
  // A rollback, a demotion and a retirement may touch a certified version; an update may not.
  on: ["update"],
  needs: ["candidate", "active", "history"],
  async evaluate(ctx) {
    const candidate = ctx.candidate as Doc;
    const active = ctx.active as Doc;
    const cert = certificationOf(await ctx.history(), ctx.change.from, ctx.options, ctx.now);
    if (!cert.certified) return pass(`not certified yet: ${cert.reason}`);
    const mutable = (ctx.options.mutable ?? []).flatMap((p) =>
      [...matchPath(candidate.value, p), ...matchPath(active.value, p)].map((m) => formatPath(m.segments)),
    );
    const free = (segs: Segment[]) => {
      const here = formatPath(segs);
      return mutable.some((m) => here === m || here.startsWith(`${m}.`) || here.startsWith(`${m}[`));
    };
    const findings = findingList();
    for (const segs of differences(active.value, candidate.value, [])) {
      if (free(segs)) continue;
      const before = valueAt(active.value, segs);
      const now = valueAt(candidate.value, segs);
      findings.push(
        findingAt(now === undefined ? active : candidate, segs, {
          observed: now ?? null,
          active: before ?? null,
          message: `${formatPath(segs) || "the manifest"} changed from ${show(before)} to ${show(now)}`,
        }),
      );
    }
    for (const file of ctx.change.files ?? []) findings.push({ file, message: `${file}, which the certified manifest points to, changed` });
    if (findings.total === 0) return pass(`${cert.reason}; nothing it certifies changes`);
    return fail(
      `${cert.reason}: a certified version is immutable (${plural(findings.total, "change")}); only a rollback, a step back or its retirement may touch it, new content is a new version`,
      findings,
    );
  },
});

/** The concrete paths where two values differ, down to the leaves (a value added or removed is one difference). */
function differences(a: unknown, b: unknown, at: Segment[]): Segment[][] {
  if (sameValue(a, b)) return [];
  const objects = a !== null && b !== null && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b);
  if (!objects) return [at];
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [at];
    return a.flatMap((item, i) => differences(item, b[i], [...at, i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])];
  return keys.flatMap((k) => differences(Object.hasOwn(ra, k) ? ra[k] : undefined, Object.hasOwn(rb, k) ? rb[k] : undefined, [...at, k]));
}
