import { RE2JS } from "@bufbuild/re2";
import { Ajv2020 } from "ajv/dist/2020.js";
import metaSchema from "../generated/meta-2020-12.mjs";
import { formats } from "./formats.js";

/** An ajv for schemas from repositories: all errors, modelgate's formats. */
export function createAjv(options: { strict: boolean } = { strict: true }): Ajv2020 {
  // Schemas are checked against the meta-schema before they are added (checkSchema, precompiled).
  const ajv = new Ajv2020({
    allErrors: true,
    strict: options.strict,
    strictRequired: false,
    allowUnionTypes: true,
    validateFormats: true,
    validateSchema: false,
    formats,
    // Repository schemas' `pattern`s run on RE2, in time linear in the input: none can backtrack forever.
    code: { regExp: re2 },
  });
  return ajv;
}

/** Problems of a schema against the draft 2020-12 meta-schema, precompiled at build time. */
export function checkSchema(schema: unknown): string[] {
  if (metaSchema(schema)) return [];
  return (metaSchema.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "(schema)"} ${e.message}`);
}

/** ajv's regular-expression engine, on RE2. */
function re2(pattern: string, _flags: string): { test(input: string): boolean; toString(): string } {
  const compiled = RE2JS.compile(pattern);
  // ajv caches compiled patterns by their text.
  return { test: (input: string) => compiled.test(input), toString: () => `re2:${pattern}` };
}
re2.code = "re2";
