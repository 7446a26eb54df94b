/**
 * deploy-to-eks benchmarks. Every figure is a ratio against a baseline measured in the same run
 * (medians of N runs), so the numbers mean the same on a slow or a fast machine.
 *
 *   .tools/bin/node bench/deploy-to-eks.ts [--runs N] [--only token,startup,deploy] [--aws PATH]
 *
 * token    eks-token command vs `node -e 0` (target ≤ 1.3×) and vs `aws eks get-token`
 *          (target: ours ≥ 5× faster). The target row runs the plugin as the kubeconfig the action
 *          writes runs it: with `--sts-endpoint` (the endpoint the action resolved once with the
 *          SDK), which is what helm runs for every token. The plugin alone (no --sts-endpoint,
 *          the SDK's endpoint resolution on every run, as a hand-written kubeconfig would run it)
 *          is reported next to it, against the same baseline. The aws CLI comes from --aws,
 *          $AWS_CLI, or PATH; without it that comparison is reported as skipped.
 * startup  the action failing input validation vs `node -e 0` (guard ≤ 3×).
 * deploy   on the local stack (scripts/stack/start.sh must be up): the action's upgrade vs a bare
 *          `helm upgrade --install --wait` of the same chart and change (target ≤ 1.2×), and a
 *          no-op redeploy vs a real upgrade through the action (target ≤ 0.25×).
 * Needs `npm run build` first (it runs the bundle, as the runner does).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import {
  arg,
  BIN,
  fmt,
  intArg,
  loadStackEnv,
  measure,
  NODE,
  onlyArg,
  report as line,
  ROOT,
  TOOL_PATH,
  time
} from './lib/measure.ts';

const BUNDLE = join(ROOT, 'dist', 'deploy-to-eks', 'index.js');
const TOKEN = join(ROOT, 'dist', 'deploy-to-eks', 'eks-token.js');
const CHART = join(ROOT, 'test', 'deploy-to-eks', 'fixtures', 'web');
const RUNS = intArg('runs', 15);
const ONLY = onlyArg('token,startup,deploy');

const results: string[] = [];
function report(name: string, ratio: number, target: number, detail: string, atMost = true): void {
  results.push(line(name, ratio, target, detail, atMost));
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
  // What the generated kubeconfig runs (src/lib/kubeconfig.ts eksKubeconfig).
  const kubeconfigArgs = [...tokenArgs, '--sts-endpoint', 'https://sts.eu-north-1.amazonaws.com/'];
  const m = measure(RUNS, {
    node: () => time(NODE, ['-e', '0']),
    token: () => time(NODE, kubeconfigArgs, { env: awsEnv }),
    alone: () => time(NODE, tokenArgs, { env: awsEnv })
  });
  report(
    'eks-token (as the kubeconfig runs it) / node -e 0',
    (m['token'] as number) / (m['node'] as number),
    1.3,
    `${fmt(m['token'] as number)} vs ${fmt(m['node'] as number)}`
  );
  report(
    'eks-token alone (SDK endpoint resolution) / node -e 0',
    (m['alone'] as number) / (m['node'] as number),
    1.3,
    `${fmt(m['alone'] as number)} vs ${fmt(m['node'] as number)}`
  );
  const aws = findAws();
  if (aws) {
    const a = measure(Math.max(5, Math.floor(RUNS / 3)), {
      token: () => time(NODE, tokenArgs, { env: awsEnv }),
      aws: () =>
        time(aws, ['eks', 'get-token', '--cluster-name', 'bench', '--region', 'eu-north-1'], { env: awsEnv })
    });
    console.log(`INFO  aws CLI: ${aws}`);
    report(
      'aws eks get-token / eks-token (speed-up)',
      (a['aws'] as number) / (a['token'] as number),
      5,
      `${fmt(a['aws'] as number)} vs ${fmt(a['token'] as number)}`,
      false
    );
  } else {
    console.log('SKIP  aws eks get-token comparison: no aws CLI (pass --aws PATH or put aws on PATH)');
  }
}

function actionEnv(inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'bench-dte-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: TOOL_PATH,
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
  report(
    'action start-up on a validation failure / node -e 0',
    (m['action'] as number) / (m['node'] as number),
    3,
    `${fmt(m['action'] as number)} vs ${fmt(m['node'] as number)}`
  );
}

if (ONLY.has('deploy')) {
  const stack = loadStackEnv().env;
  if (!stack?.['FT_KUBECONFIG']) {
    console.log('SKIP  deploy benchmarks: the local stack is not up (scripts/stack/start.sh)');
  } else {
    const kubeconfig = stack['FT_KUBECONFIG'];
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
    report(
      'action upgrade / bare helm upgrade --install --wait',
      (m['action'] as number) / (m['bare'] as number),
      1.2,
      `${fmt(m['action'] as number)} vs ${fmt(m['bare'] as number)}`
    );
    action('fixed')();
    const noop = measure(deployRuns, {
      upgrade: () => action(`u${n++}`)(),
      noop: () => {
        action('fixed')(); // back to "fixed" (a real upgrade), not timed
        return action('fixed')(); // the same again: nothing changed
      }
    });
    report(
      'action no-op redeploy / action real upgrade',
      (noop['noop'] as number) / (noop['upgrade'] as number),
      0.25,
      `${fmt(noop['noop'] as number)} vs ${fmt(noop['upgrade'] as number)}`
    );
    spawnSync(helm, ['uninstall', 'bare', 'act', '-n', ns, '--wait'], { env: helmEnv });
  }
}

console.log('\nSummary:\n' + results.join('\n'));
