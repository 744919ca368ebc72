import { writeFileSync } from "node:fs";
import { DEFAULT_POLICY_PATH } from "../core/policy.js";
import { ModelgateError, type Problem } from "../core/problem.js";
import { errorReport, type Report } from "../core/report.js";
import { ensureCommits } from "../git/fetch.js";
import { GitRepo } from "../git/repo.js";
import { GitHubClient, GitHubError } from "../github/client.js";
import { readPullRequest } from "../github/pull-request.js";
import { upsertComment } from "../github/sticky.js";
import { historyJson, readHistory } from "../registry.js";
import { type Annotation, annotations } from "../render/annotations.js";
import { renderComment } from "../render/comment.js";
import { renderJson } from "../render/json.js";
import { renderMarkdown } from "../render/markdown.js";
import { changeVerb } from "../render/words.js";
import { runCheck } from "../runner.js";
import { VERSION } from "../version.js";
import type { ActionSettings } from "./settings.js";

/** What the action does to the world, so that everything else is plain code. */
export interface ActionIO {
  setOutput(name: string, value: string): void;
  summary(markdown: string): Promise<void>;
  annotate(a: Annotation): void;
  info(message: string): void;
  warning(message: string): void;
  setFailed(message: string): void;
}

export async function runAction(s: ActionSettings, io: ActionIO, now = new Date()): Promise<void> {
  const client = new GitHubClient({ token: s.token, apiUrl: s.apiUrl, owner: s.owner, repo: s.repo, timeoutMs: s.timeoutMs, log: io.info });
  try {
    if (s.push) await reportPush(s, io);
    else await checkChange(s, io, client, now);
  } finally {
    io.info(`modelgate made ${client.calls} GitHub API call${client.calls === 1 ? "" : "s"}`);
  }
}

async function checkChange(s: ActionSettings, io: ActionIO, client: GitHubClient, now: Date): Promise<void> {
  const range = s.pr ?? s.mergeGroup;
  if (!range) throw new Error("no base and head in the event");
  let report: Report;
  try {
    const repo = await GitRepo.open(s.cwd);
    try {
      await ensureCommits(repo, range.base, range.head, io.info, s.pr?.number);
    } finally {
      repo.close();
    }
    const pr = s.pr;
    report = await runCheck({
      cwd: s.cwd,
      base: range.base,
      head: range.head,
      policy: s.policy,
      policyRef: s.policyRef,
      now,
      pullRequest: pr ? (policy) => readPullRequest(client, policy, { number: pr.number, author: pr.author, labels: pr.labels, body: pr.body }) : undefined,
    });
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    report = errorReport(VERSION, range.head, range.base, { path: s.policy ?? DEFAULT_POLICY_PATH, ref: range.base, files: [] }, err.problems);
  }

  writeFileSync(s.reportPath, renderJson(report));
  io.setOutput("result", report.result);
  io.setOutput(
    "changes",
    JSON.stringify(report.changes.map((c) => ({ model: c.model, path: c.path, kind: c.kind, from: c.from, to: c.to, result: c.result }))),
  );
  io.setOutput("report-path", s.reportPath);

  const { shown, hidden } = annotations(report);
  for (const a of shown) io.annotate(a);
  for (const p of report.result === "error" ? report.errors : []) io.annotate(problemAnnotation(p));
  const overflow =
    hidden > 0
      ? `\n${hidden} more finding${hidden === 1 ? " is" : "s are"} in this report but not annotated: GitHub shows at most 10 errors and 10 warnings a step.\n`
      : "";
  await io.summary(renderMarkdown(report) + overflow);

  if (s.pr && s.comment !== "never") await comment(s, io, client, report, s.pr.number);

  const warned = report.summary.warned > 0;
  if (s.failOn === "never") return;
  if (report.result === "error")
    io.setFailed(`modelgate could not run: ${report.errors.map((e) => `${e.file}${e.line ? `:${e.line}:${e.column}` : ""}: ${e.message}`).join("; ")}`);
  else if (report.result === "fail")
    io.setFailed(
      `modelgate: ${report.summary.failed} gate${report.summary.failed === 1 ? "" : "s"} failed${report.errors.length ? `, ${report.errors.length} file(s) unreadable` : ""}`,
    );
  else if (s.failOn === "warning" && warned)
    io.setFailed(`modelgate: ${report.summary.warned} gate warning${report.summary.warned === 1 ? "" : "s"} (fail-on: warning)`);
}

async function comment(s: ActionSettings, io: ActionIO, client: GitHubClient, report: Report, pr: number): Promise<void> {
  const create = s.comment === "always" || report.changes.length > 0 || report.errors.length > 0;
  const body = renderComment(report, { summaryUrl: s.runUrl });
  try {
    const owner = await client.ownLogin();
    const done = await upsertComment(client, pr, body, owner, create);
    if (done.action !== "none") io.info(`results comment ${done.action}${done.id ? ` (${done.id})` : ""}`);
  } catch (err) {
    if (!(err instanceof GitHubError)) throw err;
    if (err.status === 403 || err.status === 404) {
      io.warning(
        "The results comment could not be written: the token is read-only here (as for pull requests from forks). The verdict stands; the report is in the job summary.",
      );
    } else if (err.status === 422) {
      io.warning(`GitHub refused the results comment (${err.message}); the report is in the job summary.`);
    } else {
      io.warning(`The results comment could not be written (${err.message}); the report is in the job summary.`);
    }
  }
}

function problemAnnotation(p: Problem): Annotation {
  return {
    level: "error",
    title: "modelgate: configuration",
    message: p.message + (p.hint ? ` (${p.hint})` : ""),
    file: p.file,
    line: p.line,
    column: p.column,
  };
}

/** After a merge to the default branch: what was promoted or rolled back, for deploy steps. No gates. */
async function reportPush(s: ActionSettings, io: ActionIO): Promise<void> {
  const push = s.push as NonNullable<ActionSettings["push"]>;
  const empty = () => {
    io.setOutput("result", "pass");
    io.setOutput("changes", "[]");
  };
  if (push.ref !== `refs/heads/${push.defaultBranch}` || /^0+$/.test(push.after)) {
    io.info(`push to ${push.ref}: modelgate reports only pushes to the default branch (${push.defaultBranch})`);
    return empty();
  }
  const repo = await GitRepo.open(s.cwd);
  try {
    const before = /^0+$/.test(push.before) ? null : push.before;
    if (before) await ensureCommits(repo, before, push.after, io.info);
    const range = await repo.firstParentRange(before, push.after);
    const events = (await readHistory({ repo, ref: push.after, policy: s.policy })).filter((e) => range.has(e.commit));
    const changes = historyJson(events);
    writeFileSync(s.reportPath, `${JSON.stringify(changes, null, 2)}\n`);
    io.setOutput("result", "pass");
    io.setOutput("changes", JSON.stringify(changes));
    io.setOutput("report-path", s.reportPath);
    const lines = events.map((e) => `- ${changeVerb(e)}${e.pr ? ` (#${e.pr})` : ""}, commit \`${e.commit.slice(0, 7)}\``);
    await io.summary(
      `### modelgate: ${events.length ? `${events.length} model change${events.length === 1 ? "" : "s"} merged` : "no governed manifest changed"}\n\n${lines.join("\n")}\n`,
    );
  } finally {
    repo.close();
  }
}
