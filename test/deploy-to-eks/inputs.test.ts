import * as path from 'node:path';
import { InputError } from '../../src/lib/errors';
import { getInputs, isInlineKubeconfig, type InputFs } from '../../actions/deploy-to-eks/src/inputs';

const WS = '/ws';
const files = new Set([
  `${WS}/chart.tgz`,
  `${WS}/values-dev.yaml`,
  `${WS}/kube/config`,
  `${WS}/chartdir/Chart.yaml`,
  '/usr/bin/helm'
]);
const dirs = new Set([`${WS}/chartdir`, `${WS}/emptydir`]);
/** A file system of two sets (no symlinks): realpath is the path itself when it exists. */
const fsx: InputFs = {
  realpath: p => {
    if (p === WS || files.has(p) || dirs.has(p)) return p;
    throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
  },
  isFile: p => files.has(p),
  isDirectory: p => dirs.has(p) || p === WS
};
const env = { GITHUB_WORKSPACE: WS, RUNNER_TEMP: '/tmp/rt' };

function read(inputs: Record<string, string>, e: NodeJS.ProcessEnv = env) {
  return getInputs(n => inputs[n], e, fsx);
}

function problems(inputs: Record<string, string>, e: NodeJS.ProcessEnv = env): string[] {
  try {
    read(inputs, e);
  } catch (err) {
    if (err instanceof InputError) return err.problems.map(p => `${p.input}: ${p.message}`);
    throw err;
  }
  return [];
}

const base = {
  kubeconfig: 'kube/config',
  'release-name': 'frontdoor',
  namespace: 'flygtaxi-dev',
  chart: 'chart.tgz'
};

describe('deploy-to-eks inputs', () => {
  test('defaults', () => {
    const i = read(base);
    expect(i).toMatchObject({
      cluster: { kind: 'kubeconfig', path: path.join(WS, 'kube/config') },
      releaseName: 'frontdoor',
      namespace: 'flygtaxi-dev',
      chart: { kind: 'archive', path: `${WS}/chart.tgz` },
      image: { repository: '', tag: '', digest: '', valuesKey: 'image' },
      createNamespace: true,
      namespacePodSecurity: { levels: { enforce: 'restricted' }, enforceVersion: '' },
      wait: true,
      timeoutSeconds: 300,
      rollbackOnFailure: true,
      historyMax: 10,
      skipUnchanged: true,
      recoverStuck: true,
      dryRun: 'none',
      forceConflicts: false,
      runnerTemp: '/tmp/rt'
    });
    expect(i.smoke).toBeUndefined();
  });

  test('EKS access with the region from the environment', () => {
    const i = read(
      { ...base, kubeconfig: '', 'cluster-name': 'dev-col-eu-north-1-eks' },
      { ...env, AWS_REGION: 'eu-north-1' }
    );
    expect(i.cluster).toEqual({ kind: 'eks', clusterName: 'dev-col-eu-north-1-eks', region: 'eu-north-1' });
  });

  test('inline kubeconfig content', () => {
    const text = 'apiVersion: v1\nkind: Config\nclusters: []';
    expect(read({ ...base, kubeconfig: text }).cluster).toEqual({ kind: 'kubeconfig', inline: text });
    expect(isInlineKubeconfig('{"apiVersion":"v1"}')).toBe(true);
    expect(isInlineKubeconfig('/home/me/.kube/config')).toBe(false);
  });

  test('image, values, set, smoke, chart directory and oci', () => {
    const i = read({
      ...base,
      chart: 'chartdir',
      'values-files': 'values-dev.yaml\n',
      set: 'replicaCount=3\npodAnnotations.a\\.b/c=x=y',
      image: '123456789012.dkr.ecr.eu-north-1.amazonaws.com/eks-dev',
      'image-tag': 'frontdoor-abc123',
      'image-digest': 'sha256:' + 'a'.repeat(64),
      'smoke-path': '/health',
      'smoke-service': 'frontdoor:http',
      timeout: '90s',
      'dry-run': 'server'
    });
    expect(i.chart).toEqual({ kind: 'directory', path: `${WS}/chartdir` });
    expect(i.valuesFiles).toEqual([`${WS}/values-dev.yaml`]);
    expect(i.set).toEqual([
      { key: 'replicaCount', value: '3' },
      { key: 'podAnnotations.a\\.b/c', value: 'x=y' }
    ]);
    expect(i.smoke).toEqual({ path: '/health', service: 'frontdoor', port: 'http' });
    expect(i.timeoutSeconds).toBe(90);
    expect(i.dryRun).toBe('server');
    expect(
      read({ ...base, chart: 'oci://registry.local/charts/frontdoor', 'chart-version': '1.2.3' }).chart
    ).toEqual({
      kind: 'oci',
      ref: 'oci://registry.local/charts/frontdoor',
      version: '1.2.3'
    });
  });

  test('every problem is reported together, by input name', () => {
    expect(
      problems({
        'release-name': 'Frontdoor_App',
        namespace: 'Bad NS',
        chart: 'missing.tgz',
        timeout: '5 minutes',
        'image-digest': 'sha256:abc',
        'history-max': '-1',
        'dry-run': 'maybe',
        wait: 'sometimes'
      })
    ).toEqual([
      'cluster-name / kubeconfig: set exactly one of cluster-name or kubeconfig (none is set)',
      expect.stringMatching(/^release-name: "Frontdoor_App" is not a valid release name/),
      expect.stringMatching(/^namespace: "Bad NS" is not a valid namespace/),
      expect.stringMatching(/^chart: "missing.tgz" does not exist/),
      'image-digest: "sha256:abc" is not valid: expected sha256: followed by 64 lower-case hex digits',
      'wait: "sometimes" is not a boolean (use true or false)',
      'timeout: "5 minutes" is not a duration (examples: 90s, 5m, 1h30m)',
      'history-max: -1 is out of range (0 to 1000)',
      'dry-run: "maybe" is not one of: none, client, server, diff, record'
    ]);
  });

  test.each([
    [
      { 'cluster-name': 'c', kubeconfig: 'kube/config' },
      'cluster-name / kubeconfig: set exactly one of cluster-name or kubeconfig (both are set)'
    ],
    [
      { kubeconfig: '', 'cluster-name': 'c' },
      'aws-region: is required with cluster-name (or set AWS_REGION)'
    ],
    [
      { kubeconfig: '', 'cluster-name': 'c', 'aws-region': 'north' },
      'aws-region: "north" is not an AWS region (e.g. eu-north-1)'
    ],
    [
      { kubeconfig: '', 'cluster-name': 'bad name', 'aws-region': 'eu-north-1' },
      expect.stringMatching(/^cluster-name: "bad name" is not valid/)
    ],
    [{ 'release-name': 'a'.repeat(54) }, expect.stringMatching(/at most 53 characters$/)],
    [{ namespace: 'n'.repeat(64) }, expect.stringMatching(/at most 63 characters$/)],
    [
      { kubeconfig: 'nope/config' },
      'kubeconfig: is neither a readable kubeconfig file nor kubeconfig content (YAML, JSON, or base64 of either); the value is not shown because it may hold credentials'
    ],
    [{ chart: 'emptydir' }, 'chart: directory "emptydir" has no Chart.yaml'],
    [{ chart: 'oci://' }, 'chart: "oci://" is not an oci:// reference (oci://<registry>/<path>)'],
    [
      { 'chart-version': '1.0.0' },
      'chart-version: only applies to oci:// charts; a packaged chart or directory has its own version'
    ],
    [{ 'values-files': 'values-prod.yaml' }, 'values-files: "values-prod.yaml" does not exist'],
    [{ set: 'novalue' }, 'set: line 1 is not KEY=VALUE (no key before an "=")'],
    [{ image: 'Registry/UPPER' }, expect.stringMatching(/^image: "Registry\/UPPER" is not valid/)],
    [{ image: 'repo:tag' }, expect.stringMatching(/^image: "repo:tag" is not valid/)],
    [{ 'image-tag': 'bad tag' }, expect.stringMatching(/^image-tag: "bad tag" is not valid/)],
    [{ 'image-values-key': 'a..b' }, expect.stringMatching(/^image-values-key: "a..b" is not valid/)],
    [{ 'smoke-path': 'health' }, expect.stringMatching(/^smoke-path: must start with \//)],
    [{ 'smoke-service': 'svc' }, 'smoke-service: needs smoke-path'],
    [{ 'helm-version': 'latest' }, 'helm-version: "latest" is not a version (e.g. v4.3.1)'],
    [{ 'helm-path': '/opt/helm' }, 'helm-path: "/opt/helm" does not exist'],
    [{ timeout: '0s' }, 'timeout: 0s is shorter than the minimum of 1s'],
    [
      { 'namespace-pod-security': 'enforce=strict' },
      'namespace-pod-security: enforce level "strict" is not one of privileged, baseline, restricted'
    ]
  ])('bad input %p', (over, expected) => {
    expect(problems({ ...base, ...over })).toEqual([expected]);
  });
});
