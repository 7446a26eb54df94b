/**
 * The smoke request after a successful rollout: GET a path of the release's Service through the
 * API server's service proxy (/api/v1/namespaces/<ns>/services/<name>:<port>/proxy/<path>), so
 * it needs no ingress, load balancer or port-forward — only the deploy role's API access.
 *
 * The release's Services come from the revision's rendered manifest, which the release model
 * already holds, not from a Service list: right after helm wrote them, a consistent list of
 * Services waits for the API server's watch cache to catch up (it asks etcd for progress every
 * 100 ms), measured at ~70 ms of a ~90 ms smoke gate on the local stack. Only a smoke-service that
 * is not in the manifest costs a request (one GET, to say whether it exists outside the release).
 */
import { KubeApiError, type KubeClient } from '../../../src/lib/kube';
import { UserError } from '../../../src/lib/errors';
import { metadataOf, str } from '../../../src/lib/kubeObject';
import type { ManifestObject } from '../../../src/lib/manifest';
import { withRetry } from '../../../src/lib/retry';
import type { SmokeTarget } from './inputs';
import { confinedProxyPath } from './smokePath';

type Obj = Record<string, unknown>;

export interface ServiceInfo {
  name: string;
  ports: { name: string; port: number }[];
}

export function serviceInfo(o: Obj): ServiceInfo {
  const ports = ((((o['spec'] ?? {}) as Obj)['ports'] ?? []) as Obj[]).map(p => ({
    name: String(p['name'] ?? ''),
    port: Number(p['port'])
  }));
  return { name: str(metadataOf(o)['name']), ports };
}

/**
 * The release's own Services in `namespace`: the core/v1 Services of its rendered manifest that
 * helm created there (no namespace of their own, or this one). Only these are smoke targets: the
 * request runs with the deploy identity.
 */
export function releaseServices(objects: readonly ManifestObject[], namespace: string): ServiceInfo[] {
  return objects
    .filter(
      o =>
        o.kind === 'Service' &&
        o.apiVersion === 'v1' &&
        o.name !== '' &&
        (o.namespace === '' || o.namespace === namespace)
    )
    .map(o => serviceInfo(o.doc));
}

/**
 * Which Service and port to call: the input's, else the release's only one (or the one named like
 * it). `own` are the release's Services; `elsewhere` says whether a smoke-service missing from
 * them exists in the namespace all the same (outside the release), for the message.
 */
export function pickService(
  own: readonly ServiceInfo[],
  release: string,
  target: SmokeTarget,
  elsewhere = false
): { name: string; port: string } {
  let svc: ServiceInfo | undefined;
  if (target.service) {
    svc = own.find(s => s.name === target.service);
    if (!svc) {
      throw new UserError(
        elsewhere
          ? `smoke-service: Service "${target.service}" is not part of release ${release}; a smoke request goes only to the release's own Services`
          : `smoke-service: no Service "${target.service}" in the namespace`
      );
    }
  } else {
    svc =
      own.length === 1
        ? own[0]
        : (own.find(s => s.name === release) ?? own.find(s => s.name.startsWith(release)));
    if (!svc) {
      throw new UserError(
        own.length
          ? `smoke-path: the release has ${own.length} Services (${own.map(s => s.name).join(', ')}); choose one with smoke-service`
          : 'smoke-path: the release has no Service to send the smoke request to'
      );
    }
  }
  const port = target.port || (svc.ports[0] ? svc.ports[0].name || String(svc.ports[0].port) : '');
  if (!port) throw new UserError(`smoke-path: Service ${svc.name} has no ports`);
  return { name: svc.name, port };
}

/** The confined service-proxy request path (see smokePath.ts); throws when it is not confined. */
export function proxyPath(namespace: string, service: string, port: string, urlPath: string): string {
  const p = confinedProxyPath(namespace, service, port, urlPath);
  if (!p)
    throw new UserError(
      `smoke-path: the request would leave the service proxy of ${service}:${port}; nothing was requested`
    );
  return p;
}

export interface SmokeResult {
  url: string;
  attempts: number;
  body: string;
}

/**
 * GETs the path from one of `services` (the release's own, releaseServices), retrying briefly
 * (endpoints lag a just-finished rollout; the first try goes at once); throws a UserError naming
 * the URL.
 */
export async function smokeRequest(
  kube: KubeClient,
  namespace: string,
  release: string,
  target: SmokeTarget,
  services: readonly ServiceInfo[],
  opts: { attempts?: number; delayMs?: number } = {}
): Promise<SmokeResult> {
  // A smoke-service the release does not render: one GET says whether it exists outside it. When
  // that cannot be told (no get on Services), "not part of the release" is still true.
  const elsewhere =
    !!target.service &&
    !services.some(s => s.name === target.service) &&
    (await kube
      .getOptional(
        `/api/v1/namespaces/${encodeURIComponent(namespace)}/services/${encodeURIComponent(target.service)}`
      )
      .then(
        found => found !== undefined,
        () => true
      ));
  const { name, port } = pickService(services, release, target, elsewhere);
  const p = proxyPath(namespace, name, port, target.path);
  const attempts = opts.attempts ?? 3;
  const delayMs = opts.delayMs ?? 2000;
  let tries = 0;
  try {
    // Every failure is worth another try here: endpoints lag a rollout that just finished.
    const body = await withRetry(
      async attempt => {
        tries = attempt;
        return kube.get<string>(p, { text: true, timeoutMs: 10_000 });
      },
      { attempts, baseMs: delayMs, maxMs: delayMs, random: () => 1, isTransient: () => true }
    );
    return { url: p, attempts: tries, body };
  } catch (last) {
    // What the service (or the API server) answered; refused credentials or a missing
    // permission in the client's sentence.
    const why =
      last instanceof KubeApiError
        ? last.refusal || last.status === 401
          ? last.message
          : `HTTP ${last.status}${last.reason ? ` ${last.reason}` : ''}: ${last.serverMessage.split('\n')[0]}`
        : String((last as Error)?.message ?? last);
    throw new UserError(
      `Smoke request GET ${target.path} to service ${name}:${port} failed after ${attempts} attempts (${p}): ${why}`
    );
  }
}
