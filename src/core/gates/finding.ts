import type { Doc } from "../document.js";
import type { Finding, GateOutcome } from "../model.js";
import { formatPath, type PathMatch, type Segment } from "../path.js";

/** A finding at a concrete place in a document, with file, line and column. */
export function findingAt(doc: Doc | null, segments: readonly Segment[], extra: Omit<Finding, "path">): Finding {
  const place = doc ? { file: doc.file, ...doc.locate(segments) } : {};
  return { path: formatPath(segments), ...extra, ...place };
}

/** A finding where a path pattern matched nothing: points at the deepest part that exists. */
export function missingAt(doc: Doc, pattern: string, message: string): Finding {
  return { path: pattern, message, file: doc.file, ...doc.locatePattern(pattern), missing: true };
}

export function pass(message: string, findings: Finding[] = []): GateOutcome {
  return { status: "pass", message, findings };
}
export function fail(message: string, findings: Finding[]): GateOutcome {
  return { status: "fail", message, findings };
}
export function skip(message: string): GateOutcome {
  return { status: "skip", message, findings: [] };
}

/** Pass when nothing failed, else fail with the findings. */
export function outcome(failed: Finding[], okMessage: string, failMessage: string): GateOutcome {
  if (failed.length === 0) return pass(okMessage);
  return fail(failMessage, failed);
}

/** The one finding of a gate whose path matched nothing. */
export function missing(doc: Doc, path: string): GateOutcome {
  return fail(`${path} is missing`, [missingAt(doc, path, `${path} is missing`)]);
}

export function plural(n: number, word: string): string {
  if (n === 1) return `1 ${word}`;
  return `${n} ${word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh") ? `${word}es` : `${word}s`}`;
}

export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export type { PathMatch };
