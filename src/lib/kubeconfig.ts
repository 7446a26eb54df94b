/**
 * Reading a kubeconfig into what one connection needs, field by field the way client-go reads it
 * (what helm uses), so that the action's own API calls go where helm's go and act as helm acts:
 * - cluster: server, certificate-authority(-data), insecure-skip-tls-verify (refused together
 *   with a CA, as client-go refuses it), tls-server-name, proxy-url (http/https; SOCKS refused by
 *   name), disable-compression (nothing here asks for compression);
 * - user: client-certificate(-data) + client-key(-data), token, tokenFile (read on each use and
 *   preferred over token, as client-go does), username/password (Basic; refused together with a
 *   token, as client-go refuses it), impersonation (as, as-uid, as-groups, as-user-extra), exec
 *   (command, args, env, apiVersion, installHint, provideClusterInfo, interactiveMode; `Always`
 *   is refused: a workflow step has no terminal), auth-provider refused by name (removed from
 *   client-go);
 * - context: cluster, user, namespace.
 * Extensions are ignored, as client-go ignores them. Values that are credentials are collected in
 * `secrets` so the caller can mask them even if they are never printed, and no error message
 * quotes the document's content.
 *
 * The YAML parser (js-yaml, the project's one YAML library) is loaded lazily: the generated EKS
 * kubeconfig is JSON (also valid YAML) and parses without it.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { UserError } from './errors';
import { parseProxyUrl } from './proxy';

export type InteractiveMode = 'Never' | 'IfAvailable' | 'Always';

export interface ExecConfig {
  command: string;
  args: string[];
  env: Record<string, string>;
  apiVersion: string;
  /** Resolves a relative command against the kubeconfig's directory, as client-go does. */
  baseDir: string;
  /** Shown when the command cannot be run (client-go's installHint). */
  installHint?: string;
  /** Pass the cluster (server, CA, tls-server-name, ...) to the plugin in KUBERNETES_EXEC_INFO. */
  provideClusterInfo?: boolean;
  interactiveMode?: InteractiveMode;
}

export interface Impersonation {
  user: string;
  uid?: string;
  groups: string[];
  extra: Record<string, string[]>;
}

export interface KubeConnection {
  contextName: string;
  server: string;
  /** PEM; undefined = the system roots. */
  ca?: Buffer;
  insecureSkipTlsVerify: boolean;
  tlsServerName?: string;
  /** The cluster's proxy-url: used for every request, whatever HTTPS_PROXY/NO_PROXY say. */
  proxyUrl?: string;
  clientCert?: Buffer;
  clientKey?: Buffer;
  token?: string;
  /** Read on every use (a projected or rotated token); wins over `token`, as in client-go. */
  tokenFile?: string;
  username?: string;
  password?: string;
  impersonate?: Impersonation;
  exec?: ExecConfig;
  /** The context's namespace, when it names one. */
  namespace?: string;
  /** Every credential value of the kubeconfig (token, password, client key), to be masked. */
  secrets?: string[];
}

interface NamedEntry<T> {
  name: string;
  [key: string]: unknown;
  cluster?: T;
  user?: T;
  context?: T;
}

type Obj = Record<string, unknown>;

const str = (o: Obj | undefined, k: string): string | undefined => {
  const v = o?.[k];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

const strList = (o: Obj | undefined, k: string): string[] =>
  (Array.isArray(o?.[k]) ? (o?.[k] as unknown[]) : []).map(String).filter(Boolean);

/** Where a parser stopped, as "line L, column C": never the text around it (it may be a token). */
function position(text: string, e: unknown): string {
  const mark = (e as { mark?: { line?: number; column?: number } }).mark;
  if (mark && typeof mark.line === 'number')
    return ` (line ${mark.line + 1}, column ${(mark.column ?? 0) + 1})`;
  const m = /position (\d+)/.exec((e as Error).message ?? '');
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}

/** Parses kubeconfig text: JSON directly, YAML through the lazily loaded parser. */
export async function parseKubeconfigText(text: string): Promise<Obj> {
  const t = text.trim();
  let doc: unknown;
  try {
    if (t.startsWith('{')) doc = JSON.parse(t);
    else {
      const { load, CORE_SCHEMA } = await import('js-yaml');
      doc = load(t, { schema: CORE_SCHEMA });
    }
  } catch (e) {
    // The parser's own message quotes the text near the error, which can be part of a token or
    // key: only the position is given.
    throw new UserError(
      `the kubeconfig is not valid ${t.startsWith('{') ? 'JSON' : 'YAML'}${position(t, e)}; its content is not shown because it may hold credentials`
    );
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new UserError('the kubeconfig is not a YAML mapping');
  return doc as Obj;
}

/** True when a value holds a kubeconfig document itself (YAML or JSON) rather than a path. */
export function looksLikeKubeconfigText(value: string): boolean {
  return value.includes('\n') || /^\s*(\{|apiVersion\s*:|kind\s*:|clusters\s*:)/.test(value);
}

/**
 * The kubeconfig inside a single-line base64 value (how a kubeconfig is commonly kept in a
 * secret: `base64 -w0 ~/.kube/config`), or undefined when the value is not that.
 */
export function decodeBase64Kubeconfig(value: string): string | undefined {
  const v = value.trim();
  if (v.length < 16 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(v)) return undefined;
  const text = Buffer.from(v, v.includes('-') || v.includes('_') ? 'base64url' : 'base64').toString('utf8');
  if (text.includes('\uFFFD') || !looksLikeKubeconfigText(text)) return undefined;
  return /(^|\n)\s*(apiVersion|clusters|contexts|users|current-context)\s*:|^\s*\{/.test(text)
    ? text
    : undefined;
}

function findNamed(doc: Obj, list: string, name: string, what: string): Obj {
  const entries = (Array.isArray(doc[list]) ? doc[list] : []) as NamedEntry<Obj>[];
  const e = entries.find(x => x && x.name === name);
  const inner = e?.[what];
  if (!e || !inner || typeof inner !== 'object') {
    throw new UserError(`the kubeconfig has no ${what} named "${name}" (listed under ${list})`);
  }
  return inner as Obj;
}

function fileOrData(
  o: Obj,
  dataKey: string,
  fileKey: string,
  baseDir: string,
  what: string
): Buffer | undefined {
  const data = str(o, dataKey);
  if (data) return Buffer.from(data, 'base64');
  const file = str(o, fileKey);
  if (!file) return undefined;
  const p = path.resolve(baseDir, file);
  try {
    return readFileSync(p);
  } catch {
    throw new UserError(`the kubeconfig's ${what} file ${p} cannot be read`);
  }
}

/** The lines of a PEM key worth masking (not the BEGIN/END armour), plus the value itself. */
function keySecrets(key: Buffer, raw?: string): string[] {
  const lines = key
    .toString('utf8')
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l.length >= 8 && !l.startsWith('-----'));
  return raw ? [raw, ...lines] : lines;
}

const INTERACTIVE_MODES = new Set(['Never', 'IfAvailable', 'Always']);

function execConfig(exec: Obj, userName: string, baseDir: string): ExecConfig {
  const command = str(exec, 'command');
  if (!command) throw new UserError(`kubeconfig user "${userName}" has an exec plugin without a command`);
  const env: Record<string, string> = {};
  for (const e of (Array.isArray(exec['env']) ? exec['env'] : []) as Obj[]) {
    const n = str(e, 'name');
    if (n) env[n] = typeof e['value'] === 'string' ? (e['value'] as string) : '';
  }
  const mode = str(exec, 'interactiveMode');
  if (mode !== undefined && !INTERACTIVE_MODES.has(mode))
    throw new UserError(
      `kubeconfig user "${userName}": exec interactiveMode "${mode}" is not one of Never, IfAvailable, Always`
    );
  if (mode === 'Always')
    throw new UserError(
      `kubeconfig user "${userName}": the exec plugin needs a terminal (interactiveMode: Always), which a workflow step does not have; use a plugin that runs with interactiveMode Never`
    );
  const provide = exec['provideClusterInfo'];
  return {
    command,
    args: (Array.isArray(exec['args']) ? exec['args'] : []).map(String),
    env,
    apiVersion: str(exec, 'apiVersion') ?? 'client.authentication.k8s.io/v1beta1',
    baseDir,
    ...(str(exec, 'installHint') ? { installHint: str(exec, 'installHint') } : {}),
    ...(provide === true ? { provideClusterInfo: true } : {}),
    ...(mode ? { interactiveMode: mode as InteractiveMode } : {})
  };
}

function impersonation(user: Obj, userName: string): Impersonation | undefined {
  const as = str(user, 'as');
  const uid = str(user, 'as-uid');
  const groups = strList(user, 'as-groups');
  const extraRaw = user['as-user-extra'];
  const extra: Record<string, string[]> = {};
  if (extraRaw && typeof extraRaw === 'object' && !Array.isArray(extraRaw)) {
    for (const [k, v] of Object.entries(extraRaw as Obj))
      extra[k] = (Array.isArray(v) ? v : [v]).map(String).filter(Boolean);
  }
  if (!as && !uid && !groups.length && !Object.keys(extra).length) return undefined;
  // client-go: "requesting uid, groups or user-extra for ... without impersonating a user".
  if (!as)
    throw new UserError(
      `kubeconfig user "${userName}" sets as-uid, as-groups or as-user-extra without "as" (the user to impersonate)`
    );
  return { user: as, ...(uid ? { uid } : {}), groups, extra };
}

/**
 * The connection of one context (default: current-context). `baseDir` resolves relative file
 * references (certificate-authority, client-certificate, tokenFile, exec command).
 */
export function connectionFromKubeconfig(doc: Obj, baseDir: string, contextName?: string): KubeConnection {
  const ctxName = contextName || str(doc, 'current-context');
  if (!ctxName) throw new UserError('the kubeconfig has no current-context');
  const ctx = findNamed(doc, 'contexts', ctxName, 'context');
  const clusterName = str(ctx, 'cluster');
  const userName = str(ctx, 'user') ?? '';
  if (!clusterName) throw new UserError(`kubeconfig context "${ctxName}" names no cluster`);
  const cluster = findNamed(doc, 'clusters', clusterName, 'cluster');
  const user = userName ? findNamed(doc, 'users', userName, 'user') : {};
  const server = str(cluster, 'server');
  if (!server || !/^https?:\/\//.test(server))
    throw new UserError(`kubeconfig cluster "${clusterName}" has no http(s) server URL`);

  const authProvider = user['auth-provider'];
  if (authProvider) {
    const name = str(authProvider as Obj, 'name');
    throw new UserError(
      `kubeconfig user "${userName}" uses an auth-provider plugin${name ? ` (${name})` : ''}, which Kubernetes removed; use an exec plugin instead`
    );
  }
  const secrets: string[] = [];
  const clientKey = fileOrData(user, 'client-key-data', 'client-key', baseDir, 'client-key');
  if (clientKey) secrets.push(...keySecrets(clientKey, str(user, 'client-key-data')));
  const conn: KubeConnection = {
    contextName: ctxName,
    server: server.replace(/\/+$/, ''),
    ca: fileOrData(
      cluster,
      'certificate-authority-data',
      'certificate-authority',
      baseDir,
      'certificate-authority'
    ),
    insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
    tlsServerName: str(cluster, 'tls-server-name'),
    clientCert: fileOrData(
      user,
      'client-certificate-data',
      'client-certificate',
      baseDir,
      'client-certificate'
    ),
    clientKey,
    token: str(user, 'token'),
    namespace: str(ctx, 'namespace'),
    secrets
  };
  if (conn.insecureSkipTlsVerify && conn.ca)
    throw new UserError(
      `kubeconfig cluster "${clusterName}" sets both insecure-skip-tls-verify and a certificate authority; client-go (helm) refuses that, set only one`
    );
  const proxyUrl = str(cluster, 'proxy-url');
  if (proxyUrl) {
    parseProxyUrl(proxyUrl, `kubeconfig cluster "${clusterName}" proxy-url`);
    conn.proxyUrl = proxyUrl;
  }
  const tokenFile = str(user, 'tokenFile');
  if (tokenFile) {
    const p = path.resolve(baseDir, tokenFile);
    let text: string;
    try {
      text = readFileSync(p, 'utf8').trim();
    } catch {
      throw new UserError(`the kubeconfig's tokenFile ${tokenFile} cannot be read`);
    }
    conn.token = text;
    conn.tokenFile = p;
  }
  if (conn.token) secrets.push(conn.token);
  const username = str(user, 'username');
  const password = str(user, 'password');
  if (username || password) {
    if (conn.token)
      throw new UserError(
        `kubeconfig user "${userName}" sets both username/password and a token; client-go (helm) refuses that, set only one`
      );
    conn.username = username ?? '';
    conn.password = password ?? '';
    if (password) secrets.push(password);
  }
  const imp = impersonation(user, userName);
  if (imp) conn.impersonate = imp;
  const exec = user['exec'] as Obj | undefined;
  if (exec && typeof exec === 'object') conn.exec = execConfig(exec, userName, baseDir);
  if ((conn.clientCert && !conn.clientKey) || (!conn.clientCert && conn.clientKey)) {
    throw new UserError(
      `kubeconfig user "${userName}" has a client certificate without its key (or the reverse)`
    );
  }
  return conn;
}

/** Reads and resolves a kubeconfig file. */
export async function loadKubeconfigFile(file: string, contextName?: string): Promise<KubeConnection> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`the kubeconfig ${file} cannot be read`);
  }
  return connectionFromKubeconfig(
    await parseKubeconfigText(text),
    path.dirname(path.resolve(file)),
    contextName
  );
}

export interface EksKubeconfigOptions {
  clusterName: string;
  region: string;
  endpoint: string;
  /** Base64 PEM as DescribeCluster returns it. */
  caData: string;
  /** The node binary and the token CLI it runs (this action's bundle). */
  nodePath: string;
  tokenCliPath: string;
  /** The STS endpoint the plugin presigns for, already resolved (its `--sts-endpoint`). */
  stsEndpoint?: string;
}

/**
 * The kubeconfig for an EKS cluster: its user is an exec plugin running this action's own token
 * command, so helm fetches a fresh token whenever it needs one. JSON is valid YAML and needs no
 * serializer. No credentials are written: the plugin reads them from the environment.
 */
export function eksKubeconfig(o: EksKubeconfigOptions): string {
  const name = `eks_${o.region}_${o.clusterName}`;
  return JSON.stringify(
    {
      apiVersion: 'v1',
      kind: 'Config',
      'current-context': name,
      clusters: [{ name, cluster: { server: o.endpoint, 'certificate-authority-data': o.caData } }],
      contexts: [{ name, context: { cluster: name, user: name } }],
      users: [
        {
          name,
          user: {
            exec: {
              apiVersion: 'client.authentication.k8s.io/v1beta1',
              command: o.nodePath,
              args: [
                o.tokenCliPath,
                '--cluster-name',
                o.clusterName,
                '--region',
                o.region,
                ...(o.stsEndpoint ? ['--sts-endpoint', o.stsEndpoint] : [])
              ],
              interactiveMode: 'Never',
              provideClusterInfo: false
            }
          }
        }
      ],
      preferences: {}
    },
    null,
    2
  );
}
