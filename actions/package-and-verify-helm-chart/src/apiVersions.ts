/**
 * What `.Capabilities.APIVersions` should hold when the chart is rendered for a Kubernetes
 * version: offline, helm knows only the API groups compiled into it and none of the
 * `group/version/Kind` entries charts test for (`policy/v1/PodDisruptionBudget`), so a chart
 * choosing its API by Capabilities renders the deprecated one. This table is what a real
 * cluster of each minor version serves by default (GA and on-by-default beta APIs, with the
 * release that added and the release that stopped serving them), plus the APIs of the CRDs the
 * chart ships in its crds/ directories. Hand-written: no library carries this table.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseManifest } from '../../../src/lib/manifest';

/** A kind, or a kind with the minor version that added it to its group version. */
type KindEntry = string | [string, number];

/** [group/version, first minor served, last minor served (undefined: still), kinds]. */
const SERVED: [string, number, number | undefined, KindEntry[]][] = [
  [
    'v1',
    0,
    undefined,
    [
      'ConfigMap',
      'Endpoints',
      'Event',
      'LimitRange',
      'Namespace',
      'Node',
      'PersistentVolume',
      'PersistentVolumeClaim',
      'Pod',
      'PodTemplate',
      'ReplicationController',
      'ResourceQuota',
      'Secret',
      'Service',
      'ServiceAccount'
    ]
  ],
  [
    'admissionregistration.k8s.io/v1',
    16,
    undefined,
    [
      'MutatingWebhookConfiguration',
      'ValidatingWebhookConfiguration',
      ['ValidatingAdmissionPolicy', 30],
      ['ValidatingAdmissionPolicyBinding', 30]
    ]
  ],
  [
    'admissionregistration.k8s.io/v1beta1',
    9,
    21,
    ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration']
  ],
  ['apiextensions.k8s.io/v1', 16, undefined, ['CustomResourceDefinition']],
  ['apiextensions.k8s.io/v1beta1', 7, 21, ['CustomResourceDefinition']],
  ['apiregistration.k8s.io/v1', 10, undefined, ['APIService']],
  ['apps/v1', 9, undefined, ['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet']],
  ['authentication.k8s.io/v1', 6, undefined, ['TokenReview', ['SelfSubjectReview', 28]]],
  [
    'authorization.k8s.io/v1',
    6,
    undefined,
    ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'SubjectAccessReview']
  ],
  ['autoscaling/v1', 2, undefined, ['HorizontalPodAutoscaler']],
  ['autoscaling/v2', 23, undefined, ['HorizontalPodAutoscaler']],
  ['autoscaling/v2beta1', 8, 24, ['HorizontalPodAutoscaler']],
  ['autoscaling/v2beta2', 12, 25, ['HorizontalPodAutoscaler']],
  ['batch/v1', 0, undefined, ['Job', ['CronJob', 21]]],
  ['batch/v1beta1', 8, 24, ['CronJob']],
  ['certificates.k8s.io/v1', 19, undefined, ['CertificateSigningRequest']],
  ['coordination.k8s.io/v1', 14, undefined, ['Lease']],
  ['discovery.k8s.io/v1', 21, undefined, ['EndpointSlice']],
  ['discovery.k8s.io/v1beta1', 17, 24, ['EndpointSlice']],
  ['events.k8s.io/v1', 19, undefined, ['Event']],
  ['events.k8s.io/v1beta1', 8, 24, ['Event']],
  ['extensions/v1beta1', 0, 21, ['Ingress']],
  ['flowcontrol.apiserver.k8s.io/v1', 29, undefined, ['FlowSchema', 'PriorityLevelConfiguration']],
  ['flowcontrol.apiserver.k8s.io/v1beta3', 26, 31, ['FlowSchema', 'PriorityLevelConfiguration']],
  ['flowcontrol.apiserver.k8s.io/v1beta2', 23, 28, ['FlowSchema', 'PriorityLevelConfiguration']],
  [
    'networking.k8s.io/v1',
    7,
    undefined,
    ['NetworkPolicy', ['Ingress', 19], ['IngressClass', 19], ['IPAddress', 33], ['ServiceCIDR', 33]]
  ],
  ['networking.k8s.io/v1beta1', 14, 21, ['Ingress', ['IngressClass', 18]]],
  ['node.k8s.io/v1', 20, undefined, ['RuntimeClass']],
  ['node.k8s.io/v1beta1', 14, 24, ['RuntimeClass']],
  ['policy/v1', 21, undefined, ['PodDisruptionBudget']],
  ['policy/v1beta1', 5, 24, ['PodDisruptionBudget', 'PodSecurityPolicy']],
  [
    'rbac.authorization.k8s.io/v1',
    8,
    undefined,
    ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding']
  ],
  [
    'resource.k8s.io/v1',
    34,
    undefined,
    ['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice']
  ],
  ['scheduling.k8s.io/v1', 14, undefined, ['PriorityClass']],
  [
    'storage.k8s.io/v1',
    6,
    undefined,
    [
      'StorageClass',
      'VolumeAttachment',
      ['CSINode', 17],
      ['CSIDriver', 18],
      ['CSIStorageCapacity', 24],
      ['VolumeAttributesClass', 34]
    ]
  ],
  ['storage.k8s.io/v1beta1', 6, 26, ['CSIStorageCapacity']]
];

/** `1.33`, `v1.33.2` → 33; undefined for anything that is not Kubernetes 1.x. */
export function kubeMinor(kubeVersion: string): number | undefined {
  const m = /^v?1\.(\d+)(?:\.\d+)?$/.exec(kubeVersion.trim());
  return m ? Number(m[1]) : undefined;
}

/** The group versions and `group/version/Kind` entries a cluster of that version serves. */
export function servedApiVersions(kubeVersion: string): string[] {
  const minor = kubeMinor(kubeVersion);
  if (minor === undefined) return [];
  const out: string[] = [];
  for (const [gv, from, to, kinds] of SERVED) {
    if (minor < from || (to !== undefined && minor > to)) continue;
    out.push(gv);
    for (const k of kinds) {
      const [kind, since] = typeof k === 'string' ? [k, 0] : k;
      if (minor >= since) out.push(`${gv}/${kind}`);
    }
  }
  return out;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory()
      ? yamlFiles(path.join(dir, e.name))
      : /\.ya?ml$/.test(e.name)
        ? [path.join(dir, e.name)]
        : []
  );
}

/** The served versions of the CRDs in the chart's crds/ and its unpacked subcharts' crds/. */
export function chartCrdApiVersions(chartDir: string): string[] {
  const dirs = [path.join(chartDir, 'crds')];
  const charts = path.join(chartDir, 'charts');
  if (existsSync(charts))
    for (const e of readdirSync(charts, { withFileTypes: true }))
      if (e.isDirectory()) dirs.push(path.join(charts, e.name, 'crds'));
  const out: string[] = [];
  for (const file of dirs.flatMap(yamlFiles)) {
    for (const o of parseManifest(readFileSync(file, 'utf8')).objects) {
      if (o.kind !== 'CustomResourceDefinition') continue;
      const spec = (o.doc['spec'] ?? {}) as Record<string, unknown>;
      const group = String(spec['group'] ?? '');
      const kind = String(((spec['names'] ?? {}) as Record<string, unknown>)['kind'] ?? '');
      const versions = Array.isArray(spec['versions']) ? (spec['versions'] as Record<string, unknown>[]) : [];
      for (const v of versions) {
        if (!group || v['served'] === false || typeof v['name'] !== 'string') continue;
        out.push(`${group}/${v['name']}`);
        if (kind) out.push(`${group}/${v['name']}/${kind}`);
      }
    }
  }
  return out;
}

/**
 * What is passed as `--api-versions`: the user's list, and when a kube-version is given the
 * APIs such a cluster serves plus the chart's own CRD APIs.
 */
export function apiVersionsFor(i: { apiVersions: string[]; kubeVersion: string; chart: string }): string[] {
  const extra = i.kubeVersion ? [...servedApiVersions(i.kubeVersion), ...chartCrdApiVersions(i.chart)] : [];
  return [...new Set([...i.apiVersions, ...extra])];
}
