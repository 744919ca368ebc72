import { type Doc, keysInSourceOrder } from "../document.js";
import type { Finding, GateContext, GateOutcome } from "../model.js";
import { formatPath } from "../path.js";
import { alignBins, type Bins, type Invalid, isInvalid } from "../stats.js";
import { evidenceDoc, isOutcome, pairedMatches } from "./evidence.js";
import { PATH } from "./fields.js";
import { fail, findingAt, missingAt, outcome, plural } from "./finding.js";

export const DRIFT_FIELDS = {
  reference: { ...PATH, description: "bins of the reference distribution: a list, or an object keyed by bin" },
  current: { ...PATH, description: "bins of the current distribution, paired with reference by its wildcards" },
  file: { ...PATH, description: "a path in the manifest naming an evidence file (a drift report) to read the bins from" },
};

/**
 * Shared by psi, ks and chi_square: pairs reference and current bins, feature by feature,
 * and lets the statistic decide each pair.
 */
export async function checkDrift(
  ctx: GateContext<{ reference: string; current: string; file?: string }>,
  statistic: (ref: number[], cur: number[]) => { failed: boolean; observed: number; limit: unknown; text: string },
  name: string,
): Promise<GateOutcome> {
  const doc = await evidenceDoc(ctx);
  if (isOutcome(doc)) return doc;
  const reference = ctx.options.reference;
  const pairs = pairedMatches(doc.value, reference, ctx.options.current);
  if (pairs.length === 0) return fail(`${reference} is missing`, [missingAt(doc as Doc, reference, `${reference} is missing`)]);
  const failed: Finding[] = [];
  const lines: string[] = [];
  for (const { label, a, b } of pairs) {
    if (!isBins(a.value) || !isBins(b.value)) {
      const bad = !isBins(a.value) ? a : b;
      failed.push(
        findingAt(doc, bad.segments, {
          observed: bad.value ?? null,
          message: `${formatPath(bad.segments)} must be bins: a list of numbers or an object of numbers`,
        }),
      );
      continue;
    }
    let result: ReturnType<typeof statistic>;
    try {
      const order = { reference: keysInSourceOrder(doc, a.segments), current: keysInSourceOrder(doc, b.segments) };
      const { ref, cur } = alignBins(a.value, b.value, order);
      result = statistic(ref, cur);
    } catch (err) {
      failed.push(findingAt(doc, b.segments, { message: `${label}: ${(err as Error).message}` }));
      continue;
    }
    lines.push(`${label} ${result.text}`);
    if (result.failed) failed.push(findingAt(doc, b.segments, { observed: round(result.observed), limit: result.limit, message: `${label}: ${result.text}` }));
  }
  return outcome(
    failed,
    `${name} within limits for ${plural(pairs.length, "distribution")}: ${lines.join("; ")}`,
    `${name} beyond the limit for ${plural(failed.length, "distribution")}`,
  );
}

function isBins(v: unknown): v is Bins {
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => typeof x === "number");
  return v !== null && typeof v === "object" && Object.values(v).length > 0 && Object.values(v).every((x) => typeof x === "number");
}

/** A statistic's result, or its complaint about the input raised as the pair's finding. */
export function valid<T extends object>(result: T | Invalid): T {
  if (isInvalid(result)) throw new Error(result.invalid);
  return result;
}

export function round(x: number): number {
  return Number(x.toPrecision(6));
}
