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
import { KubeApiError, KubeClient, describeConnectionError } from '../../src/lib/kube';
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
    const r = await smokeRequest(kube, 'apps', 'web', { path: '/health', service: '', port: '' });
    expect(r).toEqual({
      url: '/api/v1/namespaces/apps/services/web:http/proxy/health',
      attempts: 1,
      body: 'ok'
    });
    expect(seen.every(s => s.auth === 'Bearer t')).toBe(true);
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
