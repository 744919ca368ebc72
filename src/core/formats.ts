import { posix } from "node:path";
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

/** Why a `schema:` reference cannot be read at the policy's commit, or null: a bundled `modelgate:NAME`, or a path inside the repository. */
export function schemaRefError(value: string): string | null {
  if (value.startsWith("modelgate:")) return /^modelgate:[a-z0-9-]+$/.test(value) ? null : `"${value}" is not a bundled schema name (modelgate:NAME)`;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return `"${value}": write a repository path with / and no control characters`;
  if (value.startsWith("/") || /^[a-zA-Z]:/.test(value)) return `"${value}" is absolute; write a path relative to the repository's root`;
  const normal = posix.normalize(value);
  if (normal === ".." || normal.startsWith("../")) return `"${value}" points outside the repository; schemas are read from the policy's commit`;
  if (normal === "." || normal.endsWith("/")) return `"${value}" is a folder, not a schema file`;
  return null;
}

/**
 * The string formats modelgate's schemas use: ajv-formats' full set and modelgate's own.
 * Shared by the validators precompiled at build time and the ajv that compiles repository schemas.
 */
export const formats = {
  ...fullFormats,
  "modelgate-path": { type: "string" as const, validate: (v: string) => pathError(v) === null },
  "modelgate-schema-ref": { type: "string" as const, validate: (v: string) => schemaRefError(v) === null },
  // CEL syntax is checked when the policy loads (policy.ts), so that CEL is loaded only for policies that use it.
  "modelgate-cel": { type: "string" as const, validate: (_v: string) => true },
};
