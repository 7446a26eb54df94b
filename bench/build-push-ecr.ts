/**
 * build-push-ecr benchmarks, as ratios against baselines measured in the same run (medians):
 *   1. start-up on a validation failure vs a bare `node -e 0`             (guard <= 3x)
 *   2. bundle size (entry chunk, lazy chunks)                              (reported)
 *   3. a skip-if-exists re-run vs a real build+push of the same image       (target <= 0.1x)
 *   4. the action's build+push vs plain `buildah bud && buildah push`      (target <= 1.1x)
 * 3 and 4 need the local stack (scripts/stack/start.sh); without it they are skipped, said so.
 *
 * Run: .tools/bin/node bench/build-push-ecr.ts [--runs N] [--layer-mib M]   (Node 24 strips the types)
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  fmt,
  fmtBytes,
  intArg,
  loadStackEnv,
  measure,
  median,
  NODE,
  report,
  ROOT,
  TOOL_PATH,
  time,
  timed
} from './lib/measure.ts';

const bundle = join(ROOT, 'dist', 'build-push-ecr', 'index.js');
const RUNS = intArg('runs', 5);
/** Size of the image's one data layer (random, so it is pushed every time). */
const LAYER_MIB = intArg('layer-mib', 8);

if (!existsSync(bundle)) {
  console.error(`no bundle at ${bundle}: run npm run build first`);
  process.exit(1);
}

// ---------------------------------------------------------------- 1. start-up
{
  const env = {
    PATH: process.env['PATH'],
    GITHUB_WORKSPACE: ROOT,
    GITHUB_SHA: 'abc1234',
    AWS_REGION: 'eu-north-1',
    INPUT_REPOSITORY: 'Not A Repo',
    'INPUT_IMAGE-NAME': 'frontdoor'
  };
  const first = timed(NODE, [bundle], { env });
  if (first.status !== 1 || !first.out.includes('invalid input'))
    throw new Error(`expected a validation failure, got: ${first.out}`);
  const n = Math.max(RUNS * 6, 21);
  const m = measure(
    n,
    { node: () => time(NODE, ['-e', '0'], { env }), action: () => time(NODE, [bundle], { env }, 1) },
    3
  );
  report(
    'start-up on a validation failure vs node -e 0',
    (m['action'] as number) / (m['node'] as number),
    3,
    `${fmt(m['action'] as number)} vs ${fmt(m['node'] as number)}, median of ${n}`
  );
}

// ---------------------------------------------------------------- 2. bundle size
{
  const dir = dirname(bundle);
  const files = readdirSync(dir).filter(f => f.endsWith('.js'));
  const total = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const entry = statSync(bundle).size;
  console.log(
    `INFO  bundle: entry index.js ${fmtBytes(entry)}; all chunks ${fmtBytes(total)} in ${files.length} files (the AWS SDK chunk loads only for ECR)`
  );
}

// ---------------------------------------------------------------- 3 + 4 need the stack
const { file: stackEnvFile, env: stack } = loadStackEnv();
if (!stack) {
  console.log(`SKIP  skip-if-exists and build overhead: no ${stackEnvFile} (start scripts/stack/start.sh)`);
  process.exit(0);
}
const registry = stack['FT_REGISTRY'] as string;
const user = stack['FT_REGISTRY_USER'] as string;
const password = stack['FT_REGISTRY_PASSWORD'] as string;
const toolEnv: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: TOOL_PATH,
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
    // Like for like: the plain baseline pushes one tag, so the action does not move -latest here.
    'latest-tag': 'false',
    sha,
    ...extra
  };
  const env: NodeJS.ProcessEnv = { ...toolEnv, GITHUB_WORKSPACE: work, RUNNER_TEMP: join(work, 'rt') };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = timed(NODE, [bundle], { env });
  if (r.status !== 0) throw new Error(`action failed:\n${r.out}`);
  made.push(`${registry}/${repo}:frontdoor-${sha}`);
  return r;
}

function plainBuildPush(tag: string): number {
  const ref = `${registry}/${repo}:${tag}`;
  made.push(ref);
  const env = toolEnv;
  return (
    time('buildah', ['bud', '--quiet', '-t', ref, ctx], { env }) +
    time(
      'buildah',
      ['push', '--quiet', '--authfile', authFile, '--tls-verify=false', ref, `docker://${ref}`],
      {
        env
      }
    )
  );
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
  report(
    'skip-if-exists re-run vs build+push',
    median(skips) / median(builds),
    0.1,
    `${fmt(median(skips))} vs ${fmt(median(builds))}, median of ${RUNS}, ${LAYER_MIB} MiB layer`
  );
  report(
    'action build+push vs buildah bud && buildah push',
    median(builds) / median(plain),
    1.1,
    `${fmt(median(builds))} vs ${fmt(median(plain))}, median of ${RUNS}, ${LAYER_MIB} MiB layer`
  );
} finally {
  spawnSync('buildah', ['rmi', '-f', ...made], { env: toolEnv, stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
}
