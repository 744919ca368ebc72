import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GATE_TYPES } from "../../src/core/gates/index.js";
import type { PullRequestInfo } from "../../src/core/model.js";
import type { GateReport } from "../../src/core/report.js";
import { type GateCase, runGateReport } from "../support/gate.js";

const PR: PullRequestInfo = { number: 7, author: "trainer", labels: [], approvals: [], teams: {} };
const bins = { drift: { ref: [500, 300, 200], cur: [100, 300, 600] } };
const v1 = { version: "v1", stage: "a", pct: 10, trained_at: "2026-01-10T00:00:00Z", features: "fv3", metrics: { auc: 0.9 } };

/** For every gate type, a change that fails it. The engine's shared behaviour is then the same for all. */
const FAILING: Record<string, Omit<GateCase, "gate"> & { gate: Record<string, unknown> }> = {
  schema: {
    gate: { type: "schema", schema: "schemas/m.json" },
    schemas: { "schemas/m.json": JSON.stringify({ type: "object", required: ["owner"] }) },
    active: v1,
    candidate: { ...v1, version: "v2" },
  },
  required: { gate: { type: "required", paths: ["owner"] }, active: v1, candidate: { ...v1, version: "v2" } },
  includes: { gate: { type: "includes", path: "tags", values: ["prod"] }, active: v1, candidate: { ...v1, version: "v2", tags: ["dev"] } },
  range: { gate: { type: "range", path: "metrics.auc", gte: 0.95 }, active: v1, candidate: { ...v1, version: "v2" } },
  allowed: { gate: { type: "allowed", path: "stage", values: ["b"] }, active: v1, candidate: { ...v1, version: "v2" } },
  denied: { gate: { type: "denied", path: "stage", values: ["a"] }, active: v1, candidate: { ...v1, version: "v2" } },
  not_older: { gate: { type: "not_older", path: "trained_at" }, active: v1, candidate: { ...v1, version: "v2", trained_at: "2026-01-01T00:00:00Z" } },
  unchanged: { gate: { type: "unchanged", path: "features" }, active: v1, candidate: { ...v1, version: "v2", features: "fv4" } },
  regression: { gate: { type: "regression", path: "metrics.auc", better: "higher" }, active: v1, candidate: { ...v1, version: "v2", metrics: { auc: 0.8 } } },
  artifacts: { gate: { type: "artifacts", path: "weights" }, active: v1, candidate: { ...v1, version: "v2", weights: "models/m/w.bin" } },
  file_hash: {
    gate: { type: "file_hash", path: "data_hash", files: ["data/*.csv"] },
    files: { "data/a.csv": "x\n" },
    active: v1,
    candidate: { ...v1, version: "v2", data_hash: createHash("sha256").update("other").digest("hex") },
  },
  attestation: {
    gate: {
      type: "attestation",
      subject: "artifact.sha256",
      bundle: "evidence",
      issuer: "https://token.actions.githubusercontent.com",
      identity: "https://github.com/acme/models/.github/workflows/train.yml@refs/heads/main",
    },
    files: { "models/m/evaluation.sigstore.json": "{}" },
    active: v1,
    candidate: { ...v1, version: "v2", artifact: { sha256: "a".repeat(64) }, evidence: "models/m/evaluation.sigstore.json" },
  },
  transition: { gate: { type: "transition", path: "stage", order: ["a", "b", "c"] }, active: v1, candidate: { ...v1, stage: "c" } },
  soak: {
    gate: { type: "soak", min_days: 7 },
    history: [{ date: "2026-11-21T00:00:00Z", manifest: v1 }],
    candidate: { ...v1, version: "v2" },
  },
  rollout: { gate: { type: "rollout", path: "pct", steps: [10, 50, 100] }, active: v1, candidate: { ...v1, pct: 100 } },
  approvals: { gate: { type: "approvals", count: 1 }, active: v1, candidate: { ...v1, version: "v2" }, pr: PR },
  psi: { gate: { type: "psi", reference: "drift.ref", current: "drift.cur", lte: 0.1 }, active: v1, candidate: { ...v1, version: "v2", ...bins } },
  ks: { gate: { type: "ks", reference: "drift.ref", current: "drift.cur", lte: 0.1 }, active: v1, candidate: { ...v1, version: "v2", ...bins } },
  chi_square: {
    gate: { type: "chi_square", reference: "drift.ref", current: "drift.cur", alpha: 0.05 },
    active: v1,
    candidate: { ...v1, version: "v2", ...bins },
  },
  drift_severity: {
    gate: { type: "drift_severity", reference: "drift.ref", current: "drift.cur", psi: { moderate: 0.01, severe: 0.02 } },
    active: v1,
    candidate: { ...v1, version: "v2", ...bins },
  },
  ab_test: {
    gate: { type: "ab_test", control: "ab.control", treatment: "ab.treatment", test: "two_proportion_z", alpha: 0.05 },
    active: v1,
    candidate: { ...v1, version: "v2", ab: { control: { successes: 500, n: 1000 }, treatment: { successes: 400, n: 1000 } } },
  },
  expr: { gate: { type: "expr", expr: "candidate.metrics.auc > 0.95" }, active: v1, candidate: { ...v1, version: "v2" } },
};

/** The same gate, as the policy can write it: plain, with each shared field, and not applying. */
function variants(gate: Record<string, unknown>): Array<Record<string, unknown>> {
  return [
    { ...gate, id: "with-message", message: "the policy's own words" },
    { ...gate, id: "when-false", when: "candidate.version == 'no such version'" },
    { ...gate, id: "when-true", when: "change.model == 'm'" },
    { ...gate, id: "warning", severity: "warning" },
    { ...gate, id: "waived" },
    { ...gate, id: "rollbacks-only", on: ["rollback"] },
  ];
}

const WAIVER = `waivers:\n  - { gate: waived, model: m, reason: "accepted for the holiday freeze", expires: "2026-12-31" }\n`;

describe.concurrent("every gate type through the engine: on, when, message, severity, waivers and override alike", () => {
  it("covers every gate type", () => {
    expect(Object.keys(FAILING).sort()).toEqual([...GATE_TYPES.keys()].sort());
  });

  for (const [type, c] of Object.entries(FAILING)) {
    it(`${type}`, async () => {
      const { gate, ...rest } = c;
      const { change } = await runGateReport({ ...rest, gate: { ...gate, type, on: undefined }, more: variants({ ...gate, type }), policy: WAIVER });
      const byId = new Map<string, GateReport>(change.gates.map((g) => [g.id, g]));
      const plain = byId.get("g") as GateReport;
      expect(plain.status, JSON.stringify(plain)).toBe("fail");
      expect(plain.findings.length).toBeGreaterThan(0);
      // message replaces the computed message; the findings keep theirs.
      expect(byId.get("with-message")).toMatchObject({ status: "fail", message: "the policy's own words", findings: plain.findings });
      expect(plain.message).not.toBe("the policy's own words");
      // when: false is "not applicable"; true changes nothing.
      expect(byId.get("when-false")).toMatchObject({ status: "skip", message: "not applicable: candidate.version == 'no such version' is false" });
      expect(byId.get("when-true")).toMatchObject({ status: "fail", message: plain.message });
      expect(byId.get("warning")).toMatchObject({ status: "warn", severity: "warning", message: plain.message });
      expect(byId.get("waived")).toMatchObject({ status: "overridden", override: { by: "waiver", reason: "accepted for the holiday freeze" } });
      // on: a gate that does not name the change's kind does not run at all.
      expect(byId.has("rollbacks-only")).toBe(false);
      expect(change.result).toBe("fail");

      // A verified force-promote turns failing error gates into overridden, warnings stay warnings.
      const forced = await runGateReport({
        ...rest,
        gate: { ...gate, type },
        pr: rest.pr ?? PR,
        override: { actor: "ml-lead", reason: "hotfix for incident 42" },
      });
      expect(forced.gate).toMatchObject({ status: "overridden", override: { by: "label", actor: "ml-lead", reason: "hotfix for incident 42" } });
      expect(forced.change.result).toBe("pass");
    });
  }
});
