/**
 * The path language of policies: `a.b.c`, `*` for every key or item, `[3]` for an index,
 * `["a.b"]` for a key with special characters.
 */
export type Segment = string | number;
export type PathPattern = Array<Segment | typeof WILDCARD>;
export const WILDCARD: unique symbol = Symbol("*");

export interface PathMatch {
  segments: Segment[];
  value: unknown;
}

const cache = new Map<string, PathPattern>();

/** Parses a path expression; throws an Error with the offending column on bad syntax. */
export function parsePath(expr: string): PathPattern {
  const hit = cache.get(expr);
  if (hit) return hit;
  const out: PathPattern = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`invalid path "${expr}" at character ${i + 1}: ${what}`);
  };
  if (expr.length === 0) fail("the path is empty");
  while (i < expr.length) {
    const c = expr[i];
    if (c === "[") {
      const q = expr[i + 1];
      let close: number;
      if (q === '"' || q === "'") {
        // A quoted key may contain "]" and ".", so scan to the closing quote first.
        let j = i + 2;
        while (j < expr.length && expr[j] !== q) j += expr[j] === "\\" ? 2 : 1;
        if (j >= expr.length) fail("missing closing quote");
        close = j + 1;
        if (expr[close] !== "]") fail("expected ] after the quoted key");
        out.push(expr.slice(i + 2, j).replace(/\\(.)/g, "$1"));
      } else {
        close = expr.indexOf("]", i);
        if (close === -1) fail("missing ]");
        const inner = expr.slice(i + 1, close).trim();
        if (/^\d+$/.test(inner)) out.push(Number(inner));
        else if (inner === "*") out.push(WILDCARD);
        else fail(`expected a number, * or a quoted key inside [ ], found "${inner}"`);
      }
      i = close + 1;
      if (expr[i] === ".") {
        i++;
        if (i === expr.length) fail("the path ends with a dot");
      } else if (i < expr.length && expr[i] !== "[") fail('expected "." or "["');
      continue;
    }
    let j = i;
    while (j < expr.length && expr[j] !== "." && expr[j] !== "[") j++;
    const key = expr.slice(i, j);
    if (key.length === 0) fail("empty key (two dots in a row?)");
    out.push(key === "*" ? WILDCARD : key);
    i = j;
    if (expr[i] === ".") {
      i++;
      if (i === expr.length) fail("the path ends with a dot");
    }
  }
  cache.set(expr, out);
  return out;
}

/** Every concrete match of a pattern in a value, in document order. */
export function matchPath(value: unknown, pattern: PathPattern | string): PathMatch[] {
  const pat = typeof pattern === "string" ? parsePath(pattern) : pattern;
  const out: PathMatch[] = [];
  const walk = (node: unknown, depth: number, segments: Segment[]): void => {
    if (depth === pat.length) {
      out.push({ segments: segments.slice(), value: node });
      return;
    }
    const seg = pat[depth];
    if (node === null || typeof node !== "object") return;
    if (seg === WILDCARD) {
      if (Array.isArray(node)) {
        node.forEach((item, idx) => {
          segments.push(idx);
          walk(item, depth + 1, segments);
          segments.pop();
        });
      } else {
        for (const key of Object.keys(node)) {
          segments.push(key);
          walk((node as Record<string, unknown>)[key], depth + 1, segments);
          segments.pop();
        }
      }
      return;
    }
    const child = childOf(node, seg);
    if (child === undefined) return;
    segments.push(Array.isArray(node) ? Number(seg) : String(seg));
    walk(child, depth + 1, segments);
    segments.pop();
  };
  walk(value, 0, []);
  return out;
}

/** The value at a concrete path, or undefined when any step is missing. */
export function valueAt(value: unknown, segments: readonly Segment[]): unknown {
  let node = value;
  for (const seg of segments) {
    if (node === null || typeof node !== "object") return undefined;
    node = childOf(node, seg);
    if (node === undefined) return undefined;
  }
  return node;
}

function childOf(node: object, seg: Segment): unknown {
  if (Array.isArray(node)) {
    const idx = typeof seg === "number" ? seg : /^\d+$/.test(seg) ? Number(seg) : Number.NaN;
    return Number.isInteger(idx) ? node[idx] : undefined;
  }
  const key = String(seg);
  return Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
}

/** The deepest prefix of a pattern that matches something: where to point when a path is missing. */
export function deepestExisting(value: unknown, pattern: PathPattern | string): Segment[] {
  const pat = typeof pattern === "string" ? parsePath(pattern) : pattern;
  for (let n = pat.length - 1; n > 0; n--) {
    const found = matchPath(value, pat.slice(0, n));
    if (found.length > 0) return found[0].segments;
  }
  return [];
}

/** Formats a concrete path: `targets.reject.horizons.15.threshold`, `items[2].name`, `["a.b"]`. */
export function formatPath(segments: readonly Segment[]): string {
  let out = "";
  for (const seg of segments) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z0-9_\-$@]+$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** A concrete path formatted only if a message needs it: most matches pass and are never shown. */
export function lazyPath(segments: readonly Segment[]): { toString(): string } {
  let text: string | undefined;
  return {
    toString() {
      text ??= formatPath(segments);
      return text;
    },
  };
}
