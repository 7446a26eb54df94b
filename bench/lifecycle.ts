/**
 * Release lifecycle benchmarks on the local stack, each a ratio against a baseline measured in the
 * same run (medians of interleaved runs):
 *
 *   .tools/bin/node bench/lifecycle.ts [--runs N] [--only rollback,diff]
 *
 * rollback  `rollback-to: previous` through the action vs a bare `helm rollback --wait` (≤ 1.1×)
 * diff      `dry-run: diff` through the action vs bare `helm get manifest` + `helm template` +
 *           `diff -u` of the two (≤ 1.3×)
 * Needs `npm run build` and the stack (scripts/stack/start.sh). The promote case (promote of a
 * change vs build + package + deploy, ≤ 0.3×) is h-promote's and joins this file there.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BIN,
  fmt,
  intArg,
  loadStackEnv,
  measure,
  NODE,
  onlyArg,
  report as line,
  ROOT,
  time,
  timed,
  TOOL_PATH
} from './lib/measure.ts';

const DEPLOY = join(ROOT, 'dist', 'deploy-to-eks', 'index.js');
const CHART = join(ROOT, 'test', 'deploy-to-eks', 'fixtures', 'web');
const RUNS = intArg('runs', 5);
const ONLY = onlyArg('rollback,diff');
const HELM = join(BIN, 'helm');

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
  for (const rel of ['rb-bare', 'rb-act']) {
    up(rel, 'one');
    up(rel, 'two');
  }
  const m = measure(RUNS, {
    bare: () =>
      time(HELM, ['rollback', 'rb-bare', '-n', ns, '--wait=watcher', '--timeout', '120s'], { env: helmEnv }),
    action: () => {
      const a = actionEnv({
        kubeconfig,
        namespace: ns,
        'release-name': 'rb-act',
        'rollback-to': 'previous',
        timeout: '120s'
      });
      return time(NODE, [DEPLOY], { env: a.env });
    }
  });
  report(
    'rollback-to previous / bare helm rollback --wait',
    (m['action'] as number) / (m['bare'] as number),
    1.1,
    `${fmt(m['action'] as number)} vs ${fmt(m['bare'] as number)}`
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
  const action = () => {
    const a = actionEnv({
      kubeconfig,
      namespace: ns,
      'release-name': 'df',
      chart: CHART,
      set: 'message=next\nreplicaCount=3',
      'dry-run': 'diff'
    });
    return time(NODE, [DEPLOY], { env: a.env });
  };
  const m = measure(RUNS, { bare, action });
  report(
    'dry-run diff / helm get manifest + helm template + diff -u',
    (m['action'] as number) / (m['bare'] as number),
    1.3,
    `${fmt(m['action'] as number)} vs ${fmt(m['bare'] as number)}`
  );
}

spawnSync(HELM, ['uninstall', 'rb-bare', 'rb-act', 'df', '-n', ns], {
  env: helmEnv,
  stdio: 'ignore'
});
console.log('\nSummary:\n' + results.join('\n'));
