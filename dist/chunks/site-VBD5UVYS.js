#!/usr/bin/env node

import {
  ModelgateError,
  changeVerb,
  gatesFor,
  groupByPath,
  historyJson,
  modelLabel,
  plural,
  readAudits,
  readRegistry,
  sha256Hex,
  showInvisible
} from "./chunk-UN4ARXGQ.js";
import {
  VERSION
} from "./chunk-2IKIAXSP.js";
import "./chunk-MBGQZYH5.js";
import "./chunk-E44YDRMO.js";
import {
  formatPath,
  matchPath
} from "./chunk-2RWHIQCE.js";
import "./chunk-Y5ALHOIO.js";

// src/site/index.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/site/assets.ts
var CSS = `:root{color-scheme:light;--fg:#1b1f24;--muted:#4d5560;--line:#d0d7de;--bg:#fff;--head:#f3f5f7;--link:#0645ad;--ok:#116329;--bad:#a40e26;--warn:#7d4e00}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem;border-bottom:1px solid var(--line)}
header p{margin:.25rem 0 1rem;color:var(--muted)}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.2rem;margin:2rem 0 .5rem}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #1f6feb;outline-offset:2px}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
thead th{background:var(--head);white-space:nowrap}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
time,.sha{white-space:nowrap}
#registry td{white-space:nowrap}
#registry tbody th{min-width:8rem;max-width:20rem;overflow-wrap:anywhere}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85em;overflow-wrap:anywhere}
.filter{margin:1rem 0;display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
.filter input{font:inherit;padding:.3rem .5rem;min-width:16rem;max-width:100%}
.pass{color:var(--ok)}.fail,.error{color:var(--bad)}.warn,.overridden{color:var(--warn)}
.muted{color:var(--muted)}
figure{margin:1rem 0}
figcaption{font-weight:600}
svg.chart{width:100%;max-width:44rem;height:auto;border:1px solid var(--line);background:#fff}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.85rem;list-style:none;padding:0;margin:.25rem 0}
.legend span{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
select{font:inherit;max-width:100%}
.diff td:nth-child(2){color:var(--bad)}.diff td:nth-child(3){color:var(--ok)}
footer{margin-top:3rem;padding-bottom:2rem;color:var(--muted);font-size:.85rem}
`;
var JS = `(function(){
"use strict";
var table=document.getElementById("registry");
if(table){
  var body=table.tBodies[0];
  var heads=table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads,function(th,col){
    var button=th.querySelector("button");
    if(!button)return;
    button.addEventListener("click",function(){
      var dir=th.getAttribute("aria-sort")==="ascending"?"descending":"ascending";
      Array.prototype.forEach.call(heads,function(h){h.removeAttribute("aria-sort");});
      th.setAttribute("aria-sort",dir);
      var numeric=th.getAttribute("data-type")==="number";
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=a.cells[col].getAttribute("data-value")||a.cells[col].textContent;
        var y=b.cells[col].getAttribute("data-value")||b.cells[col].textContent;
        var c=numeric?(Number(x)-Number(y)):x.localeCompare(y);
        return dir==="ascending"?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r);});
      var status=document.getElementById("sorted");
      if(status)status.textContent="Sorted by "+button.textContent+", "+dir+".";
    });
  });
  var input=document.getElementById("filter");
  if(input)input.addEventListener("input",function(){
    var q=input.value.trim().toLowerCase();
    var shown=0;
    Array.prototype.forEach.call(body.rows,function(r){
      var hit=!q||r.textContent.toLowerCase().indexOf(q)>=0;
      r.hidden=!hit;
      if(hit)shown++;
    });
    var count=document.getElementById("count");
    if(count)count.textContent=shown+" of "+body.rows.length+" shown";
  });
}
var data=document.getElementById("versions");
var a=document.getElementById("diff-a"),b=document.getElementById("diff-b"),out=document.getElementById("diff-out");
if(data&&a&&b&&out){
  var versions=JSON.parse(data.textContent);
  var flat=function(v,prefix,into){
    if(v!==null&&typeof v==="object"){
      var keys=Object.keys(v);
      if(keys.length===0)into[prefix||"(root)"]=Array.isArray(v)?"[]":"{}";
      keys.forEach(function(k){flat(v[k],prefix?prefix+(Array.isArray(v)?"["+k+"]":"."+k):(Array.isArray(v)?"["+k+"]":k),into);});
    }else into[prefix||"(root)"]=JSON.stringify(v);
    return into;
  };
  var show=function(){
    var x=flat(versions[a.selectedIndex].manifest,"",{}),y=flat(versions[b.selectedIndex].manifest,"",{});
    var keys=Object.keys(x).concat(Object.keys(y).filter(function(k){return !(k in x);})).sort();
    var tbody=out.tBodies[0];
    while(tbody.firstChild)tbody.removeChild(tbody.firstChild);
    keys.forEach(function(k){
      if(x[k]===y[k])return;
      var tr=tbody.insertRow();
      [k,k in x?x[k]:"(absent)",k in y?y[k]:"(absent)"].forEach(function(t){var td=tr.insertCell();td.textContent=t;});
    });
    var summary=document.getElementById("diff-summary");
    if(summary)summary.textContent=tbody.rows.length===0?"The two manifests are the same.":tbody.rows.length+" field"+(tbody.rows.length===1?"":"s")+" differ.";
  };
  a.addEventListener("change",show);
  b.addEventListener("change",show);
  show();
}
})();
`;

// src/site/audit.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// src/render/html.ts
function escapeHtml(text) {
  if (text === null || text === void 0) return "";
  return showInvisible(String(text)).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function jsonForScript(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

// src/site/data.ts
var CHARTED_GATES = ["regression", "range"];
var MAX_SERIES = 8;
function slugOf(model, alias, path) {
  const readable = `${model}${alias !== void 0 ? `-${alias}` : ""}`.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
  const digest = sha256Hex(path).slice(0, 8);
  return `${readable || "model"}-${digest}`;
}
function siteEntries(events, policy, status) {
  const byStatus = new Map(status.map((s) => [s.path, s]));
  const entries = [];
  for (const [path, list] of groupByPath(events)) {
    const last = list[list.length - 1];
    const gates = gatesFor(policy, last.model);
    const versions = versionsOf(list);
    entries.push({
      path,
      model: last.model,
      ...last.alias !== void 0 ? { alias: last.alias } : {},
      slug: slugOf(last.model, last.alias, path),
      status: byStatus.get(path) ?? null,
      events: list,
      gates,
      charts: chartsOf(gates, versions),
      versions: versions.map((v) => ({ version: v.version, date: v.event.date, commit: v.event.commit, manifest: v.event.doc?.value ?? null }))
    });
  }
  return entries.sort(
    (a, b) => Number(a.status === null) - Number(b.status === null) || a.model.localeCompare(b.model) || (a.alias ?? "").localeCompare(b.alias ?? "")
  );
}
function versionsOf(list) {
  const seen = /* @__PURE__ */ new Map();
  for (const e of list) if (e.to !== null && e.doc && !seen.has(e.to)) seen.set(e.to, e);
  return [...seen].map(([version, event]) => ({ version, event }));
}
function chartsOf(gates, versions) {
  const charts = [];
  for (const gate of gates) {
    if (!CHARTED_GATES.includes(gate.type) || typeof gate.path !== "string") continue;
    const series = /* @__PURE__ */ new Map();
    for (const { version, event } of versions) {
      for (const m of matchPath(event.doc?.value, gate.path)) {
        if (typeof m.value !== "number" || !Number.isFinite(m.value)) continue;
        const where = formatPath(m.segments);
        const points = series.get(where) ?? [];
        points.push({ version, date: event.date, commit: event.commit, value: m.value });
        series.set(where, points);
      }
    }
    if (series.size === 0) continue;
    const all = [...series].map(([path, points]) => ({ path, points }));
    charts.push({
      gate: gate.id,
      type: gate.type,
      path: gate.path,
      ...typeof gate.better === "string" ? { better: gate.better } : {},
      series: all.slice(0, MAX_SERIES),
      omitted: Math.max(0, all.length - MAX_SERIES)
    });
  }
  return charts;
}
function lastVerdicts(entry) {
  const out = /* @__PURE__ */ new Map();
  for (const e of entry.events) {
    if (e.audit?.status !== "recorded") continue;
    for (const g of e.audit.gates ?? []) out.set(g.id, { status: g.status, ...g.by ? { by: g.by } : {}, commit: e.commit, date: e.date });
  }
  return out;
}

// src/site/pages.ts
function layout(title, body, ctx, root) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${root}assets/site.css">
</head>
<body>
<a class="skip" href="#main" style="position:absolute;left:-999px">Skip to content</a>
<header><h1>${escapeHtml(title)}</h1><p>Built by modelgate ${escapeHtml(ctx.version)} from ${commitRef(ctx.commit, ctx)} (${escapeHtml(ctx.ref)}) on ${escapeHtml(ctx.now.toISOString().slice(0, 10))}. Everything here is read from git.</p></header>
<main id="main">
${body}
</main>
<footer>Generated from git history by <code>modelgate site</code>; nothing here is stored elsewhere.</footer>
<script src="${root}assets/site.js"></script>
</body>
</html>
`;
}
function commitRef(sha, ctx) {
  const short = `<code class="sha">${escapeHtml(sha.slice(0, 7))}</code>`;
  return ctx.repoUrl ? `<a href="${escapeHtml(`${ctx.repoUrl}/commit/${sha}`)}" title="commit ${escapeHtml(sha)}">${short}</a>` : `<span title="commit ${escapeHtml(sha)}">${short}</span>`;
}
function prRef(pr, ctx) {
  if (pr === null || pr === void 0) return "";
  return ctx.repoUrl ? `<a href="${escapeHtml(`${ctx.repoUrl}/pull/${pr}`)}">#${pr}</a>` : `#${pr}`;
}
function time(iso) {
  if (!iso) return "";
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(iso.slice(0, 10))}</time>`;
}
function certification(s) {
  const c = s?.certification;
  if (!c) return { text: "", value: "" };
  return c.certified ? { text: `certified${c.since ? ` since ${c.since.slice(0, 10)}` : ""}`, value: "1" } : { text: "not certified", value: "0" };
}
function registryPage(entries, ctx) {
  const serving = entries.filter((e) => e.status !== null && e.status.state !== "retired");
  const retired = entries.filter((e) => e.status === null || e.status.state === "retired");
  const aliases = serving.some((e) => e.alias !== void 0);
  const heads = [
    ["model", "text"],
    ...aliases ? [["alias", "text"]] : [],
    ["version", "text"],
    ["stage", "text"],
    ["rollout %", "number"],
    ["days served", "number"],
    ["rollbacks", "number"],
    ["certification", "text"],
    ["next step allowed from", "text"],
    ["last change", "text"]
  ];
  const rows = serving.map((e) => {
    const s = e.status;
    const last = e.events[e.events.length - 1];
    const cert = certification(s);
    const cells = [
      `<th scope="row" data-field="model" data-value="${escapeHtml(e.model)}"><a href="models/${e.slug}.html">${escapeHtml(e.model)}</a></th>`,
      ...aliases ? [`<td data-field="alias">${escapeHtml(e.alias ?? "")}</td>`] : [],
      `<td data-field="version"><code>${escapeHtml(s.version ?? "")}</code></td>`,
      `<td data-field="stage" data-value="${escapeHtml(s.stage?.value ?? "")}">${s.stage ? `${escapeHtml(s.stage.value)} <span class="muted">(${plural(s.stage.days, "day")})</span>` : ""}</td>`,
      `<td data-field="rollout" class="num" data-value="${s.rollout?.percent ?? -1}">${s.rollout ? `${s.rollout.percent}%` : ""}</td>`,
      `<td data-field="days" class="num" data-value="${s.days}">${s.days}</td>`,
      `<td data-field="rollbacks" class="num" data-value="${s.rollbacks_window.count}">${s.rollbacks_window.count} <span class="muted">in ${plural(s.rollbacks_window.days, "day")}</span></td>`,
      `<td data-field="certification" data-value="${cert.value}">${escapeHtml(cert.text)}</td>`,
      `<td data-field="next" data-value="${escapeHtml(s.next?.allowed_from ?? "")}">${s.next ? `${time(s.next.allowed_from)} <span class="muted">${escapeHtml(s.next.step)}</span>` : ""}</td>`,
      `<td data-field="last" data-value="${escapeHtml(last.date)}">${escapeHtml(last.kind)} ${prRef(last.pr, ctx)} by ${escapeHtml(last.author)}, ${time(last.date)}</td>`
    ];
    return `<tr data-path="${escapeHtml(e.path)}">${cells.join("")}</tr>`;
  });
  const body = `<p>${plural(serving.length, "model")} serving${retired.length ? `, ${retired.length} retired` : ""}. Select a model for its history, metrics, gates and audit export. Sort by a column with its heading's button.</p>
<div class="filter"><label for="filter">Filter models</label><input id="filter" type="search" autocomplete="off" aria-describedby="count"><span id="count" class="muted" aria-live="polite">${serving.length} of ${serving.length} shown</span></div>
<p id="sorted" class="muted" aria-live="polite"></p>
<div class="scroll" tabindex="0" role="region" aria-label="Models serving">
<table id="registry">
<caption class="muted" style="text-align:left">Models serving at ${escapeHtml(ctx.commit.slice(0, 7))}</caption>
<thead><tr>${heads.map(([name, type]) => `<th scope="col" data-type="${type}"><button type="button">${escapeHtml(name)}</button></th>`).join("")}</tr></thead>
<tbody>
${rows.join("\n") || `<tr><td colspan="${heads.length}">No governed model serves at this commit.</td></tr>`}
</tbody>
</table>
</div>
${retired.length ? `<h2>Retired</h2><ul id="retired">${retired.map((e) => `<li><a href="models/${e.slug}.html">${escapeHtml(modelLabel(e))}</a> <span class="muted">${escapeHtml(e.path)}</span></li>`).join("")}</ul>` : ""}`;
  return layout("Model registry", body, ctx, "");
}
var PALETTE = ["#0b5fad", "#b3331b", "#1c7a35", "#7a3fb0", "#8a5a00", "#00727a", "#b1207c", "#4d5560"];
function chartSvg(chart, active, id) {
  const W = 640;
  const H = 260;
  const pad = { l: 64, r: 16, t: 16, b: 40 };
  const points = chart.series.flatMap((s) => s.points);
  const times = points.map((p) => Date.parse(p.date));
  const values = points.map((p) => p.value);
  let [t0, t1] = [Math.min(...times), Math.max(...times)];
  let [v0, v1] = [Math.min(...values), Math.max(...values)];
  if (t0 === t1) [t0, t1] = [t0 - 864e5, t1 + 864e5];
  if (v0 === v1) [v0, v1] = [v0 - (Math.abs(v0) || 1) * 0.1, v1 + (Math.abs(v1) || 1) * 0.1];
  const x = (t) => pad.l + (t - t0) / (t1 - t0) * (W - pad.l - pad.r);
  const y = (v) => H - pad.b - (v - v0) / (v1 - v0) * (H - pad.t - pad.b);
  const fmt = (v) => Math.abs(v) >= 1e3 || v === Math.round(v) ? String(Math.round(v * 100) / 100) : v.toPrecision(4);
  const ticks = [v0, (v0 + v1) / 2, v1];
  const axes = [
    `<line x1="${pad.l}" y1="${H - pad.b}" x2="${W - pad.r}" y2="${H - pad.b}" stroke="#4d5560"/>`,
    `<line x1="${pad.l}" y1="${pad.t}" x2="${pad.l}" y2="${H - pad.b}" stroke="#4d5560"/>`,
    ...ticks.map((v) => `<text x="${pad.l - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11" fill="#1b1f24">${escapeHtml(fmt(v))}</text>`),
    `<text x="${pad.l}" y="${H - 12}" font-size="11" fill="#1b1f24">${escapeHtml(new Date(t0).toISOString().slice(0, 10))}</text>`,
    `<text x="${W - pad.r}" y="${H - 12}" text-anchor="end" font-size="11" fill="#1b1f24">${escapeHtml(new Date(t1).toISOString().slice(0, 10))}</text>`
  ];
  const lines = chart.series.map((s, i) => {
    const color = PALETTE[i % PALETTE.length];
    const coords = s.points.map((p) => `${x(Date.parse(p.date)).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
    const dots = s.points.map((p) => {
      const on = p.version === active;
      return `<circle class="point${on ? " active" : ""}" data-series="${escapeHtml(s.path)}" data-version="${escapeHtml(p.version)}" data-value="${p.value}" cx="${x(Date.parse(p.date)).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="${on ? 6 : 3.5}" fill="${on ? "#fff" : color}" stroke="${color}" stroke-width="${on ? 3 : 1}"><title>${escapeHtml(`${s.path} = ${p.value} (${p.version}, ${p.date.slice(0, 10)})${on ? ", active" : ""}`)}</title></circle>`;
    });
    return `<g class="series" data-series="${escapeHtml(s.path)}"><polyline points="${coords}" fill="none" stroke="${color}" stroke-width="1.5"/>${dots.join("")}</g>`;
  });
  const title = `${chart.gate}: ${chart.path}${chart.better ? ` (${chart.better} is better)` : ""}`;
  return `<figure class="chart" data-gate="${escapeHtml(chart.gate)}">
<figcaption id="${id}-t">${escapeHtml(title)}</figcaption>
<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d" xmlns="http://www.w3.org/2000/svg"><desc id="${id}-d">${escapeHtml(`${chart.series.length} series over ${plural(new Set(points.map((p) => p.version)).size, "version")}; the active version (${active ?? "none"}) is drawn as a ring. The table below has every value.`)}</desc>${axes.join("")}${lines.join("")}</svg>
<ul class="legend">${chart.series.map((s, i) => `<li><span style="background:${PALETTE[i % PALETTE.length]}"></span><code>${escapeHtml(s.path)}</code></li>`).join("")}${chart.omitted ? `<li class="muted">${plural(chart.omitted, "more place")} not drawn</li>` : ""}</ul>
<details><summary>Values</summary><div class="scroll" tabindex="0" role="region" aria-label="${escapeHtml(title)} values"><table><thead><tr><th scope="col">version</th><th scope="col">date</th>${chart.series.map((s) => `<th scope="col"><code>${escapeHtml(s.path)}</code></th>`).join("")}</tr></thead><tbody>${[
    ...new Map(points.map((p) => [p.version, p])).values()
  ].map(
    (p) => `<tr><td><code>${escapeHtml(p.version)}</code>${p.version === active ? " (active)" : ""}</td><td>${time(p.date)}</td>${chart.series.map((s) => `<td class="num">${escapeHtml(s.points.find((q) => q.version === p.version)?.value ?? "")}</td>`).join("")}</tr>`
  ).join("")}</tbody></table></div></details>
</figure>`;
}
function verdict(e) {
  const a = e.audit;
  if (!a) return `<span class="muted">no audit note</span>`;
  if (a.status === "unreadable") return `<span class="fail">unreadable note: ${escapeHtml(a.problem ?? "")}</span>`;
  const extra = [
    a.approvals?.length ? `approved by ${a.approvals.map(escapeHtml).join(", ")}` : "",
    a.override ? `overridden by ${escapeHtml(a.override.actor)}: ${escapeHtml(a.override.reason)}` : "",
    a.waivers?.length ? `waived: ${a.waivers.map((w) => `${escapeHtml(w.gate)} (${escapeHtml(w.reason)})`).join(", ")}` : ""
  ].filter(Boolean);
  return `<span class="${escapeHtml(a.result ?? "")}">${escapeHtml(a.result ?? "")}</span>${extra.length ? `<br><span class="muted">${extra.join("; ")}</span>` : ""}`;
}
function modelPage(e, ctx) {
  const s = e.status;
  const active = s?.version ?? null;
  const verdicts = lastVerdicts(e);
  const summary = s ? `<p><strong>${escapeHtml(s.version ?? "")}</strong> serves since ${time(s.since)} (${plural(s.days, "day")})${s.stage ? `, stage ${escapeHtml(s.stage.value)}` : ""}${s.rollout ? `, rollout ${s.rollout.percent}%` : ""}; ${s.rollbacks_window.count} rollback${s.rollbacks_window.count === 1 ? "" : "s"} in ${plural(s.rollbacks_window.days, "day")}${s.next ? `; next: ${escapeHtml(s.next.step)} from ${time(s.next.allowed_from)}` : ""}${certification(s).text ? `; ${escapeHtml(certification(s).text)}` : ""}.</p>` : `<p>Retired: no manifest serves at ${escapeHtml(ctx.commit.slice(0, 7))}.</p>`;
  const timeline = e.events.map(
    (ev, i) => `<tr data-index="${i}" data-commit="${escapeHtml(ev.commit)}"><td data-field="date">${time(ev.date)}</td><td data-field="kind">${escapeHtml(ev.kind)}</td><td data-field="change">${escapeHtml(changeVerb({ ...ev, alias: ev.alias }))}${ev.reverts ? ` <span class="muted">(reverts ${escapeHtml(ev.reverts.slice(0, 7))})</span>` : ""}</td><td data-field="commit">${commitRef(ev.commit, ctx)}</td><td data-field="pr">${prRef(ev.pr, ctx)}</td><td data-field="author">${escapeHtml(ev.author)}</td><td data-field="verdict">${verdict(ev)}</td></tr>`
  ).join("\n");
  const gates = e.gates.map((g) => {
    const v = verdicts.get(g.id);
    return `<tr><th scope="row"><code>${escapeHtml(g.id)}</code></th><td>${escapeHtml(g.type)}</td><td>${escapeHtml(g.severity)}</td><td>${typeof g.path === "string" ? `<code>${escapeHtml(g.path)}</code>` : ""}${g.description ? ` ${escapeHtml(g.description)}` : ""}</td><td>${v ? `<span class="${escapeHtml(v.status)}">${escapeHtml(v.status)}</span>${v.by ? ` (${escapeHtml(v.by)})` : ""} at ${commitRef(v.commit, ctx)}` : `<span class="muted">none recorded</span>`}</td></tr>`;
  }).join("\n");
  const charts = e.charts.length ? e.charts.map((c, i) => chartSvg(c, active, `chart-${i}`)).join("\n") : `<p class="muted">No numeric metric is compared by this model's gates (regression or range), so there is nothing to chart.</p>`;
  const options = (selected) => e.versions.map((v, i) => `<option value="${i}"${i === selected ? " selected" : ""}>${escapeHtml(v.version)} (${escapeHtml(v.date.slice(0, 10))})</option>`).join("");
  const n = e.versions.length;
  const diff = n >= 1 ? `<div class="filter"><label for="diff-a">From</label><select id="diff-a">${options(Math.max(0, n - 2))}</select><label for="diff-b">to</label><select id="diff-b">${options(n - 1)}</select></div>
<p id="diff-summary" aria-live="polite"></p>
<div class="scroll" tabindex="0" role="region" aria-label="Manifest differences"><table id="diff-out" class="diff"><thead><tr><th scope="col">field</th><th scope="col">from</th><th scope="col">to</th></tr></thead><tbody></tbody></table></div>
<script type="application/json" id="versions">${jsonForScript(e.versions)}</script>` : `<p class="muted">No readable version to compare.</p>`;
  const body = `<p><a href="../index.html">All models</a> \xB7 <a href="../audit/${e.slug}/audit.html">Audit export</a> (<a href="../audit/${e.slug}/audit.json">JSON</a>) \xB7 manifest <code>${escapeHtml(e.path)}</code></p>
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
function auditPage(a) {
  const ctx = { repoUrl: a.repository ?? void 0 };
  const rows = a.changes.map((c) => {
    const au = c.audit;
    const rec = au?.status === "recorded" ? au : null;
    const gates = rec?.gates.length ? rec.gates.map((g) => `<span class="${escapeHtml(g.status)}">${escapeHtml(g.id)}: ${escapeHtml(g.status)}${g.by ? ` (${escapeHtml(g.by)})` : ""}</span>`).join("<br>") : "";
    const verdictCell = rec ? `<span class="${escapeHtml(rec.result)}">${escapeHtml(rec.result)}</span>` : au ? `unreadable note: ${escapeHtml(au.status === "unreadable" ? au.problem : "")}` : `<span class="muted">no audit note</span>`;
    const exceptions = rec ? [
      ...rec.override ? [`override by ${escapeHtml(rec.override.actor)}: ${escapeHtml(rec.override.reason)}`] : [],
      ...rec.waivers.map((w) => `waiver of ${escapeHtml(w.gate)} until ${escapeHtml(w.expires)}: ${escapeHtml(w.reason)}`)
    ].join("<br>") : "";
    return `<tr data-commit="${escapeHtml(c.commit)}"><td>${time(c.date)}</td><td>${escapeHtml(changeVerb(c))}</td><td>${commitRef(c.commit, ctx)}</td><td>${prRef(c.pr, ctx)}</td><td>${escapeHtml(c.author)}</td><td>${rec ? rec.approvals.map(escapeHtml).join(", ") || "none" : ""}</td><td>${verdictCell}</td><td>${gates}</td><td>${exceptions}</td><td>${rec ? `<code title="${escapeHtml(rec.report_sha256)}">${escapeHtml(rec.report_sha256.slice(0, 16))}\u2026</code>` : ""}</td></tr>`;
  }).join("\n");
  const pointers = a.pointers.map(
    (p) => `<tr><th scope="row">${escapeHtml(p.alias ?? "")}<code>${escapeHtml(p.path)}</code></th><td>${p.status ? `<code>${escapeHtml(p.status.version ?? "")}</code>` : "retired"}</td><td>${p.status ? `${time(p.status.since)} (${plural(p.status.days, "day")})` : ""}</td><td>${p.status ? `${p.status.rollbacks_window.count} in ${plural(p.status.rollbacks_window.days, "day")}` : ""}</td><td>${p.status?.certification ? p.status.certification.certified ? "certified" : "not certified" : ""}</td></tr>`
  ).join("");
  const period = `${a.period.from ? a.period.from.slice(0, 10) : "the first change"} to ${a.period.to ? a.period.to.slice(0, 10) : "the build"}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Audit export: ${a.model}`)}</title>
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
<header><h1>${escapeHtml(`Audit export: ${a.model}`)}</h1></header>
<main>
<dl>
<dt>Period</dt><dd>${escapeHtml(period)}</dd>
<dt>Read from</dt><dd>commit <code>${escapeHtml(a.commit)}</code> (${escapeHtml(a.ref)}), as of ${escapeHtml(a.as_of)}, by modelgate ${escapeHtml(a.tool_version)}</dd>
<dt>Changes in the period</dt><dd>${a.summary.changes}: ${escapeHtml(
    Object.entries(a.summary.kinds).map(([k, n]) => `${n} ${k}`).join(", ") || "none"
  )}; ${a.summary.overrides} override${a.summary.overrides === 1 ? "" : "s"}, ${a.summary.waived} with waivers, ${a.summary.without_note} without an audit note</dd>
<dt>Evidence</dt><dd>${escapeHtml(a.evidence)}</dd>
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

// src/site/audit.ts
function auditExport(entries, o) {
  const mine = entries.filter((e) => e.model === o.model);
  const events = mine.flatMap((e) => e.events).filter((e) => (o.from === null || e.time >= o.from) && (o.to === null || e.time <= o.to)).sort((a, b) => a.time - b.time);
  const changes = events.map((e) => ({ ...historyJson([e])[0], audit: e.audit ?? null }));
  const kinds = {};
  for (const c of changes) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
  const recorded = changes.map((c) => c.audit).filter((a) => a?.status === "recorded");
  const attested = recorded.some((a) => a.gates?.some((g) => g.type === "attestation"));
  return {
    modelgate_audit: 1,
    model: o.model,
    ref: o.ref,
    commit: o.commit,
    as_of: o.now.toISOString(),
    tool_version: o.version,
    repository: o.repoUrl ?? null,
    period: { from: o.from === null ? null : new Date(o.from).toISOString(), to: o.to === null ? null : new Date(o.to).toISOString() },
    pointers: mine.map((e) => ({ path: e.path, ...e.alias !== void 0 ? { alias: e.alias } : {}, status: e.status })),
    summary: {
      changes: changes.length,
      kinds,
      overrides: recorded.filter((a) => a.override).length,
      waived: recorded.filter((a) => a.waivers?.length).length,
      without_note: changes.filter((c) => c.audit === null).length
    },
    evidence: attested ? "attestation gates were judged at merge: their verdicts are in each change's gates" : "no attestation gate was recorded for these changes: the verdicts rest on the manifests in git and the audit notes",
    changes
  };
}
function writeAudit(dir, data) {
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(data, null, 2)}
`;
  const html = auditPage(data);
  writeFileSync(join(dir, "audit.json"), json);
  writeFileSync(join(dir, "audit.html"), html);
  const sums = `${sha256Hex(html)}  audit.html
${sha256Hex(json)}  audit.json
`;
  writeFileSync(join(dir, "SHA256SUMS"), sums);
  return { digest: sha256Hex(sums), files: ["audit.html", "audit.json", "SHA256SUMS"] };
}

// src/site/index.ts
async function repoUrl(repo, env) {
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) return `${env.GITHUB_SERVER_URL.replace(/\/+$/, "")}/${env.GITHUB_REPOSITORY}`;
  let origin = "";
  try {
    origin = (await repo.raw(["config", "--get", "remote.origin.url"])).trim();
  } catch {
    return void 0;
  }
  const m = /^(?:https:\/\/|git@|ssh:\/\/git@)github\.com[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(origin);
  return m ? `https://github.com/${m[1]}/${m[2]}` : void 0;
}
async function load(s) {
  const { events, policy, status } = await readRegistry({ repo: s.repo, ref: s.commit, policy: s.policy }, s.now);
  const audits = await readAudits(s.repo, events);
  const audited = events.map((e) => Object.assign(e, { audit: audits.audit(e) }));
  const entries = siteEntries(audited, policy, status);
  const url = await repoUrl(s.repo, s.env);
  return {
    entries,
    notes: { present: audits.present, hasOrigin: audits.hasOrigin },
    ctx: { commit: s.commit, ref: s.ref, now: s.now, version: VERSION, ...url ? { repoUrl: url } : {} }
  };
}
async function writeSite(s, out) {
  const { entries, ctx, notes } = await load(s);
  mkdirSync2(join2(out, "assets"), { recursive: true });
  mkdirSync2(join2(out, "models"), { recursive: true });
  writeFileSync2(join2(out, "assets", "site.css"), CSS);
  writeFileSync2(join2(out, "assets", "site.js"), JS);
  writeFileSync2(join2(out, "index.html"), registryPage(entries, ctx));
  writeFileSync2(join2(out, ".nojekyll"), "");
  for (const e of entries) writeFileSync2(join2(out, "models", `${e.slug}.html`), modelPage(e, ctx));
  const models = [...new Set(entries.map((e) => e.model))];
  for (const e of entries) {
    const data = auditExport(entries, {
      model: e.model,
      from: null,
      to: null,
      ref: s.ref,
      commit: s.commit,
      now: s.now,
      version: VERSION,
      repoUrl: ctx.repoUrl
    });
    writeAudit(join2(out, "audit", e.slug), data);
  }
  return { pages: entries.length + 1, models: models.length, notes, events: entries.reduce((n, e) => n + e.events.length, 0) };
}
async function writeModelAudit(s, model, from, to, out) {
  const { entries, ctx, notes } = await load(s);
  if (!entries.some((e) => e.model === model)) {
    const names = [...new Set(entries.map((e) => e.model))];
    throw new ModelgateError({
      file: model,
      message: `no model named "${model}" in the history at ${s.ref}`,
      hint: names.length ? `models: ${names.slice(0, 20).join(", ")}${names.length > 20 ? " \u2026" : ""}` : "no governed manifest exists on this branch"
    });
  }
  const data = auditExport(entries, { model, from, to, ref: s.ref, commit: s.commit, now: s.now, version: VERSION, repoUrl: ctx.repoUrl });
  return { ...writeAudit(out, data), changes: data.changes.length, notes };
}
export {
  writeModelAudit,
  writeSite
};
//# sourceMappingURL=site-VBD5UVYS.js.map
