import { readFileSync } from 'node:fs';
import { exec, execChecked, tail, CommandNotFoundError } from '../../../src/lib/exec';

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
    const state = (): string => {
      try {
        return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0] ?? '';
      } catch {
        return 'gone';
      }
    };
    // SIGKILL is delivered asynchronously: on a loaded machine the grandchild may still be
    // running for a moment after exec returned. Give it two seconds, not thirty.
    const deadline = Date.now() + 2000;
    while (!['gone', 'Z', 'X'].includes(state()) && Date.now() < deadline)
      await new Promise(r => setTimeout(r, 50));
    expect(['gone', 'Z', 'X']).toContain(state());
  }, 40_000);

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
