import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Runtime, formatCommand, formatFileCommand, type RuntimeIO } from '../../../src/lib/runtime';
import { runEntry } from '../../../src/lib/entry';
import { UserError } from '../../../src/lib/errors';

function memoryIO(env: NodeJS.ProcessEnv = {}): RuntimeIO & { out: string[] } {
  const out: string[] = [];
  return {
    env,
    out,
    write: t => out.push(t),
    appendFile: (p, t) => writeFileSync(p, t, { flag: 'a' })
  };
}

describe('workflow commands', () => {
  test('escape data and properties', () => {
    expect(formatCommand('error', 'a%b\nc', { file: 'x,y:z', line: 3 })).toBe(
      '::error file=x%2Cy%3Az,line=3::a%25b%0Ac'
    );
    expect(formatCommand('endgroup', '')).toBe('::endgroup::');
  });
  test('file command uses a delimiter absent from the value', () => {
    const s = formatFileCommand('digest', 'line1\nline2');
    const m = /^digest<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*)\n\1\n$/.exec(s);
    expect(m?.[2]).toBe('line1\nline2');
  });
});

describe('Runtime', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rt-'));

  test('outputs, state and summary go to the runner files', () => {
    const env = {
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_STATE: join(dir, 'state'),
      GITHUB_STEP_SUMMARY: join(dir, 'sum')
    };
    const rt = new Runtime(memoryIO(env));
    rt.setOutput('tag', 'frontdoor-abc');
    rt.saveState('authfile', '/tmp/x');
    rt.appendSummary('### done');
    expect(readFileSync(env.GITHUB_OUTPUT, 'utf8')).toMatch(/^tag<<ghadelimiter_.*\nfrontdoor-abc\n/);
    expect(readFileSync(env.GITHUB_STATE, 'utf8')).toMatch(/^authfile<<.*\n\/tmp\/x\n/);
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('### done\n');
  });

  test('secrets are masked for the runner and redacted from our own lines and summary', () => {
    const io = memoryIO({ GITHUB_STEP_SUMMARY: join(dir, 'sum2') });
    const rt = new Runtime(io);
    rt.setSecret('hunter2');
    rt.info('password is hunter2');
    rt.warning('token hunter2 expired');
    rt.appendSummary('| hunter2 |');
    expect(io.out[0]).toBe('::add-mask::hunter2\n');
    expect(io.out.slice(1).join('')).not.toContain('hunter2');
    expect(readFileSync(join(dir, 'sum2'), 'utf8')).toBe('| *** |\n');
  });

  test('inputs and state read from the environment', () => {
    const rt = new Runtime(memoryIO({ 'INPUT_IMAGE-TAG': 'v1', STATE_authfile: '/a' }));
    expect(rt.rawInput('image-tag')).toBe('v1');
    expect(rt.getState('authfile')).toBe('/a');
  });
});

describe('runEntry error policy', () => {
  afterEach(() => {
    process.exitCode = 0;
  });

  test('a UserError prints its details and message, no stack', async () => {
    const io = memoryIO();
    await runEntry(async () => {
      throw new UserError('release-name: "X" is not valid', ['pod a: CrashLoopBackOff']);
    }, new Runtime(io));
    expect(process.exitCode).toBe(1);
    const text = io.out.join('');
    expect(text).toContain('pod a: CrashLoopBackOff');
    expect(text).toContain('::error::release-name: "X" is not valid');
    expect(text).not.toMatch(/\s+at /);
  });

  test('a non-Error throw still fails the step with a readable message', async () => {
    const io = memoryIO();
    await runEntry(async () => {
      throw { code: 'Weird' };
    }, new Runtime(io));
    expect(process.exitCode).toBe(1);
    expect(io.out.join('')).toContain('::error::Unexpected error: {"code":"Weird"}');
  });
});
