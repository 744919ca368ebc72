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
  });
  return ajv;
}

/** Problems of a schema against the draft 2020-12 meta-schema, precompiled at build time. */
export function checkSchema(schema: unknown): string[] {
  if (metaSchema(schema)) return [];
  return (metaSchema.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "(schema)"} ${e.message}`);
}
