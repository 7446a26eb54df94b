/**
 * Where credentials live: the private directory and auth file (real files, modes checked), and
 * the docker buildx builder's handling of them. docker cannot run here, so the buildx builder is
 * driven by a stand-in exec (named so) that records what docker would have been given.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBuilder, detectBuilder } from '../../actions/build-push-ecr/src/builders';
import {
  createPrivateDir,
  linkDockerState,
  removePrivateDir,
  writeAuthFile
} from '../../actions/build-push-ecr/src/privateDir';
import type { ExecOptions, ExecResult } from '../../src/lib/exec';

const result = (over: Partial<ExecResult>): ExecResult => ({
  command: 'docker',
  args: [],
  exitCode: 0,
  signal: null,
  stdout: '',
  stderr: '',
  durationMs: 1,
  timedOut: false,
  ...over
});

describe('private credentials directory', () => {
  test('0700 directory, 0600 auth file, removed completely (symlinked docker state is not followed)', () => {
    const rt = mkdtempSync(join(tmpdir(), 'bpe-rt-'));
    const p = createPrivateDir(rt);
    expect(statSync(p.dir).mode & 0o777).toBe(0o700);
    const file = writeAuthFile(p, 'r:5000', 'user', 's3cret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).not.toContain('s3cret');

    const dockerHome = mkdtempSync(join(tmpdir(), 'bpe-docker-'));
    mkdirSync(join(dockerHome, 'buildx'));
    writeFileSync(join(dockerHome, 'buildx', 'current'), 'builder');
    linkDockerState(p, { DOCKER_CONFIG: dockerHome });
    expect(lstatSync(join(p.dir, 'buildx')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(p.dir, 'buildx'))).toBe(join(dockerHome, 'buildx'));
    expect(existsSync(join(p.dir, 'cli-plugins'))).toBe(false);

    expect(removePrivateDir(p.dir)).toBe(true);
    expect(existsSync(p.dir)).toBe(false);
    expect(readFileSync(join(dockerHome, 'buildx', 'current'), 'utf8')).toBe('builder');
  });

  test('only our own directories are ever removed', () => {
    const other = mkdtempSync(join(tmpdir(), 'not-ours-'));
    expect(removePrivateDir(other)).toBe(false);
    expect(existsSync(other)).toBe(true);
  });
});

describe('docker buildx builder with a stand-in exec (docker cannot run here)', () => {
  const digest = 'sha256:' + 'd'.repeat(64);

  function setup() {
    const rt = mkdtempSync(join(tmpdir(), 'bpe-buildx-'));
    const p = createPrivateDir(rt);
    writeAuthFile(p, '123456789012.dkr.ecr.eu-north-1.amazonaws.com', 'AWS', 'ecr-password');
    const calls: { args: string[]; env: NodeJS.ProcessEnv }[] = [];
    return { p, calls };
  }

  const req = (p: ReturnType<typeof createPrivateDir>) => ({
    spec: {
      context: '/ws',
      dockerfile: '/ws/Dockerfile',
      buildArgs: [],
      labels: [],
      target: '',
      platforms: []
    },
    image: '123456789012.dkr.ecr.eu-north-1.amazonaws.com/app',
    registry: '123456789012.dkr.ecr.eu-north-1.amazonaws.com',
    primaryTag: 'fd-abc',
    push: true,
    insecure: false,
    cache: 'registry' as const,
    cacheKey: 'fd-buildcache',
    privateDir: p
  });

  test('credentials reach docker only as DOCKER_CONFIG; the digest comes from the metadata file', async () => {
    const { p, calls } = setup();
    const exec = async (_cmd: string, args: string[], opts?: ExecOptions) => {
      calls.push({ args, env: opts?.env ?? {} });
      const meta = args[args.indexOf('--metadata-file') + 1] as string;
      writeFileSync(meta, JSON.stringify({ 'containerimage.digest': digest }));
      return result({ args });
    };
    const logs: string[] = [];
    const b = createBuilder('docker', {
      log: { info: m => logs.push(m), warning: m => logs.push(m) },
      env: { HOME: '/home/runner' },
      exec
    });
    const out = await b.build(req(p));
    expect(out.digest).toBe(digest);
    expect(out.phases.map(([n]) => n)).toEqual(['build+push']);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.env['DOCKER_CONFIG']).toBe(p.dir);
    expect(calls[0]?.args.join(' ')).not.toContain('ecr-password');
    expect(logs.join('\n')).not.toContain('ecr-password');
    expect(calls[0]?.args).toContain('--push');
  });

  test('a transient push failure is retried with a warning per retry; an auth refusal is not', async () => {
    const { p } = setup();
    let n = 0;
    const warnings: string[] = [];
    const flaky = async (_cmd: string, args: string[]) => {
      n++;
      if (n === 1)
        return result({ exitCode: 1, stderr: 'failed to push: dial tcp: connection reset by peer' });
      writeFileSync(
        args[args.indexOf('--metadata-file') + 1] as string,
        JSON.stringify({ 'containerimage.digest': digest })
      );
      return result({});
    };
    const b = createBuilder('docker', {
      log: { info: () => undefined, warning: m => warnings.push(m) },
      env: {},
      exec: flaky,
      retry: { baseMs: 1, maxMs: 2 }
    });
    expect((await b.build(req(p))).digest).toBe(digest);
    expect(n).toBe(2);
    expect(warnings).toEqual([expect.stringMatching(/failed .*connection reset.*retrying in/)]);

    let m = 0;
    const refused = async () => {
      m++;
      return result({ exitCode: 1, stderr: 'error: failed to authorize: 401 Unauthorized' });
    };
    const b2 = createBuilder('docker', {
      log: { info: () => undefined, warning: () => undefined },
      env: {},
      exec: refused
    });
    await expect(b2.build(req(p))).rejects.toThrow(/refused the credentials/);
    expect(m).toBe(1);
  });

  test('auto picks docker when `docker buildx version` works, else buildah, else podman; a missing one is named', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'bpe-bin-'));
    for (const tool of ['docker', 'buildah'])
      writeFileSync(join(bin, tool), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const log = { info: () => undefined, warning: () => undefined };
    const ok = async () => result({});
    const broken = async () => result({ exitCode: 1 });
    expect(await detectBuilder('auto', { log, env: { PATH: bin }, exec: ok })).toBe('docker');
    expect(await detectBuilder('auto', { log, env: { PATH: bin }, exec: broken })).toBe('buildah');
    await expect(detectBuilder('podman', { log, env: { PATH: bin } })).rejects.toThrow(
      /builder: podman is not on PATH/
    );
    await expect(detectBuilder('auto', { log, env: { PATH: '/nonexistent' } })).rejects.toThrow(
      /none of docker buildx, buildah or podman/
    );
  });
});
