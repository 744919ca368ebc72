import type { ChangeReport, GateReport, Report } from "../core/report.js";
import { escapeMarkdown, renderMarkdown } from "./markdown.js";

/** The hidden marker that finds modelgate's comment again; trusted only on the action's own comments. */
export const COMMENT_MARKER = "<!-- modelgate:report -->";
/** GitHub refuses comment bodies over 65,536 characters; keep a margin. */
export const COMMENT_LIMIT = 65_000;

export interface CommentOptions {
  /** Where the full report is: the run's job summary. */
  summaryUrl?: string;
  limit?: number;
}

/** The pull-request comment: the markdown report, charts of candidate against active, how to roll back. */
export function renderComment(report: Report, options: CommentOptions = {}): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const tail = rollbackHint(report.changes);
  const full = [COMMENT_MARKER, renderMarkdown(report), charts(report.changes), tail].filter(Boolean).join("\n");
  if (full.length <= limit) return full;
  // Too long: failures only, then a hard cut; the job summary always has everything.
  const pointer = `\n\n**The report is cut here.** ${options.summaryUrl ? `The full report is in the [job summary](${options.summaryUrl}).` : "The full report is in the job summary of this run."}\n`;
  const compact = [COMMENT_MARKER, renderMarkdown(onlyFailures(report), { maxCell: 200 }), tail].filter(Boolean).join("\n");
  const body = compact.length + pointer.length <= limit ? compact : cutAtLine(compact, limit - pointer.length);
  return body + pointer;
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
  const cmds = promoted.map((c) => `<code>modelgate rollback ${escapeMarkdown(c.model)}</code> (back to ${escapeMarkdown(c.from ?? "")})`).join(", ");
  return `\n**To roll back** after merging: revert this pull request with GitHub's Revert button, or run ${cmds}.\n`;
}

/** A mermaid chart per comparison gate with numeric findings: active as bars, candidate as a line. */
function charts(changes: ChangeReport[]): string {
  const out: string[] = [];
  for (const c of changes) {
    for (const g of c.gates) {
      const points = comparable(g).slice(0, 12);
      if (points.length === 0) continue;
      const label = (s: string) => `"${s.replace(/["\\\n\r`]/g, "").slice(-28)}"`;
      const values = (xs: number[]) => `[${xs.map((x) => Number(x.toPrecision(6))).join(", ")}]`;
      out.push(
        `<details><summary>${escapeMarkdown(c.model)} · ${escapeMarkdown(g.id)}: candidate against active</summary>`,
        "",
        "```mermaid",
        "xychart-beta",
        `  title ${label(`${c.model} ${g.id}`)}`,
        `  x-axis [${points.map((p) => label(p.path)).join(", ")}]`,
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

function comparable(g: GateReport): Array<{ path: string; observed: number; active: number }> {
  return g.findings.flatMap((f) =>
    typeof f.observed === "number" && typeof f.active === "number" && f.path ? [{ path: f.path, observed: f.observed, active: f.active }] : [],
  );
}
