import { fullFormats } from "ajv-formats/dist/formats.js";
import { parsePath } from "./path.js";

export function pathError(value: string): string | null {
  try {
    parsePath(value);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

/**
 * The string formats modelgate's schemas use: ajv-formats' full set and modelgate's own.
 * Shared by the validators precompiled at build time and the ajv that compiles repository schemas.
 */
export const formats = {
  ...fullFormats,
  "modelgate-path": { type: "string" as const, validate: (v: string) => pathError(v) === null },
  // CEL syntax is checked when the policy loads (policy.ts), so that CEL is loaded only for policies that use it.
  "modelgate-cel": { type: "string" as const, validate: (_v: string) => true },
};
