import type { GateConfig, HistoryEvent } from "./model.js";
import { concreteSegments, valueAt } from "./path.js";
import { DAY, heldForVersionSince, heldSince } from "./served.js";
import { parseDuration } from "./time.js";

/**
 * What `status` shows beside the version, read from the manifest's served history and the gates
 * that govern it: the stage (the `transition` gate's path) and since when, the rollout step (the
 * `rollout` gate's path) and since when, rollbacks in the window, and the earliest date the next
 * step is allowed. Nothing here is taken from a date the manifest writes.
 */
export interface LifecycleFacts {
  /** The value at the transition gate's path, and when the version reached it (not when it was registered). */
  stage?: { value: string; path: string; since: string; days: number };
  /** The rollout percentage at the rollout gate's path, and when this version reached that step. */
  rollout?: { percent: number; path: string; since: string; days: number };
  /** Rollbacks of this manifest within the window: the soak gate's `window` (or `min_days`) where one counts them, else 30 days. */
  rollbacks_window: { days: number; count: number };
  /** The next step the gates allow, and from when: "rollout 25% → 50%", or a promotion out of a shadow alias. */
  next?: { step: string; allowed_from: string; gate: string };
}

const DEFAULT_WINDOW_DAYS = 30;

/** The facts of one manifest whose events are `list` (oldest first), under the gates that govern its model. */
export function lifecycleFacts(list: readonly HistoryEvent[], gates: readonly GateConfig[], now: Date, alias: string | null): LifecycleFacts {
  const last = list[list.length - 1];
  const doc = last?.doc;
  // Time at a stage or a step counts from no earlier than this version's arrival.
  const arrived = heldSince(list, (e) => e.to)?.time ?? last?.time ?? now.getTime();
  const days = (from: number) => Math.max(0, Math.floor((now.getTime() - from) / DAY));
  const facts: LifecycleFacts = { rollbacks_window: rollbacksIn(list, gates, now) };
  if (!doc) return facts;

  const transition = gates.find((g) => g.type === "transition" && typeof g.path === "string");
  if (transition) {
    const segs = concreteSegments(transition.path as string);
    const value = valueAt(doc.value, segs);
    if (typeof value === "string") {
      const since = heldForVersionSince(list, segs) ?? arrived;
      facts.stage = { value, path: transition.path as string, since: new Date(since).toISOString(), days: days(since) };
    }
  }

  const rollout = gates.find((g) => g.type === "rollout" && typeof g.path === "string" && Array.isArray(g.steps));
  if (rollout) {
    const segs = concreteSegments(rollout.path as string);
    const percent = valueAt(doc.value, segs);
    if (typeof percent === "number") {
      const since = heldForVersionSince(list, segs) ?? arrived;
      facts.rollout = { percent, path: rollout.path as string, since: new Date(since).toISOString(), days: days(since) };
      const steps = rollout.steps as number[];
      const at = steps.indexOf(percent);
      if (at >= 0 && at < steps.length - 1) {
        const minDays = typeof rollout.min_days_per_step === "number" ? rollout.min_days_per_step : 0;
        facts.next = { step: `rollout ${percent}% → ${steps[at + 1]}%`, allowed_from: new Date(since + minDays * DAY).toISOString(), gate: rollout.id };
      }
    }
  }

  // A content that runs as this alias (shadow) may be promoted once the soak gate that reads it is met.
  if (!facts.next && alias !== null) {
    const soak = gates.find((g) => g.type === "soak" && g.as === alias && typeof g.min_days === "number");
    if (soak) {
      const held = heldSince(list, (e) => e.to);
      if (held)
        facts.next = { step: `promote from ${alias}`, allowed_from: new Date(held.time + (soak.min_days as number) * DAY).toISOString(), gate: soak.id };
    }
  }
  return facts;
}

function rollbacksIn(list: readonly HistoryEvent[], gates: readonly GateConfig[], now: Date): { days: number; count: number } {
  const soak = gates.find((g) => g.type === "soak" && g.max_rollbacks !== undefined);
  let windowDays = DEFAULT_WINDOW_DAYS;
  if (soak) {
    const w = soak.window;
    if (typeof w === "number" || typeof w === "string") {
      const d = parseDuration(w);
      windowDays = d.isTime ? d.amount / DAY : d.amount;
    } else if (typeof soak.min_days === "number") windowDays = soak.min_days;
  }
  const from = now.getTime() - windowDays * DAY;
  return { days: windowDays, count: list.filter((e) => e.kind === "rollback" && e.time >= from).length };
}
