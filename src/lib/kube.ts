/**
 * A small Kubernetes API client over node:https: GET/LIST/PATCH JSON (and text for pod logs)
 * with the credentials of a kubeconfig context — client certificates, a bearer token (or token
 * file), Basic auth, an exec credential plugin (the EKS token command), impersonation — through
 * the proxy helm would use (the cluster's proxy-url, else HTTPS_PROXY/NO_PROXY as Go reads them:
 * proxy.ts), with tls-server-name on every TLS session (the kubeconfig's own certificate and
 * one an exec plugin returns). Enough for rollout progress, failure diagnostics, stuck-release
 * inspection and the smoke request through the service proxy, without @kubernetes/client-node
 * (megabytes, and it ignores proxies) or kubectl.
 */
import type * as http from 'node:http';
import * as path from 'node:path';
import { UserError } from './errors';
import { CommandNotFoundError, exec } from './exec';
import type { ExecConfig, KubeConnection } from './kubeconfig';
import { agentFor, displayProxy, parseProxyUrl, proxyFor, proxySettingsFromEnv } from './proxy';

/**
 * An authorization refusal, as the API server words it: RBAC's, or any other authorizer's in the
 * chain (Node, an EKS access-entry or other webhook authorizer), since the server writes the same
 * sentence whichever said no.
 */
export interface AuthorizationRefusal {
  user: string;
  verb: string;
  /** `secrets`, `deployments.apps`, `pods/log`, `deployments.apps/scale`; a path for a non-resource URL. */
  resource: string;
  nonResource: boolean;
  namespace?: string;
  /** What the authorizer added after the sentence (RBAC's missing role, a webhook's reason). */
  reason?: string;
}

/** A Go %q string's contents (JSON shares its escapes but for \x and \U; those stay as written). */
function goUnquote(s: string): string {
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return s;
  }
}

const GO_QUOTED = '"((?:[^"\\\\]|\\\\.)*)"';
/**
 * kube-apiserver's refusal sentence (k8s.io/apiserver pkg/endpoints/handlers/responsewriters/
 * errors.go, forbiddenMessage and ForbiddenStatusError, v0.37.2), inside NewForbidden's
 * `<resource> "<name>" is forbidden: …` (apimachinery pkg/api/errors):
 *   User %q cannot %s resource %q in API group %q in the namespace %q
 *   User %q cannot %s resource %q in API group %q at the cluster scope
 *   User %q cannot %s path %q
 * then `: <reason>` when the authorizer gave one. Any other 403 (an admission plugin or webhook,
 * Pod Security, a quota, a terminating namespace, a proxy in between, the proxied service itself)
 * is not a missing permission and keeps its own message.
 */
const REFUSAL = new RegExp(
  `User ${GO_QUOTED} cannot (\\S+) (?:resource ${GO_QUOTED} in API group ${GO_QUOTED}(?: in the namespace ${GO_QUOTED}| at the cluster scope)|path ${GO_QUOTED})(?:: ([^]*))?`
);

/** The authorization refusal in a 403's Status message, undefined for any other 403. */
export function authorizationRefusal(serverMessage: string): AuthorizationRefusal | undefined {
  const m = REFUSAL.exec(serverMessage);
  if (!m) return undefined;
  const [, user = '', verb = '', res, group = '', namespace, path, reason] = m;
  let resource: string;
  if (res === undefined) resource = goUnquote(path ?? '');
  else {
    const [base = '', ...sub] = goUnquote(res).split('/');
    const g = goUnquote(group);
    resource = (g ? `${base}.${g}` : base) + (sub.length ? `/${sub.join('/')}` : '');
  }
  return {
    user: goUnquote(user),
    verb,
    resource,
    nonResource: res === undefined,
    ...(namespace !== undefined ? { namespace: goUnquote(namespace) } : {}),
    ...(reason?.trim() ? { reason: reason.trim() } : {})
  };
}

/**
 * A sentence for a 403: for an authorization refusal, who may not do what, where, and the grant
 * that would allow it; for any other 403, the request and the server's own message.
 */
export function describeForbidden(method: string, apiPath: string, serverMessage: string): string {
  const r = authorizationRefusal(serverMessage);
  if (!r)
    return `The Kubernetes API refused ${method} ${apiPath.split('?')[0]} (HTTP 403 Forbidden): ${serverMessage}`;
  const identity = r.user ? `The deploy identity (${r.user})` : 'The deploy identity';
  if (r.nonResource)
    return `${identity} may not ${r.verb} the path "${r.resource}" (HTTP 403 Forbidden): grant it a ClusterRole that allows "${r.verb}" on the non-resource URL "${r.resource}".${r.reason ? ` The authorizer said: ${r.reason}` : ''}`;
  const where = r.namespace ? ` in namespace "${r.namespace}"` : ' (cluster-wide)';
  return (
    `${identity} may not ${r.verb} ${r.resource}${where} (HTTP 403 Forbidden): ` +
    `grant it a ${r.namespace ? 'Role' : 'ClusterRole'} that allows "${r.verb}" on "${r.resource}"${r.namespace ? ` in "${r.namespace}"` : ''}.` +
    (r.reason ? ` The authorizer said: ${r.reason}` : '')
  );
}

/**
 * An API error response (the server answered with a non-2xx status). A user error: it says
 * what the cluster refused (for 401, and for a 403 that is an authorization refusal, in one
 * sentence naming the verb, resource and namespace the identity lacks), never a bug in this
 * action. `serverMessage` is the Status message (or the body) as the server sent it.
 */
export class KubeApiError extends UserError {
  /** For a 403: the authorization refusal it is, undefined for any other 403 (and status). */
  readonly refusal: AuthorizationRefusal | undefined;

  constructor(
    readonly status: number,
    readonly reason: string,
    readonly serverMessage: string,
    readonly method: string,
    readonly path: string
  ) {
    const message = serverMessage;
    super(
      status === 403
        ? describeForbidden(method, path, message)
        : status === 401
          ? `The Kubernetes API refused the credentials for ${method} ${path.split('?')[0]} (HTTP 401 Unauthorized): ${message}`
          : message
    );
    this.name = 'KubeApiError';
    this.refusal = status === 403 ? authorizationRefusal(serverMessage) : undefined;
  }
}

export interface RequestOptions {
  body?: unknown;
  contentType?: string;
  /** Return the body as text instead of parsing JSON (pod logs, service proxy). */
  text?: boolean;
  timeoutMs?: number;
}

interface ExecToken {
  token?: string;
  cert?: Buffer;
  key?: Buffer;
  expiresAt: number;
}

const JSON_MERGE_PATCH = 'application/merge-patch+json';

/** Why a connection failed, in terms a person can act on. */
export function describeConnectionError(server: string, err: unknown, eks: boolean, proxy?: URL): string {
  const e = err as NodeJS.ErrnoException & { code?: string };
  const code = e?.code ?? '';
  const base = `Cannot reach the Kubernetes API at ${server}${proxy ? ` through the proxy ${displayProxy(proxy)}` : ''}`;
  const hint =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? `: the host name does not resolve${eks ? ' (wrong region, or a private-only endpoint outside the VPC?)' : ''}`
      : code === 'ECONNREFUSED'
        ? `: connection refused (${proxy ? 'is the proxy running?' : 'is the cluster running and the address right?'})`
        : code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT'
          ? `: connection timed out${eks ? ' (a private endpoint, or the runner cannot reach the cluster network)' : ''}`
          : /certificate|self.signed|CERT_|UNABLE_TO_VERIFY/i.test(`${code} ${e?.message ?? ''}`)
            ? ': the server certificate does not match the kubeconfig CA'
            : `: ${e?.message ?? String(err)}`;
  return base + hint + '.';
}

export class KubeClient {
  private readonly agent: http.Agent;
  /** The agent for the client certificate an exec plugin returned (its own TLS sessions). */
  private execAgent?: { cert: Buffer; agent: http.Agent };
  private execToken?: ExecToken;
  private readonly url: URL;
  /** The proxy every request goes through, or undefined for direct connections. */
  readonly proxy: URL | undefined;

  constructor(
    readonly conn: KubeConnection,
    private readonly opts: {
      env?: NodeJS.ProcessEnv;
      eks?: boolean;
      defaultTimeoutMs?: number;
      /** Called with each credential an exec plugin returns (token, key lines), to mask it. */
      onToken?: (token: string) => void;
    } = {}
  ) {
    this.url = new URL(conn.server);
    // client-go: the cluster's proxy-url wins; otherwise the environment, as Go reads it.
    this.proxy = conn.proxyUrl
      ? parseProxyUrl(conn.proxyUrl, 'the kubeconfig proxy-url')
      : proxyFor(this.url, proxySettingsFromEnv(opts.env ?? process.env));
    this.agent = this.newAgent(conn.clientCert, conn.clientKey);
  }

  private newAgent(cert: Buffer | undefined, key: Buffer | undefined): http.Agent {
    const tls =
      this.url.protocol === 'https:'
        ? {
            ca: this.conn.ca,
            cert,
            key,
            rejectUnauthorized: !this.conn.insecureSkipTlsVerify,
            ...(this.conn.tlsServerName ? { servername: this.conn.tlsServerName } : {})
          }
        : {};
    return agentFor(this.url, this.proxy, { keepAlive: true, maxSockets: 8, ...tls });
  }

  get server(): string {
    return this.conn.server;
  }

  close(): void {
    this.agent.destroy();
    this.execAgent?.agent.destroy();
  }

  /** KUBERNETES_EXEC_INFO as client-go writes it (spec.cluster only with provideClusterInfo). */
  private execInfo(x: ExecConfig): string {
    const c = this.conn;
    const cluster = x.provideClusterInfo
      ? {
          cluster: {
            server: c.server,
            ...(c.tlsServerName ? { 'tls-server-name': c.tlsServerName } : {}),
            ...(c.insecureSkipTlsVerify ? { 'insecure-skip-tls-verify': true } : {}),
            ...(c.ca ? { 'certificate-authority-data': c.ca.toString('base64') } : {}),
            ...(c.proxyUrl ? { 'proxy-url': c.proxyUrl } : {})
          }
        }
      : {};
    return JSON.stringify({
      apiVersion: x.apiVersion,
      kind: 'ExecCredential',
      spec: { interactive: false, ...cluster }
    });
  }

  /** Runs the exec plugin (argv, never a shell) and caches its credential until it expires. */
  private async execCredential(force = false): Promise<ExecToken> {
    const now = Date.now();
    if (!force && this.execToken && this.execToken.expiresAt - 30_000 > now) return this.execToken;
    const x = this.conn.exec as ExecConfig;
    const command =
      x.command.includes('/') || x.command.includes(path.sep)
        ? path.resolve(x.baseDir, x.command)
        : x.command;
    const env = { ...(this.opts.env ?? process.env), ...x.env, KUBERNETES_EXEC_INFO: this.execInfo(x) };
    let res;
    try {
      res = await exec(command, x.args, { env, timeoutMs: 60_000, forwardSignals: false });
    } catch (err) {
      if (err instanceof CommandNotFoundError && x.installHint)
        throw new UserError(
          `The kubeconfig's credential plugin ${x.command} cannot be run: ${x.installHint.trim()}`
        );
      throw err;
    }
    if (res.exitCode !== 0) {
      throw new UserError(
        `The kubeconfig's credential plugin ${path.basename(command)} failed (exit ${res.exitCode}): ${res.stderr.trim().split('\n').slice(-3).join(' ')}`
      );
    }
    let status: {
      token?: string;
      clientCertificateData?: string;
      clientKeyData?: string;
      expirationTimestamp?: string;
    };
    try {
      status = (JSON.parse(res.stdout) as { status?: typeof status }).status ?? {};
    } catch {
      throw new UserError(
        `The kubeconfig's credential plugin ${path.basename(command)} did not print an ExecCredential`
      );
    }
    const expiresAt = status.expirationTimestamp ? Date.parse(status.expirationTimestamp) : now + 5 * 60_000;
    if (status.token) this.opts.onToken?.(status.token);
    if (status.clientKeyData)
      for (const line of status.clientKeyData.split(/\r?\n/))
        if (line.trim().length >= 8 && !line.startsWith('-----')) this.opts.onToken?.(line.trim());
    this.execToken = {
      token: status.token,
      cert: status.clientCertificateData ? Buffer.from(status.clientCertificateData) : undefined,
      key: status.clientKeyData ? Buffer.from(status.clientKeyData) : undefined,
      expiresAt
    };
    return this.execToken;
  }

  async request<T = unknown>(method: string, apiPath: string, o: RequestOptions = {}): Promise<T> {
    try {
      return await this.requestOnce<T>(method, apiPath, o, false);
    } catch (err) {
      // An exec token can be revoked or expire early: mint a new one once.
      if (err instanceof KubeApiError && err.status === 401 && this.usesExec())
        return this.requestOnce<T>(method, apiPath, o, true);
      throw err;
    }
  }

  /** client-go: a static token or Basic credentials are sent as they are; exec only without them. */
  private usesExec(): boolean {
    const c = this.conn;
    return !!c.exec && !c.token && !c.tokenFile && c.username === undefined;
  }

  private staticAuthorization(): string | undefined {
    const c = this.conn;
    if (c.tokenFile) {
      // Re-read on each use, as client-go does (a rotated projected token); the last good value
      // stays when the file is briefly missing during a rotation.
      const fs = process.getBuiltinModule('node:fs') as typeof import('node:fs');
      try {
        const t = fs.readFileSync(c.tokenFile, 'utf8').trim();
        if (t && t !== c.token) {
          c.token = t;
          this.opts.onToken?.(t);
        }
      } catch {
        /* keep the last value read */
      }
    }
    if (c.token) return `Bearer ${c.token}`;
    if (c.username !== undefined)
      return 'Basic ' + Buffer.from(`${c.username}:${c.password ?? ''}`).toString('base64');
    return undefined;
  }

  private impersonationHeaders(): Record<string, string | string[]> {
    const i = this.conn.impersonate;
    if (!i) return {};
    const h: Record<string, string | string[]> = { 'Impersonate-User': i.user };
    if (i.uid) h['Impersonate-Uid'] = i.uid;
    if (i.groups.length) h['Impersonate-Group'] = i.groups;
    for (const [k, v] of Object.entries(i.extra))
      // client-go percent-encodes the key (it is a header name), not the values.
      h[`Impersonate-Extra-${encodeURIComponent(k)}`] = v;
    return h;
  }

  /** The agent for this request: the exec plugin's client certificate gets its own (cached). */
  private agentFor(cert: Buffer | undefined, key: Buffer | undefined): http.Agent {
    if (!cert) return this.agent;
    if (this.execAgent?.cert.equals(cert)) return this.execAgent.agent;
    this.execAgent?.agent.destroy();
    this.execAgent = { cert, agent: this.newAgent(cert, key) };
    return this.execAgent.agent;
  }

  private async requestOnce<T>(
    method: string,
    apiPath: string,
    o: RequestOptions,
    refresh: boolean
  ): Promise<T> {
    const headers: Record<string, string | string[]> = {
      Accept: o.text ? '*/*' : 'application/json',
      ...this.impersonationHeaders()
    };
    let cert: Buffer | undefined;
    let key: Buffer | undefined;
    const auth = this.staticAuthorization();
    if (auth) headers['Authorization'] = auth;
    else if (this.usesExec()) {
      const c = await this.execCredential(refresh);
      if (c.token) headers['Authorization'] = `Bearer ${c.token}`;
      cert = c.cert;
      key = c.key;
    }
    let payload: string | undefined;
    if (o.body !== undefined) {
      payload = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
      headers['Content-Type'] = o.contentType ?? 'application/json';
      headers['Content-Length'] = String(Buffer.byteLength(payload));
    }
    const url = new URL(this.conn.server + apiPath);
    const mod = process.getBuiltinModule(
      url.protocol === 'https:' ? 'node:https' : 'node:http'
    ) as typeof http;
    const timeoutMs = o.timeoutMs ?? this.opts.defaultTimeoutMs ?? 30_000;
    return new Promise<T>((resolve, reject) => {
      const req = mod.request(
        url,
        { method, headers, agent: this.agentFor(cert, key), timeout: timeoutMs },
        res => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) {
              if (o.text) return resolve(text as T);
              try {
                resolve((text ? JSON.parse(text) : {}) as T);
              } catch {
                reject(
                  new KubeApiError(
                    status,
                    'BadResponse',
                    `${method} ${apiPath}: the response is not JSON`,
                    method,
                    apiPath
                  )
                );
              }
              return;
            }
            let reason = '';
            let message = text.trim().slice(0, 500);
            try {
              const s = JSON.parse(text) as { reason?: string; message?: string };
              reason = s.reason ?? '';
              message = s.message ?? message;
            } catch {
              /* not a Status object; keep the raw text */
            }
            reject(new KubeApiError(status, reason, message || `HTTP ${status}`, method, apiPath));
          });
          res.on('error', reject);
        }
      );
      req.on('timeout', () =>
        req.destroy(
          Object.assign(new Error(`request timed out after ${timeoutMs} ms`), { code: 'ETIMEDOUT' })
        )
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  get<T = unknown>(apiPath: string, o: RequestOptions = {}): Promise<T> {
    return this.request<T>('GET', apiPath, o);
  }

  /** GET that returns undefined for 404 instead of throwing. */
  async getOptional<T = unknown>(apiPath: string): Promise<T | undefined> {
    try {
      return await this.get<T>(apiPath);
    } catch (err) {
      if (err instanceof KubeApiError && err.status === 404) return undefined;
      throw err;
    }
  }

  async list<T = unknown>(apiPath: string, query: Record<string, string | undefined> = {}): Promise<T[]> {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q.set(k, v);
    const qs = q.toString();
    const res = await this.get<{ items?: T[] }>(qs ? `${apiPath}?${qs}` : apiPath);
    return res.items ?? [];
  }

  mergePatch<T = unknown>(apiPath: string, patch: unknown): Promise<T> {
    return this.request<T>('PATCH', apiPath, { body: patch, contentType: JSON_MERGE_PATCH });
  }

  /**
   * One cheap authenticated call to prove the endpoint and credentials work, turning failures
   * into one sentence naming the endpoint and the likely cause.
   */
  async verifyAccess(namespace: string): Promise<void> {
    const eks = this.opts.eks ?? false;
    try {
      await this.get(`/api/v1/namespaces/${encodeURIComponent(namespace)}`).catch(err => {
        // 404: the namespace does not exist yet (helm may create it). An authorization refusal
        // of get namespace is fine when the role is namespace-scoped: authentication itself
        // worked, unless the server took the caller for system:anonymous. Any other 403 (a
        // proxy in between, say) proves nothing and is reported.
        if (err instanceof KubeApiError && err.status === 404) return;
        if (err instanceof KubeApiError && err.refusal && err.refusal.user !== 'system:anonymous') return;
        throw err;
      });
    } catch (err) {
      if (err instanceof KubeApiError) {
        if (err.status === 401) {
          throw new UserError(
            `The Kubernetes API at ${this.server} refused the credentials (HTTP 401 Unauthorized)` +
              (eks
                ? ': the role has no EKS access entry (or aws-auth mapping) on this cluster, or the token was minted for another cluster/region.'
                : ': the kubeconfig user is not accepted by this cluster.')
          );
        }
        if (err.status === 403 && err.refusal) {
          throw new UserError(
            `The Kubernetes API at ${this.server} denied access: ${err.message}` +
              (eks ? ' On EKS: give the deploy role an access entry with a policy for this namespace.' : '')
          );
        }
        throw new UserError(
          `The Kubernetes API at ${this.server} answered HTTP ${err.status}${err.status === 403 ? ' Forbidden' : ''}: ${err.serverMessage}`
        );
      }
      if (err instanceof UserError) throw err;
      throw new UserError(describeConnectionError(this.server, err, eks, this.proxy));
    }
  }
}
