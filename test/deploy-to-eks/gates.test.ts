/**
 * Gates after the rollout on the local stack (kube-apiserver + kwok, the real pinned helm, the
 * action's run() in-process): a failed smoke request rolls back to the previous revision and the
 * outputs name the gate; with on-gate-failure fail the revision stays, is labelled failed, and a
 * re-run does not skip to it (#17 item 5); `helm test` passes and fails (kwok runs the test pod to
 * Succeeded, or Failed with the kwok-fail annotation; its logs come from kwok's log endpoint);
 * a first install failing a gate is uninstalled or kept.
 *
 * kwok pods run no containers, so the smoke request through the service proxy never gets an
 * answer: that is the failing smoke here (the passing one is in smokeNetns.test.ts).
 */
import { GATES_LABEL, FAILED_GATE_LABEL } from '../../actions/deploy-to-eks/src/gates/gateRecord';
import { loadStack } from '../helpers/stack';
import {
  FIXTURE_CHART,
  closeAdmin,
  records,
  releasePods,
  runDeploy,
  uniqueNamespace,
  waitFor
} from './helpers';

jest.setTimeout(240_000);

function base(namespace: string, release = 'web'): Record<string, string> {
  return {
    kubeconfig: loadStack().kubeconfig,
    'release-name': release,
    namespace,
    chart: FIXTURE_CHART,
    image: 'registry.local/web',
    timeout: '60s'
  };
}

afterAll(() => closeAdmin());

describe('the smoke gate', () => {
  const ns = uniqueNamespace('gate-smoke');

  test('a failed smoke request rolls back to the previous revision, Ready again; outputs and summary name the gate', async () => {
    expect((await runDeploy({ ...base(ns), 'image-tag': '1.0.0' })).ok).toBe(true);
    const r = await runDeploy({ ...base(ns), 'image-tag': '1.1.0', 'smoke-path': '/health' });
    expect(r.ok).toBe(false);
    expect(r.outputs).toMatchObject({
      'failed-gate': 'smoke',
      'rolled-back': 'true',
      'rolled-back-to': '1',
      'previous-revision': '1',
      revision: '3',
      status: 'deployed',
      changed: 'true'
    });
    expect(r.log).toMatch(
      /Gate smoke failed: Smoke request GET \/health to service web:http failed after 3 attempts/
    );
    expect(r.log).toMatch(
      /Rolled back to revision 1 \(now revision 3, deployed\); Ready again: deployment\/web 2\/2 ready/
    );
    expect(r.summary).toContain('failed, rolled back');
    expect(r.summary).toMatch(/\*\*Failed gate\*\* \| smoke/);
    const recs = await records(ns, 'web');
    expect(recs.map(x => `${x.revision}:${x.status}`)).toEqual([
      '1:superseded',
      '2:superseded',
      '3:deployed'
    ]);
    // The revision that failed carries the verdict; the rollback inherits revision 1's.
    expect(recs[1]?.labels).toMatchObject({ [GATES_LABEL]: 'failed', [FAILED_GATE_LABEL]: 'smoke' });
    expect(recs[2]?.labels[GATES_LABEL]).toBeUndefined();
    const pods = (await releasePods(ns, 'web')).filter(p => !p.deleting);
    expect(pods.every(p => p.ready && p.image === 'registry.local/web:1.0.0')).toBe(true);
  });

  test('on-gate-failure fail: the revision stays and says so; a re-run does not skip to it as unchanged', async () => {
    const inputs = {
      ...base(ns),
      'image-tag': '1.2.0',
      'smoke-path': '/health',
      'on-gate-failure': 'fail'
    };
    const r = await runDeploy(inputs);
    expect(r.ok).toBe(false);
    expect(r.outputs).toMatchObject({
      'failed-gate': 'smoke',
      'rolled-back': 'false',
      revision: '4',
      status: 'deployed'
    });
    expect(r.log).toContain('on-gate-failure is fail: revision 4 stays deployed.');
    expect((await records(ns, 'web'))[3]?.labels).toMatchObject({
      [GATES_LABEL]: 'failed',
      [FAILED_GATE_LABEL]: 'smoke'
    });

    // #17 item 5: the same inputs again must not exit 0 as "unchanged" without sending the request.
    const again = await runDeploy(inputs);
    expect(again.log).toContain(
      'Not skipping: revision 4 failed the smoke gate; deploying again so the gates run.'
    );
    expect(again.log).not.toMatch(/Unchanged: /);
    expect(again.log).toMatch(/Smoke request GET \/health .* failed after 3 attempts/);
    expect(again.ok).toBe(false);
    expect(again.outputs).toMatchObject({ 'failed-gate': 'smoke', revision: '5', changed: 'true' });
    // Without the smoke gate, a revision whose gates failed is still not skipped to.
    const plain = await runDeploy({ ...base(ns), 'image-tag': '1.2.0' });
    expect(plain.ok).toBe(true);
    expect(plain.log).toContain('Not skipping: revision 5 failed the smoke gate');
    expect(plain.outputs).toMatchObject({ revision: '6', changed: 'true', 'failed-gate': '' });
    expect((await records(ns, 'web'))[5]?.labels[GATES_LABEL]).toBeUndefined();
    // ...and that clean revision is skipped to again.
    const skip = await runDeploy({ ...base(ns), 'image-tag': '1.2.0' });
    expect(skip.outputs).toMatchObject({ revision: '6', changed: 'false' });
  });
});

describe('the helm test gate', () => {
  const ns = uniqueNamespace('gate-test');

  test('helm test passes: the test pod Succeeded, its last log lines in the log and the summary', async () => {
    const r = await runDeploy({
      ...base(ns),
      'image-tag': '1.0.0',
      set: 'helmTest=pass',
      'helm-test': 'true'
    });
    expect(r.ok).toBe(true);
    expect(r.outputs).toMatchObject({ revision: '1', 'failed-gate': '' });
    expect(r.log).toContain('$ helm test web --namespace');
    expect(r.log).toContain('pod/web-test-health: Succeeded');
    // kwok serves every container the same current.log (the app's start-up lines).
    expect(r.log).toMatch(/last log lines of web-test-health\/health:\n {4}\{"timestamp"/);
    expect(r.log).toMatch(/Gates passed: helm-test \(\d+\.\d\d s\)\./);
    expect(r.summary).toMatch(/\*\*helm test\*\* \| web-test-health: Succeeded/);
    expect(r.summary).toContain('helm test: phases and last log lines');
    expect((await records(ns, 'web'))[0]?.labels[GATES_LABEL]).toBe('passed');
  });

  test('helm test fails: rolled back to the previous revision; the Failed pod and its logs reported', async () => {
    const r = await runDeploy({
      ...base(ns),
      'image-tag': '1.1.0',
      set: 'helmTest=fail',
      'helm-test': 'true'
    });
    expect(r.ok).toBe(false);
    expect(r.outputs).toMatchObject({
      'failed-gate': 'helm-test',
      'rolled-back': 'true',
      'rolled-back-to': '1'
    });
    expect(r.log).toContain('pod/web-test-health: Failed');
    expect(r.log).toMatch(/Gate helm-test failed: helm test of web failed \(web-test-health Failed\)/);
    expect(r.log).toMatch(/last log lines of web-test-health\/health:/);
    expect(r.summary).toMatch(/web-test-health: Failed/);
    const recs = await records(ns, 'web');
    expect(recs.map(x => `${x.revision}:${x.status}`)).toEqual([
      '1:superseded',
      '2:superseded',
      '3:deployed'
    ]);
    expect(recs[1]?.labels).toMatchObject({ [GATES_LABEL]: 'failed', [FAILED_GATE_LABEL]: 'helm-test' });
  });
});

describe('a first install that fails a gate', () => {
  test('on-first-install-gate-failure uninstall (default): nothing to roll back to, so it is removed', async () => {
    const ns = uniqueNamespace('gate-first');
    const r = await runDeploy({ ...base(ns), 'smoke-path': '/health' });
    expect(r.ok).toBe(false);
    expect(r.outputs).toMatchObject({
      'failed-gate': 'smoke',
      'rolled-back': 'true',
      'rolled-back-to': '',
      status: 'uninstalled'
    });
    expect(r.log).toContain(
      'First install: nothing to roll back to; it was uninstalled (on-first-install-gate-failure: uninstall).'
    );
    expect(await records(ns, 'web')).toEqual([]);
    await waitFor(
      async () => (await releasePods(ns, 'web')).every(p => p.deleting),
      30_000,
      'the pods to go'
    );
  });

  test('on-first-install-gate-failure keep: the revision stays, labelled failed', async () => {
    const ns = uniqueNamespace('gate-keep');
    const r = await runDeploy({
      ...base(ns),
      set: 'helmTest=fail',
      'helm-test': 'true',
      'on-first-install-gate-failure': 'keep'
    });
    expect(r.ok).toBe(false);
    expect(r.outputs).toMatchObject({
      'failed-gate': 'helm-test',
      'rolled-back': 'false',
      revision: '1',
      status: 'deployed'
    });
    expect(r.log).toContain('on-first-install-gate-failure is keep, so revision 1 stays.');
    expect((await records(ns, 'web'))[0]?.labels[GATES_LABEL]).toBe('failed');
  });
});
