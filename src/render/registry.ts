import type { EventAudit } from "../core/audit.js";
import { plural } from "../core/gates/finding.js";
import type { HistoryEvent } from "../core/history.js";
import { toInstant, whenOf } from "../core/time.js";
import type { AuditLookup, RollbackPlan, StatusEntry } from "../registry.js";
import { escapeCommandLines, escapeTerminal } from "./words.js";

/**
 * Columns for the terminal; every cell may come from a manifest or a commit, so each is
 * escaped. A row may carry a line shown under it (its audit), escaped too.
 */
function table(raw: string[][], under: Array<string | null> = []): string {
  if (raw.length === 0) return "";
  const rows = raw.map((r) => r.map(escapeTerminal));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return `${rows
    .map((r, n) => {
      const line = r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i])))
        .join("  ")
        .trimEnd();
      const extra = under[n];
      return extra ? `${line}\n  ${escapeTerminal(extra)}` : line;
    })
    .join("\n")}\n`;
}

/** One line of what the audit note of a merge says: approvals, override with its reason, waivers; or that it is not trusted. */
export function auditLine(audit: EventAudit | null): string | null {
  if (!audit) return null;
  if (audit.status === "unreadable") return `audit: unreadable note, not trusted: ${audit.problem}`;
  const parts = [`verdict ${audit.result}`, audit.approvals.length ? `approved by ${audit.approvals.join(", ")}` : "no approvals recorded"];
  if (audit.override) parts.push(`overridden by ${audit.override.actor} (${JSON.stringify(audit.override.reason)})`);
  for (const w of audit.waivers) parts.push(`waived ${w.gate} (${JSON.stringify(w.reason)}${w.expires ? `, expires ${w.expires}` : ""})`);
  return `audit: ${parts.join("; ")}`;
}

function versions(from: string | null, to: string | null): string {
  if (from && to && from !== to) return `${from} → ${to}`;
  return to ?? from ?? "";
}

export function renderHistory(events: HistoryEvent[], audit?: AuditLookup): string {
  if (events.length === 0) return "no changes of governed manifests on this branch\n";
  const under = [null, ...events.map((e) => auditLine(audit?.(e) ?? null))];
  return table(
    [
      ["date", "model", "kind", "version", "commit", "pr", "author"],
      ...events.map((e) => [
        e.date.slice(0, 16).replace("T", " "),
        e.model,
        e.kind + (e.reverts ? ` (reverts ${e.reverts.slice(0, 7)})` : ""),
        versions(e.from, e.to),
        e.commit.slice(0, 7),
        e.pr ? `#${e.pr}` : "",
        e.author,
      ]),
    ],
    under,
  );
}

export function renderStatus(status: StatusEntry[], now: Date = new Date(), audit?: AuditLookup): string {
  if (status.length === 0) return "no governed model is active at this commit\n";
  const under = [null, ...status.map((s) => auditLine(audit?.(s) ?? null))];
  const aliases = status.some((s) => s.alias !== undefined);
  const stages = status.some((s) => s.stage !== undefined);
  const rollouts = status.some((s) => s.rollout !== undefined);
  const nexts = status.some((s) => s.next !== undefined);
  const head = [
    "model",
    ...(aliases ? ["alias"] : []),
    "version",
    "since",
    "days",
    ...(stages ? ["stage"] : []),
    ...(rollouts ? ["rollout"] : []),
    "rollbacks",
    ...(nexts ? ["next step"] : []),
    "commit",
    "pr",
  ];
  return table(
    [
      head,
      ...status.map((s) => [
        s.model,
        ...(aliases ? [s.alias ?? ""] : []),
        s.version ?? "",
        s.since.slice(0, 10),
        String(s.days),
        ...(stages ? [s.stage ? `${s.stage.value} (${plural(s.stage.days, "day")})` : ""] : []),
        ...(rollouts ? [s.rollout ? `${s.rollout.percent}% (${plural(s.rollout.days, "day")})` : ""] : []),
        `${s.rollbacks_window.count} in ${plural(s.rollbacks_window.days, "day")}`,
        ...(nexts ? [s.next ? nextStep(s.next, now) : ""] : []),
        s.commit.slice(0, 7),
        s.pr ? `#${s.pr}` : "",
      ]),
    ],
    under,
  );
}

function nextStep(next: NonNullable<StatusEntry["next"]>, now: Date): string {
  const at = toInstant(next.allowed_from) as number;
  return at <= now.getTime() ? `${next.step} allowed now` : `${next.step} allowed from ${whenOf(at)}`;
}

export function renderRollback(plan: RollbackPlan, branch: string | null): string {
  const from = `${plan.source.commit.slice(0, 7)}${plan.source.pr ? `, #${plan.source.pr}` : ""}`;
  const lines = [`Wrote ${plan.path} as it was when ${plan.model} ${plan.target} was last active (${from}); ${plan.current} serves now.`, ""];
  const name = `rollback/${plan.model}-${plan.target}`;
  if (branch) {
    lines.push(`Committed on the new branch ${branch}. To open the pull request:`, `  git push -u origin ${branch}`, "");
  } else {
    lines.push(
      "To propose it as a pull request:",
      `  git switch -c ${name}`,
      `  git add ${plan.path}`,
      `  git commit -m "Roll back ${plan.model} to ${plan.target}"`,
      `  git push -u origin ${name}`,
      "",
    );
  }
  const pr = plan.promotedBy.pr ? `pull request #${plan.promotedBy.pr}` : `commit ${plan.promotedBy.commit.slice(0, 7)}`;
  lines.push(`Or revert ${pr}, which made ${plan.current} active (GitHub's Revert button, or git revert -m 1 ${plan.promotedBy.commit.slice(0, 7)}).`);
  // Each line is our wording with values in it: escaped line by line, so its own breaks stay.
  return escapeCommandLines(`${lines.map(escapeTerminal).join("\n")}\n`);
}
