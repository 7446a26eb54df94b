/**
 * Workload policy, per pod template: no host access or privilege, Pod Security Standards
 * "restricted", an image pinned by version or digest, requests and a memory limit, and probes
 * on long-running pods. Test hook pods are relaxed where a short-lived pod needs no probes.
 * Istio's gateway injection: a pod labelled sidecar.istio.io/inject=true whose istio-proxy
 * container has the placeholder image `auto` gets that image (the proxy istiod is configured
 * with) and a readiness probe from the injection template, so neither is the chart's to pin;
 * everything else the chart writes for that container (resources, securityContext, liveness) is.
 */
import { arr, rec, type Collector, type Obj } from './common';
import { containersOf, type Container, type PodTemplate } from './workloads';

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

/** Effective securityContext value: the container's setting wins over the pod's. */
function effective(pod: Obj, c: Obj, key: string): unknown {
  const cv = rec(c['securityContext'])[key];
  return cv !== undefined ? cv : rec(pod['securityContext'])[key];
}

/** Whether Istio's injector fills this container in (the documented `image: auto` gateway pattern). */
export function isIstioInjectedProxy(p: PodTemplate, c: Container): boolean {
  return (
    p.labels['sidecar.istio.io/inject'] === 'true' &&
    !c.init &&
    c.name === 'istio-proxy' &&
    String(c.c['image'] ?? '') === 'auto'
  );
}

export function checkWorkloadPolicy(p: PodTemplate, out: Collector): void {
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

    const injected = isIstioInjectedProxy(p, c);
    const image = String(c.c['image'] ?? '');
    if (!image) out.add('error', 'image-tag', o, `${where(c)} has no image`);
    else if (!injected) {
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
        if (c.c[probe] === undefined && !(injected && probe === 'readinessProbe'))
          out.add('error', 'probes', o, `${where(c)} has no ${probe}`);
      }
    }
  }
}
