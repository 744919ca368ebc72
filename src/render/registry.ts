import type { HistoryEvent, ModelStatus } from "../core/history.js";
import type { RollbackPlan } from "../registry.js";
import { escapeCommandLines, escapeTerminal } from "./words.js";

/** Columns for the terminal; every cell may come from a manifest or a commit, so each is escaped. */
function table(raw: string[][]): string {
  if (raw.length === 0) return "";
  const rows = raw.map((r) => r.map(escapeTerminal));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return `${rows
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n")}\n`;
}

function versions(from: string | null, to: string | null): string {
  if (from && to && from !== to) return `${from} → ${to}`;
  return to ?? from ?? "";
}

export function renderHistory(events: HistoryEvent[]): string {
  if (events.length === 0) return "no changes of governed manifests on this branch\n";
  return table([
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
  ]);
}

export function renderStatus(status: ModelStatus[]): string {
  if (status.length === 0) return "no governed model is active at this commit\n";
  const certified = status.some((s) => s.certification);
  return table([
    ["model", "version", "state", "since", "days", "rollbacks", ...(certified ? ["certified"] : []), "commit", "pr"],
    ...status.map((s) => [
      s.model,
      s.version ?? "",
      s.state === "retired" ? `retired (${s.stage})` : "serving",
      s.since.slice(0, 10),
      String(s.days),
      String(s.rollbacks),
      ...(certified ? [certifiedCell(s)] : []),
      s.commit.slice(0, 7),
      s.pr ? `#${s.pr}` : "",
    ]),
  ]);
}

function certifiedCell(s: ModelStatus): string {
  const c = s.certification;
  if (!c) return "";
  if (c.certified) return `since ${c.since?.slice(0, 10)}`;
  return c.clock ? `no (${c.days} days)` : "no";
}

export function renderRollback(plan: RollbackPlan, branch: string | null): string {
  const from = `${plan.source.commit.slice(0, 7)}${plan.source.pr ? `, #${plan.source.pr}` : ""}`;
  const now = plan.retired ? `${plan.current} is retired (${plan.retired.stage}) and serves nothing` : `${plan.current} serves now`;
  const lines = [`Wrote ${plan.path} as it was when ${plan.model} ${plan.target} was last active (${from}); ${now}.`, ""];
  const ended = plan.ended ? { ...plan.ended, what: `${plan.target} reached ${plan.ended.stage} on ${plan.ended.date}` } : null;
  const terminal = plan.retired ? { ...plan.retired, what: `${plan.current} is ${plan.retired.stage}` } : ended;
  if (terminal) {
    lines.push(
      `Warning: ${terminal.what}, a terminal stage of the policy: gate "${terminal.gate}" refuses to bring ${plan.model} back by rollback, so this change will fail the check. A new version starts the lifecycle again.`,
      "",
    );
  }
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
