import type { Doc } from "../document.js";
import { sameValue } from "../equal.js";
import { lazyPath, placesIn, valueAt } from "../path.js";
import { defineGate } from "./define.js";
import { PATH } from "./fields.js";
import { findingAt, missing, outcome, plural, show } from "./finding.js";
import { findingList } from "./findings.js";

export const unchanged = defineGate({
  type: "unchanged",
  summary: "the value at path is the same in candidate and active",
  fields: { path: PATH },
  required: ["path"],
  needs: ["candidate", "active"],
  evaluate(ctx) {
    const doc = ctx.candidate as Doc;
    const active = ctx.active as Doc;
    const path = ctx.options.path;
    // Compare over the union of places, so that a value added or removed counts as a change.
    const places = placesIn(path, doc.value, active.value);
    // A path that matches nothing on either side guards nothing: say so rather than pass.
    if (places.length === 0) return missing(doc, path);
    const failed = findingList();
    for (const segs of places) {
      const where = lazyPath(segs);
      const now = valueAt(doc.value, segs);
      const before = valueAt(active.value, segs);
      if (!sameValue(now, before)) {
        failed.push(findingAt(doc, segs, { observed: now ?? null, active: before ?? null, message: `${where} changed from ${show(before)} to ${show(now)}` }));
      }
    }
    return outcome(failed, `${plural(places.length, "value")} unchanged`, `${plural(failed.total, "value")} changed`);
  },
});
