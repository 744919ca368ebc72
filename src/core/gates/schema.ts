import type { Doc } from "../document.js";
import { MAX_SCHEMA_ERRORS } from "../json-schema.js";
import type { Finding, GateContext, GateOutcome, SchemaValidator } from "../model.js";
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
  evaluate(ctx) {
    // The manifest itself against a schema already compiled: answered at once, as most gates are.
    const ready = ctx.options.file ? undefined : ctx.schema.ready?.(ctx.options.schema);
    return ready ? judged(ctx.candidate as Doc, ctx.options.schema, ready) : evaluateAsync(ctx, ctx.options.schema, ctx.options.file);
  },
});

/** The failures' message: how many errors, and whether some were left out. */
function failMessage(ref: string, listed: number, omitted: number): string {
  return `${plural(listed + omitted, "schema error")} against ${ref}${omitted > 0 ? ` (the first ${MAX_SCHEMA_ERRORS} of each file are listed)` : ""}`;
}

/** The candidate manifest against the schema. */
function judged(doc: Doc, ref: string, validate: SchemaValidator): GateOutcome {
  const errors = validate(doc.value);
  const omitted = errors.reduce((n, e) => n + (e.omitted ?? 0), 0);
  const failed = errors.map((e) => findingAt(doc, e.segments, { message: `${formatPath(e.segments) || "(document)"}: ${e.message}` }));
  return outcome(failed, `valid against ${ref}`, failMessage(ref, failed.length, omitted));
}

/** The same once the schema is compiled, or for the files the manifest references at `file`. */
async function evaluateAsync(ctx: GateContext, ref: string, filePath: string | undefined): Promise<GateOutcome> {
  const doc = ctx.candidate as Doc;
  const validate = await ctx.schema(ref);
  if (!filePath) return judged(doc, ref, validate);
  let omitted = 0;
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
  return outcome(failed, `${plural(matches.length, "file")} valid against ${ref}`, failMessage(ref, failed.length, omitted));
}
