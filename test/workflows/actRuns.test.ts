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
import { kubeRequest, loadStack, repoRoot, stackDir, toolEnv } from '../helpers/stack';

jest.setTimeout(900_000);

const h = new ActHarness();
const timings: Record<string, number> = {};
let vars: Record<string, string> = {};
let secrets: Record<string, string> = {};

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
      - id: again
        uses: flygtaxi/flygtaxi-actions/deploy-eks@v1
        with:
          chart: charts/frontdoor
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
          FIRST: \${{ steps.pipeline.outputs.revision }}
          CHANGED: \${{ steps.again.outputs.changed }}
        run: echo "composite outputs image-ref=$IMAGE_REF revision=$FIRST again-changed=$CHANGED"

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
          # kwok keeps these pods crash-looping: the rollout fails and is rolled back.
          set: podAnnotations.flygtaxi\\.test/kwok-fail=crashloop
          timeout: 20s
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

beforeAll(() => {
  const s = loadStack();
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
    FLYGTAXI_ACTIONS_REPOSITORY: 'flygtaxi/flygtaxi-actions',
    FLYGTAXI_ACTIONS_REF: ''
  };
  secrets = {
    FLYGTAXI_KUBECONFIG: readFileSync(s.kubeconfig, 'utf8'),
    FLYGTAXI_REGISTRY_PASSWORD: s.registryPassword
  };
  process.env.CONTAINERS_STORAGE_CONF = s.containersStorageConf;
  process.env.CONTAINERS_REGISTRIES_CONF = s.containersRegistriesConf;
  h.setUp({
    '.github/workflows/deploy-frontdoor.yml': starter('deploy-frontdoor.yml'),
    '.github/workflows/deploy-frontdoor-dev.yml': starter('deploy-frontdoor-dev.yml'),
    '.github/workflows/composites.yml': COMPOSITES
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
  const repo = 'eks-dev-eu-north-1';
  let first: ActRun;
  let tag = '';

  test('workflow_dispatch (environment/branch/runner from an event file): built, pushed, verified, the artifact digest checked, deployed', async () => {
    first = await run('dispatch', {
      workflow: '.github/workflows/deploy-frontdoor.yml',
      event: 'workflow_dispatch',
      payload: dispatch({})
    });
    expect({ code: first.code, failures: failures(first) }).toEqual({ code: 0, failures: [] });
    for (const job of ['Build and push image', 'Package and verify chart', 'Deploy to dev'])
      expect(jobSucceeded(first.log, job)).toBe(true);
    // The deploy job's own sha256 check of the artifact the chart job uploaded.
    expect(first.log).toMatch(/chart package frontdoor-[^ ]+\.tgz matches sha256:[0-9a-f]{64}/);
    expect(first.log).toContain('stand-in download-artifact: flygtaxi-chart-dev-flygtaxi-dev-frontdoor');

    tag = `flygtaxi-dev-frontdoor-${h.head()}`;
    const digest = await manifestDigest(repo, tag);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
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
    const digest = await manifestDigest(repo, `flygtaxi-dev-frontdoor-${sha}`);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await deploymentImage('flygtaxi-dev', 'flygtaxi-dev-frontdoor')).toBe(
      `${loadStack().registry}/${repo}@${digest}`
    );
    const rs = await records('flygtaxi-dev', 'flygtaxi-dev-frontdoor');
    expect(rs.find(x => x.revision === 2)?.status).toBe('deployed');
  });

  test('a malformed environment name is refused, by name, before any job builds, pushes or deploys', async () => {
    const before = await repositories();
    const r = await run('malformed', {
      workflow: '.github/workflows/deploy-frontdoor.yml',
      event: 'workflow_dispatch',
      payload: dispatch({ environment: 'dev;rm' })
    });
    expect(r.code).not.toBe(0);
    expect(r.log).toContain('environment "dev;rm" is not valid');
    expect(jobSucceeded(r.log, 'Build and push image')).toBe(false);
    expect(r.log).not.toMatch(/Deploy to dev;rm\s*\] ⭐ Run/);
    expect(await repositories()).toEqual(before);
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
