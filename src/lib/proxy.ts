/**
 * Which proxy a request goes through, decided the way helm, kubectl, buildah and podman decide
 * it (Go's net/http.ProxyFromEnvironment, i.e. golang.org/x/net/http/httpproxy), so that the
 * action's own HTTP calls take the same way as the tools it runs:
 * - HTTPS_PROXY for https URLs, HTTP_PROXY for http URLs; the upper-case name first, then the
 *   lower-case one; a proxy without a scheme is http://.
 * - never for `localhost` or a loopback IP literal;
 * - NO_PROXY: comma-separated; `*` = no proxy at all; an IP or CIDR (`10.0.0.0/8`); a domain
 *   matches itself and its subdomains (`example.com`), a leading dot (or `*.`) only the
 *   subdomains; any entry may end in `:port` to apply to that port only.
 *
 * The decision is written here because no library makes Go's: Node's own NODE_USE_ENV_PROXY
 * support proxies loopback, ignores CIDR entries and treats `example.com` and `.example.com`
 * differently from Go (checked in test/unit/lib/proxy.test.ts against Go itself). The tunnelling
 * is not written here: agents come from node:http/https's built-in proxy support (`proxyEnv`,
 * Node ≥ 24.5), given the one proxy this module chose.
 */
import type * as http from 'node:http';
import type * as https from 'node:https';
import type * as net from 'node:net';
import { UserError } from './errors';

// The networking modules load on first use: every action's input validation imports this module
// (through aws.ts and kubeconfig.ts), and node:https brings the whole TLS and stream stack.
const isIP = (s: string): number => (process.getBuiltinModule('node:net') as typeof net).isIP(s);

export interface ProxySettings {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

/** The proxy variables of an environment, as Go reads them (upper case wins when not empty). */
export function proxySettingsFromEnv(env: NodeJS.ProcessEnv): ProxySettings {
  const any = (a: string, b: string): string | undefined => env[a] || env[b] || undefined;
  return {
    httpProxy: any('HTTP_PROXY', 'http_proxy'),
    httpsProxy: any('HTTPS_PROXY', 'https_proxy'),
    noProxy: any('NO_PROXY', 'no_proxy')
  };
}

const SUPPORTED_PROXY_SCHEMES = new Set(['http:', 'https:']);

/**
 * A proxy URL as Go parses one: with a scheme, or host[:port] meaning http://. A SOCKS proxy
 * (which helm can use) is refused by name: node has no built-in SOCKS client.
 */
export function parseProxyUrl(raw: string, what: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(raw);
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) url = undefined; // "proxy:3128" parses as scheme "proxy:"
  } catch {
    url = undefined;
  }
  if (!url) {
    try {
      url = new URL(`http://${raw}`);
    } catch {
      throw new UserError(`${what} is not a proxy URL (expected http://host:port)`);
    }
  }
  if (url.protocol === 'socks5:' || url.protocol === 'socks5h:')
    throw new UserError(
      `${what} is a SOCKS proxy (${url.protocol.slice(0, -1)}), which this action cannot use: give an http:// or https:// proxy`
    );
  if (!SUPPORTED_PROXY_SCHEMES.has(url.protocol))
    throw new UserError(
      `${what} has the unsupported scheme ${url.protocol.slice(0, -1)} (expected http or https)`
    );
  return url;
}

type Matcher = (host: string, port: string, ip: boolean) => boolean;

/** Parses NO_PROXY into matchers, as httpproxy's config.init does. */
function noProxyMatchers(noProxy: string): { all: boolean; matchers: Matcher[] } {
  const matchers: Matcher[] = [];
  for (const raw of noProxy.split(',')) {
    const p = raw.trim().toLowerCase();
    if (!p) continue;
    if (p === '*') return { all: true, matchers: [] };
    const cidr = parseCidr(p);
    if (cidr) {
      matchers.push((host, _port, ip) => ip && cidrContains(cidr, host));
      continue;
    }
    let phost = p;
    let pport = '';
    const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(p);
    if (m) {
      phost = m[1] as string;
      pport = m[2] as string;
    }
    if (phost.startsWith('[') && phost.endsWith(']')) phost = phost.slice(1, -1);
    if (isIP(phost)) {
      const want = canonicalIp(phost);
      matchers.push((host, port, ip) => ip && canonicalIp(host) === want && (!pport || pport === port));
      continue;
    }
    if (!phost) continue;
    if (phost.startsWith('*.')) phost = phost.slice(1);
    let matchHost = false;
    if (!phost.startsWith('.')) {
      matchHost = true;
      phost = '.' + phost;
    }
    const suffix = phost;
    matchers.push(
      (host, port) =>
        (host.endsWith(suffix) || (matchHost && host === suffix.slice(1))) && (!pport || pport === port)
    );
  }
  return { all: false, matchers };
}

interface Cidr {
  family: 4 | 6;
  bits: bigint;
  prefix: number;
}

function parseCidr(s: string): Cidr | undefined {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const family = isIP(m[1] as string);
  const prefix = Number(m[2]);
  if (!family || prefix > (family === 4 ? 32 : 128)) return undefined;
  return { family: family as 4 | 6, bits: ipBits(m[1] as string), prefix };
}

function cidrContains(c: Cidr, ip: string): boolean {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const addr = v4mapped ? (v4mapped[1] as string) : ip;
  if (isIP(addr) !== c.family) return false;
  const width = c.family === 4 ? 32 : 128;
  const shift = BigInt(width - c.prefix);
  return ipBits(addr) >> shift === c.bits >> shift;
}

function ipBits(ip: string): bigint {
  if (isIP(ip) === 4) return ip.split('.').reduce((n, o) => (n << 8n) | BigInt(Number(o)), 0n);
  // IPv6: expand "::" and any trailing dotted quad.
  let s = ip.toLowerCase();
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (quad) {
    const b = ipBits(quad[1] as string);
    s = s.slice(0, -(quad[1] as string).length) + `${(b >> 16n).toString(16)}:${(b & 0xffffn).toString(16)}`;
  }
  const [head, tail] = s.includes('::') ? (s.split('::') as [string, string]) : [s, undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g || '0', 16)), 0n);
}

function canonicalIp(ip: string): string {
  return `${isIP(ip)}:${ipBits(ip)}`;
}

function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  const fam = isIP(host);
  if (fam === 4) return host.startsWith('127.');
  if (fam === 6) {
    const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(host);
    return v4 ? (v4[1] as string).startsWith('127.') : ipBits(host) === 1n;
  }
  return false;
}

/** The proxy for `target`, or undefined for a direct connection. */
export function proxyFor(target: URL, settings: ProxySettings): URL | undefined {
  const raw =
    target.protocol === 'https:'
      ? settings.httpsProxy
      : target.protocol === 'http:'
        ? settings.httpProxy
        : undefined;
  if (!raw) return undefined;
  let host = target.hostname.toLowerCase();
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  if (isLoopback(host)) return undefined;
  const { all, matchers } = noProxyMatchers(settings.noProxy ?? '');
  if (all) return undefined;
  const ip = isIP(host) !== 0;
  if (matchers.some(m => m(host, port, ip))) return undefined;
  return parseProxyUrl(raw, target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY');
}

/** What a proxy URL looks like in a message: no credentials. */
export function displayProxy(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}`;
}

export type AgentOptions = https.AgentOptions;

/**
 * An agent for requests to `target`: through `proxy` (CONNECT for https, absolute-form requests
 * for http, by node's built-in proxy support) when one is given, else direct. TLS options apply
 * to the TLS session with the target, not the proxy.
 */
export function agentFor(target: URL, proxy: URL | undefined, options: AgentOptions = {}): http.Agent {
  const https_ = target.protocol === 'https:';
  const proxyEnv = proxy ? { [https_ ? 'HTTPS_PROXY' : 'HTTP_PROXY']: proxy.href } : undefined;
  const o = { ...options, ...(proxyEnv ? { proxyEnv } : {}) } as https.AgentOptions;
  const mod = process.getBuiltinModule(https_ ? 'node:https' : 'node:http') as typeof https;
  return new mod.Agent(o);
}

/**
 * Agents chosen per target origin, created once and reused (keep-alive), for a client that talks
 * to more than one host (a registry and its token realm).
 */
export class ProxyAgents {
  private readonly agents = new Map<string, http.Agent>();

  constructor(
    private readonly settings: ProxySettings,
    private readonly options: AgentOptions = {}
  ) {}

  /** The agent for a URL; throws a UserError naming the variable when the proxy is unusable. */
  for(target: URL): http.Agent {
    const key = `${target.protocol}//${target.host}`;
    let a = this.agents.get(key);
    if (!a) {
      a = agentFor(target, proxyFor(target, this.settings), this.options);
      this.agents.set(key, a);
    }
    return a;
  }

  destroy(): void {
    for (const a of this.agents.values()) a.destroy();
    this.agents.clear();
  }
}
