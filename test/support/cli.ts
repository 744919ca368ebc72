import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { expect } from "vitest";
import type { Report } from "../../src/core/report.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const CLI = join(ROOT, "dist", "cli.js");

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

/**
 * Runs the bundled command line, as a user would: the engine dist/cli.js loads (dist/engine.cjs), in one
 * worker thread per Vitest worker (kept across test files: isolate is off), with the
 * arguments, folder and environment of a spawned process (git is the real binary either way).
 * `spawnCli` starts a real process, for what only a process shows: the entry's own fast paths,
 * exit status and streams.
 */
export function cli(cwd: string, ...args: string[]): CliRun {
  const worker = cliWorker();
  const { port1, port2 } = new MessageChannel();
  Atomics.store(worker.flag, 0, 0);
  worker.thread.postMessage({ argv: args, cwd, env: { ...process.env, NO_COLOR: "1" }, port: port2 }, [port2]);
  const waited = Atomics.wait(worker.flag, 0, 0, CLI_TIMEOUT_MS);
  const answer = receiveMessageOnPort(port1)?.message as CliRun | undefined;
  port1.close();
  if (waited === "timed-out" || !answer) {
    void worker.thread.terminate();
    running = undefined;
    throw new Error(`modelgate ${args.join(" ")} gave no answer within ${CLI_TIMEOUT_MS / 1000} s`);
  }
  return answer;
}

/** A real `node dist/cli.js` process. */
export function spawnCli(cwd: string, ...args: string[]): CliRun {
  return spawnCliWith(cwd, {}, ...args);
}

/** A real `node dist/cli.js` process, with these variables added to its environment. */
export function spawnCliWith(cwd: string, env: Record<string, string>, ...args: string[]): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env } });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

const CLI_TIMEOUT_MS = 50_000;
let running: { thread: Worker; flag: Int32Array } | undefined;

function cliWorker(): { thread: Worker; flag: Int32Array } {
  if (running) return running;
  // The engine the entry loads after its fast paths: the whole command line but for --version and --help.
  const engine = join(ROOT, "dist", "engine.cjs");
  if (!existsSync(engine)) throw new Error("dist/engine.cjs is missing: run npm run build");
  const done = new SharedArrayBuffer(4);
  const thread = new Worker(join(import.meta.dirname, "cli-worker.mjs"), {
    workerData: { engine, self: CLI, done },
    stdout: false,
    stderr: false,
  });
  thread.unref();
  running = { thread, flag: new Int32Array(done) };
  return running;
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
