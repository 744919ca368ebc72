import type { Doc } from "../document.js";
import type { Finding, GateContext, HistoryEvent } from "../model.js";
import { parsePath, type Segment, valueAt } from "../path.js";
import { DAY, daysBetween, heldSince } from "../served.js";
import { parseDuration, toInstant, whenOf } from "../time.js";
import { defineGate } from "./define.js";
import { DURATION, PATH } from "./fields.js";
import { fail, findingAt, missingAt, pass, plural, skip } from "./finding.js";

export const soak = defineGate({
  type: "soak",
  summary:
    "the active version (or its stage at `path`) has served at least min_days on the base branch, from git history; or, with `since`, a time in the manifest that old, counted from no earlier than the commit that brought it to the base branch; optionally with at most max_rollbacks in a window",
  fields: {
    min_days: { type: "number", minimum: 0 },
    of: { enum: ["version", "stage"], description: "what must have served: the version (default) or the stage at `path`" },
    path: PATH,
    since: { ...PATH, description: "a time in the manifest to count from; it counts only from when it reached the base branch" },
    max_rollbacks: { type: "integer", minimum: 0, description: "at most this many rollbacks of the model within `window`" },
    window: { ...DURATION, description: "the window for max_rollbacks (default: min_days)" },
  },
  required: ["min_days"],
  // biome-ignore lint/suspicious/noThenProperty: "then" is a JSON Schema keyword here.
  constraints: { if: { properties: { of: { const: "stage" } }, required: ["of"] }, then: { required: ["path"] } },
  needs: ["candidate", "history"],
  async evaluate(ctx) {
    const { min_days: minDays, since } = ctx.options;
    const candidate = ctx.candidate as Doc;
    const events = await ctx.history();
    const now = ctx.now.getTime();
    let start: number;
    let what: string;
    if (since) {
      const segs = concrete(since);
      const written = valueAt(candidate.value, segs);
      const at = toInstant(written);
      if (at === null)
        return fail(`${since} is missing or not a time`, [missingAt(candidate, since, `${since} must be an ISO-8601 time or epoch milliseconds`)]);
      // A date is the PR author's word: it counts only from when the base branch first held it, for this
      // version (a new version that keeps an old date starts from its own arrival; a rollback keeps its past).
      const same = JSON.stringify(written);
      const first = events.find((e) => e.doc !== null && e.to === ctx.change.to && JSON.stringify(valueAt(e.doc.value, segs)) === same);
      const onBase = first !== undefined;
      const arrived = first?.time ?? now;
      start = Math.max(at, arrived);
      what = `${since} (${whenOf(at)}${arrived > at ? `, on the base branch${onBase ? ` for version ${ctx.change.to} since ${whenOf(arrived)}` : " since this change"}` : ""})`;
    } else {
      if (!ctx.active) return skip("no active manifest: the model is new, nothing has served yet");
      const stagePath = ctx.options.of === "stage" ? concrete(ctx.options.path as string) : null;
      const held = heldSince(events, (e) => (stagePath ? (e.doc ? valueAt(e.doc.value, stagePath) : undefined) : e.to));
      if (!held) {
        return fail("the base branch's history does not reach back to when the active version started serving", [
          { message: "fetch the full history (actions/checkout with fetch-depth: 0)", file: ctx.change.path },
        ]);
      }
      start = held.time;
      const label = stagePath ? `stage ${JSON.stringify(valueAt(ctx.active.value, stagePath))}` : `version ${ctx.change.from}`;
      what = `${label}, active since ${whenOf(held.time)} (${held.commit.slice(0, 7)}${held.pr ? `, #${held.pr}` : ""})`;
    }
    const days = Math.max(0, daysBetween(start, now));
    const findings: Finding[] = [];
    const where = since ? concrete(since) : [];
    if (now < start + minDays * DAY) {
      findings.push(
        findingAt(candidate, where, {
          observed: days,
          limit: minDays,
          message: `${what} has served ${plural(days, "day")}, needs ${plural(minDays, "day")}: allowed from ${whenOf(start + minDays * DAY)}`,
        }),
      );
    }
    if (ctx.options.max_rollbacks !== undefined) findings.push(...rollbackFindings(ctx, events, minDays, ctx.options.max_rollbacks));
    if (findings.length > 0) return fail(findings.map((f) => f.message).join("; "), findings);
    return pass(`${what} has served ${plural(days, "day")} (needs ${minDays})${ctx.options.max_rollbacks !== undefined ? ", rollbacks within limit" : ""}`);
  },
});

function rollbackFindings(ctx: GateContext<{ window?: number | string }>, events: HistoryEvent[], minDays: number, max: number): Finding[] {
  const windowMs = ctx.options.window === undefined ? minDays * DAY : windowOf(ctx.options.window);
  const from = ctx.now.getTime() - windowMs;
  // A rollback exactly at the window's start is inside it.
  const rollbacks = events.filter((e) => e.kind === "rollback" && e.time >= from);
  if (rollbacks.length <= max) return [];
  const list = rollbacks.map((e) => `${e.from} → ${e.to} on ${whenOf(e.time)}`).join(", ");
  return [
    {
      observed: rollbacks.length,
      limit: max,
      file: ctx.change.path,
      message: `${plural(rollbacks.length, "rollback")} since ${whenOf(from)} (${list}), at most ${max} allowed`,
    },
  ];
}

function windowOf(value: number | string): number {
  const d = parseDuration(value);
  return d.isTime ? d.amount : d.amount * DAY;
}

function concrete(path: string): Segment[] {
  return parsePath(path).filter((s): s is Segment => typeof s !== "symbol");
}
