import type { Doc } from "../document.js";
import type { Finding, GateContext, HistoryEvent } from "../model.js";
import { concreteSegments, type Segment, valueAt } from "../path.js";
import { DAY, daysBetween, heldSince, placeOf } from "../served.js";
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
    as: {
      type: "string",
      minLength: 1,
      description:
        "an alias (shadow): the candidate's content must be what that pointer of the same model holds at the base, and its version must have served there without a break for min_days (instead of since or the active version's time)",
    },
    except: { type: "array", items: PATH, description: "with `as`: paths that may differ between the two pointers (the stage field)" },
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
    if (ctx.options.as !== undefined) {
      const ran = await ranAs(ctx.options.as, ctx.options.except ?? [], candidate, await ctx.servedAs(ctx.options.as), ctx.change.to);
      if ("refused" in ran) return fail(ran.refused, [{ message: ran.refused, file: ctx.change.path }]);
      start = ran.start;
      what = ran.what;
    } else if (since) {
      const segs = concreteSegments(since);
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
      // Re-added after this manifest was deleted on the base branch: nothing has served here since,
      // so there is no time to count. It fails closed, naming the deletion: the same model may
      // serve at another path (a move), which a skip would let a pull request step around.
      const last = events[events.length - 1];
      if (last?.kind === "retire") {
        const message = `nothing has served at ${ctx.change.path} since it was deleted on the base branch (${placeOf(last)}): no time to count toward ${plural(minDays, "day")}; a model brought back needs a waiver or an override`;
        const findings: Finding[] = [{ message, file: ctx.change.path }];
        if (ctx.options.max_rollbacks !== undefined) findings.push(...rollbackFindings(ctx, events, minDays, ctx.options.max_rollbacks));
        return fail(findings.map((f) => f.message).join("; "), findings);
      }
      const stagePath = ctx.options.of === "stage" ? concreteSegments(ctx.options.path as string) : null;
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
    // The finding points at the field it counted from; a version's time has no field, so the file alone.
    const field = since ?? (ctx.options.of === "stage" ? ctx.options.path : undefined);
    if (now < start + minDays * DAY) {
      const detail = {
        observed: days,
        limit: minDays,
        message: `${what} has served ${plural(days, "day")}, needs ${plural(minDays, "day")}: allowed from ${whenOf(start + minDays * DAY)}`,
      };
      findings.push(field ? findingAt(candidate, concreteSegments(field), detail) : { ...detail, file: ctx.change.path });
    }
    if (ctx.options.max_rollbacks !== undefined) findings.push(...rollbackFindings(ctx, events, minDays, ctx.options.max_rollbacks));
    if (findings.length > 0) return fail(findings.map((f) => f.message).join("; "), findings);
    return pass(`${what} has served ${plural(days, "day")} (needs ${minDays})${ctx.options.max_rollbacks !== undefined ? ", rollbacks within limit" : ""}`);
  },
});

/**
 * When the candidate's content (but for `except`) started serving as `alias` without a break up
 * to the base. What ran in shadow is judged by what the base branch held there, never by a date
 * or a flag the PR writes.
 */
function ranAs(
  alias: string,
  except: string[],
  candidate: Doc,
  events: HistoryEvent[] | null,
  version: string | null,
): { start: number; what: string } | { refused: string } {
  const name = `version ${version ?? "(none)"}`;
  if (!events || events.length === 0) return { refused: `${name} never served as ${alias} on the base branch: run it as ${alias} first` };
  const without = except.map((p) => concreteSegments(p));
  const content = (value: unknown) => canonical(stripPaths(value, without));
  const wanted = content(candidate.value);
  const last = events[events.length - 1];
  if (!last.doc || content(last.doc.value) !== wanted) {
    const now = last.doc ? `${alias} holds version ${last.to ?? "(none)"}` : `the ${alias} manifest was removed`;
    const differs = last.doc && last.to === version ? `, with other content${except.length ? ` (besides ${except.join(", ")})` : ""}` : "";
    return { refused: `${name} is not what serves as ${alias} at the base: ${now}${differs}; promote the content that ran as ${alias}` };
  }
  // The version's run as the alias counts, through updates in place (shadow metrics added session by
  // session); the content promoted must be what the alias holds at the base.
  const held = heldSince(events, (e) => e.to) as HistoryEvent;
  return { start: held.time, what: `${name}, as ${alias} since ${whenOf(held.time)} (${held.commit.slice(0, 7)}${held.pr ? `, #${held.pr}` : ""})` };
}

/** The value with the given paths removed, for comparing two pointers' manifests. */
function stripPaths(value: unknown, paths: ReadonlyArray<readonly Segment[]>): unknown {
  if (paths.length === 0) return value;
  const copy = structuredClone(value);
  for (const segs of paths) {
    const parent = valueAt(copy, segs.slice(0, -1));
    const key = segs[segs.length - 1];
    if (parent !== null && typeof parent === "object" && key !== undefined) delete (parent as Record<string | number, unknown>)[key as string | number];
  }
  return copy;
}

/** JSON with keys sorted: two manifests equal as data compare equal as text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

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
