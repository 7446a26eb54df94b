/**
 * Real buildah builds a small image and pushes it, with basic auth, to the real registry of the
 * local stack; the digest read back from the registry must match what buildah pushed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStack, repoRoot, toolEnv, type Stack } from '../helpers/stack';

const fixture = join(repoRoot, 'test', 'fixtures', 'smoke', 'image');
const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');

function tool(cmd: string, args: string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', timeout: 180_000 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args[0]} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

async function manifestDigest(s: Stack, registry: string, repo: string, ref: string, auth: boolean) {
  const headers: Record<string, string> = { Accept: MANIFEST_TYPES };
  if (auth)
    headers.Authorization = `Basic ${Buffer.from(`${s.registryUser}:${s.registryPassword}`).toString('base64')}`;
  const res = await fetch(`http://${registry}/v2/${repo}/manifests/${ref}`, { headers });
  const body = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    header: res.headers.get('docker-content-digest'),
    computed: `sha256:${createHash('sha256').update(body).digest('hex')}`
  };
}

describe('buildah + registry (real)', () => {
  let work: string;
  let s: Stack;
  const repo = 'smoke/hello';
  const tag = `t${process.pid}-${Date.now()}`;

  beforeAll(() => {
    s = loadStack();
    work = mkdtempSync(join(tmpdir(), 'ft-smoke-buildah-'));
    // Credentials go in a private auth file, never on the command line.
    writeFileSync(
      join(work, 'auth.json'),
      JSON.stringify({
        auths: {
          [s.registry]: { auth: Buffer.from(`${s.registryUser}:${s.registryPassword}`).toString('base64') }
        }
      }),
      { mode: 0o600 }
    );
  });

  afterAll(() => {
    spawnSync('buildah', ['rmi', '-f', `${s.registry}/${repo}:${tag}`], { env: toolEnv(), stdio: 'ignore' });
    rmSync(work, { recursive: true, force: true });
  });

  test('the registry refuses anonymous access', async () => {
    const res = await fetch(`http://${s.registry}/v2/`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    expect((await manifestDigest(s, s.registry, repo, 'latest', false)).status).toBe(401);
  });

  test('buildah builds, pushes with auth, and the registry reports the same digest', async () => {
    const env = toolEnv({ REGISTRY_AUTH_FILE: join(work, 'auth.json') });
    const image = `${s.registry}/${repo}:${tag}`;
    tool('buildah', ['build', '--quiet', '-f', join(fixture, 'Containerfile'), '-t', image, fixture], env);
    const digestFile = join(work, 'digest');
    tool('buildah', ['push', '--digestfile', digestFile, image, `docker://${image}`], env);
    const pushed = readFileSync(digestFile, 'utf8').trim();
    expect(pushed).toMatch(/^sha256:[0-9a-f]{64}$/);

    const read = await manifestDigest(s, s.registry, repo, tag, true);
    expect(read.status).toBe(200);
    expect(read.header).toBe(pushed);
    expect(read.computed).toBe(pushed);
  });

  test('skopeo copies the image to the registry without auth, digest unchanged', async () => {
    const env = toolEnv({ REGISTRY_AUTH_FILE: join(work, 'auth.json') });
    const src = await manifestDigest(s, s.registry, repo, tag, true);
    expect(src.status).toBe(200);
    tool(
      'skopeo',
      [
        'copy',
        '--preserve-digests',
        // Debian's skopeo 1.9 ignores CONTAINERS_REGISTRIES_CONF, so plain HTTP is asked for here.
        '--src-tls-verify=false',
        '--dest-tls-verify=false',
        `docker://${s.registry}/${repo}:${tag}`,
        `docker://${s.registryNoAuth}/${repo}:${tag}`
      ],
      env
    );
    const dst = await manifestDigest(s, s.registryNoAuth, repo, tag, false);
    expect(dst.status).toBe(200);
    expect(dst.header).toBe(src.header);
  });
});
