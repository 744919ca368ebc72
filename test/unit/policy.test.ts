import { describe, expect, it } from "vitest";
import { gatesFor, loadPolicy, type PolicySource, waiverFor } from "../../src/core/policy.js";
import { ModelgateError, type Problem } from "../../src/core/problem.js";

function source(files: Record<string, string>, presets: Record<string, string> = {}): PolicySource {
  return {
    readRepoFile: async (p) => files[p] ?? null,
    readPreset: async (n) => presets[n] ?? null,
    presetNames: async () => Object.keys(presets),
  };
}

async function problems(files: Record<string, string>, presets: Record<string, string> = {}): Promise<Problem[]> {
  try {
    await loadPolicy(source(files, presets), ".modelgate/policy.yaml");
  } catch (err) {
    expect(err).toBeInstanceOf(ModelgateError);
    return (err as ModelgateError).problems;
  }
  throw new Error("expected the policy to be refused");
}

const PRESET = `version: 1
gates:
  - id: auc-floor
    type: range
    path: metrics.auc
    gte: 0.8
  - id: auc-regression
    type: regression
    path: metrics.auc
    better: higher
    max_drop: 0.02
`;

describe("policy", () => {
  it("merges presets, the policy and model entries by gate id, field by field", async () => {
    const policy = await loadPolicy(
      source(
        {
          ".modelgate/policy.yaml": `version: 1
extends: [modelgate:base, ./team.yaml]
gates:
  - { id: auc-regression, max_drop: 0.01, severity: warning }
models:
  "fraud-*":
    gates: [{ id: auc-floor, gte: 0.9 }]
  fraud-eu:
    disable: [auc-regression]
`,
          ".modelgate/team.yaml": "version: 1\ngates:\n  - { id: owner, type: required, paths: [owner] }\n",
        },
        { base: PRESET },
      ),
      ".modelgate/policy.yaml",
    );
    expect(policy.files).toEqual(["modelgate:base", ".modelgate/team.yaml", ".modelgate/policy.yaml"]);
    expect(gatesFor(policy, "churn").map((g) => [g.id, g.gte ?? g.max_drop, g.severity])).toEqual([
      ["auc-floor", 0.8, "error"],
      ["auc-regression", 0.01, "warning"],
      ["owner", undefined, "error"],
    ]);
    expect(gatesFor(policy, "fraud-us").find((g) => g.id === "auc-floor")?.gte).toBe(0.9);
    expect(gatesFor(policy, "fraud-eu").map((g) => g.id)).toEqual(["auc-floor", "owner"]);
    expect(gatesFor(policy, "churn")[0].on).toEqual(["promotion", "new", "update"]);
  });

  it("points at the file, line and column of what is wrong", async () => {
    const found = await problems({
      ".modelgate/policy.yaml": "version: 1\ngates:\n  - id: a\n    type: range\n    path: x\n    gte: high\n  - id: b\n    type: bogus\n",
    });
    expect(found).toContainEqual(
      expect.objectContaining({ file: ".modelgate/policy.yaml", line: 6, column: 10, message: expect.stringMatching(/^gate "a": \w+ must be a number, not /) }),
    );
    expect(found.some((p) => p.line === 8 && p.message.startsWith('gate "b": unknown gate type "bogus"; the types are schema, required'))).toBe(true);
  });

  it("names unknown fields, bad paths and bad CEL at their place", async () => {
    const found = await problems({
      ".modelgate/policy.yaml": `version: 1
gates:
  - { id: a, type: range, path: "x..y", gte: 0 }
  - { id: b, type: expr, expr: "candidate.x >" }
  - { id: c, type: unchanged, path: x, tolerance: 1 }
`,
    });
    expect(found.map((p) => [p.line, p.message])).toEqual([
      [3, expect.stringContaining("empty key")],
      [4, expect.stringContaining("invalid CEL expression")],
      [5, 'gate "c": unknown field "tolerance"'],
    ]);
  });

  it("checks merged gates: a model entry that breaks a gate is reported at the entry", async () => {
    const found = await problems({
      ".modelgate/policy.yaml": `version: 1
gates:
  - { id: auc, type: range, path: metrics.auc, gte: 0.8 }
models:
  churn:
    gates: [{ id: auc, gte: "high" }, { id: nope, max_drop: 1 }]
    disable: [ghost]
waivers:
  - { gate: phantom, reason: r, expires: 2026-12-31 }
`,
    });
    expect(found.map((p) => [p.line, p.message])).toEqual([
      [6, expect.stringMatching(/^models\.churn, gate "auc": \w+ must be a number, not /)],
      [6, 'models.churn: no gate "nope" to change'],
      [7, 'models.churn: cannot disable unknown gate "ghost"'],
      [9, 'waiver names unknown gate "phantom"'],
    ]);
  });

  it("refuses a type-less gate that changes nothing inherited", async () => {
    const found = await problems({ ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: typo-gate, max_drop: 1 }\n" });
    expect(found[0]).toMatchObject({ line: 3, message: 'gate "typo-gate" has no type, and no earlier gate has this id' });
  });

  it("refuses unknown presets, missing files, cycles and paths outside the repository", async () => {
    expect((await problems({}))[0].message).toBe("policy file .modelgate/policy.yaml does not exist at the policy's commit");
    const unknown = await problems({ ".modelgate/policy.yaml": "version: 1\nextends: [modelgate:nope]\n" }, { base: PRESET });
    expect(unknown[0]).toMatchObject({ line: 2, message: 'unknown preset "modelgate:nope"', hint: "presets: modelgate:base" });
    const cycle = await problems({ ".modelgate/policy.yaml": "version: 1\nextends: [a.yaml]\n", ".modelgate/a.yaml": "version: 1\nextends: [policy.yaml]\n" });
    expect(cycle[0].message).toBe("extends forms a cycle: .modelgate/policy.yaml -> .modelgate/a.yaml -> .modelgate/policy.yaml");
    const outside = await problems({ ".modelgate/policy.yaml": "version: 1\nextends: [../../etc/policy.yaml]\n" });
    expect(outside[0].message).toContain("points outside the repository");
  });

  it("applies a waiver until the end of its expiry day, then says it expired", async () => {
    const policy = await loadPolicy(
      source({ ".modelgate/policy.yaml": `${PRESET}waivers:\n  - { gate: auc-floor, model: "fraud-*", reason: "retraining", expires: 2026-12-31 }\n` }),
      ".modelgate/policy.yaml",
    );
    expect(waiverFor(policy, "auc-floor", "fraud-us", new Date("2026-12-31T23:59:59Z")).active?.reason).toBe("retraining");
    const after = waiverFor(policy, "auc-floor", "fraud-us", new Date("2027-01-01T00:00:00Z"));
    expect(after.active).toBeUndefined();
    expect(after.expired?.expires).toBe("2026-12-31");
    expect(waiverFor(policy, "auc-floor", "churn", new Date("2026-12-01T00:00:00Z"))).toEqual({ expired: undefined });
  });
});
