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
  if (!pat.includes(WILDCARD)) {
    // No wildcard: one place at most, followed directly (most gates' paths). Its segments are the
    // pattern's own (no copy) unless a key had to be read as an index or the other way round.
    let node = value;
    let segments: Segment[] | null = null;
    for (let k = 0; k < pat.length; k++) {
      const seg = pat[k] as Segment;
      if (node === null || typeof node !== "object") return [];
      const child = childOf(node, seg);
      if (child === undefined) return [];
      const concrete = Array.isArray(node) ? Number(seg) : String(seg);
      if (segments === null && concrete !== seg) segments = (pat as Segment[]).slice(0, k);
      segments?.push(concrete);
      node = child;
    }
    return [{ segments: segments ?? (pat as Segment[]), value: node }];
  }
  const out: PathMatch[] = [];
  walkPattern(value, pat, 0, [], out);
  return out;
}

function walkPattern(node: unknown, pat: PathPattern, depth: number, segments: Segment[], out: PathMatch[]): void {
  if (depth === pat.length) {
    out.push({ segments: segments.slice(), value: node });
    return;
  }
  const seg = pat[depth];
  if (node === null || typeof node !== "object") return;
  if (seg === WILDCARD) {
    if (Array.isArray(node)) {
      for (let idx = 0; idx < node.length; idx++) {
        if (!(idx in node)) continue; // a hole, as forEach skips it
        segments.push(idx);
        walkPattern(node[idx], pat, depth + 1, segments, out);
        segments.pop();
      }
    } else {
      for (const key of Object.keys(node)) {
        segments.push(key);
        walkPattern((node as Record<string, unknown>)[key], pat, depth + 1, segments, out);
        segments.pop();
      }
    }
    return;
  }
  const child = childOf(node, seg);
  if (child === undefined) return;
  segments.push(Array.isArray(node) ? Number(seg) : String(seg));
  walkPattern(child, pat, depth + 1, segments, out);
  segments.pop();
}

/** The value at a concrete path, or undefined when any step is missing. */
/** A path without wildcards, as segments: a stage, a rollout percentage, a version field. */
export function concreteSegments(path: string): readonly Segment[] {
  let segments = concrete.get(path);
  if (!segments) {
    segments = Object.freeze(parsePath(path).filter((s): s is Segment => typeof s !== "symbol"));
    concrete.set(path, segments);
  }
  return segments;
}
/** Each path's segments, worked out once (a version path is read from every manifest and every state of its history). */
const concrete = new Map<string, readonly Segment[]>();

export function valueAt(value: unknown, segments: readonly Segment[]): unknown {
  let node = value;
  for (let i = 0; i < segments.length; i++) {
    if (node === null || typeof node !== "object") return undefined;
    node = childOf(node, segments[i]);
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

/**
 * Every place a pattern matches in any of the values, once each (by its written path), in the
 * order first found: what a gate comparing two manifests compares. A path without wildcards
 * matches one place at most in each, and where they agree that is the one place, found
 * without writing the path out.
 */
export function placesIn(pattern: string, ...values: unknown[]): Segment[][] {
  const found = values.map((v) => matchPath(v, pattern));
  if (found.every((list) => list.length <= 1)) {
    const one = found.flatMap((list) => list.map((m) => m.segments));
    if (one.every((segments) => sameSegments(segments, one[0]))) return one.slice(0, 1);
  }
  const places = new Map<string, Segment[]>();
  for (const list of found) for (const m of list) places.set(formatPath(m.segments), m.segments);
  return [...places.values()];
}

function sameSegments(a: readonly Segment[], b: readonly Segment[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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

/** Formats a pattern as written: `targets.*.horizons.*.threshold`. */
export function formatPattern(pattern: PathPattern): string {
  let out = "";
  for (const seg of pattern) {
    if (seg === WILDCARD) out += out ? ".*" : "*";
    else {
      const text = formatPath([seg]);
      out += out && !text.startsWith("[") ? `.${text}` : text;
    }
  }
  return out;
}

/**
 * The pattern with each key that leads nowhere replaced by the nearest key that exists at
 * that level (up to three such repairs), when the repaired pattern matches: the "did you
 * mean" for a path in the policy. Null when the pattern matches already, or no repair does.
 */
export function nearestPattern(
  value: unknown,
  pattern: PathPattern,
  near: (written: string, known: Iterable<string>) => string | null = nearestKey,
): PathPattern | null {
  const pat = pattern.slice();
  for (let repairs = 0; repairs <= 3; repairs++) {
    if (matchPath(value, pat).length > 0) return repairs > 0 ? pat : null;
    let nodes: unknown[] = [value];
    let depth = 0;
    for (; depth < pat.length; depth++) {
      const next = nodes.flatMap((n) => step(n, pat[depth]));
      if (next.length === 0) break;
      nodes = next;
    }
    const seg = pat[depth];
    if (typeof seg !== "string") return null;
    const keys = new Set(nodes.flatMap((n) => (n !== null && typeof n === "object" && !Array.isArray(n) ? Object.keys(n) : [])));
    const replacement = near(seg, keys);
    if (replacement === null) return null;
    pat[depth] = replacement;
  }
  return null;
}

function step(node: unknown, seg: Segment | typeof WILDCARD): unknown[] {
  if (node === null || typeof node !== "object") return [];
  if (seg === WILDCARD) return Object.values(node);
  const child = childOf(node, seg);
  return child === undefined ? [] : [child];
}

/** The key nearest to a written one: at most two edits (a quarter of the length for long keys), case ignored. */
export function nearestKey(written: string, known: Iterable<string>): string | null {
  let best: string | null = null;
  let bound = Math.max(2, Math.floor(written.length / 4)) + 1;
  for (const name of known) {
    if (name === written) continue;
    const d = editDistance(written.toLowerCase(), name.toLowerCase(), bound);
    if (d < bound) {
      best = name;
      bound = d;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning the bound) once it reaches the bound. */
function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) >= bound) return bound;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      least = Math.min(least, row[j]);
    }
    if (least >= bound) return bound;
    prev = row;
  }
  return prev[b.length];
}
