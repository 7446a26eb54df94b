/**
 * Container logs through the real kube-apiserver: GET .../pods/P/log is proxied to kwok's
 * kubelet-like server (TLS, verified against the stack's CA), which serves the log files the
 * stack wrote from scripts/stack/kwok/logs/ (see scripts/stack/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kubeRequest, repoRoot } from '../helpers/stack';

interface Pod {
  spec: { nodeName?: string };
  status: {
    phase?: string;
    containerStatuses?: { name: string; restartCount: number; state: { waiting?: { reason?: string } } }[];
  };
}

const FATAL = 'fatal: cannot connect to database';

/** The raw log text: kubeRequest parses a body that happens to be one JSON line. */
async function podLog(ns: string, pod: string, query: string): Promise<{ status: number; text: string }> {
  const r = await kubeRequest('GET', `/api/v1/namespaces/${ns}/pods/${pod}/log?${query}`);
  return { status: r.status, text: typeof r.body === 'string' ? r.body : JSON.stringify(r.body) };
}

async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise(r => setTimeout(r, 200));
  }
}

describe('pod logs via kube-apiserver -> kwok (real)', () => {
  const ns = `smoke-logs-${process.pid}`;

  /** Creates a pod, retrying while the namespace's default ServiceAccount does not exist yet. */
  async function createPod(name: string, annotations: Record<string, string>): Promise<Pod> {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, annotations },
      spec: { containers: [{ name: 'app', image: 'registry.local/app:1' }] }
    };
    await waitFor(`pod ${name} to be created`, async () => {
      const r = await kubeRequest('POST', `/api/v1/namespaces/${ns}/pods`, pod);
      if (r.status === 201) return true;
      if (r.status !== 403 && r.status !== 500)
        throw new Error(`create pod ${name}: ${JSON.stringify(r.body)}`);
      return undefined;
    });
    return waitFor(`pod ${name} to be Running on a kwok node`, async () => {
      const r = await kubeRequest('GET', `/api/v1/namespaces/${ns}/pods/${name}`);
      const p = r.body as Pod;
      return p.spec.nodeName && p.status.phase === 'Running' && p.status.containerStatuses?.length
        ? p
        : undefined;
    });
  }

  beforeAll(async () => {
    const r = await kubeRequest('POST', '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns }
    });
    expect(r.status).toBe(201);
  });

  afterAll(async () => {
    await kubeRequest('DELETE', `/api/v1/namespaces/${ns}`);
  });

  test("a crash-looping container's previous instance ends with its fatal error line", async () => {
    const pod = await createPod('crash', { 'flygtaxi.test/kwok-fail': 'crashloop' });
    const c = pod.status.containerStatuses?.[0];
    expect(c?.state.waiting?.reason).toBe('CrashLoopBackOff');
    expect(c?.restartCount).toBeGreaterThan(0);

    const all = await podLog(ns, 'crash', 'container=app&previous=true');
    expect(all.status).toBe(200);
    const lines = all.text.split('\n').filter(Boolean);
    // What the app printed, verbatim: one JSON object per line, the last one the reason it died.
    const expected = readFileSync(join(repoRoot, 'scripts', 'stack', 'kwok', 'logs', 'previous.log'), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(lines).toEqual(expected);
    const last = JSON.parse(lines[lines.length - 1] as string) as { level: string; message: string };
    expect(last).toMatchObject({ level: 'error', message: FATAL });

    const tail = await podLog(ns, 'crash', 'container=app&previous=true&tailLines=2');
    expect(tail.text.split('\n').filter(Boolean)).toEqual(expected.slice(-2));
  });

  test("a running container's current log has its start-up lines, no crash", async () => {
    await createPod('healthy', {});
    const r = await podLog(ns, 'healthy', 'container=app');
    expect(r.status).toBe(200);
    expect(r.text).toContain('Flygtaxi Frontdoor Service - Starting Up');
    expect(r.text).not.toContain(FATAL);
  });

  test('a container the pod does not have: the apiserver answers 400 naming it', async () => {
    const r = await podLog(ns, 'crash', 'container=nope');
    expect(r.status).toBe(400);
    expect(r.text).toContain('nope');
  });
});
