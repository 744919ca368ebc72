import type { TestRun } from "../policy-test.js";
import { escapeCommandLines, escapeTerminal as t } from "./words.js";

/** The results of `modelgate test` as a table: one line per expectation, failures with the gate's message. */
export function renderTests(run: TestRun): string {
  const out: string[] = [];
  const verdict = run.failed === 0 ? "pass" : "fail";
  out.push(
    `modelgate test ${verdict}: ${run.cases.length} case${run.cases.length === 1 ? "" : "s"}, ${run.passed} of ${run.passed + run.failed} expectations met (${t(run.file)}, policy ${t(run.policy)})`,
  );
  const width = Math.min(40, Math.max(...run.cases.map((c) => c.name.length), 4));
  for (const c of run.cases) {
    for (const e of c.expectations) {
      const line = `  ${e.ok ? "ok  " : "FAIL"}  ${t(c.name).padEnd(width)}  ${t(e.what)}: ${e.ok ? t(e.got) : `expected ${t(e.expected)}, got ${t(e.got)}`}`;
      out.push(e.ok || !e.message ? line : `${line}\n          ${t(e.message)}`);
    }
  }
  return escapeCommandLines(`${out.join("\n")}\n`);
}
