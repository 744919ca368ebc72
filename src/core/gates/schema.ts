import type { Doc } from "../document.js";
import { parseDocument } from "../document.js";
import type { Finding, GateType } from "../model.js";
import { formatPath, matchPath } from "../path.js";
import { ModelgateError } from "../problem.js";
import { safeRepoPath } from "../repo-path.js";
import { PATH } from "./fields.js";
import { findingAt, missingAt, outcome, plural } from "./finding.js";

export const schema: GateType = {
  type: "schema",
  summary: "the manifest, or the file it references at `file`, validates against a JSON Schema (draft 2020-12)",
  fields: {
    schema: { type: "string", minLength: 1, description: "a path in the repository, or modelgate:NAME for a bundled schema" },
    file: PATH,
  },
  required: ["schema"],
  needs: "candidate",
  async run(ctx) {
    const doc = ctx.candidate as Doc;
    const validate = await ctx.schema(ctx.gate.schema as string);
    const filePath = ctx.gate.file as string | undefined;
    if (!filePath) {
      const failed = validate(doc.value).map((e) => findingAt(doc, e.segments, { message: `${formatPath(e.segments) || "(document)"}: ${e.message}` }));
      return outcome(ctx, failed, `valid against ${ctx.gate.schema}`, `${plural(failed.length, "schema error")} against ${ctx.gate.schema}`);
    }
    const matches = matchPath(doc.value, filePath);
    if (matches.length === 0) return outcome(ctx, [missingAt(doc, filePath, `${filePath} is missing`)], "", `${filePath} is missing`);
    const failed: Finding[] = [];
    for (const m of matches) {
      const where = formatPath(m.segments);
      const ref = typeof m.value === "string" ? m.value : (m.value as { path?: unknown } | null)?.path;
      if (typeof ref !== "string") {
        failed.push(findingAt(doc, m.segments, { observed: m.value, message: `${where} names no file` }));
        continue;
      }
      const safe = safeRepoPath(ref, doc.file);
      if ("refused" in safe) {
        failed.push(findingAt(doc, m.segments, { observed: ref, message: `${where}: ${safe.refused}` }));
        continue;
      }
      const file = (await ctx.readFiles([safe.path])).get(safe.path);
      if (file?.kind !== "file") {
        failed.push(
          findingAt(doc, m.segments, {
            observed: ref,
            message: `${where}: ${safe.path} ${file ? `is a ${file.kind}, not a file` : "does not exist at the head commit"}`,
          }),
        );
        continue;
      }
      let referenced: Doc;
      try {
        referenced = parseDocument(safe.path, file.content);
      } catch (err) {
        if (!(err instanceof ModelgateError)) throw err;
        for (const p of err.problems) failed.push({ path: where, message: p.message, file: p.file, line: p.line, column: p.column });
        continue;
      }
      for (const e of validate(referenced.value)) {
        failed.push(findingAt(referenced, e.segments, { message: `${formatPath(e.segments) || "(document)"}: ${e.message}` }));
      }
    }
    return outcome(
      ctx,
      failed,
      `${plural(matches.length, "file")} valid against ${ctx.gate.schema}`,
      `${plural(failed.length, "schema error")} against ${ctx.gate.schema}`,
    );
  },
};
