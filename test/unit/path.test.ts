import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPath, matchPath, parsePath, placesIn, WILDCARD } from "../../src/core/path.js";

describe("paths", () => {
  it("parses dots, wildcards, indexes and quoted keys", () => {
    expect(parsePath("a.b.c")).toEqual(["a", "b", "c"]);
    expect(parsePath("targets.*.horizons[2]")).toEqual(["targets", WILDCARD, "horizons", 2]);
    expect(parsePath('metrics["auc.test"].value')).toEqual(["metrics", "auc.test", "value"]);
    expect(parsePath("a[*]['x]y']")).toEqual(["a", WILDCARD, "x]y"]);
  });

  it("rejects malformed paths saying where", () => {
    expect(() => parsePath("a..b")).toThrow(/at character 3: empty key/);
    expect(() => parsePath("a.")).toThrow(/ends with a dot/);
    expect(() => parsePath("a[b]")).toThrow(/expected a number, \* or a quoted key/);
    expect(() => parsePath('a["b')).toThrow(/missing closing quote/);
    expect(() => parsePath("")).toThrow(/empty/);
  });

  it("matches every key of maps and item of lists, in document order", () => {
    const value = { t: { a: { h: [{ x: 1 }, { x: 2 }] }, b: { h: [{ x: 3 }] } } };
    expect(matchPath(value, "t.*.h.*.x").map((m) => [formatPath(m.segments), m.value])).toEqual([
      ["t.a.h[0].x", 1],
      ["t.a.h[1].x", 2],
      ["t.b.h[0].x", 3],
    ]);
    expect(matchPath(value, "t.c.h")).toEqual([]);
  });

  it("does not walk into inherited properties", () => {
    expect(matchPath({}, "constructor")).toEqual([]);
    expect(matchPath({ a: 1 }, "__proto__")).toEqual([]);
  });

  it("formats keys that need quoting", () => {
    expect(formatPath(["metrics", "auc.test", 3, "15"])).toBe('metrics["auc.test"][3].15');
  });
});

describe("placesIn", () => {
  // The reference: every match of either value, keyed by its written path, in the order first found.
  const reference = (pattern: string, ...values: unknown[]) => {
    const places = new Map<string, (string | number)[]>();
    for (const v of values) for (const m of matchPath(v, pattern)) if (!places.has(formatPath(m.segments))) places.set(formatPath(m.segments), m.segments);
    return [...places.keys()];
  };
  const leaf = fc.oneof(fc.integer(), fc.constant(null), fc.constantFrom("x", "y"));
  const node = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: "small" }, leaf, tie("object"), tie("list")),
    object: fc.dictionary(fc.constantFrom("a", "b", "0", "1"), tie("value"), { maxKeys: 3 }),
    list: fc.array(tie("value"), { maxLength: 3 }),
  })).value;
  const pattern = fc
    .array(fc.constantFrom("a", "b", "0", "1", "*", "[0]", "[1]"), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.map((p, i) => (p.startsWith("[") || i === 0 ? p : `.${p}`)).join(""))
    .filter((p) => !p.startsWith("["));

  it("finds each place of either value once, as a map keyed by the written path does", () => {
    fc.assert(
      fc.property(pattern, node, node, (p, x, y) => {
        expect(placesIn(p, x, y).map(formatPath)).toEqual(reference(p, x, y));
      }),
      { numRuns: 2000 },
    );
  });
});
