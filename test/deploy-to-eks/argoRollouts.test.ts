/**
 * Progressive delivery with the real Argo Rollouts controller (built from the Go module proxy by
 * scripts/bootstrap.sh; CRDs from the module cache) against the local kube-apiserver + kwok, and
 * the frontdoor chart in its Rollout mode deployed by the action in-process:
 * - a canary that walks its steps to Healthy, with step / weight / ready progress lines;
 * - a canary whose pods never become Ready (kwok `unready`): the progress deadline aborts it,
 *   the action fails, rolls the helm release back, and the Rollout's conditions are reported;
 * - a step paused without a duration under rollout-pause fail, promote and wait (promoted from
 *   outside, as a person would with `kubectl argo rollouts promote`).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { listRollouts, promoteRollout } from '../../actions/deploy-to-eks/src/progressive/argoRollouts';
import { loadStack, repoRoot } from '../helpers/stack';
import { type ArgoController, installArgoCrds, startArgoController } from './argoController';
import { adminKube, closeAdmin, records, runDeploy, sleep, uniqueNamespace, waitFor } from './helpers';

jest.setTimeout(300_000);

const RELEASE = 'flygtaxi-dev-frontdoor';
const work = mkdtempSync(join(tmpdir(), 'ft-argo-'));
let controller: ArgoController | undefined;

function valuesFile(
  name: string,
  rollout: Record<string, unknown>,
  extra: Record<string, unknown> = {}
): string {
  const p = join(work, `${name}.yaml`);
  writeFileSync(
    p,
    stringify({
      replicaCount: 2,
      rollout: { enabled: true, progressDeadlineSeconds: 600, progressDeadlineAbort: true, ...rollout },
      ...extra
    })
  );
  return p;
}

function inputs(
  ns: string,
  tag: string,
  values: string,
  more: Record<string, string> = {}
): Record<string, string> {
  return {
    kubeconfig: loadStack().kubeconfig,
    'release-name': RELEASE,
    namespace: ns,
    chart: join(repoRoot, 'charts/frontdoor'),
    'values-files': [join(repoRoot, 'charts/frontdoor/values-dev.yaml'), values].join('\n'),
    image: 'registry.local/frontdoor',
    'image-tag': tag,
    timeout: '90s',
    ...more
  };
}

beforeAll(async () => {
  await installArgoCrds();
  controller = await startArgoController();
}, 120_000);

afterAll(async () => {
  await controller?.stop();
  closeAdmin();
});

/** Installs revision 1 (a Rollout's first version goes straight to Healthy, no steps). */
async function firstInstall(ns: string, values: string): Promise<void> {
  const r = await runDeploy(inputs(ns, 'v1', values));
  expect(r.log).toContain('Following 1 Argo Rollout(s) until Healthy: flygtaxi-dev-frontdoor.');
  expect(r.ok).toBe(true);
}

test('a canary walks its steps to Healthy: progress lines with step, canary weight and ready replicas', async () => {
  const ns = uniqueNamespace('argo-ok');
  const values = valuesFile('ok', { steps: [{ setWeight: 50 }, { pause: { duration: '2s' } }] });
  await firstInstall(ns, values);
  const r = await runDeploy(inputs(ns, 'v2', values));
  expect(r.ok).toBe(true);
  expect(r.log).toMatch(/rollout\/flygtaxi-dev-frontdoor \w+: step [12]\/2, canary weight 50%, \d\/2 ready/);
  expect(r.log).toMatch(
    /rollout\/flygtaxi-dev-frontdoor Healthy: step 2\/2, canary weight 100%, 2\/2 ready \(2 updated\)/
  );
  expect(r.log).toContain('All 1 Rollout(s) Healthy.');
  expect(r.outputs).toMatchObject({ revision: '2', status: 'deployed', 'failed-gate': '' });
  expect(r.summary).toContain('Argo Rollouts');
});

test('a canary whose pods never become Ready aborts (Degraded): the action fails, rolls back, shows the conditions', async () => {
  const ns = uniqueNamespace('argo-bad');
  const good = valuesFile('bad-base', {
    steps: [{ setWeight: 50 }, { pause: { duration: '2s' } }],
    progressDeadlineSeconds: 6
  });
  await firstInstall(ns, good);
  const bad = valuesFile(
    'bad',
    { steps: [{ setWeight: 50 }, { pause: { duration: '2s' } }], progressDeadlineSeconds: 6 },
    { podAnnotations: { 'flygtaxi.test/kwok-fail': 'unready' } }
  );
  const r = await runDeploy(inputs(ns, 'v2', bad, { 'fail-fast': 'false' }));
  expect(r.ok).toBe(false);
  expect(r.outputs).toMatchObject({ 'failed-gate': 'rollout', 'rolled-back': 'true', 'rolled-back-to': '1' });
  expect(r.log).toMatch(/Gate rollout failed: Argo Rollout flygtaxi-dev-frontdoor is (aborted|Degraded)/);
  expect(r.log).toMatch(
    /Rollout flygtaxi-dev-frontdoor conditions:\n(.*\n)*? {2}Progressing=False (ProgressDeadlineExceeded|RolloutAborted)/
  );
  expect(r.log).toMatch(
    /Canary pods \(\d+, template [a-z0-9]+(, as last seen before the abort scaled them down)?\):\n {2}flygtaxi-dev-frontdoor-[a-z0-9]+-[a-z0-9]+ Running, not ready/
  );
  expect(r.summary).toContain('Argo Rollouts');
  const recs = await records(ns, RELEASE);
  expect(recs[recs.length - 1]?.status).toBe('deployed');
  expect(recs.map(x => x.status).filter(s => s.startsWith('pending'))).toEqual([]);
  // After the rollback the Rollout returns to the stable pods.
  await waitFor(
    async () => (await listRollouts(await adminKube(), ns, RELEASE))?.[0]?.phase === 'Healthy',
    60_000,
    'the Rollout to be Healthy again after the rollback'
  );
});

describe('a step paused without a duration', () => {
  const steps = [{ setWeight: 50 }, { pause: {} }];

  test('rollout-pause fail: the paused canary is a failed rollout, rolled back', async () => {
    const ns = uniqueNamespace('argo-pfail');
    const values = valuesFile('pfail', { steps });
    await firstInstall(ns, values);
    const r = await runDeploy(inputs(ns, 'v2', values, { 'rollout-pause': 'fail' }));
    expect(r.ok).toBe(false);
    expect(r.log).toMatch(
      /Rollout flygtaxi-dev-frontdoor is paused at step 2\/2 \(a pause without a duration\) and rollout-pause is fail/
    );
    expect(r.outputs).toMatchObject({
      'failed-gate': 'rollout',
      'rolled-back': 'true',
      'rolled-back-to': '1'
    });
  });

  test('rollout-pause promote: promoted as kubectl argo rollouts promote does, then Healthy', async () => {
    const ns = uniqueNamespace('argo-pprom');
    const values = valuesFile('pprom', { steps });
    await firstInstall(ns, values);
    const r = await runDeploy(inputs(ns, 'v2', values, { 'rollout-pause': 'promote' }));
    expect(r.log).toMatch(
      /paused at step 2\/2 \(a pause without a duration\): promoting it \(rollout-pause: promote\)/
    );
    expect(r.ok).toBe(true);
    expect(r.log).toContain('All 1 Rollout(s) Healthy.');
  });

  test('rollout-pause wait: waits until someone promotes it, then Healthy', async () => {
    const ns = uniqueNamespace('argo-pwait');
    const values = valuesFile('pwait', { steps });
    await firstInstall(ns, values);
    const deploy = runDeploy(inputs(ns, 'v2', values, { 'rollout-pause': 'wait' }));
    // A person promotes it a few seconds after it paused.
    const kube = await adminKube();
    const paused = await waitFor(
      async () => {
        const ro = (await listRollouts(kube, ns, RELEASE))?.[0];
        return ro?.phase === 'Paused' && ro.indefinitePause ? ro : undefined;
      },
      60_000,
      'the canary to pause'
    );
    await sleep(3_000);
    await promoteRollout(kube, ns, paused);
    const r = await deploy;
    expect(r.log).toMatch(/waiting for someone to promote it \(rollout-pause: wait, up to the timeout\)/);
    expect(r.ok).toBe(true);
    expect(r.log).toContain('All 1 Rollout(s) Healthy.');
  });
});
