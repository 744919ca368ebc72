import { sha256Hex } from "./hash.js";
import type { FileDigest, RepoFile } from "./model.js";

/** Git LFS pointers (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md): small text files that stand for an object. */
export const LFS_POINTER_MAX = 1024;
const LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\n(?:[^\n]*\n)*?oid sha256:([0-9a-f]{64})\n/;

/** The sha256 oid a pointer names, or null when the bytes are not a pointer. */
export function lfsPointerOid(content: Uint8Array): string | null {
  if (content.byteLength >= LFS_POINTER_MAX) return null;
  return LFS_POINTER.exec(Buffer.from(content).toString("utf8"))?.[1] ?? null;
}

/** A FileDigest from bytes in memory, for readers that hold files whole (tests, in-memory repositories). */
export function digestOf(file: RepoFile, lfsPath: boolean): FileDigest {
  if (file.kind !== "file") return { path: file.path, kind: file.kind, size: 0, sha256: null };
  const oid = lfsPointerOid(file.content);
  const size = file.content.byteLength;
  if (oid && lfsPath) return { path: file.path, kind: "file", size, sha256: oid, lfs: "object" };
  const sha256 = sha256Hex(file.content);
  return { path: file.path, kind: "file", size, sha256, ...(oid ? { lfs: "pointer-not-lfs" as const } : {}) };
}
