import type { Doc } from "../document.js";

import { parsePath, type Segment, valueAt } from "../path.js";
import { defineGate } from "./define.js";
import { PATH } from "./fields.js";
import { fail, findingAt, missingAt, pass } from "./finding.js";

export const transition = defineGate({
  type: "transition",
  summary: "the stage at path moves along an allowed edge (edges), or one step forward (order)",
  fields: {
    path: PATH,
    edges: { type: "object", additionalProperties: { type: "array", items: { type: "string" } }, description: "{ from: [to, …] }" },
    order: { type: "array", minItems: 2, items: { type: "string" }, description: "stages in order; a move goes one step forward" },
    initial: { type: "array", minItems: 1, items: { type: "string" }, description: "stages a new model, or a new version, starts in" },
  },
  required: ["path"],
  constraints: { oneOf: [{ required: ["edges"] }, { required: ["order"] }] },
  needs: ["candidate", "change"],
  evaluate(ctx) {
    const doc = ctx.candidate as Doc;
    const path = ctx.options.path;
    const segs = parsePath(path).filter((s): s is Segment => typeof s !== "symbol");
    const to = valueAt(doc.value, segs);
    if (typeof to !== "string")
      return fail(`${path} must be a stage name`, [missingAt(doc, path, `${path} is ${to === undefined ? "missing" : "not a string"}`)]);
    const refuse = (allowed: string[], message: string) => fail(message, [findingAt(doc, segs, { observed: to, limit: allowed, message })]);
    const order = ctx.options.order;
    const edges = ctx.options.edges;
    const from = ctx.active ? valueAt(ctx.active.value, segs) : undefined;
    // A new version starts its own lifecycle when `initial` says where; the same version moves along the edges.
    const freshVersion = ctx.change.kind === "promotion" && ctx.options.initial !== undefined;
    if (from === undefined || freshVersion) {
      const initial = ctx.options.initial ?? (order ? [order[0]] : undefined);
      if (initial && !initial.includes(to)) return refuse(initial, `a new ${freshVersion ? "version" : "model"} starts in ${initial.join(" or ")}, not ${to}`);
      return pass(`starts in ${to}`);
    }
    if (from === to) return pass(`stays in ${to}`);
    const allowed = order
      ? order.indexOf(String(from)) >= 0
        ? order.slice(order.indexOf(String(from)) + 1, order.indexOf(String(from)) + 2)
        : []
      : (edges?.[String(from)] ?? []);
    if (allowed.includes(to)) return pass(`${from} → ${to}`);
    const options = allowed.length ? `allowed from ${from}: ${allowed.join(", ")}` : `nothing may follow ${from}`;
    return refuse(allowed, `${from} → ${to} is not an allowed transition (${options})`);
  },
});
