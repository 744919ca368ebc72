import { posix } from "node:path";
import type { AnySchema, ValidateFunction } from "ajv";
import type { Ajv2020 } from "ajv/dist/2020.js";
import * as generated from "../generated/index.mjs";
import { type Doc, parseDocument } from "./document.js";
import { schemaRefError } from "./formats.js";
import { schemaErrors } from "./json-schema.js";
import type { SchemaSource, SchemaValidator } from "./model.js";
import { PRESET_PREFIX } from "./policy.js";
import { ModelgateError } from "./problem.js";

const REPO_BASE = "https://repo.modelgate.invalid/";

export interface SchemaFiles {
  /** A schema file of the repository at the policy's commit. */
  readRepoFile(path: string): Promise<Uint8Array | string | null>;
  /** A schema bundled with modelgate (schemas/NAME.schema.json). */
  readBundled(name: string): Promise<string | null>;
}

/**
 * Compiles the JSON Schemas that `schema` gates name, once per run. Schemas come from the
 * policy's commit (never from the pull request) or from modelgate itself; `$ref`s between
 * schema files of the repository are followed.
 */
export function schemaCompiler(files: SchemaFiles): SchemaSource {
  // The runtime compiler loads only when a repository schema needs compiling.
  let compiler: Promise<Ajv2020> | undefined;
  let check: ((schema: unknown) => string[]) | undefined;
  const getAjv = () =>
    (compiler ??= import("./ajv.js").then((m) => {
      check = m.checkSchema;
      return m.createAjv({ strict: false });
    }));
  const compiled = new Map<string, Promise<SchemaValidator>>();
  const ready = new Map<string, SchemaValidator>();
  const loaded = new Set<string>();

  async function load(ref: string, from: string | null): Promise<string> {
    const key = ref.startsWith(PRESET_PREFIX) ? `${REPO_BASE}modelgate/${ref.slice(PRESET_PREFIX.length)}` : REPO_BASE + ref;
    if (loaded.has(key)) return key;
    loaded.add(key);
    let text: Uint8Array | string | null;
    if (ref.startsWith(PRESET_PREFIX)) {
      const name = ref.slice(PRESET_PREFIX.length);
      text = /^[a-z0-9-]+$/.test(name) ? await files.readBundled(name) : null;
    } else {
      const refused = schemaRefError(ref);
      if (refused) throw new ModelgateError({ file: from ?? ref, message: `schema ${refused}` });
      try {
        text = await files.readRepoFile(posix.normalize(ref));
      } catch (err) {
        if (err instanceof ModelgateError) throw err;
        throw new ModelgateError({ file: from ?? ref, message: `schema ${ref} cannot be read at the policy's commit: ${(err as Error).message.trim()}` });
      }
    }
    if (text === null) {
      throw new ModelgateError({
        file: from ?? ref,
        message: `schema ${ref} does not exist${ref.startsWith(PRESET_PREFIX) ? " among modelgate's schemas" : " at the policy's commit"}`,
      });
    }
    const doc: Doc = parseDocument(ref, text);
    if (doc.value === null || typeof doc.value !== "object")
      throw new ModelgateError({ file: ref, line: 1, column: 1, message: "a JSON Schema must be an object" });
    const schema = { ...(doc.value as Record<string, unknown>), $id: key };
    if (!ref.startsWith(PRESET_PREFIX)) {
      for (const target of externalRefs(schema)) {
        const path = posix.normalize(posix.join(posix.dirname(ref), target));
        if (path.startsWith("../") || path.startsWith("/")) throw new ModelgateError({ file: ref, message: `$ref "${target}" points outside the repository` });
        await load(path, ref);
      }
    }
    const ajv = await getAjv();
    const invalid = check?.(schema) ?? [];
    if (invalid.length > 0) throw new ModelgateError({ file: ref, message: `invalid JSON Schema: ${invalid.join("; ")}` });
    try {
      ajv.addSchema(schema as AnySchema, key);
    } catch (err) {
      throw new ModelgateError({ file: ref, message: `invalid JSON Schema: ${(err as Error).message}` });
    }
    return key;
  }

  const source = (ref: string): Promise<SchemaValidator> => {
    let v = compiled.get(ref);
    if (v) return v;
    const bundled = ref.startsWith(PRESET_PREFIX) ? generated.presetValidators[ref.slice(PRESET_PREFIX.length)] : undefined;
    // modelgate's own schemas were compiled at build time.
    v = bundled ? bundled().then((fn) => (value: unknown) => (fn(value) ? [] : schemaErrors(fn.errors, value))) : compile(ref);
    compiled.set(ref, v);
    v.then(
      (validator) => ready.set(ref, validator),
      () => {},
    );
    return v;
  };

  async function compile(ref: string): Promise<SchemaValidator> {
    const key = await load(ref, null);
    const ajv = await getAjv();
    let validate: ValidateFunction;
    try {
      validate = ajv.getSchema(key) as ValidateFunction;
    } catch (err) {
      throw new ModelgateError({ file: ref, message: `invalid JSON Schema: ${(err as Error).message}` });
    }
    return (value: unknown) => (validate(value) ? [] : schemaErrors(validate.errors, value));
  }

  // Once compiled, a validator is handed out at once: a gate on thousands of manifests need not wait a turn for each.
  return Object.assign(source, { ready: (ref: string) => ready.get(ref) });
}

/** Relative `$ref`s to other files (fragments within the same file are ajv's business). */
function externalRefs(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) externalRefs(item, out);
  else if (node !== null && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string" && !v.startsWith("#") && !/^[a-z][a-z0-9+.-]*:/i.test(v)) out.add(v.split("#")[0]);
      else externalRefs(v, out);
    }
  }
  return out;
}
