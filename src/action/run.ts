import { writeFileSync } from "node:fs";
import { eventAudit, noteText } from "../core/audit.js";
import type { HistoryEvent } from "../core/history.js";
import { DEFAULT_POLICY_PATH } from "../core/policy.js";
import { ModelgateError, type Problem } from "../core/problem.js";
import { errorReport, type Report } from "../core/report.js";
import { ensureCommits } from "../git/fetch.js";
import { GitRepo } from "../git/repo.js";
import { type Comment, GitHubClient, GitHubError } from "../github/client.js";
import { type OverrideRecord, readPullRequest } from "../github/pull-request.js";
import { ownComments, upsertComment } from "../github/sticky.js";
import { historyJson, readHistory } from "../registry.js";
import { type Annotation, annotations } from "../render/annotations.js";
import { readOverrideRecord, renderComment, renderSummary } from "../render/comment.js";
import { renderJson } from "../render/json.js";
import { escapeMarkdown } from "../render/markdown.js";
import { auditLine } from "../render/registry.js";
import { changeVerb } from "../render/words.js";
import { runCheck } from "../runner.js";
import { VERSION } from "../version.js";
import { recordAudit } from "./audit.js";
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

export async function runAction(s: ActionSettings, io: ActionIO, now = new Date(), signal?: AbortSignal): Promise<void> {
  const client = new GitHubClient({ token: s.token, apiUrl: s.apiUrl, owner: s.owner, repo: s.repo, timeoutMs: s.timeoutMs, log: io.info, signal });
  try {
    if (s.push) await reportPush(s, io, client, now);
    else await checkChange(s, io, client, now);
  } finally {
    io.info(`modelgate made ${client.calls} GitHub API call${client.calls === 1 ? "" : "s"}`);
  }
}

/** What the action judges: the base and the commit that merging produces, and how to say so. */
interface Judged {
  base: string;
  head: string;
  /** Said in the report when the judged commit is not the pull request's head. */
  what?: string;
  note?: string;
}

/**
 * On a pull request, the merge: GitHub's merge commit for it, whose first parent is the base
 * as it is now and whose second is the head. A branch forked from an old commit is judged as
 * it will land. Without a usable merge commit (conflicts, not computed yet), the head, said so.
 */
async function judgedRange(s: ActionSettings, io: ActionIO): Promise<Judged> {
  const repo = await GitRepo.open(s.cwd);
  try {
    const pr = s.pr;
    if (pr?.merge) {
      if (!(await repo.hasCommit(pr.merge))) await repo.fetch([`+refs/pull/${pr.number}/merge:refs/modelgate/pull/${pr.number}/merge`]).catch(() => {});
      if (!(await repo.hasCommit(pr.merge))) await repo.fetch([pr.merge]).catch(() => {});
      const merge = pr.merge;
      const parentsOf = async () =>
        (await repo.hasCommit(merge))
          ? await repo
              .resolveAll([
                [`${merge}^1`, "the merge's base"],
                [`${merge}^2`, "the merge's head"],
              ])
              .catch(() => null)
          : null;
      let parents = await parentsOf();
      // A shallow checkout of the merge commit hides its parents: one level more shows them.
      if (!parents && (await repo.isShallow())) {
        await repo.fetch(["--deepen=1", `+refs/pull/${pr.number}/merge:refs/modelgate/pull/${pr.number}/merge`]);
        parents = await parentsOf();
      }
      if (parents && parents[1] === pr.head) {
        await ensureCommits(repo, parents[0], pr.merge, io.info, pr.number);
        return { base: parents[0], head: pr.merge, what: `the merge of head ${pr.head.slice(0, 7)} into base ${parents[0].slice(0, 7)}` };
      }
    }
    const range = pr ?? s.mergeGroup;
    if (!range) throw new Error("no base and head in the event");
    await ensureCommits(repo, range.base, range.head, io.info, pr?.number);
    const note = pr
      ? `GitHub's merge commit for this pull request is not available (a conflict, or not computed yet): the head ${pr.head.slice(0, 7)} is judged against the base, and what merging produces may differ.`
      : undefined;
    return { base: range.base, head: range.head, note };
  } finally {
    repo.close();
  }
}

async function checkChange(s: ActionSettings, io: ActionIO, client: GitHubClient, now: Date): Promise<void> {
  const range = s.pr ?? s.mergeGroup;
  if (!range) throw new Error("no base and head in the event");
  const pr = s.pr;
  // The action's own comment, read once: where to write, and its record of an honoured override.
  // Not needed with comment: never and no label that could be an override.
  const own = pr && (s.comment !== "never" || pr.labels.length > 0) ? await readOwnComment(s, io, client, pr.number) : undefined;
  let report: Report;
  let judged: Judged = { base: range.base, head: range.head };
  let record: OverrideRecord | undefined;
  try {
    judged = await judgedRange(s, io);
    report = await runCheck({
      cwd: s.cwd,
      base: judged.base,
      head: judged.head,
      policy: s.policy,
      policyRef: s.policyRef,
      now,
      // Read only by `attestation` gates that name no bundle file.
      attestations: (sha256) => client.attestations(sha256),
      pullRequest: pr
        ? async (policy) => {
            const verified = await readPullRequest(client, policy, {
              number: pr.number,
              author: pr.author,
              labels: pr.labels,
              body: pr.body,
              head: pr.head,
              trigger: { action: pr.action, label: pr.label },
              record: own?.record,
            });
            record = verified.record;
            return verified;
          }
        : undefined,
    });
    if (judged.note) report.notes = [judged.note, ...(report.notes ?? [])];
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    report = errorReport(VERSION, judged.head, judged.base, { path: s.policy ?? DEFAULT_POLICY_PATH, ref: judged.base, files: [] }, err.problems);
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
  await io.summary(renderSummary(report, { extra: overflow, judged: judged.what }));

  if (pr && s.comment !== "never" && own) await comment(s, io, client, report, { ...own, judged: judged.what, honoured: record });

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

interface OwnComment {
  identity: string | null;
  comments?: Comment[];
  record: OverrideRecord | null;
}

/** Who the token writes as (input, else GET /user), the pull request's comments, and the override record in ours. */
async function readOwnComment(s: ActionSettings, io: ActionIO, client: GitHubClient, pr: number): Promise<OwnComment> {
  try {
    const identity = s.commentAuthor ?? (await client.ownLogin());
    const comments = await client.listComments(pr);
    const mine = ownComments(comments, identity);
    return { identity, comments, record: mine[0] ? readOverrideRecord(mine[0].body) : null };
  } catch (err) {
    if (!(err instanceof GitHubError)) throw err;
    io.warning(`The pull request's comments could not be read (${err.message}); the verdict stands, the report is in the job summary.`);
    return { identity: null, record: null };
  }
}

async function comment(
  s: ActionSettings,
  io: ActionIO,
  client: GitHubClient,
  report: Report,
  o: OwnComment & { judged?: string; honoured?: OverrideRecord },
): Promise<void> {
  const pr = s.pr as NonNullable<ActionSettings["pr"]>;
  const create = s.comment === "always" || report.changes.length > 0 || report.errors.length > 0;
  const body = renderComment(report, { summaryUrl: s.runUrl, prHead: pr.head, judged: o.judged, override: o.honoured });
  try {
    // A run for an older head that finishes last must not replace the newer head's verdict.
    const current = await client.currentHead(pr.number);
    if (current !== pr.head) {
      io.info(
        `The pull request's head is now ${current.slice(0, 7)}; this run judged ${pr.head.slice(0, 7)}, so the comment is left to the run for the newer head.`,
      );
      return;
    }
    const done = await upsertComment(client, pr.number, body, o.identity, create, o.comments);
    if (done.action !== "none") io.info(`results comment ${done.action}${done.id ? ` (${done.id})` : ""}${done.author ? ` by ${done.author}` : ""}`);
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
async function reportPush(s: ActionSettings, io: ActionIO, client: GitHubClient, now: Date): Promise<void> {
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
    // Model names and versions come from manifests: escaped like every markdown the action writes.
    const audit = s.auditNotes && events.length > 0 ? await recordAudit(s, io, client, repo, events, now) : null;
    // What each merge's audit records (approvals, override, waivers): text from the API and the policy, escaped as markdown.
    const recorded = (e: HistoryEvent) => {
      const note = audit?.records.find((n) => n.commit === e.commit);
      const line = note ? auditLine(eventAudit(noteText(note), e.commit, e.path)) : null;
      return line ? `<br>${escapeMarkdown(line, 1000)}` : "";
    };
    const lines = events.map((e) => `- ${escapeMarkdown(changeVerb(e))}${e.pr ? ` (#${e.pr})` : ""}, commit \`${e.commit.slice(0, 7)}\`${recorded(e)}`);
    const pushedLine = audit?.pushed
      ? `\nAudit note${audit.written.length === 1 ? "" : "s"} pushed to \`refs/notes/modelgate\` for ${audit.written.map((c) => `\`${c.slice(0, 7)}\``).join(", ")}.\n`
      : audit && audit.written.length === 0 && audit.kept.length > 0
        ? "\nThe audit notes in `refs/notes/modelgate` were already there; they are kept.\n"
        : audit
          ? "\nNo audit note was pushed to `refs/notes/modelgate` (see the warnings above).\n"
          : "";
    await io.summary(
      `### modelgate: ${events.length ? `${events.length} model change${events.length === 1 ? "" : "s"} merged` : "no governed manifest changed"}\n\n${lines.join("\n")}\n${pushedLine}`,
    );
  } finally {
    repo.close();
  }
}
