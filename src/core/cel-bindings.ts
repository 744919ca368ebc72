/** What CEL expressions see: candidate, active (null when absent), change (its alias null when the policy names none), pr (null outside a pull request). */
export function celBindings(ctx: {
  candidate: { value: unknown } | null;
  active: { value: unknown } | null;
  change: object;
  pr?: object;
}): Record<string, unknown> {
  return {
    candidate: ctx.candidate?.value ?? null,
    active: ctx.active?.value ?? null,
    change: { alias: null, ...ctx.change },
    pr: ctx.pr ? { ...ctx.pr } : null,
  };
}
