import { type AuditNote, auditNote, noteText, readAuditNote } from "../core/audit.js";
import type { HistoryEvent } from "../core/history.js";
import { DEFAULT_POLICY_PATH } from "../core/policy.js";
import { ModelgateError } from "../core/problem.js";
import { errorReport } from "../core/report.js";
import { AuditNotes } from "../git/notes.js";
import type { GitRepo } from "../git/repo.js";
import { type GitHubClient, GitHubError, type MergedPullRequest } from "../github/client.js";
import { readPullRequest } from "../github/pull-request.js";
import { ownComments } from "../github/sticky.js";
import { readOverrideRecord } from "../render/comment.js";
import { runCheck } from "../runner.js";
import { VERSION } from "../version.js";
import type { ActionIO } from "./run.js";
import type { ActionSettings } from "./settings.js";

/** What the audit step did, for the job summary. */
export interface AuditOutcome {
  /** The notes judged for this push, whether or not they were pushed: for the job summary. */
  records: AuditNote[];
  written: string[];
  kept: string[];
  pushed: boolean;
}

const PERMISSION_HINT =
  "the job needs permissions: contents: write and a checkout that keeps its credentials (actions/checkout's default persist-credentials: true); or set audit-notes: false";

/**
 * After a push to the default branch: for each pushed commit that changed a governed
 * manifest, the verdict of what was merged, judged again as the pull request path judges
 * (base = the commit's first parent and its policy, the pull request's approvals, label and
 * body read from the API, never from the commit message), kept as a git note on the commit
 * and pushed to origin's refs/notes/modelgate. Nothing here fails the job: a note that cannot
 * be written or pushed is a warning.
 */
export async function recordAudit(
  s: ActionSettings,
  io: ActionIO,
  client: GitHubClient,
  repo: GitRepo,
  events: HistoryEvent[],
  now: Date,
): Promise<AuditOutcome> {
  const outcome: AuditOutcome = { records: [], written: [], kept: [], pushed: false };
  const notes = new AuditNotes(repo.dir);
  if (!(await notes.hasOrigin())) {
    io.warning("modelgate: the audit notes were not written: this checkout has no origin remote to push refs/notes/modelgate to.");
    return outcome;
  }
  const commits = [...new Set(events.map((e) => e.commit))];
  const records: AuditNote[] = [];
  for (const commit of commits) {
    try {
      const note = await judgeMerge(s, io, client, repo, commit, events.find((e) => e.commit === commit)?.pr ?? null, now);
      // A note history would refuse is not written: checked here as history will check it.
      const check = note ? readAuditNote(noteText(note), commit) : null;
      if (check && "problem" in check) io.warning(`modelgate: no audit note for ${commit.slice(0, 7)}: ${check.problem}`);
      else if (note) records.push(note);
    } catch (err) {
      if (!(err instanceof GitHubError) && !(err instanceof ModelgateError)) throw err;
      io.warning(`modelgate: no audit note for ${commit.slice(0, 7)}: ${err.message}`);
    }
  }
  outcome.records = records;
  if (records.length === 0) return outcome;

  // Origin's notes first, so a note another run wrote meanwhile is kept; once more if the ref moved during the push.
  for (let attempt = 1; attempt <= 2; attempt++) {
    // On the first try origin may have no notes yet: that is not a failure. On the retry it has
    // (it moved), and without it the notes just written here would be taken for origin's.
    const fetched = await notes.fetch();
    if (attempt === 2 && !fetched.ok) {
      io.warning(
        `modelgate: origin's refs/notes/modelgate moved during the push and could not be fetched again (${fetched.why}); re-run the job to write the audit notes.`,
      );
      return outcome;
    }
    outcome.written = [];
    outcome.kept = [];
    for (const note of records) {
      const existing = await notes.show(note.commit);
      if (existing !== null) {
        // One record per commit, the first written: a re-run does not replace it, and a note modelgate did not write is never overwritten.
        const read = readAuditNote(existing, note.commit);
        if ("note" in read) io.info(`modelgate: ${note.commit.slice(0, 7)} already has an audit note (written ${read.note.written_at}); it is kept.`);
        else
          io.warning(
            `modelgate: ${note.commit.slice(0, 7)} already has a note in refs/notes/modelgate that is not a valid audit note (${read.problem}); it is left in place and no audit note was written for this commit.`,
          );
        outcome.kept.push(note.commit);
        continue;
      }
      const added = await notes.add(note.commit, noteText(note));
      if (!added.ok) {
        io.warning(`modelgate: the audit note for ${note.commit.slice(0, 7)} could not be written: ${added.why}`);
        continue;
      }
      outcome.written.push(note.commit);
    }
    if (outcome.written.length === 0) return outcome;
    const pushed = await notes.push();
    if (pushed.ok) {
      outcome.pushed = true;
      io.info(
        `modelgate: audit note${outcome.written.length === 1 ? "" : "s"} pushed to origin's refs/notes/modelgate for ${outcome.written.map((c) => c.slice(0, 7)).join(", ")}`,
      );
      return outcome;
    }
    if (!pushed.moved || attempt === 2) {
      io.warning(
        `modelgate: the audit note${outcome.written.length === 1 ? "" : "s"} for ${outcome.written.map((c) => c.slice(0, 7)).join(", ")} could not be pushed to origin's refs/notes/modelgate (${pushed.why}): ${pushed.moved ? "the notes ref kept moving; re-run the job" : PERMISSION_HINT}. The merge itself is unaffected.`,
      );
      return outcome;
    }
    io.info("modelgate: origin's refs/notes/modelgate moved during the push; fetching it and writing the notes again.");
  }
  return outcome;
}

/** The note for one merged commit: its pull request from the API, and the verdict with the facts the pull request path uses. */
async function judgeMerge(
  s: ActionSettings,
  io: ActionIO,
  client: GitHubClient,
  repo: GitRepo,
  commit: string,
  numberInMessage: number | null,
  now: Date,
): Promise<AuditNote | null> {
  const [base] = await repo.resolveAll([[`${commit}^1`, "the merge's first parent"]]).catch(() => [null]);
  if (!base) {
    io.info(`modelgate: ${commit.slice(0, 7)} is a root commit: there is no base to judge it against, so no audit note.`);
    return null;
  }
  const pr = await mergedPullRequest(client, commit, numberInMessage);
  let approvals: string[] = [];
  let override: AuditNote["override"] = null;
  let reviewsRead = false;
  const policyPath = s.policy ?? DEFAULT_POLICY_PATH;
  const report = await runCheck({
    cwd: repo.dir,
    base,
    head: commit,
    policy: s.policy,
    now,
    // As the pull request's check reads them: only `attestation` gates that name no bundle file.
    attestations: (sha256) => client.attestations(sha256),
    pullRequest: pr
      ? async (policy) => {
          const record = await ownRecord(s, client, pr.number);
          const verified = await readPullRequest(client, policy, {
            number: pr.number,
            author: pr.author,
            labels: pr.labels,
            body: pr.body,
            head: pr.head,
            record,
          });
          if (verified.pr.notCounted) {
            reviewsRead = true;
            approvals = verified.pr.approvals;
          }
          if (verified.override) override = { label: policy.override?.label ?? "", actor: verified.override.actor, reason: verified.override.reason };
          return verified;
        }
      : undefined,
  }).catch((err: unknown) => {
    // A policy that does not load judged this merge an error, as the pull request's check did: recorded as such.
    if (!(err instanceof ModelgateError)) throw err;
    return errorReport(VERSION, commit, base, { path: policyPath, ref: base, files: [] }, err.problems);
  });
  // Who approved belongs in the record even where no gate asks for approvals.
  if (pr && !reviewsRead) approvals = (await client.reviews(pr.number)).filter((r) => r.state === "APPROVED" && r.commit === pr.head).map((r) => r.login);
  return auditNote(report, {
    commit,
    base,
    pullRequest: pr ? { number: pr.number, author: pr.author, head: pr.head } : null,
    approvals,
    override,
    now,
  });
}

/**
 * The pull request merged as this commit, as GitHub says: one it associates with the commit
 * whose merge commit is this one. A number in the commit message is only a candidate, checked
 * the same way. Null for a direct push (or a rebase merge's earlier commits).
 */
async function mergedPullRequest(client: GitHubClient, commit: string, numberInMessage: number | null): Promise<MergedPullRequest | null> {
  const listed = await client.pullsOfCommit(commit);
  const number = listed.find((p) => p.merged && p.mergeCommit === commit)?.number ?? numberInMessage;
  if (number === null) return null;
  try {
    const pr = await client.pullRequest(number);
    return pr.merged && pr.mergeCommit === commit ? pr : null;
  } catch (err) {
    // A number in a message that names no pull request is no pull request.
    if (err instanceof GitHubError && err.status === 404) return null;
    throw err;
  }
}

/** The override this action honoured on the pull request, from its own results comment (as the pull request path reads it). */
async function ownRecord(s: ActionSettings, client: GitHubClient, pr: number) {
  const identity = s.commentAuthor ?? (await client.ownLogin());
  const mine = ownComments(await client.listComments(pr), identity);
  return mine[0] ? readOverrideRecord(mine[0].body) : null;
}
