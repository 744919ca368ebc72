import type { Doc } from "../document.js";
import { MAX_SCHEMA_ERRORS } from "../json-schema.js";
import type { Finding } from "../model.js";
import { formatPath, matchPath } from "../path.js";
import { defineGate } from "./define.js";
import { loadReferenced } from "./evidence.js";
import { PATH } from "./fields.js";
import { findingAt, missingAt, outcome, plural } from "./finding.js";

export const schema = defineGate({
  type: "schema",
  summary: "the manifest, or the file it references at `file`, validates against a JSON Schema (draft 2020-12)",
  fields: {
    schema: {
      type: "string",
      minLength: 1,
      format: "modelgate-schema-ref",
      description: "a path in the repository, or modelgate:NAME for a bundled schema",
    },
    file: PATH,
  },
  required: ["schema"],
  needs: ["candidate"],
  async evaluate(ctx) {
    const doc = ctx.candidate as Doc;
    const validate = await ctx.schema(ctx.options.schema);
    const filePath = ctx.options.file;
    let omitted = 0;
    const failMessage = (listed: number) =>
      `${plural(listed + omitted, "schema error")} against ${ctx.options.schema}${omitted > 0 ? ` (the first ${MAX_SCHEMA_ERRORS} of each file are listed)` : ""}`;
    if (!filePath) {
      const errors = validate(doc.value);
      omitted = errors.reduce((n, e) => n + (e.omitted ?? 0), 0);
      const failed = errors.map((e) => findingAt(doc, e.segments, { message: `${formatPath(e.segments) || "(document)"}: ${e.message}` }));
      return outcome(failed, `valid against ${ctx.options.schema}`, failMessage(failed.length));
    }
    const matches = matchPath(doc.value, filePath);
    if (matches.length === 0) return outcome([missingAt(doc, filePath, `${filePath} is missing`)], "", `${filePath} is missing`);
    const failed: Finding[] = [];
    for (const m of matches) {
      const referenced = await loadReferenced(ctx, doc, m.segments, m.value);
      if (Array.isArray(referenced)) {
        failed.push(...referenced);
        continue;
      }
      for (const e of validate(referenced.value)) {
        omitted += e.omitted ?? 0;
        failed.push(findingAt(referenced, e.segments, { message: `${formatPath(e.segments) || "(document)"}: ${e.message}` }));
      }
    }
    return outcome(failed, `${plural(matches.length, "file")} valid against ${ctx.options.schema}`, failMessage(failed.length));
  },
});
