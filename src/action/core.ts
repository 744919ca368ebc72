import { randomUUID } from "node:crypto";
import { appendFileSync, constants, existsSync } from "node:fs";
import { access, appendFile } from "node:fs/promises";
import { EOL } from "node:os";

// The few workflow commands the action issues, written as @actions/core 3.0.1 writes them
// (same escaping, same file commands, same messages). @actions/core's entry also imports its
// OIDC client and with it undici: some 800 kB of JavaScript compiled on every start for
// nothing this action does.

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** An input as the runner passes it (INPUT_<NAME>), trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "").trim();
}

export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || "";
  if (file) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: "utf8" });
    return;
  }
  process.stdout.write(EOL);
  command("set-output", { name }, value);
}

/** Appends markdown to the job summary (GITHUB_STEP_SUMMARY). */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
  }
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(file, markdown, { encoding: "utf8" });
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  command("error", commandProperties(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  command("warning", commandProperties(properties), message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

function commandProperties(p: AnnotationProperties): Record<string, string | number | undefined> {
  if (Object.keys(p).length === 0) return {};
  return { title: p.title, file: p.file, line: p.startLine, endLine: undefined, col: p.startColumn, endColumn: undefined };
}

function command(name: string, properties: Record<string, string | number | undefined>, message: string): void {
  let text = `::${name}`;
  const set = Object.entries(properties).filter(([, v]) => v);
  if (Object.keys(properties).length > 0) text += ` ${set.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}`;
  process.stdout.write(`${text}::${escapeData(message)}${EOL}`);
}

function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
