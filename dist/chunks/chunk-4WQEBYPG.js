#!/usr/bin/env node

import {
  STATUS_ICON,
  changeVerb,
  escapeCommandLines,
  escapeTerminal,
  modelLabel,
  place,
  plural,
  shortRef,
  showInvisible,
  toInstant,
  verdictLine,
  whenOf
} from "./chunk-UN4ARXGQ.js";

// src/render/markdown.ts
var BREAK = "<!-- -->";
function escapeMarkdown(text, max = 300) {
  let t = showInvisible(text.replace(/\s*[\r\n\t]+\s*/g, " ")).replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what it shows
    /[\u0000-\u001F\u007F-\u009F]/g,
    (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`
  );
  if (t.length > max) t = `${t.slice(0, max - 1)}\u2026`;
  return t.replace(/([\\`*_[\]|#~])/g, "\\$1").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, `@${BREAK}`).replace(/#/g, `#${BREAK}`).replace(/:\/\//g, `:${BREAK}//`).replace(/\b(www)\./gi, `$1${BREAK}.`);
}
function code(text) {
  return `<code>${escapeMarkdown(text, 120)}</code>`;
}
function renderMarkdown(report, options = {}) {
  const max = options.maxCell ?? 300;
  const icon = report.result === "pass" ? "\u2705" : "\u274C";
  const lines = [`### ${icon} modelgate: ${escapeMarkdown(verdictLine(report))}`, ""];
  if (report.result === "error") {
    for (const e of report.errors) lines.push(`- ${code(place(e))} ${escapeMarkdown(e.message, max)}${e.hint ? ` \u2014 ${escapeMarkdown(e.hint, max)}` : ""}`);
    lines.push("", `<sub>judged ${code(shortRef(report.head))}${options.judged ? ` (${escapeMarkdown(options.judged, 200)})` : ""}</sub>`);
    return `${lines.join("\n")}
`;
  }
  const forced = report.changes.flatMap((c) => c.gates).filter((g) => g.override?.by === "label");
  if (forced.length > 0) {
    const { actor, reason } = forced[0].override;
    lines.push(
      `> \u{1F6E1}\uFE0F **Force-promoted** by ${escapeMarkdown(actor ?? "an override")}: ${escapeMarkdown(reason, 300)}. ${forced.length} failing gate${forced.length === 1 ? " is" : "s are"} overridden, not passed.`,
      ""
    );
  }
  for (const note of report.notes ?? []) lines.push(`> ${escapeMarkdown(note, 500)}`, "");
  const passing = report.changes.filter((c) => c.result === "pass");
  const failing = report.changes.filter((c) => c.result !== "pass");
  if (passing.length > 0) lines.push(`**Merging this pull request will** ${passing.map((c) => escapeMarkdown(changeVerb(c))).join("; ")}.`, "");
  if (failing.length > 0) {
    const blocked = failing.map((c) => {
      const n = c.gates.filter((g) => g.status === "fail").length;
      return `${escapeMarkdown(changeVerb(c))}${n > 0 ? ` (${n} gate${n === 1 ? "" : "s"} failed)` : ""}`;
    });
    lines.push(`**Not yet:** ${blocked.join("; ")}.`, "");
  }
  for (const e of report.errors) lines.push(`- \u274C ${code(place(e))} ${escapeMarkdown(e.message, max)}`);
  if (report.errors.length) lines.push("");
  for (const c of report.changes) {
    lines.push(
      `#### ${c.result === "pass" ? "\u2705" : "\u274C"} ${code(c.model)}${c.alias !== void 0 ? ` (${escapeMarkdown(c.alias)})` : ""} \xB7 ${c.kind} ${versions(c.from, c.to)}`,
      ""
    );
    if (c.gates.length === 0) {
      lines.push(c.result === "pass" ? "No gate applies to this change." : "The manifest could not be read; see the errors above.", "");
      continue;
    }
    lines.push("| | gate | result | details |", "|---|---|---|---|");
    for (const g of order(c.gates)) lines.push(`| ${STATUS_ICON[g.status]} | ${code(g.id)} | ${g.status} | ${details(g, max)} |`);
    lines.push("");
  }
  const s = report.summary;
  lines.push(
    `<sub>${s.changes} change${s.changes === 1 ? "" : "s"} \xB7 ${s.gates} gate${s.gates === 1 ? "" : "s"} \xB7 ${s.failed} failed \xB7 ${s.warned} warned \xB7 ${s.overridden} overridden \xB7 ${s.waived} waived \xB7 policy ${code(report.policy.path)} at ${code(shortRef(report.policy.ref))} \xB7 judged ${code(shortRef(report.head))}${options.judged ? ` (${escapeMarkdown(options.judged, 200)})` : ""} \xB7 modelgate ${escapeMarkdown(report.tool.version)}</sub>`
  );
  return `${lines.join("\n")}
`;
}
function versions(from, to) {
  if (from && to && from !== to) return `${code(from)} \u2192 ${code(to)}`;
  return code(to ?? from ?? "?");
}
function order(gates) {
  const rank = { fail: 0, warn: 1, overridden: 2, pass: 3, skip: 4 };
  return [...gates].sort((a, b) => rank[a.status] - rank[b.status]);
}
function details(g, max) {
  const parts = [escapeMarkdown(g.message, max)];
  if (g.override)
    parts.push(
      `${g.override.by === "waiver" ? "waived" : "overridden"}${g.override.actor ? ` by ${escapeMarkdown(g.override.actor)}` : ""}: ${escapeMarkdown(g.override.reason, max)}${g.override.expires ? ` (until ${escapeMarkdown(g.override.expires)})` : ""}`
    );
  if (g.status !== "pass" && g.status !== "skip") {
    const shown = g.findings.slice(0, 5);
    for (const f of shown) {
      const where = place(f);
      if (f.message === g.message) {
        if (where) parts[0] += ` (${code(where)})`;
        continue;
      }
      parts.push(`${f.message ? escapeMarkdown(f.message, max) : escapeMarkdown(f.path ?? "")}${where ? ` (${code(where)})` : ""}`);
    }
    if (g.findings.length > shown.length) parts.push(`\u2026 and ${g.findings.length - shown.length} more`);
  }
  return parts.join("<br>");
}

// src/render/comment.ts
var COMMENT_MARKER = "<!-- modelgate:report -->";
var COMMENT_LIMIT = 65e3;
var SUMMARY_LIMIT_BYTES = 1e6;
function headMarker(sha) {
  return `<!-- modelgate:head ${sha} -->`;
}
function readOverrideRecord(body) {
  const m = /<!-- modelgate:override head=([0-9a-f]{40,64}) event=(\d+) -->/.exec(leadingMarkers(body));
  return m ? { head: m[1], event: Number(m[2]) } : null;
}
function leadingMarkers(body) {
  const lines = body.split("\n");
  const end = lines.findIndex((l) => !l.startsWith("<!-- modelgate:"));
  return lines.slice(0, end === -1 ? lines.length : end).join("\n");
}
function renderComment(report, options = {}) {
  const limit = options.limit ?? COMMENT_LIMIT;
  const tail = rollbackHint(report.changes);
  const marker = [
    COMMENT_MARKER,
    options.prHead ? headMarker(options.prHead) : "",
    options.override ? `<!-- modelgate:override head=${options.override.head} event=${options.override.event} -->` : ""
  ].filter(Boolean).join("\n");
  const md = { judged: options.judged };
  const full = [marker, renderMarkdown(report, md), charts(report.changes), tail].filter(Boolean).join("\n");
  if (full.length <= limit) return full;
  const pointer = `

**The report is cut here.** ${options.summaryUrl ? `The full report is in the [job summary](${options.summaryUrl}).` : "The full report is in the job summary of this run."}
`;
  const compact = [marker, renderMarkdown(onlyFailures(report), { ...md, maxCell: 200 }), tail].filter(Boolean).join("\n");
  const body = compact.length + pointer.length <= limit ? compact : cutAtLine(compact, limit - pointer.length);
  return body + pointer;
}
function renderSummary(report, options = {}) {
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const extra = options.extra ?? "";
  const full = renderMarkdown(report, { judged: options.judged }) + extra;
  if (Buffer.byteLength(full) <= limit) return full;
  const pointer = `

**The summary is cut here** (GitHub shows at most 1 MiB of it). The whole report is the JSON file at the action's \`report-path\` output.
`;
  const compact = renderMarkdown(onlyFailures(report), { judged: options.judged, maxCell: 200 }) + extra;
  const room = limit - Buffer.byteLength(pointer);
  return (Buffer.byteLength(compact) <= room ? compact : cutAtBytes(compact, room)) + pointer;
}
function cutAtBytes(text, max) {
  let cut = cutAtLine(text, max);
  while (Buffer.byteLength(cut) > max) cut = cutAtLine(cut, cut.length - 1);
  return cut;
}
function onlyFailures(report) {
  return {
    ...report,
    changes: report.changes.map((c) => ({
      ...c,
      gates: c.gates.filter((g) => g.status === "fail" || g.status === "warn").map((g) => ({ ...g, findings: g.findings.slice(0, 3) }))
    }))
  };
}
function cutAtLine(text, max) {
  const cut = text.slice(0, Math.max(0, max));
  const nl = cut.lastIndexOf("\n");
  return nl > 0 ? cut.slice(0, nl) : cut;
}
function rollbackHint(changes) {
  const promoted = changes.filter((c) => c.kind === "promotion" && c.result === "pass" && c.from);
  if (promoted.length === 0) return "";
  const cmds = promoted.map(
    (c) => `<code>modelgate rollback ${escapeMarkdown(c.model)}${c.alias !== void 0 ? ` --alias ${escapeMarkdown(c.alias)}` : ""}</code> (back to ${escapeMarkdown(c.from ?? "")})`
  ).join(", ");
  return `
**To roll back** after merging: revert this pull request with GitHub's Revert button, or run ${cmds}.
`;
}
function charts(changes) {
  const out = [];
  for (const c of changes) {
    for (const g of c.gates) {
      const points = comparable(g).slice(0, 12);
      if (points.length === 0) continue;
      const labels = distinctLabels(points.map((p) => p.path));
      const values = (xs) => `[${xs.map(plainDecimal).join(", ")}]`;
      out.push(
        `<details><summary>${escapeMarkdown(modelLabel(c))} \xB7 ${escapeMarkdown(g.id)}: candidate against active</summary>`,
        "",
        "```mermaid",
        "xychart-beta",
        `  title "${chartText(`${c.model} ${g.id}`).slice(-60)}"`,
        `  x-axis [${labels.map((l) => `"${l}"`).join(", ")}]`,
        `  bar ${values(points.map((p) => p.active))}`,
        `  line ${values(points.map((p) => p.observed))}`,
        "```",
        "",
        "Bars: active. Line: candidate.",
        "</details>",
        ""
      );
    }
  }
  return out.join("\n");
}
function chartText(s) {
  return showInvisible(s).replace(/["\\\n\r`<>]/g, "");
}
function distinctLabels(paths) {
  const short = paths.map((p) => {
    const t = chartText(p);
    return t.length > 28 ? `\u2026${t.slice(-27)}` : t;
  });
  const seen = /* @__PURE__ */ new Map();
  for (const l of short) seen.set(l, (seen.get(l) ?? 0) + 1);
  return short.map((l, i) => seen.get(l) === 1 ? l : `${i + 1}: ${l}`);
}
var decimal;
function plainDecimal(x) {
  decimal ??= new Intl.NumberFormat("en-US", { useGrouping: false, maximumSignificantDigits: 6 });
  return decimal.format(x);
}
function comparable(g) {
  return g.findings.flatMap(
    (f) => typeof f.observed === "number" && typeof f.active === "number" && f.path ? [{ path: f.path, observed: f.observed, active: f.active }] : []
  );
}

// src/render/json.ts
function renderJson(value, indent = true) {
  return `${indent ? JSON.stringify(value, null, 2) : JSON.stringify(value)}
`;
}
var PIECE = 1 << 16;
function* jsonPieces(report) {
  let out = "{";
  let first = true;
  for (const [key, value] of Object.entries(report)) {
    if (value === void 0 || typeof value === "function" || typeof value === "symbol") continue;
    out += `${first ? "" : ","}${JSON.stringify(key)}:`;
    first = false;
    if (key !== "changes" || !Array.isArray(value)) {
      out += JSON.stringify(value);
      continue;
    }
    out += "[";
    for (let i = 0; i < value.length; i++) {
      out += `${i > 0 ? "," : ""}${JSON.stringify(value[i]) ?? "null"}`;
      if (out.length >= PIECE) {
        yield out;
        out = "";
      }
    }
    out += "]";
  }
  yield `${out}}
`;
}

// src/render/registry.ts
function table(raw, under = []) {
  if (raw.length === 0) return "";
  const rows = raw.map((r) => r.map(escapeTerminal));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return `${rows.map((r, n) => {
    const line = r.map((cell, i) => i === r.length - 1 ? cell : cell.padEnd(widths[i])).join("  ").trimEnd();
    const extra = under[n];
    return extra ? `${line}
  ${escapeTerminal(extra)}` : line;
  }).join("\n")}
`;
}
function auditLine(audit) {
  if (!audit) return null;
  if (audit.status === "unreadable") return `audit: unreadable note, not trusted: ${audit.problem}`;
  const parts = [`verdict ${audit.result}`, audit.approvals.length ? `approved by ${audit.approvals.join(", ")}` : "no approvals recorded"];
  if (audit.override) parts.push(`overridden by ${audit.override.actor} (${JSON.stringify(audit.override.reason)})`);
  for (const w of audit.waivers) parts.push(`waived ${w.gate} (${JSON.stringify(w.reason)}${w.expires ? `, expires ${w.expires}` : ""})`);
  return `audit: ${parts.join("; ")}`;
}
function versions2(from, to) {
  if (from && to && from !== to) return `${from} \u2192 ${to}`;
  return to ?? from ?? "";
}
function renderHistory(events, audit) {
  if (events.length === 0) return "no changes of governed manifests on this branch\n";
  const under = [null, ...events.map((e) => auditLine(audit?.(e) ?? null))];
  return table(
    [
      ["date", "model", "kind", "version", "commit", "pr", "author"],
      ...events.map((e) => [
        e.date.slice(0, 16).replace("T", " "),
        e.model,
        e.kind + (e.reverts ? ` (reverts ${e.reverts.slice(0, 7)})` : ""),
        versions2(e.from, e.to),
        e.commit.slice(0, 7),
        e.pr ? `#${e.pr}` : "",
        e.author
      ])
    ],
    under
  );
}
function renderStatus(status, now = /* @__PURE__ */ new Date(), audit) {
  if (status.length === 0) return "no governed model is active at this commit\n";
  const under = [null, ...status.map((s) => auditLine(audit?.(s) ?? null))];
  const aliases = status.some((s) => s.alias !== void 0);
  const stages = status.some((s) => s.stage !== void 0);
  const rollouts = status.some((s) => s.rollout !== void 0);
  const nexts = status.some((s) => s.next !== void 0);
  const retired = status.some((s) => s.state === "retired");
  const certified = status.some((s) => s.certification);
  const head = [
    "model",
    ...aliases ? ["alias"] : [],
    "version",
    ...retired ? ["state"] : [],
    "since",
    "days",
    ...stages ? ["stage"] : [],
    ...rollouts ? ["rollout"] : [],
    "rollbacks",
    ...certified ? ["certified"] : [],
    ...nexts ? ["next step"] : [],
    "commit",
    "pr"
  ];
  return table(
    [
      head,
      ...status.map((s) => [
        s.model,
        ...aliases ? [s.alias ?? ""] : [],
        s.version ?? "",
        ...retired ? [s.state] : [],
        s.since.slice(0, 10),
        String(s.days),
        ...stages ? [s.stage ? `${s.stage.value} (${plural(s.stage.days, "day")})` : ""] : [],
        ...rollouts ? [s.rollout ? `${s.rollout.percent}% (${plural(s.rollout.days, "day")})` : ""] : [],
        `${s.rollbacks_window.count} in ${plural(s.rollbacks_window.days, "day")}`,
        ...certified ? [certifiedCell(s)] : [],
        ...nexts ? [s.next ? nextStep(s.next, now) : ""] : [],
        s.commit.slice(0, 7),
        s.pr ? `#${s.pr}` : ""
      ])
    ],
    under
  );
}
function nextStep(next, now) {
  const at = toInstant(next.allowed_from);
  return at <= now.getTime() ? `${next.step} allowed now` : `${next.step} allowed from ${whenOf(at)}`;
}
function certifiedCell(s) {
  const c = s.certification;
  if (!c) return "";
  if (c.certified) return `since ${c.since?.slice(0, 10)}`;
  return c.clock ? `no (${c.days} days)` : "no";
}
function renderRollback(plan, branch) {
  const from = `${plan.source.commit.slice(0, 7)}${plan.source.pr ? `, #${plan.source.pr}` : ""}`;
  const now = plan.retired ? `${plan.current} is retired (${plan.retired.stage}) and serves nothing` : `${plan.current} serves now`;
  const lines = [`Wrote ${plan.path} as it was when ${plan.model} ${plan.target} was last active (${from}); ${now}.`, ""];
  const ended = plan.ended ? { ...plan.ended, what: `${plan.target} reached ${plan.ended.stage} on ${plan.ended.date}` } : null;
  const terminal = plan.retired ? { ...plan.retired, what: `${plan.current} is ${plan.retired.stage}` } : ended;
  if (terminal) {
    lines.push(
      `Warning: ${terminal.what}, a terminal stage of the policy: gate "${terminal.gate}" refuses to bring ${plan.model} back by rollback, so this change will fail the check. A new version starts the lifecycle again.`,
      ""
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
      ""
    );
  }
  const pr = plan.promotedBy.pr ? `pull request #${plan.promotedBy.pr}` : `commit ${plan.promotedBy.commit.slice(0, 7)}`;
  lines.push(`Or revert ${pr}, which made ${plan.current} active (GitHub's Revert button, or git revert -m 1 ${plan.promotedBy.commit.slice(0, 7)}).`);
  return escapeCommandLines(`${lines.map(escapeTerminal).join("\n")}
`);
}

export {
  escapeMarkdown,
  COMMENT_MARKER,
  readOverrideRecord,
  renderComment,
  renderSummary,
  renderJson,
  jsonPieces,
  auditLine,
  renderHistory,
  renderStatus,
  renderRollback
};
//# sourceMappingURL=chunk-4WQEBYPG.js.map
