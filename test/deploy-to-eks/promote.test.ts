/**
 * Promotion dev → staging → prod on real parts, through the steps promote.yml runs: the source's
 * record read with the source's read-only plan identity (deploy-to-eks `dry-run: record`), the
 * pinned references made by scripts/workflow/promote-source.sh, then deploy-to-eks into the target
 * with the target's own deploy identity, the image and chart by digest and the target's values.
 * The artifact is made once, as deploy.yml's build and chart jobs make it: real buildah into the
 * authenticated local registry, and the real package-and-verify bundle pushing the verified chart
 * there (`push-to`). The registry's repositories and tags are read before and after the
 * promotions: nothing was built or pushed while promoting. The plan identity's diff and its RBAC
 * refusal on a real change run on the same namespaces.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authFileContent } from '../../actions/build-push-ecr/src/privateDir';
import { runAction } from '../helpers/runAction';
import { loadStack, repoRoot, toolEnv } from '../helpers/stack';
import { makeEnvironments, type EnvName, type Environment } from './environments';
import { FIXTURE_CHART, adminKube, closeAdmin, records, runDeploy } from './helpers';

jest.setTimeout(300_000);

let envs: Record<EnvName, Environment>;
const work = mkdtempSync(join(tmpdir(), 'ft-promote-'));
const prefix = `promote-${process.pid}`;
const repo = `${prefix}/web`;
const chartRepository = () => `oci://${loadStack().registry}/${prefix}/charts`;
let imageDigest = '';
let chartRef = '';
const values: Record<EnvName, string> = { dev: '', staging: '', prod: '' };
const IMAGE = () => `${loadStack().registry}/${repo}`;

function basicAuth(): string {
  const s = loadStack();
  return `Basic ${Buffer.from(`${s.registryUser}:${s.registryPassword}`).toString('base64')}`;
}

async function registryGet(path: string): Promise<unknown> {
  const res = await fetch(`http://${loadStack().registry}${path}`, {
    headers: { Authorization: basicAuth() }
  });
  return res.json();
}

/** Every repository of this test and its tags, as the registry lists them. */
async function registryContents(): Promise<Record<string, string[]>> {
  const { repositories = [] } = (await registryGet('/v2/_catalog?n=1000')) as { repositories?: string[] };
  const out: Record<string, string[]> = {};
  for (const r of repositories.filter(r => r.startsWith(`${prefix}/`)))
    out[r] = (((await registryGet(`/v2/${r}/tags/list`)) as { tags?: string[] }).tags ?? []).sort();
  return out;
}

function tool(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { env: toolEnv(), encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

const creds = () => ({
  'registry-username': loadStack().registryUser,
  'registry-password': loadStack().registryPassword,
  'registry-plain-http': 'true'
});

beforeAll(async () => {
  const s = loadStack();
  envs = await makeEnvironments('pr');
  for (const [env, replicas] of [
    ['dev', 1],
    ['staging', 2],
    ['prod', 3]
  ] as const) {
    values[env] = join(work, `values-${env}.yaml`);
    writeFileSync(values[env], `replicaCount: ${replicas}\nmessage: hello from ${env}\n`);
  }
  // Built once, as deploy.yml's build job does: real buildah into the authenticated registry.
  mkdirSync(join(work, 'ctx'));
  writeFileSync(join(work, 'ctx', 'app.txt'), `app ${Date.now()}\n`);
  writeFileSync(join(work, 'ctx', 'Dockerfile'), 'FROM scratch\nCOPY app.txt /app.txt\n');
  writeFileSync(join(work, 'auth.json'), authFileContent(s.registry, s.registryUser, s.registryPassword), {
    mode: 0o600
  });
  const local = `localhost/${repo}:build`;
  tool('buildah', ['build', '--quiet', '-t', local, join(work, 'ctx')]);
  tool('buildah', [
    'push',
    '--authfile',
    join(work, 'auth.json'),
    '--tls-verify=false',
    '--digestfile',
    join(work, 'digest'),
    local,
    `docker://${IMAGE()}:web-abc1234`
  ]);
  imageDigest = readFileSync(join(work, 'digest'), 'utf8').trim();
  tool('buildah', ['rmi', '-f', local]);
  // Packaged, verified and pushed once, as deploy.yml's chart job does (the real bundle).
  const pkg = await runAction('package-and-verify-helm-chart', {
    chart: FIXTURE_CHART,
    'release-name': 'web',
    namespace: envs.dev.namespace,
    'values-files': values.dev,
    'required-kinds': 'Deployment,Service',
    policy: 'off',
    destination: join(work, 'pkg'),
    'push-to': chartRepository(),
    ...creds()
  });
  if (pkg.exitCode !== 0) throw new Error(`package-and-verify failed:\n${pkg.stdout}${pkg.stderr}`);
  chartRef = pkg.outputs['chart-ref'] ?? '';
  if (!/^oci:\/\/.+@sha256:[0-9a-f]{64}$/.test(chartRef))
    throw new Error(`no chart-ref: ${JSON.stringify(pkg.outputs)}`);
}, 300_000);
afterAll(() => closeAdmin());

interface Source {
  ok: boolean;
  log: string;
  image?: string;
  chartRef?: string;
}

/** promote.yml's source job: the record with the source's plan identity, then promote-source.sh. */
async function readSource(from: Environment, to: EnvName): Promise<Source> {
  const rec = await runDeploy({
    kubeconfig: from.planKubeconfig,
    'release-name': 'web',
    namespace: from.namespace,
    'dry-run': 'record'
  });
  if (!rec.ok) return { ok: false, log: rec.log };
  const out = join(mkdtempSync(join(tmpdir(), 'ft-promote-out-')), 'out');
  writeFileSync(out, '');
  const r = spawnSync('bash', [join(repoRoot, 'scripts/workflow/promote-source.sh')], {
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'],
      GITHUB_OUTPUT: out,
      FROM: from.name,
      TO: to,
      IMAGE_REF: rec.outputs['image-ref'],
      CHART_REPOSITORY: chartRepository(),
      CHART_NAME: rec.outputs['chart-name'],
      CHART_MANIFEST: rec.outputs['chart-manifest-digest']
    }
  });
  if (r.status !== 0) return { ok: false, log: rec.log + r.stdout };
  const text = readFileSync(out, 'utf8');
  const get = (name: string) => new RegExp(`^${name}<<(\\S+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(text)?.[2];
  return { ok: true, log: rec.log, image: get('image'), chartRef: get('chart-ref') };
}

/** deploy.yml's deploy job with an image and a chart reference given (no build, no package). */
function deployTo(
  to: Environment,
  image: string,
  chart: string,
  kubeconfig = to.deployKubeconfig,
  valuesFile = values[to.name]
) {
  const at = image.indexOf('@');
  return runDeploy({
    kubeconfig,
    'release-name': 'web',
    namespace: to.namespace,
    'create-namespace': 'false',
    chart,
    'values-files': valuesFile,
    image: image.slice(0, at),
    'image-digest': image.slice(at + 1),
    timeout: '60s',
    ...creds()
  });
}

async function deploymentOf(env: Environment): Promise<{ replicas: number; message: string; image: string }> {
  const d = await (
    await adminKube()
  ).get<{
    spec: {
      replicas: number;
      template: { spec: { containers: { image: string; env?: { name: string; value: string }[] }[] } };
    };
  }>(`/apis/apps/v1/namespaces/${env.namespace}/deployments/web`);
  const c = d.spec.template.spec.containers[0];
  return {
    replicas: d.spec.replicas,
    message: c?.env?.find(e => e.name === 'MESSAGE')?.value ?? c?.env?.[0]?.value ?? '',
    image: c?.image ?? ''
  };
}

describe('promotion dev → staging → prod (three namespaces, each with its own deploy and plan identity)', () => {
  test('a promotion from an environment without a successful revision is refused, naming why; nothing changed', async () => {
    const before = await registryContents();
    const src = await readSource(envs.staging, 'prod');
    expect(src.ok).toBe(false);
    expect(src.log).toMatch(/no successful revision/);
    expect(src.log).toContain(envs.staging.namespace);
    expect(src.log).not.toMatch(/^(::error::)?Unexpected error: |\n\s+at /m);
    expect(await records(envs.prod.namespace, 'web')).toEqual([]);
    expect(await records(envs.staging.namespace, 'web')).toEqual([]);
    expect(await registryContents()).toEqual(before);
  });

  test('prod runs the digests dev tested, with its own values; nothing was built or pushed while promoting', async () => {
    const first = await deployTo(envs.dev, `${IMAGE()}@${imageDigest}`, chartRef);
    expect(first.log).not.toMatch(/^(::error::)?Unexpected error: /m);
    expect(first.ok).toBe(true);
    const before = await registryContents();
    expect(Object.keys(before).sort()).toEqual([repo, `${prefix}/charts/web`].sort());
    expect(before[repo]).toEqual(['web-abc1234']);

    for (const [from, to] of [
      ['dev', 'staging'],
      ['staging', 'prod']
    ] as const) {
      const src = await readSource(envs[from], to);
      expect({ ok: src.ok, image: src.image, chartRef: src.chartRef }).toEqual({
        ok: true,
        image: `${IMAGE()}@${imageDigest}`,
        chartRef
      });
      const r = await deployTo(envs[to], src.image as string, src.chartRef as string);
      expect(r.log).not.toMatch(/^(::error::)?Unexpected error: /m);
      expect(r.ok).toBe(true);
      // The target's own credentials read the image by digest before anything changed.
      expect(r.log).toContain(
        `Image ${src.image} is readable by this job: registry ${loadStack().registry} returned its manifest as user ${loadStack().registryUser} (registry-username / registry-password)`
      );
      expect(r.outputs).toMatchObject({ 'image-digest': imageDigest, revision: '1' });
    }
    // The records: what prod runs is what dev ran, image and chart.
    const recordOf = async (env: Environment) => {
      const rec = await runDeploy({
        kubeconfig: env.planKubeconfig,
        'release-name': 'web',
        namespace: env.namespace,
        'dry-run': 'record'
      });
      expect(rec.ok).toBe(true);
      return {
        image: rec.outputs['image-digest'],
        chart: rec.outputs['chart-digest'],
        manifest: rec.outputs['chart-manifest-digest']
      };
    };
    const dev = await recordOf(envs.dev);
    expect(dev.image).toBe(imageDigest);
    expect(dev.chart).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(chartRef.endsWith(`@${dev.manifest}`)).toBe(true);
    expect(await recordOf(envs.staging)).toEqual(dev);
    expect(await recordOf(envs.prod)).toEqual(dev);
    // Each target got its own values; the image is pinned by the digest built once.
    expect(await deploymentOf(envs.prod)).toEqual({
      replicas: 3,
      message: 'hello from prod',
      image: `${IMAGE()}@${imageDigest}`
    });
    expect(await deploymentOf(envs.staging)).toMatchObject({ replicas: 2, message: 'hello from staging' });
    // The registry holds exactly what it held before the promotions: no build, no push.
    expect(await registryContents()).toEqual(before);
  });

  test('the plan identity reads the diff of a values change; the same change with it is an RBAC refusal', async () => {
    const change = join(work, 'values-prod-change.yaml');
    writeFileSync(change, 'replicaCount: 4\nmessage: hello from prod\n');
    const before = await records(envs.prod.namespace, 'web');
    const diff = await runDeploy({
      kubeconfig: envs.prod.planKubeconfig,
      'release-name': 'web',
      namespace: envs.prod.namespace,
      chart: chartRef,
      'values-files': change,
      image: IMAGE(),
      'image-digest': imageDigest,
      'dry-run': 'diff',
      ...creds()
    });
    expect(diff.log).not.toMatch(/^(::error::)?Unexpected error: /m);
    expect(diff.ok).toBe(true);
    const file = diff.outputs['diff-file'] ?? '';
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^-\s+replicas: 3$/m);
    expect(text).toMatch(/^\+\s+replicas: 4$/m);
    expect(diff.summary).toContain('replicas');

    // The same change applied with the read-only identity: the API server's RBAC refuses it.
    const write = await deployTo(
      envs.prod,
      `${IMAGE()}@${imageDigest}`,
      chartRef,
      envs.prod.planKubeconfig,
      change
    );
    expect(write.ok).toBe(false);
    expect(write.log).toMatch(/forbidden/i);
    expect(write.log).toContain(`system:serviceaccount:${envs.prod.namespace}:planner`);
    expect(await records(envs.prod.namespace, 'web')).toEqual(before);
    expect((await deploymentOf(envs.prod)).replicas).toBe(3);
  });

  test('an artifact the target cannot pull (no credentials for the registry): refused before anything changes', async () => {
    const before = await records(envs.staging.namespace, 'web');
    const at = `${IMAGE()}@${imageDigest}`.indexOf('@');
    const r = await runDeploy({
      kubeconfig: envs.staging.deployKubeconfig,
      'release-name': 'web',
      namespace: envs.staging.namespace,
      'create-namespace': 'false',
      chart: chartRef,
      'values-files': join(work, 'values-prod-change.yaml'),
      image: `${IMAGE()}@${imageDigest}`.slice(0, at),
      'image-digest': imageDigest,
      'registry-username': loadStack().registryUser,
      'registry-password': 'not-the-password',
      'registry-plain-http': 'true'
    });
    expect(r.ok).toBe(false);
    // Refused naming the registry the target cannot pull from (wording: deploy-to-eks's).
    expect(r.log).toMatch(
      new RegExp(`::error::.*${loadStack().registry.replace(/[.]/g, '\\.')}.*(401|unauthorized|denied)`)
    );
    // The password reaches the log only as the runner's own mask command.
    expect(
      r.log.split('\n').filter(l => l.includes('not-the-password') && l !== '::add-mask::not-the-password')
    ).toEqual([]);
    expect(await records(envs.staging.namespace, 'web')).toEqual(before);
  });

  test('an image the target cannot read (its credentials for the image registry are refused): refused before anything changes, naming the image', async () => {
    // The same registry under another host name stands in for the build account's registry: the
    // chart (127.0.0.1:<port>) pulls with the target's registry-* inputs, the image's registry
    // (localhost:<port>) gets the runner's auth file, whose password the registry refuses.
    const s = loadStack();
    const alias = s.registry.replace(/^127\.0\.0\.1:/, 'localhost:');
    const authFile = join(work, 'target-auth.json');
    writeFileSync(
      authFile,
      JSON.stringify({
        auths: { [alias]: { auth: Buffer.from(`${s.registryUser}:stale-password`).toString('base64') } }
      }),
      { mode: 0o600 }
    );
    const conf = join(work, 'target-registries.conf');
    writeFileSync(conf, `[[registry]]\nlocation = "${alias}"\ninsecure = true\n`);
    const before = await records(envs.staging.namespace, 'web');
    const registryBefore = await registryContents();
    const image = `${alias}/${repo}@${imageDigest}`;
    const at = image.indexOf('@');
    const r = await runDeploy(
      {
        kubeconfig: envs.staging.deployKubeconfig,
        'release-name': 'web',
        namespace: envs.staging.namespace,
        'create-namespace': 'false',
        chart: chartRef,
        'values-files': join(work, 'values-prod-change.yaml'),
        image: image.slice(0, at),
        'image-digest': imageDigest,
        ...creds()
      },
      {},
      { REGISTRY_AUTH_FILE: authFile, CONTAINERS_REGISTRIES_CONF: conf }
    );
    expect(r.ok).toBe(false);
    expect(r.log).toContain(
      `::error::registry ${alias} refused to let user ${s.registryUser} (auths["${alias}"] in ${authFile}) read image ${image}`
    );
    expect(r.log).toMatch(/; nothing was changed$/m);
    expect(r.log).not.toMatch(/\n\s+at /);
    expect(
      r.log.split('\n').filter(l => l.includes('stale-password') && l !== '::add-mask::stale-password')
    ).toEqual([]);
    expect(await records(envs.staging.namespace, 'web')).toEqual(before);
    expect(await registryContents()).toEqual(registryBefore);
  });

  test("the plan identity of one environment cannot even read another's releases", async () => {
    const r = await runDeploy({
      kubeconfig: envs.prod.planKubeconfig,
      'release-name': 'web',
      namespace: envs.dev.namespace,
      'dry-run': 'record'
    });
    expect(r.ok).toBe(false);
    expect(r.log).toMatch(/forbidden/i);
  });
});
