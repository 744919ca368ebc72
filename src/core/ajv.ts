import { Ajv2020 } from "ajv/dist/2020.js";
import { formats } from "./formats.js";

/** An ajv for schemas from repositories: all errors, modelgate's formats. */
export function createAjv(options: { strict: boolean } = { strict: true }): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: options.strict, strictRequired: false, allowUnionTypes: true, validateFormats: true, formats });
  return ajv;
}
