/**
 * The composite actions run step by step as the runner would (compositeRunner.ts), with the real
 * scripts and bundles against the local stack: bad input stops at the first step that sees it;
 * deploy-eks packages, verifies and pushes the frontdoor chart to the local registry and deploys it
 * from there by digest to the local kube-apiserver; the root action builds with buildah, pushes the
 * image and (next to it, by default) the chart, and deploys both by digest. A second run of the
 * same commit changes nothing, and a run with the already-built image-ref and the already-verified
 * chart-ref builds and packages nothing. Every revision records both digests, so deploy-to-eks's
 * `dry-run: record` (what promote.yml reads) returns exactly them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, interpolate, runComposite, type CompositeResult } from './compositeRunner';
import { closeAdmin, records, runDeploy } from '../deploy-to-eks/helpers';
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

afterAll(() => closeAdmin());

describe('the emulation evaluates expressions as the runner does', () => {
  const ctx = {
    inputs: { a: '', b: 'x', t: 'true', f: 'false' },
    steps: { s: { out: 'v', empty: '' } }
  };
  test.each([
    ["inputs.a || 'd'", 'd'],
    ["inputs.b || 'd'", 'x'],
    ['steps.s.outputs.empty || steps.s.outputs.out', 'v'],
    ["inputs.b && 'y' || 'z'", 'y'],
    ["inputs.a && 'y' || 'z'", 'z'],
    ["inputs.t == 'TRUE'", true],
    ["inputs.f == 'true' || inputs.t == 'true' && inputs.b == 'x'", true],
    ["!(inputs.a == '')", false],
    ["steps.nope.outputs.x == ''", true],
    ["'it''s'", "it's"]
  ] as const)('%s', (expr, want) => {
    expect(evaluate(expr, ctx)).toBe(want);
  });
  test('a boolean is written as true/false; an unsupported expression is an error, not a guess', () => {
    expect(interpolate("${{ inputs.t == 'true' || inputs.a }}", ctx)).toBe('true');
    expect(() => evaluate("startsWith(inputs.b, 'x')", ctx)).toThrow(/unsupported expression/);
  });
});

test('deploy-eks with bad inputs stops at the package step, naming every bad input, and deploys nothing', async () => {
  const r = await runComposite('deploy-eks/action.yml', {
    chart: 'charts/no-such-chart',
    'release-name': 'Frontdoor_Dev',
    namespace: 'flygtaxi-dev',
    policy: 'loose',
    kubeconfig: '/nonexistent/kubeconfig',
    'push-to': 'oci://registry.example/flygtaxi/charts'
  });
  expect(r.ok).toBe(false);
  expect(stepsRun(r)).toEqual(['node:0', 'artifacts:0', 'package:1']);
  const err = errors(r);
  for (const input of ['chart', 'release-name', 'policy']) expect(err).toMatch(new RegExp(`- ${input}: `));
  expect(r.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.outputs['revision']).toBe('');
});

test.each([
  ['no push-to and no image to put the chart next to', {}, 'push-to', /push-to is required/],
  ['an image naming no registry', { image: 'frontdoor' }, 'push-to', /image "frontdoor" names no registry/],
  [
    'a chart-ref by tag',
    { 'chart-ref': 'oci://r.example/charts/frontdoor:1.0.0' },
    'chart-ref',
    /not oci:.*@sha256/
  ],
  [
    'a push-to with a tag',
    { 'push-to': 'oci://r.example/charts:latest' },
    'push-to',
    /not oci:\/\/<registry>\/<path>/
  ]
])(
  'deploy-eks with %s: refused naming the input, before anything is packaged, pushed or deployed',
  async (_what, bad, input, message) => {
    const r = await runComposite('deploy-eks/action.yml', {
      chart: CHART,
      'release-name': 'frontdoor',
      namespace: 'flygtaxi-dev',
      kubeconfig: '/nonexistent/kubeconfig',
      ...bad
    });
    expect(r.ok).toBe(false);
    expect(stepsRun(r)).toEqual(['node:0', 'artifacts:1']);
    expect(r.stdout).toMatch(new RegExp(`^::error title=${input}::`, 'm'));
    expect(errors(r)).toMatch(message);
  }
);

test('the root action with an image-ref by tag: refused naming image-ref before anything is built', async () => {
  const r = await runComposite('action.yml', {
    'image-ref': 'registry.example/flygtaxi/frontdoor:latest',
    chart: CHART,
    'release-name': 'frontdoor',
    namespace: 'flygtaxi-dev',
    kubeconfig: '/nonexistent/kubeconfig'
  });
  expect(r.ok).toBe(false);
  expect(stepsRun(r)).toEqual(['node:0', 'artifacts:1']);
  expect(r.stdout).toMatch(/^::error title=image-ref::/m);
});

/** What promote.yml's source job reads: deploy-to-eks dry-run record of the release. */
async function record(namespace: string): Promise<Record<string, string>> {
  const r = await runDeploy({
    kubeconfig: loadStack().kubeconfig,
    'release-name': 'frontdoor',
    namespace,
    'dry-run': 'record'
  });
  expect(r.log.split('\n').filter(l => l.startsWith('::error'))).toEqual([]);
  return r.outputs;
}

describe('deploy-eks against the local cluster, the chart pushed to the local registry', () => {
  const ns = namespace('composite-eks');
  const charts = `oci://${loadStack().registryNoAuth}/composite-eks-${process.pid}/charts`;
  const image = 'registry.example/flygtaxi/frontdoor';
  const imageDigest = `sha256:${'a'.repeat(64)}`;
  const inputs = (): Record<string, string> => ({
    chart: CHART,
    'values-files': VALUES_DEV,
    'release-name': 'frontdoor',
    namespace: ns,
    kubeconfig: loadStack().kubeconfig,
    image,
    'image-digest': imageDigest,
    'push-to': charts,
    'registry-plain-http': 'true',
    timeout: '120s'
  });
  let chartRef = '';

  test('packages, verifies, pushes and installs revision 1 from the pushed chart by digest; outputs of both steps are passed through', async () => {
    const r = await runComposite('deploy-eks/action.yml', inputs(), { env: env() });
    expect(errors(r)).toBe('');
    expect(stepsRun(r)).toEqual(['node:0', 'artifacts:0', 'package:0', 'deploy:0']);
    expect(r.outputs).toMatchObject({
      revision: '1',
      changed: 'true',
      'rolled-back': 'false',
      status: 'deployed',
      'chart-name': 'frontdoor'
    });
    chartRef = r.outputs['chart-ref'] ?? '';
    expect(chartRef).toMatch(new RegExp(`^${charts}/frontdoor@sha256:[a-f0-9]{64}$`));
    expect(r.outputs['chart-digest']).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(r.outputs['chart-path']).toMatch(/frontdoor-.+\.tgz$/);
    // The deploy step was given the reference, not the local package.
    expect(r.stdout).toContain(chartRef);
  });

  test('the revision records both digests: dry-run record (what a promotion reads) returns them', async () => {
    expect(await record(ns)).toMatchObject({
      'image-ref': `${image}@${imageDigest}`,
      'chart-name': 'frontdoor',
      'chart-manifest-digest': chartRef.slice(chartRef.indexOf('@') + 1)
    });
  });

  test('the same chart, values and image again: nothing changes', async () => {
    const r = await runComposite('deploy-eks/action.yml', inputs(), { env: env() });
    expect(errors(r)).toBe('');
    expect(r.outputs).toMatchObject({ revision: '1', changed: 'false' });
    // The same package pushed again (helm stamps each push's manifest with its time, so the
    // manifest digest may differ; the package digest does not), the release still runs the first.
    expect(r.outputs['chart-ref']).toMatch(new RegExp(`^${charts}/frontdoor@sha256:[a-f0-9]{64}$`));
    expect((await record(ns))['chart-manifest-digest']).toBe(chartRef.slice(chartRef.indexOf('@') + 1));
  });

  test('the already-verified chart-ref instead of a chart: nothing packaged, the same release', async () => {
    const { chart: _chart, 'push-to': _pushTo, ...rest } = inputs();
    const r = await runComposite('deploy-eks/action.yml', { ...rest, 'chart-ref': chartRef }, { env: env() });
    expect(errors(r)).toBe('');
    expect(stepsRun(r)).toEqual(['node:0', 'artifacts:0', 'deploy:0']);
    expect(r.outputs).toMatchObject({ revision: '1', changed: 'false', 'chart-ref': chartRef });
    expect(r.outputs['chart-digest']).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(r.outputs['chart-path']).toBe('');
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
  let chartRef = '';

  test('first run: builds, pushes the image and, next to it, the chart; deploys both by digest', async () => {
    const r = await runComposite('action.yml', inputs(), { env: env(), workspace: ws });
    expect(errors(r)).toBe('');
    expect(stepsRun(r)).toEqual(['node:0', 'artifacts:0', 'build:0', 'charts:0', 'package:0', 'deploy:0']);
    digest = r.outputs['digest'] ?? '';
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(r.outputs).toMatchObject({
      'image-ref': `${loadStack().registryNoAuth}/${repository}@${digest}`,
      tag: 'frontdoor-3333333333333333333333333333333333333333',
      skipped: 'false',
      revision: '1',
      changed: 'true'
    });
    // The default chart repository: the image's registry, <prefix of its repository>/charts, plain
    // HTTP because the image's registry is insecure-registry.
    chartRef = r.outputs['chart-ref'] ?? '';
    expect(chartRef).toMatch(
      new RegExp(`^oci://${loadStack().registryNoAuth}/composite/charts/frontdoor@sha256:[a-f0-9]{64}$`)
    );
  });

  test('the revision records both digests: dry-run record returns the image and the chart it runs', async () => {
    expect(await record(ns)).toMatchObject({
      'image-ref': `${loadStack().registryNoAuth}/${repository}@${digest}`,
      'chart-name': 'frontdoor',
      'chart-manifest-digest': chartRef.slice(chartRef.indexOf('@') + 1)
    });
  });

  test('second run of the same commit: the image is reused and the release is unchanged', async () => {
    const r = await runComposite('action.yml', inputs(), { env: env(), workspace: ws });
    expect(errors(r)).toBe('');
    expect(r.outputs).toMatchObject({
      skipped: 'true',
      digest,
      revision: '1',
      changed: 'false'
    });
  });

  test('with the already-built image-ref and already-verified chart-ref: no build, no package, exactly those digests deployed', async () => {
    const {
      repository: _r,
      'image-name': _n,
      sha: _s,
      context: _c,
      builder: _b,
      chart: _ch,
      ...rest
    } = inputs();
    const imageRef = `${loadStack().registryNoAuth}/${repository}@${digest}`;
    const r = await runComposite(
      'action.yml',
      { ...rest, 'image-ref': imageRef, 'chart-ref': chartRef },
      { env: env(), workspace: ws }
    );
    expect(errors(r)).toBe('');
    expect(stepsRun(r)).toEqual(['node:0', 'artifacts:0', 'charts:0', 'deploy:0']);
    expect(r.outputs).toMatchObject({
      'image-ref': imageRef,
      image: `${loadStack().registryNoAuth}/${repository}`,
      digest,
      'chart-ref': chartRef
    });
    // Revision 2: the same image digest and chart, but no tag value any more (a build injects its
    // tag; deployed by digest, no tag is needed).
    expect(r.outputs).toMatchObject({ revision: '2', changed: 'true' });
    expect((await records(ns, 'frontdoor')).map(x => [x.revision, x.status])).toEqual([
      [1, 'superseded'],
      [2, 'deployed']
    ]);
    expect(await record(ns)).toMatchObject({
      'image-ref': imageRef,
      'chart-manifest-digest': chartRef.slice(chartRef.indexOf('@') + 1)
    });
  });

  test('with an image-ref and a chart directory: no build; the chart verified and pushed next to that image, the same release', async () => {
    const { repository: _r, 'image-name': _n, sha: _s, context: _c, builder: _b, ...rest } = inputs();
    const imageRef = `${loadStack().registryNoAuth}/${repository}@${digest}`;
    const r = await runComposite(
      'action.yml',
      { ...rest, 'image-ref': imageRef },
      { env: env(), workspace: ws }
    );
    expect(errors(r)).toBe('');
    expect(stepsRun(r)).toEqual(['node:0', 'artifacts:0', 'charts:0', 'package:0', 'deploy:0']);
    expect(r.outputs['chart-ref']).toMatch(
      new RegExp(`^oci://${loadStack().registryNoAuth}/composite/charts/frontdoor@sha256:[a-f0-9]{64}$`)
    );
    expect(r.outputs).toMatchObject({ 'image-ref': imageRef, digest, revision: '2', changed: 'false' });
  });
});
