import { posix } from "node:path";
import type { ValidateFunction } from "ajv";
import * as generated from "../generated/index.mjs";
import { type Doc, parseDocument } from "./document.js";
import { DEFAULT_ON, GATE_TYPES } from "./gates/index.js";
import { globMatch } from "./glob.js";
import { schemaErrors } from "./json-schema.js";
import type { GateConfig } from "./model.js";
import { nearestKey, parsePath, type Segment, valueAt, WILDCARD } from "./path.js";
import { type Location, ModelgateError, type Problem } from "./problem.js";
import { toInstant } from "./time.js";

export const DEFAULT_POLICY_PATH = ".modelgate/policy.yaml";
export const PRESET_PREFIX = "modelgate:";

export interface ManifestRule {
  glob: string;
  model: string;
  version: string;
  /** The pointer these manifests are (production, shadow …), when a model has several side by side. */
  alias?: string;
}

export interface ModelEntry {
  /** A model name or glob; with `match`, only the entry's label. */
  pattern: string;
  /**
   * Manifest fields the entry selects by (`strategy: momentum`), read from the active manifest
   * (what serves now), or the candidate for a new model, so a pull request cannot pick its own rules.
   */
  match?: Array<{ path: string; segments: Segment[]; value: string | number | boolean }>;
  gates: Array<Partial<GateConfig> & { id: string }>;
  disable: string[];
}

export interface Waiver {
  gate: string;
  model?: string;
  reason: string;
  expires: string;
  where: Location;
}

export interface OverrideRule {
  label?: string;
  actors: string[];
  require_reason: boolean;
}

export interface Policy {
  /** The policy file, and every file it extends, in the order read. */
  files: string[];
  manifests: ManifestRule[];
  gates: GateConfig[];
  models: ModelEntry[];
  override?: OverrideRule;
  waivers: Waiver[];
  /** Where each gate's fields were written, by gate id then field ("" for the gate itself). */
  where?: Map<string, Map<string, Location>>;
  /** Where each `manifests` rule was written. */
  manifestsWhere?: Location[];
}

/** Where policy files come from: the repository at the policy's commit, and the bundled presets. */
export interface PolicySource {
  readRepoFile(path: string): Promise<Uint8Array | string | null>;
  readPreset(name: string): Promise<string | null>;
  presetNames(): Promise<string[]>;
}

export const DEFAULT_MANIFESTS: ManifestRule[] = [{ glob: "models/*/manifest_active.json", model: "{1}", version: "version" }];

/** The gate types' validators, precompiled at build time (scripts/build.mjs), loaded as a policy needs them. */
const gateValidatorCache = new Map<string, ValidateFunction>();

async function loadGateValidators(types: Iterable<string>): Promise<void> {
  await Promise.all(
    [...new Set(types)]
      .filter((t) => !gateValidatorCache.has(t) && generated.gateValidators[t])
      .map(async (t) => gateValidatorCache.set(t, await generated.gateValidators[t]())),
  );
}

interface RawPolicy {
  extends?: string[];
  manifests?: Array<{ glob: string; model?: string; version?: string; alias?: string }>;
  gates?: Array<Record<string, unknown> & { id: string; type: string }>;
  models?: Record<string, { match?: Record<string, string | number | boolean>; gates?: Array<Record<string, unknown> & { id: string }>; disable?: string[] }>;
  override?: Partial<OverrideRule>;
  waivers?: Array<{ gate: string; model?: string; reason: string; expires: string }>;
}

interface Layer {
  doc: Doc;
  raw: RawPolicy;
  /** Problems found in this file that do not stop reading it (CEL syntax). */
  problems: Problem[];
}

/** Loads a policy and everything it extends; throws ModelgateError with file:line:column. */
export async function loadPolicy(source: PolicySource, path: string): Promise<Policy> {
  const layers: Layer[] = [];
  await collect(source, path, [], layers, null);
  const types = layers.flatMap((l) =>
    [...(l.raw.gates ?? []), ...Object.values(l.raw.models ?? {}).flatMap((m) => m.gates ?? [])].map((g) => String(g.type ?? "")),
  );
  await loadGateValidators(types);
  return merge(layers);
}

async function collect(source: PolicySource, ref: string, stack: string[], out: Layer[], from: Location | null): Promise<void> {
  if (stack.includes(ref)) {
    throw new ModelgateError({ ...(from ?? { file: ref }), message: `extends forms a cycle: ${[...stack, ref].join(" -> ")}` });
  }
  let text: Uint8Array | string | null;
  if (ref.startsWith(PRESET_PREFIX)) {
    const name = ref.slice(PRESET_PREFIX.length);
    text = /^[a-z0-9-]+$/.test(name) ? await source.readPreset(name) : null;
    if (text === null) {
      const names = await source.presetNames();
      throw new ModelgateError({
        ...(from ?? { file: ref }),
        message: `unknown preset "${ref}"`,
        hint: `presets: ${names.map((n) => PRESET_PREFIX + n).join(", ")}`,
      });
    }
  } else {
    text = await source.readRepoFile(ref);
    if (text === null) {
      throw new ModelgateError({
        ...(from ?? { file: ref }),
        message: from ? `extended policy ${ref} does not exist at the policy's commit` : `policy file ${ref} does not exist at the policy's commit`,
        hint: from ? undefined : "create it with `modelgate init`, or name another with --policy",
      });
    }
  }
  const doc = parseDocument(ref, text);
  const raw = doc.value as RawPolicy;
  const validate = generated.policyDocument;
  if (!validate(raw)) {
    throw new ModelgateError(
      schemaErrors(validate.errors, raw).map((e) => ({ ...problemAt(doc, e.segments, e.message), ...plainer(e.segments, e.message, raw) })),
    );
  }
  const problems = await celProblems(doc, raw);
  const extended = raw.extends ?? [];
  for (let i = 0; i < extended.length; i++) {
    const next = resolveExtends(extended[i], ref);
    const at = { file: doc.file, ...doc.locate(["extends", i]) };
    if ("refused" in next) throw new ModelgateError({ ...at, message: next.refused });
    await collect(source, next.ref, [...stack, ref], out, at);
  }
  out.push({ doc, raw, problems });
}

/** CEL in `expr` and `when` must parse; CEL itself is loaded only for policies that use it. */
async function celProblems(doc: Doc, raw: RawPolicy): Promise<Problem[]> {
  const found: Array<{ text: string; at: Segment[] }> = [];
  const scan = (gates: Array<Record<string, unknown>> | undefined, at: Segment[]) =>
    (gates ?? []).forEach((g, i) => {
      for (const field of ["expr", "when"]) if (typeof g[field] === "string") found.push({ text: g[field] as string, at: [...at, i, field] });
    });
  scan(raw.gates, ["gates"]);
  for (const [pattern, entry] of Object.entries(raw.models ?? {})) scan(entry.gates, ["models", pattern, "gates"]);
  if (found.length === 0) return [];
  const { celSyntaxError } = await import("./cel.js");
  return found.flatMap(({ text, at }) => {
    const error = celSyntaxError(text);
    return error ? [problemAt(doc, at, `invalid CEL expression: ${error}`)] : [];
  });
}

/** The schema's words where a person needs others: an empty file, a waiver's date, a misspelled field. */
function plainer(segments: Segment[], message: string, raw: unknown): { message?: string; hint?: string } {
  if (segments.length === 0 && (raw === null || typeof raw !== "object" || Array.isArray(raw))) {
    return { message: raw == null ? "the policy file is empty" : "a policy is a mapping", hint: "start it with `version: 1`, or run `modelgate init`" };
  }
  if (segments[0] === "manifests" && segments[2] === "alias" && message.startsWith("must match pattern")) {
    return {
      message: "alias must be a plain name (letters, digits, '.', '_', '-'), such as production or shadow, or {N} for the glob's Nth wildcard",
      hint: 'for models/*/manifest_*.json, alias: "{2}" names each manifest by its file name',
    };
  }
  if (segments[0] === "waivers" && segments[2] === "expires") {
    return { message: `expires must be a date written YYYY-MM-DD, such as 2026-12-31 (the waiver holds until the end of that day, UTC)` };
  }
  const unknown = /^unknown field "(.+)"$/.exec(message);
  if (unknown) return didYouMean(unknown[1], knownFields(segments));
  return {};
}

/** The fields the policy language allows where an unknown one was written. */
function knownFields(segments: Segment[]): string[] {
  const schema = generatedFields();
  if (segments.length === 1) return schema.top;
  if (segments[0] === "manifests") return ["glob", "model", "version", "alias"];
  if (segments[0] === "waivers") return ["gate", "model", "reason", "expires"];
  if (segments[0] === "override") return ["label", "actors", "require_reason"];
  if (segments[0] === "models" && segments.length === 3) return ["match", "gates", "disable"];
  return schema.gate;
}

function generatedFields(): { top: string[]; gate: string[] } {
  const gate = new Set(["id", "type", "severity", "on", "description", "message", "when"]);
  for (const t of GATE_TYPES.values()) for (const f of Object.keys(t.fields)) gate.add(f);
  return { top: ["version", "extends", "manifests", "gates", "models", "override", "waivers"], gate: [...gate] };
}

function resolveExtends(written: string, from: string): { ref: string } | { refused: string } {
  if (written.startsWith(PRESET_PREFIX)) return { ref: written };
  if (from.startsWith(PRESET_PREFIX)) return { refused: `a preset may only extend other presets, not "${written}"` };
  if (written.startsWith("/") || written.includes("\\")) return { refused: `extends "${written}": write a path relative to the policy file` };
  const ref = posix.normalize(posix.join(posix.dirname(from), written));
  if (ref.startsWith("../") || ref === "..") return { refused: `extends "${written}" points outside the repository` };
  return { ref };
}

function problemAt(doc: Doc, segments: Segment[], message: string): Problem {
  return { file: doc.file, ...doc.locate(segments), message };
}

function merge(layers: Layer[]): Policy {
  const gates = new Map<string, { config: Record<string, unknown>; where: Map<string, Location> }>();
  let manifests: ManifestRule[] | undefined;
  let manifestsWhere: Location[] | undefined;
  const models: ModelEntry[] = [];
  const modelWhere: Array<{ gates: Location[]; disable: Location[] }> = [];
  let override: Partial<OverrideRule> | undefined;
  const waivers: Waiver[] = [];
  const problems: Problem[] = layers.flatMap((l) => l.problems);

  for (const { doc, raw } of layers) {
    const seen = new Map<string, number>();
    (raw.gates ?? []).forEach((gate, i) => {
      const first = seen.get(gate.id);
      if (first !== undefined) {
        problems.push({
          file: doc.file,
          ...doc.locate(["gates", i, "id"]),
          message: `gate id "${gate.id}" appears twice in this file (also gates[${first}], line ${doc.locate(["gates", first]).line})`,
          hint: "give each gate its own id; to change an inherited gate, write its id once, with the fields to change",
        });
        return;
      }
      seen.set(gate.id, i);
      // A gate written with a type is a whole gate: it replaces an inherited one of that id. Without one, it patches it.
      const inherited = gate.type === undefined ? gates.get(gate.id) : undefined;
      const entry = inherited ?? { config: {}, where: new Map<string, Location>() };
      for (const [field, value] of Object.entries(gate)) {
        entry.config[field] = value;
        entry.where.set(field, { file: doc.file, ...doc.locate(["gates", i, field]) });
      }
      entry.where.set("", { file: doc.file, ...doc.locate(["gates", i]) });
      gates.set(gate.id, entry);
    });
    if (raw.manifests) {
      manifests = raw.manifests.map((m) => ({
        glob: m.glob,
        model: m.model ?? "{1}",
        version: m.version ?? "version",
        ...(m.alias ? { alias: m.alias } : {}),
      }));
      manifestsWhere = raw.manifests.map((_, i) => ({ file: doc.file, ...doc.locate(["manifests", i, "glob"]) }));
    }
    for (const [pattern, entry] of Object.entries(raw.models ?? {})) {
      const match = Object.entries(entry.match ?? {}).flatMap(([path, value]) => {
        const at = { file: doc.file, ...doc.locate(["models", pattern, "match", path]) };
        let pattern_: ReturnType<typeof parsePath>;
        try {
          pattern_ = parsePath(path);
        } catch (err) {
          problems.push({
            ...at,
            message: `models.${pattern}: match key "${path}" is not a path: ${(err as Error).message}`,
            hint: "write a dotted path into the manifest, such as strategy",
          });
          return [];
        }
        if (pattern_.some((seg) => seg === WILDCARD)) {
          problems.push({
            ...at,
            message: `models.${pattern}: match key "${path}" has a wildcard; it must name one field`,
            hint: "write the field's path, such as strategy or meta.strategy",
          });
          return [];
        }
        return [{ path, segments: pattern_ as Segment[], value }];
      });
      models.push({ pattern, ...(entry.match ? { match } : {}), gates: entry.gates ?? [], disable: entry.disable ?? [] });
      const at = (kind: "gates" | "disable", n: number) => ({ file: doc.file, ...doc.locate(["models", pattern, kind, n]) });
      modelWhere.push({ gates: (entry.gates ?? []).map((_, i) => at("gates", i)), disable: (entry.disable ?? []).map((_, i) => at("disable", i)) });
    }
    if (raw.override) override = { ...override, ...raw.override };
    (raw.waivers ?? []).forEach((w, i) => {
      const where = { file: doc.file, ...doc.locate(["waivers", i]) };
      if (toInstant(w.expires) === null) problems.push({ ...where, message: `waiver expires "${w.expires}" is not a date (YYYY-MM-DD)` });
      waivers.push({ ...w, where });
    });
  }

  const effective: GateConfig[] = [];
  for (const [id, { config, where }] of gates) {
    if (config.type === undefined) {
      problems.push({
        ...(where.get("") as Location),
        message: `gate "${id}" has no type, and no earlier gate has this id`,
        hint: "give it a type, or check the id against the presets' gate ids",
      });
      continue;
    }
    const gate = withDefaults(config);
    for (const e of gateProblems(gate)) {
      const field = typeof e.segments[0] === "string" ? e.segments[0] : "";
      const unknown = /^unknown field "(.+)"$/.exec(e.message);
      const fields = [...Object.keys(GATE_TYPES.get(gate.type)?.fields ?? {}), "id", "type", "severity", "on", "description", "message", "when"];
      problems.push({
        ...(where.get(field) ?? where.get("") ?? { file: layers[0].doc.file }),
        message: `gate "${id}": ${e.message}`,
        ...(unknown ? didYouMean(unknown[1], fields) : {}),
      });
    }
    const alias = aliasProblem(gate, manifests ?? DEFAULT_MANIFESTS);
    if (alias) problems.push({ ...(where.get("as") ?? where.get("") ?? { file: layers[0].doc.file }), ...alias });
    effective.push(gate);
  }
  // Entries apply in file order: a later entry may change or disable a gate an earlier one added.
  const added = new Map<string, Record<string, unknown>>();
  models.forEach((entry, n) => {
    entry.gates.forEach((patch, i) => {
      const where = modelWhere[n].gates[i];
      const base = patch.type === undefined ? (added.get(patch.id) ?? gates.get(patch.id)?.config) : undefined;
      if (patch.type !== undefined || added.has(patch.id)) added.set(patch.id, { ...base, ...patch });
      if (!base && !patch.type) {
        problems.push({
          ...where,
          message: `models.${entry.pattern}: no gate "${patch.id}" to change`,
          hint: didYouMean(patch.id, [...gates.keys(), ...added.keys()]).hint ?? "name an existing gate id, or give the new gate a type",
        });
        return;
      }
      for (const e of gateProblems(withDefaults({ ...base, ...patch }))) {
        problems.push({ ...where, message: `models.${entry.pattern}, gate "${patch.id}": ${e.message}` });
      }
    });
    entry.disable.forEach((id, i) => {
      if (!gates.has(id) && !added.has(id)) {
        problems.push({
          ...modelWhere[n].disable[i],
          message: `models.${entry.pattern}: cannot disable unknown gate "${id}"`,
          ...didYouMean(id, [...gates.keys(), ...added.keys()]),
        });
      }
    });
  });
  for (const w of waivers) {
    if (!gates.has(w.gate) && !models.some((m) => m.gates.some((g) => g.id === w.gate))) {
      problems.push({ ...w.where, message: `waiver names unknown gate "${w.gate}"`, ...didYouMean(w.gate, [...gates.keys()]) });
    }
  }
  if (problems.length > 0) {
    const order = layers.map((l) => l.doc.file);
    problems.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    throw new ModelgateError(problems);
  }

  return {
    files: layers.map((l) => l.doc.file),
    manifests: manifests ?? DEFAULT_MANIFESTS,
    gates: effective,
    models,
    override: override ? { label: override.label, actors: override.actors ?? [], require_reason: override.require_reason ?? false } : undefined,
    waivers,
    where: new Map([...gates].map(([id, g]) => [id, g.where])),
    manifestsWhere,
  };
}

/** A soak gate's `as` must name an alias the manifests can have, or it would refuse every promotion. */
function aliasProblem(gate: GateConfig, manifests: ManifestRule[]): { message: string; hint: string } | null {
  if (typeof gate.as !== "string") return null;
  // Each says where the time starts: with both, one would be silently ignored.
  const other = gate.since !== undefined ? "since" : gate.of !== undefined ? "of" : null;
  if (other) {
    return {
      message: `gate "${gate.id}": as and ${other} both say where the time starts; a soak gate counts from one`,
      hint: `keep as: ${gate.as} to count the run as ${gate.as}, or ${other} to count from the manifest, in two gates if both matter`,
    };
  }
  const aliases = manifests.map((m) => m.alias).filter((a): a is string => a !== undefined);
  if (aliases.some((a) => a === gate.as || /\{\d+\}/.test(a))) return null;
  return {
    message: `gate "${gate.id}": as: ${gate.as} names no alias of the policy's manifests${aliases.length ? ` (${aliases.join(", ")})` : ""}`,
    hint: aliases.length
      ? (didYouMean(gate.as, aliases).hint ?? `name one of ${aliases.join(", ")}`)
      : 'give each manifests rule an alias, such as { glob: "models/*/manifest_shadow.json", alias: shadow }',
  };
}

function withDefaults(config: Record<string, unknown>): GateConfig {
  const typeOn = GATE_TYPES.get(String(config.type))?.on ?? DEFAULT_ON;
  // A type may derive its default from its fields: `transition` runs on rollback only where it has terminal stages.
  const on = typeof typeOn === "function" ? typeOn(config) : typeOn;
  return { severity: "error", on, ...config } as unknown as GateConfig;
}

/** A "did you mean" hint: the nearest name within a couple of edits. */
export function didYouMean(written: string, known: Iterable<string>): { hint?: string } {
  const near = nearestKey(written, known);
  return near ? { hint: `did you mean "${near}"?` } : {};
}

function gateProblems(gate: GateConfig) {
  const validate = gateValidatorCache.get(gate.type);
  if (!validate) return [{ segments: ["type"] as Segment[], message: `unknown gate type "${gate.type}"; the types are ${[...GATE_TYPES.keys()].join(", ")}` }];
  return validate(gate) ? [] : schemaErrors(validate.errors, gate);
}

const effectiveGates = new WeakMap<Policy, Map<string, GateConfig[]>>();

/**
 * The `models:` entries that apply to a model: by name (the key, or a glob), or, for an entry
 * with `match`, by the fields of `manifest` (the active one, as the engine passes it).
 */
export function entriesFor(policy: Policy, model: string, manifest: unknown): ModelEntry[] {
  return policy.models.filter((entry) =>
    entry.match ? entry.match.every((m) => valueAt(manifest, m.segments) === m.value) : entry.pattern === model || globMatch(entry.pattern, model),
  );
}

/** The manifest fields that some `models:` entry selects by. */
export function selectorPaths(policy: Policy): ReadonlyArray<{ path: string; segments: Segment[] }> {
  let paths = selectors.get(policy);
  if (!paths) {
    const out = new Map<string, Segment[]>();
    for (const e of policy.models) for (const m of e.match ?? []) out.set(m.path, m.segments);
    paths = [...out].map(([path, segments]) => ({ path, segments }));
    selectors.set(policy, paths);
  }
  return paths;
}
const selectors = new WeakMap<Policy, ReadonlyArray<{ path: string; segments: Segment[] }>>();

/** The gates that apply to one model: the policy's gates, then matching `models:` entries in order. */
export function gatesFor(policy: Policy, model: string, manifest?: unknown): GateConfig[] {
  // Models matching the same entries share one list: most models match none.
  const matching = policy.models.length === 0 ? [] : entriesFor(policy, model, manifest);
  const key = matching.length === 0 ? "" : matching.map((e) => policy.models.indexOf(e)).join(",");
  let cache = effectiveGates.get(policy);
  if (!cache) {
    cache = new Map();
    effectiveGates.set(policy, cache);
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const byId = new Map(policy.gates.map((g) => [g.id, g]));
  for (const entry of matching) {
    for (const patch of entry.gates) byId.set(patch.id, withDefaults(patch.type === undefined ? { ...byId.get(patch.id), ...patch } : patch));
    for (const id of entry.disable) byId.delete(id);
  }
  const gates = [...byId.values()];
  cache.set(key, gates);
  return gates;
}

/** The waiver that covers a gate for a model now, and any expired one (to say so). */
export function waiverFor(policy: Policy, gate: string, model: string, now: Date): { active?: Waiver; expired?: Waiver } {
  let expired: Waiver | undefined;
  for (const w of policy.waivers) {
    if (w.gate !== gate) continue;
    if (w.model !== undefined && w.model !== model && !globMatch(w.model, model)) continue;
    const ends = (toInstant(w.expires.slice(0, 10)) ?? 0) + 86_400_000;
    if (now.getTime() < ends) return { active: w };
    expired = w;
  }
  return { expired };
}
