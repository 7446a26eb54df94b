/**
 * The proxy decision of src/lib/proxy.ts against Go's own (net/http.ProxyFromEnvironment, what
 * helm and kubectl use), case by case: the Go program is built from fixtures/goproxy.go and run
 * with each case's environment.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseProxyUrl, proxyFor, proxySettingsFromEnv } from '../../../src/lib/proxy';

const P = { HTTPS_PROXY: 'http://proxy.corp:3128', HTTP_PROXY: 'http://proxy.corp:8080' };
const cases: [string, NodeJS.ProcessEnv, string][] = [
  ['no proxy variables', {}, 'https://api.example.com'],
  ['https through HTTPS_PROXY', P, 'https://api.example.com'],
  ['http through HTTP_PROXY', P, 'http://registry.example.com:5000/v2/'],
  ['lower-case https_proxy', { https_proxy: 'http://lower:1' }, 'https://api.example.com'],
  [
    'upper case wins',
    { HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:1' },
    'https://x.example.com'
  ],
  ['a proxy without a scheme is http', { HTTPS_PROXY: 'proxy.corp:3128' }, 'https://api.example.com'],
  ['https proxy', { HTTPS_PROXY: 'https://proxy.corp:443' }, 'https://api.example.com'],
  ['proxy credentials kept', { HTTPS_PROXY: 'http://u:p%40ss@proxy.corp:3128' }, 'https://a.example.com'],
  ['localhost is never proxied', P, 'https://localhost:6443'],
  ['127.0.0.1 is never proxied', P, 'https://127.0.0.1:6443'],
  ['127.1.2.3 is never proxied', P, 'http://127.1.2.3:5000'],
  ['::1 is never proxied', P, 'https://[::1]:6443'],
  ['a name resolving to loopback is proxied (Go does not resolve)', P, 'https://kube.proxy.test:6443'],
  ['NO_PROXY=*', { ...P, NO_PROXY: '*' }, 'https://api.example.com'],
  ['NO_PROXY domain matches itself', { ...P, NO_PROXY: 'example.com' }, 'https://example.com'],
  ['NO_PROXY domain matches subdomains', { ...P, NO_PROXY: 'example.com' }, 'https://a.b.example.com'],
  ['NO_PROXY domain is not a bare suffix', { ...P, NO_PROXY: 'example.com' }, 'https://notexample.com'],
  ['NO_PROXY .domain matches subdomains', { ...P, NO_PROXY: '.example.com' }, 'https://a.example.com'],
  ['NO_PROXY .domain does not match itself', { ...P, NO_PROXY: '.example.com' }, 'https://example.com'],
  ['NO_PROXY *.domain', { ...P, NO_PROXY: '*.example.com' }, 'https://a.example.com'],
  ['NO_PROXY *.domain, the domain itself', { ...P, NO_PROXY: '*.example.com' }, 'https://example.com'],
  [
    'NO_PROXY host:port, same port',
    { ...P, NO_PROXY: 'api.example.com:6443' },
    'https://api.example.com:6443'
  ],
  ['NO_PROXY host:port, other port', { ...P, NO_PROXY: 'api.example.com:6443' }, 'https://api.example.com'],
  ['NO_PROXY host:port, default port', { ...P, NO_PROXY: 'api.example.com:443' }, 'https://api.example.com'],
  ['NO_PROXY CIDR contains', { ...P, NO_PROXY: '10.0.0.0/8' }, 'https://10.20.30.40'],
  ['NO_PROXY CIDR does not contain', { ...P, NO_PROXY: '10.0.0.0/8' }, 'https://11.0.0.1'],
  ['NO_PROXY CIDR does not match names', { ...P, NO_PROXY: '10.0.0.0/8' }, 'https://ten.example.com'],
  ['NO_PROXY IPv6 CIDR', { ...P, NO_PROXY: 'fd00::/8' }, 'https://[fd12::1]:443'],
  ['NO_PROXY IP', { ...P, NO_PROXY: '192.168.1.10' }, 'https://192.168.1.10:6443'],
  ['NO_PROXY IP:port, other port', { ...P, NO_PROXY: '192.168.1.10:80' }, 'https://192.168.1.10:6443'],
  ['NO_PROXY spaces and case', { ...P, NO_PROXY: ' Foo.COM , bar.com ' }, 'https://x.foo.com'],
  ['NO_PROXY lower-case', { ...P, no_proxy: 'example.com' }, 'https://a.example.com'],
  [
    'NO_PROXY list, last entry',
    { ...P, NO_PROXY: 'a.com,b.com,.eks.amazonaws.com' },
    'https://X.gr7.eu-north-1.eks.amazonaws.com'
  ],
  ['target upper-case host', { ...P, NO_PROXY: 'example.com' }, 'https://API.Example.COM']
];

let dir = '';
let goproxy = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'goproxy-'));
  goproxy = path.join(dir, 'goproxy');
  execFileSync('go', ['build', '-o', goproxy, path.join(__dirname, 'fixtures', 'goproxy.go')], {
    env: { ...process.env, GOFLAGS: '-mod=mod', GO111MODULE: 'off' },
    stdio: 'pipe'
  });
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What Go decides for `url` under exactly `env`. */
function go(env: NodeJS.ProcessEnv, url: string): string {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(https?|no)_proxy$/i.test(k) && k !== 'REQUEST_METHOD')
  );
  return execFileSync(goproxy, [url], { env: { ...base, ...env }, encoding: 'utf8' }).trim();
}

describe('proxy decision = Go net/http.ProxyFromEnvironment (known answers from Go itself)', () => {
  test.each(cases)('%s', (_what, env, url) => {
    const ours = proxyFor(new URL(url), proxySettingsFromEnv(env));
    const theirs = go(env, url);
    // Compared as URLs (node leaves out a default port that Go prints).
    expect(ours?.href ?? 'direct').toBe(theirs === 'direct' ? theirs : new URL(theirs).href);
  });

  test('the table covers both answers', () => {
    const answers = cases.map(
      ([, env, url]) => proxyFor(new URL(url), proxySettingsFromEnv(env)) === undefined
    );
    expect(answers).toContain(true);
    expect(answers).toContain(false);
  });
});

describe('proxy URLs', () => {
  test('a SOCKS proxy is refused by name', () => {
    expect(() => parseProxyUrl('socks5://proxy:1080', 'HTTPS_PROXY')).toThrow(
      'HTTPS_PROXY is a SOCKS proxy (socks5), which this action cannot use: give an http:// or https:// proxy'
    );
  });
  test('another scheme is refused by name', () => {
    expect(() => parseProxyUrl('ftp://proxy:21', 'proxy-url')).toThrow(
      'proxy-url has the unsupported scheme ftp (expected http or https)'
    );
  });
});
