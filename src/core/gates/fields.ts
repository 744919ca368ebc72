/** JSON Schema fragments for gate fields, shared by the gate types' declarations. */
export const PATH = { type: "string", format: "modelgate-path", description: "a path into the manifest" } as const;
export const NUMBER = { type: "number" } as const;
export const VALUES = { type: "array", minItems: 1, items: {} } as const;
export const STRINGS = { type: "array", minItems: 1, items: { type: "string" } } as const;
export const DURATION = {
  description: "a number in the values' own unit, or a duration such as 90s, 12h, 7d, 2w",
  anyOf: [
    { type: "number", minimum: 0 },
    { type: "string", pattern: "^\\d+(\\.\\d+)?(ms|s|m|h|d|w)$" },
  ],
} as const;
