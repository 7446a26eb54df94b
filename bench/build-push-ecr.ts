/**
 * build-push-ecr benchmarks, as ratios against baselines measured in the same run (medians):
 *   1. start-up on a validation failure vs a bare `node -e 0`             (target <= 1.5x)
 *   2. bundle size (entry chunk, lazy chunks)                              (reported)
 *   3. a skip-if-exists re-run vs a real build+push of the same image       (target <= 0.1x)
 *   4. the action's build+push vs plain `buildah bud && buildah push`      (target <= 1.1x)
 * 3 and 4 need the local stack (scripts/stack/start.sh); without it they are skipped, said so.
 *
 * Run: .tools/bin/node bench/build-push-ecr.ts [--runs N] [--layer-mib M]   (Node 24 strips the types)
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, '.tools', 'bin');
const node = existsSync(join(bin, 'node')) ? join(bin, 'node') : process.execPath;
const bundle = join(root, 'dist', 'build-push-ecr', 'index.js');
function numberArg(name: string, def: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}
const RUNS = numberArg('--runs', 5);
/** Size of the image's one data layer (random, so it is pushed every time). */
const LAYER_MIB = numberArg('--layer-mib', 8);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function timed(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  input?: string
): { ms: number; status: number | null; out: string } {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return {
    ms: Number(process.hrtime.bigint() - t) / 1e6,
    status: r.status,
    out: (r.stdout ?? '') + (r.stderr ?? '')
  };
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

function verdict(ratio: number, target: number): string {
  return ratio <= target ? `ok (<= ${target}x)` : `OVER target ${target}x`;
}

if (!existsSync(bundle)) {
  console.error(`no bundle at ${bundle}: run npm run build first`);
  process.exit(1);
}

// ---------------------------------------------------------------- 1. start-up
{
  const env = {
    PATH: process.env['PATH'],
    GITHUB_WORKSPACE: root,
    GITHUB_SHA: 'abc1234',
    AWS_REGION: 'eu-north-1',
    INPUT_REPOSITORY: 'Not A Repo',
    'INPUT_IMAGE-NAME': 'frontdoor'
  };
  const bare: number[] = [];
  const action: number[] = [];
  const n = Math.max(RUNS * 6, 21);
  for (let i = 0; i < 3; i++) timed(node, [bundle], env); // warm the page cache
  for (let i = 0; i < n; i++) {
    bare.push(timed(node, ['-e', '0'], env).ms);
    const r = timed(node, [bundle], env);
    if (r.status !== 1 || !r.out.includes('invalid input'))
      throw new Error(`expected a validation failure, got: ${r.out}`);
    action.push(r.ms);
  }
  const ratio = median(action) / median(bare);
  console.log(
    `start-up, validation failure: ${fmt(median(action))} vs node -e 0 ${fmt(median(bare))} = ${ratio.toFixed(2)}x ${verdict(ratio, 1.5)} (median of ${n})`
  );
}

// ---------------------------------------------------------------- 2. bundle size
{
  const dir = dirname(bundle);
  const files = readdirSync(dir).filter(f => f.endsWith('.js'));
  const total = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const entry = statSync(bundle).size;
  console.log(
    `bundle: entry index.js ${(entry / 1024).toFixed(1)} KiB; all chunks ${(total / 1024).toFixed(0)} KiB in ${files.length} files (the AWS SDK chunk loads only for ECR)`
  );
}

// ---------------------------------------------------------------- 3 + 4 need the stack
const stackEnvFile = join(process.env['FT_STACK_DIR'] ?? join(root, '.tools', 'stack'), 'stack.env');
if (!existsSync(stackEnvFile)) {
  console.log(
    `skip-if-exists and build overhead: SKIPPED (no ${stackEnvFile}; start scripts/stack/start.sh)`
  );
  process.exit(0);
}
const stack: Record<string, string> = {};
for (const line of readFileSync(stackEnvFile, 'utf8').split('\n')) {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
  if (m) stack[m[1] as string] = (m[2] as string).replace(/^(['"])(.*)\1$/, '$2');
}
const registry = stack['FT_REGISTRY'] as string;
const user = stack['FT_REGISTRY_USER'] as string;
const password = stack['FT_REGISTRY_PASSWORD'] as string;
const toolEnv: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${bin}:${process.env['PATH'] ?? ''}`,
  CONTAINERS_STORAGE_CONF: stack['CONTAINERS_STORAGE_CONF'],
  CONTAINERS_REGISTRIES_CONF: stack['CONTAINERS_REGISTRIES_CONF'],
  BUILDAH_ISOLATION: stack['BUILDAH_ISOLATION'] ?? 'chroot'
};
for (const k of ['AWS_REGION', 'AWS_DEFAULT_REGION']) delete toolEnv[k];

const work = mkdtempSync(join(tmpdir(), 'bench-bpe-'));
const ctx = join(work, 'ctx');
mkdirSync(ctx);
writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY data.bin /data.bin\nCOPY app.txt /app.txt\n');
const authFile = join(work, 'auth.json');
writeFileSync(
  authFile,
  JSON.stringify({ auths: { [registry]: { auth: Buffer.from(`${user}:${password}`).toString('base64') } } }),
  { mode: 0o600 }
);
const repo = `bench/frontdoor-${process.pid}`;
const made: string[] = [];

/** New content each time, so every build has a new layer to push (no blob is reused). */
function freshContent(i: string): void {
  writeFileSync(join(ctx, 'data.bin'), randomBytes(LAYER_MIB * 1024 * 1024));
  writeFileSync(join(ctx, 'app.txt'), `${i}\n`);
}

function runAction(sha: string, extra: Record<string, string> = {}): { ms: number; out: string } {
  const inputs: Record<string, string> = {
    registry,
    username: user,
    password,
    'insecure-registry': 'true',
    repository: repo,
    'image-name': 'frontdoor',
    context: 'ctx',
    builder: 'buildah',
    sha,
    ...extra
  };
  const env: NodeJS.ProcessEnv = { ...toolEnv, GITHUB_WORKSPACE: work, RUNNER_TEMP: join(work, 'rt') };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = timed(node, [bundle], env);
  if (r.status !== 0) throw new Error(`action failed:\n${r.out}`);
  made.push(`${registry}/${repo}:frontdoor-${sha}`);
  return r;
}

function plainBuildPush(tag: string): number {
  const ref = `${registry}/${repo}:${tag}`;
  made.push(ref);
  const t = process.hrtime.bigint();
  const b = timed('buildah', ['bud', '--quiet', '-t', ref, ctx], toolEnv);
  if (b.status !== 0) throw new Error(`buildah bud failed: ${b.out}`);
  const p = timed(
    'buildah',
    ['push', '--quiet', '--authfile', authFile, '--tls-verify=false', ref, `docker://${ref}`],
    toolEnv
  );
  if (p.status !== 0) throw new Error(`buildah push failed: ${p.out}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

try {
  // Warm-up: first build pays for storage initialisation.
  freshContent('warm');
  runAction('warm000');

  const builds: number[] = [];
  const skips: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const sha = `b${process.pid}x${i}`;
    // Alternate which goes first, so a drift in machine load does not favour one side.
    const plainRun = () => {
      freshContent(`plain${i}`);
      plain.push(plainBuildPush(`plain-${process.pid}-${i}`));
    };
    if (i % 2) plainRun();
    freshContent(sha);
    builds.push(runAction(sha).ms);
    const again = runAction(sha);
    if (!again.out.includes('already exists')) throw new Error('the re-run did not skip');
    skips.push(again.ms);
    if (!(i % 2)) plainRun();
  }
  const skipRatio = median(skips) / median(builds);
  console.log(
    `skip-if-exists re-run: ${fmt(median(skips))} vs build+push ${fmt(median(builds))} = ${skipRatio.toFixed(3)}x ${verdict(skipRatio, 0.1)} (median of ${RUNS}, ${LAYER_MIB} MiB layer)`
  );
  const overhead = median(builds) / median(plain);
  console.log(
    `build+push: action ${fmt(median(builds))} vs buildah bud && buildah push ${fmt(median(plain))} = ${overhead.toFixed(2)}x ${verdict(overhead, 1.1)} (median of ${RUNS}, ${LAYER_MIB} MiB layer)`
  );
} finally {
  spawnSync('buildah', ['rmi', '-f', ...made], { env: toolEnv, stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
}
