/**
 * The local test stack (scripts/stack/start.sh) as the tests see it: registries, a
 * kube-apiserver with kwok nodes, and a moto server, all on 127.0.0.1. Jest's globalSetup
 * starts it (or reuses a running one); tests call loadStack() to read its addresses.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { delimiter, join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');
/** The contract path for every CLI the tests use (helm, buildah, skopeo, kwok, ...). */
export const toolsBin = join(repoRoot, '.tools', 'bin');

export function stackDir(): string {
  return process.env.FT_STACK_DIR ?? join(repoRoot, '.tools', 'stack');
}

export function stackEnvPath(): string {
  return join(stackDir(), 'stack.env');
}

export interface Stack {
  /** host:port of the registry with htpasswd basic auth (plain HTTP). */
  registry: string;
  registryUser: string;
  registryPassword: string;
  /** host:port of the registry without auth (plain HTTP). */
  registryNoAuth: string;
  /** Admin (system:masters) kubeconfig, certificates embedded. */
  kubeconfig: string;
  /** https URL of the kube-apiserver. */
  kubeServer: string;
  /** Names of the kwok nodes, one per topology.kubernetes.io/zone. */
  kubeNodes: string[];
  /** Directory of the kwok Stage files the stack runs with (see scripts/stack/README.md). */
  kwokStagesDir: string;
  /** http URL of the moto server (ECR, EKS, STS, ...). */
  motoEndpoint: string;
  /** Dummy credentials moto accepts; pass them to SDK clients explicitly. */
  aws: { accessKeyId: string; secretAccessKey: string; region: string };
  /** storage.conf / registries.conf for buildah and skopeo (vfs storage, local registries insecure). */
  containersStorageConf: string;
  containersRegistriesConf: string;
  /** Every KEY=VALUE of stack.env, verbatim. */
  env: Readonly<Record<string, string>>;
}

/** Parses shell `KEY=VALUE` lines (optionally single- or double-quoted values, # comments). */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!m) throw new Error(`stack.env: cannot parse line ${JSON.stringify(raw)}`);
    let value = m[2] ?? '';
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
      value = value.slice(1, -1);
    }
    out[m[1] as string] = value;
  }
  return out;
}

let cached: { path: string; text: string; stack: Stack } | undefined;

/** Reads stack.env; throws one clear message when the stack is not up. */
export function loadStack(): Stack {
  const path = stackEnvPath();
  if (!existsSync(path)) {
    throw new Error(
      `The local test stack is not running (no ${path}). Run the tests through Jest (its globalSetup starts it) or start it with scripts/stack/start.sh.`
    );
  }
  const text = readFileSync(path, 'utf8');
  if (cached && cached.path === path && cached.text === text) return cached.stack;
  const env = parseEnvFile(text);
  const need = (key: string): string => {
    const v = env[key];
    if (v === undefined || v === '')
      throw new Error(
        `${path} has no ${key}; restart the stack (scripts/stack/stop.sh && scripts/stack/start.sh)`
      );
    return v;
  };
  const stack: Stack = {
    registry: need('FT_REGISTRY'),
    registryUser: need('FT_REGISTRY_USER'),
    registryPassword: need('FT_REGISTRY_PASSWORD'),
    registryNoAuth: need('FT_REGISTRY_NOAUTH'),
    kubeconfig: need('FT_KUBECONFIG'),
    kubeServer: need('FT_KUBE_SERVER'),
    kubeNodes: need('FT_KUBE_NODES').split(','),
    kwokStagesDir: need('FT_KWOK_STAGES_DIR'),
    motoEndpoint: need('FT_MOTO_ENDPOINT'),
    aws: {
      accessKeyId: need('AWS_ACCESS_KEY_ID'),
      secretAccessKey: need('AWS_SECRET_ACCESS_KEY'),
      region: need('AWS_REGION')
    },
    containersStorageConf: need('CONTAINERS_STORAGE_CONF'),
    containersRegistriesConf: need('CONTAINERS_REGISTRIES_CONF'),
    env
  };
  cached = { path, text, stack };
  return stack;
}

/**
 * An environment for spawning the real tools: .tools/bin first on PATH and buildah/skopeo
 * pointed at the stack's storage and registries config. `extra` wins over everything.
 */
export function toolEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const s = loadStack();
  return {
    ...process.env,
    PATH: `${toolsBin}${delimiter}${process.env.PATH ?? ''}`,
    CONTAINERS_STORAGE_CONF: s.containersStorageConf,
    CONTAINERS_REGISTRIES_CONF: s.containersRegistriesConf,
    BUILDAH_ISOLATION: s.env.BUILDAH_ISOLATION ?? 'chroot',
    ...extra
  };
}

/** True when stack.env exists and its services answer (scripts/stack/status.sh). */
export function stackIsUp(): boolean {
  if (!existsSync(stackEnvPath())) return false;
  const r = spawnSync('bash', [join(repoRoot, 'scripts', 'stack', 'status.sh')], {
    env: { ...process.env, FT_STACK_DIR: stackDir() },
    stdio: 'ignore',
    timeout: 20_000
  });
  return r.status === 0;
}

/**
 * One request to the stack's kube-apiserver as the admin (system:masters) user. Resolves with
 * the status and parsed JSON body (or raw text when the body is not JSON).
 */
export function kubeRequest(
  method: string,
  path: string,
  body?: unknown
): Promise<{ status: number; body: unknown }> {
  const s = loadStack();
  const pki = join(stackDir(), 'pki');
  const url = new URL(path, s.kubeServer);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolvePromise, reject) => {
    const req = httpsRequest(
      url,
      {
        method,
        ca: readFileSync(join(pki, 'ca.crt')),
        cert: readFileSync(join(pki, 'admin.crt')),
        key: readFileSync(join(pki, 'admin.key')),
        headers: {
          Accept: 'application/json',
          ...(payload === undefined
            ? {}
            : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) })
        }
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON (e.g. /readyz): keep the text
          }
          resolvePromise({ status: res.statusCode ?? 0, body: parsed });
        });
      }
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`kube-apiserver ${method} ${path} timed out`)));
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}
