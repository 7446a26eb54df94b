/**
 * The smoke request's success path against a real HTTP server: kwok pods run no containers, so
 * the example app (`node example-app/dist/server.js`) runs in a network namespace of its own,
 * joined to this host by a veth pair on a private /30 (test/helpers/netnsApp.ts). The chart
 * deployed by the action's bundle has a Service without a selector and an EndpointSlice pointing
 * at the app; the kube-apiserver proxies only to endpoints whose targetRef is a Pod with that IP,
 * so the test creates a never-scheduled placeholder Pod and sets its status.podIP to the app's
 * address (the one part that is staged: no kubelet runs here). Needs `ip` (iproute2) and root or passwordless sudo.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startNetnsApp, netnsUnavailable, type NetnsApp } from '../helpers/netnsApp';
import { runAction } from '../helpers/runAction';
import { loadStack, repoRoot } from '../helpers/stack';
import { adminKube, closeAdmin, records, uniqueNamespace } from './helpers';

jest.setTimeout(180_000);

const CHART = resolve(__dirname, 'fixtures/external-endpoint');
const SERVER_JS = join(repoRoot, 'example-app/dist/server.js');
const APP_PORT = 8080;
const PLACEHOLDER_POD = 'frontdoor-netns';

let app: NetnsApp | undefined;
let appIp = '';
const namespaces: string[] = [];

beforeAll(async () => {
  const why = netnsUnavailable();
  if (why) throw new Error(why);
  if (!existsSync(SERVER_JS)) {
    const b = spawnSync('npm', ['run', '--silent', 'build:app'], { cwd: repoRoot, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`npm run build:app failed: ${b.stdout}${b.stderr}`);
  }
  app = await startNetnsApp({ serverJs: SERVER_JS, port: APP_PORT, tag: 'smoke' });
  appIp = app.appIp;
});

afterAll(async () => {
  const problems: string[] = [];
  await app?.stop().catch((e: Error) => problems.push(e.message));
  const kube = await adminKube().catch(() => undefined);
  for (const ns of namespaces)
    await kube?.request('DELETE', `/api/v1/namespaces/${ns}`).catch(() => undefined);
  closeAdmin();
  if (problems.length) throw new Error(problems.join('; '));
});

/** A namespace with the endpoint's Pod: never scheduled (no scheduler has its name), status.podIP = the app. */
async function namespaceWithPlaceholder(prefix: string): Promise<string> {
  const ns = uniqueNamespace(prefix);
  const kube = await adminKube();
  await kube.request('POST', '/api/v1/namespaces', { body: { metadata: { name: ns } } });
  namespaces.push(ns);
  await kube.request('POST', `/api/v1/namespaces/${ns}/pods`, {
    body: {
      metadata: { name: PLACEHOLDER_POD },
      spec: {
        schedulerName: 'flygtaxi-tests-unscheduled',
        containers: [{ name: 'app', image: 'registry.local/frontdoor:netns' }]
      }
    }
  });
  await kube.request('PATCH', `/api/v1/namespaces/${ns}/pods/${PLACEHOLDER_POD}/status`, {
    body: { status: { podIP: appIp, podIPs: [{ ip: appIp }] } },
    contentType: 'application/merge-patch+json'
  });
  return ns;
}

function deployInputs(ns: string, smokePath: string): Record<string, string> {
  return {
    kubeconfig: loadStack().kubeconfig,
    'release-name': 'frontdoor',
    namespace: ns,
    chart: CHART,
    set: `endpoint.ip=${appIp}\nendpoint.podName=${PLACEHOLDER_POD}`,
    'smoke-path': smokePath
  };
}

/** The app's JSON log lines for requests to a path (it logs every request at debug level). */
function appRequests(path: string): { path: string; status: number }[] {
  return (app?.log() ?? '')
    .split('\n')
    .filter(l => l.startsWith('{') && l.endsWith('}'))
    .map(l => JSON.parse(l) as { path?: string; status?: number })
    .filter((l): l is { path: string; status: number } => l.path === path && typeof l.status === 'number');
}

describe('smoke request through the kube-apiserver service proxy to the real example app in a network namespace', () => {
  test('/health: the action succeeds and logs the app’s 200 response', async () => {
    const ns = await namespaceWithPlaceholder('dte-smoke-netns');
    const r = await runAction('deploy-to-eks', deployInputs(ns, '/health'));
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ revision: '1', status: 'deployed', changed: 'true' });
    expect(r.stdout).toMatch(
      /Smoke request: GET \/health OK \(attempt \d\); response: \{"status":"healthy","timestamp":"[^"]+"\}/
    );
    expect(r.summary).toContain('| **Smoke** | /health: GET /health OK (attempt');
    // The answer came from the app itself: it logged the proxied request.
    expect(appRequests('/health')).toContainEqual(expect.objectContaining({ status: 200 }));
  });

  test('a path the app answers 404: the smoke failure fails the action, names the URL and the 404, and with on-gate-failure fail leaves the release deployed', async () => {
    const ns = await namespaceWithPlaceholder('dte-smoke-netns-404');
    // The default (rollback; a first install is uninstalled) is covered in gates.test.ts.
    const r = await runAction('deploy-to-eks', {
      ...deployInputs(ns, '/no-such-page'),
      'on-gate-failure': 'fail'
    });
    expect(r.exitCode).toBe(1);
    const err = r.stdout.split('\n').find(l => l.startsWith('::error::')) ?? '';
    expect(err).toContain(
      `Smoke request GET /no-such-page to service frontdoor:http failed after 3 attempts (/api/v1/namespaces/${ns}/services/frontdoor:http/proxy/no-such-page): HTTP 404: {"error":"Not Found","status":404`
    );
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    expect(r.outputs).toMatchObject({ revision: '1', status: 'deployed', 'rolled-back': 'false' });
    expect(r.summary).toContain('❌ failed');
    expect(r.summary).toContain('| **Smoke** | /no-such-page: failed |');
    expect((await records(ns, 'frontdoor')).map(x => x.status)).toEqual(['deployed']);
    // Three real requests reached the app (the action retries), each answered 404.
    expect(appRequests('/no-such-page').map(x => x.status)).toEqual([404, 404, 404]);
  });
});
