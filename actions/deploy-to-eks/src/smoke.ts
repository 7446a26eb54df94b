/**
 * The smoke request after a successful rollout: GET a path of the release's Service through the
 * API server's service proxy (/api/v1/namespaces/<ns>/services/<name>:<port>/proxy/<path>), so
 * it needs no ingress, load balancer or port-forward — only the deploy role's API access.
 */
import { KubeApiError, type KubeClient } from '../../../src/lib/kube';
import { UserError } from '../../../src/lib/errors';
import { helmReleaseOf, metadataOf } from '../../../src/lib/kubeObject';
import { withRetry } from '../../../src/lib/retry';
import type { SmokeTarget } from './inputs';
import { confinedProxyPath } from './smokePath';

type Obj = Record<string, unknown>;

export interface ServiceInfo {
  name: string;
  ports: { name: string; port: number }[];
  release: string;
}

export function serviceInfo(o: Obj): ServiceInfo {
  const ports = ((((o['spec'] ?? {}) as Obj)['ports'] ?? []) as Obj[]).map(p => ({
    name: String(p['name'] ?? ''),
    port: Number(p['port'])
  }));
  return { name: String(metadataOf(o)['name']), ports, release: helmReleaseOf(o) };
}

/** Which Service and port to call: the input's, else the release's only one (or the one named like it). */
export function pickService(
  services: ServiceInfo[],
  release: string,
  target: SmokeTarget
): { name: string; port: string } {
  // Only the release's own Services: the request runs with the deploy identity.
  const own = services.filter(s => s.release === release);
  let svc: ServiceInfo | undefined;
  if (target.service) {
    svc = own.find(s => s.name === target.service);
    if (!svc) {
      throw new UserError(
        services.some(s => s.name === target.service)
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

/** GETs the path, retrying briefly (endpoints lag a just-finished rollout); throws a UserError naming the URL. */
export async function smokeRequest(
  kube: KubeClient,
  namespace: string,
  release: string,
  target: SmokeTarget,
  opts: { attempts?: number; delayMs?: number } = {}
): Promise<SmokeResult> {
  const services = (await kube.list<Obj>(`/api/v1/namespaces/${encodeURIComponent(namespace)}/services`)).map(
    serviceInfo
  );
  const { name, port } = pickService(services, release, target);
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
    const why =
      last instanceof KubeApiError
        ? `HTTP ${last.status}${last.reason ? ` ${last.reason}` : ''}: ${last.message.split('\n')[0]}`
        : String((last as Error)?.message ?? last);
    throw new UserError(
      `Smoke request GET ${target.path} to service ${name}:${port} failed after ${attempts} attempts (${p}): ${why}`
    );
  }
}
