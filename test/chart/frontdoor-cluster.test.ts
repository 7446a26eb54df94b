/**
 * The frontdoor chart installed with the real helm onto the local stack's real kube-apiserver
 * (controller-manager, scheduler, kwok nodes in two zones). The namespace enforces Pod Security
 * "restricted", so the API server's own PodSecurity admission judges the pods. kwok simulates the
 * kubelet: images are never pulled and the app never runs, so the probes are not exercised here
 * (example-app's tests cover the endpoints).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { installOperatorCrds } from '../helpers/crds';
import { kubeRequest, loadStack, repoRoot, toolEnv } from '../helpers/stack';

const chartDir = path.join(repoRoot, 'charts', 'frontdoor');
const FAKE_DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type K8s = Record<string, any>;

function helm(args: string[]): Promise<{ code: number; out: string }> {
  const stack = loadStack();
  return new Promise((resolve, reject) => {
    const child = spawn('helm', [...args, '--kubeconfig', stack.kubeconfig], {
      env: toolEnv(),
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', err =>
      reject(
        new Error(
          `cannot run helm (expected in .tools/bin, installed by scripts/bootstrap.sh): ${err.message}`
        )
      )
    );
    child.on('close', code => resolve({ code: code ?? -1, out }));
  });
}

async function get(apiPath: string): Promise<K8s> {
  const r = await kubeRequest('GET', apiPath);
  if (r.status !== 200)
    throw new Error(`GET ${apiPath}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
  return r.body as K8s;
}

/** Polls until check() returns a value (not undefined) or the deadline passes. */
async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise(res => setTimeout(res, 1000));
  }
}

describe.each([
  ['dev', 1],
  ['prod', 3]
] as const)('frontdoor chart on the local kube-apiserver + kwok, %s values', (env, expectedPods) => {
  const ns = `chart-${env}-${randomBytes(3).toString('hex')}`;
  const release = `flygtaxi-${env}-frontdoor`;
  const selector = encodeURIComponent(
    `app.kubernetes.io/name=frontdoor,app.kubernetes.io/instance=${release}`
  );
  let installed = false;

  beforeAll(async () => {
    // prod turns on the chart's ExternalSecret and monitoring objects: their CRDs must serve.
    await installOperatorCrds();
    // The namespace comes first so that it can enforce the "restricted" Pod Security Standard.
    const r = await kubeRequest('POST', '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: ns,
        labels: {
          'pod-security.kubernetes.io/enforce': 'restricted',
          'pod-security.kubernetes.io/enforce-version': 'latest'
        }
      }
    });
    expect(r.status).toBe(201);
  });

  afterAll(async () => {
    if (installed) await helm(['uninstall', release, '--namespace', ns, '--wait', '--timeout', '60s']);
    await kubeRequest('DELETE', `/api/v1/namespaces/${ns}`);
  }, 120_000);

  test('the namespace really enforces "restricted": a plain pod is refused', async () => {
    // Without this, a passing install would not show that admission judged the chart's pods.
    const r = await kubeRequest('POST', `/api/v1/namespaces/${ns}/pods?dryRun=All`, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'plain' },
      spec: { containers: [{ name: 'c', image: 'example.invalid/plain:1' }] }
    });
    expect(r.status).toBe(403);
    expect(JSON.stringify(r.body)).toContain('violates PodSecurity');
  });

  test('helm install --wait succeeds in a namespace enforcing Pod Security "restricted"', async () => {
    const stack = loadStack();
    const r = await helm([
      'install',
      release,
      chartDir,
      '--namespace',
      ns,
      '--values',
      path.join(chartDir, `values-${env}.yaml`),
      '--set',
      `image.repository=${stack.registryNoAuth}/flygtaxi/frontdoor`,
      '--set',
      'image.tag=frontdoor-0000000',
      '--set',
      `image.digest=${FAKE_DIGEST}`,
      '--wait',
      '--timeout',
      '120s'
    ]);
    installed = r.code === 0;
    expect(r.out).toContain('STATUS: deployed');
    expect(r.code).toBe(0);
  }, 180_000);

  test(`${expectedPods} pod(s) Ready, spread over the zones, without a Kubernetes API token`, async () => {
    const pods = await waitFor(`${expectedPods} ready pods`, async () => {
      const list = await get(`/api/v1/namespaces/${ns}/pods?labelSelector=${selector}`);
      const ready = (list.items as K8s[]).filter(
        p =>
          !p.metadata.deletionTimestamp &&
          (p.status.conditions as K8s[] | undefined)?.some(c => c.type === 'Ready' && c.status === 'True')
      );
      return ready.length === expectedPods ? ready : undefined;
    });
    const zoneOf = new Map<string, string>();
    for (const node of (await get('/api/v1/nodes')).items as K8s[]) {
      zoneOf.set(node.metadata.name, node.metadata.labels['topology.kubernetes.io/zone']);
    }
    const perZone = new Map<string, number>();
    for (const p of pods) {
      const zone = zoneOf.get(p.spec.nodeName) ?? 'none';
      perZone.set(zone, (perZone.get(zone) ?? 0) + 1);
      // automountServiceAccountToken: false: admission must not have added the token volume.
      // prod mounts the ExternalSecret's Secret (values-prod.yaml), read-only, as files.
      expect((p.spec.volumes as K8s[]).map(v => v.name)).toEqual(
        env === 'prod' ? ['tmp', 'external-secrets'] : ['tmp']
      );
      expect(p.spec.serviceAccountName).toBe(release);
      expect(p.spec.containers[0].image).toContain(`@${FAKE_DIGEST}`);
    }
    expect(perZone.has('none')).toBe(false);
    const counts = [...perZone.values()];
    if (expectedPods > 1) expect(perZone.size).toBeGreaterThan(1);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  }, 120_000);

  test('the Service has a ready endpoint per pod on the named http port', async () => {
    const slices = await waitFor('EndpointSlice endpoints', async () => {
      const list = await get(
        `/apis/discovery.k8s.io/v1/namespaces/${ns}/endpointslices?labelSelector=${encodeURIComponent(`kubernetes.io/service-name=${release}`)}`
      );
      const endpoints = (list.items as K8s[]).flatMap(s => (s.endpoints as K8s[] | null) ?? []);
      const ready = endpoints.filter(e => e.conditions?.ready === true);
      return ready.length === expectedPods ? list.items : undefined;
    });
    expect(slices[0].ports).toEqual([expect.objectContaining({ name: 'http', port: 8080, protocol: 'TCP' })]);
  }, 120_000);

  test('the PodDisruptionBudget sees the pods and allows one eviction', async () => {
    const pdb = await waitFor('PDB status', async () => {
      const p = await get(`/apis/policy/v1/namespaces/${ns}/poddisruptionbudgets/${release}`);
      return p.status?.expectedPods === expectedPods ? p : undefined;
    });
    expect(pdb.status.currentHealthy).toBe(expectedPods);
    expect(pdb.status.disruptionsAllowed).toBe(1);
  }, 120_000);

  if (env === 'prod') {
    test("the operator objects passed the operators' own CRD schemas (no controller runs here)", async () => {
      // Stored means the API server validated them against the External Secrets and Prometheus
      // Operator OpenAPI schemas; nothing reconciles them (no ESO or Prometheus on the stack).
      const es = await get(`/apis/external-secrets.io/v1/namespaces/${ns}/externalsecrets/${release}`);
      expect(es.spec.secretStoreRef).toEqual({ kind: 'SecretStore', name: release });
      const store = await get(`/apis/external-secrets.io/v1/namespaces/${ns}/secretstores/${release}`);
      expect(store.spec.provider.aws.auth.jwt.serviceAccountRef.name).toBe(release);
      const sm = await get(`/apis/monitoring.coreos.com/v1/namespaces/${ns}/servicemonitors/${release}`);
      expect(sm.spec.endpoints[0].port).toBe('http');
      const rule = await get(`/apis/monitoring.coreos.com/v1/namespaces/${ns}/prometheusrules/${release}`);
      expect(rule.spec.groups[0].rules.map((r: K8s) => r.alert)).toEqual([
        'FrontdoorHighErrorRate',
        'FrontdoorHighLatency'
      ]);
      // The schema is real: a ServiceMonitor endpoint with a wrong type is refused.
      const bad = await kubeRequest(
        'POST',
        `/apis/monitoring.coreos.com/v1/namespaces/${ns}/servicemonitors?dryRun=All`,
        {
          apiVersion: 'monitoring.coreos.com/v1',
          kind: 'ServiceMonitor',
          metadata: { name: 'bad' },
          spec: { selector: {}, endpoints: [{ port: 8080 }] }
        }
      );
      expect(bad.status).toBe(422);
    });

    test('the HPA (autoscaling/v2) targets the Deployment and holds it at minReplicas', async () => {
      const hpa = await get(`/apis/autoscaling/v2/namespaces/${ns}/horizontalpodautoscalers/${release}`);
      expect(hpa.spec.minReplicas).toBe(3);
      const deployment = await get(`/apis/apps/v1/namespaces/${ns}/deployments/${release}`);
      expect(deployment.spec.replicas).toBe(3);
    });
  }

  test('helm test runs the /health hook pod (kwok reports it Succeeded)', async () => {
    const r = await helm(['test', release, '--namespace', ns, '--timeout', '60s']);
    expect(r.out).toMatch(/TEST SUITE:\s+\S+-test-health[\s\S]*Phase:\s+Succeeded/);
    expect(r.code).toBe(0);
  }, 120_000);
});
