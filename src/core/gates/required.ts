import type { Doc } from "../document.js";
import { formatPath, matchPath, type PathPattern, parsePath, WILDCARD } from "../path.js";
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
      const { parent, tail } = splitOf(pattern);
      // `a.*.b` requires b in every a.*: match the parents, then look for the last key in each.
      const parents = last === WILDCARD ? [] : matchPath(doc.value, parent);
      if (last === WILDCARD || parents.length === 0) {
        const matches = matchPath(doc.value, pattern);
        if (matches.length === 0) failed.push(missingAt(doc, path, `${path} is missing`));
        for (const m of matches)
          if (m.value === null) failed.push(findingAt(doc, m.segments, { observed: null, message: `${formatPath(m.segments)} is null` }));
        continue;
      }
      for (const at of parents) {
        const segments = [...at.segments, last as string | number];
        const child = matchPath(at.value, tail);
        if (child.length === 0) failed.push({ ...findingAt(doc, at.segments, { message: `${formatPath(segments)} is missing` }), path: formatPath(segments) });
        else if (child[0].value === null) failed.push(findingAt(doc, segments, { observed: null, message: `${formatPath(segments)} is null` }));
      }
    }
    return outcome(failed, `all ${plural(paths.length, "required path")} present`, `${plural(failed.total, "required value")} missing`);
  },
});

/** A path's parent and its last segment, each as a pattern: split once per path, not per manifest. */
function splitOf(pattern: PathPattern): { parent: PathPattern; tail: PathPattern } {
  let split = splits.get(pattern);
  if (!split) {
    split = { parent: pattern.slice(0, -1), tail: pattern.slice(-1) };
    splits.set(pattern, split);
  }
  return split;
}
const splits = new WeakMap<PathPattern, { parent: PathPattern; tail: PathPattern }>();
