/**
 * The one error policy every action entry shares: run, and turn whatever is thrown into a
 * failed step with a message a user can act on. User mistakes (UserError) print no stack trace;
 * anything else is a bug and shows its stack when the runner is in debug mode.
 */
import { UserError, describeError } from './errors';
import { Runtime } from './runtime';

export async function runEntry(
  main: (rt: Runtime) => Promise<void>,
  rt: Runtime = new Runtime()
): Promise<void> {
  try {
    await main(rt);
  } catch (err) {
    reportFailure(rt, err);
  }
}

export function reportFailure(rt: Runtime, err: unknown): void {
  if (err instanceof UserError) {
    for (const line of err.details) rt.info(line);
    rt.setFailed(err.message);
    return;
  }
  rt.setFailed(`Unexpected error: ${describeError(err)}`);
  if (err instanceof Error && err.stack) rt.debug(err.stack);
}
