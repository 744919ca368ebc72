import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { ModelgateError } from "../core/problem.js";

/** Everything the action needs, from its inputs and the event; the only input to runAction. */
export interface ActionSettings {
  cwd: string;
  event: "pull_request" | "pull_request_target" | "pull_request_review" | "merge_group" | "push";
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  runUrl?: string;
  policy?: string;
  policyRef: "base" | "head";
  comment: "on-change" | "always" | "never";
  failOn: "error" | "warning" | "never";
  reportPath: string;
  /** Per-request timeout for the GitHub API (MODELGATE_GITHUB_TIMEOUT_MS, default 30 s). */
  timeoutMs: number;
  /** The whole run's deadline (input timeout-seconds, default 300 s): past it, requests are aborted and the step fails. */
  runTimeoutMs: number;
  /** On push: write the verdict of each merge as a git note (refs/notes/modelgate) and push it (input audit-notes, default true). */
  auditNotes: boolean;
  /** The login the token writes comments as, when GET /user cannot say (GitHub App installation tokens). */
  commentAuthor?: string;
  pr?: {
    number: number;
    base: string;
    head: string;
    author: string;
    labels: string[];
    body: string;
    /** GitHub's merge commit for the pull request, when the event names one: what merging will produce. */
    merge?: string;
    /** The event's action (opened, synchronize, labeled …) and, for labeled, the label. */
    action: string;
    label?: string;
  };
  mergeGroup?: { base: string; head: string };
  push?: { before: string; after: string; ref: string; defaultBranch: string };
}

type Inputs = (name: string) => string;

function choice<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === "") return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ModelgateError({
    file: `input ${name}`,
    message: `must be one of ${allowed.join(", ")}, not "${value}"`,
    hint: "fix the with: block of the workflow step",
  });
}

function seconds(name: string, value: string, fallback: number): number {
  if (value === "") return fallback;
  if (/^\d+$/.test(value) && Number(value) > 0) return Number(value);
  throw new ModelgateError({
    file: `input ${name}`,
    message: `must be a whole number of seconds, not "${value}"`,
    hint: "fix the with: block of the workflow step",
  });
}

export function readSettings(input: Inputs, env: NodeJS.ProcessEnv): ActionSettings {
  const event = env.GITHUB_EVENT_NAME ?? "";
  const supported = ["pull_request", "pull_request_target", "pull_request_review", "merge_group", "push"] as const;
  if (!(supported as readonly string[]).includes(event)) {
    throw new ModelgateError({
      file: "workflow",
      message: `modelgate runs on ${supported.join(", ")}, not on ${event || "an unknown event"}`,
      hint: "change the workflow's on: block",
    });
  }
  let payload: Record<string, any>;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8"));
  } catch (err) {
    throw new ModelgateError({
      file: env.GITHUB_EVENT_PATH || "GITHUB_EVENT_PATH",
      message: `the event payload cannot be read: ${(err as Error).message.split("\n")[0]}`,
      hint: "the action runs in GitHub Actions, which provides the event; on another CI system use the command line (modelgate check)",
    });
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? "/").split("/");
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const dir = input("working-directory") || ".";
  const token = input("token");
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const settings: ActionSettings = {
    cwd: isAbsolute(dir) ? dir : resolve(workspace, dir),
    event: event as ActionSettings["event"],
    token,
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    owner,
    repo,
    runUrl: env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    policy: input("policy") || undefined,
    policyRef: choice("policy-ref", input("policy-ref"), ["base", "head"], "base"),
    comment: choice("comment", input("comment"), ["on-change", "always", "never"], "on-change"),
    failOn: choice("fail-on", input("fail-on"), ["error", "warning", "never"], "error"),
    reportPath: join(env.RUNNER_TEMP ?? tmpdir(), "modelgate-report.json"),
    timeoutMs: Number(env.MODELGATE_GITHUB_TIMEOUT_MS) > 0 ? Number(env.MODELGATE_GITHUB_TIMEOUT_MS) : 30_000,
    runTimeoutMs: seconds("timeout-seconds", input("timeout-seconds"), 300) * 1000,
    commentAuthor: input("comment-author") || undefined,
    auditNotes: choice("audit-notes", input("audit-notes"), ["true", "false"], "true") === "true",
  };
  if (event === "pull_request" || event === "pull_request_target" || event === "pull_request_review") {
    const pr = payload.pull_request;
    // On pull_request (and its reviews) GITHUB_SHA is the merge commit GitHub made for this
    // run (refs/pull/N/merge); on pull_request_target it is the base, so the payload's
    // merge_commit_sha names the merge. Either is checked against the head before use.
    const merge = event === "pull_request_target" ? pr.merge_commit_sha : env.GITHUB_SHA;
    settings.pr = {
      number: pr.number,
      base: pr.base.sha,
      head: pr.head.sha,
      author: pr.user?.login ?? "",
      labels: (pr.labels ?? []).map((l: { name: string }) => l.name),
      body: pr.body ?? "",
      merge: typeof merge === "string" && /^[0-9a-f]{40,64}$/.test(merge) && merge !== pr.head.sha ? merge : undefined,
      action: String(payload.action ?? ""),
      label: event === "pull_request" || event === "pull_request_target" ? payload.label?.name : undefined,
    };
  } else if (event === "merge_group") {
    settings.mergeGroup = { base: payload.merge_group.base_sha, head: payload.merge_group.head_sha };
  } else {
    settings.push = { before: payload.before, after: payload.after, ref: payload.ref, defaultBranch: payload.repository?.default_branch ?? "main" };
  }
  return settings;
}
