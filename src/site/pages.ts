import { plural } from "../core/gates/finding.js";
import { escapeHtml as h, jsonForScript } from "../render/html.js";
import { changeVerb, modelLabel } from "../render/words.js";
import type { AuditExport } from "./audit.js";
import { type Chart, lastVerdicts, type SiteEntry, type SiteEvent, type SiteStatus } from "./data.js";

export interface PageContext {
  /** The commit the site was built from. */
  commit: string;
  ref: string;
  now: Date;
  version: string;
  /** https://github.com/OWNER/REPO, for links to commits and pull requests; without it they are text. */
  repoUrl?: string;
}

function layout(title: string, body: string, ctx: PageContext, root: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${root}assets/site.css">
</head>
<body>
<a class="skip" href="#main" style="position:absolute;left:-999px">Skip to content</a>
<header><h1>${h(title)}</h1><p>Built by modelgate ${h(ctx.version)} from ${commitRef(ctx.commit, ctx)} (${h(ctx.ref)}) on ${h(ctx.now.toISOString().slice(0, 10))}. Everything here is read from git.</p></header>
<main id="main">
${body}
</main>
<footer>Generated from git history by <code>modelgate site</code>; nothing here is stored elsewhere.</footer>
<script src="${root}assets/site.js"></script>
</body>
</html>
`;
}

function commitRef(sha: string, ctx: Pick<PageContext, "repoUrl">): string {
  const short = `<code class="sha">${h(sha.slice(0, 7))}</code>`;
  return ctx.repoUrl
    ? `<a href="${h(`${ctx.repoUrl}/commit/${sha}`)}" title="commit ${h(sha)}">${short}</a>`
    : `<span title="commit ${h(sha)}">${short}</span>`;
}

function prRef(pr: number | null | undefined, ctx: Pick<PageContext, "repoUrl">): string {
  if (pr === null || pr === undefined) return "";
  return ctx.repoUrl ? `<a href="${h(`${ctx.repoUrl}/pull/${pr}`)}">#${pr}</a>` : `#${pr}`;
}

function time(iso: string | null | undefined): string {
  if (!iso) return "";
  return `<time datetime="${h(iso)}">${h(iso.slice(0, 10))}</time>`;
}

function certification(s: SiteStatus | null): { text: string; value: string } {
  const c = s?.certification;
  if (!c) return { text: "", value: "" };
  return c.certified ? { text: `certified${c.since ? ` since ${c.since.slice(0, 10)}` : ""}`, value: "1" } : { text: "not certified", value: "0" };
}

/** The registry page: one row per serving manifest, as `status` lists them, then the retired ones. */
export function registryPage(entries: SiteEntry[], ctx: PageContext): string {
  // A manifest in a terminal stage (status state "retired", where the policy has one) serves nothing, like a deleted one.
  const serving = entries.filter((e) => e.status !== null && e.status.state !== "retired");
  const retired = entries.filter((e) => e.status === null || e.status.state === "retired");
  const aliases = serving.some((e) => e.alias !== undefined);
  const heads: Array<[string, string]> = [
    ["model", "text"],
    ...(aliases ? ([["alias", "text"]] as Array<[string, string]>) : []),
    ["version", "text"],
    ["stage", "text"],
    ["rollout %", "number"],
    ["days served", "number"],
    ["rollbacks", "number"],
    ["certification", "text"],
    ["next step allowed from", "text"],
    ["last change", "text"],
  ];
  const rows = serving.map((e) => {
    const s = e.status as SiteStatus;
    const last = e.events[e.events.length - 1];
    const cert = certification(s);
    const cells = [
      `<th scope="row" data-field="model" data-value="${h(e.model)}"><a href="models/${e.slug}.html">${h(e.model)}</a></th>`,
      ...(aliases ? [`<td data-field="alias">${h(e.alias ?? "")}</td>`] : []),
      `<td data-field="version"><code>${h(s.version ?? "")}</code></td>`,
      `<td data-field="stage" data-value="${h(s.stage?.value ?? "")}">${s.stage ? `${h(s.stage.value)} <span class="muted">(${plural(s.stage.days, "day")})</span>` : ""}</td>`,
      `<td data-field="rollout" class="num" data-value="${s.rollout?.percent ?? -1}">${s.rollout ? `${s.rollout.percent}%` : ""}</td>`,
      `<td data-field="days" class="num" data-value="${s.days}">${s.days}</td>`,
      `<td data-field="rollbacks" class="num" data-value="${s.rollbacks_window.count}">${s.rollbacks_window.count} <span class="muted">in ${plural(s.rollbacks_window.days, "day")}</span></td>`,
      `<td data-field="certification" data-value="${cert.value}">${h(cert.text)}</td>`,
      `<td data-field="next" data-value="${h(s.next?.allowed_from ?? "")}">${s.next ? `${time(s.next.allowed_from)} <span class="muted">${h(s.next.step)}</span>` : ""}</td>`,
      `<td data-field="last" data-value="${h(last.date)}">${h(last.kind)} ${prRef(last.pr, ctx)} by ${h(last.author)}, ${time(last.date)}</td>`,
    ];
    return `<tr data-path="${h(e.path)}">${cells.join("")}</tr>`;
  });
  const body = `<p>${plural(serving.length, "model")} serving${retired.length ? `, ${retired.length} retired` : ""}. Select a model for its history, metrics, gates and audit export. Sort by a column with its heading's button.</p>
<div class="filter"><label for="filter">Filter models</label><input id="filter" type="search" autocomplete="off" aria-describedby="count"><span id="count" class="muted" aria-live="polite">${serving.length} of ${serving.length} shown</span></div>
<p id="sorted" class="muted" aria-live="polite"></p>
<div class="scroll" tabindex="0" role="region" aria-label="Models serving">
<table id="registry">
<caption class="muted" style="text-align:left">Models serving at ${h(ctx.commit.slice(0, 7))}</caption>
<thead><tr>${heads.map(([name, type]) => `<th scope="col" data-type="${type}"><button type="button">${h(name)}</button></th>`).join("")}</tr></thead>
<tbody>
${rows.join("\n") || `<tr><td colspan="${heads.length}">No governed model serves at this commit.</td></tr>`}
</tbody>
</table>
</div>
${
  retired.length
    ? `<h2>Retired</h2><ul id="retired">${retired.map((e) => `<li><a href="models/${e.slug}.html">${h(modelLabel(e))}</a> <span class="muted">${h(e.path)}</span></li>`).join("")}</ul>`
    : ""
}`;
  return layout("Model registry", body, ctx, "");
}

const PALETTE = ["#0b5fad", "#b3331b", "#1c7a35", "#7a3fb0", "#8a5a00", "#00727a", "#b1207c", "#4d5560"];

/** A line chart as SVG: one circle per version, the active version's circles marked. */
export function chartSvg(chart: Chart, active: string | null, id: string): string {
  const W = 640;
  const H = 260;
  const pad = { l: 64, r: 16, t: 16, b: 40 };
  const points = chart.series.flatMap((s) => s.points);
  const times = points.map((p) => Date.parse(p.date));
  const values = points.map((p) => p.value);
  let [t0, t1] = [Math.min(...times), Math.max(...times)];
  let [v0, v1] = [Math.min(...values), Math.max(...values)];
  if (t0 === t1) [t0, t1] = [t0 - 86_400_000, t1 + 86_400_000];
  if (v0 === v1) [v0, v1] = [v0 - (Math.abs(v0) || 1) * 0.1, v1 + (Math.abs(v1) || 1) * 0.1];
  const x = (t: number) => pad.l + ((t - t0) / (t1 - t0)) * (W - pad.l - pad.r);
  const y = (v: number) => H - pad.b - ((v - v0) / (v1 - v0)) * (H - pad.t - pad.b);
  const fmt = (v: number) => (Math.abs(v) >= 1000 || v === Math.round(v) ? String(Math.round(v * 100) / 100) : v.toPrecision(4));
  const ticks = [v0, (v0 + v1) / 2, v1];
  const axes = [
    `<line x1="${pad.l}" y1="${H - pad.b}" x2="${W - pad.r}" y2="${H - pad.b}" stroke="#4d5560"/>`,
    `<line x1="${pad.l}" y1="${pad.t}" x2="${pad.l}" y2="${H - pad.b}" stroke="#4d5560"/>`,
    ...ticks.map((v) => `<text x="${pad.l - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11" fill="#1b1f24">${h(fmt(v))}</text>`),
    `<text x="${pad.l}" y="${H - 12}" font-size="11" fill="#1b1f24">${h(new Date(t0).toISOString().slice(0, 10))}</text>`,
    `<text x="${W - pad.r}" y="${H - 12}" text-anchor="end" font-size="11" fill="#1b1f24">${h(new Date(t1).toISOString().slice(0, 10))}</text>`,
  ];
  const lines = chart.series.map((s, i) => {
    const color = PALETTE[i % PALETTE.length];
    const coords = s.points.map((p) => `${x(Date.parse(p.date)).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
    const dots = s.points.map((p) => {
      const on = p.version === active;
      return `<circle class="point${on ? " active" : ""}" data-series="${h(s.path)}" data-version="${h(p.version)}" data-value="${p.value}" cx="${x(Date.parse(p.date)).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="${on ? 6 : 3.5}" fill="${on ? "#fff" : color}" stroke="${color}" stroke-width="${on ? 3 : 1}"><title>${h(`${s.path} = ${p.value} (${p.version}, ${p.date.slice(0, 10)})${on ? ", active" : ""}`)}</title></circle>`;
    });
    return `<g class="series" data-series="${h(s.path)}"><polyline points="${coords}" fill="none" stroke="${color}" stroke-width="1.5"/>${dots.join("")}</g>`;
  });
  const title = `${chart.gate}: ${chart.path}${chart.better ? ` (${chart.better} is better)` : ""}`;
  return `<figure class="chart" data-gate="${h(chart.gate)}">
<figcaption id="${id}-t">${h(title)}</figcaption>
<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d" xmlns="http://www.w3.org/2000/svg"><desc id="${id}-d">${h(`${chart.series.length} series over ${plural(new Set(points.map((p) => p.version)).size, "version")}; the active version (${active ?? "none"}) is drawn as a ring. The table below has every value.`)}</desc>${axes.join("")}${lines.join("")}</svg>
<ul class="legend">${chart.series.map((s, i) => `<li><span style="background:${PALETTE[i % PALETTE.length]}"></span><code>${h(s.path)}</code></li>`).join("")}${chart.omitted ? `<li class="muted">${plural(chart.omitted, "more place")} not drawn</li>` : ""}</ul>
<details><summary>Values</summary><div class="scroll" tabindex="0" role="region" aria-label="${h(title)} values"><table><thead><tr><th scope="col">version</th><th scope="col">date</th>${chart.series.map((s) => `<th scope="col"><code>${h(s.path)}</code></th>`).join("")}</tr></thead><tbody>${[
    ...new Map(points.map((p) => [p.version, p])).values(),
  ]
    .map(
      (p) =>
        `<tr><td><code>${h(p.version)}</code>${p.version === active ? " (active)" : ""}</td><td>${time(p.date)}</td>${chart.series.map((s) => `<td class="num">${h(s.points.find((q) => q.version === p.version)?.value ?? "")}</td>`).join("")}</tr>`,
    )
    .join("")}</tbody></table></div></details>
</figure>`;
}

function verdict(e: SiteEvent): string {
  const a = e.audit;
  if (!a) return `<span class="muted">no audit note</span>`;
  if (a.status === "unreadable") return `<span class="fail">unreadable note: ${h(a.problem ?? "")}</span>`;
  const extra = [
    a.approvals?.length ? `approved by ${a.approvals.map(h).join(", ")}` : "",
    a.override ? `overridden by ${h(a.override.actor)}: ${h(a.override.reason)}` : "",
    a.waivers?.length ? `waived: ${a.waivers.map((w) => `${h(w.gate)} (${h(w.reason)})`).join(", ")}` : "",
  ].filter(Boolean);
  return `<span class="${h(a.result ?? "")}">${h(a.result ?? "")}</span>${extra.length ? `<br><span class="muted">${extra.join("; ")}</span>` : ""}`;
}

/** A model's page: timeline, charts, gates, diff and the link to its audit export. */
export function modelPage(e: SiteEntry, ctx: PageContext): string {
  const s = e.status;
  const active = s?.version ?? null;
  const verdicts = lastVerdicts(e);
  const summary = s
    ? `<p><strong>${h(s.version ?? "")}</strong> serves since ${time(s.since)} (${plural(s.days, "day")})${s.stage ? `, stage ${h(s.stage.value)}` : ""}${s.rollout ? `, rollout ${s.rollout.percent}%` : ""}; ${s.rollbacks_window.count} rollback${s.rollbacks_window.count === 1 ? "" : "s"} in ${plural(s.rollbacks_window.days, "day")}${s.next ? `; next: ${h(s.next.step)} from ${time(s.next.allowed_from)}` : ""}${certification(s).text ? `; ${h(certification(s).text)}` : ""}.</p>`
    : `<p>Retired: no manifest serves at ${h(ctx.commit.slice(0, 7))}.</p>`;
  const timeline = e.events
    .map(
      (ev, i) =>
        `<tr data-index="${i}" data-commit="${h(ev.commit)}"><td data-field="date">${time(ev.date)}</td><td data-field="kind">${h(ev.kind)}</td><td data-field="change">${h(changeVerb({ ...ev, alias: ev.alias }))}${ev.reverts ? ` <span class="muted">(reverts ${h(ev.reverts.slice(0, 7))})</span>` : ""}</td><td data-field="commit">${commitRef(ev.commit, ctx)}</td><td data-field="pr">${prRef(ev.pr, ctx)}</td><td data-field="author">${h(ev.author)}</td><td data-field="verdict">${verdict(ev)}</td></tr>`,
    )
    .join("\n");
  const gates = e.gates
    .map((g) => {
      const v = verdicts.get(g.id);
      return `<tr><th scope="row"><code>${h(g.id)}</code></th><td>${h(g.type)}</td><td>${h(g.severity)}</td><td>${typeof g.path === "string" ? `<code>${h(g.path)}</code>` : ""}${g.description ? ` ${h(g.description)}` : ""}</td><td>${v ? `<span class="${h(v.status)}">${h(v.status)}</span>${v.by ? ` (${h(v.by)})` : ""} at ${commitRef(v.commit, ctx)}` : `<span class="muted">none recorded</span>`}</td></tr>`;
    })
    .join("\n");
  const charts = e.charts.length
    ? e.charts.map((c, i) => chartSvg(c, active, `chart-${i}`)).join("\n")
    : `<p class="muted">No numeric metric is compared by this model's gates (regression or range), so there is nothing to chart.</p>`;
  const options = (selected: number) =>
    e.versions.map((v, i) => `<option value="${i}"${i === selected ? " selected" : ""}>${h(v.version)} (${h(v.date.slice(0, 10))})</option>`).join("");
  const n = e.versions.length;
  const diff =
    n >= 1
      ? `<div class="filter"><label for="diff-a">From</label><select id="diff-a">${options(Math.max(0, n - 2))}</select><label for="diff-b">to</label><select id="diff-b">${options(n - 1)}</select></div>
<p id="diff-summary" aria-live="polite"></p>
<div class="scroll" tabindex="0" role="region" aria-label="Manifest differences"><table id="diff-out" class="diff"><thead><tr><th scope="col">field</th><th scope="col">from</th><th scope="col">to</th></tr></thead><tbody></tbody></table></div>
<script type="application/json" id="versions">${jsonForScript(e.versions)}</script>`
      : `<p class="muted">No readable version to compare.</p>`;
  const body = `<p><a href="../index.html">All models</a> · <a href="../audit/${e.slug}/audit.html">Audit export</a> (<a href="../audit/${e.slug}/audit.json">JSON</a>) · manifest <code>${h(e.path)}</code></p>
${summary}
<h2 id="timeline-h">Timeline</h2>
<div class="scroll" tabindex="0" role="region" aria-labelledby="timeline-h"><table id="timeline"><thead><tr><th scope="col">date</th><th scope="col">kind</th><th scope="col">change</th><th scope="col">commit</th><th scope="col">PR</th><th scope="col">author</th><th scope="col">verdict (audit note)</th></tr></thead><tbody>
${timeline}
</tbody></table></div>
<h2>Metrics by version</h2>
${charts}
<h2 id="gates-h">Gates</h2>
<div class="scroll" tabindex="0" role="region" aria-labelledby="gates-h"><table id="gates"><thead><tr><th scope="col">gate</th><th scope="col">type</th><th scope="col">severity</th><th scope="col">checks</th><th scope="col">last verdict</th></tr></thead><tbody>
${gates || `<tr><td colspan="5" class="muted">No gate governs this model.</td></tr>`}
</tbody></table></div>
<h2>Compare two versions</h2>
${diff}`;
  return layout(modelLabel(e), body, ctx, "../");
}

/** The audit export as one page: no script, no stylesheet, no image outside it. */
export function auditPage(a: AuditExport): string {
  const ctx = { repoUrl: a.repository ?? undefined };
  const rows = a.changes
    .map((c) => {
      const au = c.audit;
      const rec = au?.status === "recorded" ? au : null;
      const gates = rec?.gates.length
        ? rec.gates.map((g) => `<span class="${h(g.status)}">${h(g.id)}: ${h(g.status)}${g.by ? ` (${h(g.by)})` : ""}</span>`).join("<br>")
        : "";
      const verdictCell = rec
        ? `<span class="${h(rec.result)}">${h(rec.result)}</span>`
        : au
          ? `unreadable note: ${h(au.status === "unreadable" ? au.problem : "")}`
          : `<span class="muted">no audit note</span>`;
      const exceptions = rec
        ? [
            ...(rec.override ? [`override by ${h(rec.override.actor)}: ${h(rec.override.reason)}`] : []),
            ...rec.waivers.map((w) => `waiver of ${h(w.gate)} until ${h(w.expires)}: ${h(w.reason)}`),
          ].join("<br>")
        : "";
      return `<tr data-commit="${h(c.commit)}"><td>${time(c.date)}</td><td>${h(changeVerb(c))}</td><td>${commitRef(c.commit, ctx)}</td><td>${prRef(c.pr, ctx)}</td><td>${h(c.author)}</td><td>${rec ? rec.approvals.map(h).join(", ") || "none" : ""}</td><td>${verdictCell}</td><td>${gates}</td><td>${exceptions}</td><td>${rec ? `<code title="${h(rec.report_sha256)}">${h(rec.report_sha256.slice(0, 16))}…</code>` : ""}</td></tr>`;
    })
    .join("\n");
  const pointers = a.pointers
    .map(
      (p) =>
        `<tr><th scope="row">${h(p.alias ?? "")}<code>${h(p.path)}</code></th><td>${p.status ? `<code>${h(p.status.version ?? "")}</code>` : "retired"}</td><td>${p.status ? `${time(p.status.since)} (${plural(p.status.days, "day")})` : ""}</td><td>${p.status ? `${p.status.rollbacks_window.count} in ${plural(p.status.rollbacks_window.days, "day")}` : ""}</td><td>${p.status?.certification ? (p.status.certification.certified ? "certified" : "not certified") : ""}</td></tr>`,
    )
    .join("");
  const period = `${a.period.from ? a.period.from.slice(0, 10) : "the first change"} to ${a.period.to ? a.period.to.slice(0, 10) : "the build"}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(`Audit export: ${a.model}`)}</title>
<link rel="icon" href="data:,">
<style>
body{margin:0 auto;max-width:72rem;padding:1rem;font:15px/1.5 system-ui,sans-serif;color:#1b1f24}
table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{text-align:left;padding:.3rem .45rem;border-bottom:1px solid #d0d7de;vertical-align:top}
thead th{background:#f3f5f7}code{font-family:ui-monospace,monospace;overflow-wrap:anywhere}.scroll{overflow-x:auto}
.pass{color:#116329}.fail,.error{color:#a40e26}.warn,.overridden{color:#7d4e00}.muted{color:#4d5560}a{color:#0645ad}
dt{font-weight:600}dd{margin:0 0 .5rem}time,.sha{white-space:nowrap}
</style>
</head>
<body>
<header><h1>${h(`Audit export: ${a.model}`)}</h1></header>
<main>
<dl>
<dt>Period</dt><dd>${h(period)}</dd>
<dt>Read from</dt><dd>commit <code>${h(a.commit)}</code> (${h(a.ref)}), as of ${h(a.as_of)}, by modelgate ${h(a.tool_version)}</dd>
<dt>Changes in the period</dt><dd>${a.summary.changes}: ${h(
    Object.entries(a.summary.kinds)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ") || "none",
  )}; ${a.summary.overrides} override${a.summary.overrides === 1 ? "" : "s"}, ${a.summary.waived} with waivers, ${a.summary.without_note} without an audit note</dd>
<dt>Evidence</dt><dd>${h(a.evidence)}</dd>
<dt>Checking this export</dt><dd>The file <code>audit.json</code> beside this page holds the same records; <code>SHA256SUMS</code> lists the digest of both files (<code>sha256sum -c SHA256SUMS</code>), and the bundle's digest is the sha256 of that list.</dd>
</dl>
<h2 id="p-h">Pointers</h2>
<div class="scroll" tabindex="0" role="region" aria-labelledby="p-h"><table><thead><tr><th scope="col">manifest</th><th scope="col">active version</th><th scope="col">served since</th><th scope="col">rollbacks</th><th scope="col">certification</th></tr></thead><tbody>${pointers}</tbody></table></div>
<h2 id="c-h">Changes</h2>
<div class="scroll" tabindex="0" role="region" aria-labelledby="c-h"><table id="changes"><thead><tr><th scope="col">date</th><th scope="col">change</th><th scope="col">commit</th><th scope="col">PR</th><th scope="col">author</th><th scope="col">approvers</th><th scope="col">verdict</th><th scope="col">gates</th><th scope="col">overrides and waivers</th><th scope="col">report sha256</th></tr></thead><tbody>
${rows || `<tr><td colspan="10">No change in the period.</td></tr>`}
</tbody></table></div>
</main>
</body>
</html>
`;
}
