import { readFileSync } from 'node:fs';
import { exec, execChecked, tail, CommandNotFoundError } from '../../../src/lib/exec';

/** A process's state letter from /proc (Z zombie, X dead), 'gone' when it no longer exists. */
function procState(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0] ?? '';
  } catch {
    return 'gone';
  }
}

describe('exec (real processes)', () => {
  test('passes arguments verbatim, no shell interpretation', async () => {
    const res = await exec(process.execPath, [
      '-e',
      'console.log(JSON.stringify(process.argv.slice(1)))',
      '$(whoami)',
      'a b;c'
    ]);
    expect(res.exitCode).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual(['$(whoami)', 'a b;c']);
  });

  test('stdin carries input (how secrets reach tools) and lines stream', async () => {
    const lines: string[] = [];
    const res = await exec(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)'], {
      input: 'one\ntwo\nthree',
      onStdoutLine: l => lines.push(l)
    });
    expect(res.stdout).toBe('one\ntwo\nthree');
    expect(lines).toEqual(['one', 'two', 'three']);
  });

  test('a missing command is a clear CommandNotFoundError', async () => {
    await expect(exec('definitely-not-a-command-xyz', [])).rejects.toBeInstanceOf(CommandNotFoundError);
  });

  test('timeout kills the child', async () => {
    const res = await exec(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { timeoutMs: 200 });
    expect(res.timedOut).toBe(true);
    expect(res.signal).toBe('SIGTERM');
  });

  test('timeout ends the whole process group: a grandchild holding the pipes open does not hang it', async () => {
    // sh starts a background sleep that inherits stdout/stderr, then waits. Killing sh alone
    // left the sleep holding the pipes, so 'close' came only when the sleep ended (30 s).
    const started = Date.now();
    const res = await exec('sh', ['-c', 'sleep 30 & echo "grandchild $!"; wait'], { timeoutMs: 300 });
    const elapsed = Date.now() - started;
    expect(res.timedOut).toBe(true);
    expect(elapsed).toBeLessThan(5000);
    const pid = Number(/grandchild (\d+)/.exec(res.stdout)?.[1]);
    expect(pid).toBeGreaterThan(0);
    // The grandchild is gone too: no process, or a zombie waiting for its new parent to reap it.
    const state = () => procState(pid);
    // SIGKILL is delivered asynchronously: on a loaded machine the grandchild may still be
    // running for a moment after exec returned. Give it two seconds, not thirty.
    const deadline = Date.now() + 2000;
    while (!['gone', 'Z', 'X'].includes(state()) && Date.now() < deadline)
      await new Promise(r => setTimeout(r, 50));
    expect(['gone', 'Z', 'X']).toContain(state());
  }, 40_000);

  /** The child's process group and session (fields 5 and 6 of /proc/self/stat), printed by it. */
  const GROUP_AND_SESSION =
    "const f=require('fs').readFileSync('/proc/self/stat','utf8').replace(/^.*\\) /s,'').split(' ');console.log(f[2]+' '+f[3])";
  const ownGroupAndSession = (): string => {
    const f = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return `${f[2]} ${f[3]}`;
  };

  test('without a timeout the child stays in this process group and session (no scheduling group of its own)', async () => {
    const res = await exec(process.execPath, ['-e', GROUP_AND_SESSION]);
    expect(res.stdout.trim()).toBe(ownGroupAndSession());
  });

  test('with a timeout the child leads a process group and session of its own (so the timeout can end the group)', async () => {
    const res = await exec(process.execPath, ['-e', `${GROUP_AND_SESSION};console.log(process.pid)`], {
      timeoutMs: 30_000
    });
    const [group, session, pid] = res.stdout.trim().split(/\s+/);
    expect(group).toBe(pid);
    expect(session).toBe(pid);
  });

  /** Runs `script` under exec, emits `sig` to this process once the child printed "ready". */
  async function cancelled(sig: NodeJS.Signals, args: string[], opts: { timeoutMs?: number } = {}) {
    let ready!: () => void;
    const isReady = new Promise<void>(r => (ready = r));
    const run = exec(args[0] as string, args.slice(1), {
      ...opts,
      onStdoutLine: l => l.startsWith('ready') && ready()
    });
    await isReady;
    // As the runner's cancel delivers it: to this process only (emitted, so Jest's own process
    // is not signalled).
    process.emit(sig, sig);
    return run;
  }

  test.each(['SIGINT', 'SIGTERM'] as NodeJS.Signals[])(
    'a cancelled run: %s reaches an attached child, which stops cleanly',
    async sig => {
      const res = await cancelled(sig, [
        process.execPath,
        '-e',
        `process.on('${sig}',()=>{console.log('got ${sig}');process.exit(0)});console.log('ready');setInterval(()=>{},1000)`
      ]);
      expect(res.stdout).toContain(`got ${sig}`);
      expect(res.exitCode).toBe(0);
      expect(res.timedOut).toBe(false);
    }
  );

  test('a cancelled run: SIGTERM reaches the whole group of a detached child, so its grandchild does not outlive it', async () => {
    // sh itself dies of SIGTERM; signalling sh alone would leave the sleep holding the pipes (30 s).
    const started = Date.now();
    const res = await cancelled('SIGTERM', ['sh', '-c', 'sleep 30 & echo "ready $!"; wait'], {
      timeoutMs: 60_000
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(res.signal).toBe('SIGTERM');
    expect(res.timedOut).toBe(false);
    const pid = Number(/ready (\d+)/.exec(res.stdout)?.[1]);
    expect(pid).toBeGreaterThan(0);
    const deadline = Date.now() + 2000;
    while (!['gone', 'Z', 'X'].includes(procState(pid)) && Date.now() < deadline)
      await new Promise(r => setTimeout(r, 50));
    expect(['gone', 'Z', 'X']).toContain(procState(pid));
  }, 40_000);

  test('a listener is removed when the child ends: nothing is left on SIGINT/SIGTERM', async () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    await exec(process.execPath, ['-e', '0']);
    await exec(process.execPath, ['-e', '0'], { timeoutMs: 10_000 });
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });

  test('execChecked throws with the tail of stderr', async () => {
    await expect(
      execChecked(process.execPath, ['-e', 'console.error("bad thing happened"); process.exit(3)'], {
        what: 'helm lint'
      })
    ).rejects.toThrow(/helm lint exited with code 3:\nbad thing happened/);
  });
});

test('tail keeps the last non-empty lines', () => {
  expect(tail('a\n\nb\nc\n', 2)).toBe('b\nc');
});
