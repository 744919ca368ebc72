import type { Report } from "../core/report.js";
import { modelLabel } from "./words.js";

const xml = (s: string) =>
  s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** JUnit XML for CI systems: a test suite per model change, a test case per gate. */
export function renderJunit(report: Report): string {
  const suites: string[] = [];
  for (const e of report.errors) {
    suites.push(
      `  <testsuite name="${xml(e.file)}" tests="1" failures="1" errors="0" skipped="0">\n    <testcase classname="${xml(e.file)}" name="readable"><failure message="${xml(e.message)}">${xml(`${e.file}:${e.line ?? 1}:${e.column ?? 1}: ${e.message}`)}</failure></testcase>\n  </testsuite>`,
    );
  }
  for (const c of report.changes) {
    const failures = c.gates.filter((g) => g.status === "fail").length;
    const skipped = c.gates.filter((g) => g.status === "skip").length;
    const cases = c.gates.map((g) => {
      const open = `    <testcase classname="${xml(modelLabel(c))}" name="${xml(g.id)}">`;
      if (g.status === "fail") {
        const detail = g.findings.map((f) => `${f.file ?? c.path}:${f.line ?? 1}:${f.column ?? 1}: ${f.message ?? ""}`).join("\n");
        return `${open}<failure message="${xml(g.message)}" type="${xml(g.type)}">${xml(detail)}</failure></testcase>`;
      }
      if (g.status === "skip") return `${open}<skipped message="${xml(g.message)}"/></testcase>`;
      // A warning, or a gate waived or overridden, passes the suite but keeps its findings in view.
      const detail = g.status === "pass" ? "" : g.findings.map((f) => `\n${f.file ?? c.path}:${f.line ?? 1}:${f.column ?? 1}: ${f.message ?? ""}`).join("");
      return `${open}<system-out>${xml(`${g.status}: ${g.message}${detail}`)}</system-out></testcase>`;
    });
    suites.push(
      `  <testsuite name="${xml(`${modelLabel(c)} ${c.kind} ${c.from ?? ""} → ${c.to ?? ""}`)}" tests="${c.gates.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  const total = report.changes.reduce((n, c) => n + c.gates.length, 0) + report.errors.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="modelgate" tests="${total}" failures="${report.summary.failed + report.errors.length}">\n${suites.join("\n")}\n</testsuites>\n`;
}
