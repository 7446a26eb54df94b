/** Table tests for the pure parts of deploy-to-eks: argv builders, release records, diffs, rollout status. */
import { devNull } from 'node:os';
import { gzipSync } from 'node:zlib';
import { supportsReleaseLabels } from '../../actions/deploy-to-eks/src/deploy';
import {
  chartArgs,
  helmEnv,
  offlineHelmEnv,
  helmRollbackArgs,
  helmUninstallArgs,
  helmUpgradeArgs,
  helmOfflineRenderArgs,
  imageRef
} from '../../actions/deploy-to-eks/src/helmArgs';
import { getInputs, type Inputs } from '../../actions/deploy-to-eks/src/inputs';
import {
  canonicalJson,
  parseHelmReleaseOutput,
  releaseDifferences
} from '../../actions/deploy-to-eks/src/releaseDiff';
import {
  decodeReleaseData,
  deployedRecord,
  encodeReleaseData,
  planRecovery,
  secretToRecord,
  type HelmReleaseJson,
  type ReleaseRecord,
  type ReleaseStatus
} from '../../actions/deploy-to-eks/src/releaseStore';
import {
  describePod,
  formatProgress,
  podState,
  workloadStatus,
  workloadsReady
} from '../../actions/deploy-to-eks/src/rolloutWatcher';
import { pickService, proxyPath, releaseServices } from '../../actions/deploy-to-eks/src/smoke';
import { parseManifest } from '../../src/lib/manifest';

// Through getInputs (a stand-in file system), so the fixture follows the input table: an input
// added there needs no edit here.
const inputs: Inputs = getInputs(
  n =>
    ({
      kubeconfig: '/k',
      'release-name': 'web',
      namespace: 'apps',
      chart: '/w/web-1.0.0.tgz',
      'values-files': '/w/values-dev.yaml',
      set: 'replicaCount=2',
      image: 'reg.local/web',
      'image-tag': '1.10',
      'image-digest': 'sha256:' + 'b'.repeat(64)
    })[n],
  { GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/tmp' },
  { isFile: () => true, isDirectory: () => false, realpath: p => p }
);

describe('helm argv', () => {
  const values = [
    '--values',
    '/w/values-dev.yaml',
    '--set',
    'replicaCount=2',
    '--set',
    'image.repository=reg.local/web',
    '--set-string',
    'image.tag=1.10',
    '--set-string',
    `image.digest=sha256:${'b'.repeat(64)}`
  ];
  test('Helm 4 upgrade: watcher wait, rollback-on-failure, cleanup, history', () => {
    expect(helmUpgradeArgs(inputs, 4)).toEqual([
      'upgrade',
      '--install',
      'web',
      '/w/web-1.0.0.tgz',
      '--namespace',
      'apps',
      ...values,
      '--wait=watcher',
      '--wait-for-jobs',
      '--timeout',
      '300s',
      '--rollback-on-failure',
      '--cleanup-on-fail',
      '--history-max',
      '10',
      '--output',
      'json'
    ]);
  });
  test('Helm 3 upgrade: --wait and --atomic; force-conflicts only exists in Helm 4', () => {
    expect(helmUpgradeArgs({ ...inputs, forceConflicts: true }, 3)).toEqual([
      'upgrade',
      '--install',
      'web',
      '/w/web-1.0.0.tgz',
      '--namespace',
      'apps',
      ...values,
      '--wait',
      '--wait-for-jobs',
      '--timeout',
      '300s',
      '--atomic',
      '--cleanup-on-fail',
      '--history-max',
      '10',
      '--output',
      'json'
    ]);
    expect(helmUpgradeArgs({ ...inputs, forceConflicts: true }, 4)).toContain('--force-conflicts');
  });
  test('no wait and no rollback: neither flag', () => {
    const a = helmUpgradeArgs({ ...inputs, wait: false, rollbackOnFailure: false }, 4);
    expect(a.filter(x => /wait|rollback|atomic/.test(x))).toEqual([]);
  });
  test('dry runs render only, as JSON', () => {
    expect(helmUpgradeArgs(inputs, 4, 'server')).toEqual([
      'upgrade',
      '--install',
      'web',
      '/w/web-1.0.0.tgz',
      '--namespace',
      'apps',
      ...values,
      '--dry-run=server',
      '--output',
      'json'
    ]);
  });
  test("the diff's offline render: a client-side install dry run (no cluster), as JSON", () => {
    expect(helmOfflineRenderArgs(inputs)).toEqual([
      'install',
      'web',
      '/w/web-1.0.0.tgz',
      '--namespace',
      'apps',
      ...values,
      '--dry-run=client',
      '--output',
      'json'
    ]);
  });
  test('oci charts with a version; digest-only and tag-only images', () => {
    expect(chartArgs({ kind: 'oci', ref: 'oci://r/c', version: '1.2.3' })).toEqual([
      'oci://r/c',
      '--version',
      '1.2.3'
    ]);
    expect(chartArgs({ kind: 'oci', ref: 'oci://r/c', version: '' })).toEqual(['oci://r/c']);
    expect(imageRef(inputs.image)).toBe(`reg.local/web@sha256:${'b'.repeat(64)}`);
    expect(imageRef({ ...inputs.image, digest: '' })).toBe('reg.local/web:1.10');
    expect(imageRef({ repository: '', tag: 't', digest: '', valuesKey: 'image' })).toBe('t');
  });
  test('rollback and uninstall', () => {
    expect(helmRollbackArgs(inputs, 3, 4, true)).toEqual([
      'rollback',
      'web',
      '3',
      '--namespace',
      'apps',
      '--wait=watcher',
      '--wait-for-jobs',
      '--timeout',
      '300s',
      '--history-max',
      '10'
    ]);
    expect(helmRollbackArgs(inputs, 3, 4, false)).toEqual([
      'rollback',
      'web',
      '3',
      '--namespace',
      'apps',
      '--timeout',
      '300s',
      '--history-max',
      '10'
    ]);
    expect(helmUninstallArgs(inputs, 4)).toEqual([
      'uninstall',
      'web',
      '--namespace',
      'apps',
      '--wait=watcher',
      '--timeout',
      '300s'
    ]);
  });
  test('helm env: our kubeconfig, no stray context or namespace', () => {
    expect(
      helmEnv(
        { PATH: '/bin', HELM_KUBECONTEXT: 'x', HELM_NAMESPACE: 'y', KUBECONFIG: '/home/.kube/config' },
        '/rt/k'
      )
    ).toEqual({
      PATH: '/bin',
      KUBECONFIG: '/rt/k'
    });
  });
  test('offline render env (dry-run diff): no cluster at all, the null device as its kubeconfig', () => {
    expect(
      offlineHelmEnv({ PATH: '/bin', HELM_KUBECONTEXT: 'x', HELM_NAMESPACE: 'y', KUBECONFIG: '/rt/k' })
    ).toEqual({ PATH: '/bin', KUBECONFIG: devNull });
  });
});

function rel(version: number, status: ReleaseStatus, extra: Partial<HelmReleaseJson> = {}): HelmReleaseJson {
  return {
    name: 'web',
    namespace: 'apps',
    version,
    info: { status, last_deployed: '2026-01-01T00:00:00Z' },
    ...extra
  };
}
function rec(version: number, status: ReleaseStatus, updatedAt = '2026-01-01T00:00:00Z'): ReleaseRecord {
  return {
    secretName: `sh.helm.release.v1.web.v${version}`,
    resourceVersion: '1',
    revision: version,
    status,
    updatedAt: new Date(updatedAt),
    labels: {},
    release: rel(version, status)
  };
}

describe('release records', () => {
  test('decode → encode round trip, in the Secret data encoding Helm uses', () => {
    const r = rel(3, 'deployed', { manifest: '---\nkind: Service\n', config: { a: 1 } });
    const data = encodeReleaseData(r);
    expect(decodeReleaseData(data)).toEqual(r);
    // What Helm writes: base64(gzip(json)) as the Secret's bytes; the API adds one more base64.
    const helmStyle = Buffer.from(gzipSync(Buffer.from(JSON.stringify(r))).toString('base64')).toString(
      'base64'
    );
    expect(decodeReleaseData(helmStyle)).toEqual(r);
  });
  test('a Secret becomes a record; modifiedAt wins over last_deployed', () => {
    const r = secretToRecord({
      metadata: {
        name: 'sh.helm.release.v1.web.v2',
        resourceVersion: '42',
        labels: { status: 'pending-upgrade', modifiedAt: '1767225600' }
      },
      data: { release: encodeReleaseData(rel(2, 'pending-upgrade')) }
    });
    expect(r).toMatchObject({ revision: 2, status: 'pending-upgrade', resourceVersion: '42' });
    expect(r?.updatedAt.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  const now = new Date('2026-01-01T01:00:00Z');
  test.each([
    ['nothing pending', [rec(1, 'superseded'), rec(2, 'deployed')], 'none', undefined],
    ['no release', [], 'none', undefined],
    [
      'pending-upgrade, old → rollback to deployed',
      [rec(1, 'superseded'), rec(2, 'deployed'), rec(3, 'pending-upgrade')],
      'rollback',
      2
    ],
    [
      'pending-rollback → rollback to deployed',
      [rec(1, 'deployed'), rec(2, 'failed'), rec(3, 'pending-rollback')],
      'rollback',
      1
    ],
    [
      'only superseded left → rollback to it',
      [rec(1, 'superseded'), rec(2, 'failed'), rec(3, 'pending-upgrade')],
      'rollback',
      1
    ],
    ['never-deployed first install → uninstall', [rec(1, 'pending-install')], 'uninstall', undefined],
    [
      'pending-upgrade after only failures → mark failed',
      [rec(1, 'failed'), rec(2, 'pending-upgrade')],
      'mark-failed',
      undefined
    ],
    [
      'pending updated 30 s ago → busy (another run)',
      [rec(1, 'deployed'), rec(2, 'pending-upgrade', '2026-01-01T00:59:30Z')],
      'busy',
      undefined
    ]
  ])('%s', (_name, records, action, to) => {
    const plan = planRecovery(records, now, 300);
    expect(plan.action).toBe(action);
    if (to !== undefined) expect(plan).toMatchObject({ to });
  });
  test('deployedRecord picks the highest deployed revision', () => {
    expect(deployedRecord([rec(1, 'deployed'), rec(2, 'failed')])?.revision).toBe(1);
    expect(deployedRecord([rec(1, 'failed')])).toBeUndefined();
  });
});

describe('release differences', () => {
  const chart = {
    metadata: { name: 'web', version: '1.0.0', appVersion: '1.0' },
    values: { image: { tag: '' } }
  };
  const a = rel(2, 'deployed', {
    chart,
    config: { image: { tag: 'x' }, b: [1, 2] },
    manifest: 'kind: A\n',
    hooks: [{ name: 'h', manifest: 'm' }]
  });
  test.each([
    ['identical (key order ignored)', { config: { b: [1, 2], image: { tag: 'x' } } }, []],
    ['values', { config: { image: { tag: 'y' }, b: [1, 2] } }, ['values']],
    ['manifest', { manifest: 'kind: B\n' }, ['rendered manifest']],
    [
      'chart version',
      { chart: { ...chart, metadata: { ...chart.metadata, version: '1.0.1' } } },
      ['chart web-1.0.0 (app 1.0) → web-1.0.1 (app 1.0)']
    ],
    ['chart defaults', { chart: { ...chart, values: { image: { tag: 'z' } } } }, ['chart default values']],
    ['hooks', { hooks: [{ name: 'h', manifest: 'm2' }] }, ['hooks']]
  ])('%s', (_n, change, diffs) => {
    expect(releaseDifferences({ ...a, version: 3, ...change } as HelmReleaseJson, a)).toEqual(diffs);
  });
  test('canonical JSON sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [2, { y: 1, x: 0 }] } })).toBe(
      '{"a":{"c":[2,{"x":0,"y":1}]},"b":1}'
    );
  });
  test('helm JSON output after warnings parses; garbage does not', () => {
    expect(
      parseHelmReleaseOutput('WARNING: x\n{"name":"web","version":4,"info":{"status":"pending-upgrade"}}')
        ?.version
    ).toBe(4);
    expect(parseHelmReleaseOutput('no json')).toBeUndefined();
    expect(parseHelmReleaseOutput('{"broken"')).toBeUndefined();
  });
});

describe('rollout status', () => {
  const dep = (replicas: number, ready: number, updated: number, gen = 2, observed = 2) => ({
    metadata: { name: 'web', generation: gen },
    spec: { replicas, selector: { matchLabels: { app: 'web' } } },
    status: { observedGeneration: observed, readyReplicas: ready, updatedReplicas: updated }
  });
  test.each([
    [dep(3, 2, 3), 'deployment/web 2/3 ready', false],
    [dep(3, 3, 1), 'deployment/web 3/3 ready, 1/3 updated', false],
    [dep(3, 3, 3), 'deployment/web 3/3 ready', true],
    [dep(3, 3, 3, 3, 2), 'deployment/web 3/3 ready', false]
  ])('progress of %j', (o, line, ready) => {
    const w = workloadStatus('Deployment', o);
    expect(formatProgress([w])).toBe(line);
    expect(workloadsReady([w])).toBe(ready);
  });
  test('daemonsets and nothing yet', () => {
    const w = workloadStatus('DaemonSet', {
      metadata: { name: 'agent' },
      spec: {},
      status: { desiredNumberScheduled: 2, numberReady: 1, updatedNumberScheduled: 2 }
    });
    expect(formatProgress([w])).toBe('daemonset/agent 1/2 ready');
    expect(formatProgress([])).toBe('no workloads yet');
  });
  test('pod states: CrashLoopBackOff, ImagePullBackOff, Unschedulable', () => {
    const crash = podState({
      metadata: { name: 'web-1' },
      status: {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'False' }],
        containerStatuses: [
          {
            name: 'app',
            ready: false,
            restartCount: 5,
            state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m' } },
            lastState: { terminated: { exitCode: 1, reason: 'Error' } }
          }
        ]
      }
    });
    expect(describePod(crash)).toBe(
      'web-1 Running, not ready: app CrashLoopBackOff (exit 1, 5 restarts): back-off 5m'
    );
    const pull = podState({
      metadata: { name: 'web-2' },
      status: {
        phase: 'Pending',
        containerStatuses: [{ name: 'app', ready: false, state: { waiting: { reason: 'ImagePullBackOff' } } }]
      }
    });
    expect(describePod(pull)).toBe('web-2 Pending, not ready: app ImagePullBackOff');
    const sched = podState({
      metadata: { name: 'web-3' },
      status: {
        phase: 'Pending',
        conditions: [
          {
            type: 'PodScheduled',
            status: 'False',
            reason: 'Unschedulable',
            message: '0/2 nodes are available'
          }
        ]
      }
    });
    expect(describePod(sched)).toBe(
      'web-3 Pending, not ready [PodScheduled=False Unschedulable: 0/2 nodes are available]'
    );
  });
});

describe('smoke target', () => {
  const svcs = [
    { name: 'web', ports: [{ name: 'http', port: 80 }] },
    { name: 'web-metrics', ports: [{ name: '', port: 9090 }] }
  ];
  test.each([
    [
      { path: '/health', service: '', port: '' },
      { name: 'web', port: 'http' }
    ],
    [
      { path: '/health', service: 'web-metrics', port: '' },
      { name: 'web-metrics', port: '9090' }
    ],
    [
      { path: '/health', service: 'web', port: '8080' },
      { name: 'web', port: '8080' }
    ]
  ])('%j', (t, expected) => expect(pickService(svcs, 'web', t)).toEqual(expected));
  test('no Service, an unknown one, or one outside the release: a clear message', () => {
    expect(() => pickService([], 'web', { path: '/', service: '', port: '' })).toThrow(
      'the release has no Service'
    );
    expect(() => pickService(svcs, 'web', { path: '/', service: 'nope', port: '' })).toThrow(
      'smoke-service: no Service "nope" in the namespace'
    );
    expect(() => pickService(svcs, 'web', { path: '/', service: 'other', port: '' }, true)).toThrow(
      'smoke-service: Service "other" is not part of release web'
    );
    expect(() => pickService(svcs, 'api', { path: '/', service: '', port: '' })).toThrow(
      'smoke-path: the release has 2 Services (web, web-metrics); choose one with smoke-service'
    );
    expect(() =>
      pickService([{ name: 'web', ports: [] }], 'web', { path: '/', service: '', port: '' })
    ).toThrow('smoke-path: Service web has no ports');
  });
  test.each([
    [
      'a Service of the release',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - name: http\n      port: 80\n',
      ['web']
    ],
    [
      'its own namespace named',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: apps\nspec:\n  ports:\n    - port: 80\n',
      ['web']
    ],
    [
      "another namespace (not reachable as the release's)",
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: other\n',
      []
    ],
    [
      'a custom resource called Service',
      'apiVersion: example.io/v1\nkind: Service\nmetadata:\n  name: web\n',
      []
    ],
    ['a Deployment', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n', []],
    [
      'a Service inside a ConfigMap',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  x: |\n    kind: Service\n',
      []
    ]
  ])('releaseServices: %s', (_what, doc, names) =>
    expect(
      releaseServices(parseManifest(`---\n# Source: web/templates/x.yaml\n${doc}`).objects, 'apps').map(
        s => s.name
      )
    ).toEqual(names)
  );
  test('releaseServices keeps the ports as rendered', () => {
    const m =
      '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - name: http\n      port: 80\n    - port: 9090\n';
    expect(releaseServices(parseManifest(m).objects, 'apps')).toEqual([
      {
        name: 'web',
        ports: [
          { name: 'http', port: 80 },
          { name: '', port: 9090 }
        ]
      }
    ]);
  });
  test('proxy path', () => {
    expect(proxyPath('apps', 'web', 'http', '/health?x=1')).toBe(
      '/api/v1/namespaces/apps/services/web:http/proxy/health?x=1'
    );
  });
});

describe('helm capabilities', () => {
  test.each([
    ['v4.3.1', true],
    ['v3.13.0', true],
    ['v3.12.3', false],
    ['v2.17.0', false]
  ])('release labels with helm %s: %p', (v, ok) => expect(supportsReleaseLabels(v)).toBe(ok));
});
