import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { presetNames, readPreset } from "../../src/bundled.js";
import { check } from "../../src/core/engine.js";
import { loadPolicy, type Policy } from "../../src/core/policy.js";
import { schemaCompiler } from "../../src/core/schemas.js";
import { expectValidReport } from "../support/cli.js";
import { MemoryReader } from "../support/memory-reader.js";

const GATES = [
  (t: number, sev: string) => `{ id: floor, type: range, path: metrics.auc, gte: ${t}, severity: ${sev} }`,
  (t: number, sev: string) =>
    `{ id: drop, type: regression, path: metrics.auc, better: higher, max_drop: ${t / 10}, severity: ${sev}, on: [promotion, rollback] }`,
  (_t: number, sev: string) => `{ id: present, type: required, paths: [version, metrics.auc], severity: ${sev} }`,
  (_t: number, sev: string) => `{ id: owners, type: allowed, path: owner, values: [risk, growth], severity: ${sev} }`,
  (_t: number, sev: string) => `{ id: fresh, type: not_older, path: trained_end_ts, severity: ${sev} }`,
  (_t: number, sev: string) => `{ id: frozen, type: unchanged, path: feature_version, severity: ${sev}, on: [promotion, update] }`,
  (t: number, sev: string) => `{ id: rule, type: expr, expr: "candidate.metrics.auc > ${t}", severity: ${sev}, when: "candidate != null" }`,
  (_t: number, sev: string) => `{ id: tags, type: includes, path: tags, values: [audited], severity: ${sev} }`,
];

/** A pool of valid policies, loaded once: every gate type the property exercises, with waivers past and future. */
async function policyPool(): Promise<Policy[]> {
  const rnd = fc.sample(
    fc.tuple(fc.array(fc.nat(GATES.length - 1), { minLength: 1, maxLength: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), fc.boolean()),
    { numRuns: 40, seed: 7 },
  );
  const source = (text: string) => ({ readRepoFile: async () => text, readPreset, presetNames });
  const out: Policy[] = [];
  for (const [picks, t, warn, waive] of rnd) {
    const ids = [...new Set(picks)];
    const gates = ids.map((i, k) => GATES[i](Number(t.toFixed(3)), warn && k % 2 ? "warning" : "error"));
    const waivers = waive
      ? `waivers:\n  - { gate: ${["floor", "drop", "present", "owners", "fresh", "frozen", "rule", "tags"][ids[0]]}, reason: r, expires: ${t > 0.5 ? "2099-01-01" : "2000-01-01"} }\n`
      : "";
    out.push(await loadPolicy(source(`version: 1\ngates:\n${gates.map((g) => `  - ${g}`).join("\n")}\n${waivers}`), "policy.yaml"));
  }
  return out;
}

const manifest = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record(
        {
          version: fc.constantFrom("v1", "v2", "v3"),
          metrics: fc.oneof(fc.record({ auc: fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }), fc.constant("high"), fc.constant(null)) }), fc.constant({})),
          owner: fc.constantFrom("risk", "growth", "ads", 7),
          trained_end_ts: fc.oneof(fc.integer({ min: 0, max: 2_000_000_000_000 }), fc.constantFrom("2026-01-01", "2026-01-01T00:00:00Z", "yesterday")),
          feature_version: fc.constantFrom("fv1", "fv2"),
          tags: fc.oneof(fc.constant(["audited"]), fc.constant([]), fc.constant("audited")),
        },
        { requiredKeys: ["version"] },
      )
      .map((m) => `${JSON.stringify(m)}\n`),
  },
  // Unreadable manifests: malformed JSON, duplicate keys, infinities, deep nesting.
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "{",
      '{"version": "v1", "version": "v2"}',
      '{"version": "v1", "metrics": {"auc": 1e999}}',
      `${"[".repeat(200)}${"]".repeat(200)}`,
    ),
  },
);

const tree = fc.dictionary(
  fc.constantFrom("models/a/manifest_active.json", "models/b/manifest_active.json", "models/c/manifest_active.json", "README.md"),
  manifest,
  { maxKeys: 4 },
);

describe("the engine, on random manifests, policies and edits (fast-check)", () => {
  let pool: Policy[];
  beforeAll(async () => {
    pool = await policyPool();
  });

  it("never throws; fails exactly when an error gate fails unwaived or a file is unreadable; the report matches its schema", async () => {
    const schema = schemaCompiler({ readRepoFile: async () => null, readBundled: async () => null });
    await fc.assert(
      fc.asyncProperty(fc.nat(39), tree, tree, async (policyIndex, base, head) => {
        const reader = MemoryReader.ofTrees({ base, head });
        const report = await check({
          reader,
          policy: pool[policyIndex],
          policyRef: { path: "policy.yaml", ref: "base" },
          base: "base",
          head: "head",
          now: new Date("2026-11-22T00:00:00Z"),
          version: "0.0.0",
          schema,
        });
        const gates = report.changes.flatMap((c) => c.gates);
        const failing = gates.some((g) => g.status === "fail") || report.errors.length > 0;
        // A policy path that matches nothing while a near one exists is the policy's typo: a configuration error.
        const typo = report.errors.some((e) => e.hint?.startsWith("did you mean"));
        expect(report.result).toBe(typo ? "error" : failing ? "fail" : "pass");
        for (const g of gates) {
          if (g.status === "fail") expect(g.severity).toBe("error");
          if (g.status === "warn") expect(g.severity).toBe("warning");
          if (g.status === "overridden") expect(g.override?.by).toBe("waiver");
        }
        expectValidReport(JSON.parse(JSON.stringify(report)));
      }),
      // The mutation run (vitest.mutate.config.ts) runs fewer: it repeats this for every mutant it covers.
      { numRuns: Number(process.env.MODELGATE_PROPERTY_RUNS ?? 10_000), seed: 20261122 },
    );
  });
});
