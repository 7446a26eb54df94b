/**
 * The smoke request's success path against a real HTTP server: kwok pods run no containers, so
 * the example app (`node example-app/dist/server.js`) runs in a network namespace of its own,
 * joined to this host by a veth pair on a private /30. The chart deployed by the action's bundle
 * has a Service without a selector and an EndpointSlice pointing at the app; the kube-apiserver
 * proxies only to endpoints whose targetRef is a Pod with that IP, so the test creates a
 * never-scheduled placeholder Pod and sets its status.podIP to the app's address (the one part
 * that is staged: no kubelet runs here). Needs `ip` (iproute2) and root or passwordless sudo.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runAction } from '../helpers/runAction';
import { loadStack, repoRoot } from '../helpers/stack';
import { adminKube, closeAdmin, records, uniqueNamespace } from './helpers';

jest.setTimeout(180_000);

const CHART = resolve(__dirname, 'fixtures/external-endpoint');
const SERVER_JS = join(repoRoot, 'example-app/dist/server.js');
const APP_PORT = 8080;
const PLACEHOLDER_POD = 'frontdoor-netns';
// Interface names are at most 15 characters: "ftsm" + a pid (at most 7 digits) + "h"/"n".
const NETNS = `ft-smoke-${process.pid}`;
const HOST_IF = `ftsm${process.pid}h`;
const APP_IF = `ftsm${process.pid}n`;

let hostIp = '';
let appIp = '';
let app: ChildProcess | undefined;
let appLog = '';
let netnsCreated = false;
const namespaces: string[] = [];
// Root here; on a CI runner (a user with passwordless sudo) the network commands go through sudo.
const SUDO = process.getuid?.() === 0 ? [] : ['sudo', '-n'];

function ipCommand(args: string[]): [string, string[]] {
  return SUDO.length ? ['sudo', [...SUDO.slice(1), 'ip', ...args]] : ['ip', args];
}

function ip(args: string[]): string {
  const [cmd, argv] = ipCommand(args);
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.error) throw new Error(`ip ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`ip ${args.join(' ')} failed: ${r.stderr.trim()}`);
  return r.stdout;
}

/** A /30 in 192.168.251.0/24 that no interface here uses yet (concurrent runs get different ones). */
function pickSubnet(): { host: string; app: string } {
  const used = ip(['-4', '-o', 'addr', 'show']);
  for (let i = 0; i < 64; i++) {
    const base = ((process.pid + i) % 63) * 4 + 4;
    const host = `192.168.251.${base + 1}`;
    if (!used.includes(`inet ${host}/`) && !used.includes(`inet 192.168.251.${base + 2}/`))
      return { host, app: `192.168.251.${base + 2}` };
  }
  throw new Error('no free /30 left in 192.168.251.0/24 for the smoke test network namespace');
}

function startApp(): Promise<void> {
  // `ip netns exec` and `env` exec in place, so the child is the app (or sudo, which relays
  // signals to it); the variables go through `env` because sudo resets the environment.
  const [cmd, argv] = ipCommand([
    'netns',
    'exec',
    NETNS,
    'env',
    `HOST=${appIp}`,
    `CONTAINER_PORT=${APP_PORT}`,
    'LOG_LEVEL=debug',
    process.execPath,
    SERVER_JS
  ]);
  const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  app = child;
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the app did not start within 15 s:\n${appLog}`)), 15_000);
    const onData = (d: string) => {
      appLog += d;
      if (appLog.includes(`Listening on ${appIp}:${APP_PORT}`)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.on('exit', code => {
      clearTimeout(timer);
      fail(new Error(`the app exited (${code}) before listening:\n${appLog}`));
    });
  });
}

async function stopApp(): Promise<void> {
  const child = app;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>(r => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(killer);
}

beforeAll(async () => {
  if (spawnSync('ip', ['-V']).error) {
    throw new Error(
      'this test needs the `ip` command (Debian package iproute2; scripts/bootstrap.sh installs it) to create a network namespace'
    );
  }
  if (SUDO.length && spawnSync('sudo', ['-n', 'true']).status !== 0)
    throw new Error('this test needs root (or passwordless sudo) to create a network namespace');
  if (!existsSync(SERVER_JS)) {
    const b = spawnSync('npm', ['run', '--silent', 'build:app'], { cwd: repoRoot, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`npm run build:app failed: ${b.stdout}${b.stderr}`);
  }
  ({ host: hostIp, app: appIp } = pickSubnet());
  ip(['netns', 'add', NETNS]);
  netnsCreated = true;
  ip(['link', 'add', HOST_IF, 'type', 'veth', 'peer', 'name', APP_IF, 'netns', NETNS]);
  ip(['addr', 'add', `${hostIp}/30`, 'dev', HOST_IF]);
  ip(['link', 'set', HOST_IF, 'up']);
  ip(['-n', NETNS, 'addr', 'add', `${appIp}/30`, 'dev', APP_IF]);
  ip(['-n', NETNS, 'link', 'set', APP_IF, 'up']);
  await startApp();
});

afterAll(async () => {
  const problems: string[] = [];
  // The app first: a process still inside keeps the namespace (and so the veth) alive.
  await stopApp().catch((e: Error) => problems.push(`stopping the app: ${e.message}`));
  if (netnsCreated) {
    try {
      ip(['netns', 'del', NETNS]);
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  // Normally gone with the namespace; removed here if the namespace step failed half-way. The
  // kernel removes the veth asynchronously after `netns del`, so it may vanish between the two
  // commands: gone is what we want, not a problem.
  if (spawnSync('ip', ['link', 'show', HOST_IF], { stdio: 'ignore' }).status === 0) {
    try {
      ip(['link', 'del', HOST_IF]);
    } catch (e) {
      if (!/Cannot find device/.test((e as Error).message)) problems.push((e as Error).message);
    }
  }
  const kube = await adminKube().catch(() => undefined);
  for (const ns of namespaces)
    await kube?.request('DELETE', `/api/v1/namespaces/${ns}`).catch(() => undefined);
  closeAdmin();
  if (problems.length) throw new Error(`cleanup: ${problems.join('; ')}`);
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
  return appLog
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
