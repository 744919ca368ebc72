import type { Doc } from "../document.js";
import { formatPath, matchPath, parsePath, WILDCARD } from "../path.js";
import { defineGate } from "./define.js";
import { PATH } from "./fields.js";
import { findingAt, missingAt, outcome, plural } from "./finding.js";
import { findingList } from "./findings.js";

export const required = defineGate({
  type: "required",
  summary: "every path matches and is not null; with wildcards, in every place the wildcards reach",
  fields: { paths: { type: "array", minItems: 1, items: PATH } },
  required: ["paths"],
  needs: ["candidate"],
  evaluate(ctx) {
    const doc = ctx.candidate as Doc;
    const paths = ctx.options.paths;
    const failed = findingList();
    for (const path of paths) {
      const pattern = parsePath(path);
      const last = pattern[pattern.length - 1];
      // `a.*.b` requires b in every a.*: match the parents, then look for the last key in each.
      const parents = last === WILDCARD ? [] : matchPath(doc.value, pattern.slice(0, -1));
      if (last === WILDCARD || parents.length === 0) {
        const matches = matchPath(doc.value, pattern);
        if (matches.length === 0) failed.push(missingAt(doc, path, `${path} is missing`));
        for (const m of matches)
          if (m.value === null) failed.push(findingAt(doc, m.segments, { observed: null, message: `${formatPath(m.segments)} is null` }));
        continue;
      }
      for (const parent of parents) {
        const segments = [...parent.segments, last as string | number];
        const child = matchPath(parent.value, [last]);
        if (child.length === 0)
          failed.push({ ...findingAt(doc, parent.segments, { message: `${formatPath(segments)} is missing` }), path: formatPath(segments) });
        else if (child[0].value === null) failed.push(findingAt(doc, segments, { observed: null, message: `${formatPath(segments)} is null` }));
      }
    }
    return outcome(failed, `all ${plural(paths.length, "required path")} present`, `${plural(failed.total, "required value")} missing`);
  },
});
