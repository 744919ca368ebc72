import { type Doc, parseDocument } from "../document.js";
import type { Finding, GateContext, GateOutcome } from "../model.js";
import { formatPath, matchPath, parsePath, type Segment, WILDCARD } from "../path.js";
import { ModelgateError } from "../problem.js";
import { safeRepoPath } from "../repo-path.js";
import { fail, findingAt, missingAt } from "./finding.js";

/** A file a manifest points to, read at head and parsed, or the finding that says why it cannot be. */
export async function loadReferenced(ctx: Pick<GateContext, "readFiles">, doc: Doc, segments: Segment[], value: unknown): Promise<Doc | Finding[]> {
  const where = formatPath(segments);
  const ref = typeof value === "string" ? value : (value as { path?: unknown } | null)?.path;
  if (typeof ref !== "string") return [findingAt(doc, segments, { observed: value, message: `${where} names no file` })];
  const safe = safeRepoPath(ref, doc.file);
  if ("refused" in safe) return [findingAt(doc, segments, { observed: ref, message: `${where}: ${safe.refused}` })];
  if (safe.path === doc.file) return [findingAt(doc, segments, { observed: ref, message: `${where} points at the manifest itself` })];
  const file = (await ctx.readFiles([safe.path])).get(safe.path);
  if (file?.kind !== "file") {
    return [
      findingAt(doc, segments, {
        observed: ref,
        message: `${where}: ${safe.path} ${file ? `is a ${file.kind}, not a file` : "does not exist at the head commit"}`,
      }),
    ];
  }
  try {
    return parseDocument(safe.path, file.content);
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    return err.problems.map((p) => ({ path: where, message: p.message, file: p.file, line: p.line, column: p.column }));
  }
}

/** Where a statistics gate reads: the evidence file named at the gate's `file` path, or the manifest itself. */
export async function evidenceDoc(ctx: GateContext<{ file?: string }>): Promise<Doc | GateOutcome> {
  const doc = ctx.candidate as Doc;
  const filePath = ctx.options.file;
  if (!filePath) return doc;
  const matches = matchPath(doc.value, filePath);
  if (matches.length !== 1) {
    return fail(`${filePath} must name one evidence file`, [
      missingAt(doc, filePath, matches.length ? `${filePath} matches ${matches.length} values, not one file` : `${filePath} is missing`),
    ]);
  }
  const loaded = await loadReferenced(ctx, doc, matches[0].segments, matches[0].value);
  return Array.isArray(loaded) ? fail(`the evidence file cannot be read`, loaded) : loaded;
}

export function isOutcome(x: Doc | GateOutcome): x is GateOutcome {
  return "status" in x;
}

/**
 * Pairs two wildcard paths: each match of `first` with the place in `second` that has the
 * same wildcard values (drift.*.reference with drift.*.current, feature by feature).
 */
export function pairedMatches(
  value: unknown,
  first: string,
  second: string,
): Array<{ label: string; a: { segments: Segment[]; value: unknown }; b: { segments: Segment[]; value: unknown } }> {
  const firstPattern = parsePath(first);
  const secondPattern = parsePath(second);
  return matchPath(value, firstPattern).map((m) => {
    const captured = firstPattern.flatMap((seg, i) => (seg === WILDCARD ? [m.segments[i]] : []));
    let k = 0;
    const segments = secondPattern.map((seg) => (seg === WILDCARD ? (captured[k++] ?? "*") : seg)) as Segment[];
    let node: unknown = value;
    for (const s of segments) node = node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[s] : undefined;
    return { label: captured.length ? captured.join(".") : formatPath(m.segments), a: m, b: { segments, value: node } };
  });
}
