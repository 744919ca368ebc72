import type { ChangeReport, Report } from "../core/report.js";

/** A model as people name it: "fraud", or "fraud (shadow)" for one of its pointers. */
export function modelLabel(c: { model: string; alias?: string }): string {
  return c.alias !== undefined ? `${c.model} (${c.alias})` : c.model;
}

/** What merging does to one model, in words: "promote momentum v009 → v010". */
export function changeVerb(c: Pick<ChangeReport, "kind" | "model" | "alias" | "from" | "to"> & Partial<Pick<ChangeReport, "result" | "gates">>): string {
  const m = modelLabel(c);
  // A manifest that does not parse moves nothing: say so rather than "update … in place".
  if (c.result === "fail" && c.gates?.length === 0) return `change ${m}, whose manifest cannot be read`;
  switch (c.kind) {
    case "new":
      return `add ${m} ${c.to ?? ""}`.trim();
    case "retire":
      return `retire ${m} ${c.from ?? ""}`.trim();
    case "rollback":
      return `roll back ${m} ${c.from} → ${c.to}`;
    case "promotion":
      return `promote ${m} ${c.from} → ${c.to}`;
    case "update":
      return `update ${m} ${c.to ?? ""} in place`.trim();
  }
}

/** A commit as people read it (its first 12 hex digits); anything else, such as "(working tree)", as it is. */
export function shortRef(ref: string): string {
  return /^[0-9a-f]{40,64}$/.test(ref) ? ref.slice(0, 12) : ref;
}

export function verdictLine(report: Report): string {
  if (report.result === "error") return "modelgate could not run: the policy or the command is invalid";
  const n = report.changes.length;
  if (n === 0 && report.errors.length === 0) return "no governed manifest changed";
  const failed = report.changes.filter((c) => c.result === "fail").length;
  const what = `${n} model change${n === 1 ? "" : "s"}`;
  if (report.result === "pass") {
    const warned = report.summary.warned ? `, ${report.summary.warned} warning${report.summary.warned === 1 ? "" : "s"}` : "";
    return `${what} pass${n === 1 ? "es" : ""}${warned}`;
  }
  const errs = report.errors.length ? `${report.errors.length} error${report.errors.length === 1 ? "" : "s"} in the files or the policy` : "";
  return [failed ? `${failed} of ${what} fail${failed === 1 ? "s" : ""}` : "", errs].filter(Boolean).join("; ");
}

export const STATUS_ICON: Record<string, string> = { pass: "✅", fail: "❌", warn: "⚠️", skip: "⏭️", overridden: "🛡️" };

export function place(f: { file?: string; line?: number; column?: number }): string {
  if (!f.file) return "";
  return f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
}

/**
 * Characters that change how text reads without being seen: bidi controls (U+202E turns
 * `fraud` around), zero-width characters (`fra\u200Bud` looks like `fraud`), soft hyphens,
 * line separators. Shown as `[U+XXXX]` in every medium, so what people read is what is there.
 */
const INVISIBLE = /[\u00AD\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF0-\uFFF8]/g;

export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}]`);
}

/**
 * Text from a manifest or a commit, made inert for a terminal or the runner's log: control
 * characters (ANSI escapes, carriage returns, newlines) shown as `\xNN`, invisible characters
 * as `[U+XXXX]`, and a leading `::` (a workflow command to the runner) escaped as `\::`.
 */
export function escapeTerminal(text: string): string {
  const shown = showInvisible(text).replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what it escapes
    /[\u0000-\u001F\u007F-\u009F]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
  return shown.replace(/^(\s*)::/, "$1\\::");
}

/** A whole block of terminal output: no line may start a workflow command (`::error::…`). */
export function escapeCommandLines(text: string): string {
  return text.replace(/^(\s*)::/gm, "$1\\::");
}
