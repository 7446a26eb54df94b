/**
 * Registry credentials from where the builders find them, for a registry the action was given no
 * username/password for (a runner where docker/login-action, `buildah login`, `podman login` or a
 * credential helper set things up): the skip-if-exists check and the tag moves then authenticate
 * as the push will.
 *
 * The lookup is containers/image's (pkg/docker/config): the `credential-helpers` of registries.conf
 * (registriesConf.ts; default ["containers-auth.json"]) in order, where "containers-auth.json"
 * means the auth files — REGISTRY_AUTH_FILE alone when set, else $XDG_RUNTIME_DIR/containers/auth.json
 * (/run/containers/<uid>/auth.json without it), $XDG_CONFIG_HOME/containers/auth.json
 * (~/.config), docker's $DOCKER_CONFIG/config.json (~/.docker) and the legacy ~/.dockercfg — and any
 * other name a credential helper. In a file: `credHelpers[<registry>]` first (the helper's answer
 * is final for that file), then `auths` by the most specific key (registry/namespace/repository
 * down to the registry, then URL forms such as `https://host/v1/`), then docker's `credsStore`
 * (which containers/image does not read; docker uses it for every registry without an entry).
 *
 * A credential helper is the program `docker-credential-<name>` on PATH, run with the argument
 * `get` and the server URL on stdin; it answers JSON {"Username","Secret"} (the protocol of
 * docker-credential-helpers), or "credentials not found in native keychain". Its name must be a
 * name: one with a path separator is refused. Its output is never logged (not even when it fails:
 * only its exit status is reported), and the secret is masked by the caller. A credsStore whose
 * helper is not installed is passed over with a log line (buildah and podman ignore credsStore;
 * docker would fail); any other helper that is missing or fails stops the step. Refused by name:
 * identity tokens (`identitytoken` in an auths entry, a helper's Username "<token>"): exchanging an
 * OAuth2 refresh token at the registry's token service is not implemented.
 */
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UserError } from './errors';
import { exec, findOnPath } from './exec';
import type { RegistryCredentials } from './registry';
import { AUTH_FILES_HELPER } from './registriesConf';

export interface AuthFile {
  path: string;
  /** ~/.dockercfg: the file is the auths map itself. */
  legacy: boolean;
}

/** The auth files to look in, in order. */
export function authFiles(env: NodeJS.ProcessEnv, uid = process.getuid?.() ?? 0): AuthFile[] {
  const home = env['HOME'] || os.homedir();
  if (env['REGISTRY_AUTH_FILE']) return [{ path: env['REGISTRY_AUTH_FILE'], legacy: false }];
  const files = [
    env['XDG_RUNTIME_DIR']
      ? path.join(env['XDG_RUNTIME_DIR'], 'containers', 'auth.json')
      : `/run/containers/${uid}/auth.json`,
    path.join(env['XDG_CONFIG_HOME'] || path.join(home, '.config'), 'containers', 'auth.json'),
    path.join(env['DOCKER_CONFIG'] || path.join(home, '.docker'), 'config.json')
  ].map(p => ({ path: p, legacy: false }));
  files.push({ path: path.join(home, '.dockercfg'), legacy: true });
  return files;
}

/** Paths only (kept for callers that list them). */
export function authFilePaths(env: NodeJS.ProcessEnv, uid?: number): string[] {
  return authFiles(env, uid).map(f => f.path);
}

/** docker.io's aliases as containers/image normalises them. */
function normalizeRegistry(host: string): string {
  const h = host.toLowerCase();
  return h === 'docker.io' || h === 'registry-1.docker.io' ? 'index.docker.io' : h;
}

/** The registry an auths key with a scheme (or any key of a legacy file) names. */
function normalizeKey(key: string, legacy: boolean): string {
  const stripped = key.replace(/^https?:\/\//i, '');
  return normalizeRegistry(legacy || stripped !== key ? (stripped.split('/')[0] ?? '') : stripped);
}

/** What a credential helper gets on stdin for a registry (docker keeps Docker Hub under its old URL). */
export function helperServerUrl(registry: string): string {
  return normalizeRegistry(registry) === 'index.docker.io' ? 'https://index.docker.io/v1/' : registry;
}

/** A helper's answer to `get`: credentials, or undefined for "not found". */
export type HelperReply = { username: string; secret: string } | undefined;

/** Runs `docker-credential-<name> get` (the default) or a stand-in (tests). */
export type RunHelper = (name: string, serverUrl: string, env: NodeJS.ProcessEnv) => Promise<HelperReply>;

export interface CredentialLookup {
  env: NodeJS.ProcessEnv;
  /** registries.conf's credential-helpers (default: the auth files only). */
  helpers?: string[];
  read?: (file: string) => string | undefined;
  runHelper?: RunHelper;
  /** Told what was passed over (a credsStore whose helper is not installed). */
  log?: (message: string) => void;
}

export interface FoundCredentials {
  credentials: RegistryCredentials;
  /** Where they came from, for the log: "credential helper docker-credential-x (credHelpers in …)". */
  source: string;
}

const NOT_FOUND = 'credentials not found in native keychain';

/** The helper program is not on PATH. */
export class HelperNotFoundError extends UserError {
  constructor(readonly program: string) {
    super(`credential helper ${program} is not on PATH`);
    this.name = 'HelperNotFoundError';
  }
}
/** A helper name: no path separators, no whitespace or control characters. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;

function checkHelperName(name: string, where: string): void {
  if (!HELPER_NAME.test(name))
    throw new UserError(
      `${where} names credential helper ${JSON.stringify(name)}: a helper is a name (docker-credential-<name> on PATH), not a path; refusing to run it`
    );
}

/** The real helper: docker-credential-<name> from PATH, `get`, the server URL on stdin. */
export const runCredentialHelper: RunHelper = async (name, serverUrl, env) => {
  const program = `docker-credential-${name}`;
  const bin = findOnPath(program, env);
  if (!bin) throw new HelperNotFoundError(program);
  const res = await exec(bin, ['get'], { input: serverUrl, env, timeoutMs: 60_000 });
  if (res.exitCode !== 0) {
    if (res.stdout.trim() === NOT_FOUND) return undefined;
    // Its output is not shown: a failing helper may still have printed a secret.
    throw new UserError(
      `credential helper ${program} failed for ${serverUrl} (${res.timedOut ? 'timed out after 60 s' : `exit ${res.exitCode}`}); its output is not shown`
    );
  }
  let reply: { Username?: unknown; Secret?: unknown };
  try {
    reply = JSON.parse(res.stdout) as typeof reply;
  } catch {
    throw new UserError(`credential helper ${program} did not answer JSON for ${serverUrl}`);
  }
  if (typeof reply.Username !== 'string' || typeof reply.Secret !== 'string')
    throw new UserError(`credential helper ${program} answered without Username and Secret for ${serverUrl}`);
  return { username: reply.Username, secret: reply.Secret };
};

function defaultRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

interface AuthEntry {
  auth?: unknown;
  username?: unknown;
  password?: unknown;
  identitytoken?: unknown;
}

function decode(entry: unknown, where: string): RegistryCredentials | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const e = entry as AuthEntry;
  if (typeof e.identitytoken === 'string' && e.identitytoken) throw identityToken(where);
  if (typeof e.auth === 'string' && e.auth) {
    const text = Buffer.from(e.auth, 'base64').toString('utf8');
    const colon = text.indexOf(':');
    if (colon > 0)
      return { username: text.slice(0, colon), password: text.slice(colon + 1).replace(/\0+$/, '') };
  }
  if (typeof e.username === 'string' && typeof e.password === 'string' && e.username)
    return { username: e.username, password: e.password };
  return undefined;
}

function identityToken(where: string): UserError {
  return new UserError(
    `${where} holds an identity token (an OAuth2 refresh token), which this action cannot exchange at the registry's token service: set the username and password inputs`
  );
}

/**
 * Credentials for `registry` (host[:port]) and `repository` from the configured helpers and the
 * builders' auth files, or undefined when none has them.
 */
export async function findRegistryCredentials(
  registry: string,
  repository: string,
  lookup: CredentialLookup
): Promise<FoundCredentials | undefined> {
  const read = lookup.read ?? defaultRead;
  const runHelper = lookup.runHelper ?? runCredentialHelper;
  const ask = async (name: string, where: string): Promise<FoundCredentials | undefined> => {
    checkHelperName(name, where);
    const reply = await runHelper(name, helperServerUrl(registry), lookup.env);
    if (!reply || (!reply.username && !reply.secret)) return undefined;
    const source = `credential helper docker-credential-${name} (${where})`;
    if (reply.username === '<token>') throw identityToken(`the answer of ${source}`);
    return { credentials: { username: reply.username, password: reply.secret }, source };
  };

  for (const helper of lookup.helpers ?? [AUTH_FILES_HELPER]) {
    const found =
      helper === AUTH_FILES_HELPER
        ? await fromAuthFiles(registry, repository, lookup.env, read, ask, lookup.log ?? (() => undefined))
        : await ask(helper, 'credential-helpers in registries.conf');
    if (found) return found;
  }
  return undefined;
}

async function fromAuthFiles(
  registry: string,
  repository: string,
  env: NodeJS.ProcessEnv,
  read: (file: string) => string | undefined,
  ask: (name: string, where: string) => Promise<FoundCredentials | undefined>,
  log: (message: string) => void
): Promise<FoundCredentials | undefined> {
  const want = normalizeRegistry(registry);
  for (const file of authFiles(env)) {
    const text = read(file.path);
    if (text === undefined) continue;
    let doc: { auths?: unknown; credHelpers?: unknown; credsStore?: unknown };
    try {
      const parsed = JSON.parse(text) as unknown;
      doc = file.legacy ? { auths: parsed } : ((parsed ?? {}) as typeof doc);
    } catch {
      continue; // not JSON: the builders would fail on it too, and say so themselves
    }
    const helpers = (doc.credHelpers && typeof doc.credHelpers === 'object' ? doc.credHelpers : {}) as Record<
      string,
      unknown
    >;
    const helperKey = Object.keys(helpers).find(k => normalizeKey(k, false) === want);
    if (helperKey !== undefined) {
      const name = helpers[helperKey];
      const where = `credHelpers["${helperKey}"] in ${file.path}`;
      if (typeof name !== 'string') throw new UserError(`${where} is not a helper name`);
      // The helper's answer is final for this file, found or not (as in containers/image).
      const found = await ask(name, where);
      if (found) return found;
      continue;
    }

    const auths = (doc.auths && typeof doc.auths === 'object' ? doc.auths : {}) as Record<string, unknown>;
    // Most specific first: registry/namespace/repository, …, registry; then URL-form keys.
    const keys: string[] = [];
    if (!file.legacy) {
      let k = `${registry}/${repository}`;
      for (;;) {
        keys.push(k);
        const slash = k.lastIndexOf('/');
        if (slash < 0) break;
        k = k.slice(0, slash);
      }
    }
    for (const k of keys) {
      const creds = decode(auths[k], `auths["${k}"] in ${file.path}`);
      if (creds) return { credentials: creds, source: `auths["${k}"] in ${file.path}` };
    }
    for (const [k, entry] of Object.entries(auths)) {
      if (normalizeKey(k, file.legacy) !== want) continue;
      const creds = decode(entry, `auths["${k}"] in ${file.path}`);
      if (creds) return { credentials: creds, source: `auths["${k}"] in ${file.path}` };
    }
    if (typeof doc.credsStore === 'string' && doc.credsStore) {
      try {
        const found = await ask(doc.credsStore, `credsStore in ${file.path}`);
        if (found) return found;
      } catch (err) {
        // docker would fail here; buildah and podman do not read credsStore at all.
        if (!(err instanceof HelperNotFoundError)) throw err;
        log(
          `credsStore in ${file.path} names ${err.program}, which is not on PATH: passed over (buildah and podman do not read credsStore; docker would fail on it)`
        );
      }
    }
  }
  return undefined;
}
