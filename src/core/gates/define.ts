import type { GateContext, GateDefinition } from "../model.js";

/** The TypeScript type of a JSON Schema fragment, for the subset gate fields use. */
type Infer<S> = S extends { enum: readonly (infer E)[] }
  ? E
  : S extends { const: infer C }
    ? C
    : S extends { anyOf: readonly (infer A)[] }
      ? Infer<A>
      : S extends { type: "string" }
        ? string
        : S extends { type: "number" | "integer" }
          ? number
          : S extends { type: "boolean" }
            ? boolean
            : S extends { type: "array"; items: infer I }
              ? Infer<I>[]
              : S extends { type: "object"; additionalProperties: infer V }
                ? Record<string, Infer<V>>
                : unknown;

/** A gate's options: required fields as given, the others optional. */
export type OptionsOf<F, R extends keyof F> = { -readonly [K in R]: Infer<F[K]> } & { -readonly [K in Exclude<keyof F, R>]?: Infer<F[K]> };

/**
 * Declares a gate type (as eslint's rules are declared): its fields are the JSON Schema that
 * validates the policy, and the same declaration types the options `evaluate` receives.
 */
export function defineGate<const F extends Record<string, object>, const R extends keyof F & string = never>(
  definition: Omit<GateDefinition, "fields" | "required" | "evaluate"> & {
    fields: F;
    required: readonly R[];
    evaluate(ctx: GateContext<OptionsOf<F, R>>): ReturnType<GateDefinition["evaluate"]>;
  },
): GateDefinition {
  return definition as unknown as GateDefinition;
}
