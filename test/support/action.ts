import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "./cli.js";
import type { FakeGitHub } from "./github-api.js";
import { API_OWNER, API_REPO } from "./github-api.js";
import { tempDir } from "./repo.js";

type Example = { name: string; examples: Array<Record<string, unknown>> };
const examples = JSON.parse(readFileSync(join(ROOT, "node_modules/@octokit/webhooks-examples/api.github.com/index.json"), "utf8")) as Example[];

function example(event: string, action?: string): Record<string, unknown> {
  const found = examples.find((e) => e.name === event)?.examples.find((x) => action === undefined || x.action === action);
  if (!found) throw new Error(`no ${event} ${action ?? ""} example`);
  return structuredClone(found);
}

function withRepository(payload: Record<string, unknown>): Record<string, unknown> {
  const repository = payload.repository as Record<string, unknown>;
  repository.full_name = `${API_OWNER}/${API_REPO}`;
  repository.name = API_REPO;
  repository.default_branch = "main";
  return payload;
}

/** A real pull_request webhook payload, edited only in the fields modelgate reads. */
export function pullRequestPayload(p: {
  number: number;
  base: string;
  head: string;
  author?: string;
  labels?: string[];
  body?: string;
  action?: string;
  /** For action labeled: the label that was applied. */
  label?: string;
}) {
  const payload = withRepository(example("pull_request", p.action ?? "opened"));
  if (p.label) payload.label = { id: 77, node_id: "L_77", url: "", name: p.label, color: "d73a4a", default: false, description: null };
  const pr = payload.pull_request as Record<string, Record<string, unknown> | unknown>;
  payload.number = p.number;
  pr.number = p.number;
  (pr.base as Record<string, unknown>).sha = p.base;
  (pr.head as Record<string, unknown>).sha = p.head;
  (pr.user as Record<string, unknown>).login = p.author ?? "trainer";
  pr.labels = (p.labels ?? []).map((name, i) => ({ id: i + 1, node_id: `L_${i}`, url: "", name, color: "d73a4a", default: false, description: null }));
  pr.body = p.body ?? "";
  return payload;
}

/** A real pull_request_review webhook payload (a review submitted), edited in the fields modelgate reads. */
export function pullRequestReviewPayload(p: { number: number; base: string; head: string; author?: string }) {
  const payload = withRepository(example("pull_request_review", "submitted"));
  const pr = payload.pull_request as Record<string, Record<string, unknown> | unknown>;
  pr.number = p.number;
  (pr.base as Record<string, unknown>).sha = p.base;
  (pr.head as Record<string, unknown>).sha = p.head;
  (pr.user as Record<string, unknown>).login = p.author ?? "trainer";
  pr.labels = [];
  pr.body = "";
  return payload;
}

export function pushPayload(p: { before: string; after: string; ref?: string }) {
  const payload = withRepository(example("push"));
  payload.before = p.before;
  payload.after = p.after;
  payload.ref = p.ref ?? "refs/heads/main";
  return payload;
}

export function mergeGroupPayload(p: { base: string; head: string }) {
  const payload = withRepository(example("merge_group"));
  const group = payload.merge_group as Record<string, unknown>;
  group.base_sha = p.base;
  group.head_sha = p.head;
  return payload;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Array<{ level: string; props: Record<string, string>; message: string }>;
}

/** Runs dist/index.js with the runner's environment, against the stand-in API. */
export async function runActionProcess(o: {
  workspace: string;
  event: string;
  payload: unknown;
  api: FakeGitHub;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** The pull request's head as GET /pulls/{n} answers it; default: the payload's (no newer push). */
  currentHead?: string;
}): Promise<ActionRun> {
  const pull = (o.payload as { pull_request?: { number: number; head: { sha: string } } }).pull_request;
  if (pull) o.api.pullHeads.set(pull.number, o.currentHead ?? pull.head.sha);
  const dir = tempDir("modelgate-runner-");
  const files = { event: join(dir, "event.json"), output: join(dir, "output"), summary: join(dir, "summary.md") };
  writeFileSync(files.event, JSON.stringify(o.payload));
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  // The runner passes every input, with action.yml's defaults for those the workflow omits.
  const declared = parse(readFileSync(join(ROOT, "action.yml"), "utf8")).inputs as Record<string, { default?: string }>;
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = o.inputs?.[name] ?? (spec.default === "${{ github.token }}" ? "ghs_test_token" : (spec.default ?? ""));
    inputs[`INPUT_${name.toUpperCase()}`] = value;
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: `${API_OWNER}/${API_REPO}`,
    GITHUB_API_URL: o.api.url,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    RUNNER_TEMP: dir,
    ...inputs,
    ...o.env,
  };
  const child = spawn(process.execPath, [join(ROOT, "dist", "index.js")], { cwd: o.workspace, env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, "utf8")),
    summary: readFileSync(files.summary, "utf8"),
    annotations: parseAnnotations(stdout),
  };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join("\n");
  }
  return out;
}

function parseAnnotations(stdout: string) {
  const out: ActionRun["annotations"] = [];
  for (const line of stdout.split("\n")) {
    const m = /^::(error|warning)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? "").split(",").filter(Boolean)) {
      const [k, ...v] = kv.split("=");
      props[k] = decodeURIComponent(v.join("=").replace(/%2C/g, ","));
    }
    out.push({ level: m[1], props, message: m[3] });
  }
  return out;
}
