/**
 * The bundle (dist/build-push-ecr) run the way the runner runs it, with real buildah and the
 * stack's real registries: the path the main job takes (non-ECR registry with username/password,
 * insecure plain-HTTP registry, base images from that registry through build args).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authFileContent } from '../../actions/build-push-ecr/src/privateDir';
import { RegistryClient } from '../../src/lib/registry';
import { runAction, type ActionRun } from '../helpers/runAction';
import { loadStack, toolEnv, type Stack } from '../helpers/stack';

const SHA1 = '1111111111111111111111111111111111111111';
const SHA2 = '2222222222222222222222222222222222222222';

function privateDirsLeft(runnerTemp: string): string[] {
  return existsSync(runnerTemp)
    ? readdirSync(runnerTemp).filter(n => n.startsWith('flygtaxi-build-push-'))
    : [];
}

function failureText(r: ActionRun): string {
  return r.stdout
    .split('\n')
    .filter(l => l.startsWith('::error'))
    .join('\n')
    .replace(/%0A/g, '\n');
}

describe('build-push-ecr bundle with buildah and the local registries', () => {
  let s: Stack;
  let ws: string;
  let env: NodeJS.ProcessEnv;
  let base: string;
  const repo = `bpe-e2e/frontdoor-${process.pid}`;

  beforeAll(() => {
    s = loadStack();
    env = toolEnv({ GITHUB_REPOSITORY: 'acme/frontdoor', GITHUB_SERVER_URL: 'https://github.com' });
    for (const k of ['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_ENDPOINT_URL']) delete env[k];
    ws = mkdtempSync(join(tmpdir(), 'bpe-e2e-ws-'));

    // A stand-in base image in the authenticated registry, as the main job uses for RUNTIME_IMAGE.
    const baseCtx = join(ws, 'base');
    mkdirSync(baseCtx);
    writeFileSync(join(baseCtx, 'base.txt'), 'base\n');
    writeFileSync(join(baseCtx, 'Dockerfile'), 'FROM scratch\nCOPY base.txt /base.txt\n');
    const auth = join(ws, 'auth.json');
    writeFileSync(auth, authFileContent(s.registry, s.registryUser, s.registryPassword), { mode: 0o600 });
    base = `${s.registry}/bpe-e2e/base-${process.pid}:1`;
    for (const args of [
      ['build', '--quiet', '-t', base, baseCtx],
      ['push', '--authfile', auth, '--tls-verify=false', base, `docker://${base}`],
      ['rmi', '-f', base]
    ]) {
      const r = spawnSync('buildah', args, { env, encoding: 'utf8', timeout: 120_000 });
      if (r.status !== 0) throw new Error(`buildah ${args[0]}: ${r.stderr}`);
    }
    rmSync(auth);

    mkdirSync(join(ws, 'app'));
    writeFileSync(join(ws, 'app', 'app.txt'), 'v1\n');
    writeFileSync(
      join(ws, 'app', 'Dockerfile'),
      'ARG RUNTIME_IMAGE=scratch\nFROM ${RUNTIME_IMAGE}\nARG GREETING\nCOPY app.txt /app.txt\nLABEL greeting=${GREETING}\n'
    );
  });

  afterAll(() => {
    rmSync(ws, { recursive: true, force: true });
    // The images this suite built stay in buildah's storage (a layer cache); remove them.
    const list = spawnSync('buildah', ['images', '--format', '{{.Name}}:{{.Tag}}'], {
      env,
      encoding: 'utf8'
    });
    const mine = list.stdout.split('\n').filter(n => n.includes(`-${process.pid}:`));
    if (mine.length) spawnSync('buildah', ['rmi', '-f', ...mine], { env, stdio: 'ignore' });
  });

  const inputs = (extra: Record<string, string> = {}) => ({
    registry: s.registry,
    username: s.registryUser,
    password: s.registryPassword,
    'insecure-registry': 'true',
    repository: repo,
    'image-name': 'frontdoor',
    context: 'app',
    builder: 'buildah',
    'build-args': `RUNTIME_IMAGE=${base}\nGREETING=hej`,
    sha: SHA1,
    ...extra
  });

  const client = () =>
    new RegistryClient({
      registry: s.registry,
      insecure: true,
      credentials: { username: s.registryUser, password: s.registryPassword }
    });

  let firstDigest = '';

  test('builds with buildah and pushes with auth: outputs, digest checked, labels, summary, no credentials left', async () => {
    const r = await runAction('build-push-ecr', inputs(), { env, workspace: ws });
    expect(failureText(r)).toBe('');
    expect(r.exitCode).toBe(0);
    const o = r.outputs;
    expect(o['registry']).toBe(s.registry);
    expect(o['repository']).toBe(repo);
    expect(o['image']).toBe(`${s.registry}/${repo}`);
    expect(o['tag']).toBe(`frontdoor-${SHA1}`);
    expect(JSON.parse(o['tags'] ?? '')).toEqual([`frontdoor-${SHA1}`, 'frontdoor-latest']);
    expect(o['skipped']).toBe('false');
    expect(o['digest']).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(o['image-ref']).toBe(`${s.registry}/${repo}@${o['digest']}`);
    firstDigest = o['digest'] as string;

    const c = client();
    expect((await c.headManifest(repo, `frontdoor-${SHA1}`))?.digest).toBe(firstDigest);
    expect((await c.headManifest(repo, 'frontdoor-latest'))?.digest).toBe(firstDigest);

    // OCI labels by default, plus the build arg that reached the Dockerfile.
    const inspect = spawnSync(
      'buildah',
      ['inspect', '--type', 'image', `${s.registry}/${repo}:frontdoor-${SHA1}`],
      { env, encoding: 'utf8' }
    );
    const labels = (JSON.parse(inspect.stdout) as { OCIv1: { config: { Labels: Record<string, string> } } })
      .OCIv1.config.Labels;
    expect(labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/acme/frontdoor',
      'org.opencontainers.image.revision': SHA1,
      greeting: 'hej'
    });
    expect(labels['org.opencontainers.image.created']).toMatch(/^\d{4}-\d\d-\d\dT/);

    expect(r.summary).toContain('built and pushed');
    expect(r.summary).toContain(firstDigest);
    expect(r.summary).toMatch(/\| build \| \d+\.\d \|/);
    // The password is announced to the runner for masking and appears nowhere else.
    const mentions = r.stdout.split('\n').filter(l => l.includes(s.registryPassword));
    expect(mentions).toEqual([`::add-mask::${s.registryPassword}`]);
    expect(privateDirsLeft(r.runnerTemp)).toEqual([]);
    expect(r.state['private-dir']).toMatch(/flygtaxi-build-push-/);
  });

  test('a second run for the same commit skips the build and reports the same digest', async () => {
    const r = await runAction('build-push-ecr', inputs(), { env, workspace: ws });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['skipped']).toBe('true');
    expect(r.outputs['digest']).toBe(firstDigest);
    expect(r.outputs['image-ref']).toBe(`${s.registry}/${repo}@${firstDigest}`);
    expect(r.stdout).toContain('already exists');
    expect(r.stdout).not.toMatch(/^buildah build/m);
    expect(r.summary).toContain('reused');
  });

  test('a new commit moves the moving tag; the old commit tag keeps its image', async () => {
    writeFileSync(join(ws, 'app', 'app.txt'), 'v2\n');
    const r = await runAction('build-push-ecr', inputs({ sha: SHA2 }), { env, workspace: ws });
    expect(failureText(r)).toBe('');
    const d2 = r.outputs['digest'];
    expect(d2).toMatch(/^sha256:/);
    expect(d2).not.toBe(firstDigest);
    const c = client();
    expect((await c.headManifest(repo, 'frontdoor-latest'))?.digest).toBe(d2);
    expect((await c.headManifest(repo, `frontdoor-${SHA1}`))?.digest).toBe(firstDigest);

    // Re-running the old commit reuses its image and points the moving tag back at it.
    const again = await runAction('build-push-ecr', inputs(), { env, workspace: ws });
    expect(again.outputs['skipped']).toBe('true');
    expect((await c.headManifest(repo, 'frontdoor-latest'))?.digest).toBe(firstDigest);
  });

  test('a registry without auth: no username/password needed', async () => {
    const noauthRepo = `bpe-e2e/noauth-${process.pid}`;
    const r = await runAction(
      'build-push-ecr',
      inputs({
        registry: s.registryNoAuth,
        username: '',
        password: '',
        repository: noauthRepo,
        'build-args': '',
        'latest-tag': 'false',
        tags: 'v1.0.0'
      }),
      { env, workspace: ws }
    );
    expect(failureText(r)).toBe('');
    const c = new RegistryClient({ registry: s.registryNoAuth, insecure: true });
    expect((await c.headManifest(noauthRepo, 'v1.0.0'))?.digest).toBe(r.outputs['digest']);
    expect(JSON.parse(r.outputs['tags'] ?? '')).toEqual([`frontdoor-${SHA1}`, 'v1.0.0']);
  });

  test('builder podman: the same daemonless path with podman, pushed with auth and the digest checked', async () => {
    const podmanRepo = `bpe-e2e/podman-${process.pid}`;
    const r = await runAction(
      'build-push-ecr',
      inputs({ builder: 'podman', repository: podmanRepo, 'latest-tag': 'false' }),
      { env, workspace: ws }
    );
    expect(failureText(r)).toBe('');
    expect(r.stdout).toContain('builder: podman');
    expect(r.outputs['digest']).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect((await client().headManifest(podmanRepo, `frontdoor-${SHA1}`))?.digest).toBe(r.outputs['digest']);
    const images = spawnSync('podman', ['images', '--format', '{{.Repository}}:{{.Tag}}'], {
      env,
      encoding: 'utf8'
    });
    const mine = images.stdout.split('\n').filter(n => n.includes(podmanRepo));
    if (mine.length) spawnSync('podman', ['rmi', '-f', ...mine], { env, stdio: 'ignore' });
  });

  test('two platforms: buildah pushes a manifest list (no emulation needed FROM scratch) and its digest is checked', async () => {
    const mpRepo = `bpe-e2e/multi-${process.pid}`;
    const r = await runAction(
      'build-push-ecr',
      inputs({
        registry: s.registryNoAuth,
        username: '',
        password: '',
        repository: mpRepo,
        'build-args': '',
        platforms: 'linux/amd64,linux/arm64'
      }),
      { env, workspace: ws }
    );
    expect(failureText(r)).toBe('');
    const c = new RegistryClient({ registry: s.registryNoAuth, insecure: true });
    const head = await c.headManifest(mpRepo, `frontdoor-${SHA1}`);
    expect(head?.mediaType).toMatch(/index|list/);
    expect(head?.digest).toBe(r.outputs['digest']);
    expect((await c.headManifest(mpRepo, 'frontdoor-latest'))?.digest).toBe(r.outputs['digest']);
    // The local manifest list is removed after the push (buildah 1.28 cannot list images while one exists).
    expect(spawnSync('buildah', ['images'], { env, stdio: 'ignore' }).status).toBe(0);
  });

  test('a wrong password: one clear auth error, nothing built or pushed, no credentials left', async () => {
    const r = await runAction('build-push-ecr', inputs({ password: 'not-the-password', sha: '3333333' }), {
      env,
      workspace: ws
    });
    expect(r.exitCode).toBe(1);
    expect(failureText(r)).toMatch(new RegExp(`refused the credentials of user "${s.registryUser}"`));
    expect(r.stdout).not.toMatch(/Unexpected error|\n\s+at /);
    expect(r.stdout).not.toMatch(/^buildah build/m);
    expect(await client().headManifest(repo, 'frontdoor-3333333')).toBeUndefined();
    expect(privateDirsLeft(r.runnerTemp)).toEqual([]);
    // What was known before the failure is still reported.
    expect(r.outputs['image']).toBe(`${s.registry}/${repo}`);
    expect(r.summary).toContain('build-push-ecr: failed');
    expect(r.summary).toContain('refused the credentials');
  });

  test('a registry that is down: retried with a log line per retry, then one clear error', async () => {
    const srv = createServer();
    await new Promise<void>(res => srv.listen(0, '127.0.0.1', res));
    const port = (srv.address() as AddressInfo).port;
    await new Promise(res => srv.close(res));
    const r = await runAction('build-push-ecr', inputs({ registry: `127.0.0.1:${port}`, sha: '4444444' }), {
      env,
      workspace: ws
    });
    expect(r.exitCode).toBe(1);
    expect(
      r.stdout.match(
        /^registry call failed \(cannot reach registry .*\); retrying in [\d.]+ s \(attempt \d\)$/gm
      )
    ).toHaveLength(3);
    expect(failureText(r)).toMatch(
      new RegExp(`cannot reach registry 127.0.0.1:${port} .*connection refused`)
    );
    expect(r.stdout).not.toMatch(/Unexpected error/);
  });

  test('push: false builds only: no digest, nothing pushed', async () => {
    const r = await runAction('build-push-ecr', inputs({ push: 'false', sha: '5555555' }), {
      env,
      workspace: ws
    });
    expect(failureText(r)).toBe('');
    expect(r.outputs['digest']).toBe('');
    expect(r.outputs['skipped']).toBe('false');
    expect(await client().headManifest(repo, 'frontdoor-5555555')).toBeUndefined();
    expect(r.summary).toContain('built only');
  });

  test('invalid inputs: every problem at once, by input name, no stack trace, nothing run, no lazy chunk (AWS SDK) loaded', async () => {
    // A preloaded hook records every module file the bundle requires after its entry.
    const hook = join(ws, 'trace-requires.cjs');
    const traced = join(ws, 'required.txt');
    writeFileSync(traced, '');
    writeFileSync(
      hook,
      `const M = require('module'); const fs = require('fs'); const orig = M._load;
       M._load = function (req, parent, isMain) { if (/\\.js$/.test(req)) fs.appendFileSync(${JSON.stringify(traced)}, req + '\\n'); return orig.apply(this, arguments); };`
    );
    const r = await runAction(
      'build-push-ecr',
      {
        repository: 'Bad Repo',
        'image-name': 'frontdoor',
        sha: 'x',
        context: '../..',
        builder: 'kaniko',
        'build-args': 'NOPE',
        registry: s.registry
      },
      { env: { ...env, NODE_OPTIONS: `--require ${hook}` }, workspace: ws }
    );
    expect(r.exitCode).toBe(1);
    const text = failureText(r);
    expect(text).toMatch(/invalid inputs; nothing was changed/);
    const loaded = readFileSync(traced, 'utf8').split('\n').filter(Boolean);
    expect(loaded.filter(f => /\d+\.index\.js$/.test(f))).toEqual([]);
    // Control: the same hook does see the lazy chunks of a run that passes validation.
    writeFileSync(traced, '');
    const ok = await runAction('build-push-ecr', inputs(), {
      env: { ...env, NODE_OPTIONS: `--require ${hook}` },
      workspace: ws
    });
    expect(ok.outputs['skipped']).toBe('true');
    expect(readFileSync(traced, 'utf8')).toMatch(/\d+\.index\.js/);
    for (const name of ['repository', 'context', 'builder', 'build-args'])
      expect(text).toContain(`- ${name}: `);
    expect(r.stdout).not.toMatch(/\n\s+at /);
    // Only the post flag is saved, so the runner's post step (post-if: always()) is a quiet no-op
    // instead of running main again and repeating the input errors.
    expect(r.state).toEqual({ isPost: 'true' });
    const post = await runAction('build-push-ecr', inputs({ repository: 'Bad Repo!' }), {
      env,
      workspace: ws,
      state: r.state
    });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).not.toMatch(/invalid input/);
  });

  test('the post step removes a credentials directory a cancelled run left behind', async () => {
    const rt = mkdtempSync(join(tmpdir(), 'bpe-post-'));
    const left = join(rt, 'flygtaxi-build-push-abc123');
    mkdirSync(left);
    writeFileSync(join(left, 'config.json'), '{}', { mode: 0o600 });
    const r = await runAction('build-push-ecr', inputs(), {
      env,
      workspace: ws,
      runnerTemp: rt,
      state: { isPost: 'true', 'private-dir': left }
    });
    expect(r.exitCode).toBe(0);
    expect(existsSync(left)).toBe(false);
    expect(r.stdout).toContain('removed leftover credentials directory');
    rmSync(rt, { recursive: true, force: true });
  });
});
