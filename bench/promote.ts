/**
 * Promotion benchmark on the local stack, a ratio against a baseline measured in the same run
 * (medians of paired rounds after a warm-up pair):
 *
 *   .tools/bin/node bench/promote.ts [--runs N]
 *
 * promote  promoting a change — what promote.yml's jobs run: deploy-to-eks `dry-run: record` of the
 *          source release, then deploy-to-eks into the target by image digest and
 *          oci://…@sha256: chart — vs build + package + deploy of the same change — what
 *          deploy.yml's jobs run: buildah build + push of the changed image, the
 *          package-and-verify bundle pushing the chart (push-to), the deploy-to-eks bundle
 *          (target ≤ 0.3×). The image is a one-file `FROM scratch` build, the cheapest build
 *          there is, so the ratio is an upper bound for a real service.
 * Needs `npm run build` and the stack (scripts/stack/start.sh).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, intArg, loadStackEnv, median, NODE, report, ROOT, time, TOOL_PATH } from './lib/measure.ts';

const DEPLOY = join(ROOT, 'dist', 'deploy-to-eks', 'index.js');
const PACKAGE = join(ROOT, 'dist', 'package-and-verify-helm-chart', 'index.js');
const CHART = join(ROOT, 'test', 'deploy-to-eks', 'fixtures', 'web');
const RUNS = intArg('runs', 5);

/** The runner's files and INPUT_* for one action run; out() parses GITHUB_OUTPUT. */
function actionEnv(inputs: Record<string, string>): {
  env: NodeJS.ProcessEnv;
  out: () => Record<string, string>;
} {
  const dir = mkdtempSync(join(tmpdir(), 'bench-promote-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: TOOL_PATH,
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'sum'),
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: ROOT
  };
  for (const f of ['out', 'sum']) writeFileSync(join(dir, f), '');
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const out = () => {
    const o: Record<string, string> = {};
    const text = readFileSync(join(dir, 'out'), 'utf8');
    for (const m of text.matchAll(/^([a-z0-9-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
      o[m[1] as string] = m[3] as string;
    return o;
  };
  return { env, out };
}

const stack = loadStackEnv().env;
if (!stack?.['FT_KUBECONFIG']) {
  console.log('SKIP  promote benchmark: the local stack is not up (scripts/stack/start.sh)');
  process.exit(0);
}
const kubeconfig = stack['FT_KUBECONFIG'] as string;
const registry = stack['FT_REGISTRY'] as string;
const creds = {
  'registry-username': stack['FT_REGISTRY_USER'] as string,
  'registry-password': stack['FT_REGISTRY_PASSWORD'] as string,
  'registry-plain-http': 'true'
};
const ns = `bench-promote-${process.pid}`;
const work = mkdtempSync(join(tmpdir(), 'bench-promote-work-'));
let n = 0;

function deploy(inputs: Record<string, string>): Record<string, string> {
  const a = actionEnv({ kubeconfig, namespace: ns, timeout: '120s', ...inputs });
  time(NODE, [DEPLOY], { env: a.env });
  return a.out();
}

function packageAndPush(): string {
  const a = actionEnv({
    chart: CHART,
    'release-name': 'web',
    namespace: ns,
    destination: join(work, `pkg-${n++}`),
    'required-kinds': 'Deployment,Service',
    policy: 'off',
    'push-to': `oci://${registry}/bench-${process.pid}/charts`,
    ...creds
  });
  time(NODE, [PACKAGE], { env: a.env });
  const ref = a.out()['chart-ref'] ?? '';
  if (!ref.startsWith('oci://')) throw new Error('package-and-verify pushed no chart (no chart-ref output)');
  return ref;
}

const ctx = join(work, 'ctx');
mkdirSync(ctx);
writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /app.txt\n');
const auth = join(work, 'auth.json');
writeFileSync(
  auth,
  JSON.stringify({
    auths: {
      [registry]: {
        auth: Buffer.from(`${creds['registry-username']}:${creds['registry-password']}`).toString('base64')
      }
    }
  }),
  { mode: 0o600 }
);
const tenv: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: TOOL_PATH,
  CONTAINERS_STORAGE_CONF: stack['CONTAINERS_STORAGE_CONF'],
  CONTAINERS_REGISTRIES_CONF: stack['CONTAINERS_REGISTRIES_CONF'],
  BUILDAH_ISOLATION: stack['BUILDAH_ISOLATION'] ?? 'chroot'
};
const image = `${registry}/bench-${process.pid}/web`;
let built = { digest: '', chartRef: '' };

// One change = a new image. deploy.yml: build it, package the chart, deploy both into `src`.
const buildPackageDeploy = (): number => {
  const t0 = performance.now();
  writeFileSync(join(ctx, 'app.txt'), `change ${n++} ${Date.now()}\n`);
  const tag = `web-${n}`;
  time('buildah', ['build', '--quiet', '-t', `localhost/bench-promote:${tag}`, ctx], { env: tenv });
  time(
    'buildah',
    [
      'push',
      '--authfile',
      auth,
      '--tls-verify=false',
      '--digestfile',
      join(work, 'digest'),
      `localhost/bench-promote:${tag}`,
      `docker://${image}:${tag}`
    ],
    { env: tenv }
  );
  const digest = readFileSync(join(work, 'digest'), 'utf8').trim();
  const chartRef = packageAndPush();
  deploy({ 'release-name': 'src', chart: chartRef, image, 'image-digest': digest, ...creds });
  built = { digest, chartRef };
  return performance.now() - t0;
};
// promote.yml: read what `src` runs, deploy exactly that into `dst` (its own values).
const promote = (): number => {
  const t0 = performance.now();
  const rec = deploy({ 'release-name': 'src', 'dry-run': 'record' });
  if (rec['image-digest'] !== built.digest)
    throw new Error(`record says ${rec['image-digest']}, built ${built.digest}`);
  deploy({
    'release-name': 'dst',
    chart: built.chartRef,
    image,
    'image-digest': rec['image-digest'],
    set: 'replicaCount=1',
    ...creds
  });
  return performance.now() - t0;
};

// Paired rounds, not measure()'s rotating order: a promotion moves the change the build of the
// same round made (promoting first would move an artifact the target already runs: a no-op).
// One warm-up pair, then RUNS pairs; medians of each side.
buildPackageDeploy();
promote();
const samples = { build: [] as number[], promote: [] as number[] };
for (let i = 0; i < RUNS; i++) {
  samples.build.push(buildPackageDeploy());
  samples.promote.push(promote());
}
const m = { build: median(samples.build), promote: median(samples.promote) };
const results = [
  report(
    'promote / build + package + deploy of the same change',
    m.promote / m.build,
    0.3,
    `${fmt(m.promote)} vs ${fmt(m.build)}, ${RUNS} pairs`
  )
];
time(join(ROOT, '.tools', 'bin', 'helm'), ['uninstall', 'src', 'dst', '-n', ns], {
  env: { ...process.env, KUBECONFIG: kubeconfig }
});
console.log('\nSummary:\n' + results.join('\n'));
