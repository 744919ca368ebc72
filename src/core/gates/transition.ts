import type { Doc } from "../document.js";
import type { ChangeKind } from "../model.js";
import { concreteSegments, valueAt } from "../path.js";
import { defineGate } from "./define.js";
import { PATH, STRINGS } from "./fields.js";
import { fail, findingAt, missingAt, pass } from "./finding.js";

const EDGES = { type: "object", additionalProperties: { type: "array", items: { type: "string" } } } as const;

export const transition = defineGate({
  type: "transition",
  summary:
    "the stage at path moves along an allowed edge (edges), or one step forward (order), or back along a demote edge; nothing leaves a terminal stage, also by rollback; retire_from names the stages a manifest may be deleted from",
  fields: {
    path: PATH,
    edges: { ...EDGES, description: "{ from: [to, …] }" },
    order: { type: "array", minItems: 2, items: { type: "string" }, description: "stages in order; a move goes one step forward" },
    initial: { type: "array", minItems: 1, items: { type: "string" }, description: "stages a new model, or a new version, starts in" },
    demote: { ...EDGES, description: "moves back the policy allows, { from: [to, …] }: a change that only makes them is a demotion" },
    terminal: { ...STRINGS, description: "stages a model no longer serves in and never leaves, also by rollback (only a new version starts again)" },
    retire_from: { ...STRINGS, description: "stages from which the manifest may be deleted (a retire)" },
  },
  required: ["path"],
  constraints: { oneOf: [{ required: ["edges"] }, { required: ["order"] }] },
  // It judges steps back as well; a rollback only where a stage is terminal, a deletion only where retire_from says where from.
  on: (options) => [
    "promotion",
    "new",
    "update",
    "demotion",
    ...(options.terminal !== undefined ? (["rollback"] as const) : []),
    ...(options.retire_from !== undefined ? (["retire"] as const) : []),
  ],
  needs: ["change", "history"],
  async evaluate(ctx) {
    const path = ctx.options.path;
    const segs = concreteSegments(path);
    const terminal = ctx.options.terminal ?? [];
    const from = ctx.active ? valueAt(ctx.active.value, segs) : undefined;
    if (ctx.change.kind === "retire") {
      // A retirement has no candidate: the stage it leaves from is the active manifest's.
      const active = ctx.active as Doc;
      const allowed = ctx.options.retire_from;
      if (!allowed) return pass(`retired from ${String(from)}`);
      if (typeof from === "string" && allowed.includes(from)) return pass(`retired from ${from}`);
      const message = `a model is retired (its manifest deleted) only from ${allowed.join(" or ")}, not from ${from === undefined ? "a manifest without a stage" : String(from)}: move it there first`;
      return fail(message, [findingAt(active, segs, { observed: from, limit: allowed, message })]);
    }
    const doc = ctx.candidate as Doc;
    const to = valueAt(doc.value, segs);
    if (typeof to !== "string")
      return fail(`${path} must be a stage name`, [missingAt(doc, path, `${path} is ${to === undefined ? "missing" : "not a string"}`)]);
    const refuse = (allowed: string[], message: string) => fail(message, [findingAt(doc, segs, { observed: to, limit: allowed, message })]);
    const order = ctx.options.order;
    const edges = ctx.options.edges;
    const demote = ctx.options.demote ?? {};
    // A new version starts its own lifecycle when `initial` says where; the same version moves along the edges.
    const freshVersion = ctx.change.kind === "promotion" && ctx.options.initial !== undefined;
    if (typeof from === "string" && terminal.includes(from) && from !== to && !freshVersion) {
      const again = ctx.options.initial ?? (order ? [order[0]] : []);
      return refuse([], terminalMessage(ctx.change.kind, from, to, again));
    }
    if (from === undefined || freshVersion) {
      const initial = ctx.options.initial ?? (order ? [order[0]] : undefined);
      if (initial && !initial.includes(to)) return refuse(initial, `a new ${freshVersion ? "version" : "model"} starts in ${initial.join(" or ")}, not ${to}`);
      return pass(`starts in ${to}`);
    }
    if (ctx.change.kind === "rollback" && terminal.length > 0) {
      // A version whose lifecycle ended stays ended: rolling back to one of its earlier states would revive it.
      const ended = (await ctx.history()).find((e) => e.doc !== null && e.to === ctx.change.to && terminal.includes(valueAt(e.doc.value, segs) as string));
      if (ended) {
        const stage = String(valueAt(ended.doc?.value, segs));
        const again = ctx.options.initial ?? (order ? [order[0]] : []);
        return refuse(
          [],
          `version ${ctx.change.to} reached ${stage}, a terminal stage, on ${ended.date.slice(0, 10)} (${ended.commit.slice(0, 7)}): a rollback cannot bring it back${again.length ? `; a new version starts again in ${again.join(" or ")}` : ""}`,
        );
      }
    }
    if (from === to) return pass(`stays in ${to}`);
    if (ctx.change.kind === "rollback") return pass(`rolls back from ${from} to ${to}, a state that served`);
    const forward = order
      ? order.indexOf(String(from)) >= 0
        ? order.slice(order.indexOf(String(from)) + 1, order.indexOf(String(from)) + 2)
        : []
      : (edges?.[String(from)] ?? []);
    const back = demote[String(from)] ?? [];
    if (forward.includes(to)) return pass(`${from} → ${to}`);
    if (back.includes(to)) return pass(`${from} → ${to}, a step back`);
    const allowed = [...forward, ...back];
    const options = allowed.length ? `allowed from ${from}: ${allowed.join(", ")}` : `nothing may follow ${from}`;
    return refuse(allowed, `${from} → ${to} is not an allowed transition (${options})`);
  },
});

function terminalMessage(kind: ChangeKind, from: string, to: string, again: string[]): string {
  const how = kind === "rollback" ? "a rollback to a state that served before" : `a ${kind}`;
  const fresh = again.length ? `; a new version starts again in ${again.join(" or ")}` : "";
  return `${from} is a terminal stage: nothing leaves it, ${how} to ${to} included${fresh}`;
}
