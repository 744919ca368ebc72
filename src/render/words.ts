import type { ChangeReport, Report } from "../core/report.js";

/** What merging does to one model, in words: "promote momentum v009 → v010". */
export function changeVerb(c: Pick<ChangeReport, "kind" | "model" | "from" | "to">): string {
  switch (c.kind) {
    case "new":
      return `add ${c.model} ${c.to ?? ""}`.trim();
    case "retire":
      return `retire ${c.model} ${c.from ?? ""}`.trim();
    case "rollback":
      return `roll back ${c.model} ${c.from} → ${c.to}`;
    case "promotion":
      return `promote ${c.model} ${c.from} → ${c.to}`;
    case "update":
      return `update ${c.model} ${c.to ?? ""} in place`.trim();
  }
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
  const errs = report.errors.length ? `${report.errors.length} file${report.errors.length === 1 ? "" : "s"} unreadable` : "";
  return [failed ? `${failed} of ${what} fail${failed === 1 ? "s" : ""}` : "", errs].filter(Boolean).join("; ");
}

export const STATUS_ICON: Record<string, string> = { pass: "✅", fail: "❌", warn: "⚠️", skip: "⏭️", overridden: "🛡️" };

export function place(f: { file?: string; line?: number; column?: number }): string {
  if (!f.file) return "";
  return f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
}
