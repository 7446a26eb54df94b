/**
 * Release lifecycle benchmarks on the local stack, each a ratio against a baseline measured in the
 * same run (medians of interleaved runs):
 *
 *   .tools/bin/node bench/lifecycle.ts [--runs N] [--only promote,promote-app,rollback,diff]
 *                                      [--compare-diff OTHER/dist/deploy-to-eks/index.js]
 *   --compare-diff adds another build's action (e.g. main's dist copied to /tmp) to the diff and
 *   rollback rounds, as 'compare'.
 *
 * promote   promoting a change — what promote.yml's jobs run: deploy-to-eks `dry-run: record` of
 *           the source release, then deploy-to-eks into the target by image digest and
 *           oci://…@sha256: chart — vs build + package + deploy of the same change — what
 *           deploy.yml's jobs run: buildah build + push of the changed image, the
 *           package-and-verify bundle pushing the chart (push-to), the deploy-to-eks bundle
 *           (≤ 0.3×). Paired rounds (a promotion moves the change its round's build made), medians.
 *           `promote`: the test fixture (a one-file FROM scratch image, chart `web`): the cheapest
 *           build there is, a bound no real service reaches. Its row is a floor, not a verdict on
 *           promotion: both sides contain a deploy of the same chart, and the build and package
 *           it saves cost less than that deploy, so even a free record read leaves the ratio at
 *           promote-deploy / (build + package + deploy), above 0.3×. The printed line gives the
 *           medians of the parts (build, package, deploy; record, promote-deploy) and that floor. `promote-app`: the repository's own
 *           service, example-app + charts/frontdoor (dev's values, promoted with staging's), a
 *           one-file source change built with a warm layer cache (npm ci reused, tsc and the final
 *           stage rebuilt), as on a persistent runner. Also printed, without a target: the same
 *           promotion with image-check auto (the default) vs off, into a release of its own.
 * rollback  `rollback-to: previous` through the action vs a bare `helm rollback --wait` (≤ 1.1×)
 * diff      `dry-run: diff` through the action vs bare `helm get manifest` + `helm template` +
 *           `diff -u` of the two (≤ 1.3×)
 * Needs `npm run build` and the stack (scripts/stack/start.sh).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  arg,
  BIN,
  fmt,
  intArg,
  loadStackEnv,
  measure,
  median,
  NODE,
  onlyArg,
  report as line,
  ROOT,
  time,
  timed,
  TOOL_PATH
} from './lib/measure.ts';
import { installCrds, kubeApi } from './lib/kubeApi.ts';

const DEPLOY = join(ROOT, 'dist', 'deploy-to-eks', 'index.js');
const PACKAGE = join(ROOT, 'dist', 'package-and-verify-helm-chart', 'index.js');
const CHART = join(ROOT, 'test', 'deploy-to-eks', 'fixtures', 'web');
const RUNS = intArg('runs', 5);
const ONLY = onlyArg('promote,promote-app,rollback,diff');
const HELM = join(BIN, 'helm');
// Another build's deploy-to-eks index.js (e.g. main's dist copied to /tmp), measured in the same
// interleaved rounds of the diff and rollback benchmarks as 'compare'.
const COMPARE = arg('compare-diff', '');

const results: string[] = [];
const report = (name: string, ratio: number, target: number, detail: string) =>
  results.push(line(name, ratio, target, detail));

function actionEnv(inputs: Record<string, string>): {
  env: NodeJS.ProcessEnv;
  out: () => Record<string, string>;
} {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lc-'));
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
  console.log('SKIP  lifecycle benchmarks: the local stack is not up (scripts/stack/start.sh)');
  process.exit(0);
}
const kubeconfig = stack['FT_KUBECONFIG'] as string;
const helmEnv = { ...process.env, KUBECONFIG: kubeconfig };
const ns = `bench-lc-${process.pid}`;
const work = mkdtempSync(join(tmpdir(), 'bench-lc-work-'));

interface Service {
  /** Report name. */
  name: string;
  context: string;
  /** Writes one change into the build context. */
  change: (n: number) => void;
  buildArgs: string[];
  chart: string;
  srcValues: string[];
  dstValues: string[];
  /** buildah's layer cache (a persistent runner): only the layers after the change are rebuilt. */
  layers: boolean;
}

if (ONLY.has('promote') || ONLY.has('promote-app')) {
  const registry = stack['FT_REGISTRY'] as string;
  const creds = {
    'registry-username': stack['FT_REGISTRY_USER'] as string,
    'registry-password': stack['FT_REGISTRY_PASSWORD'] as string,
    'registry-plain-http': 'true'
  };
  let n = 0;
  /** Wall ms of each part of the last round (build, package, deploy; record, promote-deploy). */
  let parts: Record<string, number> = {};
  const part = <T>(name: string, f: () => T): T => {
    const t0 = performance.now();
    const v = f();
    parts[name] = performance.now() - t0;
    return v;
  };
  const deploy = (inputs: Record<string, string>): Record<string, string> => {
    const a = actionEnv({ kubeconfig, namespace: ns, timeout: '120s', ...inputs });
    time(NODE, [DEPLOY], { env: a.env });
    return a.out();
  };
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
  const tenv = (layers: boolean): NodeJS.ProcessEnv => ({
    ...process.env,
    PATH: TOOL_PATH,
    CONTAINERS_STORAGE_CONF: stack['CONTAINERS_STORAGE_CONF'],
    CONTAINERS_REGISTRIES_CONF: stack['CONTAINERS_REGISTRIES_CONF'],
    BUILDAH_ISOLATION: stack['BUILDAH_ISOLATION'] ?? 'chroot',
    BUILDAH_LAYERS: layers ? 'true' : 'false'
  });

  const promoteCase = (svc: Service): void => {
    const image = `${registry}/bench-${process.pid}/${svc.name}`;
    const src = `${svc.name}-src`;
    const dst = `${svc.name}-dst`;
    let built = { digest: '', chartRef: '' };
    const packageAndPush = (): string => {
      const a = actionEnv({
        chart: svc.chart,
        'release-name': src,
        namespace: ns,
        'values-files': svc.srcValues.join('\n'),
        destination: join(work, `pkg-${n++}`),
        policy: 'off',
        'push-to': `oci://${registry}/bench-${process.pid}/charts`,
        ...creds
      });
      time(NODE, [PACKAGE], { env: a.env });
      const ref = a.out()['chart-ref'] ?? '';
      if (!ref.startsWith('oci://'))
        throw new Error('package-and-verify pushed no chart (no chart-ref output)');
      return ref;
    };
    // One change. deploy.yml: build and push the image, package and push the chart, deploy both.
    const buildPackageDeploy = (): number => {
      const t0 = performance.now();
      svc.change(n++);
      const local = `localhost/bench-lc-${svc.name}:${n}`;
      part('build', () => {
        time('buildah', ['build', '--quiet', ...svc.buildArgs, '-t', local, svc.context], {
          env: tenv(svc.layers)
        });
        time(
          'buildah',
          [
            'push',
            '--authfile',
            auth,
            '--tls-verify=false',
            '--digestfile',
            join(work, 'digest'),
            local,
            `docker://${image}:${svc.name}-${n}`
          ],
          { env: tenv(svc.layers) }
        );
      });
      const digest = readFileSync(join(work, 'digest'), 'utf8').trim();
      const chartRef = part('package', packageAndPush);
      part('deploy', () =>
        deploy({
          'release-name': src,
          chart: chartRef,
          'values-files': svc.srcValues.join('\n'),
          image,
          'image-digest': digest,
          ...creds
        })
      );
      built = { digest, chartRef };
      return performance.now() - t0;
    };
    // promote.yml: read what `src` runs, deploy exactly that into `dst` with dst's own values.
    // imageCheck 'off' promotes into a release and namespace of its own (the frontdoor values name
    // their objects): the control for the image check's cost. Each target namespace holds one
    // release, so the two sides wait on the same number of pods.
    const promote = (imageCheck: 'auto' | 'off' = 'auto'): number => {
      const t0 = performance.now();
      const rec = part('record', () => deploy({ 'release-name': src, 'dry-run': 'record' }));
      const recorded = rec['image-digest'];
      if (recorded !== built.digest) throw new Error(`record says ${recorded}, built ${built.digest}`);
      part(imageCheck === 'off' ? 'promote-deploy-nocheck' : 'promote-deploy', () =>
        deploy({
          'release-name': imageCheck === 'off' ? `${dst}-nocheck` : dst,
          namespace: imageCheck === 'off' ? `${ns}-nocheck` : `${ns}-dst`,
          chart: built.chartRef,
          'values-files': svc.dstValues.join('\n'),
          image,
          'image-digest': recorded,
          'image-check': imageCheck,
          ...creds
        })
      );
      return performance.now() - t0;
    };
    // Paired rounds, not measure()'s rotating order: promoting first would move an artifact the
    // target already runs (a no-op). One warm-up pair, then RUNS pairs; medians of each side.
    buildPackageDeploy();
    promote();
    promote('off');
    const samples = { build: [] as number[], promote: [] as number[], unchecked: [] as number[] };
    const partSamples: Record<string, number[]> = {};
    for (let i = 0; i < RUNS; i++) {
      parts = {};
      samples.build.push(buildPackageDeploy());
      // Alternating which goes first, so neither always runs on a warmer registry.
      if (i % 2) samples.unchecked.push(promote('off'));
      samples.promote.push(promote());
      if (!(i % 2)) samples.unchecked.push(promote('off'));
      for (const [k, v] of Object.entries(parts)) (partSamples[k] ??= []).push(v);
    }
    const m = {
      build: median(samples.build),
      promote: median(samples.promote),
      unchecked: median(samples.unchecked)
    };
    const p = Object.fromEntries(Object.entries(partSamples).map(([k, v]) => [k, median(v)]));
    const partsLine = Object.entries(p)
      .filter(([k]) => k !== 'promote-deploy-nocheck')
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ');
    // A promotion is one record read plus one deploy, and the build side contains a deploy of
    // the same chart too: even with a free record read the ratio cannot go below
    // promote-deploy / (build + package + deploy), which on a cheap build is above the target.
    const floor =
      (p['promote-deploy'] as number) /
      ((p['build'] as number) + (p['package'] as number) + (p['deploy'] as number));
    report(
      `promote / build + package + deploy (${svc.name})`,
      m.promote / m.build,
      0.3,
      `${fmt(m.promote)} vs ${fmt(m.build)}, ${RUNS} pairs; medians of the parts: ${partsLine}; ` +
        `floor (a free record read) promote-deploy / (build + package + deploy) = ${floor.toFixed(3)}×`
    );
    // No target: what the image check (on by default) costs a promotion.
    console.log(
      `INFO  ${`promote, image-check auto / off (${svc.name})`.padEnd(56)} ${(m.promote / m.unchecked).toFixed(3)}×  (${fmt(m.promote)} vs ${fmt(m.unchecked)}, ${RUNS} rounds)`
    );
    spawnSync(HELM, ['uninstall', src, '-n', ns], { env: helmEnv, stdio: 'ignore' });
    spawnSync(HELM, ['uninstall', dst, '-n', `${ns}-dst`], { env: helmEnv, stdio: 'ignore' });
    spawnSync(HELM, ['uninstall', `${dst}-nocheck`, '-n', `${ns}-nocheck`], {
      env: helmEnv,
      stdio: 'ignore'
    });
  };

  if (ONLY.has('promote')) {
    // The test fixture: a one-file FROM scratch image (the cheapest build there is), chart `web`.
    const ctx = join(work, 'ctx');
    mkdirSync(ctx);
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /app.txt\n');
    const vals = join(work, 'web-dst.yaml');
    writeFileSync(vals, 'replicaCount: 1\nmessage: promoted\n');
    promoteCase({
      name: 'web',
      context: ctx,
      change: i => writeFileSync(join(ctx, 'app.txt'), `change ${i} ${Date.now()}\n`),
      buildArgs: [],
      chart: CHART,
      srcValues: [],
      dstValues: [vals],
      layers: false
    });
  }
  if (ONLY.has('promote-app')) {
    // The repository's own service: example-app (multi-stage: npm ci of the compiler, tsc) and
    // charts/frontdoor with dev's and staging's values. A change to one source file; the layer
    // cache is warm (the npm ci layer is reused), as on a persistent runner: the cheapest real build.
    const images = spawnSync('bash', [join(ROOT, 'scripts', 'base-images.sh')], {
      encoding: 'utf8',
      env: tenv(false)
    });
    if (images.status !== 0) throw new Error(`scripts/base-images.sh failed: ${images.stderr}`);
    const args = images.stdout
      .split('\n')
      .filter(l => /^(BUILD|RUNTIME)_IMAGE=\S+$/.test(l))
      .flatMap(l => ['--build-arg', l]);
    const ctx = join(work, 'app');
    spawnSync('cp', ['-r', join(ROOT, 'example-app'), ctx]);
    spawnSync('rm', ['-rf', join(ctx, 'node_modules'), join(ctx, 'dist')]);
    const chart = join(ROOT, 'charts', 'frontdoor');
    // Staging's values turn on the ServiceMonitor and PrometheusRule (and dev's the
    // ExternalSecret): the operators' CRDs that scripts/bootstrap.sh fetched must serve.
    await installCrds(kubeApi(kubeconfig), join(ROOT, '.tools', 'crds'), () => true);
    promoteCase({
      name: 'frontdoor',
      context: ctx,
      change: i => writeFileSync(join(ctx, 'src', 'benchChange.ts'), `export const change = ${i};\n`),
      buildArgs: [...args, '--layers'],
      chart,
      srcValues: [join(chart, 'values-dev.yaml')],
      dstValues: [join(chart, 'values-staging.yaml')],
      layers: true
    });
  }
}

if (ONLY.has('rollback')) {
  // Two releases with two revisions each; every run rolls one back to its previous revision.
  const up = (rel: string, msg: string) =>
    time(
      HELM,
      [
        'upgrade',
        '--install',
        rel,
        CHART,
        '-n',
        ns,
        '--create-namespace',
        '--wait=watcher',
        '--set',
        `message=${msg}`
      ],
      {
        env: helmEnv
      }
    );
  for (const rel of ['rb-bare', 'rb-act', ...(COMPARE ? ['rb-cmp'] : [])]) {
    up(rel, 'one');
    up(rel, 'two');
  }
  const rollbackThrough = (bundle: string, release: string) => {
    const a = actionEnv({
      kubeconfig,
      namespace: ns,
      'release-name': release,
      'rollback-to': 'previous',
      timeout: '120s'
    });
    return time(NODE, [bundle], { env: a.env });
  };
  const m = measure(RUNS, {
    bare: () =>
      time(HELM, ['rollback', 'rb-bare', '-n', ns, '--wait=watcher', '--timeout', '120s'], { env: helmEnv }),
    action: () => rollbackThrough(DEPLOY, 'rb-act'),
    ...(COMPARE ? { compare: () => rollbackThrough(COMPARE, 'rb-cmp') } : {})
  });
  report(
    'rollback-to previous / bare helm rollback --wait',
    (m['action'] as number) / (m['bare'] as number),
    1.1,
    `${fmt(m['action'] as number)} vs ${fmt(m['bare'] as number)}`
  );
  if (COMPARE)
    report(
      `rollback-to previous of ${COMPARE} (compare) / the same bare`,
      (m['compare'] as number) / (m['bare'] as number),
      1.1,
      `${fmt(m['compare'] as number)} vs ${fmt(m['bare'] as number)}`
    );
}

if (ONLY.has('diff')) {
  time(
    HELM,
    [
      'upgrade',
      '--install',
      'df',
      CHART,
      '-n',
      ns,
      '--create-namespace',
      '--wait=watcher',
      '--set',
      'message=live'
    ],
    {
      env: helmEnv
    }
  );
  const bare = () => {
    const t0 = performance.now();
    const live = timed(HELM, ['get', 'manifest', 'df', '-n', ns], { env: helmEnv });
    const next = timed(
      HELM,
      ['template', 'df', CHART, '-n', ns, '--set', 'message=next', '--set', 'replicaCount=3'],
      {
        env: helmEnv
      }
    );
    writeFileSync(join(work, 'live.yaml'), live.out);
    writeFileSync(join(work, 'next.yaml'), next.out);
    spawnSync('diff', ['-u', join(work, 'live.yaml'), join(work, 'next.yaml')], { stdio: 'ignore' });
    return performance.now() - t0;
  };
  const actionOf = (bundle: string) => () => {
    const a = actionEnv({
      kubeconfig,
      namespace: ns,
      'release-name': 'df',
      chart: CHART,
      set: 'message=next\nreplicaCount=3',
      'dry-run': 'diff'
    });
    return time(NODE, [bundle], { env: a.env });
  };
  const m = measure(RUNS, {
    bare,
    action: actionOf(DEPLOY),
    ...(COMPARE ? { compare: actionOf(COMPARE) } : {})
  });
  report(
    'dry-run diff / helm get manifest + helm template + diff -u',
    (m['action'] as number) / (m['bare'] as number),
    1.3,
    `${fmt(m['action'] as number)} vs ${fmt(m['bare'] as number)}`
  );
  if (COMPARE)
    report(
      `dry-run diff of ${COMPARE} (compare) / the same bare`,
      (m['compare'] as number) / (m['bare'] as number),
      1.3,
      `${fmt(m['compare'] as number)} vs ${fmt(m['bare'] as number)}`
    );
}

spawnSync(HELM, ['uninstall', 'rb-bare', 'rb-act', 'rb-cmp', 'df', '-n', ns], {
  env: helmEnv,
  stdio: 'ignore'
});
console.log('\nSummary:\n' + results.join('\n'));
