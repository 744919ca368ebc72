import type { Doc } from "../document.js";
import type { GateType } from "../model.js";
import { lazyPath, matchPath, valueAt } from "../path.js";
import { isoOf, parseDuration, toInstant } from "../time.js";
import { DURATION, PATH } from "./fields.js";
import { findingAt, missingAt, outcome, plural, show, skip } from "./finding.js";
import { findingList } from "./findings.js";

export const notOlder: GateType = {
  type: "not_older",
  summary: "candidate >= active + min_delta (numbers, epoch ms or ISO-8601 times)",
  fields: { path: PATH, min_delta: DURATION },
  required: ["path"],
  needs: "candidate+active",
  run(ctx) {
    const doc = ctx.candidate as Doc;
    const active = ctx.active as Doc;
    const path = ctx.gate.path as string;
    const delta = ctx.gate.min_delta === undefined ? { amount: 0, isTime: false } : parseDuration(ctx.gate.min_delta);
    const matches = matchPath(doc.value, path);
    if (matches.length === 0) return outcome(ctx, [missingAt(doc, path, `${path} is missing`)], "", `${path} is missing`);
    const failed = findingList();
    let compared = 0;
    for (const m of matches) {
      const where = lazyPath(m.segments);
      const before = valueAt(active.value, m.segments);
      if (before === undefined) continue;
      const cand = toInstant(m.value);
      const act = toInstant(before);
      if (cand === null || act === null) {
        const bad = cand === null ? m.value : before;
        failed.push(findingAt(doc, m.segments, { observed: m.value, active: before, message: `${where}: ${show(bad)} is not a number or ISO-8601 time` }));
        continue;
      }
      compared++;
      const limit = act + delta.amount;
      if (cand < limit) {
        const isTime = delta.isTime || typeof m.value === "string" || typeof before === "string";
        const fmt = (v: number) => (isTime && typeof m.value === "string" ? isoOf(v) : v);
        const need = delta.amount ? ` + ${ctx.gate.min_delta}` : "";
        failed.push(
          findingAt(doc, m.segments, {
            observed: m.value,
            active: before,
            limit: fmt(limit),
            message: `${where} is older than required: ${show(m.value)} < active ${show(before)}${need}`,
          }),
        );
      }
    }
    if (compared === 0 && failed.total === 0) return skip(`the active manifest has no value at ${path} to compare with`);
    return outcome(ctx, failed, `${plural(compared, "value")} not older than active`, `${plural(failed.total, "value")} older than allowed`);
  },
};
