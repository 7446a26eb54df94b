/**
 * The runtime port: through @actions/core to the real runner files (GITHUB_OUTPUT, GITHUB_STATE,
 * GITHUB_STEP_SUMMARY) and stdout commands; and the redaction of registered secrets from our own
 * lines and the summary, whichever protocol is underneath.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFileCommands } from '../../../e2e/runner';
import { Runtime, coreProtocol } from '../../../src/lib/runtime';
import { memoryRuntime } from '../../helpers/memoryRuntime';

describe('Runtime over @actions/core', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rt-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'sum')
  };
  const saved = { ...process.env };
  let stdout = '';
  let write: jest.SpyInstance;

  beforeEach(() => {
    for (const f of Object.values(files)) writeFileSync(f, '');
    Object.assign(process.env, files, { STATE_authfile: '/a', 'INPUT_IMAGE-TAG': 'v1' });
    stdout = '';
    write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      stdout += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    write.mockRestore();
    process.env = { ...saved };
    process.exitCode = 0;
  });

  test('outputs, state and summary go to the runner files', async () => {
    const rt = new Runtime(coreProtocol());
    rt.setOutput('tag', 'frontdoor-abc');
    rt.setOutput('lines', 'a\nb');
    rt.saveState('authfile', '/tmp/x');
    rt.appendSummary('### done');
    await rt.flush();
    expect(parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'))).toEqual({
      tag: 'frontdoor-abc',
      lines: 'a\nb'
    });
    expect(parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'))).toEqual({ authfile: '/tmp/x' });
    expect(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')).toBe('### done\n');
    expect(rt.outputs()).toEqual({ tag: 'frontdoor-abc', lines: 'a\nb' });
  });

  test('inputs and state are read from the environment', () => {
    const rt = new Runtime(coreProtocol());
    expect(rt.rawInput('image-tag')).toBe('v1');
    expect(rt.getState('authfile')).toBe('/a');
  });

  test('masks, annotations, groups and the failed status are workflow commands on stdout', () => {
    const rt = new Runtime(coreProtocol());
    rt.setSecret('hunter2');
    rt.info('password is hunter2');
    rt.warning('at line', { file: 'charts/x.yaml', startLine: 3 });
    rt.startGroup('Build');
    rt.endGroup();
    rt.setFailed('bad\nthing');
    expect(stdout.split('\n')).toEqual([
      '::add-mask::hunter2',
      'password is ***',
      '::warning file=charts/x.yaml,line=3::at line',
      '::group::Build',
      '::endgroup::',
      '::error::bad%0Athing',
      ''
    ]);
    expect(process.exitCode).toBe(1);
  });

  test('outside a runner (no GITHUB_STEP_SUMMARY) the summary is skipped, not an error', async () => {
    delete process.env['GITHUB_STEP_SUMMARY'];
    const rt = new Runtime(coreProtocol());
    rt.appendSummary('### nowhere');
    await expect(rt.flush()).resolves.toBeUndefined();
  });
});

describe('redaction (any protocol)', () => {
  test('secrets are masked for the runner and scrubbed from our own lines and the summary', () => {
    const { rt, io } = memoryRuntime();
    rt.setSecret('hunter2');
    rt.info('password is hunter2');
    rt.warning('token hunter2 expired');
    rt.appendSummary('| hunter2 |');
    rt.setFailed('login with hunter2 failed');
    expect(io.recorded.secrets).toEqual(['hunter2']);
    expect(io.recorded.lines[0]).toBe('::add-mask::hunter2');
    expect(io.recorded.lines.slice(1).join('\n')).not.toContain('hunter2');
    expect(io.recorded.summary).toBe('| *** |\n');
    expect(io.recorded.failed).toBe('login with *** failed');
  });

  test('an empty secret is not registered (it would mask everything)', () => {
    const { rt, io } = memoryRuntime();
    rt.setSecret('');
    rt.info('plain');
    expect(io.recorded.secrets).toEqual([]);
    expect(io.log).toBe('plain');
  });
});
