import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { expect } from "vitest";
import type { Report } from "../../src/core/report.js";

export const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "dist", "cli.js");

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateReport = ajv.compile(JSON.parse(readFileSync(join(ROOT, "schemas", "report.schema.json"), "utf8")));

const registryAjv = new Ajv2020({ allErrors: true, strict: true });
(((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020)(registryAjv);
const registrySchemas = {
  status: registryAjv.compile(JSON.parse(readFileSync(join(ROOT, "schemas", "status.schema.json"), "utf8"))),
  history: registryAjv.compile(JSON.parse(readFileSync(join(ROOT, "schemas", "history.schema.json"), "utf8"))),
};

/** `status` or `history --format json`, parsed and checked against its published schema. */
// biome-ignore lint/suspicious/noExplicitAny: tests read the fields the schema has just checked.
export function registryJson(kind: "status" | "history", stdout: string): any[] {
  const value = JSON.parse(stdout);
  const validate = registrySchemas[kind];
  validate(value);
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
  return value;
}

/** Every JSON report a test sees must match the published report schema. */
export function expectValidReport(report: unknown): Report {
  const ok = validateReport(report);
  expect(validateReport.errors ?? [], JSON.stringify(validateReport.errors)).toEqual([]);
  expect(ok).toBe(true);
  return report as Report;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the bundled command line, as a user would. */
export function cli(cwd: string, ...args: string[]): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** `check --format json`, with the report validated against its schema. */
export function checkJson(cwd: string, ...args: string[]): { code: number; report: Report; stderr: string } {
  const run = cli(cwd, "check", "--format", "json", ...args);
  let parsed: unknown;
  try {
    parsed = JSON.parse(run.stdout);
  } catch {
    throw new Error(`no JSON report (exit ${run.code}): ${run.stderr}`);
  }
  return { code: run.code, report: expectValidReport(parsed), stderr: run.stderr };
}

/** A gate of a model's change; `model` may be "name@alias" for one of a model's pointers. */
export function gateOf(report: Report, model: string, id: string) {
  const [name, alias] = model.split("@");
  const change = report.changes.find((c) => c.model === name && (alias === undefined || c.alias === alias));
  if (!change) throw new Error(`no change for ${model}: ${JSON.stringify(report.changes.map((c) => c.model))}`);
  const gate = change.gates.find((g) => g.id === id);
  if (!gate) throw new Error(`no gate ${id} for ${model}: ${change.gates.map((g) => g.id).join(", ")}`);
  return gate;
}
