import { sameValue } from "./equal.js";
import type { HistoryEvent } from "./model.js";
import { parsePath, type Segment, valueAt } from "./path.js";
import { DAY, daysBetween } from "./served.js";
import { isoOf, whenOf } from "./time.js";

/** What certifies a version: `min_days` of serving (at a value of `path` in `values`, when given) without a step back. */
export interface CertificationOptions {
  min_days: number;
  path?: string;
  values?: unknown[];
}

export interface Certification {
  version: string | null;
  certified: boolean;
  /** When the version became certified (ISO-8601), or null. */
  since: string | null;
  /** When the clock that certifies (or will certify) it started: null when the version is not serving as the options say. */
  clock: string | null;
  /** Days on that clock, now (or at certification). */
  days: number;
  /** Rollbacks and demotions of the model within the last min_days, up to now. */
  rollbacks: number;
  reason: string;
}

/**
 * A version is certified once it has served `min_days` without a break and without a step back
 * (a rollback or a demotion restarts the clock), on the base branch's first-parent history:
 * seed 003's "30 days in production, zero rollbacks". Certification is a fact of the past:
 * it holds from then on, for that version. Exactly `min_days` counts.
 */
export function certificationOf(events: readonly HistoryEvent[], version: string | null, options: CertificationOptions, now: Date): Certification {
  const segs = options.path ? (parsePath(options.path).filter((s) => typeof s !== "symbol") as Segment[]) : null;
  const values = options.values;
  const need = options.min_days * DAY;
  const at = now.getTime();
  const qualifies = (e: HistoryEvent) =>
    e.doc !== null && e.to === version && (!segs || !values || values.some((v) => sameValue(v, valueAt(e.doc?.value, segs))));
  const rollbacks = events.filter((e) => (e.kind === "rollback" || e.kind === "demotion") && e.time >= at - need && e.time <= at).length;
  let clock: number | null = null;
  for (let i = 0; i < events.length && events[i].time <= at; i++) {
    const e = events[i];
    if (!qualifies(e)) clock = null;
    else if (clock === null || e.kind === "rollback" || e.kind === "demotion") clock = e.time;
    const end = Math.min(i + 1 < events.length ? events[i + 1].time : at, at);
    if (clock !== null && end - clock >= need) {
      return {
        version,
        certified: true,
        since: isoOf(clock + need),
        clock: isoOf(clock),
        days: options.min_days,
        rollbacks,
        reason: `${version} is certified since ${whenOf(clock + need)}: it served ${dayCount(options.min_days)}${where(options)} from ${whenOf(clock)} without a rollback or a step back`,
      };
    }
  }
  if (clock === null) return { version, certified: false, since: null, clock: null, days: 0, rollbacks, reason: `${version} is not serving${where(options)}` };
  const days = daysBetween(clock, at);
  return {
    version,
    certified: false,
    since: null,
    clock: isoOf(clock),
    days,
    rollbacks,
    reason: `${version} has served ${days} of ${dayCount(options.min_days)}${where(options)} since ${whenOf(clock)} without a rollback or a step back: certified from ${whenOf(clock + need)}`,
  };
}

function where(options: CertificationOptions): string {
  return options.path && options.values ? ` at ${options.path} ${options.values.map((v) => JSON.stringify(v)).join(" or ")}` : "";
}

function dayCount(n: number): string {
  return n === 1 ? "1 day" : `${n} days`;
}
