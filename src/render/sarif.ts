import type { Report } from "../core/report.js";
import { modelLabel } from "./words.js";

/**
 * SARIF 2.1.0 for code scanning: one result per finding of a failed, warned or overridden
 * gate (unlike annotations, not capped), and one per unreadable file.
 */
export function renderSarif(report: Report): string {
  const rules = new Map<string, { id: string; shortDescription: { text: string }; fullDescription?: { text: string } }>();
  const results: unknown[] = [];
  const location = (file: string, line?: number, column?: number) => [
    { physicalLocation: { artifactLocation: { uri: file }, ...(line ? { region: { startLine: line, startColumn: column ?? 1 } } : {}) } },
  ];
  for (const e of report.errors) {
    rules.set("modelgate/error", { id: "modelgate/error", shortDescription: { text: "a governed file, or the policy, could not be used" } });
    results.push({ ruleId: "modelgate/error", level: "error", message: { text: e.message }, locations: location(e.file, e.line, e.column) });
  }
  for (const c of report.changes) {
    for (const g of c.gates) {
      if (g.status !== "fail" && g.status !== "warn" && g.status !== "overridden") continue;
      if (!rules.has(g.id))
        rules.set(g.id, { id: g.id, shortDescription: { text: `${g.type} gate` }, ...(g.description ? { fullDescription: { text: g.description } } : {}) });
      const findings = g.findings.length > 0 ? g.findings : [{ message: g.message, file: c.path }];
      for (const f of findings) {
        results.push({
          ruleId: g.id,
          level: g.status === "warn" ? "warning" : "error",
          message: { text: `${modelLabel(c)} (${c.kind} ${c.from ?? ""} → ${c.to ?? ""}): ${f.message ?? g.message}` },
          locations: location(f.file ?? c.path, f.line, f.column),
          ...(g.override
            ? {
                suppressions: [
                  { kind: "external", justification: `${g.override.by}: ${g.override.reason}${g.override.actor ? ` (${g.override.actor})` : ""}` },
                ],
              }
            : {}),
          properties: {
            model: c.model,
            ...(c.alias !== undefined ? { alias: c.alias } : {}),
            path: f.path,
            observed: f.observed,
            active: f.active,
            limit: f.limit,
          },
        });
      }
    }
  }
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "modelgate", version: report.tool.version, informationUri: "https://github.com/modelgate/modelgate", rules: [...rules.values()] },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
