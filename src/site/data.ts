import type { EventAudit } from "../core/audit.js";
import { sha256Hex } from "../core/hash.js";
import { groupByPath, type HistoryEvent } from "../core/history.js";
import type { GateConfig } from "../core/model.js";
import { formatPath, matchPath } from "../core/path.js";
import { gatesFor, type Policy } from "../core/policy.js";
import type { StatusEntry } from "../registry.js";

/** Gate types whose `path` is a metric the policy compares: what the model page charts. */
export const CHARTED_GATES = ["regression", "range"] as const;
/** Lines one chart draws at most: a path with wildcards can match many places. */
export const MAX_SERIES = 8;

/** The audit note of an event's commit (refs/notes/modelgate) as history reads it; null when the commit has none. */
export type AuditNote = EventAudit;
export type RecordedAudit = Extract<EventAudit, { status: "recorded" }>;

/** A status entry's certification, where the policy has a `certified` gate. */
export interface CertificationFact {
  certified: boolean;
  since?: string | null;
  reason?: string;
}

export type SiteEvent = HistoryEvent & { audit?: AuditNote | null };
export type SiteStatus = StatusEntry & { certification?: CertificationFact; state?: string };

export interface Point {
  version: string;
  date: string;
  commit: string;
  value: number;
}
export interface Chart {
  gate: string;
  type: string;
  /** The gate's path, wildcards and all. */
  path: string;
  better?: string;
  series: Array<{ path: string; points: Point[] }>;
  /** Places past MAX_SERIES that are not drawn. */
  omitted: number;
}

/** One governed manifest (a model, or one of its pointers): its page and what the page shows. */
export interface SiteEntry {
  path: string;
  model: string;
  alias?: string;
  /** Its page and audit export, relative to the site's root. */
  slug: string;
  status: SiteStatus | null;
  events: SiteEvent[];
  gates: GateConfig[];
  charts: Chart[];
  /** Every version's manifest as it first served (the diff's input), oldest first. */
  versions: Array<{ version: string; date: string; commit: string; manifest: unknown }>;
}

/** A file name from a model's name that no name can turn into a path: lowercase letters, digits and dashes, and a digest of the manifest's path. */
export function slugOf(model: string, alias: string | undefined, path: string): string {
  const readable = `${model}${alias !== undefined ? `-${alias}` : ""}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  const digest = sha256Hex(path).slice(0, 8);
  return `${readable || "model"}-${digest}`;
}

export function siteEntries(events: SiteEvent[], policy: Policy, status: SiteStatus[]): SiteEntry[] {
  const byStatus = new Map(status.map((s) => [s.path, s]));
  const entries: SiteEntry[] = [];
  for (const [path, list] of groupByPath(events)) {
    const last = list[list.length - 1];
    const gates = gatesFor(policy, last.model);
    const versions = versionsOf(list);
    entries.push({
      path,
      model: last.model,
      ...(last.alias !== undefined ? { alias: last.alias } : {}),
      slug: slugOf(last.model, last.alias, path),
      status: byStatus.get(path) ?? null,
      events: list,
      gates,
      charts: chartsOf(gates, versions),
      versions: versions.map((v) => ({ version: v.version, date: v.event.date, commit: v.event.commit, manifest: v.event.doc?.value ?? null })),
    });
  }
  return entries.sort(
    (a, b) => Number(a.status === null) - Number(b.status === null) || a.model.localeCompare(b.model) || (a.alias ?? "").localeCompare(b.alias ?? ""),
  );
}

/** Each version once, at the event that first made it serve (a readable manifest), oldest first. */
function versionsOf(list: SiteEvent[]): Array<{ version: string; event: SiteEvent }> {
  const seen = new Map<string, SiteEvent>();
  for (const e of list) if (e.to !== null && e.doc && !seen.has(e.to)) seen.set(e.to, e);
  return [...seen].map(([version, event]) => ({ version, event }));
}

function chartsOf(gates: GateConfig[], versions: Array<{ version: string; event: SiteEvent }>): Chart[] {
  const charts: Chart[] = [];
  for (const gate of gates) {
    if (!(CHARTED_GATES as readonly string[]).includes(gate.type) || typeof gate.path !== "string") continue;
    const series = new Map<string, Point[]>();
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
      ...(typeof gate.better === "string" ? { better: gate.better } : {}),
      series: all.slice(0, MAX_SERIES),
      omitted: Math.max(0, all.length - MAX_SERIES),
    });
  }
  return charts;
}

/** The last verdict the audit notes recorded for each gate of the entry. */
export function lastVerdicts(entry: SiteEntry): Map<string, { status: string; by?: string; commit: string; date: string }> {
  const out = new Map<string, { status: string; by?: string; commit: string; date: string }>();
  for (const e of entry.events) {
    if (e.audit?.status !== "recorded") continue;
    for (const g of e.audit.gates ?? []) out.set(g.id, { status: g.status, ...(g.by ? { by: g.by } : {}), commit: e.commit, date: e.date });
  }
  return out;
}
