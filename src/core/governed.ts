import type { Doc } from "./document.js";
import { globMatch } from "./glob.js";
import { concreteSegments, valueAt } from "./path.js";
import type { ManifestRule, Policy } from "./policy.js";

/** A file the policy governs, with the rule that matched it and the glob's wildcard texts. */
export interface Governed {
  path: string;
  rule: ManifestRule;
  captures: string[];
}

/** Governed files among paths: the first manifest rule whose glob matches each. */
export function governedFiles(policy: Policy, paths: Iterable<string>): Governed[] {
  const out: Governed[] = [];
  for (const path of paths) {
    const g = governedFile(policy, path);
    if (g) out.push(g);
  }
  return out;
}

/** Each path matched against one policy's globs once: a run asks about the same paths many times (diff, layout, references, history). */
const matched = new WeakMap<ManifestRule[], Map<string, Governed | null>>();

export function governedFile(policy: Policy, path: string): Governed | null {
  let known = matched.get(policy.manifests);
  if (!known) {
    known = new Map();
    matched.set(policy.manifests, known);
  }
  let g = known.get(path);
  if (g === undefined) {
    g = null;
    for (const rule of policy.manifests) {
      const captures = globMatch(rule.glob, path);
      if (captures) {
        g = { path, rule, captures };
        break;
      }
    }
    known.set(path, g);
  }
  return g;
}

/**
 * The model's name: `{N}` from the glob's wildcards, else the value of a path into the
 * manifest (the caller passes the base's manifest where there is one). Null when that path
 * holds no name.
 */
export function modelName(g: Governed, doc: Doc | null): string | null {
  const template = g.rule.model;
  const parts = templateParts(template);
  if (parts.length > 1) return fill(parts, g.captures);
  const named = doc ? valueAt(doc.value, concreteSegments(template)) : undefined;
  return typeof named === "string" || typeof named === "number" ? String(named) : null;
}

/** Whether a rule names its models by a manifest field rather than by the path's wildcards. */
export function namedByField(rule: ManifestRule): boolean {
  return templateParts(rule.model).length === 1;
}

/** The pointer a governed file is (production, shadow …): the rule's name, or the text of its `{N}` wildcard; null when the rule names none. */
export function aliasOf(g: Governed): string | null {
  const template = g.rule.alias;
  if (template === undefined) return null;
  return fill(templateParts(template), g.captures);
}

/** A template split once at its `{N}`s: texts at even places, wildcard numbers at odd ones. */
const templates = new Map<string, string[]>();

function templateParts(template: string): string[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{(\d+)\}/);
    templates.set(template, parts);
  }
  return parts;
}

function fill(parts: string[], captures: string[]): string {
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += (captures[Number(parts[i]) - 1] ?? "") + parts[i + 1];
  return out;
}

export function versionOf(g: Governed, doc: Doc): string | null {
  const v = valueAt(doc.value, concreteSegments(g.rule.version));
  return typeof v === "string" || typeof v === "number" ? String(v) : null;
}

/** A path as a case-insensitive, normalizing file system (macOS, Windows) sees it. */
export function foldPath(path: string): string {
  return path.normalize("NFC").toLowerCase();
}

/** Whether a path under `dir` could be governed: a symbolic link there would serve manifests no gate sees. */
export function mayHoldGoverned(policy: Policy, dir: string): boolean {
  const parts = dir.split("/");
  return policy.manifests.some((rule) => {
    const glob = rule.glob.split("/");
    for (let i = 0; i < parts.length; i++) {
      if (glob[i] === undefined) return false;
      if (glob[i].includes("**")) return true;
      if (!globMatch(glob[i], parts[i])) return false;
    }
    return glob.length > parts.length;
  });
}

/** Whether a path would be governed on a file system that ignores case and Unicode form. */
export function governedWhenFolded(policy: Policy, path: string): boolean {
  const folded = foldPath(path);
  return policy.manifests.some((rule) => globMatch(foldPath(rule.glob), folded) !== null);
}
