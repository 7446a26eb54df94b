/**
 * Reading a kubeconfig into what one connection needs: the server, its CA, and the user's
 * credentials (client certificate, bearer token, or an exec credential plugin). Covers the
 * kubeconfigs that kind, EKS (`aws eks update-kubeconfig` or this action) and kubeadm write;
 * auth-provider plugins (deprecated, removed from client-go) are rejected with a clear message.
 *
 * The YAML parser (js-yaml: a fraction of the `yaml` package's load time) is loaded lazily: the
 * generated EKS kubeconfig is JSON (also valid YAML) and parses without it.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { UserError } from './errors';

export interface ExecConfig {
  command: string;
  args: string[];
  env: Record<string, string>;
  apiVersion: string;
  /** Resolves a relative command against the kubeconfig's directory, as client-go does. */
  baseDir: string;
}

export interface KubeConnection {
  contextName: string;
  server: string;
  /** PEM; undefined = the system roots. */
  ca?: Buffer;
  insecureSkipTlsVerify: boolean;
  tlsServerName?: string;
  clientCert?: Buffer;
  clientKey?: Buffer;
  token?: string;
  exec?: ExecConfig;
  /** The context's namespace, when it names one. */
  namespace?: string;
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
    throw new UserError(`the kubeconfig is not valid YAML/JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new UserError('the kubeconfig is not a YAML mapping');
  return doc as Obj;
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

/**
 * The connection of one context (default: current-context). `baseDir` resolves relative file
 * references (certificate-authority, client-certificate, tokenFile, exec command).
 */
export function connectionFromKubeconfig(doc: Obj, baseDir: string, contextName?: string): KubeConnection {
  const ctxName = contextName || str(doc, 'current-context');
  if (!ctxName) throw new UserError('the kubeconfig has no current-context');
  const ctx = findNamed(doc, 'contexts', ctxName, 'context');
  const clusterName = str(ctx, 'cluster');
  const userName = str(ctx, 'user');
  if (!clusterName) throw new UserError(`kubeconfig context "${ctxName}" names no cluster`);
  const cluster = findNamed(doc, 'clusters', clusterName, 'cluster');
  const user = userName ? findNamed(doc, 'users', userName, 'user') : {};
  const server = str(cluster, 'server');
  if (!server || !/^https?:\/\//.test(server))
    throw new UserError(`kubeconfig cluster "${clusterName}" has no http(s) server URL`);

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
    clientKey: fileOrData(user, 'client-key-data', 'client-key', baseDir, 'client-key'),
    token: str(user, 'token'),
    namespace: str(ctx, 'namespace')
  };
  const tokenFile = str(user, 'tokenFile');
  if (!conn.token && tokenFile) {
    try {
      conn.token = readFileSync(path.resolve(baseDir, tokenFile), 'utf8').trim();
    } catch {
      throw new UserError(`the kubeconfig's tokenFile ${tokenFile} cannot be read`);
    }
  }
  const exec = user['exec'] as Obj | undefined;
  if (exec && typeof exec === 'object') {
    const command = str(exec, 'command');
    if (!command) throw new UserError(`kubeconfig user "${userName}" has an exec plugin without a command`);
    const env: Record<string, string> = {};
    for (const e of (Array.isArray(exec['env']) ? exec['env'] : []) as Obj[]) {
      const n = str(e, 'name');
      if (n) env[n] = typeof e['value'] === 'string' ? (e['value'] as string) : '';
    }
    conn.exec = {
      command,
      args: (Array.isArray(exec['args']) ? exec['args'] : []).map(String),
      env,
      apiVersion: str(exec, 'apiVersion') ?? 'client.authentication.k8s.io/v1beta1',
      baseDir
    };
  }
  if (user['auth-provider']) {
    throw new UserError(
      `kubeconfig user "${userName}" uses an auth-provider plugin, which Kubernetes removed; use an exec plugin instead`
    );
  }
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
              args: [o.tokenCliPath, '--cluster-name', o.clusterName, '--region', o.region],
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
