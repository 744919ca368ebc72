/** A place in a file, 1-based, as editors and GitHub annotations count. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
}

/** An error a user can act on: what is wrong, where, and what to do. */
export interface Problem extends Location {
  message: string;
  hint?: string;
  /** A mistake in the policy found while judging (the run's result is then `error`); the report drops this field. */
  kind?: "configuration";
}

/**
 * Thrown for invalid input (policy, command line, unreadable governed file).
 * Carries a Problem so adapters can print "file:line:column: message" without a stack trace.
 */
export class ModelgateError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem | Problem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join("\n"));
    this.name = "ModelgateError";
    this.problems = list;
  }
}

export function formatProblem(p: Problem): string {
  let where = p.file;
  if (p.line !== undefined) where += `:${p.line}${p.column !== undefined ? `:${p.column}` : ""}`;
  return `${where}: ${p.message}${p.hint ? `\n  hint: ${p.hint}` : ""}`;
}
