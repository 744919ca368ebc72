import { GATE_TYPES } from "./gates/index.js";
import { CHANGE_KINDS } from "./model.js";

export const POLICY_SCHEMA_ID = "https://modelgate.dev/schemas/policy.schema.json";

const COMMON_FIELDS = {
  id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", description: "unique and stable; shown in every report" },
  severity: { enum: ["error", "warning"], description: "warning: a failure gives `warn` and does not fail the check" },
  on: { type: "array", minItems: 1, uniqueItems: true, items: { enum: [...CHANGE_KINDS] }, description: "change kinds the gate applies to" },
  description: { type: "string" },
  message: { type: "string", description: "shown instead of the computed message when the gate fails" },
  when: { type: "string", format: "modelgate-cel", description: "a CEL condition over candidate, active, change and pr; the gate is skipped when it is false" },
} as const;

/** The JSON Schema of the policy language, built from the gate types so the two cannot drift. */
export function policySchema(): Record<string, unknown> {
  const types = [...GATE_TYPES.keys()];
  const defs: Record<string, unknown> = {};
  for (const g of GATE_TYPES.values()) {
    defs[`gate-${g.type}`] = {
      description: g.summary,
      type: "object",
      required: ["id", "type", ...g.required],
      properties: { ...COMMON_FIELDS, type: { const: g.type }, ...g.fields },
      additionalProperties: false,
      ...(g.constraints ? { allOf: [g.constraints] } : {}),
    };
  }
  defs.gate = {
    type: "object",
    required: ["id", "type"],
    properties: { id: COMMON_FIELDS.id, type: { enum: types } },
    // biome-ignore lint/suspicious/noThenProperty: "then" is a JSON Schema keyword here.
    allOf: types.map((t) => ({ if: { properties: { type: { const: t } }, required: ["type"] }, then: { $ref: `#/$defs/gate-${t}` } })),
  };
  defs.gatePatch = {
    description: "changes to a gate of the same id, field by field; or a new gate, with a type",
    type: "object",
    required: ["id"],
    properties: { ...COMMON_FIELDS, type: { enum: types } },
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: POLICY_SCHEMA_ID,
    title: "modelgate promotion policy",
    type: "object",
    required: ["version"],
    additionalProperties: false,
    properties: {
      version: { const: 1 },
      extends: { type: "array", items: { type: "string", minLength: 1 }, description: "presets (modelgate:NAME) and relative paths, merged in order" },
      manifests: {
        type: "array",
        minItems: 1,
        items: {
          type: "object",
          required: ["glob"],
          additionalProperties: false,
          properties: {
            glob: { type: "string", minLength: 1, description: "* matches within a folder, ** across folders" },
            model: { type: "string", minLength: 1, description: "{N}: the text of the glob's Nth wildcard; else a path into the manifest" },
            version: { type: "string", format: "modelgate-path", description: "path of the version field" },
            alias: {
              type: "string",
              pattern: "^([A-Za-z0-9][A-Za-z0-9._-]*|\\{\\d+\\})$",
              description:
                "the pointer these manifests are, when a model has several side by side (production, shadow): a name, or {N} for the glob's Nth wildcard",
            },
          },
        },
      },
      gates: {
        type: "array",
        description: "a gate with a type is a whole gate; without one, it changes the inherited gate of that id",
        // biome-ignore lint/suspicious/noThenProperty: "then" is a JSON Schema keyword here.
        items: { if: { type: "object", required: ["type"] }, then: { $ref: "#/$defs/gate" }, else: { $ref: "#/$defs/gatePatch" } },
      },
      models: {
        type: "object",
        description: "per-model entries; the key is a model name or a glob, or, with match, the entry's label",
        additionalProperties: {
          type: "object",
          additionalProperties: false,
          properties: {
            match: {
              type: "object",
              minProperties: 1,
              description:
                "select models by manifest fields instead of by name (strategy: momentum), read from the active manifest (the candidate for a new model); a change of such a field fails",
              additionalProperties: { type: ["string", "number", "boolean"] },
            },
            gates: { type: "array", items: { $ref: "#/$defs/gatePatch" } },
            disable: { type: "array", items: { type: "string" } },
          },
        },
      },
      override: {
        type: "object",
        additionalProperties: false,
        properties: {
          label: { type: "string", minLength: 1 },
          actors: { type: "array", items: { type: "string", minLength: 1 } },
          require_reason: { type: "boolean" },
        },
      },
      waivers: {
        type: "array",
        items: {
          type: "object",
          required: ["gate", "reason", "expires"],
          additionalProperties: false,
          properties: {
            gate: { type: "string" },
            model: { type: "string", description: "a model name or glob; all models when absent" },
            reason: { type: "string", minLength: 1 },
            expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}", description: "the waiver applies until the end of this day (UTC)" },
          },
        },
      },
    },
    $defs: defs,
  };
}

/**
 * What loading checks in each policy file: the structure, with gates as patches. Each
 * merged gate is then checked against its own type's definition, with the place of every
 * field, so the full per-type dispatch (for editors) need not run twice.
 */
export function policyDocumentSchema(): Record<string, unknown> {
  const full = policySchema();
  const properties = { ...(full.properties as Record<string, unknown>), gates: { type: "array", items: { $ref: "#/$defs/gatePatch" } } };
  // An unknown type is reported after the merge, with the others, naming the known ones.
  const patch = (full.$defs as Record<string, { properties: object }>).gatePatch;
  const defs = { gatePatch: { ...patch, properties: { ...patch.properties, type: { type: "string" } } } };
  return { ...full, $id: `${POLICY_SCHEMA_ID}#document`.replace("#document", "-document"), properties, $defs: defs };
}

/** The definition of one gate type, standalone. */
export function gateSchema(type: string): Record<string, unknown> {
  const full = policySchema();
  return {
    $schema: full.$schema,
    $id: `${POLICY_SCHEMA_ID.replace(".schema.json", "")}/gate-${type}.schema.json`,
    ...((full.$defs as Record<string, object>)[`gate-${type}`] as object),
  };
}
