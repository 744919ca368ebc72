import type { Hash } from "node:crypto";
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);
let crypto: typeof import("node:crypto") | undefined;

/**
 * A SHA-256 hash. node:crypto is loaded on first use: loading it costs about 2 ms at every
 * start, and most runs (history, status, a check without artifacts) never hash anything.
 */
export function sha256Hash(): Hash {
  crypto ??= load("node:crypto") as typeof import("node:crypto");
  return crypto.createHash("sha256");
}

/** The SHA-256 of text (UTF-8) or bytes, in hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return sha256Hash().update(data).digest("hex");
}
