import type { Doc } from "../document.js";
import { DAY, type HistoryEvent, heldSince } from "../history.js";
import type { Finding, GateContext, GateType } from "../model.js";
import { parsePath, type Segment, valueAt } from "../path.js";
import { isoOf, parseDuration, toInstant } from "../time.js";
import { DURATION, PATH } from "./fields.js";
import { fail, findingAt, missingAt, pass, skip } from "./finding.js";

export const soak: GateType = {
  type: "soak",
  summary:
    "the active version (or its stage at `path`) has served at least min_days on the base branch, from git history; or, with `since`, a time in the manifest is that old; optionally with at most max_rollbacks in a window",
  fields: {
    min_days: { type: "number", minimum: 0 },
    of: { enum: ["version", "stage"], description: "what must have served: the version (default) or the stage at `path`" },
    path: PATH,
    since: { ...PATH, description: "a time in the candidate manifest to count from, instead of git history" },
    max_rollbacks: { type: "integer", minimum: 0, description: "at most this many rollbacks of the model within `window`" },
    window: { ...DURATION, description: "the window for max_rollbacks (default: min_days)" },
  },
  required: ["min_days"],
  // biome-ignore lint/suspicious/noThenProperty: "then" is a JSON Schema keyword here.
  constraints: { if: { properties: { of: { const: "stage" } }, required: ["of"] }, then: { required: ["path"] } },
  needs: "candidate",
  async run(ctx) {
    const minDays = ctx.gate.min_days as number;
    const candidate = ctx.candidate as Doc;
    const findings: Finding[] = [];
    let servedMs: number;
    let what: string;
    if (ctx.gate.since) {
      const since = ctx.gate.since as string;
      const at = toInstant(valueAt(candidate.value, concrete(since)));
      if (at === null)
        return fail(`${since} is missing or not a time`, [missingAt(candidate, since, `${since} must be an ISO-8601 time or epoch milliseconds`)]);
      servedMs = ctx.now.getTime() - at;
      what = `${since} (${isoOf(at)})`;
    } else {
      if (!ctx.active) return skip("no active manifest: the model is new, nothing has served yet");
      const events = await ctx.history();
      const stagePath = ctx.gate.of === "stage" ? concrete(ctx.gate.path as string) : null;
      const start = heldSince(events, (e) => (stagePath ? (e.doc ? valueAt(e.doc.value, stagePath) : undefined) : e.to));
      if (!start) {
        return fail("the base branch's history does not reach back to when the active version started serving", [
          { message: "fetch the full history (actions/checkout with fetch-depth: 0)", file: ctx.change.path },
        ]);
      }
      servedMs = ctx.now.getTime() - start.time;
      const label = stagePath ? `stage ${JSON.stringify(valueAt(ctx.active.value, stagePath))}` : `version ${ctx.change.from}`;
      what = `${label}, active since ${start.date} (${start.commit.slice(0, 7)}${start.pr ? `, #${start.pr}` : ""})`;
    }
    const days = round(servedMs / DAY);
    if (servedMs < minDays * DAY) {
      findings.push(findingAt(candidate, [], { observed: days, limit: minDays, message: `${what} has served ${days} days, needs ${minDays}` }));
    }
    if (ctx.gate.max_rollbacks !== undefined) findings.push(...(await rollbackFindings(ctx, minDays)));
    if (findings.length > 0) return fail(ctx.gate.message ?? findings.map((f) => f.message).join("; "), findings);
    return pass(`${what} has served ${days} days (needs ${minDays})${ctx.gate.max_rollbacks !== undefined ? `, rollbacks within limit` : ""}`);
  },
};

async function rollbackFindings(ctx: GateContext, minDays: number): Promise<Finding[]> {
  const windowMs = ctx.gate.window === undefined ? minDays * DAY : windowOf(ctx.gate.window);
  const from = ctx.now.getTime() - windowMs;
  const rollbacks = (await ctx.history()).filter((e: HistoryEvent) => e.kind === "rollback" && e.time >= from);
  const max = ctx.gate.max_rollbacks as number;
  if (rollbacks.length <= max) return [];
  const list = rollbacks.map((e) => `${e.from} → ${e.to} on ${e.date.slice(0, 10)}`).join(", ");
  return [
    {
      observed: rollbacks.length,
      limit: max,
      file: ctx.change.path,
      message: `${rollbacks.length} rollbacks since ${isoOf(from).slice(0, 10)} (${list}), at most ${max} allowed`,
    },
  ];
}

function windowOf(value: unknown): number {
  const d = parseDuration(value);
  return d.isTime ? d.amount : d.amount * DAY;
}

function concrete(path: string): Segment[] {
  return parsePath(path).filter((s): s is Segment => typeof s !== "symbol");
}

function round(x: number): number {
  return Math.floor(x * 100) / 100;
}
