/**
 * The main job: the whole pipeline on the local stack, running the three actions' bundles from
 * dist/ the way the runner does and chaining their outputs like the orchestrator workflow:
 *
 *   build-push-ecr                 example-app image -> local registry (auth), digest out
 *   package-and-verify-helm-chart  charts/frontdoor + values-dev.yaml -> verified .tgz
 *   deploy-to-eks                  .tgz -> local kube-apiserver (kubeconfig input), image by digest
 *
 * Run twice: the second run must reuse the image (skipped=true) and find the release unchanged.
 * Started by scripts/pipeline.sh (which bootstraps, starts the stack and builds the stand-in
 * base images); expects FT_* variables from .tools/stack/stack.env and BUILD_IMAGE/RUNTIME_IMAGE.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runStep, type StepResult } from './runner.ts';

const root = resolve(import.meta.dirname, '..');
const env = process.env;

function need(name: string): string {
  const v = env[name];
  if (!v) {
    console.error(`main job: ${name} is not set; run it through scripts/pipeline.sh`);
    process.exit(2);
  }
  return v;
}

/** The commit the image is tagged with: git HEAD, or a hash of the app's sources outside git. */
function commitSha(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim();
  } catch {
    const h = createHash('sha1');
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        if (name === 'node_modules' || name === 'dist') continue;
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else h.update(relative(root, p)).update(readFileSync(p));
      }
    };
    walk(join(root, 'example-app'));
    return h.digest('hex');
  }
}

interface StageReport {
  stage: string;
  ms: number;
  result: string;
}

async function stage(
  reports: StageReport[],
  name: string,
  action: string,
  inputs: Record<string, string>,
  runnerTemp: string,
  describe: (r: StepResult) => string
): Promise<StepResult> {
  console.log(`\n── ${name} (${action}) ──`);
  const res = await runStep({
    actionDir: join(root, 'actions', action),
    inputs,
    runnerTemp,
    workspace: root,
    onLine: line => console.log(`   ${line}`)
  });
  const ok = res.exitCode === 0;
  reports.push({
    stage: name,
    ms: res.durationMs,
    result: ok ? describe(res) : `FAILED (exit ${res.exitCode})`
  });
  if (!ok) {
    printReport(reports, 'failed');
    console.error(`\nmain job: ${name} failed; its log is above.`);
    process.exit(1);
  }
  return res;
}

function printReport(reports: StageReport[], title: string): void {
  const total = reports.reduce((s, r) => s + r.ms, 0);
  console.log(`\n${title}`);
  for (const r of reports)
    console.log(`  ${r.stage.padEnd(22)} ${(r.ms / 1000).toFixed(1).padStart(6)} s   ${r.result}`);
  console.log(`  ${'total'.padEnd(22)} ${(total / 1000).toFixed(1).padStart(6)} s`);
}

async function pipeline(
  run: number,
  sha: string
): Promise<{ ms: number; reports: StageReport[]; imageRef: string; revision: string; changed: string }> {
  const runnerTemp = join(root, '.tmp', 'main-job', `run-${run}`);
  rmSync(runnerTemp, { recursive: true, force: true });
  mkdirSync(runnerTemp, { recursive: true });
  const reports: StageReport[] = [];
  const started = Date.now();

  const build = await stage(
    reports,
    'build-push',
    'build-push-ecr',
    {
      registry: need('FT_REGISTRY'),
      username: need('FT_REGISTRY_USER'),
      password: need('FT_REGISTRY_PASSWORD'),
      'insecure-registry': 'true',
      repository: 'flygtaxi/frontdoor',
      'image-name': 'frontdoor',
      sha,
      context: 'example-app',
      'build-args': `BUILD_IMAGE=${need('BUILD_IMAGE')}\nRUNTIME_IMAGE=${need('RUNTIME_IMAGE')}`,
      builder: 'buildah',
      'latest-tag': 'true'
    },
    runnerTemp,
    r => `${r.outputs['skipped'] === 'true' ? 'reused' : 'built+pushed'} ${r.outputs['image-ref'] ?? ''}`
  );

  const chart = await stage(
    reports,
    'package-verify',
    'package-and-verify-helm-chart',
    {
      chart: 'charts/frontdoor',
      'values-files': 'charts/frontdoor/values-dev.yaml',
      'release-name': 'flygtaxi-dev-frontdoor',
      namespace: 'flygtaxi-dev',
      policy: 'strict',
      destination: join(runnerTemp, 'charts')
    },
    runnerTemp,
    r =>
      `${r.outputs['chart-name']}-${r.outputs['chart-version']} ${r.outputs['chart-digest'] ?? ''}, ${r.outputs['findings']} findings`
  );

  const deploy = await stage(
    reports,
    'deploy',
    'deploy-to-eks',
    {
      kubeconfig: need('FT_KUBECONFIG'),
      'release-name': 'flygtaxi-dev-frontdoor',
      namespace: 'flygtaxi-dev',
      chart: chart.outputs['chart-path'] ?? '',
      'values-files': 'charts/frontdoor/values-dev.yaml',
      image: build.outputs['image'] ?? '',
      'image-tag': build.outputs['tag'] ?? '',
      'image-digest': build.outputs['digest'] ?? '',
      timeout: '3m'
    },
    runnerTemp,
    r =>
      r.outputs['changed'] === 'false'
        ? `unchanged, revision ${r.outputs['revision']} (${r.outputs['status']})`
        : `revision ${r.outputs['previous-revision'] || '-'} -> ${r.outputs['revision']} (${r.outputs['status']}), rollout verified`
  );

  const ms = Date.now() - started;
  printReport(reports, `run ${run}: pipeline passed`);
  return {
    ms,
    reports,
    imageRef: build.outputs['image-ref'] ?? '',
    revision: deploy.outputs['revision'] ?? '',
    changed: deploy.outputs['changed'] ?? ''
  };
}

console.log('Main job on the local stack. Notes:');
console.log(
  ' - public base images cannot be pulled here: the image builds FROM stand-in base images made from'
);
console.log(`   this machine's Node 24 (${env['BUILD_IMAGE']}, ${env['RUNTIME_IMAGE']}).`);
console.log(
  ' - kwok simulates nodes and pod readiness: its pods run no containers, so the rollout proves the'
);
console.log(
  '   Kubernetes side; the service itself is proven by test/example-app (real server, every endpoint).'
);

const sha = commitSha();
const first = await pipeline(1, sha);
const second = await pipeline(2, sha);

console.log('\nMain job report');
console.log(`  image           ${first.imageRef}`);
console.log(`  release         flygtaxi-dev-frontdoor in flygtaxi-dev, revision ${second.revision}`);
console.log(`  run 1           ${(first.ms / 1000).toFixed(1)} s (changed=${first.changed})`);
console.log(
  `  run 2           ${(second.ms / 1000).toFixed(1)} s (changed=${second.changed}; image reused, release unchanged)`
);
console.log(`  run 2 / run 1   ${(second.ms / first.ms).toFixed(2)}x`);
if (second.imageRef !== first.imageRef) {
  console.error('main job: the second run produced a different image reference');
  process.exit(1);
}
if (second.changed !== 'false') {
  console.error('main job: the second run changed the release; expected no change');
  process.exit(1);
}
