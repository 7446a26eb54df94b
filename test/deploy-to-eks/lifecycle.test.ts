/**
 * The release lifecycle of deploy-to-eks on real parts: the local kube-apiserver (kwok nodes),
 * the real pinned helm, the stack's authenticated OCI registry. Shows the record on every
 * revision (image and chart digest), rollback on demand (previous, a named revision, unknown and
 * failed revisions refused), the approver's diff (exact lines; Secret data nowhere), `dry-run:
 * record`, and charts deployed by `oci://…@sha256:` (a mismatching reference refused, a tag
 * resolved). The per-environment RBAC identities are the environments test's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { sha256Digest } from '../../src/lib/digest';
import { makeHelm, DEFAULT_HELM_VERSION } from '../../src/lib/helm';
import { RegistryClient } from '../../src/lib/registry';
import { pushVerifiedChart } from '../../actions/package-and-verify-helm-chart/src/ociPush';
import { CHART_MANIFEST_LABEL, recordOf } from '../../actions/deploy-to-eks/src/steps/record';
import { loadStack } from '../helpers/stack';
import {
  FIXTURE_CHART,
  HELM,
  adminKube,
  closeAdmin,
  records,
  releasePods,
  runDeploy,
  uniqueNamespace,
  UNREACHABLE_KUBECONFIG,
  waitFor
} from './helpers';

jest.setTimeout(180_000);

const D = (c: string) => 'sha256:' + c.repeat(64);
const REPO = 'registry.local/web';
let tgz: string;
let tgzDigest: string;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'ft-lc-pkg-'));
  const r = spawnSync(HELM, ['package', FIXTURE_CHART, '--destination', dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`helm package: ${r.stderr}`);
  tgz = join(dir, 'web-0.1.0.tgz');
  tgzDigest = sha256Digest(readFileSync(tgz));
});
afterAll(() => closeAdmin());

const deployInputs = (namespace: string, extra: Record<string, string> = {}) => ({
  kubeconfig: loadStack().kubeconfig,
  'release-name': 'web',
  namespace,
  chart: tgz,
  image: REPO,
  timeout: '60s',
  ...extra
});
const rollbackInputs = (namespace: string, to: string) => ({
  ...deployInputs(namespace),
  chart: '',
  image: '',
  'rollback-to': to
});
const states = async (ns: string) => (await records(ns, 'web')).map(r => `${r.revision}:${r.status}`);
const noBug = (log: string) => expect(log).not.toMatch(/^(::error::)?Unexpected error: /m);

/**
 * A ServiceAccount allowed only get/list on what the diff reads (release Secrets and the chart's
 * objects), as a plan role would be; returns a kubeconfig file with its token.
 */
async function readOnlyIdentity(ns: string): Promise<string> {
  const k = await adminKube();
  await k.request('POST', `/api/v1/namespaces/${ns}/serviceaccounts`, {
    body: { metadata: { name: 'planner' } }
  });
  await k.request('POST', `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/roles`, {
    body: {
      metadata: { name: 'plan' },
      rules: [
        {
          apiGroups: ['', 'apps'],
          resources: [
            'secrets',
            'configmaps',
            'services',
            'serviceaccounts',
            'deployments',
            'pods',
            'events'
          ],
          verbs: ['get', 'list']
        }
      ]
    }
  });
  await k.request('POST', `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/rolebindings`, {
    body: {
      metadata: { name: 'plan' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'plan' },
      subjects: [{ kind: 'ServiceAccount', name: 'planner', namespace: ns }]
    }
  });
  const tr = await k.request<{ status: { token: string } }>(
    'POST',
    `/api/v1/namespaces/${ns}/serviceaccounts/planner/token`,
    {
      body: {
        apiVersion: 'authentication.k8s.io/v1',
        kind: 'TokenRequest',
        spec: { expirationSeconds: 3600 }
      }
    }
  );
  const admin = parseYaml(readFileSync(loadStack().kubeconfig, 'utf8')) as {
    clusters: { name: string; cluster: Record<string, string> }[];
  };
  const cluster = admin.clusters[0] as { name: string; cluster: Record<string, string> };
  const file = join(mkdtempSync(join(tmpdir(), 'ft-lc-plan-')), 'kubeconfig');
  writeFileSync(
    file,
    stringifyYaml({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [cluster],
      users: [{ name: 'planner', user: { token: tr.status.token } }],
      contexts: [{ name: 'plan', context: { cluster: cluster.name, user: 'planner', namespace: ns } }],
      'current-context': 'plan'
    }),
    { mode: 0o600 }
  );
  return file;
}

/** The +/- lines of a unified diff, without its ---/+++ headers. */
const changedLines = (text: string) =>
  text.split('\n').filter(l => /^[-+]/.test(l) && !/^(---|\+\+\+) /.test(l));

describe('records on every revision, rollback on demand', () => {
  const ns = uniqueNamespace('dte-rec');

  test('each revision records image and chart digest; outputs and summary say from → to', async () => {
    const first = await runDeploy(deployInputs(ns, { 'image-digest': D('a') }));
    noBug(first.log);
    expect(first.ok).toBe(true);
    expect(first.outputs).toMatchObject({
      revision: '1',
      'image-digest': D('a'),
      'chart-digest': tgzDigest
    });
    // Unknown outputs are not set (a composite under act would let them overwrite others).
    expect(first.outputs['previous-image-digest']).toBeUndefined();
    const second = await runDeploy(deployInputs(ns, { 'image-digest': D('b') }));
    expect(second.ok).toBe(true);
    expect(second.outputs).toMatchObject({
      revision: '2',
      'image-digest': D('b'),
      'previous-image-digest': D('a')
    });
    expect(second.summary).toContain('image sha256:aaaaaaaaaaaa… → sha256:bbbbbbbbbbbb…');
    expect(second.summary).toContain(`chart ${tgzDigest.slice(0, 19)}… (unchanged)`);
    // The record as the cluster stores it (labels of the release Secret), read back.
    const recs = await records(ns, 'web');
    expect(recs.map(r => recordOf(r).imageDigest)).toEqual([D('a'), D('b')]);
    expect(recs.map(r => recordOf(r).chartDigest)).toEqual([tgzDigest, tgzDigest]);
    // Unchanged inputs: skipped, and the outputs still name what runs.
    const again = await runDeploy(deployInputs(ns, { 'image-digest': D('b') }));
    expect(again.outputs).toMatchObject({ changed: 'false', revision: '2', 'image-digest': D('b') });
  });

  test('a revision deployed by tag records no image digest (none carried over from the last)', async () => {
    const tagged = await runDeploy(deployInputs(ns, { 'image-tag': '1.2.3' }));
    expect(tagged.ok).toBe(true);
    expect(tagged.outputs).toMatchObject({ revision: '3', 'previous-image-digest': D('b') });
    expect(tagged.outputs['image-digest']).toBeUndefined();
    const [, , third] = await records(ns, 'web');
    expect(third && recordOf(third).imageDigest).toBe('');
  });

  test('dry-run record: what the deployed revision runs; refused without a digest, nothing changed', async () => {
    const before = await states(ns);
    const r = await runDeploy({ ...deployInputs(ns), chart: '', image: '', 'dry-run': 'record' });
    expect(r.ok).toBe(false);
    expect(r.log).toContain(
      'release web in ' + ns + ': revision 3 cannot be promoted, it records no image digest'
    );
    expect(await states(ns)).toEqual(before);
  });

  test('rollback-to previous, then to a named revision: same wait and outputs, digests from → to', async () => {
    const back = await runDeploy(rollbackInputs(ns, 'previous'));
    noBug(back.log);
    expect(back.ok).toBe(true);
    expect(back.outputs).toMatchObject({
      revision: '4',
      'previous-revision': '3',
      status: 'deployed',
      changed: 'true',
      'image-digest': D('b')
    });
    expect(back.outputs['previous-image-digest']).toBeUndefined();
    expect(back.log).toContain('Rolling back web from revision 3 to the content of revision 2.');
    expect(back.log).toMatch(/helm rollback web 2 --namespace \S+ --wait=watcher/);
    expect(back.summary).toContain('rolled back to the content of revision 2');
    expect(back.summary).toContain('image - → sha256:bbbbbbbbbbbb…');
    await waitFor(
      async () => {
        const pods = (await releasePods(ns, 'web')).filter(p => !p.deleting);
        return pods.length === 2 && pods.every(p => p.ready && p.image === `${REPO}@${D('b')}`);
      },
      30_000,
      "revision 2's pods"
    );
    const named = await runDeploy(rollbackInputs(ns, '1'));
    noBug(named.log);
    expect(named.ok).toBe(true);
    expect(named.outputs).toMatchObject({
      revision: '5',
      'image-digest': D('a'),
      'previous-image-digest': D('b')
    });
    expect(named.summary).toContain('image sha256:bbbbbbbbbbbb… → sha256:aaaaaaaaaaaa…');
    // What a rollback created is a revision like any other: dry-run record reads it.
    const rec = await runDeploy({ ...deployInputs(ns), chart: '', image: '', 'dry-run': 'record' });
    expect(rec.log).toContain('it records no chart reference');
  });

  test('an unknown revision is refused before anything changes', async () => {
    const before = await states(ns);
    const r = await runDeploy(rollbackInputs(ns, '99'));
    noBug(r.log);
    expect(r.ok).toBe(false);
    expect(r.log).toContain(
      'rollback-to: revision 99 of web does not exist (kept revisions: 1, 2, 3, 4, 5; successful ones: 1, 2, 3, 4, 5); nothing was changed'
    );
    expect(r.outputs).toMatchObject({ changed: 'false', revision: '5', 'previous-image-digest': D('a') });
    expect(r.outputs['image-digest']).toBeUndefined();
    expect(await states(ns)).toEqual(before);
  });

  test('a revision that never deployed successfully is refused before anything changes', async () => {
    // A failed upgrade (pods never schedule; rollback-on-failure off keeps it failed).
    const failed = await runDeploy(
      deployInputs(ns, {
        'image-digest': D('c'),
        set: 'nodeSelector.none=none',
        timeout: '3s',
        'rollback-on-failure': 'false',
        'fail-fast': 'false'
      })
    );
    expect(failed.ok).toBe(false);
    expect(failed.outputs['revision']).toBe('6');
    // Helm keeps revision 5 as the deployed one: the outputs name what it records.
    expect(failed.log).toContain('Revision 5 is still the deployed one.');
    expect(failed.outputs).toMatchObject({ 'image-digest': D('a'), 'previous-image-digest': D('a') });
    const before = await states(ns);
    expect(before[before.length - 1]).toBe('6:failed');
    const r = await runDeploy(rollbackInputs(ns, '6'));
    expect(r.ok).toBe(false);
    expect(r.log).toContain(
      'rollback-to: revision 6 of web is failed, never a successful deploy (successful revisions: 1, 2, 3, 4, 5); nothing was changed'
    );
    expect(await states(ns)).toEqual(before);
  });
});

test('a failed upgrade that helm rolls back: the outputs name the digests that run again', async () => {
  const ns = uniqueNamespace('dte-rbk');
  expect((await runDeploy(deployInputs(ns, { 'image-digest': D('a') }))).ok).toBe(true);
  const r = await runDeploy(
    deployInputs(ns, {
      'image-digest': D('b'),
      set: 'nodeSelector.none=none',
      timeout: '3s',
      'fail-fast': 'false'
    })
  );
  noBug(r.log);
  expect(r.ok).toBe(false);
  expect(r.outputs).toMatchObject({
    'rolled-back': 'true',
    'rolled-back-to': '1',
    'image-digest': D('a'),
    'previous-image-digest': D('a')
  });
});

describe("the approver's diff (dry-run diff)", () => {
  const ns = uniqueNamespace('dte-diff');
  const password = `hunter2-${process.pid}-old`;
  const newPassword = `correct-horse-${process.pid}-new`;
  const secrets = [
    password,
    newPassword,
    Buffer.from(password).toString('base64'),
    Buffer.from(newPassword).toString('base64')
  ];

  beforeAll(async () => {
    const base = await runDeploy(deployInputs(ns, { 'image-digest': D('a'), set: `dbPassword=${password}` }));
    expect(base.ok).toBe(true);
  });

  test('a values change: exact lines; Secret data nowhere; nothing changed', async () => {
    const before = await states(ns);
    const plan = await runDeploy(
      deployInputs(ns, {
        'image-digest': D('a'),
        set: `dbPassword=${newPassword}\nreplicaCount=3`,
        'dry-run': 'diff'
      })
    );
    noBug(plan.log);
    expect(plan.ok).toBe(true);
    expect(plan.outputs).toMatchObject({ status: 'dry-run', changed: 'true', 'image-digest': D('a') });
    const file = plan.outputs['diff-file'] ?? '';
    expect(file.startsWith(plan.runnerTemp)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(changedLines(text)).toEqual([
      // computed values
      "-dbPassword: '<redacted: live value>'",
      "+dbPassword: '<redacted: new value>'",
      '-replicaCount: 2',
      '+replicaCount: 3',
      // Deployment/web
      '-  replicas: 2',
      '+  replicas: 3',
      // Secret/web-db
      "-  password: '<redacted: live value>'",
      "+  password: '<redacted: new value>'"
    ]);
    expect(plan.summary).toContain(
      '**Diff:** 0 added, 2 changed, 0 removed, 1 unchanged object; values changed (+2 -2).'
    );
    expect(plan.summary).toContain('<details><summary>✏️ `Deployment/web` changed (+1 -1)</summary>');
    expect(plan.summary).toContain('<details><summary>✏️ `Secret/web-db` changed (+1 -1)</summary>');
    for (const s of secrets) {
      expect(plan.log).not.toContain(s);
      expect(plan.summary).not.toContain(s);
      expect(text).not.toContain(s);
    }
    expect(await states(ns)).toEqual(before);
  });

  test('an image change: exact lines (the computed digest and the container image)', async () => {
    const plan = await runDeploy(
      deployInputs(ns, { 'image-digest': D('c'), set: `dbPassword=${password}`, 'dry-run': 'diff' })
    );
    expect(plan.ok).toBe(true);
    const text = readFileSync(plan.outputs['diff-file'] ?? '', 'utf8');
    expect(changedLines(text)).toEqual([
      `-  digest: ${D('a')}`,
      `+  digest: ${D('c')}`,
      `-          image: ${REPO}@${D('a')}`,
      `+          image: ${REPO}@${D('c')}`
    ]);
    expect(plan.summary).toContain(
      '**Diff:** 0 added, 1 changed, 0 removed, 2 unchanged objects; values changed (+1 -1).'
    );
    for (const s of secrets) expect(plan.log + plan.summary + text).not.toContain(s);
  });

  test('needs only get/list: a read-only identity gets the diff, and is refused a deploy (real RBAC)', async () => {
    const planKubeconfig = await readOnlyIdentity(ns);
    const before = await states(ns);
    const plan = await runDeploy({
      ...deployInputs(ns, { 'image-digest': D('c'), set: `dbPassword=${password}`, 'dry-run': 'diff' }),
      kubeconfig: planKubeconfig
    });
    noBug(plan.log);
    expect(plan.ok).toBe(true);
    expect(changedLines(readFileSync(plan.outputs['diff-file'] ?? '', 'utf8'))).toHaveLength(4);
    const deploy = await runDeploy({
      ...deployInputs(ns, { 'image-digest': D('c'), set: `dbPassword=${password}` }),
      kubeconfig: planKubeconfig
    });
    expect(deploy.ok).toBe(false);
    expect(deploy.log).toMatch(/forbidden/i);
    expect(await states(ns)).toEqual(before);
  });

  test('no change: an empty diff, changed=false', async () => {
    const plan = await runDeploy(
      deployInputs(ns, { 'image-digest': D('a'), set: `dbPassword=${password}`, 'dry-run': 'diff' })
    );
    expect(plan.ok).toBe(true);
    expect(plan.outputs['changed']).toBe('false');
    expect(readFileSync(plan.outputs['diff-file'] ?? '', 'utf8')).toBe('');
  });
});

describe('charts as OCI artifacts on the authenticated local registry', () => {
  const ns = uniqueNamespace('dte-oci');
  const repoPath = `charts-${process.pid}`;
  let ref = '';
  const creds = () => ({
    'registry-username': loadStack().registryUser,
    'registry-password': loadStack().registryPassword,
    'registry-plain-http': 'true'
  });

  beforeAll(async () => {
    const s = loadStack();
    const pushed = await pushVerifiedChart(
      {
        pushTo: { host: s.registry, path: repoPath },
        registryUsername: s.registryUser,
        registryPassword: s.registryPassword,
        registryPlainHttp: true,
        tempDir: mkdtempSync(join(tmpdir(), 'ft-lc-rt-'))
      },
      tgz,
      {
        helm: makeHelm(HELM, DEFAULT_HELM_VERSION, process.env),
        env: { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'ft-lc-home-')) },
        mask: () => undefined,
        info: () => undefined
      }
    );
    ref = pushed?.ref ?? '';
  });

  test('deploy by oci://…@sha256: records the chart digest and its manifest; the password only masked', async () => {
    expect(ref).toMatch(/^oci:\/\/127\.0\.0\.1:\d+\/charts-\d+\/web@sha256:[a-f0-9]{64}$/);
    const r = await runDeploy(deployInputs(ns, { chart: ref, 'image-digest': D('a'), ...creds() }));
    noBug(r.log);
    expect(r.ok).toBe(true);
    expect(r.outputs).toMatchObject({ revision: '1', 'chart-digest': tgzDigest, 'image-digest': D('a') });
    expect(r.log).toContain(`Pulled ${ref}: the package hashes to ${tgzDigest}, as its manifest names.`);
    expect(r.log).toContain(`::add-mask::${loadStack().registryPassword}`);
    expect(
      r.log
        .split('\n')
        .filter(l => !l.startsWith('::add-mask::'))
        .join('\n')
    ).not.toContain(loadStack().registryPassword);
    const [rec] = await records(ns, 'web');
    expect(rec && recordOf(rec).chartManifest).toBe(ref.slice(ref.indexOf('@') + 1));
    expect(rec?.labels[CHART_MANIFEST_LABEL]).toBeTruthy();
    // Now promotable: dry-run record names the artifact exactly.
    const src = await runDeploy({ ...deployInputs(ns), chart: '', image: '', 'dry-run': 'record' });
    expect(src.ok).toBe(true);
    expect(src.outputs).toMatchObject({
      'image-ref': `${REPO}@${D('a')}`,
      'chart-name': 'web',
      'chart-manifest-digest': ref.slice(ref.indexOf('@') + 1),
      'image-digest': D('a'),
      'chart-digest': tgzDigest,
      changed: 'false'
    });
  });

  test('the chart is pulled while the cluster is reached: an unreachable cluster is the error, and the pull leaves nothing behind', async () => {
    const kubeconfig = UNREACHABLE_KUBECONFIG;
    const r = await runDeploy({
      ...deployInputs(ns, { chart: ref, 'image-digest': D('b'), ...creds() }),
      kubeconfig
    });
    expect(r.ok).toBe(false);
    expect(r.log).toContain('Cannot reach the Kubernetes API at https://127.0.0.1:1: connection refused');
    // The pull ran meanwhile (and was verified), then its private directory was removed.
    expect(r.log).toContain(`Pulled ${ref}: the package hashes to ${tgzDigest}`);
    expect(readdirSync(r.runnerTemp)).toEqual([]);
  });

  test('without the registry credentials: refused naming them, before anything changes', async () => {
    const before = await states(ns);
    const r = await runDeploy(
      deployInputs(ns, { chart: ref, 'image-digest': D('b'), 'registry-plain-http': 'true' })
    );
    noBug(r.log);
    expect(r.ok).toBe(false);
    expect(r.log).toContain(
      `cannot pull chart oci://${loadStack().registry}/${repoPath}/web: the registry credentials (registry-username / registry-password) may not read ${repoPath}/web`
    );
    expect(r.log).toContain('nothing was changed');
    expect(await states(ns)).toEqual(before);
  });

  test('a reference whose digest names no manifest is refused before anything changes', async () => {
    const before = await states(ns);
    const last = ref.slice(-1);
    const tampered = ref.slice(0, -1) + (last === '0' ? '1' : '0');
    const r = await runDeploy(deployInputs(ns, { chart: tampered, 'image-digest': D('b'), ...creds() }));
    noBug(r.log);
    expect(r.ok).toBe(false);
    expect(r.log).toContain(`chart ${tampered} does not exist in ${loadStack().registry}`);
    expect(r.log).toContain('nothing was changed');
    expect(r.outputs).toMatchObject({ changed: 'false' });
    expect(await states(ns)).toEqual(before);
  });

  test('a reference to an artifact that is not a Helm chart is refused before anything changes', async () => {
    // The same manifest with its chart layer's media type changed: a real, pullable artifact
    // under the chart's name, but not the chart the reference claims.
    const s = loadStack();
    const reg = new RegistryClient({
      registry: s.registry,
      credentials: { username: s.registryUser, password: s.registryPassword },
      insecure: true
    });
    const repository = `${repoPath}/web`;
    const good = await reg.getManifest(repository, ref.slice(ref.indexOf('@') + 1));
    const doc = JSON.parse(good?.body.toString('utf8') ?? '{}') as { layers: { mediaType: string }[] };
    for (const l of doc.layers) l.mediaType = 'application/octet-stream';
    const badDigest = await reg.putManifest(repository, 'not-a-chart', {
      body: Buffer.from(JSON.stringify(doc)),
      mediaType: 'application/vnd.oci.image.manifest.v1+json'
    });
    reg.close();
    const before = await states(ns);
    const bad = `oci://${s.registry}/${repository}@${badDigest}`;
    const r = await runDeploy(deployInputs(ns, { chart: bad, 'image-digest': D('b'), ...creds() }));
    noBug(r.log);
    expect(r.ok).toBe(false);
    expect(r.log).toContain(`${bad} is not a Helm chart (0 chart layers); nothing was changed`);
    expect(await states(ns)).toEqual(before);
  });

  test('a reference by tag is resolved once and its digest reported', async () => {
    const r = await runDeploy(
      deployInputs(ns, {
        chart: `oci://${loadStack().registry}/${repoPath}/web`,
        'chart-version': '0.1.0',
        'image-digest': D('a'),
        ...creds()
      })
    );
    noBug(r.log);
    expect(r.ok).toBe(true);
    expect(r.log).toContain(`it resolved to ${ref}`);
    // Same bytes and inputs as revision 1: unchanged.
    expect(r.outputs).toMatchObject({ changed: 'false', revision: '1', 'chart-digest': tgzDigest });
  });
});
