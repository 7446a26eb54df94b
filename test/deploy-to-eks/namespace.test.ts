/**
 * Pod Security labels on namespaces deploy-to-eks creates (actions/deploy-to-eks/src/namespace.ts):
 * the input grammar by table, then the real kube-apiserver of the local stack, whose PodSecurity
 * admission plugin is on by default (kube-apiserver 1.37; the stack runs
 * --authorization-mode=Node,RBAC and no --disable-admission-plugins), so a namespace labelled
 * "restricted" really refuses a non-compliant pod, and the frontdoor chart still lands in it.
 */
import { join } from 'node:path';
import {
  describePodSecurity,
  ensureNamespace,
  parsePodSecurity,
  podSecurityLabels
} from '../../actions/deploy-to-eks/src/namespace';
import { UserError } from '../../src/lib/errors';
import { KubeClient } from '../../src/lib/kube';
import { loadKubeconfigFile } from '../../src/lib/kubeconfig';
import { kubeRequest, loadStack, repoRoot } from '../helpers/stack';
import { adminKube, closeAdmin, releasePods, runDeploy } from './helpers';

const RESTRICTED = { levels: { enforce: 'restricted' as const }, enforceVersion: '' };

describe('namespace-pod-security input', () => {
  test.each([
    ['enforce=restricted', { levels: { enforce: 'restricted' }, enforceVersion: '' }],
    [
      'enforce=baseline, warn=restricted audit=restricted version=v1.36',
      { levels: { enforce: 'baseline', warn: 'restricted', audit: 'restricted' }, enforceVersion: 'v1.36' }
    ],
    ['enforce=privileged,version=latest', { levels: { enforce: 'privileged' }, enforceVersion: 'latest' }],
    ['none', { levels: {}, enforceVersion: '' }]
  ])('%s is accepted', (raw, value) => {
    expect(parsePodSecurity(raw)).toEqual({ value, problems: [] });
  });

  test.each([
    ['enforce=strict', ['enforce level "strict" is not one of privileged, baseline, restricted']],
    ['enforce', ['"enforce" is not MODE=LEVEL (e.g. enforce=restricted)']],
    ['audit=restricted', ['needs enforce=<level> (audit and warn alone refuse nothing)']],
    ['enforce=restricted,enforce=baseline', ['enforce is given twice']],
    [
      'enforce=restricted version=1.30 deny=all',
      ['version "1.30" is not latest or v1.<minor>', '"deny" is not one of enforce, audit, warn, version']
    ],
    ['', ['is empty; use e.g. enforce=restricted, or none for no labels']]
  ])('%j is refused, every problem named', (raw, problems) => {
    expect(parsePodSecurity(raw).problems).toEqual(problems);
  });

  test('labels: enforce pinned to the cluster minor, audit and warn at latest with the enforce level by default', () => {
    expect(podSecurityLabels(RESTRICTED, 'v1.37')).toEqual({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/enforce-version': 'v1.37',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/audit-version': 'latest',
      'pod-security.kubernetes.io/warn': 'restricted',
      'pod-security.kubernetes.io/warn-version': 'latest'
    });
    const given = parsePodSecurity('enforce=baseline warn=restricted version=latest').value;
    expect(podSecurityLabels(given, 'v1.37')).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'baseline',
      'pod-security.kubernetes.io/enforce-version': 'latest',
      'pod-security.kubernetes.io/warn': 'restricted',
      'pod-security.kubernetes.io/audit': 'baseline'
    });
    expect(podSecurityLabels(RESTRICTED, '')['pod-security.kubernetes.io/enforce-version']).toBe('latest');
    expect(podSecurityLabels(parsePodSecurity('none').value, 'v1.37')).toEqual({});
  });

  test('describes labels in one line, or says there are none', () => {
    expect(describePodSecurity(podSecurityLabels(RESTRICTED, 'v1.37'))).toBe(
      'enforce=restricted (v1.37), audit=restricted, warn=restricted'
    );
    expect(describePodSecurity({})).toBe(
      'no Pod Security labels (pods are admitted under the cluster default)'
    );
  });
});

describe('ensureNamespace on the real kube-apiserver', () => {
  const suffix = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  const made: string[] = [];
  const name = (what: string): string => {
    const n = `ns-${what}-${suffix}`.slice(0, 63);
    made.push(n);
    return n;
  };

  afterAll(async () => {
    const kube = await adminKube();
    for (const n of made) await kube.request('DELETE', `/api/v1/namespaces/${n}`).catch(() => undefined);
    closeAdmin();
  });

  test('creates the namespace with the labels, enforce pinned to the server version, and admission refuses a plain pod', async () => {
    const kube = await adminKube();
    const ns = name('new');
    const r = await ensureNamespace(kube, ns, RESTRICTED, true);
    const version = await kube.request<{ minor: string }>('GET', '/version');
    const minor = `v1.${/^\d+/.exec(version.minor)?.[0]}`;
    expect(minor).toBe('v1.37');
    expect(r).toEqual({
      name: ns,
      state: 'created',
      podSecurity: podSecurityLabels(RESTRICTED, minor),
      summary: `Namespace ${ns} created with enforce=restricted (v1.37), audit=restricted, warn=restricted.`
    });
    const stored = await kube.request<{ metadata: { labels: Record<string, string> } }>(
      'GET',
      `/api/v1/namespaces/${ns}`
    );
    expect(stored.metadata.labels).toMatchObject(podSecurityLabels(RESTRICTED, minor));
    // PodSecurity admission is really on: a pod without the restricted fields is refused. Raw
    // request (the admission message itself; the client's 403 sentence is about RBAC).
    const refused = await kubeRequest('POST', `/api/v1/namespaces/${ns}/pods?dryRun=All`, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'plain' },
      spec: { containers: [{ name: 'c', image: 'example.invalid/plain:1' }] }
    });
    const message = (refused.body as { message?: string }).message ?? '';
    expect(`${refused.status}: ${message}`).toMatch(/^403: .*violates PodSecurity "restricted:v1\.37"/);
  });

  test('an existing namespace is left exactly as it is, and its labels are reported', async () => {
    const kube = await adminKube();
    const ns = name('old');
    await kube.request('POST', '/api/v1/namespaces', {
      body: {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: ns, labels: { team: 'a', 'pod-security.kubernetes.io/enforce': 'baseline' } }
      }
    });
    const before = await kube.request<{ metadata: { resourceVersion: string } }>(
      'GET',
      `/api/v1/namespaces/${ns}`
    );
    const r = await ensureNamespace(kube, ns, RESTRICTED, true);
    expect(r).toEqual({
      name: ns,
      state: 'existing',
      podSecurity: { 'pod-security.kubernetes.io/enforce': 'baseline' },
      summary: `Namespace ${ns} exists and was left as it is: enforce=baseline.`
    });
    const after = await kube.request<{
      metadata: { resourceVersion: string; labels: Record<string, string> };
    }>('GET', `/api/v1/namespaces/${ns}`);
    expect(after.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
    expect(after.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('baseline');
  });

  test('create-namespace false only reads: a missing namespace is reported, not created', async () => {
    const kube = await adminKube();
    const ns = name('absent');
    const r = await ensureNamespace(kube, ns, RESTRICTED, false);
    expect(r.state).toBe('unknown');
    expect(r.summary).toContain('does not exist (not created');
    expect(await kube.getOptional(`/api/v1/namespaces/${ns}`)).toBeUndefined();
  });

  /** The admin acting as `user` (impersonation; the API server adds system:authenticated). */
  const as = async (user: string): Promise<KubeClient> =>
    new KubeClient(
      { ...(await loadKubeconfigFile(loadStack().kubeconfig)), impersonate: { user, groups: [], extra: {} } },
      { env: { PATH: process.env['PATH'] } }
    );

  test('an identity that may not read Namespaces (a namespace-scoped deploy role): reported, nothing created', async () => {
    const kube = await as(`ns-nobody-${suffix}`);
    const ns = name('unread');
    const r = await ensureNamespace(kube, ns, RESTRICTED, true);
    kube.close();
    expect(r).toEqual({
      name: ns,
      state: 'unknown',
      podSecurity: {},
      summary: `Namespace ${ns}: this identity may not read Namespace objects (get namespaces), so its Pod Security labels are not reported and it is not created; it must exist.`
    });
    expect(await (await adminKube()).getOptional(`/api/v1/namespaces/${ns}`)).toBeUndefined();
  });

  test('an identity that may read but not create Namespaces: one sentence naming the permission, nothing deployed', async () => {
    const admin = await adminKube();
    const user = `ns-reader-${suffix}`;
    const rbac = '/apis/rbac.authorization.k8s.io/v1';
    await admin.request('POST', `${rbac}/clusterroles`, {
      body: {
        metadata: { name: user },
        rules: [{ apiGroups: [''], resources: ['namespaces'], verbs: ['get'] }]
      }
    });
    await admin.request('POST', `${rbac}/clusterrolebindings`, {
      body: {
        metadata: { name: user },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: user },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }]
      }
    });
    const kube = await as(user);
    const ns = name('nocreate');
    try {
      const err = await ensureNamespace(kube, ns, RESTRICTED, true).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toBe(
        `Namespace ${ns} does not exist and this identity may not create namespaces (create namespaces); create it once with the cluster's admin credentials, or grant that permission. Nothing was deployed.`
      );
      expect(await admin.getOptional(`/api/v1/namespaces/${ns}`)).toBeUndefined();
    } finally {
      kube.close();
      await admin.request('DELETE', `${rbac}/clusterrolebindings/${user}`).catch(() => undefined);
      await admin.request('DELETE', `${rbac}/clusterroles/${user}`).catch(() => undefined);
    }
  });

  test('the frontdoor chart, deployed by the action, lands in the namespace the action labelled restricted', async () => {
    const ns = name('frontdoor');
    const release = 'flygtaxi-dev-frontdoor';
    const digest = 'sha256:' + 'e'.repeat(64);
    const r = await runDeploy({
      kubeconfig: loadStack().kubeconfig,
      'release-name': release,
      namespace: ns,
      chart: join(repoRoot, 'charts/frontdoor'),
      'values-files': join(repoRoot, 'charts/frontdoor/values-dev.yaml'),
      image: 'registry.local/flygtaxi/frontdoor',
      'image-tag': 'frontdoor-abc1234',
      'image-digest': digest,
      timeout: '90s'
    });
    expect(r.log).toContain(
      `Namespace ${ns} created with enforce=restricted (v1.37), audit=restricted, warn=restricted.`
    );
    expect(r.log).not.toContain('--create-namespace');
    expect(r.ok).toBe(true);
    expect(r.summary).toContain('created with enforce=restricted (v1.37)');
    const kube = await adminKube();
    const stored = await kube.request<{ metadata: { labels: Record<string, string> } }>(
      'GET',
      `/api/v1/namespaces/${ns}`
    );
    expect(stored.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    // Admitted under "restricted": the pods exist (kwok runs them) and carry the chart's image.
    const pods = (await releasePods(ns, release)).filter(p => !p.deleting);
    expect(pods.length).toBeGreaterThan(0);
    expect(pods.every(p => p.ready && p.image === `registry.local/flygtaxi/frontdoor@${digest}`)).toBe(true);
    // A second deploy finds the namespace and reports it as it is.
    const again = await runDeploy({
      kubeconfig: loadStack().kubeconfig,
      'release-name': release,
      namespace: ns,
      chart: join(repoRoot, 'charts/frontdoor'),
      'values-files': join(repoRoot, 'charts/frontdoor/values-dev.yaml'),
      image: 'registry.local/flygtaxi/frontdoor',
      'image-tag': 'frontdoor-abc1235',
      'image-digest': 'sha256:' + 'f'.repeat(64),
      timeout: '90s'
    });
    expect(again.ok).toBe(true);
    expect(again.log).toContain(
      `Namespace ${ns} exists and was left as it is: enforce=restricted (v1.37), audit=restricted, warn=restricted.`
    );
  }, 240_000);
});
