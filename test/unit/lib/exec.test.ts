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
