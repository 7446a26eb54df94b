/**
 * The benchmarks' own Kubernetes API access, with the local stack's admin kubeconfig (client
 * certificate): setting up what a bench needs (namespaces, placeholder pods, CRDs) without going
 * through the code under measurement. Run directly by Node 24 (type stripping).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** Minimal API access with the stack's admin kubeconfig (client certificate), for the bench's own checks. */
export function kubeApi(kubeconfigPath: string) {
  const kc = parseYaml(readFileSync(kubeconfigPath, 'utf8')) as {
    clusters: { cluster: { server: string; 'certificate-authority-data': string } }[];
    users: { user: { 'client-certificate-data': string; 'client-key-data': string } }[];
  };
  const c = kc.clusters[0]!.cluster;
  const u = kc.users[0]!.user;
  const b64 = (s: string) => Buffer.from(s, 'base64');
  const call = (method: string, path: string, body?: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = request(
        new URL(c.server + path),
        {
          method,
          ca: b64(c['certificate-authority-data']),
          cert: b64(u['client-certificate-data']),
          key: b64(u['client-key-data']),
          headers: payload
            ? { 'Content-Type': method === 'PATCH' ? 'application/merge-patch+json' : 'application/json' }
            : {}
        },
        res => {
          let text = '';
          res.setEncoding('utf8').on('data', (d: string) => (text += d));
          res.on('end', () =>
            (res.statusCode ?? 0) < 300 || res.statusCode === 409
              ? resolve(text ? JSON.parse(text) : {})
              : reject(new Error(`${method} ${path}: HTTP ${res.statusCode} ${text.slice(0, 200)}`))
          );
        }
      );
      req.on('error', reject);
      req.end(payload);
    });
  return {
    get: (p: string) => call('GET', p),
    post: (p: string, b: unknown) => call('POST', p, b),
    patch: (p: string, b: unknown) => call('PATCH', p, b),
    delete: (p: string) => call('DELETE', p)
  };
}

export type KubeApi = ReturnType<typeof kubeApi>;

/** Installs the CRDs of the `*.yaml` files in dir that pass the filter, and waits until each is Established. */
export async function installCrds(
  api: KubeApi,
  dir: string,
  filter: (file: string) => boolean
): Promise<void> {
  const names: string[] = [];
  for (const f of readdirSync(dir).filter(x => x.endsWith('.yaml') && filter(x))) {
    const crd = parseYaml(readFileSync(join(dir, f), 'utf8')) as { metadata: { name: string } };
    // 409 (already there) counts as installed: CRDs are cluster-scoped and outlive a bench run.
    await api.post('/apis/apiextensions.k8s.io/v1/customresourcedefinitions', crd);
    names.push(crd.metadata.name);
  }
  for (const name of names) {
    for (let deadline = Date.now() + 60_000; ;) {
      const crd = (await api.get(`/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`)) as {
        status?: { conditions?: { type: string; status: string }[] };
      };
      if (crd.status?.conditions?.some(c => c.type === 'Established' && c.status === 'True')) break;
      if (Date.now() > deadline) throw new Error(`CRD ${name} not Established after 60 s`);
      await new Promise(r => setTimeout(r, 250));
    }
  }
}
