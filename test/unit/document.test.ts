import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keysInSourceOrder, parseDocument } from "../../src/core/document.js";
import { ModelgateError } from "../../src/core/problem.js";

function problemOf(file: string, text: string | Uint8Array) {
  try {
    parseDocument(file, text);
  } catch (err) {
    expect(err).toBeInstanceOf(ModelgateError);
    return (err as ModelgateError).problems[0];
  }
  throw new Error("expected a parse error");
}

describe("documents", () => {
  it("locates values in JSON and YAML by concrete path", () => {
    const json = parseDocument("m.json", '{\n  "a": {\n    "b": [10, 20]\n  }\n}\n');
    expect(json.locate(["a", "b", 1])).toEqual({ line: 3, column: 15 });
    const yaml = parseDocument("m.yaml", "a:\n  b:\n    - 10\n    - 20\n  15: x\n");
    expect(yaml.locate(["a", "b", 1])).toEqual({ line: 4, column: 7 });
    expect(yaml.locate(["a", "15"])).toEqual({ line: 5, column: 7 });
    // A path that goes further than the document points at the deepest part that exists.
    expect(yaml.locate(["a", "nope", "x"])).toEqual({ line: 2, column: 3 });
  });

  it("gives an object's keys in the order the file writes them, numbers included", () => {
    const json = parseDocument("a.json", '{ "bins": { "10": 1, "2": 2, "x": 3, "0.5": 4 } }');
    expect(Object.keys((json.value as { bins: object }).bins)).toEqual(["2", "10", "x", "0.5"]);
    expect(keysInSourceOrder(json, ["bins"])).toEqual(["10", "2", "x", "0.5"]);
    const yaml = parseDocument("a.yaml", "bins:\n  10: 1\n  2: 2\n  x: 3\n  0.5: 4\n");
    expect(keysInSourceOrder(yaml, ["bins"])).toEqual(["10", "2", "x", "0.5"]);
    expect(keysInSourceOrder(json, ["missing"])).toBeUndefined();
    expect(keysInSourceOrder(parseDocument("b.json", '{ "bins": [1, 2] }'), ["bins"])).toBeUndefined();
  });

  it("an object of 50,000 keys: parsed, checked for duplicates and located key by key in one pass each (the yaml package's check and findNodeAtLocation were quadratic)", () => {
    const n = 50_000;
    const json = parseDocument("m.json", `{\n  "m": {\n${Array.from({ length: n }, (_, i) => `    "k${i}": ${i}`).join(",\n")}\n  }\n}\n`);
    const yaml = parseDocument("m.yaml", `m:\n${Array.from({ length: n }, (_, i) => `  k${i}: ${i}`).join("\n")}\n`);
    const wrong: string[] = [];
    for (let i = 0; i < n; i++) {
      if (json.locate(["m", `k${i}`]).line !== i + 3) wrong.push(`json k${i}`);
      if (yaml.locate(["m", `k${i}`]).line !== i + 2) wrong.push(`yaml k${i}`);
    }
    expect(wrong).toEqual([]);
    expect(problemOf("p.yaml", `m:\n${Array.from({ length: n }, (_, i) => `  k${i}: ${i}`).join("\n")}\n  k7: again\n`)).toMatchObject({
      line: n + 2,
      column: 3,
      message: 'duplicate key "k7": map keys must be unique',
    });
  });

  it("gives file, line and column for malformed JSON", () => {
    expect(problemOf("m.json", '{\n  "a": 1,\n  "b": \n}\n')).toMatchObject({ file: "m.json", line: 4, column: 1, message: "invalid JSON: value expected" });
  });

  it("gives file, line and column for malformed YAML", () => {
    const p = problemOf("m.yaml", "a: 1\nb: [1, 2\nc: 3\n");
    expect(p.file).toBe("m.yaml");
    expect(p.line).toBeGreaterThanOrEqual(2);
    expect(p.column).toBeGreaterThanOrEqual(1);
  });

  it("keeps YAML timestamps and yes/no as strings (YAML 1.2 core schema)", () => {
    expect(parseDocument("p.yaml", "expires: 2026-12-31\non: yes\n").value).toEqual({ expires: "2026-12-31", on: "yes" });
  });

  it("refuses duplicate YAML keys, alias bombs, deep nesting, NaN and infinities", () => {
    expect(problemOf("p.yaml", "a: 1\na: 2\n").message).toMatch(/unique/i);
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${"bcdefghij"[i]}: &${"bcdefghij"[i]} [*${"abcdefghi"[i]}, *${"abcdefghi"[i]}, *${"abcdefghi"[i]}, *${"abcdefghi"[i]}, *${"abcdefghi"[i]}, *${"abcdefghi"[i]}, *${"abcdefghi"[i]}, *${"abcdefghi"[i]}, *${"abcdefghi"[i]}]`,
      ),
    ].join("\n");
    expect(problemOf("bomb.yaml", bomb).message).toMatch(/alias|could not be read/i);
    expect(problemOf("deep.json", `${"[".repeat(50_000)}${"]".repeat(50_000)}`).message).toMatch(/nesting deeper than 128/);
    expect(problemOf("big.json", '{"x": 1e400}')).toMatchObject({ message: "Infinity is not a finite number", line: 1 });
    expect(problemOf("nan.yaml", "x: .nan\n").message).toBe("NaN is not a finite number");
  });

  it("refuses invalid UTF-8 and files over the size limit; accepts a BOM", () => {
    expect(problemOf("bad.json", new Uint8Array([0x7b, 0xff, 0x7d])).message).toBe("file is not valid UTF-8");
    expect(problemOf("huge.json", `"${"x".repeat(6 * 1024 * 1024)}"`).message).toMatch(/over the limit/);
    expect(parseDocument("bom.json", '\ufeff{"a": 1}').value).toEqual({ a: 1 });
  });
});

describe("documents that two tools would read differently", () => {
  it("refuses duplicate keys in JSON at the second one, including escaped spellings", () => {
    expect(problemOf("m.json", '{\n  "auc": 0.5,\n  "auc": 0.99\n}')).toMatchObject({ file: "m.json", line: 3, column: 3, message: 'duplicate key "auc"' });
    expect(problemOf("m.json", '{"a": {"x": 1, "\\u0078": 2}}').message).toBe('duplicate key "x"');
    // The same key in different objects, and keys inside strings, are fine.
    expect(parseDocument("ok.json", '{"a": {"x": 1}, "b": {"x": 2}, "c": "\\"x\\": 3"}').value).toMatchObject({ b: { x: 2 } });
  });

  it("the first duplicate key of objects of any size (a list of keys, then a set past 16), written plainly or escaped, is the one found", () => {
    // n distinct keys ("a" to "~"), then maybe one of them again anywhere after its first place;
    // some written with an escape (\u0061 is a).
    const object = fc
      .tuple(fc.integer({ min: 0, max: 30 }), fc.option(fc.tuple(fc.nat(), fc.nat())), fc.array(fc.boolean(), { minLength: 31, maxLength: 31 }))
      .map(([n, again, escapes]) => {
        const keys = Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));
        if (again && n > 0) {
          const which = again[0] % n;
          keys.splice(which + 1 + (again[1] % (n - which)), 0, keys[which]);
        }
        return keys.map((k, i): [string, boolean] => [k, escapes[i % 31]]);
      });
    fc.assert(
      fc.property(fc.array(object, { minLength: 1, maxLength: 3 }), (objects) => {
        const write = (keys: Array<[string, boolean]>) =>
          `{${keys.map(([k, escaped], i) => `${JSON.stringify(escaped ? `\\u00${k.charCodeAt(0).toString(16)}` : k).replace(/\\\\/g, "\\")}: ${i}`).join(", ")}}`;
        const text = `{${objects.map((keys, i) => `"o${i}": ${write(keys)}`).join(", ")}}`;
        // The reference: objects in text order, each key against the ones before it in its object.
        let expected: string | null = null;
        for (const keys of objects) {
          const seen = new Set<string>();
          for (const [k] of keys) {
            if (expected === null && seen.has(k)) expected = k;
            seen.add(k);
          }
        }
        if (expected === null) expect(() => parseDocument("m.json", text)).not.toThrow();
        else expect(problemOf("m.json", text).message, text).toBe(`duplicate key ${JSON.stringify(expected)}`);
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it("keys of several characters, prefixes of one another, plain or escaped, past 16 in an object: the first duplicate found is the reference's", () => {
    const key = fc.array(fc.constantFrom("a", "b", "é"), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(""));
    const object = fc.array(fc.tuple(key, fc.boolean()), { maxLength: 20 });
    fc.assert(
      fc.property(fc.array(object, { minLength: 1, maxLength: 3 }), (objects) => {
        // An escaped key writes its first character as \uXXXX.
        const written = ([k, escaped]: [string, boolean]) =>
          escaped ? `"\\u${k.charCodeAt(0).toString(16).padStart(4, "0")}${k.slice(1)}"` : JSON.stringify(k);
        const text = `[${objects.map((keys) => `{${keys.map((k, i) => `${written(k)}: ${i}`).join(", ")}}`).join(", ")}]`;
        let expected: string | null = null;
        for (const keys of objects) {
          const seen = new Set<string>();
          for (const [k] of keys) {
            if (expected === null && seen.has(k)) expected = k;
            seen.add(k);
          }
        }
        if (expected === null) expect(() => parseDocument("m.json", text)).not.toThrow();
        else expect(problemOf("m.json", text).message, text).toBe(`duplicate key ${JSON.stringify(expected)}`);
      }),
      { numRuns: 1000 },
    );
  });

  it("strings with quotes and backslashes anywhere (keys and values, escaped or not) end where JSON says: values read as JSON.parse reads them, a repeated key found", () => {
    const text = fc.string({ unit: fc.constantFrom("a", '"', "\\", "/", "é", "\n", "u", "0") });
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        text,
        fc.integer(),
        fc.constant(null),
        fc.array(tie("node"), { maxLength: 3 }),
        fc.dictionary(text, tie("node"), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(text, value, { minKeys: 1, maxKeys: 6 }), fc.boolean(), fc.boolean(), (object, pretty, repeat) => {
        const written = JSON.stringify(object, null, pretty ? 2 : undefined);
        if (!repeat) {
          expect(parseDocument("m.json", written).value).toEqual(JSON.parse(written));
          return;
        }
        // The first key again, last: the one repeated key of the text.
        const first = Object.keys(object)[0];
        const doubled = `${written.slice(0, -1)}, ${JSON.stringify(first)}: 1}`;
        expect(problemOf("m.json", doubled).message, doubled).toBe(`duplicate key ${JSON.stringify(first)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it("an object's keys are compared with its own, not with those of the objects inside it or around it", () => {
    const ok = [
      '{"x": {"a": 1}, "a": 2, "y": {"x": 1, "a": 3}}',
      '{"a": {"b": {"a": {"b": 1}}, "c": [{"a": 1}, {"a": 2}]}, "b": 1, "c": 2}',
      `{"big": {${Array.from({ length: 20 }, (_, i) => `"k${i}": {"k${i}": ${i}}`).join(", ")}}, "k1": 0}`,
      '{"e": {"\\u0061": 1}, "a": 2}',
    ];
    for (const text of ok) expect(() => parseDocument("m.json", text), text).not.toThrow();
    expect(problemOf("m.json", '{"x": {"a": 1}, "a": 2, "x": 3}').message).toBe('duplicate key "x"');
    expect(problemOf("m.json", '{"x": {"a": 1, "b": {"c": 1}, "a": 2}}').message).toBe('duplicate key "a"');
  });

  it("one pass over JSON text: a syntax error wins over a duplicate key, nesting over both; hex strings are not numbers; a 310-digit integer is as infinite as 1e400", () => {
    expect(problemOf("m.json", '{"a": 1, "a": 2,}').message).toMatch(/^invalid JSON/);
    expect(problemOf("m.json", `{"a": 1, "a": 2, "b": ${"[".repeat(200)}`).message).toMatch(/nesting deeper than 128/);
    expect(problemOf("m.json", '{"a": "unterminated').message).toMatch(/^invalid JSON/);
    expect(parseDocument("h.json", '{"sha256": "ae123e4567e890", "n": 1e-5, "m": -2.5E+3}').value).toEqual({ sha256: "ae123e4567e890", n: 1e-5, m: -2500 });
    expect(problemOf("big.json", `{\n  "x": 1${"0".repeat(309)}\n}`)).toMatchObject({ message: "Infinity is not a finite number", line: 2, column: 8 });
    expect(problemOf("big.json", `[-1${"0".repeat(309)}.5]`).message).toBe("-Infinity is not a finite number");
    expect(parseDocument("long.json", `[0.${"0".repeat(400)}1]`).value).toEqual([0]);
  });
});
