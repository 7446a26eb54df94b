/**
 * The adoption path run for real under act (issue #15): the starter workflows as a user copies
 * them, calling `flygtaxi/flygtaxi-actions/.github/workflows/deploy.yml@v1`, and a user's own job
 * with `uses: flygtaxi/flygtaxi-actions@v1` and `…/deploy-eks@v1`, from a consumer repository
 * (actHarness.ts), on the host, against the local stack. Every run is checked on the cluster and
 * in the registry afterwards, not only in the log.
 *
 * How the consumer reaches the local stack is the documented way for a cluster that is not EKS
 * and a registry that is not ECR (docs/usage.md): the FLYGTAXI_REGISTRY* / FLYGTAXI_BUILD_ARGS
 * variables and the FLYGTAXI_KUBECONFIG / FLYGTAXI_REGISTRY_PASSWORD secrets. act leaves
 * job.workflow_repository / job.workflow_sha empty, so FLYGTAXI_ACTIONS_REPOSITORY /
 * FLYGTAXI_ACTIONS_REF (the GitHub Enterprise Server set-up) name the copy under test.
 *
 * The one change to the copied starters: `smoke-path: /health` is dropped, because kwok's pods
 * run no containers, so a smoke request cannot pass (test/deploy-to-eks/smokeNetns.test.ts proves
 * the smoke path against a real process instead).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActHarness, type ActRun, jobSucceeded, pinned } from './actHarness';
import { closeAdmin, records } from '../deploy-to-eks/helpers';
import {
  CHART_MANIFEST_LABEL,
  IMAGE_DIGEST_LABEL,
  labelToDigest
} from '../../actions/deploy-to-eks/src/steps/record';
import {
  environmentIn,
  operatorKindsForAdmin,
  type EnvName,
  type Environment
} from '../deploy-to-eks/environments';
import { kubeRequest, loadStack, repoRoot, stackDir, toolEnv } from '../helpers/stack';

jest.setTimeout(900_000);

const h = new ActHarness();
const timings: Record<string, number> = {};
let vars: Record<string, string> = {};
let secrets: Record<string, string> = {};
const envs = {} as Record<EnvName, Environment>;
/** What the composites deployed, for the promotion of their revision. */
let composite = { image: '', chartManifest: '' };

const starter = (name: string): string =>
  readFileSync(join(repoRoot, 'workflows-templates', name), 'utf8').replace(
    /^\s*smoke-path: \/health\n/m,
    ''
  );

/** A user's own job with the composites; registry and cluster as in the starters' set-up. */
const COMPOSITES = `name: Composites
on: workflow_dispatch
permissions: {}
jobs:
  pipeline:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: ${pinned('actions/checkout')}
        with:
          persist-credentials: false
      - name: Node on PATH
        run: |
          node -e 'console.log("node on PATH is " + process.version)'
      - id: pipeline
        uses: flygtaxi/flygtaxi-actions@v1
        with:
          registry: \${{ vars.FLYGTAXI_REGISTRY }}
          username: \${{ vars.FLYGTAXI_REGISTRY_USERNAME }}
          password: \${{ secrets.FLYGTAXI_REGISTRY_PASSWORD }}
          insecure-registry: \${{ vars.FLYGTAXI_INSECURE_REGISTRY }}
          build-args: \${{ vars.FLYGTAXI_BUILD_ARGS }}
          repository: composites/frontdoor
          image-name: frontdoor
          context: example-app
          chart: charts/frontdoor
          values-files: charts/frontdoor/values-dev.yaml
          release-name: composite-frontdoor
          namespace: flygtaxi-composites
          kubeconfig: \${{ secrets.FLYGTAXI_KUBECONFIG }}
          timeout: 60s
      # The chart the pipeline verified and pushed, by digest: nothing is packaged again.
      - id: again
        uses: flygtaxi/flygtaxi-actions/deploy-eks@v1
        with:
          chart-ref: \${{ steps.pipeline.outputs.chart-ref }}
          registry-username: \${{ vars.FLYGTAXI_REGISTRY_USERNAME }}
          registry-password: \${{ secrets.FLYGTAXI_REGISTRY_PASSWORD }}
          registry-plain-http: \${{ vars.FLYGTAXI_INSECURE_REGISTRY }}
          values-files: charts/frontdoor/values-dev.yaml
          release-name: composite-frontdoor
          namespace: flygtaxi-composites
          kubeconfig: \${{ secrets.FLYGTAXI_KUBECONFIG }}
          image: \${{ steps.pipeline.outputs.image }}
          image-tag: \${{ steps.pipeline.outputs.tag }}
          image-digest: \${{ steps.pipeline.outputs.digest }}
          timeout: 60s
      - name: Outputs of both composites
        env:
          IMAGE_REF: \${{ steps.pipeline.outputs.image-ref }}
          CHART_REF: \${{ steps.pipeline.outputs.chart-ref }}
          FIRST: \${{ steps.pipeline.outputs.revision }}
          CHANGED: \${{ steps.again.outputs.changed }}
          AGAIN_CHART_REF: \${{ steps.again.outputs.chart-ref }}
        run: |
          echo "composite outputs image-ref=$IMAGE_REF revision=$FIRST again-changed=$CHANGED"
          echo "composite chart-ref=$CHART_REF again-chart-ref=$AGAIN_CHART_REF"

  failing:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: ${pinned('actions/checkout')}
        with:
          persist-credentials: false
      - uses: flygtaxi/flygtaxi-actions/deploy-eks@v1
        with:
          chart: charts/frontdoor
          values-files: charts/frontdoor/values-dev.yaml
          release-name: composite-frontdoor
          namespace: flygtaxi-composites
          kubeconfig: \${{ secrets.FLYGTAXI_KUBECONFIG }}
          image: registry.example/frontdoor
          image-digest: sha256:${'c'.repeat(64)}
          # The verified chart goes to the registry the consumer has; registry.example has none.
          push-to: oci://\${{ vars.FLYGTAXI_REGISTRY }}/composites/charts
          registry-username: \${{ vars.FLYGTAXI_REGISTRY_USERNAME }}
          registry-password: \${{ secrets.FLYGTAXI_REGISTRY_PASSWORD }}
          registry-plain-http: \${{ vars.FLYGTAXI_INSECURE_REGISTRY }}
          # kwok keeps these pods crash-looping: the rollout fails and is rolled back.
          set: podAnnotations.flygtaxi\\.test/kwok-fail=crashloop
          timeout: 20s
`;

/**
 * A promotion of what the composites deployed (flygtaxi-composites) to another namespace, through
 * the reusable promote.yml as a consumer calls it; the source and target are reached with the
 * admin credential (the composites' own), the chart repository is where the root composite pushed
 * the chart by default (next to its image: composites/charts). The target stands for a split
 * registry: copy-to names a repository in the stack's other registry (FLYGTAXI_SPLIT_REGISTRY, no
 * auth), so the image is copied there by digest before the target's plan and deploy.
 */
const PROMOTE_COMPOSITE = `name: Promote the composites' release
on: workflow_dispatch
permissions: {}
jobs:
  promote:
    permissions:
      contents: read
      id-token: write
    uses: flygtaxi/flygtaxi-actions/.github/workflows/promote.yml@v1
    secrets:
      source-kubeconfig: \${{ secrets.FLYGTAXI_KUBECONFIG }}
      kubeconfig: \${{ secrets.FLYGTAXI_KUBECONFIG }}
      plan-kubeconfig: \${{ secrets.FLYGTAXI_KUBECONFIG }}
      registry-password: \${{ secrets.FLYGTAXI_REGISTRY_PASSWORD }}
    with:
      from: composites
      to: composites-promoted
      from-release: composite-frontdoor
      from-namespace: flygtaxi-composites
      release: composite-frontdoor
      namespace: flygtaxi-composites-promoted
      chart: charts/frontdoor
      values-file: charts/frontdoor/values-dev.yaml
      chart-repository: oci://\${{ vars.FLYGTAXI_REGISTRY }}/composites/charts
      registry-username: \${{ vars.FLYGTAXI_REGISTRY_USERNAME }}
      insecure-registry: \${{ vars.FLYGTAXI_INSECURE_REGISTRY }}
      copy-to: \${{ vars.FLYGTAXI_SPLIT_REGISTRY }}/composites-promoted/frontdoor
      copy-insecure: 'true'
      timeout: 60s
`;

const dispatch = (inputs: Record<string, string>): unknown => ({
  // As `gh workflow run deploy-frontdoor.yml -f environment=dev -f branch=main -f runner=ubuntu-latest` sends it.
  ref: 'refs/heads/main',
  inputs: { environment: 'dev', branch: 'main', runner: 'ubuntu-latest', ...inputs }
});

async function manifestDigest(repository: string, tag: string): Promise<string | undefined> {
  const s = loadStack();
  const res = await fetch(`http://${s.registry}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      Authorization: `Basic ${Buffer.from(`${s.registryUser}:${s.registryPassword}`).toString('base64')}`,
      Accept: [
        'application/vnd.oci.image.index.v1+json',
        'application/vnd.oci.image.manifest.v1+json',
        'application/vnd.docker.distribution.manifest.v2+json',
        'application/vnd.docker.distribution.manifest.list.v2+json'
      ].join(', ')
    }
  });
  return res.ok ? (res.headers.get('docker-content-digest') ?? undefined) : undefined;
}

async function repositories(): Promise<string[]> {
  const s = loadStack();
  const res = await fetch(`http://${s.registry}/v2/_catalog`, {
    headers: {
      Authorization: `Basic ${Buffer.from(`${s.registryUser}:${s.registryPassword}`).toString('base64')}`
    }
  });
  return ((await res.json()) as { repositories?: string[] }).repositories ?? [];
}

async function tags(repository: string): Promise<string[]> {
  const s = loadStack();
  const res = await fetch(`http://${s.registry}/v2/${repository}/tags/list`, {
    headers: {
      Authorization: `Basic ${Buffer.from(`${s.registryUser}:${s.registryPassword}`).toString('base64')}`
    }
  });
  return res.ok ? (((await res.json()) as { tags?: string[] }).tags ?? []).sort() : [];
}

/**
 * The repositories these workflows push to (the starters' ecr-repository flygtaxi/frontdoor and
 * FLYGTAXI_CHART_REPOSITORY flygtaxi/charts). The registry is shared with the other test files
 * running at the same time, whose own repositories come and go during a run.
 */
const ours = (repository: string): boolean => repository.startsWith('flygtaxi/');

/** Every repository of ours in the registry with its tags: what a run pushed, read from the registry. */
async function registryContents(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const r of (await repositories()).filter(ours)) out[r] = await tags(r);
  return out;
}

async function deploymentReplicas(namespace: string, name: string): Promise<number | undefined> {
  const r = await kubeRequest('GET', `/apis/apps/v1/namespaces/${namespace}/deployments/${name}`);
  return r.status === 200 ? (r.body as { spec: { replicas: number } }).spec.replicas : undefined;
}

async function deploymentImage(namespace: string, name: string): Promise<string | undefined> {
  const r = await kubeRequest('GET', `/apis/apps/v1/namespaces/${namespace}/deployments/${name}`);
  if (r.status !== 200) return undefined;
  const d = r.body as { spec: { template: { spec: { containers: { image: string }[] } } } };
  return d.spec.template.spec.containers[0]?.image;
}

async function podTemplateAnnotations(namespace: string, name: string): Promise<Record<string, string>> {
  const r = await kubeRequest('GET', `/apis/apps/v1/namespaces/${namespace}/deployments/${name}`);
  const d = r.body as { spec: { template: { metadata?: { annotations?: Record<string, string> } } } };
  return d.spec.template.metadata?.annotations ?? {};
}

async function namespaceExists(name: string): Promise<boolean> {
  return (await kubeRequest('GET', `/api/v1/namespaces/${name}`)).status === 200;
}

/** What act reports as failed: error annotations the steps raised (❗), failed steps and jobs. */
const failures = (r: ActRun): string[] =>
  r.log.split('\n').filter(l => /❗|❌ {2}Failure|Job failed|^Error:/.test(l));

beforeAll(async () => {
  const s = loadStack();
  // dev, staging and prod: each namespace with its own deploy and read-only plan identity, RBAC
  // as terraform/modules/github-oidc grants it (test/deploy-to-eks/environments.ts).
  for (const name of ['dev', 'staging', 'prod'] as const)
    envs[name] = await environmentIn(name, `flygtaxi-${name}`);
  // staging's and prod's values turn on the chart's ServiceMonitor/ExternalSecret: a cluster that
  // runs those operators (their real CRDs, no controllers).
  await operatorKindsForAdmin();
  // The promotion target of the composites' release exists (promote.yml does not create namespaces).
  await kubeRequest('POST', '/api/v1/namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'flygtaxi-composites-promoted' }
  });
  const images = spawnSync('bash', [join(repoRoot, 'scripts', 'base-images.sh')], {
    env: toolEnv({ FT_STACK_DIR: stackDir() }),
    encoding: 'utf8',
    timeout: 300_000
  });
  if (images.status !== 0)
    throw new Error(`scripts/base-images.sh failed:\n${images.stdout}\n${images.stderr}`);
  const buildArgs = images.stdout
    .split('\n')
    .filter(l => /^(BUILD|RUNTIME)_IMAGE=\S+$/.test(l))
    .join('\n');
  vars = {
    FLYGTAXI_AWS_REGION: s.aws.region,
    FLYGTAXI_REGISTRY: s.registry,
    FLYGTAXI_REGISTRY_USERNAME: s.registryUser,
    FLYGTAXI_INSECURE_REGISTRY: 'true',
    FLYGTAXI_BUILD_ARGS: buildArgs,
    FLYGTAXI_CHART_REPOSITORY: `oci://${s.registry}/flygtaxi/charts`,
    // The split target of the composites' promotion (promote.yml copy-to).
    FLYGTAXI_SPLIT_REGISTRY: s.registryNoAuth,
    FLYGTAXI_ACTIONS_REPOSITORY: 'flygtaxi/flygtaxi-actions',
    FLYGTAXI_ACTIONS_REF: ''
  };
  secrets = {
    // The composites create their own namespace: the admin credential. The deploy starters'
    // plan jobs read with dev's read-only identity; promote and rollback use each environment's own.
    FLYGTAXI_KUBECONFIG: readFileSync(s.kubeconfig, 'utf8'),
    FLYGTAXI_PLAN_KUBECONFIG: envs.dev.planKubeconfig,
    FLYGTAXI_DEV_PLAN_KUBECONFIG: envs.dev.planKubeconfig,
    FLYGTAXI_STAGING_KUBECONFIG: envs.staging.deployKubeconfig,
    FLYGTAXI_STAGING_PLAN_KUBECONFIG: envs.staging.planKubeconfig,
    FLYGTAXI_PROD_KUBECONFIG: envs.prod.deployKubeconfig,
    FLYGTAXI_PROD_PLAN_KUBECONFIG: envs.prod.planKubeconfig,
    FLYGTAXI_REGISTRY_PASSWORD: s.registryPassword
  };
  process.env.CONTAINERS_STORAGE_CONF = s.containersStorageConf;
  process.env.CONTAINERS_REGISTRIES_CONF = s.containersRegistriesConf;
  h.setUp({
    '.github/workflows/deploy-frontdoor.yml': starter('deploy-frontdoor.yml'),
    '.github/workflows/deploy-frontdoor-dev.yml': starter('deploy-frontdoor-dev.yml'),
    '.github/workflows/promote-frontdoor.yml': starter('promote-frontdoor.yml'),
    '.github/workflows/rollback-frontdoor.yml': starter('rollback-frontdoor.yml'),
    '.github/workflows/composites.yml': COMPOSITES,
    '.github/workflows/promote-composites.yml': PROMOTE_COMPOSITE
  });
  vars['FLYGTAXI_ACTIONS_REF'] = h.actionsSha;
}, 600_000);

afterAll(() => {
  closeAdmin();
  console.log(
    `act runs (ms): ${Object.entries(timings)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`
  );
});

const run = async (name: string, o: Parameters<ActHarness['run']>[0]): Promise<ActRun> => {
  const r = await h.run({ vars, secrets, ...o });
  timings[name] = r.ms;
  return r;
};

describe('starter workflows through the reusable workflow (stand-ins: actions/checkout, upload/download-artifact — they cannot be fetched offline)', () => {
  const repo = 'flygtaxi/frontdoor';
  let first: ActRun;
  let tag = '';

  test('workflow_dispatch (environment/branch/runner from an event file): built, pushed, verified, the artifact digest checked, deployed', async () => {
    first = await run('dispatch', {
      workflow: '.github/workflows/deploy-frontdoor.yml',
      event: 'workflow_dispatch',
      payload: dispatch({})
    });
    expect({ code: first.code, failures: failures(first) }).toEqual({ code: 0, failures: [] });
    for (const job of [
      'Resolve commit and artifacts',
      'Build and push image',
      'Package and verify chart',
      'Plan for dev (diff, read-only)',
      'Deploy to dev'
    ])
      expect(jobSucceeded(first.log, job)).toBe(true);
    // One commit for every job (#17.7), resolved by the first.
    expect(first.log).toContain(`ref resolved to ${h.head()}; every job of this run checks out that commit`);
    // The chart went to the chart repository and was deployed from there by digest.
    expect(first.log).toMatch(
      /chart oci:\/\/[^ ]+\/charts\/frontdoor@sha256:[0-9a-f]{64} \(pulled and checked/
    );

    tag = `frontdoor-${h.head()}`;
    const digest = await manifestDigest(repo, tag);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    // #17.8: before the environment's job, only the immutable <image-name>-<sha> tag was pushed.
    expect(await tags(repo)).toEqual([tag]);
    // The build job's outputs reached the deploy job through needs: the release runs that digest.
    expect(await deploymentImage('flygtaxi-dev', 'flygtaxi-dev-frontdoor')).toBe(
      `${loadStack().registry}/${repo}@${digest}`
    );
    const rs = await records('flygtaxi-dev', 'flygtaxi-dev-frontdoor');
    expect(rs.map(r => [r.revision, r.status])).toEqual([[1, 'deployed']]);
    // Every action wrote its job summary.
    const summaries = first.summaries.join('\n');
    for (const heading of [
      'build-push-ecr: built and pushed',
      'Helm chart frontdoor',
      'deploy-to-eks: flygtaxi-dev-frontdoor'
    ])
      expect(summaries).toContain(heading);
  });

  test('the same dispatch again: nothing rebuilt, the release unchanged, faster', async () => {
    const again = await run('dispatch-again', {
      workflow: '.github/workflows/deploy-frontdoor.yml',
      event: 'workflow_dispatch',
      payload: dispatch({})
    });
    expect({ code: again.code, failures: failures(again) }).toEqual({ code: 0, failures: [] });
    expect(again.log).toMatch(/already exists|skipp/i);
    const rs = await records('flygtaxi-dev', 'flygtaxi-dev-frontdoor');
    expect(rs.map(r => [r.revision, r.status])).toEqual([[1, 'deployed']]);
    expect(again.ms).toBeLessThan(first.ms);
  });

  test('the push-triggered dev starter deploys a new commit as revision 2', async () => {
    const sha = h.commit({ 'example-app/VERSION': 'push run\n' }, 'a change to the service');
    const r = await run('push', {
      workflow: '.github/workflows/deploy-frontdoor-dev.yml',
      event: 'push',
      payload: {
        ref: 'refs/heads/main',
        after: sha,
        head_commit: { id: sha, message: 'a change to the service' }
      }
    });
    expect({ code: r.code, failures: failures(r) }).toEqual({ code: 0, failures: [] });
    const digest = await manifestDigest(repo, `frontdoor-${sha}`);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await deploymentImage('flygtaxi-dev', 'flygtaxi-dev-frontdoor')).toBe(
      `${loadStack().registry}/${repo}@${digest}`
    );
    const rs = await records('flygtaxi-dev', 'flygtaxi-dev-frontdoor');
    expect(rs.find(x => x.revision === 2)?.status).toBe('deployed');
  });

  test('a malformed environment name is refused, by name, before any job builds, pushes or deploys', async () => {
    const before = (await repositories()).filter(ours);
    const r = await run('malformed', {
      workflow: '.github/workflows/deploy-frontdoor.yml',
      event: 'workflow_dispatch',
      payload: dispatch({ environment: 'dev;rm' })
    });
    expect(r.code).not.toBe(0);
    expect(r.log).toContain('environment "dev;rm" is not valid');
    expect(jobSucceeded(r.log, 'Build and push image')).toBe(false);
    expect(r.log).not.toMatch(/Deploy to dev;rm\s*\] ⭐ Run/);
    expect((await repositories()).filter(ours)).toEqual(before);
    expect(await namespaceExists('flygtaxi-dev;rm')).toBe(false);
  });
});

describe('a consumer job with the composites (stand-in: actions/checkout)', () => {
  test('root action.yml builds, pushes and deploys; deploy-eks@v1 after it changes nothing; Node 24 runs them', async () => {
    const r = await run('composites', {
      workflow: '.github/workflows/composites.yml',
      event: 'workflow_dispatch',
      job: 'pipeline'
    });
    expect({ code: r.code, failures: failures(r) }).toEqual({ code: 0, failures: [] });
    expect(r.log).toMatch(/node on PATH is v24\./);
    const digest = await manifestDigest('composites/frontdoor', `frontdoor-${h.head()}`);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.log).toContain(
      `composite outputs image-ref=${loadStack().registry}/composites/frontdoor@${digest} revision=1 again-changed=false`
    );
    expect(await deploymentImage('flygtaxi-composites', 'composite-frontdoor')).toBe(
      `${loadStack().registry}/composites/frontdoor@${digest}`
    );
    // The chart went next to the image (composites/charts, the image's credentials) and the
    // release runs it by digest; deploy-eks@v1 with that chart-ref packaged nothing.
    const m =
      /composite chart-ref=(oci:\/\/\S+\/composites\/charts\/frontdoor@(sha256:[0-9a-f]{64})) again-chart-ref=(\S+)/.exec(
        r.log
      );
    expect(m?.[3]).toBe(m?.[1]);
    const latest = (await records('flygtaxi-composites', 'composite-frontdoor')).reduce((a, b) =>
      b.revision > a.revision ? b : a
    );
    expect(labelToDigest(latest.labels[CHART_MANIFEST_LABEL])).toBe(m?.[2]);
    expect(labelToDigest(latest.labels[IMAGE_DIGEST_LABEL])).toBe(digest);
    composite = {
      image: `${loadStack().registry}/composites/frontdoor@${digest}`,
      chartManifest: m?.[2] ?? ''
    };
  });

  test("promote.yml promotes the composites' revision into a split registry: the image copied by digest first, the chart digest it records, no build", async () => {
    expect(composite.chartManifest).toMatch(/^sha256:/);
    const composites = async (): Promise<Record<string, string[]>> => {
      const out: Record<string, string[]> = {};
      for (const repo of (await repositories()).filter(x => x.startsWith('composites/')))
        out[repo] = await tags(repo);
      return out;
    };
    const before = await composites();
    const r = await run('promote-composites', {
      workflow: '.github/workflows/promote-composites.yml',
      event: 'workflow_dispatch'
    });
    expect({ code: r.code, failures: failures(r) }).toEqual({ code: 0, failures: [] });
    for (const job of [
      'Read what composites runs',
      "Copy the image to composites-promoted's registry",
      'Plan for composites-promoted (diff, read-only)',
      'Deploy to composites-promoted'
    ])
      expect({ job, ok: jobSucceeded(r.log, job) }).toEqual({ job, ok: true });
    expect(r.log).not.toMatch(/Build and push image\s*\] ⭐ Run/);
    expect(r.log).not.toMatch(/Package and verify chart\s*\] ⭐ Run/);
    // The copy in the target's registry: the same digest, read back and verified, and deployed.
    const digest = composite.image.slice(composite.image.indexOf('@') + 1);
    const copied = `${loadStack().registryNoAuth}/composites-promoted/frontdoor@${digest}`;
    expect(r.log).toContain(`copied: ${copied} (digest preserved and verified)`);
    const served = await fetch(
      `http://${loadStack().registryNoAuth}/v2/composites-promoted/frontdoor/manifests/${digest}`,
      {
        method: 'HEAD',
        headers: {
          Accept:
            'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.index.v1+json'
        }
      }
    );
    expect(served.headers.get('docker-content-digest')).toBe(digest);
    expect(await deploymentImage('flygtaxi-composites-promoted', 'composite-frontdoor')).toBe(copied);
    const promoted = await records('flygtaxi-composites-promoted', 'composite-frontdoor');
    expect(promoted.map(x => [x.revision, x.status])).toEqual([[1, 'deployed']]);
    expect(labelToDigest(promoted[0]?.labels[CHART_MANIFEST_LABEL])).toBe(composite.chartManifest);
    expect(await composites()).toEqual(before);
  });

  test('a failing deploy through deploy-eks@v1: the job is red, the release rolled back, the diagnostics in the summary', async () => {
    const beforeImage = await deploymentImage('flygtaxi-composites', 'composite-frontdoor');
    expect(beforeImage).toContain('@sha256:');
    const r = await run('composite-failing', {
      workflow: '.github/workflows/composites.yml',
      event: 'workflow_dispatch',
      job: 'failing'
    });
    expect(r.code).not.toBe(0);
    expect(r.log).toMatch(/🏁 {2}Job failed/);
    const after = await records('flygtaxi-composites', 'composite-frontdoor');
    const latest = after.reduce((a, b) => (b.revision > a.revision ? b : a));
    expect(latest.status).toBe('deployed');
    expect(after.some(x => x.status === 'failed')).toBe(true);
    expect(after.filter(x => x.status.startsWith('pending'))).toEqual([]);
    // Rolled back to what ran before: the image of the previous revision, no crash-looping pods.
    expect(await deploymentImage('flygtaxi-composites', 'composite-frontdoor')).toBe(beforeImage);
    expect(await podTemplateAnnotations('flygtaxi-composites', 'composite-frontdoor')).not.toHaveProperty(
      'flygtaxi.test/kwok-fail'
    );
    const summary = r.summaries.join('\n');
    expect(summary).toMatch(/rolled back/i);
    expect(summary).toMatch(/CrashLoopBackOff|BackOff/);
  });
});

describe('promote and roll back through the starters (three namespaces, each environment its own deploy and read-only identity)', () => {
  const promote = (from: string, to: string) =>
    run(`promote-${from}-${to}`, {
      workflow: '.github/workflows/promote-frontdoor.yml',
      event: 'workflow_dispatch',
      payload: { ref: 'refs/heads/main', inputs: { from, to } }
    });

  test('from an environment without a successful revision: refused naming why, nothing changed', async () => {
    const before = await registryContents();
    const r = await promote('staging', 'prod');
    expect(r.code).not.toBe(0);
    expect(r.log).toMatch(/no successful revision/);
    expect(jobSucceeded(r.log, 'Deploy to prod')).toBe(false);
    expect(r.log).not.toMatch(/Deploy to prod\s*\] ⭐ Run/);
    expect(await records('flygtaxi-prod', 'flygtaxi-prod-frontdoor')).toEqual([]);
    expect(await records('flygtaxi-staging', 'flygtaxi-staging-frontdoor')).toEqual([]);
    expect(await registryContents()).toEqual(before);
  });

  test('dev → staging → prod: the digests dev runs, the targets’ own values; no build or package job, nothing pushed', async () => {
    const devImage = await deploymentImage('flygtaxi-dev', 'flygtaxi-dev-frontdoor');
    expect(devImage).toMatch(/@sha256:[0-9a-f]{64}$/);
    const before = await registryContents();
    for (const [from, to] of [
      ['dev', 'staging'],
      ['staging', 'prod']
    ] as const) {
      const r = await promote(from, to);
      expect({ code: r.code, failures: failures(r) }).toEqual({ code: 0, failures: [] });
      for (const job of [
        `Read what ${from} runs`,
        'Resolve commit and artifacts',
        `Plan for ${to} (diff, read-only)`,
        `Deploy to ${to}`
      ])
        expect({ job, ok: jobSucceeded(r.log, job) }).toEqual({ job, ok: true });
      // deploy.yml's build and chart jobs did not run (their if: is false: image and chart-ref given).
      expect(r.log).not.toMatch(/Build and push image\s*\] ⭐ Run/);
      expect(r.log).not.toMatch(/Package and verify chart\s*\] ⭐ Run/);
      expect(await deploymentImage(`flygtaxi-${to}`, `flygtaxi-${to}-frontdoor`)).toBe(devImage);
    }
    // The target's own values: staging's replica count, prod's HPA owns prod's.
    expect(await deploymentReplicas('flygtaxi-staging', 'flygtaxi-staging-frontdoor')).toBe(2);
    const hpa = await kubeRequest(
      'GET',
      '/apis/autoscaling/v2/namespaces/flygtaxi-prod/horizontalpodautoscalers/flygtaxi-prod-frontdoor'
    );
    expect(hpa.status).toBe(200);
    const prod = await records('flygtaxi-prod', 'flygtaxi-prod-frontdoor');
    expect(prod.map(x => [x.revision, x.status])).toEqual([[1, 'deployed']]);
    // Read from the registry: the promotions built, packaged and pushed nothing.
    expect(await registryContents()).toEqual(before);
  });

  test('rollback starter: dev back to its previous revision, the image of revision 1 again', async () => {
    const before = await records('flygtaxi-dev', 'flygtaxi-dev-frontdoor');
    const latest = before.reduce((a, b) => (b.revision > a.revision ? b : a));
    const r = await run('rollback', {
      workflow: '.github/workflows/rollback-frontdoor.yml',
      event: 'workflow_dispatch',
      payload: { ref: 'refs/heads/main', inputs: { environment: 'dev', revision: 'previous' } }
    });
    expect({ code: r.code, failures: failures(r) }).toEqual({ code: 0, failures: [] });
    // Through the reusable rollback.yml, in the environment's job.
    expect(jobSucceeded(r.log, 'Roll back dev')).toBe(true);
    expect(r.log).toMatch(/rolled back to revision \d+ \(image sha256:[0-9a-f]{64} -> sha256:[0-9a-f]{64}\)/);
    expect(r.summaries.join('\n')).toMatch(/rolled back to the content of revision \d+/);
    const after = await records('flygtaxi-dev', 'flygtaxi-dev-frontdoor');
    const now = after.reduce((a, b) => (b.revision > a.revision ? b : a));
    expect(now.revision).toBe(latest.revision + 1);
    expect(now.status).toBe('deployed');
  });

  test('rollback to a named revision (2): its image again, as a new revision', async () => {
    const before = await records('flygtaxi-dev', 'flygtaxi-dev-frontdoor');
    const latest = before.reduce((a, b) => (b.revision > a.revision ? b : a));
    const two = before.find(x => x.revision === 2);
    expect(two?.status).toBe('superseded');
    const r = await run('rollback-named', {
      workflow: '.github/workflows/rollback-frontdoor.yml',
      event: 'workflow_dispatch',
      payload: { ref: 'refs/heads/main', inputs: { environment: 'dev', revision: '2' } }
    });
    expect({ code: r.code, failures: failures(r) }).toEqual({ code: 0, failures: [] });
    expect(jobSucceeded(r.log, 'Roll back dev')).toBe(true);
    expect(r.summaries.join('\n')).toMatch(/rolled back to the content of revision 2/);
    const after = await records('flygtaxi-dev', 'flygtaxi-dev-frontdoor');
    const now = after.reduce((a, b) => (b.revision > a.revision ? b : a));
    expect([now.revision, now.status]).toEqual([latest.revision + 1, 'deployed']);
    // The image revision 2 ran, as its record says.
    expect(labelToDigest(now.labels[IMAGE_DIGEST_LABEL])).toBe(
      labelToDigest(two?.labels[IMAGE_DIGEST_LABEL])
    );
    expect(await deploymentImage('flygtaxi-dev', 'flygtaxi-dev-frontdoor')).toMatch(
      new RegExp(`@${labelToDigest(two?.labels[IMAGE_DIGEST_LABEL])}$`)
    );
  });

  test('rollback to a revision that does not exist: refused before anything changes', async () => {
    const before = await records('flygtaxi-dev', 'flygtaxi-dev-frontdoor');
    const r = await run('rollback-unknown', {
      workflow: '.github/workflows/rollback-frontdoor.yml',
      event: 'workflow_dispatch',
      payload: { ref: 'refs/heads/main', inputs: { environment: 'dev', revision: '99' } }
    });
    expect(r.code).not.toBe(0);
    expect(r.log).toMatch(/revision 99/);
    expect(jobSucceeded(r.log, 'Roll back dev')).toBe(false);
    expect(await records('flygtaxi-dev', 'flygtaxi-dev-frontdoor')).toEqual(before);
  });
});
