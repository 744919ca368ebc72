import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GATE_TYPES } from "../../src/core/gates/index.js";
import { policySchema } from "../../src/core/policy-schema.js";

const ROOT = join(import.meta.dirname, "..", "..");

describe("published schemas", () => {
  it("schemas/policy.schema.json is the schema the gate types define (npm run build writes it)", () => {
    expect(JSON.parse(readFileSync(join(ROOT, "schemas", "policy.schema.json"), "utf8"))).toEqual(policySchema());
  });

  it("every gate type is in the policy schema and has its own test file", () => {
    const defs = policySchema().$defs as Record<string, unknown>;
    for (const type of GATE_TYPES.keys()) {
      expect(defs[`gate-${type}`]).toBeDefined();
      expect(() => readFileSync(join(ROOT, "test", "unit", "gates", `${type}.test.ts`))).not.toThrow();
    }
  });
});
