/**
 * A small OCI distribution client (https://github.com/opencontainers/distribution-spec):
 * manifest HEAD/GET/PUT by tag or digest and blob GET by digest (a chart package), with the two auth schemes registries use (Basic, and
 * Bearer tokens from the realm named in the WWW-Authenticate challenge). Transient failures
 * (connection refused/reset, 429, 5xx) are retried with bounded backoff, each retry reported.
 *
 * Built on node:http/https rather than fetch so that an insecure registry (self-signed TLS, or
 * plain HTTP as in tests) can be reached as docker/buildah reach one: without TLS verification,
 * or over plain HTTP. Every request (the registry and its token realm) goes through the proxy
 * buildah, podman and docker would use: HTTPS_PROXY/HTTP_PROXY/NO_PROXY as Go reads them
 * (proxy.ts).
 *
 * Why a client of our own rather than handing registry access to skopeo or `docker buildx
 * imagetools`: it runs the skip-if-exists check and the tag move with credentials held in memory
 * (an ECR token), where a tool would need them in an auth file or argv, and a docker-only runner
 * has no skopeo while a buildah-only one has no buildx. Credentials come from the inputs, ECR,
 * or where the builders find them (registryAuth.ts: auth files and credential helpers); the
 * builders' registries.conf decides `insecure` and `blocked` for the destination
 * (registriesConf.ts), so the caller passes `insecure` from the input or from there.
 */
import type * as http from 'node:http';
import { UserError } from './errors';
import { ProxyAgents, proxySettingsFromEnv } from './proxy';
import { isTransientError, withRetry, type RetryOptions } from './retry';
import { sha256Digest } from './digest';
import { oneLine } from './untrusted';

/** Every manifest type we accept, in order of preference (an index first: multi-platform). */
export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
] as const;

export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface ManifestInfo {
  digest: string;
  mediaType: string;
  /** Size of the manifest document itself, in bytes. */
  size: number;
}

export interface Manifest extends ManifestInfo {
  body: Buffer;
}

export interface RegistryClientOptions {
  /** host[:port], no scheme. */
  registry: string;
  credentials?: RegistryCredentials;
  /** Accept unverified TLS and fall back to plain HTTP (docker's "insecure registry"). */
  insecure?: boolean;
  /** Per-request timeout; default 30 s. */
  timeoutMs?: number;
  /** Retry policy for transient failures (default 4 attempts, 0.5 s base, 8 s cap). */
  retry?: Partial<Omit<RetryOptions, 'isTransient'>>;
  userAgent?: string;
  /** Where the proxy variables come from (default process.env). */
  env?: NodeJS.ProcessEnv;
}

/** A registry answered with an error, or could not be reached. */
export class RegistryError extends UserError {
  constructor(
    message: string,
    readonly status?: number,
    readonly code?: string
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

/** The registry wants credentials we do not have, or refused the ones we sent. Never retried. */
export class RegistryAuthError extends RegistryError {
  constructor(message: string, status?: number) {
    super(message, status);
    this.name = 'RegistryAuthError';
  }
}

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses `Bearer realm="…",service="…",scope="…"` (or `Basic realm="…"`). */
export function parseChallenge(header: string): Challenge | undefined {
  const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (const p of (m[2] ?? '').matchAll(re)) {
    params[(p[1] as string).toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
  }
  return { scheme: (m[1] as string).toLowerCase(), params };
}

export { sha256Digest };

/**
 * The image's size as registries report it: config plus compressed layers. Undefined for an
 * index (each platform has its own size) or a document we do not understand.
 */
export function imageSizeFromManifest(body: Buffer | string): number | undefined {
  try {
    const m = JSON.parse(body.toString()) as { config?: { size?: number }; layers?: { size?: number }[] };
    if (!m.config || !Array.isArray(m.layers)) return undefined;
    return (m.config.size ?? 0) + m.layers.reduce((n, l) => n + (l.size ?? 0), 0);
  } catch {
    return undefined;
  }
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** What a TLS-only server does with a plain-HTTP request: a 400 naming HTTPS, a redirect to https, or a dropped connection. */
const PLAIN_TO_TLS_REFUSAL = /https/i;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ERR_INVALID_HTTP_RESPONSE', 'HPE_INVALID_CONSTANT']);

function header(h: http.IncomingHttpHeaders, name: string): string {
  const v = h[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

export class RegistryClient {
  readonly registry: string;
  private scheme: 'https' | 'http' | undefined;
  /** Authorization header value per token scope ('' = registry-wide Basic). */
  private readonly auth = new Map<string, string>();
  private basic = false;
  private readonly agents: ProxyAgents;

  constructor(private readonly opts: RegistryClientOptions) {
    this.registry = opts.registry;
    if (!opts.insecure) this.scheme = 'https';
    this.agents = new ProxyAgents(proxySettingsFromEnv(opts.env ?? process.env), {
      keepAlive: true,
      ...(opts.insecure ? { rejectUnauthorized: false } : {})
    });
  }

  /** Closes idle connections. */
  close(): void {
    this.agents.destroy();
  }

  /** The manifest's digest, media type and size, or undefined when the tag/digest does not exist. */
  async headManifest(repository: string, reference: string): Promise<ManifestInfo | undefined> {
    const res = await this.call('HEAD', repository, `/v2/${repository}/manifests/${reference}`, {
      Accept: MANIFEST_MEDIA_TYPES.join(', ')
    });
    if (res.status === 404) return undefined;
    this.expectOk(res, `HEAD manifest ${repository}:${reference}`);
    const digest = header(res.headers, 'docker-content-digest');
    if (!digest) {
      // Some registries omit the digest on HEAD; GET and hash the body instead.
      const m = await this.getManifest(repository, reference);
      return m && { digest: m.digest, mediaType: m.mediaType, size: m.size };
    }
    return {
      digest,
      mediaType: header(res.headers, 'content-type'),
      size: Number(header(res.headers, 'content-length') || 0)
    };
  }

  /** The manifest document; its digest is computed from the bytes and checked against the header. */
  async getManifest(repository: string, reference: string): Promise<Manifest | undefined> {
    const res = await this.call('GET', repository, `/v2/${repository}/manifests/${reference}`, {
      Accept: MANIFEST_MEDIA_TYPES.join(', ')
    });
    if (res.status === 404) return undefined;
    this.expectOk(res, `GET manifest ${repository}:${reference}`);
    const digest = sha256Digest(res.body);
    const claimed = header(res.headers, 'docker-content-digest');
    if (claimed && claimed !== digest) {
      throw new RegistryError(
        `${this.registry} sent manifest ${repository}:${reference} with digest header ${claimed} but its content hashes to ${digest}`
      );
    }
    return { digest, mediaType: header(res.headers, 'content-type'), size: res.body.length, body: res.body };
  }

  /** Stores a manifest under a tag (how a tag is moved without re-pushing blobs). Returns its digest. */
  async putManifest(
    repository: string,
    tag: string,
    manifest: { body: Buffer; mediaType: string }
  ): Promise<string> {
    const res = await this.call(
      'PUT',
      repository,
      `/v2/${repository}/manifests/${tag}`,
      { 'Content-Type': manifest.mediaType },
      manifest.body
    );
    this.expectOk(res, `PUT manifest ${repository}:${tag}`, [201]);
    return header(res.headers, 'docker-content-digest') || sha256Digest(manifest.body);
  }

  /**
   * A blob's bytes, checked against its digest (and `size`, a descriptor's, when given);
   * undefined when the registry has no such blob. Registries may answer with a redirect (ECR and
   * S3-backed storage send one to a pre-signed URL): it is followed, and another host never gets
   * the registry's credentials.
   */
  async getBlob(repository: string, digest: string, size?: number): Promise<Buffer | undefined> {
    const what = `GET blob ${repository}@${digest}`;
    let res = await this.call('GET', repository, `/v2/${repository}/blobs/${digest}`, {});
    for (let hops = 0; REDIRECTS.has(res.status); hops++) {
      const location = header(res.headers, 'location');
      if (!location || hops >= 5)
        throw new RegistryError(`${what} on ${this.registry}: HTTP ${res.status} without a usable Location`);
      const url = new URL(location, `${this.scheme ?? 'https'}://${this.registry}`);
      res =
        url.host === this.registry && url.protocol === `${this.scheme ?? 'https'}:`
          ? await this.call('GET', repository, `${url.pathname}${url.search}`, {})
          : await withRetry(
              async () => {
                try {
                  const r = await this.sendUrl('GET', url, {});
                  if (r.status === 429 || r.status >= 500)
                    throw new RegistryError(
                      `${what} (redirected to ${url.host}): HTTP ${r.status}`,
                      r.status
                    );
                  return r;
                } catch (err) {
                  throw this.describeFailure(err, 'GET', `${url.host} (redirected ${what})`);
                }
              },
              { ...(this.opts.retry ?? {}), isTransient: isTransientError }
            );
    }
    if (res.status === 404) return undefined;
    this.expectOk(res, what);
    const got = sha256Digest(res.body);
    if (got !== digest)
      throw new RegistryError(
        `${this.registry} sent blob ${repository}@${digest} whose content hashes to ${got}`
      );
    if (size !== undefined && res.body.length !== size)
      throw new RegistryError(
        `${this.registry} sent blob ${repository}@${digest} of ${res.body.length} bytes; its descriptor says ${size}`
      );
    return res.body;
  }

  private expectOk(res: RawResponse, what: string, ok: number[] = [200]): void {
    if (ok.includes(res.status)) return;
    const detail = registryErrorDetail(res.body);
    const msg = `${what} on ${this.registry}: HTTP ${res.status}${detail ? ` (${detail})` : ''}`;
    if (res.status === 401 || res.status === 403) throw new RegistryAuthError(msg, res.status);
    throw new RegistryError(msg, res.status);
  }

  /** One logical request: retried when transient, authenticated on a 401 challenge. */
  private call(
    method: string,
    repository: string,
    path: string,
    headers: Record<string, string>,
    body?: Buffer
  ): Promise<RawResponse> {
    const r = this.opts.retry ?? {};
    return withRetry(
      async () => {
        let res: RawResponse;
        try {
          res = await this.authorized(method, repository, path, headers, body);
        } catch (err) {
          // Described here, per attempt, so that each logged retry says what went wrong.
          throw this.describeFailure(err, method, path);
        }
        if (res.status === 429 || res.status >= 500) {
          throw new RegistryError(`${method} ${path} on ${this.registry}: HTTP ${res.status}`, res.status);
        }
        return res;
      },
      { ...r, isTransient: err => !(err instanceof RegistryAuthError) && isTransientError(err) }
    );
  }

  private describeFailure(err: unknown, method: string, path: string): RegistryError {
    if (err instanceof RegistryError) return err;
    const e = err as NodeJS.ErrnoException;
    const code = e?.code ?? '';
    const why =
      code === 'ECONNREFUSED'
        ? 'connection refused (is the registry running and the host:port right?)'
        : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
          ? 'host name does not resolve'
          : code === 'ETIMEDOUT'
            ? 'timed out'
            : (e?.message ?? String(err));
    return new RegistryError(
      `cannot reach registry ${this.registry} (${method} ${path}): ${why}`,
      undefined,
      code
    );
  }

  private async authorized(
    method: string,
    repository: string,
    path: string,
    headers: Record<string, string>,
    body?: Buffer
  ): Promise<RawResponse> {
    const scopeKey = this.basic ? '' : `repository:${repository}:${method === 'PUT' ? 'pull,push' : 'pull'}`;
    const cached = this.auth.get(scopeKey);
    const first = await this.send(
      method,
      path,
      cached ? { ...headers, Authorization: cached } : headers,
      body
    );
    if (first.status !== 401) return first;
    const challenge = parseChallenge(header(first.headers, 'www-authenticate'));
    const creds = this.opts.credentials;
    if (!challenge || challenge.scheme === 'basic') {
      if (!creds) throw this.needsCredentials(first.status);
      if (cached) throw this.refused(first.status);
      this.basic = true;
      const value = 'Basic ' + Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
      this.auth.set('', value);
      const again = await this.send(method, path, { ...headers, Authorization: value }, body);
      if (again.status === 401) throw this.refused(again.status);
      return again;
    }
    if (challenge.scheme !== 'bearer') {
      throw new RegistryAuthError(
        `${this.registry} asks for unsupported auth scheme "${challenge.scheme}"`,
        401
      );
    }
    const token = await this.fetchToken(challenge.params);
    const value = `Bearer ${token}`;
    this.auth.set(scopeKey, value);
    const again = await this.send(method, path, { ...headers, Authorization: value }, body);
    if (again.status === 401) throw this.refused(again.status);
    return again;
  }

  private async fetchToken(params: Record<string, string>): Promise<string> {
    const realm = params['realm'];
    if (!realm) throw new RegistryAuthError(`${this.registry} sent a Bearer challenge without a realm`, 401);
    const url = new URL(realm);
    if (params['service']) url.searchParams.set('service', params['service']);
    if (params['scope']) url.searchParams.set('scope', params['scope']);
    const creds = this.opts.credentials;
    const headers: Record<string, string> = {};
    if (creds)
      headers['Authorization'] =
        'Basic ' + Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
    const res = await this.sendUrl('GET', url, headers);
    if (res.status === 401 || res.status === 403)
      throw creds ? this.refused(res.status) : this.needsCredentials(res.status);
    if (res.status !== 200)
      throw new RegistryError(`token endpoint ${url.host} answered HTTP ${res.status}`, res.status);
    let parsed: { token?: string; access_token?: string };
    try {
      parsed = JSON.parse(res.body.toString()) as typeof parsed;
    } catch {
      throw new RegistryError(`token endpoint ${url.host} did not return JSON`);
    }
    const token = parsed.token ?? parsed.access_token;
    if (!token) throw new RegistryError(`token endpoint ${url.host} returned no token`);
    return token;
  }

  private needsCredentials(status: number): RegistryAuthError {
    return new RegistryAuthError(
      `registry ${this.registry} requires authentication: set username and password`,
      status
    );
  }

  private refused(status: number): RegistryAuthError {
    const user = this.opts.credentials?.username ?? '';
    return new RegistryAuthError(
      `registry ${this.registry} refused the credentials of user "${user}" (HTTP ${status}): check username and password`,
      status
    );
  }

  private async send(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: Buffer
  ): Promise<RawResponse> {
    if (this.scheme)
      return this.sendUrl(method, new URL(`${this.scheme}://${this.registry}${path}`), headers, body);
    // Insecure and not yet probed: plain HTTP first, then HTTPS without verification when the
    // server turns out to speak only TLS. Plain first because it needs no TLS stack (tens of ms
    // to load) for the common case, a local plain registry; the probe carries no credentials
    // (they are only sent after a 401 challenge), and insecure means unverified TLS anyway.
    try {
      const res = await this.sendUrl(method, new URL(`http://${this.registry}${path}`), headers, body);
      const refused = res.status === 400 && PLAIN_TO_TLS_REFUSAL.test(res.body.toString());
      const redirected =
        res.status >= 300 && res.status < 400 && /^https:/i.test(header(res.headers, 'location'));
      if (!refused && !redirected) {
        this.scheme = 'http';
        return res;
      }
    } catch (err) {
      if (!DROPPED.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
    }
    this.scheme = 'https';
    return this.sendUrl(method, new URL(`https://${this.registry}${path}`), headers, body);
  }

  private sendUrl(
    method: string,
    url: URL,
    headers: Record<string, string>,
    body?: Buffer
  ): Promise<RawResponse> {
    // Loaded on first use: node:https brings the TLS stack, which a plain local registry never needs.
    const mod = process.getBuiltinModule(
      url.protocol === 'http:' ? 'node:http' : 'node:https'
    ) as typeof http;
    const h: Record<string, string> = { 'User-Agent': this.opts.userAgent ?? 'flygtaxi-actions', ...headers };
    if (body) h['Content-Length'] = String(body.length);
    return new Promise((resolve, reject) => {
      const req = mod.request(
        url,
        {
          method,
          headers: h,
          timeout: this.opts.timeoutMs ?? 30000,
          agent: this.agents.for(url),
          ...(url.protocol === 'https:' && this.opts.insecure ? { rejectUnauthorized: false } : {})
        },
        res => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
          );
          res.on('error', reject);
        }
      );
      req.on('timeout', () => {
        const e = new Error(`no answer within ${this.opts.timeoutMs ?? 30000} ms`) as NodeJS.ErrnoException;
        e.code = 'ETIMEDOUT';
        req.destroy(e);
      });
      req.on('error', reject);
      req.end(body);
    });
  }
}

/** The first error of a distribution-spec error body: `{"errors":[{"code":"…","message":"…"}]}`. */
export function registryErrorDetail(body: Buffer): string {
  try {
    const j = JSON.parse(body.toString()) as { errors?: { code?: string; message?: string }[] };
    const e = j.errors?.[0];
    return e ? oneLine([e.code, e.message].filter(Boolean).join(': ')) : '';
  } catch {
    return '';
  }
}
