/**
 * Cancelling a composite (#17 item 6): the runner signals the running step's process (here
 * scripts/composite/run-action.sh, which the step execs) with SIGINT, SIGTERM 7.5 s later and
 * SIGKILL 2.5 s after that. The script must pass the signals on to node, so the JS action's own
 * cancel handling runs: helm is stopped, the release is rolled back instead of left
 * pending-upgrade, and the next run deploys instead of being refused. A real deploy through
 * deploy-eks/action.yml (compositeRunner.ts) against the local kube-apiserver, interrupted
 * during helm's --wait.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { cancelLikeTheRunner, runComposite, type CompositeResult } from './compositeRunner';
import { closeAdmin, records, uniqueNamespace, waitFor } from '../deploy-to-eks/helpers';
import { loadStack, repoRoot, toolEnv } from '../helpers/stack';

jest.setTimeout(300_000);
afterAll(() => closeAdmin());

const CHART = join(repoRoot, 'charts', 'frontdoor');

function env(): NodeJS.ProcessEnv {
  const e = toolEnv({ GITHUB_REPOSITORY: 'flygtaxi/frontdoor', GITHUB_SERVER_URL: 'https://github.com' });
  for (const k of Object.keys(e)) if (k.startsWith('AWS_')) delete e[k];
  return e;
}

test("deploy-eks cancelled during helm --wait with the runner's SIGINT/SIGTERM/SIGKILL: SIGINT alone stops it, rolled back, nothing pending, the next run deploys", async () => {
  const ns = uniqueNamespace('composite-cancel');
  const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
    chart: CHART,
    'values-files': join(CHART, 'values-dev.yaml'),
    'release-name': 'frontdoor',
    namespace: ns,
    kubeconfig: loadStack().kubeconfig,
    image: 'registry.example/flygtaxi/frontdoor',
    'image-digest': `sha256:${'a'.repeat(64)}`,
    // The verified chart goes to the local registry and is deployed from there by digest.
    'push-to': `oci://${loadStack().registryNoAuth}/composite-cancel-${process.pid}/charts`,
    'registry-plain-http': 'true',
    timeout: '120s',
    ...extra
  });
  const first = await runComposite('deploy-eks/action.yml', inputs(), { env: env() });
  expect(first.outputs['revision']).toBe('1');

  let deployStep: ChildProcess | undefined;
  const running: Promise<CompositeResult> = runComposite(
    'deploy-eks/action.yml',
    // Pods of the new revision never become Ready (kwok), so helm waits.
    inputs({ set: 'podAnnotations.flygtaxi\\.test/kwok-fail=unready' }),
    {
      env: env(),
      onStepStart: (step, child) => {
        if (step.id === 'deploy') deployStep = child;
      }
    }
  );
  try {
    await waitFor(
      async () => deployStep && (await records(ns, 'frontdoor')).find(r => r.status === 'pending-upgrade'),
      90_000,
      'the upgrade to start'
    );
    const cancel = await cancelLikeTheRunner(deployStep as ChildProcess);
    expect(cancel.signals).toEqual(['SIGINT']);
    expect(cancel.ms).toBeLessThan(7500);
  } finally {
    // Whatever the step left running (before the fix: node and helm), as the runner's final kill.
    if (deployStep?.pid) {
      try {
        process.kill(-deployStep.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  const cancelled = await running;
  expect(cancelled.ok).toBe(false);
  expect(cancelled.stdout).toContain('Received SIGINT: stopping helm and leaving the release recoverable.');
  expect(cancelled.outputs['rolled-back']).toBe('true');
  const after = await records(ns, 'frontdoor');
  expect(after.filter(r => r.status.startsWith('pending'))).toEqual([]);
  expect(after.find(r => r.revision === Math.max(...after.map(x => x.revision)))?.status).toBe('deployed');

  const next = await runComposite(
    'deploy-eks/action.yml',
    inputs({ 'image-digest': `sha256:${'b'.repeat(64)}` }),
    {
      env: env()
    }
  );
  expect(next.ok).toBe(true);
  expect(next.outputs).toMatchObject({ status: 'deployed', changed: 'true' });
});
