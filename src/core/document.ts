import { type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument as parseYaml, type Scalar, type Node as YamlNode } from "yaml";
import { deepestExisting, type PathPattern, type Segment } from "./path.js";
import { ModelgateError } from "./problem.js";

/** A parsed JSON or YAML file that can say where any of its values stands. */
export interface Doc {
  file: string;
  value: unknown;
  /** Line and column of the value at a concrete path, or of its deepest existing ancestor. */
  locate(segments: readonly Segment[]): { line: number; column: number };
  /** Like locate, for a pattern that may match nothing. */
  locatePattern(pattern: PathPattern | string): { line: number; column: number };
  /**
   * The keys of the object at a concrete path in the order the file writes them (JavaScript
   * puts keys that look like integers first), or undefined when there is no object there.
   */
  keysAt?(segments: readonly Segment[]): string[] | undefined;
}

/** An object's keys in the order its file writes them, where the document knows it. */
export function keysInSourceOrder(doc: Doc, segments: readonly Segment[]): string[] | undefined {
  return doc.keysAt?.(segments);
}

export interface ParseLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Deepest nesting of objects and lists accepted. */
  maxDepth: number;
  /** Most YAML alias expansions accepted (the alias-bomb guard). */
  maxAliases: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxBytes: 5 * 1024 * 1024, maxDepth: 128, maxAliases: 100 };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Parses a governed file by its extension (.json, else YAML, which also reads JSON). */
export function parseDocument(file: string, content: string | Uint8Array, limits: ParseLimits = DEFAULT_LIMITS): Doc {
  const size = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
  if (size > limits.maxBytes) {
    throw new ModelgateError({
      file,
      message: `file is ${size} bytes, over the limit of ${limits.maxBytes} bytes`,
      hint: "keep large data out of manifests and point to it as an artifact",
    });
  }
  let text: string;
  if (typeof content === "string") text = content;
  else {
    try {
      text = utf8.decode(content);
    } catch {
      throw new ModelgateError({ file, message: "file is not valid UTF-8", hint: "save the file as UTF-8" });
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!/\.json$/i.test(file)) {
    checkNesting(file, text, limits.maxDepth);
    const doc = parseYamlDoc(file, text, limits.maxAliases);
    // Through aliases a value nests deeper than its text (`&a [*a]` is a list in itself, without end).
    checkFinite(doc, limits.maxDepth);
    return doc;
  }
  // One pass over the text before JSON.parse: nesting (refused at once, as before any parse),
  // the first duplicate key and whether any number could overflow (both judged once the text
  // is known to be valid JSON, so a syntax error is still the one reported).
  const scan = scanJson(file, text, limits.maxDepth);
  const doc = parseJson(file, text);
  if (scan.duplicate) {
    throw new ModelgateError({
      file,
      ...lineIndex(text).position(scan.duplicate.offset),
      message: `duplicate key ${JSON.stringify(scan.duplicate.key)}`,
      hint: "keep one: tools disagree on which of two equal keys wins",
    });
  }
  if (scan.bigNumbers) checkFinite(doc, limits.maxDepth);
  return doc;
}

function parseJson(file: string, text: string): Doc {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const lines = lineIndex(text);
    const at = first ? lines.position(first.offset) : { line: 1, column: 1 };
    const what = first ? printParseErrorCode(first.error) : "invalid JSON";
    throw new ModelgateError({ file, ...at, message: `invalid JSON: ${humanJsonError(what)}` });
  }
  return new JsonDoc(file, value, text);
}

/**
 * A JSON file's value, and where its values stand, worked out only when a finding needs one
 * (most files never do). A class, not closures: a history holds thousands of these.
 */
class JsonDoc implements Doc {
  readonly #text: string;
  #tree: JsonNode | undefined | null = null;
  #lines: LineIndex | undefined;

  constructor(
    readonly file: string,
    readonly value: unknown,
    text: string,
  ) {
    this.#text = text;
  }

  #parsed(): JsonNode | undefined {
    if (this.#tree === null) this.#tree = parseTree(this.#text);
    return this.#tree;
  }

  locate(segments: readonly Segment[]): { line: number; column: number } {
    const tree = this.#parsed();
    this.#lines ??= lineIndex(this.#text);
    if (!tree) return { line: 1, column: 1 };
    // The deepest node that exists along the path.
    let node: JsonNode = tree;
    for (const seg of segments) {
      const next = jsonChild(node, seg);
      if (!next) break;
      node = next;
    }
    return this.#lines.position(node.offset);
  }

  locatePattern(pattern: PathPattern | string): { line: number; column: number } {
    return this.locate(deepestExisting(this.value, pattern));
  }

  keysAt(segments: readonly Segment[]): string[] | undefined {
    let node: JsonNode | undefined = this.#parsed();
    for (const seg of segments) node = node && jsonChild(node, seg);
    if (node?.type !== "object") return undefined;
    return (node.children ?? []).map((prop: JsonNode) => String(prop.children?.[0]?.value));
  }
}

/** Each object's keys, indexed on first use: locating a finding in an object of 400,000 keys must not scan them all (findNodeAtLocation did, per finding). */
const jsonKeys = new WeakMap<JsonNode, Map<string, JsonNode>>();

function jsonChild(node: JsonNode, seg: Segment): JsonNode | undefined {
  if (typeof seg === "number") return node.type === "array" ? node.children?.[seg] : undefined;
  if (node.type !== "object") return undefined;
  let keys = jsonKeys.get(node);
  if (!keys) {
    keys = new Map();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key && value && !keys.has(key.value)) keys.set(key.value, value);
    }
    jsonKeys.set(node, keys);
  }
  return keys.get(seg);
}

function humanJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function parseYamlDoc(file: string, text: string, maxAliases: number): Doc {
  const lineCounter = new LineCounter();
  // The core schema of YAML 1.2: no timestamps, no `yes`/`no` booleans, so dates stay strings.
  // Unique keys are checked below, in one pass: the yaml package's own check scans the map per key (a 40,000-key map took 39 s).
  // Tags beyond the core schema's (`!!binary`, `!!timestamp`, `!!pairs`…) are left unresolved,
  // then refused below: other tools read them as bytes, dates or lists of pairs, or not at all.
  // The parser prints nothing of its own (logLevel): what is wrong is an error here, with its place.
  const doc = parseYaml(text, { lineCounter, schema: "core", uniqueKeys: false, prettyErrors: false, resolveKnownTags: false, logLevel: "error" });
  const problem = doc.errors[0];
  if (problem) {
    const pos = lineCounter.linePos(problem.pos[0]);
    throw new ModelgateError({ file, line: pos.line, column: pos.col, message: yamlMessage(problem.message) });
  }
  checkYamlNodes(file, doc.contents as YamlNode | null, lineCounter);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: maxAliases });
  } catch (err) {
    throw new ModelgateError({
      file,
      message: `YAML could not be read: ${(err as Error).message}`,
      hint: "aliases are limited to keep expansion bounded; write the values out",
    });
  }
  const locate = (segments: readonly Segment[]) => {
    let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
    let offset = node?.range?.[0] ?? 0;
    for (const seg of segments) {
      const next = yamlChild(node, seg);
      if (!next) break;
      node = next;
      offset = next.range?.[0] ?? offset;
    }
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const keysAt = (segments: readonly Segment[]) => {
    let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
    for (const seg of segments) {
      node = yamlChild(node, seg);
      if (!node) return undefined;
    }
    if (!isMap(node)) return undefined;
    return node.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key));
  };
  return { file, value, locate, locatePattern: (pattern) => locate(deepestExisting(value, pattern)), keysAt };
}

const yamlKeys = new WeakMap<object, Map<string, YamlNode>>();

function yamlChild(node: YamlNode | null | undefined, seg: Segment): YamlNode | undefined {
  if (isMap(node)) {
    // Indexed on first use, as for JSON: one scan per map, not one per finding.
    let keys = yamlKeys.get(node);
    if (!keys) {
      keys = new Map();
      for (const pair of node.items) {
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
        if (!keys.has(key)) keys.set(key, (pair.value as YamlNode | null) ?? (pair.key as YamlNode));
      }
      yamlKeys.set(node, keys);
    }
    return keys.get(String(seg));
  } else if (isSeq(node)) {
    const item = node.items[Number(seg)];
    if (item) return item as YamlNode;
  }
  return undefined;
}

function yamlMessage(message: string): string {
  // The yaml package appends " at line L, column C" itself; the location is reported separately.
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, "").trim();
}

/** Refuses deeply nested input before any recursive code sees it. Counts flow brackets outside strings. */
function checkNesting(file: string, text: string, maxDepth: number): void {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 92 /* \ */ && quote === '"') i++;
      else if (text[i] === quote) quote = "";
      continue;
    }
    if (c === 34 /* " */) quote = '"';
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > maxDepth) {
        const at = lineIndex(text).position(i);
        throw new ModelgateError({
          file,
          ...at,
          message: `nesting deeper than ${maxDepth} levels`,
          hint: "manifests are shallow documents; flatten the structure",
        });
      }
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
}

/**
 * Refuses nesting deeper than maxDepth (brackets outside strings, as checkNesting counts them),
 * and finds, for valid JSON, the first object key written twice (JSON.parse keeps the last,
 * other tools the first: a reviewer and a gate could read different values) and whether a
 * number may be too large for a double: one with an exponent, or over 300 characters (a
 * 310-digit integer parses to Infinity as surely as 1e400 does). Strings are skipped whole, so
 * a sha256 in hex is never taken for a number.
 */
function scanJson(file: string, text: string, maxDepth: number): { duplicate: { key: string; offset: number } | null; bigNumbers: boolean } {
  // Each open object's keys so far. While it has at most 16, all written plainly (most objects),
  // the start and end offsets of each key's text, compared in place: no string per key, and
  // one stack of offsets for every open object (the frame holds where its own begin). Once a key
  // is escaped or the object grows, a set of the decoded keys. Lists are null.
  const frames = FRAMES;
  const offsets = OFFSETS;
  frames.length = 0;
  offsets.length = 0;
  let depth = 0;
  let expectKey = false;
  let duplicate: { key: string; offset: number } | null = null;
  let bigNumbers = false;
  const n = text.length;
  // The first backslash at or after the scan: a string before it has no escape, and its end is
  // its next quote, found by indexOf (most of a manifest's text is in strings: keys, digests).
  let backslash = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      if (backslash !== n && backslash <= i) {
        backslash = text.indexOf("\\", i + 1);
        if (backslash === -1) backslash = n;
      }
      let j = text.indexOf('"', i + 1);
      let escaped = false;
      if (j === -1) j = n;
      else if (backslash < j) {
        // Escaped: read on from the first backslash, a character at a time.
        escaped = true;
        j = backslash;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === 34) break;
          j += d === 92 /* \ */ ? 2 : 1;
        }
      }
      if (j >= n) return { duplicate: null, bigNumbers }; // unterminated: JSON.parse reports it
      const keys = frames[frames.length - 1];
      if (expectKey && keys !== null && keys !== undefined && duplicate === null) {
        if (typeof keys === "number" && !escaped && offsets.length - keys < 32) {
          if (writtenBefore(text, offsets, keys, i + 1, j)) duplicate = { key: text.slice(i + 1, j), offset: i };
          else offsets.push(i + 1, j);
        } else {
          const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
          let set = keys as Set<string>;
          if (typeof keys === "number") {
            // This object is the innermost open one: its offsets are the last on the stack.
            set = new Set<string>();
            for (let k = keys; k < offsets.length; k += 2) set.add(text.slice(offsets[k], offsets[k + 1]));
            offsets.length = keys;
            frames[frames.length - 1] = set;
          }
          if (set.has(key)) duplicate = { key, offset: i };
          set.add(key);
        }
      }
      expectKey = false;
      i = j;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > maxDepth) {
        throw new ModelgateError({
          file,
          ...lineIndex(text).position(i),
          message: `nesting deeper than ${maxDepth} levels`,
          hint: "manifests are shallow documents; flatten the structure",
        });
      }
      frames.push(c === 123 ? offsets.length : null);
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      depth = Math.max(0, depth - 1);
      const closed = frames.pop();
      if (typeof closed === "number") offsets.length = closed;
    } else if (c === 44 /* , */) expectKey = frames[frames.length - 1] !== null;
    else if ((c >= 48 && c <= 57) || c === 45 /* - */) {
      let j = i + 1;
      let exponent = false;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === 101 || d === 69) exponent = true;
        else if (!((d >= 48 && d <= 57) || d === 46 || d === 43 || d === 45)) break;
      }
      if (exponent || j - i > 300) bigNumbers = true;
      i = j - 1;
    }
  }
  return { duplicate, bigNumbers };
}

/** scanJson's stacks, kept between calls (it runs to the end before any other call). */
const FRAMES: Array<number | Set<string> | null> = [];
const OFFSETS: number[] = [];

/** Whether text[from, to) is the text of one of the ranges (start, end pairs from `first` on) already seen. */
function writtenBefore(text: string, ranges: number[], first: number, from: number, to: number): boolean {
  const length = to - from;
  for (let k = first; k < ranges.length; k += 2) {
    const start = ranges[k];
    if (ranges[k + 1] - start !== length) continue;
    let m = 0;
    while (m < length && text.charCodeAt(start + m) === text.charCodeAt(from + m)) m++;
    if (m === length) return true;
  }
  return false;
}

/** The tags of YAML 1.2's core schema, the only ones a governed file may write (`!` alone: "a string, as written"). */
const CORE_TAGS = new Set(["!", ...["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`)]);

/**
 * Refuses what YAML tools read differently: a tag outside the core schema, a key that is not a
 * plain value, and a map with the same field twice (as the yaml package's uniqueKeys does, in
 * time linear in the document).
 */
function checkYamlNodes(file: string, root: YamlNode | null, lines: LineCounter): void {
  const refuse = (node: YamlNode | null | undefined, message: string, hint: string): never => {
    const pos = lines.linePos(node?.range?.[0] ?? 0);
    throw new ModelgateError({ file, line: pos.line, column: pos.col, message, hint });
  };
  const tagged = (node: YamlNode | null | undefined) => {
    const tag = (node as { tag?: string } | null | undefined)?.tag;
    if (tag !== undefined && !CORE_TAGS.has(tag))
      refuse(node, `the tag ${tag.replace("tag:yaml.org,2002:", "!!")} is not read the same way by every YAML tool`, "write the value without a tag");
  };
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as YamlNode | null | undefined;
    tagged(node);
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null;
        // A key is a plain value. An alias (`*a: …`) or a list or map as a key becomes a string
        // only as this parser writes it (another tool fails, or keeps a tuple), so two keys could
        // name one field unseen: refused, as is any pair of keys that name the same field.
        if (key !== null && !isScalar(key))
          refuse(key, `a map key must be a plain value, not ${isAlias(key) ? "an alias" : isSeq(key) ? "a list" : "a map"}`, "write the key out as a string");
        tagged(key);
        // The field the key names, as the document's value has it: 1 and "1", null and "" are one field.
        const value = (key as Scalar | null)?.value ?? null;
        const name = value === null ? "" : String(value);
        if (keys.has(name)) {
          refuse(
            key ?? (pair.value as YamlNode | null),
            `duplicate key ${JSON.stringify(name)}: map keys must be unique`,
            "keep one: tools disagree on which of two equal keys wins",
          );
        }
        keys.add(name);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
}

/**
 * Refuses NaN and infinities (`1e400`, `.nan`): no comparison with them means anything. And a
 * value nested deeper than `maxDepth` once its aliases are read, a list inside itself included.
 */
function checkFinite(doc: Doc, maxDepth: number): void {
  const stack: Array<{ node: unknown; path: Segment[] }> = [{ node: doc.value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: Segment[] };
    if (typeof node === "number" && !Number.isFinite(node)) {
      throw new ModelgateError({
        file: doc.file,
        ...doc.locate(path),
        message: `${String(node)} is not a finite number`,
        hint: "write a finite number, or a string if the value is not a number",
      });
    }
    if (node !== null && typeof node === "object") {
      if (path.length >= maxDepth) {
        throw new ModelgateError({
          file: doc.file,
          ...doc.locate(path),
          message: `nesting deeper than ${maxDepth} levels once its aliases are read`,
          hint: "manifests are shallow documents; write the values out instead of nesting aliases",
        });
      }
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) stack.push({ node: node[i], path: [...path, i] });
      } else for (const [k, child] of Object.entries(node)) stack.push({ node: child, path: [...path, k] });
    }
  }
}

interface LineIndex {
  position(offset: number): { line: number; column: number };
}

function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return {
    position(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo] + 1 };
    },
  };
}
