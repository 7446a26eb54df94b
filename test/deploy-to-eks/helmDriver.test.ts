/**
 * HELM_DRIVER on the runner: helm really keeps the release in ConfigMaps (HELM_DRIVER=configmap,
 * the real pinned helm against the local kube-apiserver + kwok), and the release store reads the
 * same ConfigMaps, so skip-unchanged and stuck-release recovery see the release. Drivers the
 * action cannot read (sql, memory) are refused by name before anything changes.
 */
import { loadStack } from '../helpers/stack';
import { listReleaseRecords, encodeReleaseData } from '../../actions/deploy-to-eks/src/releaseStore';
import { FIXTURE_CHART, adminKube, closeAdmin, runDeploy, uniqueNamespace } from './helpers';

jest.setTimeout(180_000);
afterAll(() => closeAdmin());

const CONFIGMAP = { HELM_DRIVER: 'configmap' };

function base(namespace: string): Record<string, string> {
  return {
    kubeconfig: loadStack().kubeconfig,
    'release-name': 'web',
    namespace,
    chart: FIXTURE_CHART,
    image: 'registry.local/web'
  };
}

async function configMapRecords(ns: string) {
  return listReleaseRecords(await adminKube(), ns, 'web', 'configmap');
}

describe('HELM_DRIVER=configmap (helm stores the release in ConfigMaps)', () => {
  const ns = uniqueNamespace('dte-cm');

  test('install: the records are ConfigMaps (no Secrets), and the store reads them', async () => {
    const r = await runDeploy({ ...base(ns), 'image-tag': '1.0.0' }, {}, CONFIGMAP);
    expect(r.ok).toBe(true);
    expect(r.outputs).toMatchObject({ revision: '1', status: 'deployed', changed: 'true' });
    const kube = await adminKube();
    expect(await listReleaseRecords(kube, ns, 'web', 'secret')).toEqual([]);
    const recs = await configMapRecords(ns);
    expect(recs.map(x => [x.revision, x.status, x.driver])).toEqual([[1, 'deployed', 'configmap']]);
  });

  test('skip-unchanged sees the release: the same inputs again are changed=false, no new revision', async () => {
    const r = await runDeploy({ ...base(ns), 'image-tag': '1.0.0' }, {}, CONFIGMAP);
    expect(r.ok).toBe(true);
    expect(r.outputs).toMatchObject({ revision: '1', changed: 'false' });
    expect((await configMapRecords(ns)).map(x => x.revision)).toEqual([1]);
  });

  test('stuck-release recovery sees the release: a pending-upgrade ConfigMap is marked failed and rolled back', async () => {
    expect((await runDeploy({ ...base(ns), 'image-tag': '1.1.0' }, {}, CONFIGMAP)).ok).toBe(true);
    // What a killed `helm upgrade` leaves: the latest record pending-upgrade, last touched long ago.
    const kube = await adminKube();
    const latest = (await configMapRecords(ns)).at(-1);
    expect(latest?.revision).toBe(2);
    const old = String(Math.floor(Date.now() / 1000) - 3600);
    await kube.mergePatch(`/api/v1/namespaces/${ns}/configmaps/${latest?.secretName}`, {
      metadata: { labels: { status: 'pending-upgrade', modifiedAt: old } },
      data: {
        release: encodeReleaseData(
          { ...latest!.release, info: { ...latest!.release.info, status: 'pending-upgrade' } },
          'configmap'
        )
      }
    });
    const r = await runDeploy({ ...base(ns), 'image-tag': '1.2.0', timeout: '30s' }, {}, CONFIGMAP);
    expect(r.log).toContain(
      'Recovered: revision 2 (pending-upgrade) marked failed and rolled back to revision 1.'
    );
    expect(r.ok).toBe(true);
    const recs = await configMapRecords(ns);
    expect(recs.map(x => `${x.revision}:${x.status}`)).toEqual([
      '1:superseded',
      '2:failed',
      '3:superseded',
      '4:deployed'
    ]);
  });
});

describe('HELM_DRIVER values the action cannot read are refused by name, nothing changed', () => {
  test.each([
    ['sql', 'HELM_DRIVER=sql (releases in PostgreSQL) is not supported by this action'],
    ['memory', 'HELM_DRIVER=memory keeps releases only inside one helm process'],
    ['etcd', 'HELM_DRIVER="etcd" is not a helm storage driver (secret, configmap, memory or sql)']
  ])('HELM_DRIVER=%s', async (driver, message) => {
    const ns = uniqueNamespace('dte-drv');
    const r = await runDeploy({ ...base(ns), 'image-tag': '1.0.0' }, {}, { HELM_DRIVER: driver });
    expect(r.ok).toBe(false);
    expect(r.log).toContain(message);
    expect(r.log).not.toMatch(/Unexpected error/);
    const kube = await adminKube();
    expect(await kube.getOptional(`/api/v1/namespaces/${ns}`)).toBeUndefined();
  });
});
