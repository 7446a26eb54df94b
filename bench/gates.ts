/**
 * deploy-to-eks gates, fail-fast and watcher benchmarks on the local stack. Every figure is a
 * ratio against a baseline measured in the same run.
 *
 *   .tools/bin/node bench/gates.ts [--runs N] [--only gates,hopeless,degraded,watcher]
 *
 * gates     the gates through the action (the time the action reports for its gate step, right
 *           after its upgrade) vs a bare `helm test` right after a bare `helm upgrade --wait` of
 *           the same change (target ≤ 1.1×): smoke + helm test, with the example app in a
 *           network namespace behind the Service (kwok pods serve nothing; needs root or
 *           passwordless sudo and `npm run build:app`), and helm test alone on the web fixture.
 * hopeless  an image that cannot be pulled, timeout 5m: time to rolled back through the action
 *           (fail-fast defaults) vs a bare `helm upgrade --wait --rollback-on-failure --timeout 5m`
 *           (target ≤ 0.2×). The bare run takes the whole 5 minutes, once.
 * degraded  an Argo Rollout turning Degraded (pods never Ready, progress deadline 5 s) → the action
 *           reporting it, vs one poll interval (target ≤ 1×). Needs the controller
 *           (.tools/bin/rollouts-controller, CRDs installed: run test/deploy-to-eks/argoRollouts.test.ts once).
 * watcher   requests per second of the rollout watcher for 10 vs 100 replicas (target: equal, 1.0×),
 *           counted at the client by test/deploy-to-eks/watcherScale.test.ts, which this runs.
 * Needs `npm run build` first (it runs the bundle, as the runner does).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { netnsUnavailable, startNetnsApp } from '../test/helpers/netnsApp.ts';
import { installCrds, kubeApi, type KubeApi } from './lib/kubeApi.ts';
import {
  BIN,
  fmt,
  intArg,
  loadStackEnv,
  median,
  NODE,
  onlyArg,
  report as line,
  ROOT,
  TOOL_PATH,
  time
} from './lib/measure.ts';

/** The Argo Rollouts CRDs from the Go module cache (the module the controller was built from). */
async function installArgoCrds(api: KubeApi): Promise<void> {
  const version = /^ARGO_ROLLOUTS_VERSION=(\S+)$/m.exec(
    readFileSync(join(ROOT, 'tools/versions.env'), 'utf8')
  )?.[1];
  const dl = spawnSync('go', ['mod', 'download', '-json', `github.com/argoproj/argo-rollouts@${version}`], {
    cwd: join(ROOT, 'tools/argo-rollouts'),
    encoding: 'utf8'
  });
  const dir = join((JSON.parse(dl.stdout) as { Dir: string }).Dir, 'manifests', 'crds');
  await installCrds(api, dir, f => f.endsWith('-crd.yaml'));
}

const BUNDLE = join(ROOT, 'dist', 'deploy-to-eks', 'index.js');
const CHART = join(ROOT, 'test', 'deploy-to-eks', 'fixtures', 'web');
const RUNS = intArg('runs', 5);
const ONLY = onlyArg('gates,hopeless,degraded,watcher');
const FAIL = 'podAnnotations.flygtaxi\\.test/kwok-fail';

const results: string[] = [];
function report(name: string, ratio: number, target: number, detail: string): void {
  results.push(line(name, ratio, target, detail));
}

function actionEnv(inputs: Record<string, string>): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'bench-gates-'));
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
  return env;
}

/** Runs the action bundle, returning its stdout lines with the ms (since start) each arrived. */
function runAction(
  inputs: Record<string, string>
): Promise<{ code: number; lines: [number, string][]; ms: number; started: number }> {
  return new Promise(resolve => {
    const t0 = Date.now();
    const child = spawn(NODE, [BUNDLE], { env: actionEnv(inputs), stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: [number, string][] = [];
    let rest = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      rest += d;
      let i: number;
      while ((i = rest.indexOf('\n')) >= 0) {
        lines.push([Date.now() - t0, rest.slice(0, i)]);
        rest = rest.slice(i + 1);
      }
    });
    child.stderr.resume();
    child.on('close', code => resolve({ code: code ?? 1, lines, ms: Date.now() - t0, started: t0 }));
  });
}

const stack = loadStackEnv().env;
const kubeconfig = stack?.['FT_KUBECONFIG'] ?? '';
const helm = join(BIN, 'helm');
const helmEnv = { ...process.env, KUBECONFIG: kubeconfig };
if (!kubeconfig) console.log('SKIP  all: the local stack is not up (scripts/stack/start.sh)');

function base(ns: string, release: string): Record<string, string> {
  return { kubeconfig, 'release-name': release, namespace: ns, chart: CHART, image: 'registry.local/web' };
}

/**
 * Gate time through the action (its own "Gates passed (N s)" figure: everything from the first
 * gate to the verdict recorded) vs a bare `helm test` on a release of its own, right after the
 * same kind of upgrade; the order alternates per round so neither side always goes first.
 */
async function gatesBench(
  name: string,
  chart: string,
  set: (n: number) => string[],
  more: Record<string, string>,
  gatesLine: RegExp
): Promise<void> {
  const ns = `bench-gates-${name.replace(/\W+/g, '-')}-${process.pid}`;
  let n = 0;
  const act = async () => {
    const r = await runAction({
      kubeconfig,
      'release-name': 'g',
      namespace: ns,
      chart,
      image: 'registry.local/web',
      set: set(n++).join('\n'),
      'helm-test': 'true',
      ...more
    });
    const m = r.lines.map(l => gatesLine.exec(l[1])).find(Boolean);
    if (r.code !== 0 || !m) throw new Error(`the gated deploy failed:\n${r.lines.map(l => l[1]).join('\n')}`);
    if (process.env['BENCH_DEBUG'])
      for (const [ms, l] of r.lines) console.log(`${String(ms).padStart(6)} ${l.slice(0, 160)}`);
    // The helm test process inside the action: from its command line to the next line printed.
    const at = r.lines.findIndex(l => l[1].startsWith('$ helm test '));
    if (at >= 0 && r.lines[at + 1])
      inner.push((r.lines[at + 1] as [number, string])[0] - (r.lines[at] as [number, string])[0]);
    // The step's fixed cost after the gates: outputs, the job summary, exit.
    const passedAt = r.lines.find(l => gatesLine.test(l[1]))?.[0];
    if (passedAt !== undefined) after.push(r.ms - passedAt);
    return Number(m[1]) * 1000;
  };
  const inner: number[] = [];
  const after: number[] = [];
  const upgradeBare = () => {
    const up = spawnSync(
      helm,
      [
        'upgrade',
        '--install',
        'b',
        chart,
        '-n',
        ns,
        '--create-namespace',
        '--wait=watcher',
        '--timeout',
        '120s',
        '--set',
        'image.repository=registry.local/web',
        ...set(n++).flatMap(kv => ['--set', kv])
      ],
      { env: helmEnv, encoding: 'utf8' }
    );
    if (up.status !== 0) throw new Error(`bare helm upgrade failed: ${up.stderr}`);
  };
  const bare = () => {
    upgradeBare();
    return time(helm, ['test', 'b', '-n', ns, '--timeout', '120s', '--logs'], { env: helmEnv });
  };
  // Control: the same bare helm test spawned in a session of its own (detached), as
  // src/lib/exec.ts spawned every tool until session 3 (now only those with a timeout), which
  // Linux's autogroup scheduler treats as a new scheduling group.
  const bareOwnSession = () =>
    new Promise<number>((resolve, reject) => {
      const t0 = process.hrtime.bigint();
      const c = spawn(helm, ['test', 'b', '-n', ns, '--timeout', '120s', '--logs'], {
        env: helmEnv,
        stdio: ['ignore', 'ignore', 'ignore'],
        detached: true
      });
      c.on('error', reject);
      c.on('close', code =>
        code === 0
          ? resolve(Number(process.hrtime.bigint() - t0) / 1e6)
          : reject(new Error(`helm test exited ${code}`))
      );
    });
  await act();
  bare();
  const gate: number[] = [];
  const base: number[] = [];
  const own: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (i % 2) {
      base.push(bare());
      gate.push(await act());
    } else {
      gate.push(await act());
      base.push(bare());
    }
    // Right after the same kind of upgrade, like the others.
    upgradeBare();
    own.push(await bareOwnSession());
  }
  report(
    `gates (${name}) through the action / bare helm test`,
    median(gate) / median(base),
    1.1,
    `${fmt(median(gate))} vs ${fmt(median(base))}, medians of ${RUNS}; the helm test process inside the action ${fmt(median(inner))}`
  );
  console.log(
    `INFO  bare helm test in a session of its own (as exec.ts spawned helm until session 3): ${fmt(median(own))} = ${(median(own) / median(base)).toFixed(3)}× the bare one; the action vs it: ${(median(gate) / median(own)).toFixed(3)}×`
  );
  console.log(
    `INFO  the action after "Gates passed" (outputs, job summary, exit): ${fmt(median(after))} median`
  );
  spawnSync(helm, ['uninstall', 'g', 'b', '-n', ns, '--wait'], { env: helmEnv });
}

if (kubeconfig && ONLY.has('gates')) {
  // Smoke + helm test: the smoke request needs a real server behind the Service (kwok pods serve
  // nothing), so the example app runs in a network namespace (test/helpers/netnsApp.ts) and the
  // external-endpoint fixture points a selector-less Service at it through a placeholder Pod.
  const why = netnsUnavailable();
  const serverJs = join(ROOT, 'example-app', 'dist', 'server.js');
  if (why || !existsSync(serverJs)) {
    console.log(
      `SKIP  gates (smoke + helm test): ${why ?? 'example-app/dist/server.js is missing (npm run build:app)'}`
    );
  } else {
    const app = await startNetnsApp({ serverJs, port: 8080, tag: 'bench', node: NODE });
    const api = kubeApi(kubeconfig);
    const ns = `bench-gates-smoke-helm-test-${process.pid}`;
    try {
      await api.post('/api/v1/namespaces', { metadata: { name: ns } });
      await api.post(`/api/v1/namespaces/${ns}/pods`, {
        metadata: { name: 'app' },
        spec: {
          schedulerName: 'flygtaxi-bench-unscheduled',
          containers: [{ name: 'app', image: 'registry.local/web:1' }]
        }
      });
      await api.patch(`/api/v1/namespaces/${ns}/pods/app/status`, {
        status: { podIP: app.appIp, podIPs: [{ ip: app.appIp }] }
      });
      await gatesBench(
        'smoke + helm test',
        join(ROOT, 'test', 'deploy-to-eks', 'fixtures', 'external-endpoint'),
        k => [`endpoint.ip=${app.appIp}`, 'endpoint.podName=app', 'helmTest=true', `run=r${k}`],
        { 'smoke-path': '/health' },
        /Gates passed: smoke, helm-test \(([\d.]+) s\)/
      );
    } finally {
      await app.stop();
      await api.delete(`/api/v1/namespaces/${ns}`).catch(() => undefined);
    }
  }
  await gatesBench(
    'helm test',
    CHART,
    k => ['helmTest=pass', `message=m${k}`],
    {},
    /Gates passed: helm-test \(([\d.]+) s\)/
  );
}

if (kubeconfig && ONLY.has('hopeless')) {
  const ns = `bench-hopeless-${process.pid}`;
  for (const rel of ['act', 'bare'])
    if ((await runAction({ ...base(ns, rel), 'image-tag': '1.0.0' })).code !== 0)
      throw new Error('setup failed');
  const action = await runAction({
    ...base(ns, 'act'),
    'image-tag': '404',
    set: `${FAIL}=imagepull`,
    timeout: '5m'
  });
  const t0 = Date.now();
  const b = spawnSync(
    helm,
    [
      'upgrade',
      'bare',
      CHART,
      '-n',
      ns,
      '--wait=watcher',
      '--rollback-on-failure',
      '--timeout',
      '5m',
      '--set',
      'image.repository=registry.local/web',
      '--set-string',
      'image.tag=404',
      '--set-string',
      `${FAIL}=imagepull`
    ],
    { env: helmEnv, encoding: 'utf8' }
  );
  const bareMs = Date.now() - t0;
  const rolledBack = action.lines.some(l => /Rolled back to revision 1/.test(l[1]));
  console.log(`INFO  action exit ${action.code}, rolled back: ${rolledBack}; bare helm exit ${b.status}`);
  report(
    'hopeless rollout (timeout 5m): action time to rolled back / bare helm --rollback-on-failure',
    action.ms / bareMs,
    0.2,
    `${fmt(action.ms)} vs ${fmt(bareMs)}`
  );
  spawnSync(helm, ['uninstall', 'act', 'bare', '-n', ns, '--wait'], { env: helmEnv });
}

if (kubeconfig && ONLY.has('degraded')) {
  const controllerBin = join(BIN, 'rollouts-controller');
  if (!existsSync(controllerBin)) {
    console.log('SKIP  degraded: .tools/bin/rollouts-controller is missing (scripts/bootstrap.sh builds it)');
  } else {
    const api = kubeApi(kubeconfig);
    await installArgoCrds(api);
    const logFile = join(mkdtempSync(join(tmpdir(), 'bench-argo-')), 'controller.log');
    const out = openSync(logFile, 'a');
    const controller = spawn(
      controllerBin,
      ['--kubeconfig', kubeconfig, '--leader-elect=false', '--metricsPort', '0', '--healthzPort', '0'],
      {
        stdio: ['ignore', out, out]
      }
    );
    try {
      const ns = `bench-degraded-${process.pid}`;
      const values = join(tmpdir(), `bench-degraded-${process.pid}.yaml`);
      const inputs = (tag: string, more: Record<string, string> = {}) => ({
        kubeconfig,
        'release-name': 'fd',
        namespace: ns,
        chart: join(ROOT, 'charts', 'frontdoor'),
        'values-files': `${join(ROOT, 'charts/frontdoor/values-dev.yaml')}\n${values}`,
        image: 'registry.local/frontdoor',
        'image-tag': tag,
        timeout: '120s',
        'fail-fast': 'false',
        ...more
      });
      writeFileSync(
        values,
        'replicaCount: 2\nrollout:\n  enabled: true\n  progressDeadlineSeconds: 5\n  steps: [{setWeight: 50}, {pause: {duration: 2s}}]\n'
      );
      if ((await runAction(inputs('v1'))).code !== 0) throw new Error('degraded: the first install failed');
      writeFileSync(
        values,
        'replicaCount: 2\npodAnnotations: {flygtaxi.test/kwok-fail: unready}\nrollout:\n  enabled: true\n  progressDeadlineSeconds: 5\n  steps: [{setWeight: 50}, {pause: {duration: 2s}}]\n'
      );
      const t0 = Date.now();
      let degradedAt: number | undefined;
      let done = false;
      const watch = (async () => {
        while (!done && degradedAt === undefined) {
          const ro = (await api
            .get(`/apis/argoproj.io/v1alpha1/namespaces/${ns}/rollouts/fd-frontdoor`)
            .catch(() => undefined)) as { status?: { phase?: string; abort?: boolean } } | undefined;
          if (ro?.status?.phase === 'Degraded' || ro?.status?.abort) degradedAt = Date.now() - t0;
          await new Promise(r => setTimeout(r, 100));
        }
      })();
      const r = await runAction(inputs('v2'));
      done = true;
      await watch;
      const reported = r.lines.find(l => /Gate rollout failed/.test(l[1]))?.[0];
      if (degradedAt === undefined || reported === undefined) {
        console.log(
          `FAIL  degraded: Degraded seen at ${degradedAt} ms, reported at ${reported} ms\n${r.lines.map(l => l[1]).join('\n')}`
        );
      } else {
        // The action's runAction clock started a few ms after t0: its line times are conservative.
        const latency = Math.max(0, reported + (r.started - t0) - degradedAt);
        report(
          'Rollout Degraded → action reports it / poll interval (3 s)',
          latency / 3000,
          1,
          `${fmt(latency)} after Degraded`
        );
      }
      spawnSync(helm, ['uninstall', 'fd', '-n', ns, '--wait'], { env: helmEnv });
    } finally {
      controller.kill('SIGTERM');
    }
  }
}

if (ONLY.has('watcher')) {
  const r = spawnSync('npx', ['jest', '--maxWorkers=1', 'test/deploy-to-eks/watcherScale.test.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PATH: TOOL_PATH }
  });
  const out = r.stdout + r.stderr;
  const rows = [
    ...out.matchAll(
      /watcher: (\d+) pods → (\d+) requests in (\d+) polls over ([\d.]+) s = ([\d.]+) requests\/poll, ([\d.]+) requests\/s/g
    )
  ];
  for (const m of rows) console.log(`INFO  ${m[0]}`);
  const small = rows.find(m => m[1] === '10');
  const large = rows.find(m => m[1] === '100');
  if (small && large)
    report(
      'watcher requests/s, 100 replicas / 10 replicas',
      Number(large[6]) / Number(small[6]),
      1.1,
      `${large[6]} vs ${small[6]} requests/s (${large[5]} vs ${small[5]} per poll)`
    );
  else console.log(`FAIL  watcher: no measurement from the test (exit ${r.status})\n${out.slice(-2000)}`);
}

console.log('\nSummary:\n' + results.join('\n'));
