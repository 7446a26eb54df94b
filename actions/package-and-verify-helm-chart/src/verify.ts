/**
 * The checks over a parsed render: structure, cross-resource consistency and workload policy.
 * Pure: objects in, findings out. Each finding names its check, the object and the template
 * (`# Source:`) it came from, so main can turn it into an annotation on the right file.
 */
import { arr, rec, selectorMatches, strMap, type Obj } from '../../../src/lib/kubeObject';
import type { ManifestObject } from '../../../src/lib/manifest';

export { selectorMatches };

export type Level = 'error' | 'warning';

export interface Finding {
  level: Level;
  check: string;
  message: string;
  /** `Kind/name`; '' for findings about the render as a whole. */
  object: string;
  /** Template path as Helm prints it (`frontdoor/templates/service.yaml`); '' when unknown. */
  source: string;
}

export interface VerifyOptions {
  requiredKinds: string[];
  /** ServiceAccounts that exist outside the chart. */
  externalServiceAccounts?: string[];
  /** Namespace objects without metadata.namespace land in. */
  namespace?: string;
  /** false (policy: off) skips the workload policy checks. */
  workloadPolicy?: boolean;
}

/** A pod template found in a workload (or a bare Pod), with what the checks need to know. */
export interface PodTemplate {
  owner: ManifestObject;
  namespace: string;
  labels: Record<string, string>;
  spec: Obj;
  /** Long-running (Deployment, StatefulSet, DaemonSet, ReplicaSet): probes are required. */
  longRunning: boolean;
  /** A `helm test` hook pod: relaxed (no probes), still restricted. */
  testHook: boolean;
}

const LONG_RUNNING = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController'
]);
const WORKLOAD_KINDS = new Set([...LONG_RUNNING, 'Job', 'CronJob', 'Pod']);

export function isTestHook(o: ManifestObject): boolean {
  const hooks = strMap(rec(rec(o.doc['metadata'])['annotations']))['helm.sh/hook'] ?? '';
  return hooks
    .split(',')
    .map(s => s.trim())
    .some(h => h === 'test' || h === 'test-success');
}

export function podTemplateOf(o: ManifestObject, defaultNamespace: string): PodTemplate | undefined {
  if (!WORKLOAD_KINDS.has(o.kind)) return undefined;
  let tpl: Obj;
  if (o.kind === 'Pod') tpl = o.doc;
  else if (o.kind === 'CronJob') tpl = rec(rec(rec(rec(o.doc['spec'])['jobTemplate'])['spec'])['template']);
  else tpl = rec(rec(o.doc['spec'])['template']);
  return {
    owner: o,
    namespace: o.namespace || defaultNamespace,
    labels: strMap(rec(tpl['metadata'])['labels']),
    spec: rec(tpl['spec']),
    longRunning: LONG_RUNNING.has(o.kind),
    testHook: isTestHook(o)
  };
}

function isEmptySelector(selector: Obj): boolean {
  return (
    Object.keys(strMap(selector['matchLabels'])).length === 0 &&
    arr(selector['matchExpressions']).length === 0
  );
}

interface Container {
  c: Obj;
  name: string;
  init: boolean;
}

function containersOf(spec: Obj): Container[] {
  const out: Container[] = [];
  for (const c of arr(spec['initContainers']))
    out.push({ c: rec(c), name: String(rec(c)['name'] ?? '?'), init: true });
  for (const c of arr(spec['containers']))
    out.push({ c: rec(c), name: String(rec(c)['name'] ?? '?'), init: false });
  return out;
}

/** An IAM role ARN as IRSA expects it: partition, 12-digit account, role/ with an optional path. */
export const IAM_ROLE_ARN =
  /^arn:aws(?:-cn|-us-gov|-iso|-iso-[a-z])?:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const IRSA_ANNOTATION = 'eks.amazonaws.com/role-arn';

/** Tags that are moved by design (the seed's `<image>-latest` included). */
const MUTABLE_TAGS = new Set([
  'latest',
  'main',
  'master',
  'stable',
  'edge',
  'nightly',
  'dev',
  'develop',
  'head'
]);

/** Splits `registry:5000/repo:tag@sha256:…` into its tag and digest ('' when absent). */
export function parseImageRef(image: string): { name: string; tag: string; digest: string } {
  let rest = image.trim();
  let digest = '';
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = '';
  const colon = rest.lastIndexOf(':');
  // A colon after the last slash separates the tag; before it, it is a registry port.
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { name: rest, tag, digest };
}

export function isMutableTag(tag: string): boolean {
  const t = tag.toLowerCase();
  return t === '' || MUTABLE_TAGS.has(t) || t.endsWith('-latest');
}

class Collector {
  readonly findings: Finding[] = [];
  add(level: Level, check: string, o: ManifestObject | undefined, message: string): void {
    this.findings.push({ level, check, message, object: o ? o.id : '', source: o ? o.source : '' });
  }
}

export function verifyManifest(objects: ManifestObject[], options: VerifyOptions): Finding[] {
  const out = new Collector();
  const ns = options.namespace ?? 'default';
  const nsOf = (o: ManifestObject) => o.namespace || ns;

  checkStructure(objects, options, out);
  const pods = objects.map(o => podTemplateOf(o, ns)).filter((p): p is PodTemplate => p !== undefined);
  // Services, PDBs and Ingresses route to long-running pods; hook pods are not traffic targets.
  const servedPods = pods.filter(p => !p.testHook && !hasHook(p.owner));

  checkWorkloadSelectors(pods, out);
  checkServices(objects, servedPods, nsOf, out);
  checkIngresses(objects, nsOf, out);
  checkServiceAccounts(objects, pods, options.externalServiceAccounts ?? [], out);
  checkIrsa(objects, out);
  checkPdbs(objects, servedPods, nsOf, out);
  checkHpas(objects, nsOf, out);
  if (options.workloadPolicy !== false) for (const p of pods) checkWorkloadPolicy(p, out);
  return out.findings;
}

function hasHook(o: ManifestObject): boolean {
  return strMap(rec(rec(o.doc['metadata'])['annotations']))['helm.sh/hook'] !== undefined;
}

function checkStructure(objects: ManifestObject[], options: VerifyOptions, out: Collector): void {
  const kinds = new Set(objects.map(o => o.kind));
  for (const k of options.requiredKinds) {
    if (!kinds.has(k))
      out.add(
        'error',
        'required-kinds',
        undefined,
        `the render has no ${k} (required-kinds: ${options.requiredKinds.join(',')})`
      );
  }
  const seen = new Map<string, ManifestObject>();
  for (const o of objects) {
    const missing = [!o.apiVersion && 'apiVersion', !o.kind && 'kind', !o.name && 'metadata.name'].filter(
      Boolean
    );
    if (missing.length)
      out.add('error', 'object-fields', o, `document ${o.index + 1} has no ${missing.join(', ')}`);
    if (!o.kind || !o.name) continue;
    const key = `${o.kind}/${o.namespace}/${o.name}`;
    const first = seen.get(key);
    if (first) {
      out.add(
        'error',
        'duplicate',
        o,
        `${o.id} is defined twice (also in ${first.source || `document ${first.index + 1}`})`
      );
    } else seen.set(key, o);
  }
}

function checkWorkloadSelectors(pods: PodTemplate[], out: Collector): void {
  for (const p of pods) {
    if (p.owner.kind === 'Pod' || p.owner.kind === 'Job' || p.owner.kind === 'CronJob') continue;
    const sel = rec(rec(p.owner.doc['spec'])['selector']);
    if (isEmptySelector(sel)) {
      out.add('error', 'workload-selector', p.owner, `${p.owner.id} has no spec.selector`);
    } else if (!selectorMatches(sel, p.labels)) {
      out.add(
        'error',
        'workload-selector',
        p.owner,
        `${p.owner.id}: spec.selector does not match its pod template labels`
      );
    }
  }
}

interface PortRef {
  number?: number;
  name?: string;
}

function portRef(v: unknown): PortRef {
  if (typeof v === 'number') return { number: v };
  if (typeof v === 'string' && /^\d+$/.test(v)) return { number: Number(v) };
  if (typeof v === 'string' && v) return { name: v };
  return {};
}

function describePort(p: PortRef): string {
  return p.name !== undefined ? `"${p.name}"` : String(p.number);
}

function checkServices(
  objects: ManifestObject[],
  pods: PodTemplate[],
  nsOf: (o: ManifestObject) => string,
  out: Collector
): void {
  for (const svc of objects.filter(o => o.kind === 'Service')) {
    const spec = rec(svc.doc['spec']);
    if (spec['type'] === 'ExternalName') continue;
    const selector = strMap(spec['selector']);
    // No selector means endpoints are managed elsewhere (a deliberate pattern), not a mistake.
    if (Object.keys(selector).length === 0) continue;
    const selected = pods.filter(p => p.namespace === nsOf(svc) && selectorMatches(selector, p.labels, true));
    if (selected.length === 0) {
      const wanted = Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
      out.add(
        'error',
        'service-selector',
        svc,
        `${svc.id} selects no pods of any workload in the render (selector ${wanted})`
      );
      continue;
    }
    for (const port of arr(spec['ports'])) {
      const p = rec(port);
      const target = portRef(p['targetPort'] ?? p['port']);
      if (target.number === undefined && target.name === undefined) continue;
      const ok = selected.some(pod =>
        containersOf(pod.spec)
          .filter(c => !c.init)
          .some(c =>
            arr(c.c['ports']).some(cp => {
              const q = rec(cp);
              return target.name !== undefined
                ? q['name'] === target.name
                : Number(q['containerPort']) === target.number;
            })
          )
      );
      if (!ok) {
        const owners = [...new Set(selected.map(s => s.owner.id))].join(', ');
        out.add(
          'error',
          'service-target-port',
          svc,
          `${svc.id} port ${String(p['name'] ?? p['port'])} targets ${describePort(target)}, which no container of ${owners} exposes`
        );
      }
    }
  }
}

interface Backend {
  service: string;
  port: PortRef;
}

function ingressBackends(spec: Obj): Backend[] {
  const backends: Obj[] = [];
  const def = rec(spec['defaultBackend'] ?? spec['backend']);
  if (Object.keys(def).length) backends.push(def);
  for (const rule of arr(spec['rules']))
    for (const p of arr(rec(rec(rule)['http'])['paths'])) backends.push(rec(rec(p)['backend']));
  const out: Backend[] = [];
  for (const b of backends) {
    const svc = rec(b['service']);
    if (Object.keys(svc).length) {
      const port = rec(svc['port']);
      out.push({
        service: String(svc['name'] ?? ''),
        port: port['name'] !== undefined ? { name: String(port['name']) } : portRef(port['number'])
      });
    } else if (b['serviceName'] !== undefined) {
      // extensions/v1beta1 and networking.k8s.io/v1beta1 shape.
      out.push({ service: String(b['serviceName']), port: portRef(b['servicePort']) });
    }
  }
  return out;
}

function checkIngresses(
  objects: ManifestObject[],
  nsOf: (o: ManifestObject) => string,
  out: Collector
): void {
  const services = objects.filter(o => o.kind === 'Service');
  for (const ing of objects.filter(o => o.kind === 'Ingress')) {
    for (const b of ingressBackends(rec(ing.doc['spec']))) {
      const svc = services.find(s => s.name === b.service && nsOf(s) === nsOf(ing));
      if (!svc) {
        out.add(
          'error',
          'ingress-backend',
          ing,
          `${ing.id} routes to Service "${b.service}", which is not in the render`
        );
        continue;
      }
      const ports = arr(rec(svc.doc['spec'])['ports']).map(rec);
      const ok =
        b.port.name !== undefined
          ? ports.some(p => p['name'] === b.port.name)
          : ports.some(p => Number(p['port']) === b.port.number);
      if (b.port.name === undefined && b.port.number === undefined) {
        out.add('error', 'ingress-backend', ing, `${ing.id} routes to Service "${b.service}" without a port`);
      } else if (!ok) {
        out.add(
          'error',
          'ingress-backend',
          ing,
          `${ing.id} routes to port ${describePort(b.port)} of Service "${b.service}", which has no such port`
        );
      }
    }
  }
}

function checkServiceAccounts(
  objects: ManifestObject[],
  pods: PodTemplate[],
  external: string[],
  out: Collector
): void {
  const accounts = new Set(objects.filter(o => o.kind === 'ServiceAccount').map(o => o.name));
  for (const p of pods) {
    const name = String(p.spec['serviceAccountName'] ?? p.spec['serviceAccount'] ?? '');
    // The namespace's default account always exists; policy on using it is a separate matter.
    if (!name || name === 'default') continue;
    if (!accounts.has(name) && !external.includes(name)) {
      out.add(
        'error',
        'service-account',
        p.owner,
        `${p.owner.id} runs as ServiceAccount "${name}", which is not in the render (declare it in external-service-accounts if it exists outside the chart)`
      );
    }
  }
}

function checkIrsa(objects: ManifestObject[], out: Collector): void {
  for (const sa of objects.filter(o => o.kind === 'ServiceAccount')) {
    const annotations = strMap(rec(sa.doc['metadata'])['annotations']);
    if (!(IRSA_ANNOTATION in annotations)) continue;
    const arn = (annotations[IRSA_ANNOTATION] as string).trim();
    if (!IAM_ROLE_ARN.test(arn)) {
      out.add(
        'error',
        'irsa-role-arn',
        sa,
        `${sa.id}: ${IRSA_ANNOTATION} "${arn}" is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>)`
      );
    }
  }
}

function checkPdbs(
  objects: ManifestObject[],
  pods: PodTemplate[],
  nsOf: (o: ManifestObject) => string,
  out: Collector
): void {
  for (const pdb of objects.filter(o => o.kind === 'PodDisruptionBudget')) {
    const sel = rec(rec(pdb.doc['spec'])['selector']);
    if (isEmptySelector(sel)) {
      out.add(
        'error',
        'pdb-target',
        pdb,
        `${pdb.id} has an empty selector (it would cover every pod in the namespace)`
      );
      continue;
    }
    if (!pods.some(p => p.namespace === nsOf(pdb) && selectorMatches(sel, p.labels))) {
      out.add('error', 'pdb-target', pdb, `${pdb.id} selects no pods of any workload in the render`);
    }
  }
}

function checkHpas(objects: ManifestObject[], nsOf: (o: ManifestObject) => string, out: Collector): void {
  for (const hpa of objects.filter(o => o.kind === 'HorizontalPodAutoscaler')) {
    const ref = rec(rec(hpa.doc['spec'])['scaleTargetRef']);
    const kind = String(ref['kind'] ?? '');
    const name = String(ref['name'] ?? '');
    if (!objects.some(o => o.kind === kind && o.name === name && nsOf(o) === nsOf(hpa))) {
      out.add(
        'error',
        'hpa-target',
        hpa,
        `${hpa.id} scales ${kind || '<no kind>'}/${name || '<no name>'}, which is not in the render`
      );
    }
  }
}

/** Effective securityContext value: the container's setting wins over the pod's. */
function effective(pod: Obj, c: Obj, key: string): unknown {
  const cv = rec(c['securityContext'])[key];
  return cv !== undefined ? cv : rec(pod['securityContext'])[key];
}

function checkWorkloadPolicy(p: PodTemplate, out: Collector): void {
  const o = p.owner;
  const spec = p.spec;
  const where = (c: Container) => `${o.id} ${c.init ? 'init container' : 'container'} "${c.name}"`;

  for (const key of ['hostNetwork', 'hostPID', 'hostIPC'] as const) {
    if (spec[key] === true) out.add('error', 'host-access', o, `${o.id} sets ${key}: true`);
  }
  for (const v of arr(spec['volumes'])) {
    if (rec(v)['hostPath'] !== undefined)
      out.add('error', 'host-access', o, `${o.id} mounts hostPath volume "${String(rec(v)['name'] ?? '?')}"`);
  }

  const podSc = rec(spec['securityContext']);
  const podSeccomp = rec(podSc['seccompProfile'])['type'];

  for (const c of containersOf(spec)) {
    const sc = rec(c.c['securityContext']);

    if (sc['privileged'] === true) out.add('error', 'privileged', o, `${where(c)} is privileged`);
    for (const port of arr(c.c['ports'])) {
      if (rec(port)['hostPort'] !== undefined)
        out.add('error', 'host-access', o, `${where(c)} binds hostPort ${String(rec(port)['hostPort'])}`);
    }

    // Pod Security Standards "restricted".
    if (effective(spec, c.c, 'runAsNonRoot') !== true)
      out.add('error', 'security-context', o, `${where(c)} does not set runAsNonRoot: true`);
    if (effective(spec, c.c, 'runAsUser') === 0)
      out.add('error', 'security-context', o, `${where(c)} runs as UID 0`);
    if (sc['allowPrivilegeEscalation'] !== false)
      out.add('error', 'security-context', o, `${where(c)} does not set allowPrivilegeEscalation: false`);
    const caps = rec(sc['capabilities']);
    if (!arr(caps['drop']).map(String).includes('ALL'))
      out.add('error', 'security-context', o, `${where(c)} does not drop ALL capabilities`);
    const added = arr(caps['add'])
      .map(String)
      .filter(a => a !== 'NET_BIND_SERVICE');
    if (added.length)
      out.add(
        'error',
        'security-context',
        o,
        `${where(c)} adds capabilities ${added.join(', ')} (restricted allows only NET_BIND_SERVICE)`
      );
    const seccomp = rec(sc['seccompProfile'])['type'] ?? podSeccomp;
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') {
      out.add(
        'error',
        'security-context',
        o,
        `${where(c)} has no seccompProfile RuntimeDefault or Localhost`
      );
    }
    if (sc['readOnlyRootFilesystem'] !== true && !p.testHook) {
      out.add(
        'warning',
        'read-only-root-filesystem',
        o,
        `${where(c)} does not set readOnlyRootFilesystem: true`
      );
    }

    const image = String(c.c['image'] ?? '');
    if (!image) out.add('error', 'image-tag', o, `${where(c)} has no image`);
    else {
      const ref = parseImageRef(image);
      if (!ref.digest && isMutableTag(ref.tag)) {
        out.add(
          'error',
          'image-tag',
          o,
          `${where(c)} uses image "${image}" with ${ref.tag ? `the mutable tag "${ref.tag}"` : 'no tag (means latest)'} and no digest; pin a version or @sha256 digest`
        );
      }
    }

    const resources = rec(c.c['resources']);
    const requests = rec(resources['requests']);
    const limits = rec(resources['limits']);
    const missing = [
      requests['cpu'] === undefined && 'requests.cpu',
      requests['memory'] === undefined && 'requests.memory',
      limits['memory'] === undefined && 'limits.memory'
    ].filter(Boolean);
    // Test pods are short-lived; missing sizing there is worth a note, not a failed build.
    if (missing.length)
      out.add(p.testHook ? 'warning' : 'error', 'resources', o, `${where(c)} has no ${missing.join(', ')}`);

    if (p.longRunning && !c.init) {
      for (const probe of ['readinessProbe', 'livenessProbe'] as const) {
        if (c.c[probe] === undefined) out.add('error', 'probes', o, `${where(c)} has no ${probe}`);
      }
    }
  }
}
