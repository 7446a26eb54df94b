/**
 * The one action skeleton. Each action is a declaration (`defineAction`): how to read and validate
 * its inputs, where its work lives (loaded lazily, so a validation failure starts as fast as the
 * entry chunk allows), how to summarise a run, and an optional post step. The skeleton runs them
 * all the same way:
 *   post run? → the post step (it only warns);
 *   inputs (every problem at once) → work(ctx) with outputs recorded as they are set →
 *   summary from the same facts on success and on failure → one failure channel.
 * SIGINT/SIGTERM (a cancelled run) abort `ctx.signal` and keep the process alive until the work
 * has stopped; src/lib/exec.ts passes the same signals on to child processes (helm, builders).
 * Any throw becomes a failed step: a UserError (an ActionFailure among them) prints its message
 * and details, never a stack; anything else is a bug and shows its stack in debug mode only.
 */
import { UserError, describeError } from './errors';
import { Runtime } from './runtime';
import { SummaryBuilder, code, codeBlock } from './summary';

/** A failed run that knows part of its result (what the summary and the outputs can still say). */
export class ActionFailure<R = unknown> extends UserError {
  readonly partial: R | undefined;

  constructor(message: string, partial?: R, details: string[] = []) {
    super(message, details);
    this.name = 'ActionFailure';
    this.partial = partial;
  }
}

export interface ActionContext<I> {
  inputs: I;
  /** Outputs set through it are recorded (Runtime.outputs) for the summary and the failure. */
  rt: Runtime;
  /** Aborted when the runner cancels the step (SIGINT, then SIGTERM). */
  signal: AbortSignal;
}

/** What a summary is written from, on success and on failure alike. */
export interface RunFacts<I, R> {
  ok: boolean;
  inputs: I;
  /** The outputs set before the run ended. */
  outputs: Record<string, string>;
  /** The result on success; on failure, the partial result an ActionFailure carried. */
  result?: R;
  error?: unknown;
  durationMs: number;
}

export interface ActionDefinition<I, R, D> {
  name: string;
  inputs(rt: Runtime): I;
  /** Loads the work (a dynamic import) and returns the function that does it. */
  work(): Promise<(ctx: ActionContext<I>, deps?: Partial<D>) => Promise<R>>;
  /** Markdown for the job summary; undefined for none. Default: the failure summary below. */
  summary?(facts: RunFacts<I, R>): string | undefined | Promise<string | undefined>;
  /** What the log says after `Received SIGINT: ` when the runner cancels the step. */
  onCancel?: string;
  /** The post step (runs: post in action.yml), for cleanup; its problems are warnings. */
  post?(rt: Runtime): Promise<void>;
}

export interface RunOptions<D> {
  /** Side effects the work takes instead of its defaults (tests hand in local ones). */
  deps?: Partial<D>;
  /** Aborts the run as a cancelled step would (tests). */
  signal?: AbortSignal;
}

export interface Action<D> {
  readonly name: string;
  /** What the bundle's entry calls: one run (or post step) on the real runner. */
  main(): Promise<void>;
  /** One run through `rt`; resolves true when the step succeeded. Never throws. */
  execute(rt: Runtime, opts?: RunOptions<D>): Promise<boolean>;
}

/** Saved by the main step so the runner's post step (the same bundle) knows it is the post step. */
export const POST_STATE = 'isPost';

export function defineAction<I, R, D = never>(def: ActionDefinition<I, R, D>): Action<D> {
  const execute = async (rt: Runtime, opts: RunOptions<D> = {}): Promise<boolean> => {
    try {
      if (def.post) {
        if (rt.getState(POST_STATE) === 'true') {
          await runPost(def, rt);
          return true;
        }
        // Before validation: the post step runs (post-if: always()) even when main failed, and
        // without the flag it would run main again and repeat the input errors.
        rt.saveState(POST_STATE, 'true');
      }
      let inputs: I;
      try {
        inputs = def.inputs(rt);
      } catch (err) {
        reportFailure(rt, err);
        return false;
      }
      return await runWork(def, rt, inputs, opts);
    } finally {
      await rt.flush();
    }
  };
  return {
    name: def.name,
    execute,
    main: async () => {
      await execute(new Runtime());
    }
  };
}

async function runWork<I, R, D>(
  def: ActionDefinition<I, R, D>,
  rt: Runtime,
  inputs: I,
  opts: RunOptions<D>
): Promise<boolean> {
  const started = Date.now();
  const controller = new AbortController();
  const abort = () => controller.abort(opts.signal?.reason ?? new Error('cancelled'));
  if (opts.signal?.aborted) abort();
  opts.signal?.addEventListener('abort', abort, { once: true });
  // A listener keeps Node from exiting at once, so the work can stop cleanly and report.
  const onSignal = (sig: NodeJS.Signals) => {
    rt.info(`Received ${sig}: ${def.onCancel ?? 'stopping (child processes got the signal too).'}`);
    controller.abort(new Error(`cancelled by ${sig}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let result: R | undefined;
  let error: unknown;
  let ok = true;
  try {
    const work = await def.work();
    result = await work({ inputs, rt, signal: controller.signal }, opts.deps);
  } catch (err) {
    ok = false;
    error = err;
    if (err instanceof ActionFailure) result = err.partial as R | undefined;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    opts.signal?.removeEventListener('abort', abort);
  }

  const facts: RunFacts<I, R> = {
    ok,
    inputs,
    outputs: rt.outputs(),
    ...(result !== undefined ? { result } : {}),
    ...(ok ? {} : { error }),
    durationMs: Date.now() - started
  };
  try {
    const markdown = def.summary
      ? await def.summary(facts)
      : ok
        ? undefined
        : failureSummary(def.name, facts);
    if (markdown) rt.appendSummary(markdown);
  } catch (err) {
    // A summary that cannot be written must not hide the run's own outcome.
    rt.warning(`the job summary could not be written: ${describeError(err)}`);
  }
  if (!ok) reportFailure(rt, error);
  return ok;
}

async function runPost<I, R, D>(def: ActionDefinition<I, R, D>, rt: Runtime): Promise<void> {
  try {
    await def.post?.(rt);
  } catch (err) {
    rt.warning(`post step of ${def.name}: ${describeError(err)}`);
  }
}

/** The summary of a failed run when the action has none of its own: what was known, and why. */
export function failureSummary(name: string, facts: RunFacts<unknown, unknown>): string {
  return new SummaryBuilder()
    .heading(`${name}: ❌ failed`)
    .facts(Object.entries(facts.outputs).map(([k, v]) => [k, code(v)]))
    .add(codeBlock(describeError(facts.error)))
    .toString();
}

/** The one failure channel: a failed step with a message a user can act on. */
function reportFailure(rt: Runtime, err: unknown): void {
  if (err instanceof UserError) {
    for (const line of err.details) rt.info(line);
    rt.setFailed(err.message);
    return;
  }
  rt.setFailed(`Unexpected error: ${describeError(err)}`);
  if (err instanceof Error && err.stack) rt.debug(err.stack);
}
