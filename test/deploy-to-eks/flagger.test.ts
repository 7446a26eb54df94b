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
 *   Flagger's gate, which rollout-pause fail turns into a failed, rolled-back rollout, which
 *   rollout-pause wait waits out until the webhook approves, and which rollout-pause promote
 *   cannot open (Flagger has no promote API): it waits, and its timeout says so by name;
 * - the same three for a confirm-promotion webhook (phase WaitingPromotion, after the analysis);
 * - an upgrade after a Failed Canary: Flagger's re-sync writes Failed with the new template's hash
 *   before it writes Progressing; a slow confirm-rollout webhook holds that window open, and the
 *   action still follows the new revision to Succeeded.
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

/**
 * A confirm webhook on 127.0.0.1 (Flagger POSTs to it): refuses (403) until `approve()`; once
 * approved, answers 200 after `delayMs` (Flagger waits for the answer, up to 10 s).
 */
async function confirmHook() {
  let approved = false;
  let delayMs = 0;
  const calls: string[] = [];
  const server = createServer((req, res) => {
    calls.push(`${req.method} ${req.url}`);
    if (!approved) return void res.writeHead(403).end('not yet');
    setTimeout(() => res.writeHead(200).end('ok'), delayMs);
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/confirm`,
    calls,
    approve: (delay = 0) => {
      approved = true;
      delayMs = delay;
    },
    close: () => new Promise(r => server.close(r))
  };
}

test("an upgrade after a Failed canary: Flagger's Failed re-sync of the new template is not taken for its verdict", async () => {
  // Flagger, on the first tick after the upgrade of a Failed Canary, writes Failed with the new
  // template's hash (shouldAdvance's SyncStatus), then asks confirm-rollout, then writes
  // Progressing. A webhook that takes 4 s to say yes holds that window open for 4 polls.
  const hook = await confirmHook();
  hook.approve();
  try {
    const ns = uniqueNamespace('flagger-refail');
    const set = (m: string, more = '') =>
      `canary.enabled=true\nmessage=${m}\ncanary.confirmRolloutUrl=${hook.url}${more}`;
    expect((await runDeploy(inputs(ns, 'one', { set: set('one') }))).ok).toBe(true);
    const bad = await runDeploy(
      inputs(ns, 'two', {
        set: set('two', '\npodAnnotations.flygtaxi\\.test/kwok-fail=unready'),
        'fail-fast': 'false'
      })
    );
    expect(bad.ok).toBe(false);
    expect(bad.outputs).toMatchObject({
      'failed-gate': 'rollout',
      'rolled-back': 'true',
      'rolled-back-to': '1'
    });
    const kube = await adminKube();
    expect((await listCanaries(kube, ns, 'web'))?.[0]?.phase).toBe('Failed');

    hook.approve(4_000);
    const phases: string[] = [];
    const before = (await listCanaries(kube, ns, 'web'))?.[0]?.lastAppliedSpec;
    const deploy = runDeploy(inputs(ns, 'three', { set: set('three'), timeout: '180s' }));
    // Watch the Canary from the outside too, so the test shows the window happened.
    let done = false;
    void deploy.finally(() => (done = true));
    while (!done) {
      const c = (await listCanaries(kube, ns, 'web'))?.[0];
      if (c) phases.push(`${c.phase}${c.lastAppliedSpec === before ? '' : '@new'}`);
      await sleep(500);
    }
    const r = await deploy;
    expect(phases).toContain('Failed@new');
    expect(r.log).toMatch(/canary\/web Progressing: /);
    expect(r.log).toMatch(/canary\/web Succeeded: /);
    expect(r.ok).toBe(true);
    expect(r.outputs).toMatchObject({ 'failed-gate': '', 'rolled-back': 'false' });
    expect(await primaryMessage(ns)).toBe('three');
  } finally {
    await hook.close();
  }
});

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
      expect(r.log).toContain(
        'Canary web is Waiting (its confirm-rollout webhook confirm has not approved) and rollout-pause is fail'
      );
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
        'Canary web is Waiting (its confirm-rollout webhook confirm has not approved): waiting for its webhook to approve (rollout-pause: wait)'
      );
      expect(r.log).toMatch(/canary\/web Succeeded: /);
      expect(r.ok).toBe(true);
      expect(await primaryMessage(ns)).toBe('two');
    } finally {
      await hook.close();
    }
  });

  test('rollout-pause promote: cannot open a confirm-rollout gate either; waits, and the timeout says why', async () => {
    const hook = await confirmHook();
    try {
      const ns = uniqueNamespace('flagger-gprom');
      expect((await runDeploy(inputs(ns, 'one', { set: set(hook.url, 'one') }))).ok).toBe(true);
      const r = await runDeploy(
        inputs(ns, 'two', { set: set(hook.url, 'two'), 'rollout-pause': 'promote', timeout: '40s' })
      );
      expect(r.log).toMatch(/canary\/web Waiting: /);
      expect(r.ok).toBe(false);
      expect(r.log).toContain(
        'Gate rollout failed: Flagger Canary(ies) web not promoted within 40s; Canary web is still Waiting: its confirm-rollout webhook confirm did not approve (rollout-pause: promote cannot promote a Flagger Canary: Flagger has no promote API and advances only when its confirm-rollout webhook confirm answers 2xx)'
      );
      expect(r.outputs).toMatchObject({
        'failed-gate': 'rollout',
        'rolled-back': 'true',
        'rolled-back-to': '1'
      });
      expect(await primaryMessage(ns)).toBe('one');
    } finally {
      await hook.close();
    }
  });
});

describe("Flagger's confirm-promotion gate (a confirm-promotion webhook that does not approve yet: phase WaitingPromotion)", () => {
  const set = (url: string, m: string) =>
    `canary.enabled=true\nmessage=${m}\ncanary.confirmPromotionUrl=${url}`;
  const waitingPromotion = (ns: string) =>
    waitFor(
      async () => (await listCanaries(await adminKube(), ns, 'web'))?.[0]?.phase === 'WaitingPromotion',
      120_000,
      'the Canary to wait at its confirm-promotion gate'
    );

  test('rollout-pause fail: a failed rollout, rolled back; the primary keeps the old revision', async () => {
    const hook = await confirmHook();
    try {
      const ns = uniqueNamespace('flagger-pfail');
      expect((await runDeploy(inputs(ns, 'one', { set: set(hook.url, 'one') }))).ok).toBe(true);
      const r = await runDeploy(inputs(ns, 'two', { set: set(hook.url, 'two'), 'rollout-pause': 'fail' }));
      // Flagger analysed the revision first (Progressing), then asked the webhook.
      expect(r.log).toMatch(/canary\/web Progressing: [^]*canary\/web WaitingPromotion: canary weight 0%/);
      expect(r.log).toContain(
        'Canary web is WaitingPromotion (its confirm-promotion webhook promotion-gate has not approved) and rollout-pause is fail'
      );
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

  test('rollout-pause wait: waits at the gate, then Flagger promotes once the webhook approves', async () => {
    const hook = await confirmHook();
    try {
      const ns = uniqueNamespace('flagger-pwait');
      expect((await runDeploy(inputs(ns, 'one', { set: set(hook.url, 'one') }))).ok).toBe(true);
      const deploy = runDeploy(
        inputs(ns, 'two', { set: set(hook.url, 'two'), 'rollout-pause': 'wait', timeout: '240s' })
      );
      await waitingPromotion(ns);
      // Nothing is promoted while the gate is closed.
      expect(await primaryMessage(ns)).toBe('one');
      await sleep(3_000);
      hook.approve();
      const r = await deploy;
      expect(r.log).toContain(
        'Canary web is WaitingPromotion (its confirm-promotion webhook promotion-gate has not approved): waiting for its webhook to approve (rollout-pause: wait), up to the timeout.'
      );
      expect(r.log).toMatch(/canary\/web Succeeded: /);
      expect(r.ok).toBe(true);
      expect(await primaryMessage(ns)).toBe('two');
    } finally {
      await hook.close();
    }
  });

  test('rollout-pause promote: the action cannot promote a Flagger Canary; it waits, and the timeout says why by name', async () => {
    const hook = await confirmHook();
    try {
      const ns = uniqueNamespace('flagger-pprom');
      expect((await runDeploy(inputs(ns, 'one', { set: set(hook.url, 'one') }))).ok).toBe(true);
      const r = await runDeploy(
        inputs(ns, 'two', { set: set(hook.url, 'two'), 'rollout-pause': 'promote', timeout: '75s' })
      );
      const why =
        'rollout-pause: promote cannot promote a Flagger Canary: Flagger has no promote API and advances only when its confirm-promotion webhook promotion-gate answers 2xx';
      expect(r.log).toContain(
        `Canary web is WaitingPromotion (its confirm-promotion webhook promotion-gate has not approved): ${why}; waiting for the webhook, up to the timeout.`
      );
      expect(r.ok).toBe(false);
      expect(r.log).toContain(
        `Gate rollout failed: Flagger Canary(ies) web not promoted within 75s; Canary web is still WaitingPromotion: its confirm-promotion webhook promotion-gate did not approve (${why})`
      );
      expect(r.outputs).toMatchObject({
        'failed-gate': 'rollout',
        'rolled-back': 'true',
        'rolled-back-to': '1'
      });
      // Flagger kept asking the webhook all along (once per 10 s analysis interval).
      expect(hook.calls.filter(c => c.startsWith('POST /confirm')).length).toBeGreaterThan(1);
      expect(await primaryMessage(ns)).toBe('one');
    } finally {
      await hook.close();
    }
  });
});
