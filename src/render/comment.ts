import type { ChangeReport, GateReport, Report } from "../core/report.js";
import { escapeMarkdown, renderMarkdown } from "./markdown.js";
import { modelLabel, showInvisible } from "./words.js";

/** The hidden marker that finds modelgate's comment again; trusted only on the action's own comments. */
export const COMMENT_MARKER = "<!-- modelgate:report -->";
/** GitHub refuses comment bodies over 65,536 characters; keep a margin. */
export const COMMENT_LIMIT = 65_000;

export interface CommentOptions {
  /** Where the full report is: the run's job summary. */
  summaryUrl?: string;
  limit?: number;
  /** The pull request's head this verdict is for, kept in a hidden line so a run for an older head does not overwrite it. */
  prHead?: string;
  /** What the judged commit is, when it is the merge rather than the head. */
  judged?: string;
  /** An override honoured for this head, for the next run to find (see readOverrideRecord). */
  override?: { head: string; event: number };
}

/** GitHub shows at most 1 MiB of a step's job summary; keep a margin for the runner's own lines. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

/** The hidden line that names the head a comment's verdict is for. */
export function headMarker(sha: string): string {
  return `<!-- modelgate:head ${sha} -->`;
}

/** The override honoured on this comment's run: for which head, on which label event; null when none. */
export function readOverrideRecord(body: string): { head: string; event: number } | null {
  const m = /<!-- modelgate:override head=([0-9a-f]{40,64}) event=(\d+) -->/.exec(leadingMarkers(body));
  return m ? { head: m[1], event: Number(m[2]) } : null;
}

/** The head a comment was written for, from its hidden line; null when it has none. */
export function markedHead(body: string): string | null {
  return /<!-- modelgate:head ([0-9a-f]{40,64}) -->/.exec(leadingMarkers(body))?.[1] ?? null;
}

/** The hidden lines at the top of a comment, which only the action writes: nothing below them is read. */
function leadingMarkers(body: string): string {
  const lines = body.split("\n");
  const end = lines.findIndex((l) => !l.startsWith("<!-- modelgate:"));
  return lines.slice(0, end === -1 ? lines.length : end).join("\n");
}

/** The pull-request comment: the markdown report, charts of candidate against active, how to roll back. */
export function renderComment(report: Report, options: CommentOptions = {}): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const tail = rollbackHint(report.changes);
  const marker = [
    COMMENT_MARKER,
    options.prHead ? headMarker(options.prHead) : "",
    options.override ? `<!-- modelgate:override head=${options.override.head} event=${options.override.event} -->` : "",
  ]
    .filter(Boolean)
    .join("\n");
  const md = { judged: options.judged };
  const full = [marker, renderMarkdown(report, md), charts(report.changes), tail].filter(Boolean).join("\n");
  if (full.length <= limit) return full;
  // Too long: failures only, then a hard cut; the job summary always has everything.
  const pointer = `\n\n**The report is cut here.** ${options.summaryUrl ? `The full report is in the [job summary](${options.summaryUrl}).` : "The full report is in the job summary of this run."}\n`;
  const compact = [marker, renderMarkdown(onlyFailures(report), { ...md, maxCell: 200 }), tail].filter(Boolean).join("\n");
  const body = compact.length + pointer.length <= limit ? compact : cutAtLine(compact, limit - pointer.length);
  return body + pointer;
}

/**
 * The job summary: the whole report when it fits GitHub's 1 MiB, else failures only, else cut
 * at a line. The verdict is its first line, so it always survives.
 */
export function renderSummary(report: Report, options: { extra?: string; judged?: string; limitBytes?: number } = {}): string {
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const extra = options.extra ?? "";
  const full = renderMarkdown(report, { judged: options.judged }) + extra;
  if (Buffer.byteLength(full) <= limit) return full;
  const pointer = `\n\n**The summary is cut here** (GitHub shows at most 1 MiB of it). The whole report is the JSON file at the action's \`report-path\` output.\n`;
  const compact = renderMarkdown(onlyFailures(report), { judged: options.judged, maxCell: 200 }) + extra;
  const room = limit - Buffer.byteLength(pointer);
  return (Buffer.byteLength(compact) <= room ? compact : cutAtBytes(compact, room)) + pointer;
}

function cutAtBytes(text: string, max: number): string {
  let cut = cutAtLine(text, max);
  while (Buffer.byteLength(cut) > max) cut = cutAtLine(cut, cut.length - 1);
  return cut;
}

function onlyFailures(report: Report): Report {
  return {
    ...report,
    changes: report.changes.map((c) => ({
      ...c,
      gates: c.gates.filter((g) => g.status === "fail" || g.status === "warn").map((g) => ({ ...g, findings: g.findings.slice(0, 3) })),
    })),
  };
}

function cutAtLine(text: string, max: number): string {
  const cut = text.slice(0, Math.max(0, max));
  const nl = cut.lastIndexOf("\n");
  return nl > 0 ? cut.slice(0, nl) : cut;
}

function rollbackHint(changes: ChangeReport[]): string {
  const promoted = changes.filter((c) => c.kind === "promotion" && c.result === "pass" && c.from);
  if (promoted.length === 0) return "";
  const cmds = promoted
    .map(
      (c) =>
        `<code>modelgate rollback ${escapeMarkdown(c.model)}${c.alias !== undefined ? ` --alias ${escapeMarkdown(c.alias)}` : ""}</code> (back to ${escapeMarkdown(c.from ?? "")})`,
    )
    .join(", ");
  return `\n**To roll back** after merging: revert this pull request with GitHub's Revert button, or run ${cmds}.\n`;
}

/** A mermaid chart per comparison gate with numeric findings: active as bars, candidate as a line. */
function charts(changes: ChangeReport[]): string {
  const out: string[] = [];
  for (const c of changes) {
    for (const g of c.gates) {
      const points = comparable(g).slice(0, 12);
      if (points.length === 0) continue;
      const labels = distinctLabels(points.map((p) => p.path));
      const values = (xs: number[]) => `[${xs.map(plainDecimal).join(", ")}]`;
      out.push(
        `<details><summary>${escapeMarkdown(modelLabel(c))} · ${escapeMarkdown(g.id)}: candidate against active</summary>`,
        "",
        "```mermaid",
        "xychart-beta",
        `  title "${chartText(`${c.model} ${g.id}`).slice(-60)}"`,
        `  x-axis [${labels.map((l) => `"${l}"`).join(", ")}]`,
        `  bar ${values(points.map((p) => p.active))}`,
        `  line ${values(points.map((p) => p.observed))}`,
        "```",
        "",
        "Bars: active. Line: candidate.",
        "</details>",
        "",
      );
    }
  }
  return out.join("\n");
}

/** Text inside a mermaid string: no quotes, backslashes, backticks or line breaks; invisible characters shown. */
function chartText(s: string): string {
  return showInvisible(s).replace(/["\\\n\r`<>]/g, "");
}

/**
 * Short x-axis labels that stay distinct: the last 28 characters of each path, and where two
 * paths share them, a number in front, so two bars never draw as one.
 */
export function distinctLabels(paths: string[]): string[] {
  const short = paths.map((p) => {
    const t = chartText(p);
    return t.length > 28 ? `…${t.slice(-27)}` : t;
  });
  const seen = new Map<string, number>();
  for (const l of short) seen.set(l, (seen.get(l) ?? 0) + 1);
  return short.map((l, i) => (seen.get(l) === 1 ? l : `${i + 1}: ${l}`));
}

// Made on first use: building a NumberFormat loads ICU's number data (about 30 ms), which a run
// that draws no chart never needs.
let decimal: Intl.NumberFormat | undefined;

/** A number as mermaid reads it: plain decimals, never exponent notation (`1e-7` breaks the chart). */
export function plainDecimal(x: number): string {
  decimal ??= new Intl.NumberFormat("en-US", { useGrouping: false, maximumSignificantDigits: 6 });
  return decimal.format(x);
}

function comparable(g: GateReport): Array<{ path: string; observed: number; active: number }> {
  return g.findings.flatMap((f) =>
    typeof f.observed === "number" && typeof f.active === "number" && f.path ? [{ path: f.path, observed: f.observed, active: f.active }] : [],
  );
}
