import { sameValue } from "./equal.js";
import type { GateConfig } from "./model.js";
import { parsePath, type Segment, valueAt } from "./path.js";

/**
 * Where a manifest stands in its lifecycle, as the policy's `transition` and `rollout` gates
 * describe it: the stage fields with their moves back (`demote`) and terminal stages, and the
 * rollout percentages. Only concrete paths count (a wildcard names no one field).
 */
export interface Lifecycle {
  stages: Array<{ path: Segment[]; demote: Record<string, string[]>; terminal: string[]; gate: string }>;
  rollouts: Segment[][];
}

export const NO_LIFECYCLE: Lifecycle = { stages: [], rollouts: [] };

function concrete(path: unknown): Segment[] | null {
  if (typeof path !== "string") return null;
  try {
    const segs = parsePath(path);
    return segs.every((s) => typeof s !== "symbol") ? (segs as Segment[]) : null;
  } catch {
    return null;
  }
}

/** Lifecycles by gate list: models under the same policy entries share one list (gatesFor), so one lifecycle. */
const lifecycles = new WeakMap<readonly GateConfig[], Lifecycle>();

/** The lifecycle of one model, from the gates that apply to it. */
export function lifecycleOf(gates: readonly GateConfig[]): Lifecycle {
  let known = lifecycles.get(gates);
  if (!known) {
    known = lifecycleFrom(gates);
    lifecycles.set(gates, known);
  }
  return known;
}

function lifecycleFrom(gates: readonly GateConfig[]): Lifecycle {
  const out: Lifecycle = { stages: [], rollouts: [] };
  for (const g of gates) {
    const path = concrete(g.path);
    if (!path) continue;
    if (g.type === "transition") {
      out.stages.push({
        path,
        demote: (g.demote as Record<string, string[]> | undefined) ?? {},
        terminal: (g.terminal as string[] | undefined) ?? [],
        gate: g.id,
      });
    } else if (g.type === "rollout") {
      out.rollouts.push(path);
    }
  }
  return out;
}

/** The value with the field at `path` removed (a copy; the value itself is left as it is). */
function without(value: unknown, paths: readonly Segment[][]): unknown {
  const copy = structuredClone(value);
  for (const path of paths) {
    if (path.length === 0) return null;
    const parent = valueAt(copy, path.slice(0, -1));
    const key = path[path.length - 1];
    if (Array.isArray(parent) && typeof key === "number") parent[key] = null;
    else if (parent !== null && typeof parent === "object") delete (parent as Record<string, unknown>)[String(key)];
  }
  return copy;
}

/**
 * A demotion moves a version back and changes nothing else: every other field is as it is on
 * the base, each stage field that changes follows a `demote` edge, each rollout percentage that
 * changes goes down, and at least one of them moves. Anything more is an `update`, judged by
 * every gate: a PR cannot slip content past the promotion gates by also stepping back.
 */
export function isDemotion(lifecycle: Lifecycle, active: unknown, candidate: unknown): boolean {
  const paths = [...lifecycle.stages.map((s) => s.path), ...lifecycle.rollouts];
  if (paths.length === 0) return false;
  if (!sameValue(without(active, paths), without(candidate, paths))) return false;
  let moved = false;
  for (const s of lifecycle.stages) {
    const from = valueAt(active, s.path);
    const to = valueAt(candidate, s.path);
    if (sameValue(from, to)) continue;
    if (typeof from !== "string" || typeof to !== "string" || !s.demote[from]?.includes(to)) return false;
    moved = true;
  }
  for (const path of lifecycle.rollouts) {
    const from = valueAt(active, path);
    const to = valueAt(candidate, path);
    if (sameValue(from, to)) continue;
    if (typeof from !== "number" || typeof to !== "number" || to >= from) return false;
    moved = true;
  }
  return moved;
}

/** The terminal stage a manifest is in (it no longer serves, and nothing moves out of it), or null. */
export function terminalStage(lifecycle: Lifecycle, doc: unknown): { stage: string; path: Segment[]; gate: string } | null {
  for (const s of lifecycle.stages) {
    const stage = valueAt(doc, s.path);
    if (typeof stage === "string" && s.terminal.includes(stage)) return { stage, path: s.path, gate: s.gate };
  }
  return null;
}
