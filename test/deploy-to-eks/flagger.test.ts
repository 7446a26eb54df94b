/**
 * Progressive delivery with the real Flagger controller (built from the Go module proxy by
 * scripts/bootstrap.sh; CRDs from the module cache), kubernetes provider (blue/green, no mesh, no
 * metrics), against the local kube-apiserver + kube-controller-manager + kwok, the web fixture
 * chart with its Canary deployed by the action in-process:
 * - first install: Flagger initialises the Canary (primary Deployment) and the action waits for it;
 * - an upgrade: Flagger analyses it (Progressing → Succeeded) and promotes it to the primary;
 * - an upgrade whose pods never become Ready (kwok `unready`): Flagger's progress deadline fails
 *   the Canary, the action fails the rollout gate, rolls the helm release back and shows the
 *   Canary's conditions, events and pods;
 * - a confirm-rollout webhook (served here on 127.0.0.1) that refuses: the Canary waits at
 *   Flagger's gate, which rollout-pause fail turns into a failed, rolled-back rollout, and which
 *   rollout-pause wait waits out until the webhook approves.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadStack } from '../helpers/stack';
import type { ArgoController } from './argoController';
import { installFlaggerCrds, startFlagger } from './flaggerController';
import { listCanaries } from '../../actions/deploy-to-eks/src/progressive/flagger';
import {
  adminKube,
  closeAdmin,
  FIXTURE_CHART,
  records,
  runDeploy,
  sleep,
  uniqueNamespace,
  waitFor
} from './helpers';

jest.setTimeout(300_000);

let flagger: ArgoController | undefined;

beforeAll(async () => {
  await installFlaggerCrds();
  flagger = await startFlagger();
}, 120_000);

afterAll(async () => {
  await flagger?.stop();
  closeAdmin();
});

function inputs(ns: string, message: string, more: Record<string, string> = {}): Record<string, string> {
  return {
    kubeconfig: loadStack().kubeconfig,
    'release-name': 'web',
    namespace: ns,
    chart: FIXTURE_CHART,
    image: 'registry.local/web',
    set: `canary.enabled=true\nmessage=${message}`,
    timeout: '120s',
    ...more
  };
}

/** The env of the primary Deployment's container: what Flagger promoted. */
async function primaryMessage(ns: string): Promise<string | undefined> {
  const d = await (
    await adminKube()
  ).get<{ spec: { template: { spec: { containers: { env?: { name: string; value: string }[] }[] } } } }>(
    join('/apis/apps/v1/namespaces', ns, 'deployments/web-primary')
  );
  return d.spec.template.spec.containers[0]?.env?.find(e => e.name === 'MESSAGE')?.value;
}

test('first install, then an upgrade: Flagger initialises, then analyses and promotes; the action follows both; a Service-only upgrade has nothing to analyse', async () => {
  const ns = uniqueNamespace('flagger-ok');
  const first = await runDeploy(inputs(ns, 'one'));
  expect(first.log).toContain('Following 1 Flagger Canary(ies) until this revision is analysed: web.');
  expect(first.log).toMatch(/canary\/web Initialized: iteration 0\/1, canary weight 0%/);
  expect(first.ok).toBe(true);
  expect(await primaryMessage(ns)).toBe('one');

  const r = await runDeploy(inputs(ns, 'two'));
  expect(r.log).toMatch(/canary\/web Progressing: /);
  expect(r.log).toMatch(
    /canary\/web Succeeded: .*Canary analysis completed successfully, promotion finished\./
  );
  expect(r.log).toContain('All 1 Canary(ies) analysed and promoted.');
  expect(r.ok).toBe(true);
  expect(r.outputs).toMatchObject({ revision: '2', status: 'deployed', 'failed-gate': '' });
  expect(r.summary).toContain('Progressive delivery: Flagger Canaries');
  expect(await primaryMessage(ns)).toBe('two');

  // Only the Service changes: Flagger has no new revision to analyse, and the action does not wait.
  const t0 = Date.now();
  const svc = await runDeploy(
    inputs(ns, 'two', { set: 'canary.enabled=true\nmessage=two\nserviceAnnotations.note=x' })
  );
  expect(svc.log).toContain(
    "canary/web: this revision does not change its target's pod template; Flagger has nothing to analyse."
  );
  expect(svc.log).toContain('All 1 Canary(ies) analysed and promoted.');
  expect(svc.ok).toBe(true);
  expect(svc.outputs).toMatchObject({ revision: '3', 'failed-gate': '' });
  // Well under one Flagger tick (10 s analysis interval): it did not wait for one.
  expect(Date.now() - t0).toBeLessThan(10_000);
});

test('an upgrade whose pods never become Ready: Flagger fails the Canary, the action rolls back and shows why', async () => {
  const ns = uniqueNamespace('flagger-bad');
  expect((await runDeploy(inputs(ns, 'one'))).ok).toBe(true);
  const r = await runDeploy(
    inputs(ns, 'two', {
      set: 'canary.enabled=true\nmessage=two\npodAnnotations.flygtaxi\\.test/kwok-fail=unready',
      'fail-fast': 'false'
    })
  );
  expect(r.ok).toBe(false);
  expect(r.log).toMatch(/Gate rollout failed: Flagger Canary web Failed/);
  expect(r.outputs).toMatchObject({ 'failed-gate': 'rollout', 'rolled-back': 'true', 'rolled-back-to': '1' });
  expect(r.summary).toContain('Canary web conditions:');
  expect(r.log).toMatch(/Canary web conditions:\n {2}Promoted=False Failed/);
  expect(r.log).toMatch(
    /Canary web events \(\d+\):\n(.*\n)*? {2}\S+ Synced: .*(progress deadline|Canary failed)/
  );
  expect(r.log).toMatch(
    /Canary pods of deployment\/web \(\d+(, as last seen before Flagger scaled them down)?\):\n {2}web-[a-z0-9]+-[a-z0-9]+ Running, not ready/
  );
  // The primary kept serving what it served; the release is back on revision 1's spec.
  expect(await primaryMessage(ns)).toBe('one');
  const recs = await records(ns, 'web');
  expect(recs[recs.length - 1]?.status).toBe('deployed');
  expect(recs.map(x => x.status).filter(s => s.startsWith('pending'))).toEqual([]);
});

/** A confirm-rollout webhook on 127.0.0.1 that refuses until `approve()` (Flagger POSTs to it). */
async function confirmHook() {
  let approved = false;
  const calls: string[] = [];
  const server = createServer((req, res) => {
    calls.push(`${req.method} ${req.url}`);
    res.writeHead(approved ? 200 : 403).end(approved ? 'ok' : 'not yet');
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/confirm`,
    calls,
    approve: () => void (approved = true),
    close: () => new Promise(r => server.close(r))
  };
}

describe("Flagger's confirm gate (a confirm-rollout webhook that does not approve yet: phase Waiting)", () => {
  const set = (url: string, m: string) =>
    `canary.enabled=true\nmessage=${m}\ncanary.confirmRolloutUrl=${url}`;

  test('rollout-pause fail: a failed rollout, rolled back', async () => {
    const hook = await confirmHook();
    try {
      const ns = uniqueNamespace('flagger-gate');
      expect((await runDeploy(inputs(ns, 'one', { set: set(hook.url, 'one') }))).ok).toBe(true);
      const r = await runDeploy(inputs(ns, 'two', { set: set(hook.url, 'two'), 'rollout-pause': 'fail' }));
      expect(r.log).toMatch(/canary\/web Waiting: /);
      expect(r.log).toContain('Canary web is Waiting (a Flagger confirm gate) and rollout-pause is fail');
      expect(r.ok).toBe(false);
      expect(r.outputs).toMatchObject({
        'failed-gate': 'rollout',
        'rolled-back': 'true',
        'rolled-back-to': '1'
      });
      expect(hook.calls.some(c => c.startsWith('POST /confirm'))).toBe(true);
      expect(await primaryMessage(ns)).toBe('one');
    } finally {
      await hook.close();
    }
  });

  test('rollout-pause wait: waits while the gate is closed, then follows the analysis to Succeeded', async () => {
    const hook = await confirmHook();
    try {
      const ns = uniqueNamespace('flagger-gwait');
      expect((await runDeploy(inputs(ns, 'one', { set: set(hook.url, 'one') }))).ok).toBe(true);
      // The wait plus Flagger's whole analysis (about five 10 s ticks) within the deploy's timeout,
      // with room for a loaded machine.
      const deploy = runDeploy(
        inputs(ns, 'two', { set: set(hook.url, 'two'), 'rollout-pause': 'wait', timeout: '240s' })
      );
      // A person (or a load test) opens the gate a few seconds after Flagger started waiting.
      const kube = await adminKube();
      await waitFor(
        async () => (await listCanaries(kube, ns, 'web'))?.[0]?.phase === 'Waiting',
        60_000,
        'the Canary to wait at its confirm gate'
      );
      await sleep(3_000);
      hook.approve();
      const r = await deploy;
      expect(r.log).toContain(
        'Canary web is Waiting (a Flagger confirm gate): waiting for its webhook to approve'
      );
      expect(r.log).toMatch(/canary\/web Succeeded: /);
      expect(r.ok).toBe(true);
      expect(await primaryMessage(ns)).toBe('two');
    } finally {
      await hook.close();
    }
  });
});
