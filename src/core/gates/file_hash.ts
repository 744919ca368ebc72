import type { Doc } from "../document.js";
import { globMatch } from "../glob.js";
import { sha256Hex } from "../hash.js";
import type { Finding } from "../model.js";
import { formatPath, matchPath } from "../path.js";
import { safeRepoPath } from "../repo-path.js";
import { defineGate } from "./define.js";
import { PATH } from "./fields.js";
import { fail, findingAt, missingAt, pass } from "./finding.js";

export const fileHash = defineGate({
  type: "file_hash",
  summary:
    "the hash declared at path equals the one recomputed at head from the files (globs) or the list at files_from: the sha256 of `sha256sum` lines (`<sha256>  <path>`) of the files sorted by path",
  fields: {
    path: { ...PATH, description: "the declared hash: 64 hex digits, optionally prefixed sha256:" },
    files: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, description: "globs of repository files" },
    files_from: { ...PATH, description: "a path in the manifest listing the files (dataset_paths)" },
  },
  required: ["path"],
  constraints: { anyOf: [{ required: ["files"] }, { required: ["files_from"] }] },
  // A step back must not carry changed inputs past it: the files are judged at head whatever the direction.
  on: ["promotion", "new", "update", "demotion"],
  needs: ["candidate"],
  async evaluate(ctx) {
    const doc = ctx.candidate as Doc;
    const path = ctx.options.path;
    const declaredMatch = matchPath(doc.value, path)[0];
    if (!declaredMatch) return fail(`${path} is missing`, [missingAt(doc, path, `${path} is missing`)]);
    const declared = declaredMatch.value;
    if (typeof declared !== "string" || !/^(sha256:)?[0-9a-fA-F]{64}$/.test(declared)) {
      return fail(`${path} is not a sha256`, [
        findingAt(doc, declaredMatch.segments, { observed: declared, message: `${path} must be 64 hex digits, optionally prefixed sha256:` }),
      ]);
    }
    const problems: Finding[] = [];
    const wanted = new Set<string>();
    const globs = ctx.options.files;
    if (globs) {
      const all = await ctx.listFiles();
      for (const g of globs) {
        const hits = all.filter((f) => globMatch(g, f));
        if (hits.length === 0) problems.push({ message: `no file at head matches ${g}`, file: doc.file });
        for (const h of hits) wanted.add(h);
      }
    }
    const listPath = ctx.options.files_from;
    if (listPath) {
      const list = matchPath(doc.value, listPath)[0];
      if (!list || !Array.isArray(list.value)) return fail(`${listPath} must list files`, [missingAt(doc, listPath, `${listPath} must be a list of paths`)]);
      list.value.forEach((written, i) => {
        const segs = [...list.segments, i];
        const safe = typeof written === "string" ? safeRepoPath(written, doc.file) : { refused: "not a path" };
        if ("refused" in safe) problems.push(findingAt(doc, segs, { observed: written, message: `${formatPath(segs)}: ${safe.refused}` }));
        else wanted.add(safe.path);
      });
    }
    const paths = [...wanted].sort();
    const files = await ctx.digestFiles(paths);
    const lines: string[] = [];
    for (const p of paths) {
      // One line per file: a name with a line break could write lines for files that do not exist.
      if (/[\u0000-\u001f\u007f]/.test(p)) {
        problems.push({
          path: JSON.stringify(p),
          message: `${JSON.stringify(p)}: a file name with a line break or another control character cannot be hashed (it could forge the lines of other files); rename it`,
          file: doc.file,
          ...doc.locate(declaredMatch.segments),
        });
        continue;
      }
      const f = files.get(p) ?? null;
      if (f?.kind !== "file") {
        problems.push({
          path: p,
          message: `${p} ${f ? `is a ${f.kind}; only regular files are hashed` : "does not exist at the head commit"}`,
          file: doc.file,
          ...doc.locate(declaredMatch.segments),
        });
        continue;
      }
      lines.push(`${f.sha256}  ${p}\n`);
    }
    if (problems.length > 0) return fail(`the files behind ${path} cannot all be read`, problems);
    const recomputed = sha256Hex(lines.join(""));
    const want = declared.replace(/^sha256:/, "").toLowerCase();
    if (recomputed === want) return pass(`${path} matches ${paths.length} file${paths.length === 1 ? "" : "s"}`);
    const message = `${path} declares ${want}, the ${paths.length} file${paths.length === 1 ? "" : "s"} at head hash to ${recomputed}`;
    return fail(message, [findingAt(doc, declaredMatch.segments, { observed: recomputed, limit: want, message })]);
  },
});
