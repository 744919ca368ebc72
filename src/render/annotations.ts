import type { Report } from "../core/report.js";
import { escapeTerminal, modelLabel } from "./words.js";

export interface Annotation {
  level: "error" | "warning";
  message: string;
  title: string;
  file: string;
  line?: number;
  column?: number;
}

/** GitHub shows at most 10 error and 10 warning annotations a step; the rest are counted. */
export const ANNOTATION_CAP = 10;

export function annotations(report: Report): { shown: Annotation[]; hidden: number } {
  const all: Annotation[] = [];
  for (const e of report.errors) all.push({ level: "error", title: "modelgate: error", message: e.message, file: e.file, line: e.line, column: e.column });
  for (const c of report.changes) {
    for (const g of c.gates) {
      if (g.status !== "fail" && g.status !== "warn") continue;
      const level = g.status === "fail" ? "error" : "warning";
      for (const f of g.findings) {
        all.push({
          level,
          title: `modelgate ${g.id} (${modelLabel(c)})`,
          message: f.message ?? g.message,
          file: f.file ?? c.path,
          line: f.line,
          column: f.column,
        });
      }
    }
  }
  // The runner escapes line breaks and `%` in workflow commands; what it shows must not hide characters or
  // carry escape sequences into the log.
  for (const a of all) {
    a.message = a.message.split("\n").map(escapeTerminal).join("\n");
    a.title = escapeTerminal(a.title);
  }
  const shown: Annotation[] = [];
  const count = { error: 0, warning: 0 };
  for (const a of all) {
    if (count[a.level] < ANNOTATION_CAP) {
      count[a.level]++;
      shown.push(a);
    }
  }
  return { shown, hidden: all.length - shown.length };
}
