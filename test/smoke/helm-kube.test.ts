/**
 * Real helm against the real kube-apiserver of the local stack: kube-scheduler places the pods
 * on the kwok nodes (one per zone), kwok marks them Ready, so `helm upgrade --install --wait`
 * reaches `deployed`. The kwok failure hook (scripts/stack/README.md) makes `--wait` fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kubeRequest, loadStack, parseEnvFile, repoRoot, toolEnv, type Stack } from '../helpers/stack';

const chart = join(repoRoot, 'test', 'fixtures', 'smoke', 'chart');

interface Pod {
  metadata: { name: string };
  spec: { nodeName?: string };
  status: {
    conditions?: { type: string; status: string }[];
    containerStatuses?: { ready: boolean; restartCount: number; state: { waiting?: { reason?: string } } }[];
  };
}

describe('helm + kube-apiserver + kwok (real)', () => {
  let s: Stack;
  let helmHome: string;
  const ns = `smoke-helm-${process.pid}`;

  function helm(args: string[]) {
    // A private helm home: no user config, cache or repositories leak into the test.
    const env = toolEnv({
      HELM_CACHE_HOME: join(helmHome, 'cache'),
      HELM_CONFIG_HOME: join(helmHome, 'config'),
      HELM_DATA_HOME: join(helmHome, 'data'),
      KUBECONFIG: s.kubeconfig
    });
    return spawnSync('helm', [...args, '--namespace', ns], { env, encoding: 'utf8', timeout: 180_000 });
  }

  async function pods(release: string): Promise<Pod[]> {
    const r = await kubeRequest(
      'GET',
      `/api/v1/namespaces/${ns}/pods?labelSelector=app.kubernetes.io/instance%3D${release}`
    );
    expect(r.status).toBe(200);
    return (r.body as { items: Pod[] }).items;
  }

  beforeAll(() => {
    s = loadStack();
    helmHome = mkdtempSync(join(tmpdir(), 'ft-smoke-helm-'));
  });

  afterAll(async () => {
    await kubeRequest('DELETE', `/api/v1/namespaces/${ns}`);
    rmSync(helmHome, { recursive: true, force: true });
  });

  test('the apiserver reports the pinned Kubernetes version', async () => {
    const pins = parseEnvFile(readFileSync(join(repoRoot, 'tools', 'versions.env'), 'utf8'));
    const r = await kubeRequest('GET', '/version');
    expect((r.body as { gitVersion: string }).gitVersion).toBe(pins.KUBERNETES_VERSION);
  });

  test('the cluster has two Ready kwok nodes in different zones', async () => {
    const r = await kubeRequest('GET', '/api/v1/nodes');
    const nodes = (
      r.body as { items: { metadata: { labels: Record<string, string> }; status: Pod['status'] }[] }
    ).items;
    const ready = nodes.filter(n =>
      n.status.conditions?.some(c => c.type === 'Ready' && c.status === 'True')
    );
    expect(
      new Set(ready.map(n => n.metadata.labels['topology.kubernetes.io/zone'])).size
    ).toBeGreaterThanOrEqual(2);
  });

  test('helm upgrade --install --wait reaches deployed; pods Ready, one per zone', async () => {
    const r = helm([
      'upgrade',
      '--install',
      'smoke',
      chart,
      '--create-namespace',
      '--wait',
      '--timeout',
      '120s'
    ]);
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);

    const status = helm(['status', 'smoke', '-o', 'json']);
    expect(JSON.parse(status.stdout).info.status).toBe('deployed');

    const list = await pods('smoke');
    expect(list).toHaveLength(2);
    for (const p of list) {
      expect(p.status.conditions?.find(c => c.type === 'Ready')?.status).toBe('True');
    }
    expect(new Set(list.map(p => p.spec.nodeName)).size).toBe(2);

    const dep = await kubeRequest('GET', `/apis/apps/v1/namespaces/${ns}/deployments/smoke`);
    expect((dep.body as { status: { availableReplicas?: number } }).status.availableReplicas).toBe(2);
  });

  test('helm test passes: kwok completes test hook pods; kwok-fail=failed makes it fail', () => {
    expect(helm(['test', 'smoke']).status).toBe(0);
    const failing = helm([
      'upgrade',
      'smoke',
      chart,
      '--reuse-values',
      '--set-string',
      'testPodAnnotations.flygtaxi\\.test/kwok-fail=failed'
    ]);
    expect(failing.status).toBe(0);
    const r = helm(['test', 'smoke']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/smoke-test/);
  });

  test('kwok failure hook: an unready pod runs but never becomes Ready', async () => {
    const name = 'unready';
    const created = await kubeRequest('POST', `/api/v1/namespaces/${ns}/pods`, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, annotations: { 'flygtaxi.test/kwok-fail': 'unready' } },
      spec: { containers: [{ name: 'app', image: 'example.invalid/app:1' }] }
    });
    expect(created.status).toBe(201);
    let pod: Pod & { status: { phase?: string } } = created.body as Pod;
    for (let i = 0; i < 50 && pod.status.phase !== 'Running'; i++) {
      await new Promise(r => setTimeout(r, 200));
      pod = (await kubeRequest('GET', `/api/v1/namespaces/${ns}/pods/${name}`)).body as typeof pod;
    }
    expect(pod.status.phase).toBe('Running');
    expect(pod.status.conditions?.find(c => c.type === 'Ready')?.status).toBe('False');
    expect(pod.status.containerStatuses?.[0]?.ready).toBe(false);
  });

  test('kwok failure hook: crashloop pods make helm --wait fail and look like CrashLoopBackOff', async () => {
    const r = helm([
      'upgrade',
      '--install',
      'smoke-crash',
      chart,
      '--create-namespace',
      '--wait',
      '--timeout',
      '8s',
      '--set-string',
      'podAnnotations.flygtaxi\\.test/kwok-fail=crashloop'
    ]);
    expect(r.status).not.toBe(0);
    const status = helm(['status', 'smoke-crash', '-o', 'json']);
    expect(JSON.parse(status.stdout).info.status).toBe('failed');

    const list = await pods('smoke-crash');
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) {
      expect(p.status.conditions?.find(c => c.type === 'Ready')?.status).toBe('False');
      expect(p.status.containerStatuses?.[0]?.state.waiting?.reason).toBe('CrashLoopBackOff');
    }
    const events = await kubeRequest('GET', `/api/v1/namespaces/${ns}/events?fieldSelector=reason%3DBackOff`);
    expect((events.body as { items: unknown[] }).items.length).toBeGreaterThan(0);
  });
});
