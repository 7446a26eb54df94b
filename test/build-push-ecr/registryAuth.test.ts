/**
 * Credentials from the builders' auth files (src/lib/registryAuth.ts): the order and key forms of
 * containers-auth.json(5) and docker's config.json on real files, and the registry client
 * authenticating with them against the stack's real htpasswd registry.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryAuthError, RegistryClient } from '../../src/lib/registry';
import { authFilePaths, credentialsFromAuthFiles } from '../../src/lib/registryAuth';
import { loadStack } from '../helpers/stack';

const b64 = (s: string) => Buffer.from(s).toString('base64');

function home(): string {
  return mkdtempSync(join(tmpdir(), 'bpe-authfiles-'));
}

function write(file: string, auths: Record<string, unknown>): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify({ auths }));
}

describe('auth files the builders read', () => {
  test('the order: REGISTRY_AUTH_FILE, XDG_RUNTIME_DIR, ~/.config/containers, DOCKER_CONFIG', () => {
    expect(
      authFilePaths({
        HOME: '/h',
        REGISTRY_AUTH_FILE: '/a.json',
        XDG_RUNTIME_DIR: '/run/u',
        DOCKER_CONFIG: '/d'
      })
    ).toEqual([
      '/a.json',
      '/run/u/containers/auth.json',
      '/h/.config/containers/auth.json',
      '/d/config.json'
    ]);
    expect(authFilePaths({ HOME: '/h' })).toEqual([
      '/h/.config/containers/auth.json',
      '/h/.docker/config.json'
    ]);
  });

  test('the first file with an entry for the registry wins; keys as host, URL and docker.io forms', () => {
    const h = home();
    write(join(h, '.config/containers/auth.json'), { 'ghcr.io': { auth: b64('podman-user:p1') } });
    write(join(h, '.docker/config.json'), {
      'ghcr.io': { auth: b64('docker-user:p2') },
      'https://registry.example.com:5000/v1/': { auth: b64('u:pass:with:colons') },
      'https://index.docker.io/v1/': { auth: b64('hub:p3') }
    });
    const env = { HOME: h };
    expect(credentialsFromAuthFiles('ghcr.io', env)).toEqual({ username: 'podman-user', password: 'p1' });
    expect(credentialsFromAuthFiles('registry.example.com:5000', env)).toEqual({
      username: 'u',
      password: 'pass:with:colons'
    });
    expect(credentialsFromAuthFiles('docker.io', env)).toEqual({ username: 'hub', password: 'p3' });
    expect(credentialsFromAuthFiles('registry.example.com', env)).toBeUndefined();
  });

  test('credential helpers are not run, and a broken file is skipped', () => {
    const h = home();
    mkdirSync(join(h, '.docker'));
    writeFileSync(join(h, '.docker/config.json'), JSON.stringify({ credHelpers: { 'ghcr.io': 'evil' } }));
    mkdirSync(join(h, '.config/containers'), { recursive: true });
    writeFileSync(join(h, '.config/containers/auth.json'), '{not json');
    expect(credentialsFromAuthFiles('ghcr.io', { HOME: h })).toBeUndefined();
  });
});

describe('the registry client with credentials from an auth file (real htpasswd registry)', () => {
  test('a docker config.json written by a login step authenticates the client', async () => {
    const s = loadStack();
    const h = home();
    write(join(h, 'docker/config.json'), {
      [s.registry]: { auth: b64(`${s.registryUser}:${s.registryPassword}`) }
    });
    const env = { HOME: h, DOCKER_CONFIG: join(h, 'docker') };
    const credentials = credentialsFromAuthFiles(s.registry, env);
    expect(credentials).toEqual({ username: s.registryUser, password: s.registryPassword });
    const authed = new RegistryClient({
      registry: s.registry,
      insecure: true,
      credentials,
      retry: { attempts: 1 }
    });
    expect(await authed.headManifest('no/such-image', 'latest')).toBeUndefined();
    authed.close();
    const anonymous = new RegistryClient({ registry: s.registry, insecure: true, retry: { attempts: 1 } });
    await expect(anonymous.headManifest('no/such-image', 'latest')).rejects.toBeInstanceOf(RegistryAuthError);
    anonymous.close();
  });
});
