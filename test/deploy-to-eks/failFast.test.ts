/**
 * Fail fast on a hopeless rollout, on the local stack: kwok's test hooks make the new pods' image
 * unpullable (ImagePullBackOff), crash-loop (CrashLoopBackOff, 5 restarts) or pull late and then
 * become Ready (a slow but healthy rollout). With a 5-minute timeout, the hopeless ones must be
 * rolled back within the grace period plus a few seconds, the release never left pending; the
 * slow one must not be cut short.
 */
import { loadStack } from '../helpers/stack';
import { FIXTURE_CHART, closeAdmin, records, releasePods, runDeploy, uniqueNamespace } from './helpers';

jest.setTimeout(240_000);

const FAIL = 'podAnnotations.flygtaxi\\.test/kwok-fail';
const GRACE_SECONDS = 5;

function base(namespace: string): Record<string, string> {
  return {
    kubeconfig: loadStack().kubeconfig,
    'release-name': 'web',
    namespace,
    chart: FIXTURE_CHART,
    image: 'registry.local/web',
    timeout: '5m',
    'fail-fast-image-pull-grace': `${GRACE_SECONDS}s`
  };
}

afterAll(() => closeAdmin());

async function expectNeverPending(ns: string): Promise<void> {
  const recs = await records(ns, 'web');
  expect(recs.filter(r => r.status.startsWith('pending'))).toEqual([]);
  expect(recs[recs.length - 1]?.status).toBe('deployed');
}

describe('fail fast (timeout 5m)', () => {
  const ns = uniqueNamespace('ff');

  beforeAll(async () => {
    expect((await runDeploy({ ...base(ns), 'image-tag': '1.0.0' })).ok).toBe(true);
  });

  test('an image that cannot be pulled: rolled back within the grace period plus a few seconds', async () => {
    const t0 = Date.now();
    const r = await runDeploy({ ...base(ns), 'image-tag': '404', set: `${FAIL}=imagepull` });
    const seconds = (Date.now() - t0) / 1000;
    expect(r.ok).toBe(false);
    expect(seconds).toBeLessThan(GRACE_SECONDS + 15);
    expect(r.log).toMatch(
      new RegExp(
        `Stopped waiting after \\d+s \\(fail fast\\): 1 pods? of the new revision cannot become ready: web-[a-z0-9]+-[a-z0-9]+/app ImagePullBackOff for \\d+s \\(fail-fast-image-pull-grace ${GRACE_SECONDS}s\\)`
      )
    );
    expect(r.log).toMatch(/Rolled back to revision 1 \(now revision 3, deployed\)/);
    expect(r.outputs).toMatchObject({
      'rolled-back': 'true',
      'rolled-back-to': '1',
      revision: '3',
      status: 'deployed'
    });
    expect(r.summary).toMatch(/\*\*Stopped early\*\* \| 1 pods? of the new revision cannot become ready/);
    expect(r.summary).toContain('ImagePullBackOff');
    const recs = await records(ns, 'web');
    expect(recs.map(x => `${x.revision}:${x.status}`)).toEqual(['1:superseded', '2:failed', '3:deployed']);
    // helm itself recorded why: its context was cancelled by the SIGINT.
    expect(recs[1]?.release.info.description).toMatch(/context canceled/);
    await expectNeverPending(ns);
    const pods = (await releasePods(ns, 'web')).filter(p => !p.deleting);
    expect(pods.every(p => p.image === 'registry.local/web:1.0.0')).toBe(true);
  });

  test('a container that crash-loops (5 restarts, rule: 3): rolled back at once, not after the timeout', async () => {
    const t0 = Date.now();
    const r = await runDeploy({ ...base(ns), 'image-tag': '1.1.0', set: `${FAIL}=crashloop` });
    const seconds = (Date.now() - t0) / 1000;
    expect(r.ok).toBe(false);
    expect(seconds).toBeLessThan(15);
    expect(r.log).toMatch(/\/app CrashLoopBackOff restarting \(fail-fast-crashloop-restarts 3\)/);
    // The diagnostics still carry the crashed instance's last log lines.
    expect(r.log).toMatch(/"message":"fatal: cannot connect to database"/);
    // Revision 3 is the deployed one now (the rollback of the previous test, revision 1's content).
    expect(r.outputs).toMatchObject({ 'rolled-back': 'true', 'rolled-back-to': '3' });
    await expectNeverPending(ns);
  });

  test('a slow but healthy rollout (image pulled after ~6 s, grace 15 s) is not cut short', async () => {
    const r = await runDeploy({
      ...base(ns),
      'image-tag': '1.2.0',
      set: `${FAIL}=slowpull`,
      'fail-fast-image-pull-grace': '15s'
    });
    expect(r.ok).toBe(true);
    expect(r.log).not.toContain('Fail fast');
    expect(r.outputs).toMatchObject({ status: 'deployed', 'rolled-back': 'false' });
    const pods = (await releasePods(ns, 'web')).filter(p => !p.deleting);
    expect(pods.every(p => p.ready && p.image === 'registry.local/web:1.2.0')).toBe(true);
  });

  test('fail-fast false: the same unpullable image waits out the timeout as helm does', async () => {
    const t0 = Date.now();
    const r = await runDeploy({
      ...base(ns),
      'image-tag': '405',
      set: `${FAIL}=imagepull`,
      'fail-fast': 'false',
      timeout: '12s'
    });
    expect(r.ok).toBe(false);
    expect((Date.now() - t0) / 1000).toBeGreaterThanOrEqual(12);
    expect(r.log).not.toContain('Fail fast');
    expect(r.log).toMatch(/helm upgrade of web failed: .*Rolled back to revision/);
    await expectNeverPending(ns);
  });
});
