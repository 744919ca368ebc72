import { CelScalar, celEnv, celFunc, isCelError, listType, parse, plan } from "@bufbuild/cel";

/**
 * CEL for `expr` gates and `when` conditions, with a cost limit. CEL has no loops, but its
 * comprehensions (all, exists, map, filter) can multiply work over manifest lists, and
 * concatenation can grow values. Manifest lists and maps reach CEL metered: every element a
 * comprehension visits draws on a budget; lists and strings built by `+` are capped.
 */
export const CEL_LIMITS = { maxLength: 4096, budget: 1_000_000, maxList: 100_000, maxString: 1 << 20, stringUnit: 16 };

class CostExceeded extends Error {}

let spent = 0;
function charge(n = 1): void {
  spent += n;
  if (spent > CEL_LIMITS.budget)
    throw new CostExceeded(
      `the expression exceeded its cost limit (${CEL_LIMITS.budget.toLocaleString("en")} units: an element visited, or 16 characters of a string read or built)`,
    );
}

/**
 * String work is paid by length: a string costs one unit per 16 characters each time it is
 * read from the manifest or built, so that `size(s)` or `s.contains(t)` over a 1 MB string
 * inside a comprehension cannot run for hours on one budget (900 steps took 145 s unmetered).
 */
function chargeString(value: unknown): void {
  if (typeof value === "string" && value.length > CEL_LIMITS.stringUnit) charge(Math.ceil(value.length / CEL_LIMITS.stringUnit));
}

/** A manifest value as CEL reads it: strings paid for, lists and maps metered. */
function read(value: unknown): unknown {
  chargeString(value);
  return toMetered(value);
}

const LIST = Symbol.for("@bufbuild/cel/list");
const MAP = Symbol.for("@bufbuild/cel/map");
const metered = new WeakMap<object, unknown>();

function toMetered(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  let out = metered.get(value);
  if (!out) {
    out = Array.isArray(value) ? new MeteredList(value, value.length) : new MeteredMap(value as Record<string, unknown>);
    metered.set(value, out);
  }
  return out;
}

/** A list over a shared array prefix: appending to the newest list of an array is O(1), as map/filter do. */
class MeteredList {
  readonly [LIST] = {};
  constructor(
    readonly items: unknown[],
    readonly size: number,
  ) {}
  get(index: number): unknown {
    return index >= 0 && index < this.size ? read(this.items[index]) : undefined;
  }
  *values(): Generator<unknown> {
    for (let i = 0; i < this.size; i++) {
      charge();
      yield read(this.items[i]);
    }
  }
  [Symbol.iterator](): Generator<unknown> {
    return this.values();
  }
}

class MeteredMap {
  readonly [MAP] = {};
  private readonly entriesList: Array<[string, unknown]>;
  constructor(private readonly object: Record<string, unknown>) {
    this.entriesList = Object.entries(object);
  }
  get size(): number {
    return this.entriesList.length;
  }
  get(key: unknown): unknown {
    return typeof key === "string" && Object.hasOwn(this.object, key) ? read(this.object[key]) : undefined;
  }
  has(key: unknown): boolean {
    return this.get(key) !== undefined;
  }
  *keys(): Generator<string> {
    for (const [k] of this.entriesList) {
      charge();
      chargeString(k);
      yield k;
    }
  }
  *values(): Generator<unknown> {
    for (const [, v] of this.entriesList) {
      charge();
      yield read(v);
    }
  }
  *entries(): Generator<[string, unknown]> {
    for (const [k, v] of this.entriesList) {
      charge();
      chargeString(k);
      yield [k, read(v)];
    }
  }
  forEach(callback: (value: unknown, key: string, map: MeteredMap) => void): void {
    for (const [k, v] of this.entries()) callback(v, k, this);
  }
  [Symbol.iterator](): Generator<[string, unknown]> {
    return this.entries();
  }
}

function concatLists(a: { size: number; [Symbol.iterator](): Iterator<unknown> }, b: { size: number; [Symbol.iterator](): Iterator<unknown> }): MeteredList {
  const size = a.size + b.size;
  if (size > CEL_LIMITS.maxList) throw new CostExceeded(`a list of ${size} items is over the limit of ${CEL_LIMITS.maxList}`);
  charge(b.size + 1);
  // The builder pattern (accu + [x]) appends to the newest list: extend its array in place.
  const items = a instanceof MeteredList && a.items.length === a.size ? a.items : [...a];
  for (const x of b) items.push(x);
  return new MeteredList(items, size);
}

const env = celEnv({
  funcs: [
    celFunc("_+_", [CelScalar.STRING, CelScalar.STRING], CelScalar.STRING, (a: string, b: string) => {
      if (a.length + b.length > CEL_LIMITS.maxString)
        throw new CostExceeded(`a string of ${a.length + b.length} characters is over the limit of ${CEL_LIMITS.maxString}`);
      charge();
      const joined = a + b;
      chargeString(joined);
      return joined;
    }),
    celFunc("_+_", [listType(CelScalar.DYN), listType(CelScalar.DYN)], listType(CelScalar.DYN), concatLists as never),
  ],
});

type Program = ReturnType<typeof plan>;
const programs = new Map<string, Program>();

/** Parses a CEL expression once; throws with the position on a syntax error or an expression over the length limit. */
export function compileCel(expr: string): Program {
  let program = programs.get(expr);
  if (!program) {
    if (expr.length > CEL_LIMITS.maxLength) throw new Error(`the expression is ${expr.length} characters long, over the limit of ${CEL_LIMITS.maxLength}`);
    program = plan(env, parse(expr));
    programs.set(expr, program);
  }
  return program;
}

/** A syntax error as text, or null when the expression parses. */
export function celSyntaxError(expr: string): string | null {
  try {
    compileCel(expr);
    return null;
  } catch (err) {
    return (err as Error).message.replace(/^<input>:/, "at ");
  }
}

export type CelOutcome = { value: unknown } | { error: string };

/** Evaluates over plain JSON values (CEL reads objects as maps, numbers as doubles), within the cost limit. */
export function evaluateCel(expr: string, bindings: Record<string, unknown>): CelOutcome {
  spent = 0;
  try {
    const metered = Object.fromEntries(Object.entries(bindings).map(([k, v]) => [k, toMetered(v)]));
    const result = compileCel(expr)(metered as never);
    if (isCelError(result)) return { error: result.message };
    return { value: result };
  } catch (err) {
    return { error: (err as Error).message };
  }
}
