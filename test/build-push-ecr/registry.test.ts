/**
 * src/lib/registry.ts against the stack's real registries (docker-registry, with and without
 * htpasswd auth), an image pushed by real buildah. Two behaviours no local registry can produce
 * on demand — a Bearer token service and a registry answering 503 — use small fake servers,
 * named as such in the test names.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authFileContent } from '../../actions/build-push-ecr/src/privateDir';
import {
  RegistryAuthError,
  RegistryClient,
  RegistryError,
  imageSizeFromManifest,
  parseChallenge,
  sha256Digest
} from '../../src/lib/registry';
import { loadStack, toolEnv, type Stack } from '../helpers/stack';

const fast = { baseMs: 5, maxMs: 20 };

function buildah(args: string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync('buildah', args, { env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`buildah ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

async function closedPort(): Promise<number> {
  const s = createServer();
  const port = await listen(s);
  await new Promise(r => s.close(r));
  return port;
}

describe('OCI registry client (real docker-registry)', () => {
  let s: Stack;
  let work: string;
  let digest: string;
  const repo = `bpe-lib/hello-${process.pid}`;
  const tag = 't1';

  beforeAll(() => {
    s = loadStack();
    work = mkdtempSync(join(tmpdir(), 'bpe-registry-'));
    mkdirSync(join(work, 'ctx'));
    writeFileSync(join(work, 'ctx', 'hello.txt'), `hello ${Date.now()}\n`);
    writeFileSync(join(work, 'ctx', 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
    writeFileSync(join(work, 'auth.json'), authFileContent(s.registry, s.registryUser, s.registryPassword), {
      mode: 0o600
    });
    const env = toolEnv();
    const local = `localhost/${repo}:${tag}`;
    buildah(['build', '--quiet', '-t', local, join(work, 'ctx')], env);
    for (const reg of [s.registry, s.registryNoAuth]) {
      buildah(
        [
          'push',
          '--authfile',
          join(work, 'auth.json'),
          '--tls-verify=false',
          '--digestfile',
          join(work, 'digest'),
          local,
          `docker://${reg}/${repo}:${tag}`
        ],
        env
      );
    }
    digest = readFileSync(join(work, 'digest'), 'utf8').trim();
    buildah(['rmi', '-f', local], env);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('HEAD finds the pushed tag with the digest buildah reported; a missing tag is undefined', async () => {
    const c = new RegistryClient({ registry: s.registryNoAuth, insecure: true, retry: fast });
    const head = await c.headManifest(repo, tag);
    expect(head?.digest).toBe(digest);
    expect(head?.mediaType).toMatch(/manifest/);
    expect(await c.headManifest(repo, 'no-such-tag')).toBeUndefined();
  });

  test('GET returns the manifest whose bytes hash to the digest, and the image size', async () => {
    const c = new RegistryClient({ registry: s.registryNoAuth, insecure: true, retry: fast });
    const m = await c.getManifest(repo, tag);
    expect(m?.digest).toBe(digest);
    expect(imageSizeFromManifest(m!.body)).toBeGreaterThan(0);
  });

  test('PUT points a new tag at the same manifest (no blobs move)', async () => {
    const c = new RegistryClient({ registry: s.registryNoAuth, insecure: true, retry: fast });
    const m = await c.getManifest(repo, digest);
    expect(await c.putManifest(repo, 'moved', m!)).toBe(digest);
    expect((await c.headManifest(repo, 'moved'))?.digest).toBe(digest);
  });

  test('GET blob: every layer of the manifest, by digest and size, checked; a missing blob is undefined', async () => {
    const c = new RegistryClient({
      registry: s.registry,
      insecure: true,
      credentials: { username: s.registryUser, password: s.registryPassword },
      retry: fast
    });
    const m = await c.getManifest(repo, digest);
    const doc = JSON.parse(m!.body.toString()) as { layers: { digest: string; size: number }[] };
    expect(doc.layers.length).toBeGreaterThan(0);
    for (const l of doc.layers) {
      const blob = await c.getBlob(repo, l.digest, l.size);
      expect(blob && sha256Digest(blob)).toBe(l.digest);
    }
    expect(await c.getBlob(repo, `sha256:${'0'.repeat(64)}`)).toBeUndefined();
    const l = doc.layers[0]!;
    await expect(c.getBlob(repo, l.digest, l.size + 1)).rejects.toThrow(/its descriptor says/);
    c.close();
  });

  test('Basic auth: the right credentials read the manifest', async () => {
    const c = new RegistryClient({
      registry: s.registry,
      insecure: true,
      credentials: { username: s.registryUser, password: s.registryPassword },
      retry: fast
    });
    expect((await c.headManifest(repo, tag))?.digest).toBe(digest);
  });

  test('Basic auth: no credentials is a clear error asking for them', async () => {
    const c = new RegistryClient({ registry: s.registry, insecure: true, retry: fast });
    await expect(c.headManifest(repo, tag)).rejects.toThrow(
      /requires authentication: set username and password/
    );
  });

  test('Basic auth: a wrong password is refused, naming the user, without retries', async () => {
    const retries: number[] = [];
    const c = new RegistryClient({
      registry: s.registry,
      insecure: true,
      credentials: { username: s.registryUser, password: 'wrong' },
      retry: { ...fast, onRetry: (_e, n) => retries.push(n) }
    });
    const err = await c.headManifest(repo, tag).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryAuthError);
    expect((err as Error).message).toMatch(new RegExp(`refused the credentials of user "${s.registryUser}"`));
    expect((err as Error).message).not.toContain('wrong');
    expect(retries).toEqual([]);
  });

  test('a registry that is down is retried with backoff, then fails clearly', async () => {
    const port = await closedPort();
    const retries: number[] = [];
    const c = new RegistryClient({
      registry: `127.0.0.1:${port}`,
      insecure: true,
      retry: { ...fast, attempts: 3, onRetry: (_e, n) => retries.push(n) }
    });
    const err = await c.headManifest(repo, tag).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as Error).message).toMatch(
      new RegExp(`cannot reach registry 127.0.0.1:${port} .*connection refused`)
    );
    expect(retries).toEqual([1, 2]);
  });
});

describe('OCI registry client (fake servers for what no local registry does on demand)', () => {
  const digest = 'sha256:' + 'c'.repeat(64);
  const servers: Server[] = [];
  afterAll(async () => {
    for (const srv of servers) await new Promise(r => srv.close(r));
  });

  test('fake registry answering 503 twice: retried, each retry reported, then succeeds', async () => {
    let calls = 0;
    const srv = createServer((req, res) => {
      calls++;
      if (calls <= 2) {
        res.writeHead(503).end();
        return;
      }
      res
        .writeHead(200, {
          'Docker-Content-Digest': digest,
          'Content-Type': 'application/vnd.oci.image.manifest.v1+json',
          'Content-Length': '10'
        })
        .end();
    });
    servers.push(srv);
    const port = await listen(srv);
    const retries: string[] = [];
    const c = new RegistryClient({
      registry: `127.0.0.1:${port}`,
      insecure: true,
      retry: { ...fast, onRetry: e => retries.push((e as Error).message) }
    });
    expect((await c.headManifest('a/b', 't'))?.digest).toBe(digest);
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatch(/HTTP 503/);
  });

  test('fake registry redirecting a blob GET to another host (as ECR does, to S3): followed, without the credentials; bytes checked', async () => {
    const bytes = Buffer.from(`chart bytes ${process.pid}`);
    const good = sha256Digest(bytes);
    const seen: string[] = [];
    const storage = createServer((req, res) => {
      seen.push(`storage ${req.url} auth=${req.headers.authorization ?? 'none'}`);
      res.writeHead(200).end(req.url?.includes('bad') ? Buffer.from('other bytes') : bytes);
    });
    servers.push(storage);
    const storagePort = await listen(storage);
    const srv = createServer((req, res) => {
      seen.push(`registry ${req.url} auth=${req.headers.authorization ? 'basic' : 'none'}`);
      if (!req.headers.authorization) {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="r"' }).end();
        return;
      }
      const bad = req.url?.endsWith('0'.repeat(64));
      res
        .writeHead(307, {
          Location: `http://localhost:${storagePort}/presigned/${bad ? 'bad' : 'ok'}?X-Sig=1`
        })
        .end();
    });
    servers.push(srv);
    const port = await listen(srv);
    const c = new RegistryClient({
      registry: `127.0.0.1:${port}`,
      insecure: true,
      credentials: { username: 'u', password: 'p' },
      retry: fast
    });
    expect(await c.getBlob('a/chart', good, bytes.length)).toEqual(bytes);
    expect(seen).toEqual([
      `registry /v2/a/chart/blobs/${good} auth=none`,
      `registry /v2/a/chart/blobs/${good} auth=basic`,
      'storage /presigned/ok?X-Sig=1 auth=none'
    ]);
    await expect(c.getBlob('a/chart', `sha256:${'0'.repeat(64)}`)).rejects.toThrow(
      /whose content hashes to sha256:/
    );
    c.close();
  });

  test('fake registry with a Bearer token service: token fetched with Basic credentials, then used', async () => {
    const seen: string[] = [];
    const srv = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/token') {
        seen.push(`token ${url.searchParams.get('scope')} ${req.headers.authorization}`);
        const ok = req.headers.authorization === 'Basic ' + Buffer.from('u:p').toString('base64');
        res
          .writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' })
          .end(ok ? JSON.stringify({ token: 'T0KEN' }) : '');
        return;
      }
      if (req.headers.authorization !== 'Bearer T0KEN') {
        res
          .writeHead(401, {
            'WWW-Authenticate': `Bearer realm="http://127.0.0.1:${(srv.address() as AddressInfo).port}/token",service="fake",scope="repository:a/b:pull"`
          })
          .end();
        return;
      }
      res
        .writeHead(200, {
          'Docker-Content-Digest': digest,
          'Content-Type': 'application/vnd.oci.image.manifest.v1+json'
        })
        .end();
    });
    servers.push(srv);
    const port = await listen(srv);
    const c = new RegistryClient({
      registry: `127.0.0.1:${port}`,
      insecure: true,
      credentials: { username: 'u', password: 'p' },
      retry: fast
    });
    expect((await c.headManifest('a/b', 't'))?.digest).toBe(digest);
    expect(seen).toEqual([`token repository:a/b:pull Basic ${Buffer.from('u:p').toString('base64')}`]);
    // The token is reused for the next request on the same repository.
    expect((await c.headManifest('a/b', 't2'))?.digest).toBe(digest);
    expect(seen).toHaveLength(1);

    const wrong = new RegistryClient({
      registry: `127.0.0.1:${port}`,
      insecure: true,
      credentials: { username: 'u', password: 'x' },
      retry: fast
    });
    await expect(wrong.headManifest('a/b', 't')).rejects.toThrow(/refused the credentials of user "u"/);
  });

  test('fake TLS-only registry with a self-signed certificate: insecure finds HTTPS after the plain probe; secure refuses the certificate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpe-tls-'));
    const gen = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1'
      ],
      { env: toolEnv(), encoding: 'utf8' }
    );
    expect(gen.status).toBe(0);
    const srv = createTlsServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (_req, res) => {
        res
          .writeHead(200, {
            'Docker-Content-Digest': digest,
            'Content-Type': 'application/vnd.oci.image.manifest.v1+json'
          })
          .end();
      }
    );
    servers.push(srv as unknown as Server);
    const port = await listen(srv as unknown as Server);
    const insecure = new RegistryClient({ registry: `127.0.0.1:${port}`, insecure: true, retry: fast });
    expect((await insecure.headManifest('a/b', 't'))?.digest).toBe(digest);
    const secure = new RegistryClient({ registry: `127.0.0.1:${port}`, retry: { ...fast, attempts: 1 } });
    await expect(secure.headManifest('a/b', 't')).rejects.toThrow(
      /cannot reach registry 127.0.0.1:\d+ .*(self[- ]signed|certificate)/i
    );
    rmSync(dir, { recursive: true, force: true });
  });

  test('challenge parsing', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:a/b:pull,push"'
      )
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.example.com/token',
        service: 'registry.example.com',
        scope: 'repository:a/b:pull,push'
      }
    });
    expect(parseChallenge('Basic realm="x"')).toEqual({ scheme: 'basic', params: { realm: 'x' } });
  });
});
