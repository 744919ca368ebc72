import type { Report } from "../core/report.js";
import { changeVerb, escapeCommandLines, modelLabel, place, shortRef, escapeTerminal as t, verdictLine } from "./words.js";

export interface TextOptions {
  color: boolean;
}

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1, cyan: 36 } as const;

export function renderText(report: Report, options: TextOptions): string {
  const paint = (c: keyof typeof CODES, s: string) => (options.color ? `\x1b[${CODES[c]}m${s}\x1b[0m` : s);
  const mark: Record<string, string> = {
    pass: paint("green", "PASS"),
    fail: paint("red", "FAIL"),
    warn: paint("yellow", "WARN"),
    skip: paint("dim", "SKIP"),
    overridden: paint("cyan", "OVER"),
  };
  const out: string[] = [];
  const verdict = report.result === "pass" ? paint("green", "pass") : paint("red", report.result);
  // Every value below may come from a manifest, a commit or the pull request: escaped one by one.
  out.push(`${paint("bold", "modelgate")} ${verdict}: ${t(verdictLine(report))}${report.head ? ` (head ${t(shortRef(report.head))})` : ""}`);
  for (const note of report.notes ?? []) out.push(`  note: ${t(note)}`);
  for (const e of report.errors) out.push(`  ${paint("red", "error")} ${t(place(e))}: ${t(e.message)}${e.hint ? `\n    hint: ${t(e.hint)}` : ""}`);
  for (const c of report.changes) {
    out.push("", `${c.result === "pass" ? mark.pass : mark.fail} ${paint("bold", t(modelLabel(c)))} ${c.kind}: ${t(changeVerb(c))} (${t(c.path)})`);
    for (const g of c.gates) {
      out.push(`  ${mark[g.status]} ${t(g.id)} (${t(g.type)}${g.severity === "warning" ? ", warning" : ""}): ${t(g.message)}`);
      if (g.override)
        out.push(
          `       ${g.override.by === "waiver" ? "waived" : "overridden"}${g.override.actor ? ` by ${t(g.override.actor)}` : ""}: ${t(g.override.reason)}${g.override.expires ? ` (until ${t(g.override.expires)})` : ""}`,
        );
      if (g.status === "pass" || g.status === "skip") continue;
      for (const f of g.findings) {
        const where = place(f);
        // The gate's line already says what a lone finding says: show its place, not the words again.
        const words = f.message === g.message ? "" : t(f.message ?? f.path ?? "");
        if (!where && !words) continue;
        out.push(`       ${where ? paint("dim", t(where)) : ""}${where && words ? " " : ""}${words}`);
      }
    }
  }
  const s = report.summary;
  out.push(
    "",
    paint(
      "dim",
      `${s.changes} change${s.changes === 1 ? "" : "s"}, ${s.gates} gate${s.gates === 1 ? "" : "s"}: ${s.failed} failed, ${s.warned} warned, ${s.overridden} overridden, ${s.waived} waived, ${s.skipped} skipped. Policy ${t(report.policy.path)} at ${t(shortRef(report.policy.ref))}.`,
    ),
  );
  return escapeCommandLines(`${out.join("\n")}\n`);
}
