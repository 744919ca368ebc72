import type { Override, PullRequestInfo } from "../core/model.js";
import type { Policy } from "../core/policy.js";
import type { GitHubClient } from "./client.js";

export interface PullRequestFacts {
  number: number;
  author: string;
  labels: string[];
  body: string;
}

export interface Verified {
  pr: PullRequestInfo;
  override?: Override;
  notes: string[];
}

/**
 * What the pull request says, read from the API where the payload cannot be trusted: who
 * approved, and who applied the force-promote label. Only the calls the policy needs are made.
 */
export async function readPullRequest(client: GitHubClient, policy: Policy, facts: PullRequestFacts): Promise<Verified> {
  const notes: string[] = [];
  const needsApprovals = policy.gates.some((g) => g.type === "approvals") || policy.models.some((m) => m.gates.some((g) => g.type === "approvals"));
  const approvals = needsApprovals ? await client.approvals(facts.number) : [];
  const teamsNamed = new Set<string>();
  for (const g of [...policy.gates, ...policy.models.flatMap((m) => m.gates)]) {
    for (const who of (g.from as string[] | undefined) ?? []) if (who.startsWith("@")) teamsNamed.add(who);
  }
  const teams: Record<string, string[]> = {};
  for (const team of teamsNamed) teams[team] = await members(client, team, approvals);
  const pr: PullRequestInfo = { number: facts.number, author: facts.author, labels: facts.labels, approvals, teams, body: facts.body };

  const rule = policy.override;
  if (!rule?.label || !facts.labels.includes(rule.label)) return { pr, notes };
  const actor = await client.labelAppliedBy(facts.number, rule.label);
  if (!actor) {
    notes.push(`The label ${rule.label} is on the pull request, but the issue events show no one applying it: the override is not honoured.`);
    return { pr, notes };
  }
  const listed = await isListed(client, rule.actors, actor);
  if (!listed) {
    notes.push(`The label ${rule.label} was applied by ${actor}, who is not listed in override.actors: the override is not honoured.`);
    return { pr, notes };
  }
  const reason = overrideReason(facts.body);
  if (rule.require_reason && !reason) {
    notes.push(`The label ${rule.label} was applied by ${actor}, but the pull request body has no "Override-Reason:" line: the override is not honoured.`);
    return { pr, notes };
  }
  notes.push(`Force-promote: ${rule.label} applied by ${actor}${reason ? `, reason: ${reason}` : ""}.`);
  return { pr, notes, override: { actor, reason: reason ?? "(no reason given)" } };
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
