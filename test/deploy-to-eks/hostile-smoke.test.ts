/**
 * smoke-path confinement against the REAL kube-apiserver of the local stack: a Secret in another
 * namespace that the deploy identity can read, and smoke paths that URL normalisation would move
 * out of the service proxy to it. Refused at input validation (nothing requested), and refused
 * again by the smoke request itself (defence in depth: the path is proven confined before it is
 * sent). Before the fix the same smoke request returned the Secret.
 */
import { InputError } from '../../src/lib/errors';
import { KubeClient } from '../../src/lib/kube';
import { loadKubeconfigFile } from '../../src/lib/kubeconfig';
import { getInputs } from '../../actions/deploy-to-eks/src/inputs';
import { releaseServices, smokeRequest } from '../../actions/deploy-to-eks/src/smoke';
import { parseManifest } from '../../src/lib/manifest';
import { confinedProxyPath, smokePathProblem } from '../../actions/deploy-to-eks/src/smokePath';
import { kubeRequest, loadStack } from '../helpers/stack';
import { FIXTURE_CHART, adminKube, closeAdmin, runDeploy, uniqueNamespace, waitFor } from './helpers';

jest.setTimeout(120_000);

const SECRET_VALUE = 'hostile-smoke-secret-value-4711';

/** Smoke paths that leave /api/v1/namespaces/<ns>/services/<svc>:<port>/proxy/ once normalised. */
function escapes(other: string): [string, string][] {
  const target = `api/v1/namespaces/${other}/secrets/db`;
  const up = '../'.repeat(7);
  return [
    ['dot segments', `/${up}${target}`],
    ['encoded dots', `/${'%2e%2e/'.repeat(7)}${target}`],
    ['upper-case encoded dots', `/${'%2E%2E/'.repeat(7)}${target}`],
    ['mixed encoded dots', `/${'%2E./.%2e/'.repeat(4)}${target}`],
    ['after a real segment', `/health/${up}${target}`],
    ['encoded slashes', `/..%2f..%2f..%2f..%2f..%2f..%2f..%2f${target}`],
    ['double encoding', `/${'%252e%252e/'.repeat(7)}${target}`],
    ['backslashes', `/${'..\\'.repeat(7)}${target}`],
    ['a tab the URL parser drops', `/${'.\t./'.repeat(7)}${target}`],
    ['a newline the URL parser drops', `/${'.\n./'.repeat(7)}${target}`],
    ['a host', `//127.0.0.1/${target}`],
    ['a scheme', `https://127.0.0.1/${target}`],
    ['a fragment hiding dots', `/#/${up}${target}`],
    ['a lone dot segment', `/./${up}${target}`]
  ];
}

describe('smoke-path grammar (pure)', () => {
  test.each([['/health'], ['/'], ['/ready?verbose=1&x=a%20b'], ['/a/b.c/d..e/~x'], ['/api/v1/x:y@z']])(
    '%p is a plain path, confined',
    p => {
      expect(smokePathProblem(p)).toBeUndefined();
      expect(confinedProxyPath('apps', 'web', 'http', p)).toBe(
        `/api/v1/namespaces/apps/services/web:http/proxy${p}`
      );
    }
  );
  test.each(escapes('kube-system'))('%s: refused by the grammar and by the proof', (_why, p) => {
    expect(smokePathProblem(p)).toEqual(expect.any(String));
    expect(confinedProxyPath('apps', 'web', 'http', p)).toBeUndefined();
  });
  test.each([['/health?'], ['/x?a=%zz'], ["/x?a='1'"], ['/x y'], ['/é']])('%p is refused', p =>
    expect(smokePathProblem(p)).toEqual(expect.any(String))
  );
});

/** The Service as the release renders it (its manifest is where the smoke request finds it). */
const WEB_SERVICE = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', annotations: { 'meta.helm.sh/release-name': 'web' } },
  spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80 }] }
};
const OWN = releaseServices(parseManifest(`---\n${JSON.stringify(WEB_SERVICE)}\n`).objects, '');

describe('smoke-path cannot reach another namespace (real kube-apiserver)', () => {
  const ns = uniqueNamespace('hsmoke');
  const other = uniqueNamespace('hsmoke-other');
  let kube: KubeClient;

  beforeAll(async () => {
    for (const n of [ns, other]) {
      const r = await kubeRequest('POST', '/api/v1/namespaces', {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: n }
      });
      expect(r.status).toBe(201);
    }
    await waitFor(
      async () =>
        (
          await kubeRequest('POST', `/api/v1/namespaces/${other}/secrets`, {
            apiVersion: 'v1',
            kind: 'Secret',
            metadata: { name: 'db' },
            stringData: { password: SECRET_VALUE }
          })
        ).status === 201,
      30_000,
      'the Secret to be created'
    );
    // The release's own Service, as helm labels it: the one a smoke request may reach.
    const svc = await kubeRequest('POST', `/api/v1/namespaces/${ns}/services`, WEB_SERVICE);
    expect(svc.status).toBe(201);
    kube = new KubeClient(await loadKubeconfigFile(loadStack().kubeconfig));
  });

  afterAll(async () => {
    for (const n of [ns, other]) await kubeRequest('DELETE', `/api/v1/namespaces/${n}`);
    kube?.close();
    closeAdmin();
  });

  test('control: the deploy identity can read the Secret directly (so an escape would leak it)', async () => {
    const s = await kube.get<{ data: Record<string, string> }>(`/api/v1/namespaces/${other}/secrets/db`);
    expect(Buffer.from(s.data['password'] as string, 'base64').toString()).toBe(SECRET_VALUE);
  });

  test.each(escapes(other))('%s: the smoke request refuses before sending anything', async (_why, p) => {
    const request = jest.spyOn(kube, 'request');
    try {
      const res = smokeRequest(kube, ns, 'web', { path: p, service: '', port: '' }, OWN, {
        attempts: 1,
        delayMs: 1
      });
      await expect(res).rejects.toThrow(/smoke-path/);
      await res.catch((err: Error) => expect(err.message).not.toContain(SECRET_VALUE));
      // The Services come from the release's manifest: nothing went out at all.
      expect(request).not.toHaveBeenCalled();
    } finally {
      request.mockRestore();
    }
  });

  test("smoke-service naming a Service of the namespace that the release does not render: refused as not the release's, after one GET", async () => {
    const request = jest.spyOn(kube, 'request');
    try {
      const res = smokeRequest(kube, ns, 'other-release', { path: '/health', service: 'web', port: '' }, [], {
        attempts: 1,
        delayMs: 1
      });
      await expect(res).rejects.toThrow(
        'smoke-service: Service "web" is not part of release other-release; a smoke request goes only to the release\'s own Services'
      );
      expect(request.mock.calls.map(c => `${c[0]} ${c[1]}`)).toEqual([
        `GET /api/v1/namespaces/${ns}/services/web`
      ]);
    } finally {
      request.mockRestore();
    }
  });

  test('smoke-service naming no Service at all: said so; a Service of the release is not looked up', async () => {
    const request = jest.spyOn(kube, 'request');
    try {
      await expect(
        smokeRequest(kube, ns, 'web', { path: '/health', service: 'nope', port: '' }, OWN, { attempts: 1 })
      ).rejects.toThrow('smoke-service: no Service "nope" in the namespace');
      expect(request.mock.calls.map(c => c[1])).toEqual([`/api/v1/namespaces/${ns}/services/nope`]);
    } finally {
      request.mockRestore();
    }
  });

  test.each(escapes(other))('%s: refused at input validation, by name', (_why, p) => {
    let err: unknown;
    try {
      getInputs(
        n =>
          ({
            kubeconfig: loadStack().kubeconfig,
            'release-name': 'web',
            namespace: ns,
            chart: FIXTURE_CHART,
            'smoke-path': p
          })[n],
        { GITHUB_WORKSPACE: process.cwd() }
      );
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems.map(x => x.input)).toEqual(['smoke-path']);
  });

  test('the action with a hostile smoke-path fails at validation and changes nothing', async () => {
    const fresh = uniqueNamespace('hsmoke-none');
    const r = await runDeploy({
      kubeconfig: loadStack().kubeconfig,
      'release-name': 'web',
      namespace: fresh,
      chart: FIXTURE_CHART,
      'smoke-path': `/../../../../../../../api/v1/namespaces/${other}/secrets/db`
    });
    expect(r.ok).toBe(false);
    expect(r.log).toMatch(/::error::1 invalid input; nothing was changed:(%0A|\n) {2}- smoke-path: /);
    expect(r.log).not.toContain(SECRET_VALUE);
    expect(r.outputs).toEqual({});
    // Nothing was requested: the namespace the deploy would have created does not exist.
    const admin = await adminKube();
    expect(await admin.getOptional(`/api/v1/namespaces/${fresh}`)).toBeUndefined();
  });
});
