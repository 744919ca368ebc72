import type { HistoryEvent } from "./model.js";
import { type Segment, valueAt } from "./path.js";
import { whenOf } from "./time.js";

export const DAY = 86_400_000;

/**
 * The event from which a value has held without a break up to the end of the history:
 * the active version, or the value at a path of the manifest (a stage, a rollout
 * percentage). Null when the history does not reach back to it (a shallow clone).
 */
export function heldSince(events: readonly HistoryEvent[], valueAtEvent: (e: HistoryEvent) => unknown): HistoryEvent | null {
  if (events.length === 0) return null;
  const current = JSON.stringify(valueAtEvent(events[events.length - 1]));
  let start: HistoryEvent | null = null;
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i].kind === "retire" || JSON.stringify(valueAtEvent(events[i])) !== current) break;
    start = events[i];
  }
  return start;
}

/**
 * Since when the value at a path of the manifest (a stage, a rollout step) has held for this
 * version: a step an earlier version served does not count for this one. Null when the history
 * does not reach back to it.
 */
export function heldForVersionSince(events: readonly HistoryEvent[], segments: readonly Segment[]): number | null {
  const held = heldSince(events, (e) => (e.doc ? valueAt(e.doc.value, segments) : undefined));
  if (!held) return null;
  return Math.max(held.time, heldSince(events, (e) => e.to)?.time ?? held.time);
}

/** Whole and hundredths of days between two instants, rounded down: "served 6.99 days" is not 7. */
export function daysBetween(from: number, to: number): number {
  return Math.floor(((to - from) / DAY) * 100) / 100;
}

/** The calendar day (UTC) an instant falls on, for messages: 2026-01-08. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Where on the base branch an event happened, for messages: `abc1234, #2, 2026-01-10`. */
export function placeOf(e: { commit: string; pr: number | null; time: number }): string {
  return `${e.commit.slice(0, 7)}${e.pr ? `, #${e.pr}` : ""}, ${whenOf(e.time)}`;
}
