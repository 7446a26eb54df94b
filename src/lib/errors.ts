/**
 * Errors a user can act on. The entry prints their message alone (no stack trace); anything
 * else is treated as a bug in this action and printed with its stack in debug mode.
 */
export class UserError extends Error {
  /** Extra lines (diagnostics, hints) printed after the message, e.g. pod states on a failed rollout. */
  readonly details: string[];

  constructor(message: string, details: string[] = []) {
    super(message);
    this.name = 'UserError';
    this.details = details;
  }
}

/** One problem with one input. */
export interface InputProblem {
  input: string;
  message: string;
}

/** Every problem found in the inputs, reported together before anything changes. */
export class InputError extends UserError {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    super(formatProblems(problems));
    this.name = 'InputError';
    this.problems = problems;
  }
}

export function formatProblems(problems: InputProblem[]): string {
  const n = problems.length;
  const head = `${n} invalid input${n === 1 ? '' : 's'}; nothing was changed:`;
  return [head, ...problems.map(p => `  - ${p.input}: ${p.message}`)].join('\n');
}

/** A message for anything thrown, including non-Error values (a string, an AWS error object). */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}
