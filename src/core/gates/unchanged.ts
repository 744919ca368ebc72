import type { Doc } from "../document.js";
import { sameValue } from "../equal.js";
import type { GateType } from "../model.js";
import { formatPath, matchPath, valueAt } from "../path.js";
import { PATH } from "./fields.js";
import { findingAt, outcome, plural, show } from "./finding.js";
import { findingList } from "./findings.js";

export const unchanged: GateType = {
  type: "unchanged",
  summary: "the value at path is the same in candidate and active",
  fields: { path: PATH },
  required: ["path"],
  needs: "candidate+active",
  run(ctx) {
    const doc = ctx.candidate as Doc;
    const active = ctx.active as Doc;
    const path = ctx.gate.path as string;
    // Compare over the union of places, so that a value added or removed counts as a change.
    const places = new Map<string, (string | number)[]>();
    for (const m of [...matchPath(doc.value, path), ...matchPath(active.value, path)]) places.set(formatPath(m.segments), m.segments);
    const failed = findingList();
    for (const [where, segs] of places) {
      const now = valueAt(doc.value, segs);
      const before = valueAt(active.value, segs);
      if (!sameValue(now, before)) {
        failed.push(findingAt(doc, segs, { observed: now ?? null, active: before ?? null, message: `${where} changed from ${show(before)} to ${show(now)}` }));
      }
    }
    return outcome(
      ctx,
      failed,
      places.size === 0 ? `${path} is absent from both` : `${plural(places.size, "value")} unchanged`,
      `${plural(failed.total, "value")} changed`,
    );
  },
};
