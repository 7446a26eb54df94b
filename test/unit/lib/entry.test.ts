/**
 * The action skeleton (defineAction), driven through a fake action declared here: validation
 * before the work is loaded, outputs and summary on failure from the same facts, one failure
 * channel without stacks for user errors, signals turned into an aborted ctx.signal, the post step.
 */
import { ActionFailure, defineAction, POST_STATE, type RunFacts } from '../../../src/lib/entry';
import { InputError, UserError } from '../../../src/lib/errors';
import { memoryRuntime } from '../../helpers/memoryRuntime';

interface FakeInputs {
  name: string;
}
interface FakeResult {
  revision: number;
}
interface FakeDeps {
  step(signal: AbortSignal): Promise<void>;
}

function fakeAction(opts: {
  work?: (
    ctx: { rt: import('../../../src/lib/runtime').Runtime; signal: AbortSignal },
    deps?: Partial<FakeDeps>
  ) => Promise<FakeResult>;
  post?: boolean;
  loaded?: string[];
  summaries?: RunFacts<FakeInputs, FakeResult>[];
}) {
  return defineAction<FakeInputs, FakeResult, FakeDeps>({
    name: 'fake',
    inputs: rt => {
      const name = rt.rawInput('name') ?? '';
      if (!/^[a-z]+$/.test(name))
        throw new InputError([{ input: 'name', message: `"${name}" is not valid` }]);
      return { name };
    },
    work: async () => {
      opts.loaded?.push('work');
      return opts.work ?? (async () => ({ revision: 1 }));
    },
    summary: facts => {
      opts.summaries?.push(facts);
      return `### fake ${facts.ok ? 'ok' : 'failed'}: ${JSON.stringify(facts.outputs)}`;
    },
    ...(opts.post
      ? {
          post: async rt => {
            rt.info(`cleaning ${rt.getState('dir')}`);
            throw new Error('disk gone');
          }
        }
      : {})
  });
}

afterEach(() => {
  process.exitCode = 0;
});

test('invalid inputs fail the step before the work is loaded, with every problem and no summary', async () => {
  const loaded: string[] = [];
  const { rt, io } = memoryRuntime({ INPUT_NAME: 'Bad Name' });
  expect(await fakeAction({ loaded }).execute(rt)).toBe(false);
  expect(loaded).toEqual([]);
  expect(io.recorded.failed).toBe('1 invalid input; nothing was changed:\n  - name: "Bad Name" is not valid');
  expect(io.recorded.summary).toBe('');
});

test('success: outputs recorded as set, the summary written from them', async () => {
  const summaries: RunFacts<FakeInputs, FakeResult>[] = [];
  const { rt, io } = memoryRuntime({ INPUT_NAME: 'web' });
  const ok = await fakeAction({
    summaries,
    work: async ctx => {
      ctx.rt.setOutput('revision', 2);
      return { revision: 2 };
    }
  }).execute(rt);
  expect(ok).toBe(true);
  expect(io.recorded.outputs).toEqual({ revision: '2' });
  expect(io.recorded.summary).toBe('### fake ok: {"revision":"2"}\n');
  expect(summaries[0]).toMatchObject({ ok: true, inputs: { name: 'web' }, result: { revision: 2 } });
  expect(io.recorded.failed).toBeUndefined();
});

test('failure: the outputs set before it stay set, the summary says what was known, the partial result reaches it', async () => {
  const summaries: RunFacts<FakeInputs, FakeResult>[] = [];
  const { rt, io } = memoryRuntime({ INPUT_NAME: 'web' });
  const ok = await fakeAction({
    summaries,
    work: async ctx => {
      ctx.rt.setOutput('previous-revision', 1);
      throw new ActionFailure('the rollout failed: 0/2 pods ready', { revision: 3 }, [
        'pod web-1: CrashLoopBackOff'
      ]);
    }
  }).execute(rt);
  expect(ok).toBe(false);
  expect(io.recorded.outputs).toEqual({ 'previous-revision': '1' });
  expect(io.recorded.summary).toBe('### fake failed: {"previous-revision":"1"}\n');
  expect(summaries[0]).toMatchObject({ ok: false, result: { revision: 3 } });
  expect(summaries[0]?.error).toBeInstanceOf(ActionFailure);
  expect(io.recorded.failed).toBe('the rollout failed: 0/2 pods ready');
  expect(io.log).toContain('pod web-1: CrashLoopBackOff');
  expect(io.log).not.toMatch(/\s+at /);
});

test('a bug (not a UserError) is an "Unexpected error", its stack only in debug lines', async () => {
  const { rt, io } = memoryRuntime({ INPUT_NAME: 'web' });
  await fakeAction({
    work: async () => {
      throw new TypeError('x is undefined');
    }
  }).execute(rt);
  expect(io.recorded.failed).toBe('Unexpected error: x is undefined');
  const stack = io.recorded.lines.filter(l => /\s+at /.test(l));
  expect(stack.length).toBeGreaterThan(0);
  expect(stack.every(l => l.startsWith('::debug::'))).toBe(true);
});

test('a non-Error throw still fails the step with a readable message', async () => {
  const { rt, io } = memoryRuntime({ INPUT_NAME: 'web' });
  await fakeAction({
    work: async () => {
      throw { code: 'Weird' };
    }
  }).execute(rt);
  expect(io.recorded.failed).toBe('Unexpected error: {"code":"Weird"}');
});

test('SIGTERM aborts ctx.signal, the work stops cleanly and the run still reports and summarises', async () => {
  const { rt, io } = memoryRuntime({ INPUT_NAME: 'web' });
  const before = process.listenerCount('SIGTERM');
  const run = fakeAction({
    work: async ctx => {
      ctx.rt.setOutput('started', true);
      await new Promise<void>(resolve =>
        ctx.signal.addEventListener('abort', () => resolve(), { once: true })
      );
      throw new UserError(`stopped: ${(ctx.signal.reason as Error).message}`);
    }
  }).execute(rt);
  // The skeleton's own listener is in place while the work runs (so Node does not just exit).
  await new Promise(r => setImmediate(r));
  expect(process.listenerCount('SIGTERM')).toBe(before + 1);
  // As the runner's cancel would deliver it (emitted, so Jest's own process is not signalled).
  process.emit('SIGTERM', 'SIGTERM');
  expect(await run).toBe(false);
  expect(io.log).toContain('Received SIGTERM');
  expect(io.recorded.failed).toBe('stopped: cancelled by SIGTERM');
  expect(io.recorded.summary).toBe('### fake failed: {"started":"true"}\n');
  expect(process.listenerCount('SIGTERM')).toBe(before);
});

test('deps given to execute reach the work', async () => {
  const { rt } = memoryRuntime({ INPUT_NAME: 'web' });
  const seen: string[] = [];
  await fakeAction({
    work: async (ctx, deps) => {
      await deps?.step?.(ctx.signal);
      return { revision: 1 };
    }
  }).execute(rt, { deps: { step: async () => void seen.push('step') } });
  expect(seen).toEqual(['step']);
});

describe('post step', () => {
  test('the main run saves the post flag before validating, so a failed main is not repeated', async () => {
    const { rt, io } = memoryRuntime({ INPUT_NAME: 'Bad' });
    await fakeAction({ post: true }).execute(rt);
    expect(io.recorded.state).toEqual({ [POST_STATE]: 'true' });
  });

  test('the post run does the cleanup only; its problems are warnings, not a failed step', async () => {
    const loaded: string[] = [];
    const { rt, io } = memoryRuntime({ [`STATE_${POST_STATE}`]: 'true', STATE_dir: '/rt/private' });
    expect(await fakeAction({ post: true, loaded }).execute(rt)).toBe(true);
    expect(loaded).toEqual([]);
    expect(io.recorded.lines).toEqual(['cleaning /rt/private', '::warning::post step of fake: disk gone']);
    expect(io.recorded.failed).toBeUndefined();
  });
});
