/**
 * deploy-to-eks benchmarks. Every figure is a ratio against a baseline measured in the same run
 * (medians of N runs), so the numbers mean the same on a slow or a fast machine.
 *
 *   .tools/bin/node bench/deploy-to-eks.ts [--runs N] [--only token,startup,deploy] [--aws PATH]
 *
 * token    eks-token command vs `node -e 0` (target ≤ 1.3×) and vs `aws eks get-token`
 *          (target: ours ≥ 5× faster). The aws CLI comes from --aws, $AWS_CLI, or PATH; without
 *          it that comparison is reported as skipped.
 * startup  the action failing input validation vs `node -e 0` (target ≤ 1.5×).
 * deploy   on the local stack (scripts/stack/start.sh must be up): the action's upgrade vs a bare
 *          `helm upgrade --install --wait` of the same chart and change (target ≤ 1.2×), and a
 *          no-op redeploy vs a real upgrade through the action (target ≤ 0.25×).
 * Needs `npm run build` first (it runs the bundle, as the runner does).
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, '.tools', 'bin');
const NODE = existsSync(join(BIN, 'node')) ? join(BIN, 'node') : process.execPath;
const BUNDLE = join(ROOT, 'dist', 'deploy-to-eks', 'index.js');
const TOKEN = join(ROOT, 'dist', 'deploy-to-eks', 'eks-token.js');
const CHART = join(ROOT, 'test', 'deploy-to-eks', 'fixtures', 'web');

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : def;
}
const RUNS = Number(arg('runs', '15'));
const ONLY = new Set(arg('only', 'token,startup,deploy').split(','));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Wall time of one process run in ms; throws when it does not exit as expected. */
function time(cmd: string, args: string[], opts: SpawnSyncOptions = {}, expectStatus = 0): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== expectStatus) {
    throw new Error(
      `${cmd} ${args.join(' ')} exited ${r.status} (expected ${expectStatus}): ${String(r.stderr).slice(-500)} ${String(r.stdout).slice(-1500)}`
    );
  }
  return ms;
}

/** Interleaves the candidates run by run, so drift in machine load hits all of them alike. */
function measure(runs: number, cands: Record<string, () => number>): Record<string, number> {
  const samples: Record<string, number[]> = {};
  for (const k of Object.keys(cands)) samples[k] = [];
  for (const f of Object.values(cands)) f(); // warm-up: page cache, compile cache
  for (let i = 0; i < runs; i++) for (const [k, f] of Object.entries(cands)) samples[k]?.push(f());
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(samples)) out[k] = median(v);
  return out;
}

const results: string[] = [];
function report(name: string, value: number, target: string, ok: boolean): void {
  const line = `${ok ? 'PASS' : 'FAIL'}  ${name.padEnd(58)} ${value.toFixed(3)}×  (target ${target})`;
  results.push(line);
  console.log(line);
}

const awsEnv = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  AWS_REGION: 'eu-north-1'
};

function findAws(): string | undefined {
  const explicit = arg('aws', process.env['AWS_CLI'] ?? '');
  if (explicit) return explicit;
  for (const d of (process.env['PATH'] ?? '').split(delimiter))
    if (d && existsSync(join(d, 'aws'))) return join(d, 'aws');
  return undefined;
}

if (ONLY.has('token')) {
  const tokenArgs = [TOKEN, '--cluster-name', 'bench', '--region', 'eu-north-1'];
  const m = measure(RUNS, {
    node: () => time(NODE, ['-e', '0']),
    token: () => time(NODE, tokenArgs, { env: awsEnv })
  });
  console.log(`token: node -e 0 ${m['node']?.toFixed(1)} ms, eks-token ${m['token']?.toFixed(1)} ms`);
  report(
    'eks-token / node -e 0',
    (m['token'] as number) / (m['node'] as number),
    '≤ 1.3',
    (m['token'] as number) / (m['node'] as number) <= 1.3
  );
  const aws = findAws();
  if (aws) {
    const a = measure(Math.max(5, Math.floor(RUNS / 3)), {
      token: () => time(NODE, tokenArgs, { env: awsEnv }),
      aws: () =>
        time(aws, ['eks', 'get-token', '--cluster-name', 'bench', '--region', 'eu-north-1'], { env: awsEnv })
    });
    console.log(`token: aws eks get-token ${a['aws']?.toFixed(1)} ms (${aws})`);
    report(
      'aws eks get-token / eks-token (speed-up)',
      (a['aws'] as number) / (a['token'] as number),
      '≥ 5',
      (a['aws'] as number) / (a['token'] as number) >= 5
    );
  } else {
    console.log('SKIP  aws eks get-token comparison: no aws CLI (pass --aws PATH or put aws on PATH)');
  }
}

function actionEnv(inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'bench-dte-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${BIN}${delimiter}${process.env['PATH'] ?? ''}`,
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'sum'),
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: ROOT,
    ...extra
  };
  for (const f of ['out', 'sum']) writeFileSync(join(dir, f), '');
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

if (ONLY.has('startup')) {
  const env = actionEnv({ 'release-name': 'Bad_Name', namespace: 'apps', chart: 'missing.tgz' });
  const m = measure(RUNS, {
    node: () => time(NODE, ['-e', '0']),
    action: () => time(NODE, [BUNDLE], { env }, 1)
  });
  console.log(
    `startup: node -e 0 ${m['node']?.toFixed(1)} ms, action failing validation ${m['action']?.toFixed(1)} ms`
  );
  report(
    'action start-up on a validation failure / node -e 0',
    (m['action'] as number) / (m['node'] as number),
    '≤ 1.5',
    (m['action'] as number) / (m['node'] as number) <= 1.5
  );
}

if (ONLY.has('deploy')) {
  const stackEnv = join(ROOT, '.tools', 'stack', 'stack.env');
  if (!existsSync(stackEnv)) {
    console.log('SKIP  deploy benchmarks: the local stack is not up (scripts/stack/start.sh)');
  } else {
    const kubeconfig = /^FT_KUBECONFIG=(.*)$/m
      .exec(readFileSync(stackEnv, 'utf8'))?.[1]
      ?.replace(/^["']|["']$/g, '') as string;
    const ns = `bench-dte-${process.pid}`;
    const helm = join(BIN, 'helm');
    const helmEnv = { ...process.env, KUBECONFIG: kubeconfig };
    const deployRuns = Math.max(3, Math.floor(RUNS / 3));
    let n = 0;
    // Each run changes one value so every upgrade really rolls out new pods.
    const bare = () =>
      time(
        helm,
        [
          'upgrade',
          '--install',
          'bare',
          CHART,
          '-n',
          ns,
          '--create-namespace',
          '--wait=watcher',
          '--timeout',
          '120s',
          '--set',
          `message=m${n++}`
        ],
        { env: helmEnv }
      );
    const action = (message: string) => () =>
      time(NODE, [BUNDLE], {
        env: actionEnv({
          kubeconfig,
          'release-name': 'act',
          namespace: ns,
          chart: CHART,
          set: `message=${message}`,
          timeout: '120s'
        })
      });
    const m = measure(deployRuns, {
      bare,
      action: () => action(`a${n++}`)()
    });
    console.log(
      `deploy: bare helm upgrade --wait ${m['bare']?.toFixed(0)} ms, action upgrade ${m['action']?.toFixed(0)} ms`
    );
    report(
      'action upgrade / bare helm upgrade --install --wait',
      (m['action'] as number) / (m['bare'] as number),
      '≤ 1.2',
      (m['action'] as number) / (m['bare'] as number) <= 1.2
    );
    action('fixed')();
    const noop = measure(deployRuns, {
      upgrade: () => action(`u${n++}`)(),
      noop: () => {
        action('fixed')(); // back to "fixed" (a real upgrade), not timed
        return action('fixed')(); // the same again: nothing changed
      }
    });
    console.log(
      `deploy: action upgrade ${noop['upgrade']?.toFixed(0)} ms, action no-op redeploy ${noop['noop']?.toFixed(0)} ms`
    );
    report(
      'action no-op redeploy / action real upgrade',
      (noop['noop'] as number) / (noop['upgrade'] as number),
      '≤ 0.25',
      (noop['noop'] as number) / (noop['upgrade'] as number) <= 0.25
    );
    spawnSync(helm, ['uninstall', 'bare', 'act', '-n', ns, '--wait'], { env: helmEnv });
  }
}

console.log('\nSummary:\n' + results.join('\n'));
