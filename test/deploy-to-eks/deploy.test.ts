/**
 * deploy-to-eks against the real local stack: kube-apiserver + kwok (pods become Ready, or never
 * do with the kwok failure annotation), the real pinned helm, and the action's own code in-process
 * (run() with a captured runtime). Each test uses its own namespace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadStack, repoRoot } from '../helpers/stack';
import {
  FIXTURE_CHART,
  HELM,
  adminKube,
  closeAdmin,
  records,
  releasePods,
  runDeploy,
  sleep,
  uniqueNamespace,
  UNREACHABLE_KUBECONFIG,
  waitFor
} from './helpers';

jest.setTimeout(180_000);

const FAIL = 'podAnnotations.flygtaxi\\.test/kwok-fail';

function base(namespace: string, release = 'web'): Record<string, string> {
  return {
    kubeconfig: loadStack().kubeconfig,
    'release-name': release,
    namespace,
    chart: FIXTURE_CHART,
    image: 'registry.local/web'
  };
}

afterAll(() => closeAdmin());

describe('deploy-to-eks on the local cluster (kube-apiserver + kwok, real helm)', () => {
  const ns = uniqueNamespace('dte-life');

  test('first install: revision 1, pods Ready, outputs and summary', async () => {
    const r = await runDeploy({ ...base(ns), 'image-tag': '1.0.0' });
    // Our entry's bug report ("Unexpected error: …"), not helm's own client-go log noise.
    expect(r.log).not.toMatch(/^(::error::)?Unexpected error: /m);
    expect(r.ok).toBe(true);
    expect(r.outputs).toMatchObject({
      revision: '1',
      'previous-revision': '',
      status: 'deployed',
      changed: 'true',
      'rolled-back': 'false'
    });
    expect(Number(r.outputs['duration-seconds'])).toBeGreaterThan(0);
    expect(r.log).toContain('first install');
    const pods = (await releasePods(ns, 'web')).filter(p => !p.deleting);
    expect(pods).toHaveLength(2);
    expect(pods.every(p => p.ready && p.image === 'registry.local/web:1.0.0')).toBe(true);
    expect(r.summary).toContain('deploy-to-eks: web ✅ deployed');
    expect(r.summary).toContain('registry.local/web:1.0.0');
  });

  test('upgrade to a new image by digest: revision 2, pods replaced', async () => {
    const before = (await releasePods(ns, 'web')).map(p => p.name);
    const digest = 'sha256:' + 'c'.repeat(64);
    const r = await runDeploy({ ...base(ns), 'image-tag': '1.1.0', 'image-digest': digest });
    expect(r.ok).toBe(true);
    expect(r.outputs).toMatchObject({
      revision: '2',
      'previous-revision': '1',
      status: 'deployed',
      changed: 'true'
    });
    const pods = (await releasePods(ns, 'web')).filter(p => !p.deleting);
    expect(pods.every(p => p.image === `registry.local/web@${digest}`)).toBe(true);
    expect(pods.map(p => p.name).some(n => before.includes(n))).toBe(false);
    expect(r.summary).toContain('1 → 2');
    expect(r.summary).toContain(`registry.local/web@${digest}`);
  });

  test('no-op redeploy: changed=false, no new revision', async () => {
    const r = await runDeploy({
      ...base(ns),
      'image-tag': '1.1.0',
      'image-digest': 'sha256:' + 'c'.repeat(64)
    });
    expect(r.ok).toBe(true);
    expect(r.outputs).toMatchObject({
      revision: '2',
      'previous-revision': '2',
      status: 'deployed',
      changed: 'false'
    });
    expect(r.log).toMatch(
      /Unchanged: chart, values and image equal revision 2 \(inputs fingerprint [0-9a-f]{12}\)/
    );
    expect((await records(ns, 'web')).map(x => x.revision)).toEqual([1, 2]);
    expect(r.summary).toContain('unchanged (skipped)');
  });

  test('a revision deployed without a fingerprint (plain helm): the rendered manifest and values decide', async () => {
    const ns2 = uniqueNamespace('dte-plain');
    const env = { ...process.env, KUBECONFIG: loadStack().kubeconfig };
    const args = [
      'upgrade',
      '--install',
      'web',
      FIXTURE_CHART,
      '-n',
      ns2,
      '--create-namespace',
      '--set',
      'image.repository=registry.local/web'
    ];
    expect(
      spawnSync(HELM, [...args, '--set-string', 'image.tag=1.0.0'], { env, encoding: 'utf8' }).status
    ).toBe(0);
    const same = await runDeploy({ ...base(ns2), 'image-tag': '1.0.0' });
    expect(same.ok).toBe(true);
    expect(same.log).toContain('$ helm upgrade --install web');
    expect(same.log).toContain('--dry-run=server');
    expect(same.log).toContain(
      'Unchanged: chart, values and rendered manifest equal revision 1; nothing to deploy.'
    );
    expect(same.outputs).toMatchObject({ revision: '1', changed: 'false' });
    const changed = await runDeploy({ ...base(ns2), 'image-tag': '1.0.1' });
    expect(changed.ok).toBe(true);
    expect(changed.log).toContain('Changes against revision 1: values, rendered manifest.');
    expect(changed.outputs).toMatchObject({ revision: '2', changed: 'true' });
  });

  test('a change that never becomes ready: progress lines, timeout, automatic rollback, diagnostics', async () => {
    const r = await runDeploy({
      ...base(ns),
      'image-tag': '2.0.0',
      set: `${FAIL}=crashloop`,
      timeout: '15s',
      // The timeout path (helm's own wait and rollback); fail-fast's early stop is in failFast.test.ts.
      'fail-fast': 'false'
    });
    expect(r.ok).toBe(false);
    // While helm waits: progress from the workloads' status, every interval (1 s in tests, 3 s in the action).
    expect(r.log).toMatch(/\[\d+s\] deployment\/web 2\/2 ready, 1\/2 updated/);
    expect(r.outputs).toMatchObject({
      'previous-revision': '2',
      'rolled-back': 'true',
      'rolled-back-to': '2',
      revision: '4',
      status: 'deployed',
      changed: 'true'
    });
    expect(r.log).toMatch(/helm upgrade of web failed: .*Rolled back to revision 2/);
    // Diagnostics: the pod that never became ready, its container state and the Warning event.
    expect(r.log).toContain('Diagnostics: pods, Warning events, logs');
    expect(r.log).toMatch(/app CrashLoopBackOff \(exit 1, 5 restarts\)/);
    expect(r.log).toMatch(/BackOff/);
    // The crashed instance's last log lines (?previous=true), served by kwok through the
    // apiserver's /log proxy; fetched while the pod existed, as the rollback deletes it.
    const diag = r.log.slice(r.log.indexOf('Diagnostics: pods, Warning events, logs'));
    expect(diag).toMatch(/Last log lines of web-[a-z0-9]+-[a-z0-9]+\/app:\n {2}\{"timestamp"/);
    expect(diag).toMatch(/"level":"error".*"message":"fatal: cannot connect to database"/);
    expect(diag).not.toContain('logs unavailable');
    expect(r.summary).toContain('failed, rolled back');
    expect(r.summary).toContain('fatal: cannot connect to database');
    expect(r.summary).toContain('CrashLoopBackOff');
    const recs = await records(ns, 'web');
    expect(recs.map(x => `${x.revision}:${x.status}`)).toEqual([
      '1:superseded',
      '2:superseded',
      '3:failed',
      '4:deployed'
    ]);
    await waitFor(
      async () => {
        const pods = (await releasePods(ns, 'web')).filter(p => !p.deleting);
        return pods.length === 2 && pods.every(p => p.ready && p.image.endsWith('c'.repeat(64)));
      },
      30_000,
      "the previous revision's pods"
    );
  });

  test('pods the scheduler cannot place: Unschedulable in the diagnostics, rolled back', async () => {
    const r = await runDeploy({
      ...base(ns),
      'image-tag': '2.1.0',
      set: 'nodeSelector.disk=none',
      timeout: '8s'
    });
    expect(r.ok).toBe(false);
    expect(r.outputs).toMatchObject({ 'rolled-back': 'true', 'rolled-back-to': '4' });
    expect(r.log).toMatch(
      /web-[a-z0-9-]+ (\(before rollback\) )?Pending, not ready \[PodScheduled=False Unschedulable: 0\/2 nodes are available/
    );
    expect(r.log).toMatch(/FailedScheduling/);
    expect(r.summary).toContain('PodScheduled=False Unschedulable');
  });

  test('server-side dry run rejects an invalid manifest and changes nothing', async () => {
    const r = await runDeploy({ ...base(ns), 'dry-run': 'server', set: 'invalid=true' });
    expect(r.ok).toBe(false);
    expect(r.log).toMatch(
      /rejected by the API server; nothing was changed: Deployment\/web: .*restartPolicy/
    );
    expect((await records(ns, 'web')).length).toBe(6);
    const ok = await runDeploy({ ...base(ns), 'dry-run': 'server', 'image-tag': '3.0.0' });
    expect(ok.ok).toBe(true);
    expect(ok.outputs).toMatchObject({ status: 'dry-run', changed: 'true', revision: '6' });
    expect(ok.log).toMatch(/The API server accepted all 2 objects/);
    expect((await records(ns, 'web')).length).toBe(6);
  });
});

describe('the frontdoor chart (charts/frontdoor) with values-dev.yaml, deployed by digest', () => {
  test('install, then a no-op redeploy', async () => {
    const ns = uniqueNamespace('dte-frontdoor');
    const digest = 'sha256:' + 'd'.repeat(64);
    const inputs = {
      kubeconfig: loadStack().kubeconfig,
      'release-name': 'flygtaxi-dev-frontdoor',
      namespace: ns,
      chart: join(repoRoot, 'charts/frontdoor'),
      'values-files': join(repoRoot, 'charts/frontdoor/values-dev.yaml'),
      image: '123456789012.dkr.ecr.eu-north-1.amazonaws.com/eks-dev-eu-north-1',
      'image-tag': 'frontdoor-abc1234',
      'image-digest': digest,
      timeout: '90s'
    };
    const r = await runDeploy(inputs);
    // Our entry's bug report ("Unexpected error: …"), not helm's own client-go log noise.
    expect(r.log).not.toMatch(/^(::error::)?Unexpected error: /m);
    expect(r.ok).toBe(true);
    expect(r.outputs).toMatchObject({ revision: '1', status: 'deployed', changed: 'true' });
    const pods = (await releasePods(ns, 'flygtaxi-dev-frontdoor')).filter(p => !p.deleting);
    expect(pods.length).toBeGreaterThan(0);
    expect(pods.every(p => p.image === `${inputs.image}@${digest}`)).toBe(true);
    const again = await runDeploy(inputs);
    expect(again.ok).toBe(true);
    expect(again.outputs).toMatchObject({ revision: '1', changed: 'false' });
  });
});

describe('stuck and concurrent releases', () => {
  test('a release left pending-upgrade by a killed helm is left alone while young, then recovered', async () => {
    const ns = uniqueNamespace('dte-stuck');
    expect((await runDeploy({ ...base(ns), 'image-tag': '1.0.0' })).ok).toBe(true);
    // A helm upgrade that waits on pods that never become ready, killed -9 mid-wait: what a
    // runner that lost its machine leaves behind.
    const stack = loadStack();
    const helm = spawn(
      HELM,
      [
        'upgrade',
        'web',
        FIXTURE_CHART,
        '-n',
        ns,
        '--wait=watcher',
        '--timeout',
        '120s',
        '--set-string',
        `${FAIL}=unready`
      ],
      { env: { ...process.env, KUBECONFIG: stack.kubeconfig }, stdio: 'ignore' }
    );
    await waitFor(
      async () => (await records(ns, 'web')).find(r => r.status === 'pending-upgrade'),
      30_000,
      'pending-upgrade'
    );
    helm.kill('SIGKILL');
    await new Promise(r => helm.once('exit', r));
    const killedAt = Date.now();

    const young = await runDeploy({ ...base(ns), 'image-tag': '1.2.0', timeout: '12s' });
    expect(young.ok).toBe(false);
    expect(young.log).toMatch(
      /Another deploy is changing web right now: revision 2 is pending-upgrade, last updated \d+s ago/
    );
    expect(young.outputs).toMatchObject({ changed: 'false', 'rolled-back': 'false' });
    expect(young.summary).toContain('deploy-to-eks: web ❌ failed');
    expect((await records(ns, 'web')).map(r => r.status)).toEqual(['deployed', 'pending-upgrade']);

    await sleep(Math.max(0, 13_000 - (Date.now() - killedAt)));
    const r = await runDeploy({ ...base(ns), 'image-tag': '1.2.0', timeout: '12s' });
    // Our entry's bug report ("Unexpected error: …"), not helm's own client-go log noise.
    expect(r.log).not.toMatch(/^(::error::)?Unexpected error: /m);
    expect(r.ok).toBe(true);
    expect(r.log).toContain(
      'Recovered: revision 2 (pending-upgrade) marked failed and rolled back to revision 1.'
    );
    expect(r.summary).toContain('Recovered');
    expect(r.outputs).toMatchObject({ revision: '4', status: 'deployed', changed: 'true' });
    const recs = await records(ns, 'web');
    expect(recs.map(x => `${x.revision}:${x.status}`)).toEqual([
      '1:superseded',
      '2:failed',
      '3:superseded',
      '4:deployed'
    ]);
    expect(recs[1]?.release.info.description).toMatch(
      /Marked failed by deploy-to-eks: stuck in pending-upgrade/
    );
  });

  test('a first install that never completed (pending-install) is uninstalled by helm and installed again', async () => {
    const ns = uniqueNamespace('dte-inst');
    const stack = loadStack();
    const helm = spawn(
      HELM,
      [
        'install',
        'web',
        FIXTURE_CHART,
        '-n',
        ns,
        '--create-namespace',
        '--wait=watcher',
        '--timeout',
        '120s',
        '--set-string',
        `${FAIL}=unready`
      ],
      { env: { ...process.env, KUBECONFIG: stack.kubeconfig }, stdio: 'ignore' }
    );
    await waitFor(
      async () => (await records(ns, 'web')).find(r => r.status === 'pending-install'),
      30_000,
      'pending-install'
    );
    helm.kill('SIGKILL');
    await new Promise(r => helm.once('exit', r));
    await sleep(11_000);
    const r = await runDeploy({ ...base(ns), timeout: '10s' });
    expect(r.log).toContain(
      'Recovered: the first install (revision 1) never completed; it was marked failed and uninstalled with helm.'
    );
    expect(r.ok).toBe(true);
    expect(r.outputs).toMatchObject({ revision: '1', status: 'deployed' });
  });

  test('two deploys of one release at once: one wins, the loser says why, the release stays consistent', async () => {
    const ns = uniqueNamespace('dte-race');
    expect((await runDeploy({ ...base(ns), 'image-tag': '1.0.0' })).ok).toBe(true);
    // Second deploy starts while the first one's upgrade is in flight.
    const first = runDeploy({ ...base(ns), 'image-tag': '1.1.0', set: 'replicaCount=3' });
    await waitFor(
      async () => (await records(ns, 'web')).find(r => r.status === 'pending-upgrade'),
      30_000,
      'the first upgrade to start'
    );
    const second = await runDeploy({ ...base(ns), 'image-tag': '1.2.0' });
    const a = await first;
    expect(a.ok).toBe(true);
    expect(second.ok).toBe(false);
    expect(second.log).toMatch(/Another deploy is changing web right now/);
    // Truly simultaneous: helm's own lock (pending status / revision name uniqueness) decides.
    const [x, y] = await Promise.all([
      runDeploy({ ...base(ns), 'image-tag': '2.0.0' }),
      runDeploy({ ...base(ns), 'image-tag': '2.1.0' })
    ]);
    for (const loser of [x, y].filter(z => !z.ok))
      expect(loser.log).toMatch(
        /Another deploy (of web started at the same time and won|is changing web right now)/
      );
    expect([x, y].some(z => z.ok)).toBe(true);
    const recs = await records(ns, 'web');
    const last = recs[recs.length - 1];
    expect(last?.status).toBe('deployed');
    expect(recs.filter(r => r.status === 'deployed')).toHaveLength(1);
    expect(recs.some(r => r.status.startsWith('pending'))).toBe(false);
  });
});

describe('access errors, smoke request', () => {
  test('an unreachable cluster: one sentence naming the endpoint and the cause', async () => {
    const kubeconfig = UNREACHABLE_KUBECONFIG;
    const r = await runDeploy({ ...base('apps'), kubeconfig });
    expect(r.ok).toBe(false);
    expect(r.log).toContain('Cannot reach the Kubernetes API at https://127.0.0.1:1: connection refused');
    // Masked: registered with ::add-mask:: (which the runner swallows) and printed nowhere else.
    expect(
      r.log
        .split('\n')
        .filter(l => !l.startsWith('::add-mask::'))
        .join('\n')
    ).not.toContain('not-a-real-token');
  });

  test('refused credentials: HTTP 401 named with the likely cause', async () => {
    const stack = loadStack();
    const kube = await adminKube();
    const kubeconfig = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      'current-context': 'x',
      clusters: [
        {
          name: 'x',
          cluster: {
            server: stack.kubeServer,
            'certificate-authority-data': kube.conn.ca?.toString('base64')
          }
        }
      ],
      contexts: [{ name: 'x', context: { cluster: 'x', user: 'x' } }],
      users: [{ name: 'x', user: { token: 'bogus-token-value' } }]
    });
    const r = await runDeploy({ ...base('apps'), kubeconfig });
    expect(r.ok).toBe(false);
    expect(r.log).toContain(
      `The Kubernetes API at ${stack.kubeServer} refused the credentials (HTTP 401 Unauthorized)`
    );
    // The token was registered as a secret, so it never shows in the log.
    expect(r.log).toContain('::add-mask::bogus-token-value');
    expect(r.log.replace('::add-mask::bogus-token-value', '')).not.toContain('bogus-token-value');
  });

  test('smoke request through the service proxy: kwok pods have no real endpoint, so the failure is reported with the URL', async () => {
    const ns = uniqueNamespace('dte-smoke');
    const r = await runDeploy({ ...base(ns), 'smoke-path': '/health' });
    expect(r.ok).toBe(false);
    // A failed gate on a first install uninstalls it by default (gates.test.ts covers the rest).
    expect(r.outputs).toMatchObject({ revision: '1', status: 'uninstalled', 'failed-gate': 'smoke' });
    expect(r.log).toMatch(
      /Smoke request GET \/health to service web:http failed after 3 attempts \(\/api\/v1\/namespaces\/[^/]+\/services\/web:http\/proxy\/health\): (HTTP \d{3}|request timed out)/
    );
  });
});
