/**
 * The Kubernetes API client against the REAL kube-apiserver of the local stack: through a real
 * forward proxy on 127.0.0.1 (started here, counting what it tunnels), tls-server-name on the
 * session of a client certificate an exec plugin returns, impersonation, and an RBAC-limited
 * ServiceAccount whose refusal must be one sentence naming verb, resource and namespace.
 *
 * The proxy reaches the apiserver by the name `kube-apiserver.proxy.test` (which it resolves to
 * 127.0.0.1 itself, as any forward proxy resolves names): Go and the actions never proxy a
 * loopback address, so a name is the only honest way to send loopback traffic through a proxy.
 * The apiserver's certificate does not name it, so those requests also need tls-server-name.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/lib/errors';
import { KubeApiError, KubeClient } from '../../src/lib/kube';
import { loadKubeconfigFile, type KubeConnection } from '../../src/lib/kubeconfig';
import { listReleaseRecords } from '../../actions/deploy-to-eks/src/releaseStore';
import { startForwardProxy, viaProxyName, type ForwardProxy } from '../helpers/forwardProxy';
import { loadStack } from '../helpers/stack';
import { HELM, adminKube, closeAdmin, runDeploy, uniqueNamespace } from './helpers';

let admin: KubeConnection;
let proxy: ForwardProxy;
const NO_PROXY_ENV = { PATH: process.env['PATH'] };

beforeAll(async () => {
  admin = await loadKubeconfigFile(loadStack().kubeconfig);
  proxy = await startForwardProxy();
});
afterAll(async () => {
  await proxy.close();
  closeAdmin();
});
beforeEach(() => {
  proxy.seen.length = 0;
});

const port = () => new URL(admin.server).port;
const proxiedServer = () => viaProxyName(admin.server, 'kube-apiserver');

/** An exec plugin printing the admin client certificate and key, as a cert-minting plugin does. */
function certPlugin(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ft-certplugin-'));
  const file = join(dir, 'plugin.js');
  const status = {
    clientCertificateData: admin.clientCert?.toString('utf8'),
    clientKeyData: admin.clientKey?.toString('utf8')
  };
  writeFileSync(
    file,
    `const i=JSON.parse(process.env.KUBERNETES_EXEC_INFO);console.log(JSON.stringify({kind:'ExecCredential',apiVersion:i.apiVersion,status:${JSON.stringify(status)}}));`
  );
  return file;
}

function execCertConnection(over: Partial<KubeConnection>): KubeConnection {
  const { clientCert: _c, clientKey: _k, ...rest } = admin;
  return {
    ...rest,
    exec: {
      command: process.execPath,
      args: [certPlugin()],
      env: {},
      apiVersion: 'client.authentication.k8s.io/v1',
      baseDir: '/'
    },
    ...over
  };
}

describe('through a real forward proxy (HTTPS_PROXY, NO_PROXY, proxy-url)', () => {
  test('HTTPS_PROXY: the API calls are tunnelled through the proxy (CONNECT counted)', async () => {
    const kube = new KubeClient(
      { ...admin, server: proxiedServer(), tlsServerName: 'kubernetes' },
      { env: { ...NO_PROXY_ENV, HTTPS_PROXY: proxy.url } }
    );
    const nss = await kube.list('/api/v1/namespaces');
    kube.close();
    expect(nss.length).toBeGreaterThan(0);
    expect(proxy.seen).toContain(`CONNECT kube-apiserver.proxy.test:${port()}`);
  });

  test('lower-case https_proxy too', async () => {
    const kube = new KubeClient(
      { ...admin, server: proxiedServer(), tlsServerName: 'kubernetes' },
      { env: { ...NO_PROXY_ENV, https_proxy: proxy.url } }
    );
    await kube.get('/version');
    kube.close();
    expect(proxy.seen).toEqual([`CONNECT kube-apiserver.proxy.test:${port()}`]);
  });

  test('NO_PROXY naming the domain: a direct connection (which cannot resolve the name)', async () => {
    const kube = new KubeClient(
      { ...admin, server: proxiedServer(), tlsServerName: 'kubernetes' },
      { env: { ...NO_PROXY_ENV, HTTPS_PROXY: proxy.url, NO_PROXY: '.proxy.test' } }
    );
    await expect(kube.verifyAccess('default')).rejects.toThrow(
      /Cannot reach the Kubernetes API at https:\/\/kube-apiserver\.proxy\.test:\d+: the host name does not resolve/
    );
    kube.close();
    expect(proxy.seen).toEqual([]);
  });

  test("the kubeconfig's proxy-url, with no proxy variables at all", async () => {
    const kube = new KubeClient(
      { ...admin, server: proxiedServer(), tlsServerName: 'kubernetes', proxyUrl: proxy.url },
      { env: NO_PROXY_ENV }
    );
    await kube.verifyAccess('default');
    kube.close();
    expect(proxy.seen.length).toBeGreaterThan(0);
  });

  test('helm takes the same way: with the same kubeconfig and HTTPS_PROXY it goes through the proxy too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-proxy-helm-'));
    const kc = join(dir, 'kubeconfig');
    const b64 = (b?: Buffer) => b?.toString('base64') ?? '';
    writeFileSync(
      kc,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': 'p',
        clusters: [
          {
            name: 'p',
            cluster: {
              server: proxiedServer(),
              'tls-server-name': 'kubernetes',
              'certificate-authority-data': b64(admin.ca)
            }
          }
        ],
        contexts: [{ name: 'p', context: { cluster: 'p', user: 'p' } }],
        users: [
          {
            name: 'p',
            user: {
              'client-certificate-data': b64(admin.clientCert),
              'client-key-data': b64(admin.clientKey)
            }
          }
        ]
      }),
      { mode: 0o600 }
    );
    // Asynchronously: the proxy runs in this process's event loop.
    const child = spawn(HELM, ['list', '-A', '-q'], {
      env: { ...NO_PROXY_ENV, HOME: dir, KUBECONFIG: kc, HTTPS_PROXY: proxy.url },
      stdio: 'ignore'
    });
    const code = await new Promise<number | null>(r => child.on('exit', r));
    expect(code).toBe(0);
    expect(proxy.seen).toContain(`CONNECT kube-apiserver.proxy.test:${port()}`);
  });
});

describe('tls-server-name on every TLS path', () => {
  test('exec plugin returning a client certificate: tls-server-name is checked on its session', async () => {
    // The certificate names kubernetes.default, not wrong.example.test: honouring tls-server-name
    // must make this fail exactly as client-go would (the old code dropped it and succeeded).
    const wrong = new KubeClient(execCertConnection({ tlsServerName: 'wrong.example.test' }), {
      env: NO_PROXY_ENV
    });
    await expect(wrong.verifyAccess('default')).rejects.toThrow(
      /Cannot reach the Kubernetes API at https:\/\/127\.0\.0\.1:\d+: the server certificate does not match/
    );
    wrong.close();
    const right = new KubeClient(execCertConnection({ tlsServerName: 'kubernetes.default' }), {
      env: NO_PROXY_ENV
    });
    expect((await right.list('/api/v1/namespaces')).length).toBeGreaterThan(0);
    right.close();
  });

  test('exec client certificate + tls-server-name + proxy together (the reported failure: ERR_TLS_CERT_ALTNAME_INVALID)', async () => {
    const kube = new KubeClient(
      execCertConnection({ server: proxiedServer(), tlsServerName: 'kubernetes' }),
      {
        env: { ...NO_PROXY_ENV, HTTPS_PROXY: proxy.url }
      }
    );
    expect((await kube.list('/api/v1/namespaces')).length).toBeGreaterThan(0);
    kube.close();
    expect(proxy.seen.length).toBeGreaterThan(0);
  });
});

describe('RBAC: refusals name the verb, resource and namespace (real RBAC, a limited ServiceAccount)', () => {
  const ns = uniqueNamespace('dte-rbac');
  let token = '';

  beforeAll(async () => {
    const k = await adminKube();
    await k.request('POST', '/api/v1/namespaces', { body: { metadata: { name: ns } } });
    await k.request('POST', `/api/v1/namespaces/${ns}/serviceaccounts`, {
      body: { metadata: { name: 'deployer' } }
    });
    await k.request('POST', `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/roles`, {
      body: {
        metadata: { name: 'configmaps-only' },
        rules: [{ apiGroups: [''], resources: ['configmaps', 'namespaces'], verbs: ['get', 'list'] }]
      }
    });
    await k.request('POST', `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/rolebindings`, {
      body: {
        metadata: { name: 'deployer' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'configmaps-only' },
        subjects: [{ kind: 'ServiceAccount', name: 'deployer', namespace: ns }]
      }
    });
    const tr = await k.request<{ status: { token: string } }>(
      'POST',
      `/api/v1/namespaces/${ns}/serviceaccounts/deployer/token`,
      {
        body: {
          apiVersion: 'authentication.k8s.io/v1',
          kind: 'TokenRequest',
          spec: { expirationSeconds: 3600 }
        }
      }
    );
    token = tr.status.token;
  });

  const limited = (): KubeConnection => {
    const { clientCert: _c, clientKey: _k, ...rest } = admin;
    return { ...rest, token };
  };

  test('reading the release records (Secrets) without list on secrets: a UserError sentence', async () => {
    const kube = new KubeClient(limited(), { env: NO_PROXY_ENV });
    const err = (await listReleaseRecords(kube, ns, 'web', 'secret').catch((e: unknown) => e)) as Error;
    kube.close();
    expect(err).toBeInstanceOf(UserError);
    expect(err).toBeInstanceOf(KubeApiError);
    expect(err.message).toBe(
      `The deploy identity (system:serviceaccount:${ns}:deployer) may not list secrets in namespace "${ns}" (HTTP 403 Forbidden): grant it a Role that allows "list" on "secrets" in "${ns}".`
    );
    // What it may do still works.
    const ok = new KubeClient(limited(), { env: NO_PROXY_ENV });
    expect(await listReleaseRecords(ok, ns, 'web', 'configmap')).toEqual([]);
    ok.close();
  });

  test("the refusal carries the server's own attributes of what was refused", async () => {
    const kube = new KubeClient(limited(), { env: NO_PROXY_ENV });
    const err = (await kube
      .list(`/api/v1/namespaces/${ns}/secrets`)
      .catch((e: unknown) => e)) as KubeApiError;
    kube.close();
    expect(err.status).toBe(403);
    expect(err.refusal).toEqual({
      user: `system:serviceaccount:${ns}:deployer`,
      verb: 'list',
      resource: 'secrets',
      nonResource: false,
      namespace: ns
    });
  });

  test('impersonation (kubeconfig "as") is honoured: the admin acting as the ServiceAccount is refused as it', async () => {
    const kube = new KubeClient(
      { ...admin, impersonate: { user: `system:serviceaccount:${ns}:deployer`, groups: [], extra: {} } },
      { env: NO_PROXY_ENV }
    );
    await expect(kube.list(`/apis/apps/v1/namespaces/${ns}/deployments`)).rejects.toThrow(
      `The deploy identity (system:serviceaccount:${ns}:deployer) may not list deployments.apps in namespace "${ns}" (HTTP 403 Forbidden)`
    );
    kube.close();
  });

  test('the action reports it as a user error, not "Unexpected error"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-rbac-'));
    const kc = join(dir, 'kubeconfig');
    writeFileSync(
      kc,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': 'l',
        clusters: [
          {
            name: 'l',
            cluster: { server: admin.server, 'certificate-authority-data': admin.ca?.toString('base64') }
          }
        ],
        contexts: [{ name: 'l', context: { cluster: 'l', user: 'l' } }],
        users: [{ name: 'l', user: { token } }]
      }),
      { mode: 0o600 }
    );
    const r = await runDeploy({
      kubeconfig: kc,
      'release-name': 'web',
      namespace: ns,
      chart: join(__dirname, 'fixtures/web'),
      'create-namespace': 'false'
    });
    expect(r.ok).toBe(false);
    expect(r.log).not.toMatch(/Unexpected error/);
    expect(r.log).toContain(`may not list secrets in namespace "${ns}" (HTTP 403 Forbidden)`);
    // The kubeconfig's token was registered as a secret, though never printed.
    expect(r.log).toContain(`::add-mask::${token}`);
  });
});

describe('HTTP 403s that are not a missing permission keep their own message (real admission)', () => {
  const ns = uniqueNamespace('dte-403');
  const gone = uniqueNamespace('dte-403-term');

  beforeAll(async () => {
    const k = await adminKube();
    await k.request('POST', '/api/v1/namespaces', {
      body: { metadata: { name: ns, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } }
    });
    await k.request('POST', '/api/v1/namespaces', { body: { metadata: { name: gone } } });
    // An object with a finalizer keeps the deleted namespace Terminating until it is released.
    await k.request('POST', `/api/v1/namespaces/${gone}/configmaps`, {
      body: { metadata: { name: 'hold', finalizers: ['flygtaxi.test/hold'] } }
    });
    await k.request('DELETE', `/api/v1/namespaces/${gone}`);
  });

  afterAll(async () => {
    const k = await adminKube();
    await k.mergePatch(`/api/v1/namespaces/${gone}/configmaps/hold`, { metadata: { finalizers: null } });
    await k.request('DELETE', `/api/v1/namespaces/${ns}`).catch(() => undefined);
    closeAdmin();
  });

  test('Pod Security admission refusing a pod: its violation, not "may not create pods"', async () => {
    const kube = new KubeClient(admin, { env: NO_PROXY_ENV });
    const err = (await kube
      .request('POST', `/api/v1/namespaces/${ns}/pods?dryRun=All`, {
        body: {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'plain' },
          spec: { containers: [{ name: 'c', image: 'example.invalid/plain:1' }] }
        }
      })
      .catch((e: unknown) => e)) as KubeApiError;
    kube.close();
    expect(err).toBeInstanceOf(KubeApiError);
    expect(err.status).toBe(403);
    expect(err.refusal).toBeUndefined();
    expect(err.message).toMatch(
      new RegExp(
        `^The Kubernetes API refused POST /api/v1/namespaces/${ns}/pods \\(HTTP 403 Forbidden\\): pods "plain" is forbidden: violates PodSecurity "restricted:`
      )
    );
    expect(err.message).not.toMatch(/may not|grant it/);
  });

  test('a terminating namespace refusing new content: said so, not "may not create secrets"', async () => {
    const kube = new KubeClient(admin, { env: NO_PROXY_ENV });
    let err: KubeApiError | undefined;
    // The lifecycle admission plugin sees the Terminating phase through its informer: a moment later.
    for (let i = 0; i < 50 && err?.status !== 403; i++) {
      err = (await kube
        .request('POST', `/api/v1/namespaces/${gone}/secrets?dryRun=All`, {
          body: { metadata: { name: 'sh.helm.release.v1.web.v1' } }
        })
        .then(
          () => undefined,
          (e: unknown) => e
        )) as KubeApiError | undefined;
      if (err?.status !== 403) await new Promise(r => setTimeout(r, 100));
    }
    kube.close();
    expect(err?.status).toBe(403);
    expect(err?.refusal).toBeUndefined();
    expect(err?.message).toBe(
      `The Kubernetes API refused POST /api/v1/namespaces/${gone}/secrets (HTTP 403 Forbidden): secrets "sh.helm.release.v1.web.v1" is forbidden: unable to create new content in namespace ${gone} because it is being terminated`
    );
  });
});
