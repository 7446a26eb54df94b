/**
 * Which objects make pods, and which labels those pods will really carry. The cross-resource
 * checks (Services, PDBs, ServiceMonitors, Rollout services) compare selectors with these pods,
 * so they must know what the controllers do: the StatefulSet controller adds the pod name and
 * ordinal, the Deployment controller a pod-template-hash, the Job controller the job name and
 * uid; an operator turns a custom resource (a Prometheus) into pods with labels of its own; an
 * Argo Rollout is a Deployment-like workload whose template may live in a referenced Deployment.
 */
import type { ManifestObject } from '../../../../src/lib/manifest';
import { ANY, annotationsOf, arr, rec, strMap, type Obj, type PodLabels } from './common';

/** A pod template found in a workload (or a bare Pod), with what the checks need to know. */
export interface PodTemplate {
  owner: ManifestObject;
  namespace: string;
  /** The template's own labels (what the workload's selector must match). */
  labels: Record<string, string>;
  /** Labels of the pods the controller creates: template labels plus the controller's own. */
  pods: PodLabels[];
  spec: Obj;
  /** Long-running (Deployment, StatefulSet, DaemonSet, ReplicaSet, Rollout): probes are required. */
  longRunning: boolean;
  /** A `helm test` hook pod: relaxed (no probes), still restricted. */
  testHook: boolean;
  /** false when the pod spec is not the chart's to check (an operator's pods, a workloadRef copy). */
  policy: boolean;
  /** false when the containers are not known (operator pods): port checks cannot judge them. */
  containersKnown: boolean;
  /** How the checks name these pods in messages (`StatefulSet/web creates web-0..web-2`). */
  describe: string;
}

const LONG_RUNNING = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController'
]);
const WORKLOAD_KINDS = new Set([...LONG_RUNNING, 'Job', 'CronJob', 'Pod']);

/** Argo Rollouts' Rollout: a Deployment replacement (argoproj.io/v1alpha1). */
export function isRollout(o: ManifestObject): boolean {
  return o.kind === 'Rollout' && o.apiVersion.startsWith('argoproj.io/');
}

/** A custom resource kind whose operator makes pods: which labels those pods carry. */
export interface CustomWorkload {
  kind: string;
  /** API group ('' matches any group). */
  group: string;
  /** Label values; `{name}` stands for the object's metadata.name. */
  labels: Record<string, string>;
}

const MANAGED_BY_PROMETHEUS_OPERATOR = { 'app.kubernetes.io/managed-by': 'prometheus-operator' };

/**
 * Operators whose custom resources are common in charts, with the labels the operator puts on
 * the pods it creates (prometheus-operator's statefulset builders), so a chart's own Service and
 * PDB over `prometheus-<name>` pods are judged against what will run.
 */
export const KNOWN_CUSTOM_WORKLOADS: CustomWorkload[] = [
  {
    kind: 'Prometheus',
    group: 'monitoring.coreos.com',
    labels: {
      ...MANAGED_BY_PROMETHEUS_OPERATOR,
      'app.kubernetes.io/name': 'prometheus',
      'app.kubernetes.io/instance': '{name}',
      'operator.prometheus.io/name': '{name}',
      prometheus: '{name}'
    }
  },
  {
    kind: 'PrometheusAgent',
    group: 'monitoring.coreos.com',
    labels: {
      ...MANAGED_BY_PROMETHEUS_OPERATOR,
      'app.kubernetes.io/name': 'prometheus-agent',
      'app.kubernetes.io/instance': '{name}',
      'operator.prometheus.io/name': '{name}'
    }
  },
  {
    kind: 'Alertmanager',
    group: 'monitoring.coreos.com',
    labels: {
      ...MANAGED_BY_PROMETHEUS_OPERATOR,
      'app.kubernetes.io/name': 'alertmanager',
      'app.kubernetes.io/instance': '{name}',
      alertmanager: '{name}'
    }
  },
  {
    kind: 'ThanosRuler',
    group: 'monitoring.coreos.com',
    labels: {
      ...MANAGED_BY_PROMETHEUS_OPERATOR,
      'app.kubernetes.io/name': 'thanos-ruler',
      'app.kubernetes.io/instance': '{name}',
      'thanos-ruler': '{name}'
    }
  }
];

/**
 * Annotation a chart puts on its own custom resource to say which labels its operator gives the
 * pods (`app=db,cluster={name}`), for operators this action does not know.
 */
export const POD_LABELS_ANNOTATION = 'flygtaxi.dev/pod-labels';

export function isTestHook(o: ManifestObject): boolean {
  const hooks = annotationsOf(o)['helm.sh/hook'] ?? '';
  return hooks
    .split(',')
    .map(s => s.trim())
    .some(h => h === 'test' || h === 'test-success');
}

export function hasHook(o: ManifestObject): boolean {
  return annotationsOf(o)['helm.sh/hook'] !== undefined;
}

function groupOf(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i > 0 ? apiVersion.slice(0, i) : '';
}

/** `k=v,k2={name}` → labels; undefined when malformed. */
export function parseLabelList(text: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const part of text.split(',').map(s => s.trim())) {
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return Object.keys(out).length ? out : undefined;
}

function replicasOf(o: ManifestObject, objects: ManifestObject[]): number {
  const own = Number(rec(o.doc['spec'])['replicas'] ?? 1);
  // An HPA may scale it beyond spec.replicas: its pods can have any ordinal below maxReplicas.
  const hpaMax = objects
    .filter(h => h.kind === 'HorizontalPodAutoscaler')
    .map(h => rec(h.doc['spec']))
    .filter(s => rec(s['scaleTargetRef'])['kind'] === o.kind && rec(s['scaleTargetRef'])['name'] === o.name)
    .map(s => Number(s['maxReplicas'] ?? 0));
  const n = Math.max(Number.isFinite(own) ? own : 1, ...hpaMax.filter(Number.isFinite), 1);
  // Enough to judge any per-pod Service a chart writes; a bound keeps a typo'd 1e9 cheap.
  return Math.min(n, 1000);
}

/** The labels each controller adds to the pods it creates, on top of the template's. */
function controllerPods(o: ManifestObject, labels: PodLabels, objects: ManifestObject[]): PodLabels[] {
  switch (o.kind) {
    case 'Deployment':
      return [{ ...labels, 'pod-template-hash': ANY }];
    case 'StatefulSet': {
      const n = replicasOf(o, objects);
      const start = Number(rec(rec(o.doc['spec'])['ordinals'])['start'] ?? 0) || 0;
      return Array.from({ length: n }, (_, i) => ({
        ...labels,
        'controller-revision-hash': ANY,
        'statefulset.kubernetes.io/pod-name': `${o.name}-${start + i}`,
        'apps.kubernetes.io/pod-index': String(start + i)
      }));
    }
    case 'DaemonSet':
      return [{ ...labels, 'controller-revision-hash': ANY, 'pod-template-generation': ANY }];
    case 'Job':
      return [
        {
          ...labels,
          'batch.kubernetes.io/job-name': o.name,
          'job-name': o.name,
          'batch.kubernetes.io/controller-uid': ANY,
          'controller-uid': ANY,
          ...(rec(o.doc['spec'])['completionMode'] === 'Indexed'
            ? { 'batch.kubernetes.io/job-completion-index': ANY }
            : {})
        }
      ];
    case 'CronJob':
      // The Jobs are named <cronjob>-<scheduled time>: not knowable from the render.
      return [
        {
          ...labels,
          'batch.kubernetes.io/job-name': ANY,
          'job-name': ANY,
          'batch.kubernetes.io/controller-uid': ANY,
          'controller-uid': ANY
        }
      ];
    case 'Rollout':
      return [{ ...labels, 'rollouts-pod-template-hash': ANY }];
    default:
      return [labels];
  }
}

function describePods(o: ManifestObject, pods: PodLabels[]): string {
  if (o.kind === 'StatefulSet' && pods.length) {
    const names = pods.map(p => p['statefulset.kubernetes.io/pod-name']);
    return `${o.id} (pods ${names.length > 1 ? `${names[0]}..${names[names.length - 1]}` : names[0]})`;
  }
  return o.id;
}

function templateOf(o: ManifestObject): Obj {
  if (o.kind === 'Pod') return o.doc;
  if (o.kind === 'CronJob') return rec(rec(rec(rec(o.doc['spec'])['jobTemplate'])['spec'])['template']);
  return rec(rec(o.doc['spec'])['template']);
}

/** The Deployment an Argo Rollout takes its pod template from (spec.workloadRef), if any. */
export function workloadRefOf(o: ManifestObject): { kind: string; name: string } | undefined {
  const ref = rec(rec(o.doc['spec'])['workloadRef']);
  if (!Object.keys(ref).length) return undefined;
  return { kind: String(ref['kind'] ?? ''), name: String(ref['name'] ?? '') };
}

export function podTemplateOf(
  o: ManifestObject,
  defaultNamespace: string,
  objects: ManifestObject[] = [o]
): PodTemplate | undefined {
  const namespace = o.namespace || defaultNamespace;
  if (WORKLOAD_KINDS.has(o.kind) || isRollout(o)) {
    let tpl = templateOf(o);
    let policy = true;
    const ref = isRollout(o) ? workloadRefOf(o) : undefined;
    if (ref) {
      // The template is the referenced Deployment's, which gets checked on its own.
      const target = objects.find(
        d => d.kind === ref.kind && d.name === ref.name && (d.namespace || defaultNamespace) === namespace
      );
      if (!target) return undefined;
      tpl = templateOf(target);
      policy = false;
    }
    const labels = strMap(rec(tpl['metadata'])['labels']);
    const pods = controllerPods(o, labels, objects);
    return {
      owner: o,
      namespace,
      labels,
      pods,
      spec: rec(tpl['spec']),
      longRunning: LONG_RUNNING.has(o.kind) || isRollout(o),
      testHook: isTestHook(o),
      policy,
      containersKnown: true,
      describe: describePods(o, pods)
    };
  }
  return customWorkloadPods(o, namespace, []);
}

/** Pods an operator makes from a custom resource: known kinds, declared kinds, or the annotation. */
export function customWorkloadPods(
  o: ManifestObject,
  namespace: string,
  declared: CustomWorkload[]
): PodTemplate | undefined {
  const group = groupOf(o.apiVersion);
  const annotated = annotationsOf(o)[POD_LABELS_ANNOTATION];
  const fromAnnotation = annotated !== undefined ? parseLabelList(annotated) : undefined;
  const known = [...declared, ...KNOWN_CUSTOM_WORKLOADS].find(
    w => w.kind === o.kind && (w.group === '' || w.group === group)
  );
  if (!fromAnnotation && !known) return undefined;
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(fromAnnotation ?? known?.labels ?? {}))
    base[k] = v.replace(/\{name\}/g, o.name);
  const spec = rec(o.doc['spec']);
  // prometheus-operator CRs let the chart add pod labels (spec.podMetadata.labels).
  const labels = { ...base, ...strMap(rec(spec['podMetadata'])['labels']) };
  // Operators run these as StatefulSets whose pods get the controller's labels too.
  const pods: PodLabels[] = [
    {
      ...labels,
      'controller-revision-hash': ANY,
      'statefulset.kubernetes.io/pod-name': ANY,
      'apps.kubernetes.io/pod-index': ANY
    }
  ];
  if (known?.group === 'monitoring.coreos.com')
    Object.assign(pods[0] as PodLabels, {
      'app.kubernetes.io/version': ANY,
      'operator.prometheus.io/shard': ANY
    });
  return {
    owner: o,
    namespace,
    labels,
    pods,
    spec: {},
    longRunning: true,
    testHook: false,
    policy: false,
    containersKnown: false,
    describe: `${o.id} (pods made by its operator)`
  };
}

/** Every pod-making object of the render, with its pods. */
export function podTemplates(
  objects: ManifestObject[],
  defaultNamespace: string,
  declared: CustomWorkload[] = []
): PodTemplate[] {
  const out: PodTemplate[] = [];
  for (const o of objects) {
    const p =
      WORKLOAD_KINDS.has(o.kind) || isRollout(o)
        ? podTemplateOf(o, defaultNamespace, objects)
        : customWorkloadPods(o, o.namespace || defaultNamespace, declared);
    if (p) out.push(p);
  }
  return out;
}

/** The containers of a pod spec, init containers first. */
export interface Container {
  c: Obj;
  name: string;
  init: boolean;
}

export function containersOf(spec: Obj): Container[] {
  const out: Container[] = [];
  for (const c of arr(spec['initContainers']))
    out.push({ c: rec(c), name: String(rec(c)['name'] ?? '?'), init: true });
  for (const c of arr(spec['containers']))
    out.push({ c: rec(c), name: String(rec(c)['name'] ?? '?'), init: false });
  return out;
}
