/**
 * Every kubeconfig field either honoured the way client-go honours it or refused by name, and
 * no error that quotes a kubeconfig's content. The request headers are observed on a FAKE API
 * server (a stand-in: the real kube-apiserver has no Basic auth since 1.19 and cannot show what
 * headers arrived); impersonation is also proven against the real one in kubeAccess.test.ts.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeClient } from '../../src/lib/kube';
import {
  connectionFromKubeconfig,
  decodeBase64Kubeconfig,
  parseKubeconfigText,
  type KubeConnection
} from '../../src/lib/kubeconfig';
import { getInputs } from '../../actions/deploy-to-eks/src/inputs';

const doc = (cluster: string, user: string, context = '') => `apiVersion: v1
kind: Config
current-context: t
clusters:
  - name: c
    cluster:
      server: https://k.example:6443
${cluster}
contexts:
  - name: t
    context:
      cluster: c
      user: u
${context}
users:
  - name: u
    user:
${user}
`;

const conn = async (cluster: string, user: string, baseDir = '/'): Promise<KubeConnection> =>
  connectionFromKubeconfig(await parseKubeconfigText(doc(cluster, user)), baseDir);

const KEY_PEM = `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj
MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu
-----END PRIVATE KEY-----
`;
const CERT_PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('kubeconfig fields as client-go reads them', () => {
  test('proxy-url is kept (and used for every request)', async () => {
    const c = await conn('      proxy-url: http://proxy.corp:3128', '      token: t');
    expect(c.proxyUrl).toBe('http://proxy.corp:3128');
    const kube = new KubeClient(c, { env: {} });
    expect(kube.proxy?.href).toBe('http://proxy.corp:3128/');
    kube.close();
  });

  test('proxy-url wins over HTTPS_PROXY and NO_PROXY, as in client-go', async () => {
    const c = await conn('      proxy-url: http://proxy.corp:3128', '      token: t');
    const kube = new KubeClient(c, { env: { HTTPS_PROXY: 'http://other:1', NO_PROXY: '*' } });
    expect(kube.proxy?.host).toBe('proxy.corp:3128');
    kube.close();
  });

  test('a SOCKS proxy-url is refused by name', async () => {
    await expect(conn('      proxy-url: socks5://proxy:1080', '      token: t')).rejects.toThrow(
      'kubeconfig cluster "c" proxy-url is a SOCKS proxy (socks5), which this action cannot use'
    );
  });

  test('impersonation: as, as-uid, as-groups, as-user-extra', async () => {
    const c = await conn(
      '',
      '      token: t\n      as: jane\n      as-uid: "42"\n      as-groups: [dev, ops]\n      as-user-extra: {scopes: [view, edit], team: platform}'
    );
    expect(c.impersonate).toEqual({
      user: 'jane',
      uid: '42',
      groups: ['dev', 'ops'],
      extra: { scopes: ['view', 'edit'], team: ['platform'] }
    });
  });

  test('as-groups without as is refused, as client-go refuses it', async () => {
    await expect(conn('', '      token: t\n      as-groups: [dev]')).rejects.toThrow(
      'kubeconfig user "u" sets as-uid, as-groups or as-user-extra without "as"'
    );
  });

  test('username/password are Basic credentials; together with a token they are refused', async () => {
    const c = await conn('', '      username: admin\n      password: s3cret-pass');
    expect(c).toMatchObject({ username: 'admin', password: 's3cret-pass' });
    expect(c.secrets).toContain('s3cret-pass');
    await expect(conn('', '      username: admin\n      password: p\n      token: t')).rejects.toThrow(
      'sets both username/password and a token; client-go (helm) refuses that'
    );
  });

  test('insecure-skip-tls-verify with a CA is refused, as client-go refuses it', async () => {
    await expect(
      conn(
        `      insecure-skip-tls-verify: true\n      certificate-authority-data: ${b64(CERT_PEM)}`,
        '      token: t'
      )
    ).rejects.toThrow('sets both insecure-skip-tls-verify and a certificate authority');
    const c = await conn('      insecure-skip-tls-verify: true', '      token: t');
    expect(c.insecureSkipTlsVerify).toBe(true);
  });

  test('tls-server-name is kept', async () => {
    expect((await conn('      tls-server-name: api.internal', '      token: t')).tlsServerName).toBe(
      'api.internal'
    );
  });

  test('tokenFile wins over token, as in client-go', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-kcf-'));
    writeFileSync(join(dir, 'tok'), 'from-file\n');
    const c = await conn('', '      token: inline\n      tokenFile: tok', dir);
    expect(c.token).toBe('from-file');
    expect(c.tokenFile).toBe(join(dir, 'tok'));
  });

  test('exec: every field (env, installHint, provideClusterInfo, interactiveMode)', async () => {
    const c = await conn(
      '',
      `      exec:
        apiVersion: client.authentication.k8s.io/v1
        command: get-token
        args: [--x]
        env: [{name: A, value: b}]
        installHint: install get-token from example.com
        provideClusterInfo: true
        interactiveMode: Never`
    );
    expect(c.exec).toEqual({
      command: 'get-token',
      args: ['--x'],
      env: { A: 'b' },
      apiVersion: 'client.authentication.k8s.io/v1',
      baseDir: '/',
      installHint: 'install get-token from example.com',
      provideClusterInfo: true,
      interactiveMode: 'Never'
    });
  });

  test.each([
    [
      'Always',
      'the exec plugin needs a terminal (interactiveMode: Always), which a workflow step does not have'
    ],
    ['Sometimes', 'exec interactiveMode "Sometimes" is not one of Never, IfAvailable, Always']
  ])('exec interactiveMode %s is refused by name', async (mode, message) => {
    await expect(
      conn(
        '',
        `      exec: {apiVersion: client.authentication.k8s.io/v1, command: x, interactiveMode: ${mode}}`
      )
    ).rejects.toThrow(message);
  });

  test('auth-provider is refused naming the provider', async () => {
    await expect(conn('', '      auth-provider: {name: oidc, config: {id-token: abc}}')).rejects.toThrow(
      'kubeconfig user "u" uses an auth-provider plugin (oidc), which Kubernetes removed; use an exec plugin instead'
    );
  });

  test('context namespace', async () => {
    const c = connectionFromKubeconfig(
      await parseKubeconfigText(doc('', '      token: t', '      namespace: apps')),
      '/'
    );
    expect(c.namespace).toBe('apps');
  });

  test('secrets: token, password and every line of the client key (data and file) are collected to mask', async () => {
    const c = await conn(
      '',
      `      client-certificate-data: ${b64(CERT_PEM)}\n      client-key-data: ${b64(KEY_PEM)}`
    );
    expect(c.secrets).toEqual([
      b64(KEY_PEM),
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
      'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu'
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'ft-kcf-'));
    writeFileSync(join(dir, 'k.pem'), KEY_PEM);
    writeFileSync(join(dir, 'c.pem'), CERT_PEM);
    const f = await conn('', '      client-certificate: c.pem\n      client-key: k.pem', dir);
    expect(f.secrets).toEqual([
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
      'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu'
    ]);
    expect((await conn('', '      token: tok-123')).secrets).toEqual(['tok-123']);
  });
});

describe('never echo a kubeconfig (#17.3)', () => {
  const SECRET = 'eyJhbGciOiJSUzI1NiIsImtpZCI6InNlY3JldCJ9.sekrit-payload';

  test('malformed inline JSON: the error gives a position, not the text around it', async () => {
    const text = `{"apiVersion":"v1","users":[{"name":"u","user":{"token":"${SECRET}" oops}}]}`;
    const err = (await parseKubeconfigText(text).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(
      /^the kubeconfig is not valid JSON \(line 1, column \d+\); its content is not shown/
    );
    expect(err.message).not.toContain('sekrit');
    expect(err.message).not.toContain('eyJ');
  });

  test('malformed YAML: no line of the document in the error', async () => {
    const text = `apiVersion: v1\nusers:\n- name: u\n  user:\n    token: ${SECRET}\n   bad: [`;
    const err = (await parseKubeconfigText(text).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(/^the kubeconfig is not valid YAML \(line \d+, column \d+\)/);
    expect(err.message).not.toContain('sekrit');
  });

  const kubeconfig = doc('', `      token: ${SECRET}`);
  const env = { GITHUB_WORKSPACE: '/tmp', RUNNER_TEMP: '/tmp' };
  const inputs = (kc: string) => (name: string) =>
    ({ kubeconfig: kc, 'release-name': 'web', namespace: 'apps', chart: 'oci://r.example/c' })[name];

  test('a single-line base64 kubeconfig is accepted as kubeconfig content', () => {
    const i = getInputs(inputs(b64(kubeconfig)), env);
    expect(i.cluster).toEqual({ kind: 'kubeconfig', inline: kubeconfig });
    expect(decodeBase64Kubeconfig(Buffer.from(kubeconfig).toString('base64url'))).toBe(kubeconfig);
  });

  test('a value that is neither a path nor a kubeconfig is not echoed', () => {
    const mangled = b64(kubeconfig).slice(0, -7) + '!!' + 'x'.repeat(5);
    let message = '';
    try {
      getInputs(inputs(mangled), env);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('kubeconfig: is neither a readable kubeconfig file nor kubeconfig content');
    expect(message).not.toContain(mangled.slice(0, 20));
  });
});

describe('credentials and impersonation on the wire (FAKE API server, a stand-in)', () => {
  let server: Server;
  let url = '';
  let seen: IncomingHttpHeaders[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise(r => server.close(r)));
  beforeEach(() => (seen = []));

  const at = (c: KubeConnection): KubeConnection => ({ ...c, server: url });

  test('Impersonate-User/-Uid/-Group/-Extra-* headers, as client-go sends them', async () => {
    const c = await conn(
      '',
      '      token: t\n      as: jane\n      as-uid: "42"\n      as-groups: [dev, ops]\n      as-user-extra: {"acme.com/scope": [view]}'
    );
    const kube = new KubeClient(at(c));
    await kube.get('/api/v1/namespaces');
    kube.close();
    expect(seen[0]).toMatchObject({
      authorization: 'Bearer t',
      'impersonate-user': 'jane',
      'impersonate-uid': '42',
      'impersonate-group': 'dev, ops',
      'impersonate-extra-acme.com%2fscope': 'view'
    });
  });

  test('username/password go as Basic auth', async () => {
    const kube = new KubeClient(at(await conn('', '      username: admin\n      password: pw')));
    await kube.get('/api');
    kube.close();
    expect(seen[0]?.authorization).toBe(`Basic ${b64('admin:pw')}`);
  });

  test('a tokenFile is read again on each use (rotated tokens), as client-go does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-kcf-'));
    writeFileSync(join(dir, 'tok'), 'one');
    const masked: string[] = [];
    const kube = new KubeClient(at(await conn('', '      tokenFile: tok', dir)), {
      onToken: t => masked.push(t)
    });
    await kube.get('/api');
    writeFileSync(join(dir, 'tok'), 'two\n');
    await kube.get('/api');
    kube.close();
    expect(seen.map(h => h.authorization)).toEqual(['Bearer one', 'Bearer two']);
    expect(masked).toEqual(['two']);
  });

  test('exec provideClusterInfo passes the cluster to the plugin; installHint when it is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-kcf-'));
    const plugin = join(dir, 'plugin.js');
    writeFileSync(
      plugin,
      `const i=JSON.parse(process.env.KUBERNETES_EXEC_INFO);require('fs').writeFileSync(${JSON.stringify(join(dir, 'info'))},JSON.stringify(i));
console.log(JSON.stringify({kind:'ExecCredential',apiVersion:i.apiVersion,status:{token:'x'}}));`
    );
    const c = await conn(
      '      tls-server-name: api.internal',
      `      exec: {apiVersion: client.authentication.k8s.io/v1, command: ${process.execPath}, args: [${plugin}], provideClusterInfo: true, interactiveMode: Never}`
    );
    const kube = new KubeClient(at(c));
    await kube.get('/api');
    kube.close();
    const info = JSON.parse(readFileSync(join(dir, 'info'), 'utf8')) as unknown;
    expect(info).toEqual({
      apiVersion: 'client.authentication.k8s.io/v1',
      kind: 'ExecCredential',
      spec: { interactive: false, cluster: { server: url, 'tls-server-name': 'api.internal' } }
    });
    const missing = new KubeClient(
      at(
        await conn(
          '',
          '      exec: {apiVersion: client.authentication.k8s.io/v1, command: no-such-plugin-xyz, installHint: "brew install xyz"}'
        )
      )
    );
    await expect(missing.get('/api')).rejects.toThrow(
      "The kubeconfig's credential plugin no-such-plugin-xyz cannot be run: brew install xyz"
    );
    missing.close();
  });
});
