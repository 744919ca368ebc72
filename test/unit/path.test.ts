import { describe, expect, it } from "vitest";
import { formatPath, matchPath, parsePath, WILDCARD } from "../../src/core/path.js";

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
