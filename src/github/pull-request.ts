import type { Override, PullRequestInfo } from "../core/model.js";
import type { Policy } from "../core/policy.js";
import type { GitHubClient } from "./client.js";

export interface PullRequestFacts {
  number: number;
  author: string;
  labels: string[];
  body: string;
  /** The pull request's head commit: reviews and the override label hold for it only. */
  head: string;
  /** What started this run, from the event payload (GitHub's word): `labeled` with the label's name. */
  trigger?: { action: string; label?: string };
  /** The override this action honoured before, from its own comment: for which head, on which label event. */
  record?: OverrideRecord | null;
}

/** An honoured override, written into the action's own comment so a later run knows which head it was for. */
export interface OverrideRecord {
  head: string;
  event: number;
}

export interface Verified {
  pr: PullRequestInfo;
  override?: Override;
  /** Written into the comment, for the next run. */
  record?: OverrideRecord;
  notes: string[];
}

/**
 * What the pull request says, read from the API where the payload cannot be trusted: who
 * approved the head, with what access, and who applied the force-promote label, for which
 * head. Only the calls the policy needs are made.
 */
export async function readPullRequest(client: GitHubClient, policy: Policy, facts: PullRequestFacts): Promise<Verified> {
  const notes: string[] = [];
  const gates = [...policy.gates, ...policy.models.flatMap((m) => m.gates)].filter((g) => g.type === "approvals");
  const pr: PullRequestInfo = { number: facts.number, author: facts.author, labels: facts.labels, approvals: [], teams: {}, body: facts.body };
  if (gates.length > 0) {
    const reviews = await client.reviews(facts.number);
    const short = facts.head.slice(0, 7);
    pr.notCounted = [];
    for (const r of reviews.filter((r) => r.state === "APPROVED")) {
      // An approval is of the commit it was given on: a push after it changes what was approved.
      if (r.commit === facts.head) pr.approvals.push(r.login);
      else pr.notCounted.push({ login: r.login, reason: `approved ${r.commit.slice(0, 7) || "an older commit"}, not the head ${short}` });
    }
    const author = facts.author.toLowerCase();
    // Write access matters only where a gate names nobody; the repository's owner has it by definition.
    if (gates.some((g) => !g.from)) {
      pr.writers = [];
      for (const r of reviews) {
        if (!pr.approvals.includes(r.login) || r.login.toLowerCase() === author) continue;
        if (r.association === "OWNER" || ["admin", "maintain", "write"].includes(await client.permission(r.login))) pr.writers.push(r.login);
      }
    }
    const teamsNamed = new Set<string>();
    for (const g of gates) for (const who of (g.from as string[] | undefined) ?? []) if (who.startsWith("@")) teamsNamed.add(who);
    for (const team of teamsNamed) pr.teams[team] = await members(client, team, pr.approvals);
  }

  const rule = policy.override;
  if (!rule?.label || !facts.labels.includes(rule.label)) return { pr, notes };
  const applied = await client.labelApplied(facts.number, rule.label);
  if (!applied) {
    notes.push(`The label ${rule.label} is on the pull request, but the issue events show no one applying it: the override is not honoured.`);
    return { pr, notes };
  }
  const actor = applied.actor;
  const listed = await isListed(client, rule.actors, actor);
  if (!listed) {
    notes.push(`The label ${rule.label} was applied by ${actor}, who is not listed in override.actors: the override is not honoured.`);
    return { pr, notes };
  }
  // The override holds for the head it was applied on. GitHub's own word for that is the
  // `labeled` event that started this run (its payload names the head then), or this action's
  // record of honouring that same label event for this same head.
  const short = facts.head.slice(0, 7);
  const labeledNow = facts.trigger?.action === "labeled" && facts.trigger.label === rule.label;
  const recorded = facts.record && facts.record.event === applied.id;
  if (!labeledNow && !(recorded && facts.record?.head === facts.head)) {
    const when = recorded ? `on ${facts.record?.head.slice(0, 7)}, before the push of ${short}` : `before ${short} became the head (or its run was cancelled)`;
    notes.push(
      `The label ${rule.label} was applied by ${actor} ${when}: an override holds only for the head it was given on. Remove the label and apply it again to force-promote ${short}.`,
    );
    return { pr, notes };
  }
  const reason = overrideReason(facts.body);
  if (rule.require_reason && !reason) {
    notes.push(`The label ${rule.label} was applied by ${actor}, but the pull request body has no "Override-Reason:" line: the override is not honoured.`);
    return { pr, notes };
  }
  notes.push(`Force-promote: ${rule.label} applied by ${actor} on ${short}${reason ? `, reason: ${reason}` : ""}. A new push needs the label applied again.`);
  return { pr, notes, override: { actor, reason: reason ?? "(no reason given)" }, record: { head: facts.head, event: applied.id } };
}

async function isListed(client: GitHubClient, actors: string[], login: string): Promise<boolean> {
  for (const who of actors) {
    if (!who.startsWith("@") && who.toLowerCase() === login.toLowerCase()) return true;
  }
  for (const who of actors) {
    if (who.startsWith("@") && (await members(client, who, [login])).length > 0) return true;
  }
  return false;
}

async function members(client: GitHubClient, team: string, logins: string[]): Promise<string[]> {
  const [org, slug] = team.slice(1).split("/");
  if (!org || !slug) return [];
  const out: string[] = [];
  for (const login of logins) if (await client.isTeamMember(org, slug, login)) out.push(login);
  return out;
}

/** The `Override-Reason:` line of a pull request body, outside code blocks, quotes and inline code. */
export function overrideReason(body: string): string | null {
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || /^\s*>/.test(line) || /^( {4}|\t)/.test(line)) continue;
    const m = /^\s*Override-Reason:\s*(\S.*?)\s*$/.exec(line);
    if (m) return m[1];
  }
  return null;
}
