/**
 * A small Kubernetes API client over node:https: GET/LIST/PATCH JSON (and text for pod logs)
 * with the credentials of a kubeconfig context — client certificates, a bearer token or an exec
 * credential plugin (the EKS token command). Enough for rollout progress, failure diagnostics,
 * stuck-release inspection and the smoke request through the service proxy, without
 * @kubernetes/client-node (megabytes) or kubectl.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import * as path from 'node:path';
import { UserError } from './errors';
import { exec } from './exec';
import type { ExecConfig, KubeConnection } from './kubeconfig';

/** An API error response (the server answered with a non-2xx status). */
export class KubeApiError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly method: string,
    readonly path: string
  ) {
    super(message);
    this.name = 'KubeApiError';
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
export function describeConnectionError(server: string, err: unknown, eks: boolean): string {
  const e = err as NodeJS.ErrnoException & { code?: string };
  const code = e?.code ?? '';
  const base = `Cannot reach the Kubernetes API at ${server}`;
  const hint =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? `: the host name does not resolve${eks ? ' (wrong region, or a private-only endpoint outside the VPC?)' : ''}`
      : code === 'ECONNREFUSED'
        ? ': connection refused (is the cluster running and the address right?)'
        : code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT'
          ? `: connection timed out${eks ? ' (a private endpoint, or the runner cannot reach the cluster network)' : ''}`
          : /certificate|self.signed|CERT_|UNABLE_TO_VERIFY/i.test(`${code} ${e?.message ?? ''}`)
            ? ': the server certificate does not match the kubeconfig CA'
            : `: ${e?.message ?? String(err)}`;
  return base + hint + '.';
}

export class KubeClient {
  private readonly agent: http.Agent;
  private execToken?: ExecToken;
  private readonly isHttps: boolean;

  constructor(
    readonly conn: KubeConnection,
    private readonly opts: {
      env?: NodeJS.ProcessEnv;
      eks?: boolean;
      defaultTimeoutMs?: number;
      /** Called with each token an exec plugin returns, so the caller can mask it. */
      onToken?: (token: string) => void;
    } = {}
  ) {
    this.isHttps = conn.server.startsWith('https:');
    this.agent = this.isHttps
      ? new https.Agent({
          keepAlive: true,
          maxSockets: 8,
          ca: conn.ca,
          cert: conn.clientCert,
          key: conn.clientKey,
          rejectUnauthorized: !conn.insecureSkipTlsVerify,
          servername: conn.tlsServerName
        })
      : new http.Agent({ keepAlive: true, maxSockets: 8 });
  }

  get server(): string {
    return this.conn.server;
  }

  close(): void {
    this.agent.destroy();
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
    const env = {
      ...(this.opts.env ?? process.env),
      ...x.env,
      KUBERNETES_EXEC_INFO: JSON.stringify({
        apiVersion: x.apiVersion,
        kind: 'ExecCredential',
        spec: { interactive: false }
      })
    };
    const res = await exec(command, x.args, { env, timeoutMs: 60_000, forwardSignals: false });
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
      if (err instanceof KubeApiError && err.status === 401 && this.conn.exec)
        return this.requestOnce<T>(method, apiPath, o, true);
      throw err;
    }
  }

  private async requestOnce<T>(
    method: string,
    apiPath: string,
    o: RequestOptions,
    refresh: boolean
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: o.text ? '*/*' : 'application/json' };
    let cert: Buffer | undefined;
    let key: Buffer | undefined;
    if (this.conn.exec) {
      const c = await this.execCredential(refresh);
      if (c.token) headers['Authorization'] = `Bearer ${c.token}`;
      cert = c.cert;
      key = c.key;
    } else if (this.conn.token) headers['Authorization'] = `Bearer ${this.conn.token}`;
    let payload: string | undefined;
    if (o.body !== undefined) {
      payload = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
      headers['Content-Type'] = o.contentType ?? 'application/json';
      headers['Content-Length'] = String(Buffer.byteLength(payload));
    }
    const url = new URL(this.conn.server + apiPath);
    const mod = this.isHttps ? https : http;
    const timeoutMs = o.timeoutMs ?? this.opts.defaultTimeoutMs ?? 30_000;
    return new Promise<T>((resolve, reject) => {
      const req = mod.request(
        url,
        {
          method,
          headers,
          // Exec plugins may return a client certificate; that needs its own TLS session.
          agent: cert ? undefined : this.agent,
          ...(cert
            ? { cert, key, ca: this.conn.ca, rejectUnauthorized: !this.conn.insecureSkipTlsVerify }
            : {}),
          timeout: timeoutMs
        },
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
        if (err instanceof KubeApiError && (err.status === 404 || err.status === 403)) {
          // 404: the namespace does not exist yet (helm may create it); 403 on get namespace is
          // fine when the role is namespace-scoped. Authentication itself worked.
          if (err.status === 403 && /system:anonymous/.test(err.message)) throw err;
          return;
        }
        throw err;
      });
    } catch (err) {
      if (err instanceof UserError) throw err;
      if (err instanceof KubeApiError) {
        if (err.status === 401) {
          throw new UserError(
            `The Kubernetes API at ${this.server} refused the credentials (HTTP 401 Unauthorized)` +
              (eks
                ? ': the role has no EKS access entry (or aws-auth mapping) on this cluster, or the token was minted for another cluster/region.'
                : ': the kubeconfig user is not accepted by this cluster.')
          );
        }
        if (err.status === 403) {
          throw new UserError(
            `The Kubernetes API at ${this.server} denied access (HTTP 403): ${err.message}` +
              (eks ? ' — grant the deploy role an EKS access entry with a policy for this namespace.' : '')
          );
        }
        throw new UserError(
          `The Kubernetes API at ${this.server} answered HTTP ${err.status}: ${err.message}`
        );
      }
      throw new UserError(describeConnectionError(this.server, err, eks));
    }
  }
}
