import type { Doc } from "../document.js";
import { sameValue } from "../equal.js";
import type { Finding } from "../model.js";
import { lazyPath, matchPath } from "../path.js";
import { defineGate } from "./define.js";
import { PATH, STRINGS, VALUES } from "./fields.js";
import { findingAt, missingAt, outcome, plural, show } from "./finding.js";

export const includes = defineGate({
  type: "includes",
  summary: "the object at path has all keys / the list at path holds all values",
  fields: { path: PATH, keys: STRINGS, values: VALUES },
  required: ["path"],
  constraints: { oneOf: [{ required: ["keys"] }, { required: ["values"] }] },
  needs: ["candidate"],
  evaluate(ctx) {
    const doc = ctx.candidate as Doc;
    const path = ctx.options.path;
    const keys = ctx.options.keys;
    const values = ctx.options.values;
    const matches = matchPath(doc.value, path);
    if (matches.length === 0) return outcome([missingAt(doc, path, `${path} is missing`)], "", `${path} is missing`);
    const failed: Finding[] = [];
    for (const m of matches) {
      const where = lazyPath(m.segments);
      if (keys) {
        if (m.value === null || typeof m.value !== "object" || Array.isArray(m.value)) {
          failed.push(findingAt(doc, m.segments, { observed: m.value, message: `${where} is not an object` }));
          continue;
        }
        const missing = keys.filter((k) => !Object.hasOwn(m.value as object, k));
        if (missing.length > 0) {
          failed.push(findingAt(doc, m.segments, { observed: Object.keys(m.value), limit: keys, message: `${where} lacks ${missing.map(show).join(", ")}` }));
        }
      } else if (values) {
        if (!Array.isArray(m.value)) {
          failed.push(findingAt(doc, m.segments, { observed: m.value, message: `${where} is not a list` }));
          continue;
        }
        const list = m.value;
        const missing = values.filter((v) => !list.some((item) => sameValue(item, v)));
        if (missing.length > 0) {
          failed.push(findingAt(doc, m.segments, { observed: list, limit: values, message: `${where} lacks ${missing.map(show).join(", ")}` }));
        }
      }
    }
    const wanted = keys ? plural(keys.length, "key") : plural((values ?? []).length, "value");
    return outcome(failed, `${plural(matches.length, "match")} of ${path} include all ${wanted}`, `${plural(failed.length, "place")} lack required entries`);
  },
});
