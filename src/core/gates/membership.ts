import type { Doc } from "../document.js";
import { sameValue } from "../equal.js";
import type { GateContext, GateOutcome } from "../model.js";
import { formatPath, matchPath } from "../path.js";
import { findingAt, missingAt, outcome, plural, show } from "./finding.js";
import { findingList } from "./findings.js";

/** Shared by `allowed` and `denied`: each matched value (each item, for a list) against `values`. */
export function checkMembership(ctx: GateContext<{ path: string; values: unknown[] }>, wantListed: boolean): GateOutcome {
  const doc = ctx.candidate as Doc;
  const path = ctx.options.path;
  const values = ctx.options.values;
  const matches = matchPath(doc.value, path);
  if (matches.length === 0) return outcome([missingAt(doc, path, `${path} is missing`)], "", `${path} is missing`);
  const failed = findingList();
  let checked = 0;
  for (const m of matches) {
    const items = Array.isArray(m.value) ? m.value.map((v, i) => ({ v, segs: [...m.segments, i] })) : [{ v: m.value, segs: m.segments }];
    for (const { v, segs } of items) {
      checked++;
      const listed = values.some((allowed) => sameValue(allowed, v));
      if (listed !== wantListed) {
        const verb = wantListed ? "is not one of" : "is denied:";
        failed.push(findingAt(doc, segs, { observed: v, limit: values, message: `${formatPath(segs)} ${verb} ${values.map(show).join(", ")}` }));
      }
    }
  }
  const what = wantListed ? "allowed" : "not denied";
  return outcome(failed, `${plural(checked, "value")} ${what}`, `${plural(failed.total, "value")} ${wantListed ? "not allowed" : "denied"}`);
}
