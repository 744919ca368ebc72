import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classify, type State } from "../../src/core/change.js";
import { abs, add, compare, decimalOf, formatDecimal, multiply, negate, shift, subtract, toNumber } from "../../src/core/decimal.js";
import { type Doc, parseDocument } from "../../src/core/document.js";
import { sameValue } from "../../src/core/equal.js";
import type { HistoryEvent } from "../../src/core/model.js";
import { DAY, dayOf, daysBetween, heldSince } from "../../src/core/served.js";

const doc = (value: object): Doc => parseDocument("m.json", JSON.stringify(value));
const version = (d: Doc) => ((d.value as { version?: string }).version ?? null) as string | null;
const state = (value: object): State => {
  const d = doc(value);
  return { doc: d, version: version(d) };
};
let n = 0;
/** A served event: the manifest after it (null: retired), at a time. */
function event(value: object | null, time = ++n * DAY): HistoryEvent {
  const d = value ? doc(value) : null;
  return {
    model: "m",
    path: "m.json",
    kind: value ? "promotion" : "retire",
    from: null,
    to: d ? version(d) : null,
    commit: `${String(time).padStart(7, "0")}abcdef`,
    date: new Date(time).toISOString(),
    time,
    author: "a",
    pr: null,
    reverts: null,
    doc: d,
    content: null,
  };
}

const v1 = { version: "v1", auc: 0.9 };
const v2 = { version: "v2", auc: 0.92 };
const v3 = { version: "v3", auc: 0.95 };

describe("classify: the one place a change's kind is decided", () => {
  it("retire: the candidate is gone; judged against the active", () => {
    const a = state(v1);
    expect(classify(a, null, [], version)).toEqual({ kind: "retire", from: "v1", to: null, against: a.doc, same: false });
    expect(classify(null, null, [], version)).toEqual({ kind: "retire", from: null, to: null, against: null, same: false });
  });

  it("new: nothing on base and nothing served", () => {
    expect(classify(null, state(v1), [], version)).toEqual({ kind: "new", from: null, to: "v1", against: null, same: false });
    expect(classify(null, state(v1), [event(null)], version).kind).toBe("new");
  });

  it("a model re-added after its retirement is judged against its last served state", () => {
    const served = [event(v1), event(v2), event(null)];
    const again = classify(null, state(v3), served, version);
    expect(again).toMatchObject({ kind: "promotion", from: "v2", to: "v3", same: false });
    expect(again.against?.value).toEqual(v2);
    const back = classify(null, state(v1), served, version);
    expect(back).toMatchObject({ kind: "rollback", from: "v2", to: "v1" });
  });

  it("same content as the active: an update that moves nothing", () => {
    expect(classify(state(v1), state({ auc: 0.9, version: "v1" }), [event(v1)], version)).toMatchObject({ kind: "update", same: true, from: "v1", to: "v1" });
  });

  it("rollback only to a state that served, as data; the version string alone is not enough", () => {
    const served = [event(v1), event(v2)];
    expect(classify(state(v2), state(v1), served, version)).toMatchObject({ kind: "rollback", from: "v2", to: "v1", same: false });
    const other = classify(state(v2), state({ ...v1, auc: 0.5 }), served, version);
    expect(other.kind).toBe("promotion");
    expect(other.reused).toBe(served[0]);
    // A retirement in the history is no state to return to.
    expect(classify(state(v2), state(v3), [event(null), ...served], version)).toMatchObject({ kind: "promotion" });
    expect(classify(state(v2), state(v3), served, version)).not.toHaveProperty("reused");
  });

  it("a history that does not reach the active state (a shallow clone) still compares with the active", () => {
    const c = classify(state(v1), state(v2), [], version);
    expect(c).toMatchObject({ kind: "promotion", from: "v1", to: "v2" });
    expect(c.against?.value).toEqual(v1);
  });

  it("update: same version, other content; a candidate without a version reuses nothing", () => {
    expect(classify(state(v1), state({ ...v1, stage: "production" }), [event(v1)], version)).toMatchObject({ kind: "update", same: false });
    const unversioned = classify(state(v1), state({ auc: 0.1 }), [event(v1), event({ auc: 0.2 })], version);
    expect(unversioned).toMatchObject({ kind: "promotion", to: null });
    expect(unversioned).not.toHaveProperty("reused");
  });
});

describe("classify against the plain definition", () => {
  // Values with versions as strings, as numbers, nested, missing; keys in either order, so equal data is
  // often written differently, and equal versions often name different data.
  const versionValue = fc.oneof(fc.constantFrom("1", "2", "v1"), fc.constantFrom(1, 2), fc.constant(undefined), fc.constant({ v: "1" }));
  const manifest = fc
    .record({ version: versionValue, auc: fc.constantFrom(0.9, 0.91), stage: fc.constantFrom("production", "shadow"), flip: fc.boolean() })
    .map(({ version: v, auc, stage, flip }) => {
      const fields: Array<[string, unknown]> = [
        ["auc", auc],
        ["stage", stage],
      ];
      if (v !== undefined) fields.push(["version", v]);
      return Object.fromEntries(flip ? fields.reverse() : fields);
    });
  const versionOf = (d: Doc) => {
    const v = (d.value as { version?: unknown }).version;
    return typeof v === "string" || typeof v === "number" ? String(v) : null;
  };
  const at = (value: object): State => {
    const d = doc(value);
    return { doc: d, version: versionOf(d) };
  };

  it("a rollback is a return to any state that served with equal data, whatever its version says", () => {
    fc.assert(
      fc.property(
        fc.option(manifest, { nil: null }),
        manifest,
        fc.array(fc.option(manifest, { nil: null }), { maxLength: 8 }),
        (active, candidate, history) => {
          const served = history.map((v) => {
            const e = event(v);
            return { ...e, to: e.doc ? versionOf(e.doc) : null };
          });
          const a = active ? at(active) : null;
          const c = at(candidate);
          const got = classify(a, c, served, versionOf);
          // The definition, without any shortcut: equal to the active is an update that moves nothing;
          // otherwise equal to any state that served is a rollback.
          const against = a ?? [...served].reverse().find((e) => e.doc !== null);
          if (!against) expect(got.kind).toBe("new");
          else if (a && sameValue(a.doc.value, c.doc.value)) expect(got).toMatchObject({ kind: "update", same: true });
          else expect(got.kind === "rollback").toBe(served.some((e) => e.doc !== null && sameValue(e.doc.value, c.doc.value)));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("served: how long a value has held", () => {
  it("from the first event of the unbroken run at the end of the history", () => {
    const events = [event({ p: 10 }, 1), event({ p: 25 }, 2), event({ p: 25, note: 1 }, 3)];
    expect(heldSince(events, (e) => (e.doc?.value as { p?: number } | undefined)?.p)?.time).toBe(2);
    expect(heldSince([], () => 1)).toBeNull();
    expect(heldSince([], (e) => e.doc?.value)).toBeNull();
  });

  it("a retirement breaks the run, even when the value compares equal", () => {
    const retired = { ...event({ p: 25 }, 5), kind: "retire" as const };
    const events = [event({ p: 25 }, 4), retired, event({ p: 25 }, 6)];
    expect(heldSince(events, (e) => (e.doc?.value as { p?: number } | undefined)?.p)?.time).toBe(6);
    expect(heldSince([retired], () => 1)).toBeNull();
  });

  it("days are whole hundredths, rounded down; a day prints as its UTC date", () => {
    expect(daysBetween(0, 7 * DAY - 1)).toBe(6.99);
    expect(daysBetween(0, 7 * DAY)).toBe(7);
    expect(daysBetween(DAY, 0)).toBe(-1);
    expect(dayOf(Date.parse("2026-01-08T23:59:59Z"))).toBe("2026-01-08");
  });
});

describe("decimal: numbers as written", () => {
  const f = (x: number) => formatDecimal(decimalOf(x));
  it("reads exponents both ways and keeps the sign", () => {
    expect(f(1e21)).toBe("1000000000000000000000");
    expect(f(1e-7)).toBe("0.0000001");
    expect(f(-1.5e-7)).toBe("-0.00000015");
    expect(f(-0)).toBe("0");
    expect(f(120)).toBe("120");
    expect(decimalOf(-2.5)).toEqual({ units: -25n, scale: 1 });
    expect(() => decimalOf(Number.POSITIVE_INFINITY)).toThrow("Infinity is not a finite number");
    expect(() => decimalOf(Number.NaN)).toThrow(RangeError);
  });

  it("adds, subtracts, multiplies and shifts exactly", () => {
    expect(formatDecimal(add(decimalOf(0.1), decimalOf(0.2)))).toBe("0.3");
    expect(formatDecimal(subtract(decimalOf(47.3), decimalOf(5)))).toBe("42.3");
    expect(formatDecimal(subtract(decimalOf(5), decimalOf(47.3)))).toBe("-42.3");
    expect(formatDecimal(multiply(decimalOf(0.2), decimalOf(-10)))).toBe("-2");
    expect(formatDecimal(shift(decimalOf(15), 2))).toBe("0.15");
    expect(formatDecimal(negate(decimalOf(3)))).toBe("-3");
    expect(formatDecimal(abs(decimalOf(-3.25)))).toBe("3.25");
    expect(formatDecimal(abs(decimalOf(3.25)))).toBe("3.25");
    expect(formatDecimal({ units: -5n, scale: 3 })).toBe("-0.005");
    expect(formatDecimal({ units: 1000n, scale: 2 })).toBe("10");
    expect(formatDecimal({ units: 50n, scale: 2 })).toBe("0.5");
    expect(formatDecimal(multiply(decimalOf(0.2), decimalOf(0.5)))).toBe("0.1");
    expect(toNumber(subtract(decimalOf(0.3), decimalOf(0.1)))).toBe(0.2);
  });

  it("compares across scales", () => {
    expect(compare(decimalOf(0.3), decimalOf(0.30000000000000004))).toBe(-1);
    expect(compare(decimalOf(2), decimalOf(1.99))).toBe(1);
    expect(compare(decimalOf(1.5), { units: 150n, scale: 2 })).toBe(0);
    expect(compare(decimalOf(-1), decimalOf(0))).toBe(-1);
  });
});
