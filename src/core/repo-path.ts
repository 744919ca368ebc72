import { posix } from "node:path";

/**
 * Resolves a path written in a manifest to a path inside the repository, or says why not.
 * `./x` and `../x`-free relative paths starting with "./" are relative to the manifest's
 * folder; other relative paths to the repository root. Nothing may leave the repository.
 */
export function safeRepoPath(written: string, manifestPath: string): { path: string } | { refused: string } {
  if (written.length === 0) return { refused: "the path is empty" };
  if (written.includes("\0") || /[\u0000-\u001f]/.test(written)) return { refused: "the path contains control characters" };
  if (written.includes("\\")) return { refused: "the path contains a backslash; use / as the separator" };
  if (/^[a-zA-Z]:/.test(written) || written.startsWith("/")) return { refused: "absolute paths are not allowed; write a path relative to the repository" };
  if (/%(2e|2f|5c|00)/i.test(written)) return { refused: "the path contains URL-encoded separators or dots" };
  if (written.split("/").includes("..")) return { refused: 'the path contains ".."; artifacts must stay inside the repository' };
  const base = written.startsWith("./") ? posix.dirname(manifestPath) : "";
  const path = posix.normalize(posix.join(base, written));
  if (path === "." || path.startsWith("../")) return { refused: "the path points outside the repository" };
  return { path };
}

/** A URI with a scheme (s3://, gs://, https://, hf:// …), as opposed to a path in the repository. */
export function isRemote(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref);
}
