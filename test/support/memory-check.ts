import { presetNames, readBundledSchema, readPreset } from "../../src/bundled.js";
import { check, validate } from "../../src/core/engine.js";
import type { Override, PullRequestInfo } from "../../src/core/model.js";
import { loadPolicy } from "../../src/core/policy.js";
import type { Report } from "../../src/core/report.js";
import { schemaCompiler } from "../../src/core/schemas.js";
import { VERSION } from "../../src/version.js";
import { expectValidReport } from "./cli.js";
import type { MemoryReader } from "./memory-reader.js";

export const POLICY = ".modelgate/policy.yaml";

export interface MemoryCheck {
  base?: string;
  /** Where the head forked from the base (the merge base); defaults to the base. */
  diffBase?: string;
  head?: string;
  now?: string;
  pr?: PullRequestInfo;
  override?: Override;
}

/** `check` through the engine on an in-memory repository, with the policy read at the base as the runner reads it. */
export async function checkInMemory(repo: MemoryReader, o: MemoryCheck = {}): Promise<Report> {
  const base = repo.sha(o.base ?? "main");
  const head = repo.sha(o.head ?? "candidate");
  const read = async (p: string) => (await repo.readFiles(base, [p])).get(p)?.content ?? null;
  const policy = await loadPolicy({ readRepoFile: read, readPreset, presetNames }, POLICY);
  return expectValidReport(
    await check({
      reader: repo,
      policy,
      policyRef: { path: POLICY, ref: base },
      base,
      diffBase: repo.sha(o.diffBase ?? o.base ?? "main"),
      head,
      now: new Date(o.now ?? "2026-11-22T00:00:00Z"),
      version: VERSION,
      schema: schemaCompiler({ readRepoFile: read, readBundled: readBundledSchema }),
      pr: o.pr,
      override: o.override,
    }),
  );
}

/** `validate` through the engine on an in-memory repository, at one commit. */
export async function validateInMemory(repo: MemoryReader, ref = "main", now = "2026-11-22T00:00:00Z"): Promise<Report> {
  const head = repo.sha(ref);
  const read = async (p: string) => (await repo.readFiles(head, [p])).get(p)?.content ?? null;
  const policy = await loadPolicy({ readRepoFile: read, readPreset, presetNames }, POLICY);
  return expectValidReport(
    await validate({
      reader: repo,
      policy,
      policyRef: { path: POLICY, ref: head },
      head,
      now: new Date(now),
      version: VERSION,
      schema: schemaCompiler({ readRepoFile: read, readBundled: readBundledSchema }),
    }),
  );
}
