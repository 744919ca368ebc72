import { celEnv, isCelError, parse, plan } from "@bufbuild/cel";

type Program = ReturnType<typeof plan>;
const programs = new Map<string, Program>();
const env = celEnv();

/** Parses a CEL expression once; throws with the position on a syntax error. */
export function compileCel(expr: string): Program {
  let program = programs.get(expr);
  if (!program) {
    program = plan(env, parse(expr));
    programs.set(expr, program);
  }
  return program;
}

/** A syntax error as text, or null when the expression parses. */
export function celSyntaxError(expr: string): string | null {
  try {
    compileCel(expr);
    return null;
  } catch (err) {
    return (err as Error).message.replace(/^<input>:/, "at ");
  }
}

export type CelOutcome = { value: unknown } | { error: string };

/** Evaluates over plain JSON values (CEL reads objects as maps, numbers as doubles). */
export function evaluateCel(expr: string, bindings: Record<string, unknown>): CelOutcome {
  try {
    const result = compileCel(expr)(bindings as never);
    if (isCelError(result)) return { error: result.message };
    return { value: result };
  } catch (err) {
    return { error: (err as Error).message };
  }
}
