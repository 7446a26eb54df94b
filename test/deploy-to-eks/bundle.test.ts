/**
 * The bundle as the runner runs it (node dist/deploy-to-eks/index.js with INPUT_* variables):
 * bad input is reported together, by input name, before any cluster is touched; a first install
 * through the bundle (lazy chunks included) against the local cluster.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputEnv, parseFileCommands, runAction } from '../helpers/runAction';
import { loadStack, repoRoot, toolsBin } from '../helpers/stack';
import { FIXTURE_CHART, closeAdmin, records, uniqueNamespace, waitFor } from './helpers';

jest.setTimeout(180_000);

afterAll(() => closeAdmin());

test('bad input: every problem named at once, no stack trace, nothing touched', async () => {
  const r = await runAction('deploy-to-eks', {
    'release-name': 'Web_App',
    namespace: 'apps',
    chart: 'does/not/exist.tgz',
    timeout: 'soon',
    'image-digest': 'sha256:1234'
  });
  expect(r.exitCode).toBe(1);
  const err = r.stdout.split('\n').find(l => l.startsWith('::error::')) ?? '';
  expect(err).toContain('5 invalid inputs; nothing was changed:');
  for (const name of [
    'cluster-name / kubeconfig: set exactly one',
    'release-name: "Web_App"',
    'chart: "does/not/exist.tgz" does not exist',
    'timeout: "soon"',
    'image-digest: "sha256:1234"'
  ]) {
    expect(err).toContain(name);
  }
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  expect(r.outputs).toEqual({});
});

test('first install through the bundle, with the YAML kubeconfig of the stack', async () => {
  const ns = uniqueNamespace('dte-bundle');
  const r = await runAction('deploy-to-eks', {
    kubeconfig: loadStack().kubeconfig,
    'release-name': 'web',
    namespace: ns,
    chart: FIXTURE_CHART,
    image: 'registry.local/web',
    'image-tag': '1.0.0'
  });
  expect(r.stdout).not.toMatch(/::error::/);
  expect(r.exitCode).toBe(0);
  expect(r.outputs).toMatchObject({
    revision: '1',
    status: 'deployed',
    changed: 'true',
    'rolled-back': 'false'
  });
  expect(r.summary).toContain('| **Revision** | 1 |');
  expect((await records(ns, 'web')).map(x => x.status)).toEqual(['deployed']);
});

test('cancellation: SIGINT reaches helm, which stops cleanly; the release is left recoverable and the next run deploys', async () => {
  const ns = uniqueNamespace('dte-cancel');
  const kubeconfig = loadStack().kubeconfig;
  const inputs = { kubeconfig, 'release-name': 'web', namespace: ns, chart: FIXTURE_CHART };
  expect((await runAction('deploy-to-eks', inputs)).exitCode).toBe(0);
  const dir = mkdtempSync(join(tmpdir(), 'ft-cancel-'));
  for (const f of ['out', 'sum']) writeFileSync(join(dir, f), '');
  const node = existsSync(join(toolsBin, 'node')) ? join(toolsBin, 'node') : process.execPath;
  const child = spawn(node, [join(repoRoot, 'dist/deploy-to-eks/index.js')], {
    env: {
      ...process.env,
      PATH: `${toolsBin}:${process.env['PATH'] ?? ''}`,
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_STEP_SUMMARY: join(dir, 'sum'),
      RUNNER_TEMP: dir,
      ...inputEnv({ ...inputs, set: 'podAnnotations.flygtaxi\\.test/kwok-fail=unready', timeout: '120s' })
    },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  await waitFor(
    async () => (await records(ns, 'web')).find(r => r.status === 'pending-upgrade'),
    60_000,
    'the upgrade to start'
  );
  const signalled = Date.now();
  child.kill('SIGINT');
  const code = await new Promise<number | null>(r => child.once('exit', c => r(c)));
  // Well inside the runner's 7.5 s before SIGTERM.
  expect(Date.now() - signalled).toBeLessThan(7500);
  expect(code).toBe(1);
  expect(out).toContain('Received SIGINT: stopping helm and leaving the release recoverable.');
  expect(out).toMatch(
    /::error::Cancelled: helm was stopped during the upgrade and rolled back to revision 1; revision 3 is deployed/
  );
  expect(parseFileCommands(readFileSync(join(dir, 'out'), 'utf8'))).toMatchObject({
    'rolled-back': 'true',
    'rolled-back-to': '1',
    revision: '3',
    status: 'deployed'
  });
  const after = await records(ns, 'web');
  expect(after.some(r => r.status.startsWith('pending'))).toBe(false);
  const next = await runAction('deploy-to-eks', { ...inputs, 'image-tag': '1.5.0', timeout: '60s' });
  expect(next.exitCode).toBe(0);
  expect(next.outputs['status']).toBe('deployed');
});
