import type { Doc } from "../document.js";
import { lazyPath, matchPath, valueAt } from "../path.js";
import { isoOf, parseDuration, parseInstant } from "../time.js";
import { defineGate } from "./define.js";
import { DURATION, PATH } from "./fields.js";
import { findingAt, missingAt, outcome, plural, show, skip } from "./finding.js";
import { findingList } from "./findings.js";

/** Numbers from here on (1973-03-03 in epoch milliseconds) are read as times in messages. */
const EPOCH_MS_FROM = 1e11;

export const notOlder = defineGate({
  type: "not_older",
  summary: "candidate >= active + min_delta (numbers, epoch ms, or RFC 3339 / ISO-8601 dates and times; impossible dates are refused)",
  fields: { path: PATH, min_delta: DURATION },
  required: ["path"],
  needs: ["candidate", "active"],
  evaluate(ctx) {
    const doc = ctx.candidate as Doc;
    const active = ctx.active as Doc;
    const path = ctx.options.path;
    const delta = ctx.options.min_delta === undefined ? { amount: 0, isTime: false } : parseDuration(ctx.options.min_delta);
    const matches = matchPath(doc.value, path);
    if (matches.length === 0) return outcome([missingAt(doc, path, `${path} is missing`)], "", `${path} is missing`);
    const failed = findingList();
    let compared = 0;
    for (const m of matches) {
      const where = lazyPath(m.segments);
      const before = valueAt(active.value, m.segments);
      if (before === undefined) continue;
      const c = parseInstant(m.value);
      const a = parseInstant(before);
      if ("invalid" in c || "invalid" in a) {
        const why = "invalid" in c ? c.invalid : `the active value ${(a as { invalid: string }).invalid}`;
        failed.push(findingAt(doc, m.segments, { observed: m.value, active: before, message: `${where}: ${why}` }));
        continue;
      }
      const cand = c.ms;
      const act = a.ms;
      compared++;
      const limit = act + delta.amount;
      if (cand < limit) {
        const isTime = delta.isTime || typeof m.value === "string" || typeof before === "string";
        const fmt = (v: number) => (isTime && typeof m.value === "string" ? isoOf(v) : v);
        const need = delta.amount ? ` + ${ctx.options.min_delta}` : "";
        // Epoch milliseconds read as dates: a person should not have to convert 1767225600000.
        const shown = (v: unknown) => (typeof v === "number" && v >= EPOCH_MS_FROM ? `${v} (${isoOf(v)})` : show(v));
        failed.push(
          findingAt(doc, m.segments, {
            observed: m.value,
            active: before,
            limit: fmt(limit),
            message: `${where} is older than required: ${shown(m.value)} < active ${shown(before)}${need}`,
          }),
        );
      }
    }
    if (compared === 0 && failed.total === 0) return skip(`the active manifest has no value at ${path} to compare with`);
    return outcome(failed, `${plural(compared, "value")} not older than active`, `${plural(failed.total, "value")} older than allowed`);
  },
});
