/**
 * Progressive delivery with the real Flagger controller (built from the Go module proxy by
 * scripts/bootstrap.sh; CRDs from the module cache), kubernetes provider (blue/green, no mesh, no
 * metrics), against the local kube-apiserver + kube-controller-manager + kwok, the web fixture
 * chart with its Canary deployed by the action in-process:
 * - first install: Flagger initialises the Canary (primary Deployment) and the action waits for it;
 * - an upgrade: Flagger analyses it (Progressing → Succeeded) and promotes it to the primary;
 * - an upgrade that changes only a ConfigMap the pods read: Flagger tracks it (trackedConfigs) and
 *   analyses it, and the action follows that analysis instead of saying there is nothing to do;
 * - an upgrade whose pods never become Ready (kwok `unready`): Flagger's progress deadline fails
 *   the Canary, the action fails the rollout gate, rolls the helm release back and shows the
 *   Canary's conditions, events and pods;
 * - a confirm-rollout webhook (served here on 127.0.0.1) that refuses: the Canary waits at
 *   Flagger's gate, which rollout-pause fail turns into a failed, rolled-back rollout, which
 *   rollout-pause wait waits out until the webhook approves, and which rollout-pause promote
 *   cannot open (Flagger has no promote API): it waits, and its timeout says so by name;
 * - the same three for a confirm-promotion webhook (phase WaitingPromotion, after the analysis);
 * - an upgrade back to the primary's template after a kept Failed revision (Flagger's
 *   manual-rollback rule: no analysis), and a Canary with skipAnalysis;
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

test('an upgrade that changes only a ConfigMap the pods read: Flagger tracks it and analyses it; the action follows the analysis', async () => {
  const ns = uniqueNamespace('flagger-cfg');
  const set = (greeting: string) => `canary.enabled=true\nmessage=one\nconfig.GREETING=${greeting}`;
  expect((await runDeploy(inputs(ns, 'one', { set: set('a') }))).ok).toBe(true);
  const r = await runDeploy(inputs(ns, 'one', { set: set('b') }));
  expect(r.log).toContain(
    'canary/web: this revision changes configmap/web-config, which Flagger tracks for its target; following the analysis.'
  );
  expect(r.log).toMatch(/canary\/web Progressing: [^]*canary\/web Succeeded: /);
  expect(r.ok).toBe(true);
  // Flagger promoted the new data to the primary's copy of the ConfigMap.
  const primary = await (
    await adminKube()
  ).get<{ data?: Record<string, string> }>(join('/api/v1/namespaces', ns, 'configmaps/web-config-primary'));
  expect(primary.data).toEqual({ GREETING: 'b' });
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

test('an upgrade back to the template the primary runs, after a Failed revision that was kept: Flagger does not analyse it; the action says so and passes', async () => {
  const ns = uniqueNamespace('flagger-back');
  expect((await runDeploy(inputs(ns, 'one'))).ok).toBe(true);
  const bad = await runDeploy(
    inputs(ns, 'two', {
      set: 'canary.enabled=true\nmessage=two\npodAnnotations.flygtaxi\\.test/kwok-fail=unready',
      'fail-fast': 'false',
      'on-gate-failure': 'fail'
    })
  );
  expect(bad.ok).toBe(false);
  expect(bad.outputs).toMatchObject({ 'failed-gate': 'rollout', 'rolled-back': 'false' });
  // The revert: revision 1's pod template again, the one Flagger promoted to the primary.
  const r = await runDeploy(inputs(ns, 'one'));
  expect(r.log).toContain(
    'canary/web: this revision sets its target back to the pod template its primary runs; Flagger does not analyse that again (it stays Failed from the earlier revision), and the primary already serves it.'
  );
  expect(r.ok).toBe(true);
  expect(r.outputs).toMatchObject({ revision: '3', 'failed-gate': '' });
  expect((await listCanaries(await adminKube(), ns, 'web'))?.[0]?.phase).toBe('Failed');
  expect(await primaryMessage(ns)).toBe('one');
});

test('a Canary with skipAnalysis: Flagger promotes the new revision without analysis; the action follows it to Succeeded', async () => {
  const ns = uniqueNamespace('flagger-skip');
  const set = (m: string) => `canary.enabled=true\nmessage=${m}\ncanary.skipAnalysis=true`;
  expect((await runDeploy(inputs(ns, 'one', { set: set('one') }))).ok).toBe(true);
  const r = await runDeploy(inputs(ns, 'two', { set: set('two') }));
  expect(r.log).toMatch(/canary\/web Succeeded: /);
  expect(r.log).toContain('All 1 Canary(ies) analysed and promoted.');
  expect(r.ok).toBe(true);
  expect(await primaryMessage(ns)).toBe('two');
});

/**
 * Flagger's two confirm gates: `confirm-rollout` (asked before a new revision starts: phase
 * Waiting) and `confirm-promotion` (asked after the analysis, before the primary is updated:
 * phase WaitingPromotion). Flagger asks once per analysis interval and goes on only on a 2xx.
 */
const GATES = [
  {
    type: 'confirm-rollout',
    value: 'canary.confirmRolloutUrl',
    webhook: 'confirm',
    phase: 'Waiting',
    // Flagger stops before it starts the new revision.
    reached: /canary\/web Waiting: /,
    promoteTimeout: 40
  },
  {
    type: 'confirm-promotion',
    value: 'canary.confirmPromotionUrl',
    webhook: 'promotion-gate',
    phase: 'WaitingPromotion',
    // Flagger analysed the revision first, then asked the webhook.
    reached: /canary\/web Progressing: [^]*canary\/web WaitingPromotion: canary weight 0%/,
    promoteTimeout: 75
  }
] as const;

describe.each(GATES)("Flagger's $type gate (a webhook that does not approve yet: phase $phase)", gate => {
  const set = (url: string, m: string) => `canary.enabled=true\nmessage=${m}\n${gate.value}=${url}`;
  const where = `Canary web is ${gate.phase} (its ${gate.type} webhook ${gate.webhook} has not approved)`;
  const cannot = `rollout-pause: promote cannot promote a Flagger Canary: Flagger has no promote API and advances only when its ${gate.type} webhook ${gate.webhook} answers 2xx`;

  /** Installs revision 1 with the gate (a first version is never gated), then runs `two`. */
  async function upgrade(
    tag: string,
    hook: Awaited<ReturnType<typeof confirmHook>>,
    more: Record<string, string>
  ) {
    const ns = uniqueNamespace(tag);
    expect((await runDeploy(inputs(ns, 'one', { set: set(hook.url, 'one') }))).ok).toBe(true);
    return { ns, deploy: runDeploy(inputs(ns, 'two', { set: set(hook.url, 'two'), ...more })) };
  }

  test('rollout-pause fail: a failed rollout, rolled back; the primary keeps the old revision', async () => {
    const hook = await confirmHook();
    try {
      const { ns, deploy } = await upgrade('flagger-gfail', hook, { 'rollout-pause': 'fail' });
      const r = await deploy;
      expect(r.log).toMatch(gate.reached);
      expect(r.log).toContain(`${where} and rollout-pause is fail`);
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

  test('rollout-pause wait: waits while the gate is closed, then follows Flagger to Succeeded once it opens', async () => {
    const hook = await confirmHook();
    try {
      // The wait plus Flagger's whole analysis (about five 10 s ticks) within the deploy's
      // timeout, with room for a loaded machine.
      const { ns, deploy } = await upgrade('flagger-gwait', hook, {
        'rollout-pause': 'wait',
        timeout: '240s'
      });
      const kube = await adminKube();
      await waitFor(
        async () => (await listCanaries(kube, ns, 'web'))?.[0]?.phase === gate.phase,
        120_000,
        `the Canary to wait at its ${gate.type} gate`
      );
      // Nothing is promoted while the gate is closed; a person opens it a few seconds later.
      expect(await primaryMessage(ns)).toBe('one');
      await sleep(3_000);
      hook.approve();
      const r = await deploy;
      expect(r.log).toContain(
        `${where}: waiting for its webhook to approve (rollout-pause: wait), up to the timeout.`
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
      const { ns, deploy } = await upgrade('flagger-gprom', hook, {
        'rollout-pause': 'promote',
        timeout: `${gate.promoteTimeout}s`
      });
      const r = await deploy;
      expect(r.log).toMatch(gate.reached);
      expect(r.log).toContain(`${where}: ${cannot}; waiting for the webhook, up to the timeout.`);
      expect(r.ok).toBe(false);
      expect(r.log).toContain(
        `Gate rollout failed: Flagger Canary(ies) web not promoted within ${gate.promoteTimeout}s; Canary web is still ${gate.phase}: its ${gate.type} webhook ${gate.webhook} did not approve (${cannot})`
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
