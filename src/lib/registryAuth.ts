/**
 * Registry credentials from the auth files the builders read, for a registry the action was given
 * no username/password for (a runner where docker/login-action, `buildah login` or `podman login`
 * ran first): the skip-if-exists check and the tag move then authenticate as the push will.
 *
 * Files, first match wins, in containers-auth.json(5)'s order: REGISTRY_AUTH_FILE,
 * $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json, then docker's
 * $DOCKER_CONFIG/config.json (default ~/.docker/config.json). An entry is keyed by host[:port]
 * (also as a URL, `https://host/v1/`, and `docker.io` as `https://index.docker.io/v1/`) and holds
 * `auth` (base64 user:password). Credential helpers (credHelpers, credsStore) are not run: they
 * are programs, and the action does not execute what a runner's config names; such a registry
 * needs the username/password inputs.
 */
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RegistryCredentials } from './registry';

/** The auth files to look in, in order. */
export function authFilePaths(env: NodeJS.ProcessEnv): string[] {
  const home = env['HOME'] || os.homedir();
  const files: string[] = [];
  if (env['REGISTRY_AUTH_FILE']) files.push(env['REGISTRY_AUTH_FILE']);
  if (env['XDG_RUNTIME_DIR']) files.push(path.join(env['XDG_RUNTIME_DIR'], 'containers', 'auth.json'));
  files.push(path.join(home, '.config', 'containers', 'auth.json'));
  files.push(path.join(env['DOCKER_CONFIG'] || path.join(home, '.docker'), 'config.json'));
  return files;
}

/** The host[:port] an auths key names (`https://index.docker.io/v1/` → docker.io). */
function keyHost(key: string): string {
  let host = key.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';
  host = host.toLowerCase();
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}

function decode(entry: unknown): RegistryCredentials | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const e = entry as { auth?: unknown; username?: unknown; password?: unknown };
  if (typeof e.auth === 'string' && e.auth) {
    const text = Buffer.from(e.auth, 'base64').toString('utf8');
    const colon = text.indexOf(':');
    if (colon > 0) return { username: text.slice(0, colon), password: text.slice(colon + 1) };
  }
  if (typeof e.username === 'string' && typeof e.password === 'string' && e.username)
    return { username: e.username, password: e.password };
  return undefined;
}

/** Credentials for `registry` (host[:port]) from the builders' auth files, if any has them. */
export function credentialsFromAuthFiles(
  registry: string,
  env: NodeJS.ProcessEnv,
  read: (file: string) => string | undefined = file => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }
): RegistryCredentials | undefined {
  const want = keyHost(registry);
  for (const file of authFilePaths(env)) {
    const text = read(file);
    if (text === undefined) continue;
    let auths: Record<string, unknown>;
    try {
      auths = ((JSON.parse(text) as { auths?: Record<string, unknown> }).auths ?? {}) as Record<
        string,
        unknown
      >;
    } catch {
      continue; // not JSON: the builders would fail on it too, and say so themselves
    }
    for (const [key, entry] of Object.entries(auths)) {
      if (keyHost(key) !== want) continue;
      const creds = decode(entry);
      if (creds) return creds;
    }
  }
  return undefined;
}
