/**
 * The composite actions run step by step as the runner would (compositeRunner.ts), with the real
 * scripts and bundles against the local stack: bad input stops at the first step that sees it;
 * deploy-eks packages, verifies and deploys the frontdoor chart to the local kube-apiserver; the
 * root action builds with buildah, pushes to the local registry, and deploys that image by digest.
 * A second run of the same commit changes nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runComposite, type CompositeResult } from './compositeRunner';
import { loadStack, repoRoot, toolEnv } from '../helpers/stack';

jest.setTimeout(600_000);

const CHART = join(repoRoot, 'charts', 'frontdoor');
const VALUES_DEV = join(CHART, 'values-dev.yaml');
let counter = 0;
const namespace = (prefix: string): string =>
  `${prefix}-${process.pid % 10000}-${Date.now() % 100000}-${counter++}`;

function errors(r: CompositeResult): string {
  return r.stdout
    .split('\n')
    .filter(l => l.startsWith('::error'))
    .map(l => decodeURIComponent(l.replace(/^::error[^:]*::/, '')))
    .join('\n');
}

function stepsRun(r: CompositeResult): string[] {
  return r.steps.filter(s => s.ran).map(s => `${s.id ?? s.name}:${s.exitCode}`);
}

/** Without cloud credentials: the non-ECR paths must not depend on them. */
function env(): NodeJS.ProcessEnv {
  const e = toolEnv({ GITHUB_REPOSITORY: 'flygtaxi/frontdoor', GITHUB_SERVER_URL: 'https://github.com' });
  for (const k of Object.keys(e)) if (k.startsWith('AWS_')) delete e[k];
  return e;
}

test('deploy-eks with bad inputs stops at the package step, naming every bad input, and deploys nothing', async () => {
  const r = await runComposite('deploy-eks/action.yml', {
    chart: 'charts/no-such-chart',
    'release-name': 'Frontdoor_Dev',
    namespace: 'flygtaxi-dev',
    policy: 'loose',
    kubeconfig: '/nonexistent/kubeconfig'
  });
  expect(r.ok).toBe(false);
  expect(stepsRun(r)).toEqual(['node:0', 'package:1']);
  const err = errors(r);
  for (const input of ['chart', 'release-name', 'policy']) expect(err).toMatch(new RegExp(`- ${input}: `));
  expect(r.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.outputs['revision']).toBe('');
});

describe('deploy-eks against the local cluster', () => {
  const ns = namespace('composite-eks');
  const inputs = (): Record<string, string> => ({
    chart: CHART,
    'values-files': VALUES_DEV,
    'release-name': 'frontdoor',
    namespace: ns,
    kubeconfig: loadStack().kubeconfig,
    image: 'registry.example/flygtaxi/frontdoor',
    'image-digest': `sha256:${'a'.repeat(64)}`,
    timeout: '120s'
  });

  test('packages, verifies and installs revision 1; outputs of both steps are passed through', async () => {
    const r = await runComposite('deploy-eks/action.yml', inputs(), { env: env() });
    expect(errors(r)).toBe('');
    expect(stepsRun(r)).toEqual(['node:0', 'package:0', 'deploy:0']);
    expect(r.outputs).toMatchObject({
      revision: '1',
      changed: 'true',
      'rolled-back': 'false',
      status: 'deployed',
      'chart-name': 'frontdoor'
    });
    expect(r.outputs['chart-digest']).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(r.outputs['chart-path']).toMatch(/frontdoor-.+\.tgz$/);
  });

  test('the same chart, values and image again: nothing changes', async () => {
    const r = await runComposite('deploy-eks/action.yml', inputs(), { env: env() });
    expect(errors(r)).toBe('');
    expect(r.outputs).toMatchObject({ revision: '1', changed: 'false' });
  });
});

describe('the root action: build with buildah, push to the local registry, verify, deploy by digest', () => {
  const ws = mkdtempSync(join(tmpdir(), 'ft-composite-ws-'));
  const ns = namespace('composite-all');
  const repository = `composite/frontdoor-${process.pid}`;
  mkdirSync(join(ws, 'app'));
  writeFileSync(join(ws, 'app', 'Dockerfile'), 'FROM scratch\nCOPY app.txt /app.txt\n');
  writeFileSync(join(ws, 'app', 'app.txt'), 'frontdoor\n');
  afterAll(() => rmSync(ws, { recursive: true, force: true }));

  const inputs = (): Record<string, string> => ({
    registry: loadStack().registryNoAuth,
    'insecure-registry': 'true',
    repository,
    'image-name': 'frontdoor',
    sha: '3333333333333333333333333333333333333333',
    context: 'app',
    builder: 'buildah',
    chart: CHART,
    'values-files': VALUES_DEV,
    'release-name': 'frontdoor',
    namespace: ns,
    kubeconfig: loadStack().kubeconfig,
    timeout: '120s'
  });
  let digest = '';

  test('first run: builds, pushes, and deploys the pushed digest', async () => {
    const r = await runComposite('action.yml', inputs(), { env: env(), workspace: ws });
    expect(errors(r)).toBe('');
    expect(stepsRun(r)).toEqual(['node:0', 'build:0', 'package:0', 'deploy:0']);
    digest = r.outputs['digest'] ?? '';
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(r.outputs).toMatchObject({
      'image-ref': `${loadStack().registryNoAuth}/${repository}@${digest}`,
      tag: 'frontdoor-3333333333333333333333333333333333333333',
      skipped: 'false',
      revision: '1',
      changed: 'true'
    });
  });

  test('second run of the same commit: the image is reused and the release is unchanged', async () => {
    const r = await runComposite('action.yml', inputs(), { env: env(), workspace: ws });
    expect(errors(r)).toBe('');
    expect(r.outputs).toMatchObject({ skipped: 'true', digest, revision: '1', changed: 'false' });
  });
});
