/**
 * The kubeconfig reader and the small API client. The real kube-apiserver is exercised by the
 * deploy tests; here a FAKE API server on 127.0.0.1 stands in where the real one cannot behave
 * as needed: answering the service proxy with 200 (kwok pods have no real endpoint behind them)
 * and revoking an exec-plugin token mid-run.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeApiError, KubeClient, authorizationRefusal, describeConnectionError } from '../../src/lib/kube';
import {
  connectionFromKubeconfig,
  eksKubeconfig,
  loadKubeconfigFile,
  parseKubeconfigText
} from '../../src/lib/kubeconfig';
import { smokeRequest } from '../../actions/deploy-to-eks/src/smoke';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function fakeApi(handler: Handler): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const addr = server.address() as { port: number };
  return { url: `http://127.0.0.1:${addr.port}`, server };
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
};

const kubeconfigYaml = (server: string, user: string) => `apiVersion: v1
kind: Config
current-context: test
clusters:
  - name: c
    cluster:
      server: ${server}
      certificate-authority-data: ${Buffer.from('-----BEGIN CERTIFICATE-----\n').toString('base64')}
contexts:
  - name: test
    context: {cluster: c, user: u, namespace: apps}
users:
  - name: u
    user:
${user}
`;

describe('kubeconfig', () => {
  test('YAML with token, CA data and context namespace', async () => {
    const doc = await parseKubeconfigText(kubeconfigYaml('https://k.example:6443/', '      token: abc'));
    const c = connectionFromKubeconfig(doc, '/tmp');
    expect(c).toMatchObject({
      contextName: 'test',
      server: 'https://k.example:6443',
      token: 'abc',
      namespace: 'apps',
      insecureSkipTlsVerify: false
    });
    expect(c.ca?.toString()).toBe('-----BEGIN CERTIFICATE-----\n');
  });

  test('file references resolve against the kubeconfig directory; exec plugins keep args and env', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-kc-'));
    writeFileSync(join(dir, 'ca.crt'), 'CA');
    writeFileSync(join(dir, 'token'), 'from-file\n');
    writeFileSync(
      join(dir, 'config'),
      `apiVersion: v1
current-context: a
clusters: [{name: c, cluster: {server: 'https://x', certificate-authority: ca.crt}}]
contexts: [{name: a, context: {cluster: c, user: u}}]
users: [{name: u, user: {tokenFile: token, exec: {apiVersion: client.authentication.k8s.io/v1, command: ./plugin, args: [--x, y], env: [{name: A, value: b}]}}}]
`
    );
    const c = await loadKubeconfigFile(join(dir, 'config'));
    expect(c.ca?.toString()).toBe('CA');
    expect(c.token).toBe('from-file');
    expect(c.exec).toEqual({
      command: './plugin',
      args: ['--x', 'y'],
      env: { A: 'b' },
      apiVersion: 'client.authentication.k8s.io/v1',
      baseDir: dir
    });
  });

  test.each([
    ['no current-context', 'apiVersion: v1\nclusters: []', 'the kubeconfig has no current-context'],
    [
      'missing context',
      'current-context: x\ncontexts: []',
      'the kubeconfig has no context named "x" (listed under contexts)'
    ],
    [
      'not YAML',
      'current-context: [',
      'the kubeconfig is not valid YAML (line 2, column 1); its content is not shown'
    ],
    [
      'auth-provider',
      'current-context: a\nclusters: [{name: c, cluster: {server: "https://x"}}]\ncontexts: [{name: a, context: {cluster: c, user: u}}]\nusers: [{name: u, user: {auth-provider: {name: gcp}}}]',
      'uses an auth-provider plugin (gcp), which Kubernetes removed'
    ],
    [
      'server not http',
      'current-context: a\nclusters: [{name: c, cluster: {server: "x"}}]\ncontexts: [{name: a, context: {cluster: c}}]',
      'has no http(s) server URL'
    ]
  ])('%s: a clear error', async (_n, text, message) => {
    await expect(parseKubeconfigText(text).then(d => connectionFromKubeconfig(d, '/'))).rejects.toThrow(
      message
    );
  });

  test('the EKS kubeconfig is JSON (valid YAML) with the exec plugin and no credentials', () => {
    const text = eksKubeconfig({
      clusterName: 'c',
      region: 'eu-north-1',
      endpoint: 'https://E',
      caData: 'Q0E=',
      nodePath: '/node',
      tokenCliPath: '/d/eks-token.js'
    });
    const c = connectionFromKubeconfig(JSON.parse(text), '/');
    expect(c.server).toBe('https://E');
    expect(c.exec).toMatchObject({
      command: '/node',
      args: ['/d/eks-token.js', '--cluster-name', 'c', '--region', 'eu-north-1']
    });
    expect(text).not.toMatch(/token"|secret|password/i);
  });

  test.each([
    [
      { code: 'ECONNREFUSED' },
      false,
      'Cannot reach the Kubernetes API at https://k: connection refused (is the cluster running and the address right?).'
    ],
    [
      { code: 'ENOTFOUND' },
      true,
      'Cannot reach the Kubernetes API at https://k: the host name does not resolve (wrong region, or a private-only endpoint outside the VPC?).'
    ],
    [
      { code: 'ETIMEDOUT' },
      true,
      'Cannot reach the Kubernetes API at https://k: connection timed out (a private endpoint, or the runner cannot reach the cluster network).'
    ],
    [
      { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', message: 'unable to verify' },
      false,
      'Cannot reach the Kubernetes API at https://k: the server certificate does not match the kubeconfig CA.'
    ]
  ])('connection error %j', (err, eks, msg) =>
    expect(describeConnectionError('https://k', err, eks)).toBe(msg)
  );
});

/**
 * 403 message shapes as kube-apiserver v1.37 writes them (k8s.io/apiserver v0.37.2:
 * responsewriters/errors.go forbiddenMessage inside apimachinery's NewForbidden; admission
 * webhook errors/statuserror.go; ValidatingAdmissionPolicy's dispatcher; namespace lifecycle),
 * plus what a proxy in between or the proxied service itself may answer. Only the first kind is
 * a missing permission.
 */
describe('HTTP 403: an authorization refusal, or something else that keeps its own message', () => {
  const ns = 'apps';
  test.each([
    [
      'RBAC, namespaced list',
      'GET',
      `/api/v1/namespaces/${ns}/secrets?labelSelector=owner%3Dhelm`,
      `secrets is forbidden: User "system:serviceaccount:${ns}:deployer" cannot list resource "secrets" in API group "" in the namespace "${ns}"`,
      `The deploy identity (system:serviceaccount:${ns}:deployer) may not list secrets in namespace "${ns}" (HTTP 403 Forbidden): grant it a Role that allows "list" on "secrets" in "${ns}".`
    ],
    [
      'RBAC, cluster scope, a named object',
      'GET',
      `/api/v1/namespaces/${ns}`,
      `namespaces "${ns}" is forbidden: User "deployer" cannot get resource "namespaces" in API group "" at the cluster scope`,
      'The deploy identity (deployer) may not get namespaces (cluster-wide) (HTTP 403 Forbidden): grant it a ClusterRole that allows "get" on "namespaces".'
    ],
    [
      'RBAC, a subresource of an API group',
      'PATCH',
      `/apis/apps/v1/namespaces/${ns}/deployments/web/scale`,
      `deployments.apps "web" is forbidden: User "deployer" cannot patch resource "deployments/scale" in API group "apps" in the namespace "${ns}"`,
      `The deploy identity (deployer) may not patch deployments.apps/scale in namespace "${ns}" (HTTP 403 Forbidden): grant it a Role that allows "patch" on "deployments.apps/scale" in "${ns}".`
    ],
    [
      "RBAC with its authorizer's reason",
      'GET',
      `/api/v1/namespaces/${ns}/pods/web-1/log`,
      `pods "web-1" is forbidden: User "deployer" cannot get resource "pods/log" in API group "" in the namespace "${ns}": RBAC: role.rbac.authorization.k8s.io "log-reader" not found`,
      `The deploy identity (deployer) may not get pods/log in namespace "${ns}" (HTTP 403 Forbidden): grant it a Role that allows "get" on "pods/log" in "${ns}". The authorizer said: RBAC: role.rbac.authorization.k8s.io "log-reader" not found`
    ],
    [
      'an EKS access entry without a policy for the namespace (the webhook authorizer, same sentence)',
      'GET',
      `/apis/apps/v1/namespaces/${ns}/deployments`,
      `deployments.apps is forbidden: User "arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions" cannot list resource "deployments" in API group "apps" in the namespace "${ns}"`,
      `The deploy identity (arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions) may not list deployments.apps in namespace "${ns}" (HTTP 403 Forbidden): grant it a Role that allows "list" on "deployments.apps" in "${ns}".`
    ],
    [
      "impersonation refused: the verb and resource are the server's, not the request's",
      'GET',
      `/api/v1/namespaces/${ns}/secrets`,
      'users "admin" is forbidden: User "deployer" cannot impersonate resource "users" in API group "" at the cluster scope',
      'The deploy identity (deployer) may not impersonate users (cluster-wide) (HTTP 403 Forbidden): grant it a ClusterRole that allows "impersonate" on "users".'
    ],
    [
      'a non-resource URL, anonymous',
      'GET',
      '/apis',
      'forbidden: User "system:anonymous" cannot get path "/apis"',
      'The deploy identity (system:anonymous) may not get the path "/apis" (HTTP 403 Forbidden): grant it a ClusterRole that allows "get" on the non-resource URL "/apis".'
    ],
    [
      'a user name with a quote (Go %q escapes)',
      'GET',
      `/api/v1/namespaces/${ns}/secrets`,
      `secrets is forbidden: User "o\\"brien" cannot list resource "secrets" in API group "" in the namespace "${ns}"`,
      `The deploy identity (o"brien) may not list secrets in namespace "${ns}" (HTTP 403 Forbidden): grant it a Role that allows "list" on "secrets" in "${ns}".`
    ]
  ])('%s: a missing permission, named', (_what, method, path, message, sentence) => {
    const err = new KubeApiError(403, 'Forbidden', message, method, path);
    expect(err.message).toBe(sentence);
    expect(err.refusal).toBeDefined();
    expect(err.serverMessage).toBe(message);
  });

  test.each([
    [
      'an admission webhook',
      'POST',
      `/apis/apps/v1/namespaces/${ns}/deployments`,
      'admission webhook "validate.kyverno.svc-fail" denied the request: resource Deployment/apps/web was blocked due to the following policies require-labels'
    ],
    [
      'a ValidatingAdmissionPolicy with reason Forbidden',
      'PATCH',
      `/apis/apps/v1/namespaces/${ns}/deployments/web`,
      `deployments.apps "web" is forbidden: ValidatingAdmissionPolicy 'replica-limit' with binding 'replica-limit-binding' denied request: failed expression: object.spec.replicas <= 5`
    ],
    [
      'Pod Security admission',
      'POST',
      `/api/v1/namespaces/${ns}/pods`,
      'pods "web-1" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "c" must set securityContext.allowPrivilegeEscalation=false)'
    ],
    [
      'a ResourceQuota',
      'POST',
      `/api/v1/namespaces/${ns}/pods`,
      'pods "web-1" is forbidden: exceeded quota: compute, requested: limits.cpu=2, used: limits.cpu=8, limited: limits.cpu=8'
    ],
    [
      'a terminating namespace',
      'POST',
      `/api/v1/namespaces/${ns}/secrets`,
      `secrets "sh.helm.release.v1.web.v2" is forbidden: unable to create new content in namespace ${ns} because it is being terminated`
    ],
    [
      'a proxy in between (its own HTML page)',
      'GET',
      `/api/v1/namespaces/${ns}/secrets`,
      '<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1>Access denied by policy.</body></html>'
    ],
    [
      'the proxied service itself (the smoke request)',
      'GET',
      `/api/v1/namespaces/${ns}/services/web:http/proxy/admin`,
      '{"error":"forbidden","detail":"admins only"}'
    ],
    [
      'a user named like the sentence, inside a webhook message (not the server\'s sentence: no "User" prefix)',
      'POST',
      `/api/v1/namespaces/${ns}/configmaps`,
      'admission webhook "x" denied the request: user "deployer" cannot create resource "configmaps" here'
    ]
  ])('%s: reported with its own message, not as a missing permission', (_what, method, path, message) => {
    const err = new KubeApiError(403, 'Forbidden', message, method, path);
    expect(err.refusal).toBeUndefined();
    expect(err.message).toBe(
      `The Kubernetes API refused ${method} ${path.split('?')[0]} (HTTP 403 Forbidden): ${message}`
    );
    expect(err.message).not.toMatch(/may not|grant it/);
  });

  test('API Priority and Fairness rejects with 429, not 403: its own text, no refusal', () => {
    const err = new KubeApiError(
      429,
      '',
      'Too many requests, please try again later.',
      'GET',
      `/api/v1/namespaces/${ns}/pods`
    );
    expect(err.message).toBe('Too many requests, please try again later.');
    expect(err.refusal).toBeUndefined();
  });

  test('the refusal itself, parsed', () => {
    expect(
      authorizationRefusal(
        `pods "web-1" is forbidden: User "system:node:n1" cannot get resource "pods" in API group "" in the namespace "${ns}": no relationship found between node 'n1' and this object`
      )
    ).toEqual({
      user: 'system:node:n1',
      verb: 'get',
      resource: 'pods',
      nonResource: false,
      namespace: ns,
      reason: "no relationship found between node 'n1' and this object"
    });
    expect(authorizationRefusal('forbidden: User "u" cannot post path "/apis/x"')).toEqual({
      user: 'u',
      verb: 'post',
      resource: '/apis/x',
      nonResource: true
    });
  });
});

describe('API client against a FAKE API server (behaviour the real one cannot be made to show)', () => {
  let api: { url: string; server: Server };
  let seen: { auth: string; path: string }[] = [];
  let revoked = new Set<string>();
  beforeAll(async () => {
    api = await fakeApi((req, res) => {
      seen.push({ auth: String(req.headers.authorization ?? ''), path: req.url ?? '' });
      const token = String(req.headers.authorization ?? '').replace('Bearer ', '');
      if (revoked.has(token))
        return json(res, 401, { kind: 'Status', reason: 'Unauthorized', message: 'Unauthorized' });
      if (req.url === '/api/v1/namespaces/apps/services') {
        return json(res, 200, {
          items: [
            {
              metadata: { name: 'web', annotations: { 'meta.helm.sh/release-name': 'web' } },
              spec: { ports: [{ name: 'http', port: 80 }] }
            }
          ]
        });
      }
      if (req.url === '/api/v1/namespaces/apps/services/web:http/proxy/health') {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        return res.end('ok');
      }
      if (req.url === '/api/v1/namespaces/apps/services/web:http/proxy/admin')
        return json(res, 403, { error: 'forbidden', detail: 'admins only' });
      if (req.url === '/api/v1/namespaces/apps') return json(res, 200, { metadata: { name: 'apps' } });
      json(res, 404, { kind: 'Status', reason: 'NotFound', message: `${req.url} not found` });
    });
  });
  afterAll(() => new Promise(r => api.server.close(r)));
  beforeEach(() => {
    seen = [];
    revoked = new Set();
  });

  test('smoke GET through the service proxy succeeds when the service answers 200', async () => {
    const kube = new KubeClient({
      contextName: 'x',
      server: api.url,
      insecureSkipTlsVerify: false,
      token: 't'
    });
    const r = await smokeRequest(kube, 'apps', 'web', { path: '/health', service: '', port: '' }, [
      { name: 'web', ports: [{ name: 'http', port: 80 }] }
    ]);
    expect(r).toEqual({
      url: '/api/v1/namespaces/apps/services/web:http/proxy/health',
      attempts: 1,
      body: 'ok'
    });
    expect(seen.every(s => s.auth === 'Bearer t')).toBe(true);
    // The release's Services are given (its manifest): the only request is the smoke GET.
    expect(seen.map(s => s.path)).toEqual(['/api/v1/namespaces/apps/services/web:http/proxy/health']);
    kube.close();
  });

  test('the service itself answering 403 through the proxy: the smoke failure quotes the app, not a missing permission', async () => {
    const kube = new KubeClient({
      contextName: 'x',
      server: api.url,
      insecureSkipTlsVerify: false,
      token: 't'
    });
    await expect(
      smokeRequest(
        kube,
        'apps',
        'web',
        { path: '/admin', service: '', port: '' },
        [{ name: 'web', ports: [{ name: 'http', port: 80 }] }],
        { attempts: 1 }
      )
    ).rejects.toThrow(
      'Smoke request GET /admin to service web:http failed after 1 attempts (/api/v1/namespaces/apps/services/web:http/proxy/admin): HTTP 403: {"error":"forbidden","detail":"admins only"}'
    );
    kube.close();
  });

  test('404 is undefined for getOptional, a KubeApiError with the Status message otherwise', async () => {
    const kube = new KubeClient({ contextName: 'x', server: api.url, insecureSkipTlsVerify: false });
    expect(await kube.getOptional('/api/v1/nothing')).toBeUndefined();
    await expect(kube.get('/api/v1/nothing')).rejects.toEqual(
      expect.objectContaining({ status: 404, reason: 'NotFound', message: '/api/v1/nothing not found' })
    );
    await expect(kube.get('/api/v1/nothing')).rejects.toBeInstanceOf(KubeApiError);
    kube.close();
  });

  test('exec credential plugin: run once and cached; a 401 mints a fresh token and retries once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-exec-'));
    const counter = join(dir, 'n');
    writeFileSync(counter, '0');
    // A plugin printing token-1, token-2, ... like the EKS token command prints a fresh token per run.
    const plugin = join(dir, 'plugin.js');
    writeFileSync(
      plugin,
      `const fs=require('fs');const n=Number(fs.readFileSync(${JSON.stringify(counter)},'utf8'))+1;fs.writeFileSync(${JSON.stringify(counter)},String(n));
const info=JSON.parse(process.env.KUBERNETES_EXEC_INFO);
console.log(JSON.stringify({kind:'ExecCredential',apiVersion:info.apiVersion,status:{token:'token-'+n+'-'+process.env.EXTRA,expirationTimestamp:new Date(Date.now()+600000).toISOString()}}));`
    );
    const tokens: string[] = [];
    const kube = new KubeClient(
      {
        contextName: 'x',
        server: api.url,
        insecureSkipTlsVerify: false,
        exec: {
          command: process.execPath,
          args: [plugin],
          env: { EXTRA: 'e' },
          apiVersion: 'client.authentication.k8s.io/v1beta1',
          baseDir: dir
        }
      },
      { onToken: t => tokens.push(t) }
    );
    await kube.verifyAccess('apps');
    await kube.list('/api/v1/namespaces/apps/services');
    expect(seen.map(s => s.auth)).toEqual(['Bearer token-1-e', 'Bearer token-1-e']);
    revoked.add('token-1-e');
    await kube.list('/api/v1/namespaces/apps/services');
    expect(seen.map(s => s.auth).slice(2)).toEqual(['Bearer token-1-e', 'Bearer token-2-e']);
    expect(tokens).toEqual(['token-1-e', 'token-2-e']);
    kube.close();
  });

  test('a failing plugin is a clear error naming it', async () => {
    const kube = new KubeClient({
      contextName: 'x',
      server: api.url,
      insecureSkipTlsVerify: false,
      exec: {
        command: process.execPath,
        args: ['-e', 'console.error("no credentials here");process.exit(3)'],
        env: {},
        apiVersion: 'v1',
        baseDir: '/'
      }
    });
    await expect(kube.verifyAccess('apps')).rejects.toThrow(
      /credential plugin node failed \(exit 3\): no credentials here/
    );
    kube.close();
  });
});
