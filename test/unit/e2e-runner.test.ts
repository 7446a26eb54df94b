import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFileCommands, renderLine, runStep } from '../../e2e/runner';
import { prepareKeyValueMessage } from '@actions/core/lib/file-command';

describe('runner emulation used by the main job', () => {
  test('parses what @actions/core writes to GITHUB_OUTPUT', () => {
    const text =
      [prepareKeyValueMessage('digest', 'sha256:abc'), prepareKeyValueMessage('tags', '["a",\n"b"]')].join(
        '\n'
      ) + '\nplain=1\n';
    expect(parseFileCommands(text)).toEqual({ digest: 'sha256:abc', tags: '["a",\n"b"]', plain: '1' });
  });

  test('renders workflow commands like the runner log and redacts masked values', () => {
    const masks = new Set<string>();
    expect(renderLine('::add-mask::s3cret', masks)).toBeUndefined();
    expect(renderLine('::debug::internal', masks)).toBeUndefined();
    expect(renderLine('::group::Build', masks)).toBe('▸ Build');
    expect(renderLine('::error file=charts/x.yaml,line=1::bad%0Athing', masks)).toBe(
      'Error (charts/x.yaml): bad\nthing'
    );
    expect(renderLine('token s3cret here', masks)).toBe('token *** here');
  });

  test('runs a bundle with INPUT_* and runner files, then its post step with saved state', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runner-'));
    const action = join(dir, 'action');
    mkdirSync(action);
    writeFileSync(
      join(action, 'action.yml'),
      'name: t\ndescription: t\nruns:\n  using: node24\n  main: main.js\n  post: post.js\n'
    );
    writeFileSync(
      join(action, 'main.js'),
      `const fs = require('fs');
       fs.appendFileSync(process.env.GITHUB_OUTPUT, 'greeting<<EOF\\nhello ' + process.env['INPUT_WHO-IS'] + '\\nEOF\\n');
       fs.appendFileSync(process.env.GITHUB_STATE, 'cleanup<<EOF\\n/tmp/x\\nEOF\\n');
       fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, '### hi\\n');
       console.log('::add-mask::pw'); console.log('the pw is pw');`
    );
    writeFileSync(join(action, 'post.js'), `console.log('post sees ' + process.env.STATE_cleanup)`);
    const res = await runStep({
      actionDir: action,
      inputs: { 'who-is': 'frontdoor' },
      runnerTemp: dir,
      workspace: dir
    });
    expect(res.exitCode).toBe(0);
    expect(res.outputs).toEqual({ greeting: 'hello frontdoor' });
    expect(res.summary).toBe('### hi\n');
    expect(res.log).toEqual(['the *** is ***', 'post sees /tmp/x']);
  });
});
