/**
 * The example-app Dockerfile built by real buildah (vfs storage, chroot isolation) from the
 * stand-in base images of scripts/base-images.sh (public images cannot be pulled here), then
 * the image's own entrypoint and command run as its user on a read-only root filesystem.
 * There is no container engine here: "running" is unshare + a read-only bind mount + chroot,
 * which is what a readOnlyRootFilesystem pod with runAsUser gives the process.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { delimiter } from 'node:path';
import { loadStack, repoRoot, toolsBin } from '../helpers/stack';
import { freePort, httpRequest } from './frontdoorProcess';

const asRoot = process.getuid?.() === 0;
// Base images given by the caller (as scripts/pipeline.sh exports them), else the stack's stand-ins.
const givenBases = ['BUILD_IMAGE', 'RUNTIME_IMAGE'].every(k => (process.env[k] ?? '') !== '');
const withStack = process.env.FT_STACK !== 'off';
const IMAGE = 'localhost/frontdoor:image-test';

interface ImageConfig {
  User?: string;
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  ExposedPorts?: Record<string, unknown>;
  Env?: string[];
  WorkingDir?: string;
}

let storage = '';
let env: NodeJS.ProcessEnv = {};

function buildah(args: string[], timeout = 300_000): string {
  const r = spawnSync(
    'buildah',
    ['--root', join(storage, 'root'), '--runroot', join(storage, 'run'), '--storage-driver', 'vfs', ...args],
    { env, encoding: 'utf8', timeout }
  );
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`buildah ${args[0]} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout.trim();
}

/** `--build-arg BUILD_IMAGE=… --build-arg RUNTIME_IMAGE=…` */
function baseImageArgs(): string[] {
  if (givenBases) {
    return ['BUILD_IMAGE', 'RUNTIME_IMAGE'].flatMap(k => ['--build-arg', `${k}=${process.env[k]}`]);
  }
  loadStack();
  const images = spawnSync('bash', [join(repoRoot, 'scripts', 'base-images.sh')], {
    env,
    encoding: 'utf8',
    timeout: 300_000
  });
  if (images.status !== 0)
    throw new Error(`scripts/base-images.sh failed:\n${images.stdout}\n${images.stderr}`);
  return images.stdout
    .split('\n')
    .filter(l => /^(BUILD|RUNTIME)_IMAGE=\S+$/.test(l))
    .flatMap(l => ['--build-arg', l]);
}

(asRoot && (givenBases || withStack) ? describe : describe.skip)(
  'example-app image (real buildah; needs root, and the stack or BUILD_IMAGE/RUNTIME_IMAGE)',
  () => {
    let config: ImageConfig;
    let container = '';
    let rootfs = '';

    beforeAll(() => {
      // Storage is passed as flags on every call, so the stack's storage.conf is not needed.
      env = {
        ...process.env,
        PATH: `${toolsBin}${delimiter}${process.env.PATH ?? ''}`,
        BUILDAH_ISOLATION: 'chroot'
      };
      const args = baseImageArgs();
      expect(args).toHaveLength(4);

      // A throwaway storage root: this test's layers never mix with the other tests' images.
      storage = mkdtempSync(join(tmpdir(), 'ft-frontdoor-image-'));
      buildah(
        [
          'bud',
          '--isolation',
          'chroot',
          '--tls-verify=false',
          ...args,
          '-t',
          IMAGE,
          '-f',
          join(repoRoot, 'example-app', 'Dockerfile'),
          join(repoRoot, 'example-app')
        ],
        600_000
      );
      config = JSON.parse(buildah(['inspect', '--type', 'image', IMAGE])).OCIv1.config as ImageConfig;
      container = buildah(['from', '--pull-never', IMAGE]);
      rootfs = buildah(['mount', container]);
    }, 900_000);

    afterAll(() => {
      if (storage === '') return;
      if (container !== '') {
        spawnSync(
          'buildah',
          [
            '--root',
            join(storage, 'root'),
            '--runroot',
            join(storage, 'run'),
            '--storage-driver',
            'vfs',
            'rm',
            container
          ],
          { env, stdio: 'ignore' }
        );
      }
      rmSync(storage, { recursive: true, force: true });
    });

    test('runs as a numeric non-root user, node entrypoint + server.js, port 8080', () => {
      expect(config.User).toBe('65532:65532');
      expect([...(config.Entrypoint ?? []), ...(config.Cmd ?? [])].at(-1)).toBe('/app/dist/server.js');
      expect(Object.keys(config.ExposedPorts ?? {})).toEqual(['8080/tcp']);
      expect(config.Env).toEqual(expect.arrayContaining(['CONTAINER_PORT=8080', 'NODE_ENV=production']));
    });

    test('the runtime stage holds the compiled server only: no sources, compiler or npm', () => {
      expect(readdirSync(join(rootfs, 'app'))).toEqual(['dist']);
      expect(readdirSync(join(rootfs, 'app', 'dist')).sort()).toEqual([
        'app.js',
        'config.js',
        'logger.js',
        'metrics.js',
        'routes.js',
        'server.js'
      ]);
      expect(readdirSync(rootfs)).not.toContain('src');
      const owner = spawnSync('stat', ['-c', '%u:%g %a', join(rootfs, 'app', 'dist', 'server.js')], {
        encoding: 'utf8'
      });
      expect(owner.stdout.trim()).toBe('0:0 644'); // readable, not writable, by the runtime user
    });

    test('serves /health and /status as that user on a read-only root, and drains on SIGTERM', async () => {
      const port = await freePort();
      const [uid, gid] = (config.User ?? '').split(':');
      const command = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
      // The script is constant; the root path and the image's command are passed as arguments.
      const script =
        'root=$1; shift; mount --bind "$root" "$root" && mount -o remount,bind,ro "$root" && ' +
        'exec /usr/sbin/chroot --userspec="$USERSPEC" "$root" "$@"';
      const proc: ChildProcess = spawn(
        'unshare',
        ['--mount', '--propagation', 'private', '--', 'sh', '-c', script, 'sh', rootfs, ...command],
        {
          env: {
            PATH: '/usr/sbin:/usr/bin:/sbin:/bin',
            USERSPEC: `${uid}:${gid}`,
            HOST: '127.0.0.1',
            CONTAINER_PORT: String(port)
          },
          stdio: ['ignore', 'pipe', 'pipe']
        }
      );
      let out = '';
      let err = '';
      proc.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
      proc.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
      const exited = new Promise<number | null>(res => proc.once('exit', code => res(code)));
      try {
        let health = await httpRequest(port, 'GET', '/health').catch(() => undefined);
        for (let i = 0; health === undefined && i < 200 && proc.exitCode === null; i++) {
          await new Promise(r => setTimeout(r, 50));
          health = await httpRequest(port, 'GET', '/health').catch(() => undefined);
        }
        if (health === undefined)
          throw new Error(`the image's server did not answer; stdout: ${out}\nstderr: ${err}`);
        expect(health.status).toBe(200);
        expect(JSON.parse(health.body).status).toBe('healthy');
        const status = await httpRequest(port, 'GET', '/status');
        expect(JSON.parse(status.body).message).toBe('Welcome to the Flygtaxi Frontdoor Service!');

        // unshare/sh exec into chroot and node: the pid is the server process itself.
        const procStatus = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
        expect(/^Uid:\s+(\d+)/m.exec(procStatus)?.[1]).toBe(uid);
        const rootMount = readFileSync(`/proc/${proc.pid}/mountinfo`, 'utf8')
          .split('\n')
          .find(l => l.split(' ')[4] === '/');
        expect(rootMount?.split(' ')[5]?.split(',')).toContain('ro');
        expect(out).toContain('"message":"Listening on 127.0.0.1:');
      } finally {
        proc.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
      expect(out).toContain('"outcome":"drained"');
      expect(err).toBe('');
    });
  }
);
