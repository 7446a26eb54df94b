/**
 * actionlint and zizmor (offline) over the workflows, the starter workflows and the composite
 * actions, with the repository's configuration (.github/actionlint.yaml, .github/zizmor.yml):
 * the same commands as .github/workflows/lint-workflows.yml, with the bootstrapped tools.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPOSITES, jsActions, workflowFiles } from './actionFiles';
import { repoRoot } from '../helpers/stack';

function tool(name: string): string {
  const p = spawnSync('bash', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (!p)
    throw new Error(`${name} is not on PATH: run scripts/bootstrap.sh (it installs ${name} into .tools/bin)`);
  return p;
}

function run(cmd: string, args: string[], cwd = repoRoot): { code: number; out: string } {
  const r = spawnSync(tool(cmd), args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000
  });
  return { code: r.status ?? 1, out: `${r.stdout}${r.stderr}` };
}

// Files, not directories: given a directory, zizmor collects only .github/workflows and actions.
const ZIZMOR_INPUTS = [...workflowFiles(), ...COMPOSITES, ...jsActions().map(a => `actions/${a}/action.yml`)];

test('actionlint: .github/workflows (and, through uses: ./, the composites) are clean', () => {
  const r = run('actionlint', ['-no-color']);
  expect(r).toEqual({ code: 0, out: '' });
});

test('actionlint: the starter workflows are clean', () => {
  const starters = workflowFiles().filter(f => f.startsWith('workflows-templates/'));
  expect(starters).toEqual(
    expect.arrayContaining([
      'workflows-templates/promote-frontdoor.yml',
      'workflows-templates/rollback-frontdoor.yml'
    ])
  );
  const r = run('actionlint', ['-no-color', ...starters]);
  expect(r).toEqual({ code: 0, out: '' });
});

test('zizmor --offline: no findings in workflows, starter workflows and composites', () => {
  const r = run('zizmor', [
    '--offline',
    '--config',
    '.github/zizmor.yml',
    '--format',
    'plain',
    ...ZIZMOR_INPUTS
  ]);
  expect({
    code: r.code,
    findings: r.out.split('\n').filter(l => /^(error|warning|help|info|note)\[/.test(l))
  }).toEqual({ code: 0, findings: [] });
});

test('zizmor --offline: no findings even with the pedantic persona', () => {
  const r = run('zizmor', [
    '--offline',
    '--config',
    '.github/zizmor.yml',
    '--persona',
    'pedantic',
    '--format',
    'plain',
    ...ZIZMOR_INPUTS
  ]);
  expect({
    code: r.code,
    findings: r.out.split('\n').filter(l => /^(error|warning|help|info|note)\[/.test(l))
  }).toEqual({ code: 0, findings: [] });
});

test('the linters do flag what this repository forbids (an expression in run:, an unpinned action)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ft-lint-'));
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  writeFileSync(
    join(dir, '.github', 'workflows', 'bad.yml'),
    [
      'on:',
      '  pull_request_target:',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      ''
    ].join('\n')
  );
  const z = run('zizmor', ['--offline', '--format', 'plain', '.github/workflows/bad.yml'], dir);
  expect(z.code).not.toBe(0);
  expect(z.out).toContain('template-injection');
  expect(z.out).toContain('unpinned-uses');
  const a = run('actionlint', ['-no-color', '.github/workflows/bad.yml'], dir);
  expect(a.code).not.toBe(0);
  expect(a.out).toContain('github.event.pull_request.title');
});
