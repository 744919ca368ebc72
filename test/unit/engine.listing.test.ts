import { describe, expect, it } from "vitest";
import { readBundledSchema } from "../../src/bundled.js";
import { check } from "../../src/core/engine.js";
import { MemoryReader } from "../../src/core/memory-reader.js";
import { loadPolicy } from "../../src/core/policy.js";
import { schemaCompiler } from "../../src/core/schemas.js";

/** A repository listing is a whole tree: one check asks git for each commit's listing once. */
class CountingReader extends MemoryReader {
  listings: string[] = [];
  override async listFiles(commit: string): Promise<string[]> {
    this.listings.push(commit);
    return super.listFiles(commit);
  }
}

describe("the engine lists a commit's files once per run", () => {
  it("references, layout checks and a file_hash gate share the head's listing", async () => {
    const policyText = 'version: 1\ngates:\n  - { id: data, type: file_hash, path: data_hash, files: ["data/*.csv"] }\n';
    const policy = await loadPolicy({ readRepoFile: async () => policyText, readPreset: async () => null, presetNames: async () => [] }, "policy.yaml");
    const manifest = (v: string) => JSON.stringify({ version: v, data_hash: "0".repeat(64) });
    const base = new Map([
      ["models/a/manifest_active.json", manifest("v1")],
      ["data/x.csv", "1\n"],
    ]);
    // The head changes a referenced data file (re-judging model a) and adds model b (layout checks).
    const head = new Map([...base, ["data/x.csv", "2\n"], ["models/b/manifest_active.json", manifest("v1")]]);
    const reader = new CountingReader(
      new Map([
        ["base", { files: base, time: Date.parse("2026-01-01T00:00:00Z") }],
        ["head", { files: head, time: Date.parse("2026-01-02T00:00:00Z") }],
      ]),
      ["base"],
    );
    const report = await check({
      reader,
      policy,
      policyRef: { path: "policy.yaml", ref: "base" },
      base: "base",
      head: "head",
      now: new Date("2026-01-03T00:00:00Z"),
      version: "0.0.0",
      schema: schemaCompiler({ readRepoFile: async () => null, readBundled: readBundledSchema }),
    });
    expect(report.changes.map((c) => [c.model, c.kind, c.gates.map((g) => g.status)])).toEqual([
      ["a", "update", ["fail"]],
      ["b", "new", ["fail"]],
    ]);
    expect(reader.listings).toEqual(["head"]);
  });
});
