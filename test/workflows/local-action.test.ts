/**
 * Each action run through @github/local-action (`local-action run <action dir> <entry> <.env>`),
 * the way docs/local-testing.md shows, with invalid inputs: the step fails with one message that
 * names every bad input, and no stack trace of ours.
 *
 * local-action requires an entry module that exports run(); the shipped entries run on import,
 * so test/workflows/local-action/<name>.ts exports the same declared action's main().
 * local-action stubs the @actions/core index; our runtime uses core's command layer beneath it
 * (src/lib/runtime.ts), so the error arrives as the runner's ::error:: command on stdout.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { repoRoot, toolsBin } from '../helpers/stack';

const cli = join(repoRoot, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');

function localAction(
  name: string,
  env: Record<string, string>
): { code: number; out: string; action: string } {
  const dir = mkdtempSync(join(tmpdir(), `ft-local-action-${name}-`));
  const dotenv = join(dir, '.env');
  const base = {
    GITHUB_WORKSPACE: repoRoot,
    RUNNER_TEMP: dir,
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567'
  };
  writeFileSync(
    dotenv,
    Object.entries({ ...base, ...env })
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join('\n') + '\n'
  );
  const r = spawnSync(
    join(toolsBin, 'node'),
    [
      cli,
      'run',
      join('actions', name),
      join(repoRoot, 'test', 'workflows', 'local-action', `${name}.ts`),
      dotenv
    ],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 120_000,
      // No AWS credentials or INPUT_* from the Jest process reach the action.
      env: Object.fromEntries(
        Object.entries({
          ...process.env,
          PATH: `${toolsBin}${delimiter}${process.env.PATH}`,
          NO_COLOR: '1',
          FORCE_COLOR: '0'
        }).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('AWS_'))
      )
    }
  );
  const out = `${r.stdout}${r.stderr}`;
  // What the action itself printed: between local-action's "Running Action" and "Action Outputs" banners.
  const action = out.split(/Running Action\s*\n=+\n/)[1]?.split(/\n=+\n\s*Action Outputs/)[0] ?? '';
  return { code: r.status ?? 1, out, action };
}

const cases: [string, Record<string, string>, string[]][] = [
  [
    'build-push-ecr',
    {
      INPUT_CONTEXT: 'example-app',
      'INPUT_IMAGE-NAME': '-frontdoor',
      INPUT_BUILDER: 'kaniko',
      INPUT_REGISTRY: 'localhost:5000'
    },
    ['repository', 'image-name', 'builder']
  ],
  [
    'package-and-verify-helm-chart',
    { INPUT_CHART: 'charts/does-not-exist', INPUT_POLICY: 'loose', 'INPUT_RELEASE-NAME': 'Frontdoor_Dev' },
    ['chart', 'policy', 'release-name']
  ],
  [
    'deploy-to-eks',
    {
      INPUT_CHART: 'charts/does-not-exist',
      'INPUT_RELEASE-NAME': 'Frontdoor_Dev',
      INPUT_NAMESPACE: 'flygtaxi-dev',
      'INPUT_CLUSTER-NAME': 'dev',
      'INPUT_AWS-REGION': 'eu-north-1',
      INPUT_TIMEOUT: 'soon'
    },
    ['chart', 'release-name', 'timeout']
  ]
];

describe.each(cases)('local-action run actions/%s with invalid inputs', (name, env, bad) => {
  const r = localAction(name, env);

  test('the run fails', () => {
    expect(r.code).not.toBe(0);
  });

  test(`one error names each bad input (${bad.join(', ')})`, () => {
    const errors = r.action.split('\n').filter(l => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    const message = decodeURIComponent((errors[0] as string).replace(/^::error[^:]*::/, ''));
    for (const input of bad) expect(message).toMatch(new RegExp(`(^|\\n)\\s*- ${input}: `));
    expect(message).toMatch(new RegExp(`^${bad.length} invalid inputs`));
  });

  test('prints no stack trace of ours', () => {
    expect(r.action).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    expect(r.action).not.toContain('Unexpected error');
  });
});
