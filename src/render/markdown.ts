import type { GateReport, Report } from "../core/report.js";
import { changeVerb, place, STATUS_ICON, shortRef, showInvisible, verdictLine } from "./words.js";

export interface MarkdownOptions {
  /** Longest text taken from a manifest into one cell. */
  maxCell?: number;
  /** What the judged commit is, when it is not the pull request's head: "merge of head abc1234 into main". */
  judged?: string;
}

/** An empty HTML comment: splits text where GitHub would otherwise make a link or a ping of it. */
const BREAK = "<!-- -->";

/**
 * Text from a pull request, made inert for GitHub markdown: no HTML, no table breaks, no
 * code spans that swallow the row, one line, bounded; invisible characters shown as
 * `[U+XXXX]`. GitHub's renderer decodes entities before it looks for mentions, so `&#64;`
 * would still ping: an empty HTML comment after `@` (and inside `://`, `www.`, after `#`)
 * splits the text node, so no mention, autolink or issue reference is made of it.
 */
export function escapeMarkdown(text: string, max = 300): string {
  let t = showInvisible(text.replace(/\s*[\r\n\t]+\s*/g, " ")).replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what it shows
    /[\u0000-\u001F\u007F-\u009F]/g,
    (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`,
  );
  if (t.length > max) t = `${t.slice(0, max - 1)}…`;
  // Markdown escapes first; the entities and comments added after must stay whole.
  return t
    .replace(/([\\`*_[\]|#~])/g, "\\$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/@/g, `@${BREAK}`)
    .replace(/#/g, `#${BREAK}`)
    .replace(/:\/\//g, `:${BREAK}//`)
    .replace(/\b(www)\./gi, `$1${BREAK}.`);
}

function code(text: string): string {
  return `<code>${escapeMarkdown(text, 120)}</code>`;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const max = options.maxCell ?? 300;
  const icon = report.result === "pass" ? "✅" : "❌";
  const lines: string[] = [`### ${icon} modelgate: ${escapeMarkdown(verdictLine(report))}`, ""];
  if (report.result === "error") {
    for (const e of report.errors) lines.push(`- ${code(place(e))} ${escapeMarkdown(e.message, max)}${e.hint ? ` — ${escapeMarkdown(e.hint, max)}` : ""}`);
    lines.push("", `<sub>judged ${code(shortRef(report.head))}${options.judged ? ` (${escapeMarkdown(options.judged, 200)})` : ""}</sub>`);
    return `${lines.join("\n")}\n`;
  }
  const forced = report.changes.flatMap((c) => c.gates).filter((g) => g.override?.by === "label");
  if (forced.length > 0) {
    const { actor, reason } = forced[0].override as { actor?: string; reason: string };
    lines.push(
      `> 🛡️ **Force-promoted** by ${escapeMarkdown(actor ?? "an override")}: ${escapeMarkdown(reason, 300)}. ${forced.length} failing gate${forced.length === 1 ? " is" : "s are"} overridden, not passed.`,
      "",
    );
  }
  for (const note of report.notes ?? []) lines.push(`> ${escapeMarkdown(note, 500)}`, "");
  const passing = report.changes.filter((c) => c.result === "pass");
  const failing = report.changes.filter((c) => c.result !== "pass");
  if (passing.length > 0) lines.push(`**Merging this pull request will** ${passing.map((c) => escapeMarkdown(changeVerb(c))).join("; ")}.`, "");
  if (failing.length > 0) {
    const blocked = failing.map((c) => {
      const n = c.gates.filter((g) => g.status === "fail").length;
      return `${escapeMarkdown(changeVerb(c))}${n > 0 ? ` (${n} gate${n === 1 ? "" : "s"} failed)` : ""}`;
    });
    lines.push(`**Not yet:** ${blocked.join("; ")}.`, "");
  }
  for (const e of report.errors) lines.push(`- ❌ ${code(place(e))} ${escapeMarkdown(e.message, max)}`);
  if (report.errors.length) lines.push("");
  for (const c of report.changes) {
    lines.push(
      `#### ${c.result === "pass" ? "✅" : "❌"} ${code(c.model)}${c.alias !== undefined ? ` (${escapeMarkdown(c.alias)})` : ""} · ${c.kind} ${versions(c.from, c.to)}`,
      "",
    );
    if (c.gates.length === 0) {
      lines.push(c.result === "pass" ? "No gate applies to this change." : "The manifest could not be read; see the errors above.", "");
      continue;
    }
    lines.push("| | gate | result | details |", "|---|---|---|---|");
    for (const g of order(c.gates)) lines.push(`| ${STATUS_ICON[g.status]} | ${code(g.id)} | ${g.status} | ${details(g, max)} |`);
    lines.push("");
  }
  const s = report.summary;
  lines.push(
    `<sub>${s.changes} change${s.changes === 1 ? "" : "s"} · ${s.gates} gate${s.gates === 1 ? "" : "s"} · ${s.failed} failed · ${s.warned} warned · ${s.overridden} overridden · ${s.waived} waived · policy ${code(report.policy.path)} at ${code(shortRef(report.policy.ref))} · judged ${code(shortRef(report.head))}${options.judged ? ` (${escapeMarkdown(options.judged, 200)})` : ""} · modelgate ${escapeMarkdown(report.tool.version)}</sub>`,
  );
  return `${lines.join("\n")}\n`;
}

function versions(from: string | null, to: string | null): string {
  if (from && to && from !== to) return `${code(from)} → ${code(to)}`;
  return code(to ?? from ?? "?");
}

/** Failures first, so a long table still opens with what matters. */
function order(gates: GateReport[]): GateReport[] {
  const rank: Record<string, number> = { fail: 0, warn: 1, overridden: 2, pass: 3, skip: 4 };
  return [...gates].sort((a, b) => rank[a.status] - rank[b.status]);
}

function details(g: GateReport, max: number): string {
  const parts = [escapeMarkdown(g.message, max)];
  if (g.override)
    parts.push(
      `${g.override.by === "waiver" ? "waived" : "overridden"}${g.override.actor ? ` by ${escapeMarkdown(g.override.actor)}` : ""}: ${escapeMarkdown(g.override.reason, max)}${g.override.expires ? ` (until ${escapeMarkdown(g.override.expires)})` : ""}`,
    );
  if (g.status !== "pass" && g.status !== "skip") {
    const shown = g.findings.slice(0, 5);
    for (const f of shown) {
      const where = place(f);
      // A finding that says what the gate's message says adds only its place: never the same words twice.
      if (f.message === g.message) {
        if (where) parts[0] += ` (${code(where)})`;
        continue;
      }
      parts.push(`${f.message ? escapeMarkdown(f.message, max) : escapeMarkdown(f.path ?? "")}${where ? ` (${code(where)})` : ""}`);
    }
    if (g.findings.length > shown.length) parts.push(`… and ${g.findings.length - shown.length} more`);
  }
  return parts.join("<br>");
}
