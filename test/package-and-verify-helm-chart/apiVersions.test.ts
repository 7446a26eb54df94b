/**
 * The API versions a cluster of a given Kubernetes version serves (what `.Capabilities` should
 * hold offline), the chart's own CRD APIs, and the dependency-source argv builders.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  apiVersionsFor,
  chartCrdApiVersions,
  kubeMinor,
  servedApiVersions
} from '../../actions/package-and-verify-helm-chart/src/apiVersions';
import {
  dependencySources,
  helmRegistryLoginArgs,
  helmRepoAddArgs,
  privateHelmConfig,
  repoName
} from '../../actions/package-and-verify-helm-chart/src/dependencies';
import { apiVersionsArgs, helmLintArgs } from '../../actions/package-and-verify-helm-chart/src/helmArgs';
import { tempDir } from './helpers';

test.each([
  ['1.33', 33],
  ['v1.21.4', 21],
  ['2.0', undefined],
  ['latest', undefined]
])('kubeMinor(%j) = %j', (v, want) => {
  expect(kubeMinor(v)).toBe(want);
});

test.each<[string, string[], string[]]>([
  [
    '1.33',
    [
      'policy/v1/PodDisruptionBudget',
      'autoscaling/v2/HorizontalPodAutoscaler',
      'batch/v1/CronJob',
      'networking.k8s.io/v1/Ingress'
    ],
    [
      'policy/v1beta1',
      'batch/v1beta1/CronJob',
      'autoscaling/v2beta2',
      'extensions/v1beta1/Ingress',
      'resource.k8s.io/v1'
    ]
  ],
  [
    '1.20',
    [
      'policy/v1beta1/PodDisruptionBudget',
      'batch/v1beta1/CronJob',
      'networking.k8s.io/v1/Ingress',
      'extensions/v1beta1'
    ],
    ['policy/v1', 'batch/v1/CronJob', 'autoscaling/v2']
  ],
  [
    '1.24',
    ['policy/v1/PodDisruptionBudget', 'policy/v1beta1/PodDisruptionBudget'],
    ['networking.k8s.io/v1beta1']
  ],
  [
    'v1.34.1',
    ['resource.k8s.io/v1/ResourceClaim', 'storage.k8s.io/v1/VolumeAttributesClass'],
    ['flowcontrol.apiserver.k8s.io/v1beta3']
  ]
])('Kubernetes %s serves what a real cluster does', (version, served, notServed) => {
  const apis = servedApiVersions(version);
  expect(apis).toEqual(expect.arrayContaining([...served, 'v1', 'v1/Service', 'apps/v1/Deployment']));
  for (const a of notServed) expect(apis).not.toContain(a);
});

test("the chart's CRDs (crds/ of the chart and its unpacked subcharts) add their served versions", () => {
  const chart = tempDir('pvhc-crds-');
  const crd = (group: string, kind: string, versions: string) =>
    `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: x.${group}\nspec:\n  group: ${group}\n  names:\n    kind: ${kind}\n  versions:\n${versions}`;
  mkdirSync(join(chart, 'crds'));
  writeFileSync(
    join(chart, 'crds', 'monitors.yaml'),
    crd(
      'monitoring.coreos.com',
      'ServiceMonitor',
      '    - name: v1\n      served: true\n    - name: v1alpha1\n      served: false\n'
    )
  );
  mkdirSync(join(chart, 'charts', 'rollouts', 'crds'), { recursive: true });
  writeFileSync(
    join(chart, 'charts', 'rollouts', 'crds', 'r.yml'),
    crd('argoproj.io', 'Rollout', '    - name: v1alpha1\n')
  );
  expect(chartCrdApiVersions(chart).sort()).toEqual([
    'argoproj.io/v1alpha1',
    'argoproj.io/v1alpha1/Rollout',
    'monitoring.coreos.com/v1',
    'monitoring.coreos.com/v1/ServiceMonitor'
  ]);
  const all = apiVersionsFor({ apiVersions: ['example.com/v1'], kubeVersion: '1.33', chart });
  expect(all[0]).toBe('example.com/v1');
  expect(all).toEqual(
    expect.arrayContaining(['policy/v1/PodDisruptionBudget', 'argoproj.io/v1alpha1/Rollout'])
  );
  // Without a kube-version only the user's list is passed: helm keeps its own defaults.
  expect(apiVersionsFor({ apiVersions: [], kubeVersion: '', chart })).toEqual([]);
});

test('argv: --api-versions once, comma-joined (template only; helm lint has no such flag)', () => {
  expect(apiVersionsArgs([])).toEqual([]);
  expect(apiVersionsArgs(['a/v1', 'b/v1/K'])).toEqual(['--api-versions', 'a/v1,b/v1/K']);
  expect(
    helmLintArgs('/p/c-1.0.0.tgz', { valuesFiles: [], set: [], namespace: 'ns', kubeVersion: '1.33' })
  ).toEqual(['lint', '/p/c-1.0.0.tgz', '--strict', '--namespace', 'ns', '--kube-version', '1.33.0']);
});

test('dependency sources: https repositories to add, OCI registries to log in to, aliases of the user', () => {
  expect(
    dependencySources([
      { name: 'a', version: '1', repository: 'https://charts.example.com/stable/' },
      { name: 'b', version: '1', repository: 'https://charts.example.com/stable' },
      { name: 'c', version: '1', repository: 'oci://registry.example.com:5000/charts' },
      { name: 'd', version: '1', repository: 'file://../d' },
      { name: 'e', version: '1', repository: '@bitnami' },
      { name: 'f', version: '1', repository: '' }
    ])
  ).toEqual({
    repositories: ['https://charts.example.com/stable'],
    registries: ['registry.example.com:5000'],
    aliases: ['bitnami']
  });
  const name = repoName('https://charts.example.com/stable');
  expect(name).toMatch(/^dep-[0-9a-f]{12}$/);
  expect(helmRepoAddArgs('https://charts.example.com/stable', '')).toEqual([
    'repo',
    'add',
    name,
    'https://charts.example.com/stable',
    '--force-update'
  ]);
  expect(helmRepoAddArgs('https://x', '/ca.pem').slice(-2)).toEqual(['--ca-file', '/ca.pem']);
  // The password goes on stdin, never in argv.
  expect(helmRegistryLoginArgs('r.example.com', 'ci', '')).toEqual([
    'registry',
    'login',
    'r.example.com',
    '--username',
    'ci',
    '--password-stdin'
  ]);
  // Plain HTTP only on the loopback interface; a remote registry keeps TLS (with the CA file).
  expect(helmRegistryLoginArgs('127.0.0.1:5000', 'ci', '/ca.pem').slice(-1)).toEqual(['--plain-http']);
  expect(helmRegistryLoginArgs('localhost:5000', 'ci', '')).toContain('--plain-http');
  expect(helmRegistryLoginArgs('127.example.com', 'ci', '/ca.pem').slice(-2)).toEqual([
    '--ca-file',
    '/ca.pem'
  ]);
  expect(privateHelmConfig('/rt/helm-config-x')).toEqual({
    HELM_REPOSITORY_CONFIG: '/rt/helm-config-x/repositories.yaml',
    HELM_REPOSITORY_CACHE: '/rt/helm-config-x/repository-cache',
    HELM_REGISTRY_CONFIG: '/rt/helm-config-x/registry-config.json'
  });
});
