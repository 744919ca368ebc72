import type { Doc } from "../document.js";
import { sameValue } from "../equal.js";
import type { FileDigest, Finding } from "../model.js";
import { formatPath, matchPath, type Segment } from "../path.js";
import { isRemote, safeRepoPath } from "../repo-path.js";
import { defineGate } from "./define.js";
import { PATH } from "./fields.js";
import { findingAt, missingAt, outcome, plural } from "./finding.js";
import { findingList } from "./findings.js";

export const artifacts = defineGate({
  type: "artifacts",
  summary: "each artifact exists at head inside the repo and its digest matches; remote URIs only where allowed, with a digest",
  fields: {
    path: PATH,
    digest_key: { type: "string", minLength: 1 },
    allow_remote: {
      description: "true, or the URI prefixes allowed (s3://bucket/, gs://…)",
      anyOf: [{ type: "boolean" }, { type: "array", items: { type: "string", minLength: 1 } }],
    },
  },
  required: ["path"],
  needs: ["candidate"],
  // The state a rollback returns to must still have its files.
  on: ["promotion", "new", "update", "rollback", "demotion"],
  async evaluate(ctx) {
    const doc = ctx.candidate as Doc;
    const path = ctx.options.path;
    const digestKey = ctx.options.digest_key ?? "sha256";
    const allowRemote = ctx.options.allow_remote;
    const matches = matchPath(doc.value, path);
    if (matches.length === 0) return outcome([missingAt(doc, path, `${path} is missing`)], "", `${path} is missing`);

    const failed = findingList();
    const local: Array<{ segments: Segment[]; repoPath: string; digest?: string }> = [];
    for (const m of matches) {
      const where = formatPath(m.segments);
      const ref = artifactRef(m.value);
      const digest = m.value !== null && typeof m.value === "object" ? (m.value as Record<string, unknown>)[digestKey] : undefined;
      if (typeof ref !== "string") {
        failed.push(
          findingAt(doc, m.segments, { observed: m.value, message: `${where} names no artifact (a path string, or an object with "path" or "uri")` }),
        );
        continue;
      }
      if (digest !== undefined && (typeof digest !== "string" || !/^(sha256:)?[0-9a-fA-F]{64}$/.test(digest))) {
        failed.push(findingAt(doc, [...m.segments, digestKey], { observed: digest, message: `${where}.${digestKey} is not a sha256 digest (64 hex digits)` }));
        continue;
      }
      if (isRemote(ref)) {
        const allowed = allowRemote === true || (Array.isArray(allowRemote) && allowRemote.some((prefix) => ref.startsWith(prefix)));
        if (!allowed) failed.push(findingAt(doc, m.segments, { observed: ref, message: `${where}: remote artifact ${ref} is not allowed by this gate` }));
        else if (digest === undefined)
          failed.push(findingAt(doc, m.segments, { observed: ref, message: `${where}: remote artifact ${ref} has no ${digestKey} digest` }));
        continue;
      }
      const safe = safeRepoPath(ref, doc.file);
      if ("refused" in safe) {
        failed.push(findingAt(doc, m.segments, { observed: ref, message: `${where}: ${safe.refused}` }));
        continue;
      }
      if (safe.path === doc.file) {
        failed.push(findingAt(doc, m.segments, { observed: ref, message: `${where} points at the manifest itself` }));
        continue;
      }
      local.push({ segments: m.segments, repoPath: safe.path, digest: digest as string | undefined });
    }

    // A version names one content: an update in place (a stage move, a rollout step) keeps its artifacts.
    if ((ctx.change.kind === "update" || ctx.change.kind === "demotion") && ctx.active)
      failed.push(...swapped(doc, ctx.active, path, digestKey, ctx.change.to));

    // Hashed as streams: forty 95 MiB artifacts must not be held in memory at once.
    const files = await ctx.digestFiles(local.map((a) => a.repoPath));
    for (const a of local) {
      const where = formatPath(a.segments);
      const file = files.get(a.repoPath) ?? null;
      const problem = fileProblem(file, a.repoPath);
      if (problem) {
        failed.push(findingAt(doc, a.segments, { observed: a.repoPath, message: `${where}: ${problem}` }));
        continue;
      }
      if (a.digest !== undefined && file) {
        const want = a.digest.replace(/^sha256:/, "").toLowerCase();
        const got = file.sha256;
        if (got !== want) {
          const why =
            file.lfs === "pointer-not-lfs"
              ? `; it is a Git LFS pointer, but .gitattributes at the head commit does not mark ${a.repoPath} filter=lfs, so a checkout gets the pointer itself and its bytes are what is hashed`
              : "";
          failed.push(
            findingAt(doc, [...a.segments, digestKey], {
              observed: got,
              limit: want,
              message: `${where}: ${a.repoPath} has sha256 ${got}, the manifest declares ${want}${why}`,
            }),
          );
        }
      }
    }
    failed.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return outcome(
      failed,
      `${plural(matches.length, "artifact")} present${local.some((a) => a.digest) ? " with matching digests" : ""}`,
      `${plural(failed.total, "artifact")} missing or not matching`,
    );
  },
});

/** Artifacts whose reference or digest an update changed under the same version. */
function swapped(doc: Doc, active: Doc, path: string, digestKey: string, version: string | null): Finding[] {
  const before = new Map(matchPath(active.value, path).map((m) => [formatPath(m.segments), m.value]));
  const after = matchPath(doc.value, path);
  const out: Finding[] = [];
  for (const m of after) {
    const where = formatPath(m.segments);
    const was = before.get(where);
    before.delete(where);
    if (was !== undefined && sameValue(artifactRef(was), artifactRef(m.value)) && sameValue(digestOf(was, digestKey), digestOf(m.value, digestKey))) continue;
    out.push(
      findingAt(doc, m.segments, {
        observed: m.value,
        active: was ?? null,
        message: `${where} ${was === undefined ? "is added" : "changes"} under the same version ${version}; new weights need a new version`,
      }),
    );
  }
  for (const [where, was] of before)
    out.push({
      path: where,
      active: was,
      file: doc.file,
      ...doc.locate([]),
      message: `${where} is removed under the same version ${version}; new weights need a new version`,
    });
  return out;
}

function digestOf(value: unknown, digestKey: string): unknown {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>)[digestKey] : undefined;
}

function artifactRef(value: unknown): unknown {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object") {
    const v = value as Record<string, unknown>;
    return v.path ?? v.uri ?? v.url;
  }
  return undefined;
}

function fileProblem(file: FileDigest | null, path: string): string | null {
  if (!file) return `${path} does not exist at the head commit`;
  if (file.kind === "symlink") return `${path} is a symbolic link; artifacts must be regular files`;
  if (file.kind !== "file") return `${path} is a ${file.kind}, not a file`;
  return null;
}
