/**
 * package-and-verify-helm-chart benchmarks. Every figure is a ratio against a baseline measured
 * in the same run (medians of N interleaved runs), so the numbers mean the same on any machine.
 *
 *   .tools/bin/node bench/package-and-verify.ts [--runs N] [--only action,startup] [--values dev]
 *
 * action   the whole action (bundle) on charts/frontdoor with values-<env>.yaml vs the bare
 *          `helm lint --strict && helm package && helm template` sequence on the same chart and
 *          values (target ≤ 1.3×). Also prints the helm processes the action started.
 * startup  the action failing input validation vs `node -e 0` (guard ≤ 3×).
 * Needs `npm run build` first (it runs the bundle, as the runner does) and helm on PATH
 * (.tools/bin/helm from scripts/bootstrap.sh). The action overlaps lint with package → template,
 * so on a machine whose cores are busy with other work the ratio drifts toward the pure CPU ratio;
 * the load average is printed, and `nice -n -15` (root) keeps other jobs from dominating.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  arg,
  fmt,
  intArg,
  measure,
  NODE,
  onlyArg,
  report,
  ROOT,
  TOOL_PATH as PATH,
  time
} from './lib/measure.ts';

const BUNDLE = join(ROOT, 'dist', 'package-and-verify-helm-chart', 'index.js');
const CHART = join(ROOT, 'charts', 'frontdoor');
const RUNS = intArg('runs', 11);
const ONLY = onlyArg('action,startup');
const VALUES = join(CHART, `values-${arg('values', 'dev')}.yaml`);

function runnerEnv(
  inputs: Record<string, string>,
  temp: string,
  extra: NodeJS.ProcessEnv = {}
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH,
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: join(temp, 'out'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary')
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return { ...env, ...extra };
}

if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`);
const helm = spawnSync('helm', ['version', '--short'], { env: { ...process.env, PATH }, encoding: 'utf8' });
if (helm.status !== 0)
  throw new Error('helm is not on PATH: run scripts/bootstrap.sh (it builds .tools/bin/helm)');
// Other work on the machine moves these ratios a lot (parallel helm processes need free cores).
console.log(
  `load average ${loadavg()
    .map(l => l.toFixed(1))
    .join(' ')} on ${cpus().length} CPUs`
);
console.log(
  `node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()}, helm ${helm.stdout.trim()}, ${RUNS} runs each, medians`
);

if (ONLY.has('action')) {
  const work = mkdtempSync(join(tmpdir(), 'bench-pvhc-'));
  const env = { ...process.env, PATH };
  const bare = (): number => {
    const dest = mkdtempSync(join(work, 'bare-'));
    let ms = time('helm', ['lint', '--strict', CHART, '--values', VALUES], { env });
    ms += time('helm', ['package', CHART, '--destination', dest], { env });
    const version = /^version:\s*(\S+)/m.exec(readFileSync(join(CHART, 'Chart.yaml'), 'utf8'))?.[1] as string;
    ms += time(
      'helm',
      ['template', 'frontdoor', join(dest, `frontdoor-${version}.tgz`), '--values', VALUES],
      { env }
    );
    rmSync(dest, { recursive: true, force: true });
    return ms;
  };
  const action = (): number => {
    const temp = mkdtempSync(join(work, 'action-'));
    const ms = time(NODE, [BUNDLE], {
      env: runnerEnv(
        {
          chart: 'charts/frontdoor',
          'values-files': VALUES,
          'release-name': 'frontdoor',
          destination: join(temp, 'charts')
        },
        temp
      )
    });
    rmSync(temp, { recursive: true, force: true });
    return ms;
  };
  const m = measure(RUNS, { bare, action });
  report(
    'action on charts/frontdoor vs bare lint+package+template',
    (m['action'] as number) / (m['bare'] as number),
    1.3,
    `${fmt(m['action'] as number)} vs ${fmt(m['bare'] as number)}`
  );

  // How many helm processes one action run starts: its debug log names each one it spawns.
  const temp = mkdtempSync(join(work, 'count-'));
  const counted = spawnSync(NODE, [BUNDLE], {
    env: runnerEnv(
      { chart: 'charts/frontdoor', 'values-files': VALUES, destination: join(temp, 'charts') },
      temp,
      { RUNNER_DEBUG: '1' }
    ),
    encoding: 'utf8'
  });
  const calls = [...counted.stdout.matchAll(/^::debug::helm (\S+) (?!exited)/gm)].map(m => m[1]);
  const how = /^Using helm .*$/m.exec(counted.stdout)?.[0] ?? '';
  console.log(`INFO  helm processes per action run: ${calls.length} (${calls.join(', ')}); ${how}`);
  rmSync(work, { recursive: true, force: true });
}

if (ONLY.has('startup')) {
  const temp = mkdtempSync(join(tmpdir(), 'bench-pvhc-startup-'));
  const env = runnerEnv({ chart: 'no/such/chart', policy: 'lenient' }, temp);
  const m = measure(RUNS * 2, {
    node: () => time(NODE, ['-e', '0']),
    action: () => time(NODE, [BUNDLE], { env }, 1)
  });
  report(
    'start-up on a validation failure vs node -e 0',
    (m['action'] as number) / (m['node'] as number),
    3,
    `${fmt(m['action'] as number)} vs ${fmt(m['node'] as number)}`
  );
  rmSync(temp, { recursive: true, force: true });
}
