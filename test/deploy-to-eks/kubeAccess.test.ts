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
import { spawnSync } from 'node:child_process';
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

  test('helm takes the same way: with the same kubeconfig and HTTPS_PROXY it goes through the proxy too', () => {
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
    const res = spawnSync(HELM, ['list', '-A', '-q'], {
      env: { ...NO_PROXY_ENV, HOME: dir, KUBECONFIG: kc, HTTPS_PROXY: proxy.url },
      encoding: 'utf8'
    });
    expect(res.status).toBe(0);
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
