import { describe, expect, it } from "vitest";
import { ModelgateError } from "../../../src/core/problem.js";
import { runGate } from "../../support/gate.js";

const schemas = {
  "schemas/card.json": JSON.stringify({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "object",
    required: ["owner", "created"],
    properties: { owner: { $ref: "defs/owner.json" }, created: { type: "string", format: "date" } },
  }),
  "schemas/defs/owner.json": JSON.stringify({ type: "string", pattern: "^@" }),
};

describe("schema gate", () => {
  it("validates the manifest, following $ref between files of the repository", async () => {
    const gate = { type: "schema", schema: "schemas/card.json" };
    expect((await runGate({ gate, candidate: { owner: "@ml", created: "2026-01-01" }, schemas })).status).toBe("pass");
    const r = await runGate({ gate, candidate: { owner: "ml", created: "yesterday" }, schemas });
    expect(r.status).toBe("fail");
    expect(r.findings.map((f) => f.path).sort()).toEqual(["created", "owner"]);
    expect(r.findings.find((f) => f.path === "owner")?.message).toContain('must match pattern "^@"');
    expect(r.findings[0].line).toBeGreaterThan(1);
  });

  it("validates a file the manifest references, with positions in that file", async () => {
    const gate = { type: "schema", schema: "schemas/card.json", file: "card" };
    const files = { "models/m/card.yaml": "owner: ml\ncreated: 2026-01-01\n" };
    const r = await runGate({ gate, candidate: { card: "./card.yaml" }, files, schemas });
    expect(r.status).toBe("fail");
    expect(r.findings[0]).toMatchObject({ file: "models/m/card.yaml", line: 1, column: 8, path: "owner" });
  });

  it("fails clearly on a referenced file that is missing or outside the repository", async () => {
    const gate = { type: "schema", schema: "schemas/card.json", file: "card" };
    const missing = await runGate({ gate, candidate: { card: "./card.yaml" }, schemas });
    expect(missing.findings[0].message).toBe("card: models/m/card.yaml does not exist at the head commit");
    const outside = await runGate({ gate, candidate: { card: "../../x.yaml" }, schemas });
    expect(outside.findings[0].message).toContain('contains ".."');
    const itself = await runGate({ gate, candidate: { card: "./manifest_active.json" }, schemas });
    expect(itself.findings[0].message).toBe("card points at the manifest itself");
  });

  it("a schema that does not exist is a configuration error", async () => {
    await expect(runGate({ gate: { type: "schema", schema: "schemas/nope.json" }, candidate: {}, schemas })).rejects.toBeInstanceOf(ModelgateError);
  });
});

describe("schema gate against hostile schemas and values", () => {
  it("matches `pattern` with RE2: a catastrophic regex on a long input is still decided", async () => {
    const schemas = { "schemas/evil.json": JSON.stringify({ type: "object", properties: { id: { type: "string", pattern: "^(a+)+$" } } }) };
    const r = await runGate({ gate: { type: "schema", schema: "schemas/evil.json" }, candidate: { id: `${"a".repeat(5000)}!` }, schemas });
    expect(r.status).toBe("fail");
    expect(r.findings[0].message).toContain('must match pattern "^(a+)+$"');
  });

  it("refuses a schema that is not a valid JSON Schema, saying why", async () => {
    const schemas = { "schemas/bad.json": JSON.stringify({ type: "object", properties: { id: { type: "strnig" } } }) };
    await expect(runGate({ gate: { type: "schema", schema: "schemas/bad.json" }, candidate: {}, schemas })).rejects.toThrow(/invalid JSON Schema/);
  });
});
