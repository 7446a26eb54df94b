/** The real `node example-app/dist/server.js` on a free loopback port, spoken to over HTTP. */
import { createServer, type Server } from 'node:net';
import {
  buildExampleApp,
  httpRequest,
  killAll,
  serverEnv,
  spawnFrontdoor,
  startFrontdoor,
  type Frontdoor,
  type LogLine
} from './frontdoorProcess';

beforeAll(() => buildExampleApp(), 120_000);
afterAll(() => killAll());

const isRequestLog = (l: LogLine): boolean => typeof l.status === 'number';

function counter(metrics: string, path: string, method: string, status: number): number {
  const line = metrics
    .split('\n')
    .find(l =>
      l.startsWith(`frontdoor_http_requests_total{path="${path}",method="${method}",status="${status}"} `)
    );
  return line === undefined ? 0 : Number(line.split(' ')[1]);
}

describe('example-app server (real process)', () => {
  let fd: Frontdoor;
  beforeAll(async () => {
    fd = await startFrontdoor({
      LOG_LEVEL: 'debug',
      KUBERNETES_SERVICE_HOST: '10.100.0.1',
      POD_NAME: 'frontdoor-abc12',
      POD_NAMESPACE: 'flygtaxi-dev',
      APP_VERSION: 'frontdoor-0123abc',
      // Stand-ins for what a real pod's environment holds; /status must show none of them.
      AWS_SECRET_ACCESS_KEY: 'not-a-real-secret-value',
      DATABASE_PASSWORD: 'hunter2-not-real'
    });
  });
  afterAll(async () => {
    await fd.stop();
  });

  test('startup is logged at info, including that it runs in Kubernetes, listening last', async () => {
    await fd.waitForLog(l => l.message.startsWith('Listening on'));
    expect(fd.logs.slice(0, 3).map(l => `${l.level}:${l.message}`)).toEqual([
      'info:Flygtaxi Frontdoor Service - Starting Up',
      'info:Running in Kubernetes cluster',
      `info:Listening on 127.0.0.1:${fd.port}`
    ]);
    expect(fd.logs[1]).toMatchObject({ podName: 'frontdoor-abc12', namespace: 'flygtaxi-dev' });
  });

  test.each(['/', '/health', '/healthz', '/health?from=alb'])(
    'GET %s answers healthy JSON with security headers',
    async path => {
      const r = await httpRequest(fd.port, 'GET', path);
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.headers['content-length']).toBe(String(Buffer.byteLength(r.body)));
      const body = JSON.parse(r.body);
      expect(body.status).toBe('healthy');
      expect(new Date(body.timestamp).toISOString()).toBe(body.timestamp);
    }
  );

  test('GET /ready is 200 once listening', async () => {
    const r = await httpRequest(fd.port, 'GET', '/ready');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).status).toBe('ready');
    expect(r.headers['cache-control']).toBe('no-store');
  });

  test('GET /status shows the chosen facts and nothing else from the environment', async () => {
    const r = await httpRequest(fd.port, 'GET', '/status');
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body);
    expect(Object.keys(body).sort()).toEqual([
      'hostname',
      'kubernetes',
      'message',
      'status',
      'timestamp',
      'version'
    ]);
    expect(body.kubernetes).toEqual({
      inCluster: true,
      podName: 'frontdoor-abc12',
      namespace: 'flygtaxi-dev',
      nodeName: null
    });
    expect(body.version).toBe('frontdoor-0123abc');
    expect(typeof body.hostname).toBe('string');
    expect(r.body).not.toContain('not-a-real-secret-value');
    expect(r.body).not.toContain('hunter2');
    expect(r.body).not.toContain('10.100.0.1');
  });

  test('GET /metrics is Prometheus text', async () => {
    const r = await httpRequest(fd.port, 'GET', '/metrics');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(r.body).toMatch(/^# HELP frontdoor_http_requests_total /);
    expect(r.body).toMatch(/^frontdoor_uptime_seconds \d+(\.\d+)?$/m);
    expect(r.body).toMatch(/^process_resident_memory_bytes [1-9]\d*$/m);
  });

  test('HEAD is allowed where GET is: same status and headers, no body', async () => {
    for (const path of ['/health', '/ready', '/status', '/metrics']) {
      const get = await httpRequest(fd.port, 'GET', path);
      const head = await httpRequest(fd.port, 'HEAD', path);
      expect(head.status).toBe(get.status);
      expect(head.body).toBe('');
      expect(head.headers['content-type']).toBe(get.headers['content-type']);
      expect(head.headers['x-content-type-options']).toBe('nosniff');
      expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    }
  });

  test('unknown paths get a JSON 404', async () => {
    const r = await httpRequest(fd.port, 'GET', '/does-not-exist?token=abc');
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.parse(r.body)).toMatchObject({ error: 'Not Found', status: 404 });
  });

  test.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])(
    '%s /health is 405 with Allow: GET, HEAD',
    async method => {
      const r = await httpRequest(fd.port, method, '/health');
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
      expect(JSON.parse(r.body)).toMatchObject({ error: 'Method Not Allowed', status: 405 });
    }
  );

  test('one JSON log line per request at the seed levels; the query string is not logged', async () => {
    await httpRequest(fd.port, 'GET', '/healthz?x=1');
    await httpRequest(fd.port, 'GET', '/status');
    await httpRequest(fd.port, 'GET', '/missing?token=s3cr3t');
    const notFound = await fd.waitForLog(l => l.path === '/missing');
    expect(notFound).toMatchObject({
      level: 'warning',
      logger: 'frontdoor',
      message: 'Not found',
      method: 'GET',
      status: 404
    });
    expect(typeof notFound.durationMs).toBe('number');
    const lines = fd.logs.filter(isRequestLog);
    expect(lines.filter(l => l.path === '/healthz').at(-1)).toMatchObject({
      level: 'debug',
      message: 'Health check',
      status: 200
    });
    expect(lines.filter(l => l.path === '/status').at(-1)).toMatchObject({
      level: 'info',
      message: 'Status request',
      status: 200
    });
    expect(JSON.stringify(fd.logs)).not.toContain('s3cr3t');
  });

  test('metrics counters move with requests, unknown paths under one label', async () => {
    const before = (await httpRequest(fd.port, 'GET', '/metrics')).body;
    for (let i = 0; i < 3; i++) await httpRequest(fd.port, 'GET', '/healthz');
    await httpRequest(fd.port, 'HEAD', '/healthz');
    await httpRequest(fd.port, 'GET', '/random-scanner-path-1');
    await httpRequest(fd.port, 'GET', '/random-scanner-path-2');
    await httpRequest(fd.port, 'DELETE', '/status');
    const after = (await httpRequest(fd.port, 'GET', '/metrics')).body;

    expect(counter(after, '/healthz', 'GET', 200) - counter(before, '/healthz', 'GET', 200)).toBe(3);
    expect(counter(after, '/healthz', 'HEAD', 200) - counter(before, '/healthz', 'HEAD', 200)).toBe(1);
    expect(counter(after, 'other', 'GET', 404) - counter(before, 'other', 'GET', 404)).toBe(2);
    expect(counter(after, '/status', 'DELETE', 405) - counter(before, '/status', 'DELETE', 405)).toBe(1);
    // The first scrape itself is counted once it has finished.
    expect(counter(after, '/metrics', 'GET', 200)).toBeGreaterThanOrEqual(1);
    expect(after).not.toContain('random-scanner-path');
    const count = (text: string): number =>
      Number(
        /^frontdoor_http_request_duration_seconds_count\{path="\/healthz"\} (\d+)$/m.exec(text)?.[1] ?? 0
      );
    expect(count(after) - count(before)).toBe(4);
  });
});

describe('example-app log levels (real process)', () => {
  async function logsFor(level: string): Promise<LogLine[]> {
    const fd = await startFrontdoor({ LOG_LEVEL: level });
    await httpRequest(fd.port, 'GET', '/health');
    await httpRequest(fd.port, 'GET', '/status');
    await httpRequest(fd.port, 'GET', '/nope');
    fd.proc.kill('SIGTERM');
    const exit = await fd.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    return fd.logs;
  }

  test('LOG_LEVEL=info: status requests and 404s, no health checks; startup and shutdown', async () => {
    const logs = await logsFor('info');
    expect(logs.filter(isRequestLog).map(l => `${l.level}:${l.path}`)).toEqual([
      'info:/status',
      'warning:/nope'
    ]);
    expect(logs.map(l => l.message)).toEqual(expect.arrayContaining(['Shutting down', 'Shutdown complete']));
    expect(logs.find(l => l.message.startsWith('Not running in a Kubernetes'))?.level).toBe('warning');
  });

  test('LOG_LEVEL=warning: only the 404 and the non-Kubernetes warning', async () => {
    const logs = await logsFor('WARNING');
    expect(logs.map(l => `${l.level}:${l.message}`)).toEqual([
      'warning:Not running in a Kubernetes cluster (KUBERNETES_SERVICE_HOST unset)',
      'warning:Not found'
    ]);
  });

  test('LOG_LEVEL=error: silent when nothing fails', async () => {
    expect(await logsFor('error')).toEqual([]);
  });
});

describe('example-app bad configuration (real process)', () => {
  test.each([
    [{ CONTAINER_PORT: 'eighty' }, 'CONTAINER_PORT must be a port number from 0 to 65535, got "eighty"'],
    [{ LOG_LEVEL: 'chatty' }, 'LOG_LEVEL must be one of debug, info, warning, error, got "chatty"'],
    [
      { DRAIN_TIMEOUT_SECONDS: 'forever' },
      'DRAIN_TIMEOUT_SECONDS must be a number of seconds from 0 to 300, got "forever"'
    ]
  ])('%j: one clear line on stderr, exit 1, no stack trace', async (env, message) => {
    const fd = spawnFrontdoor(serverEnv(env));
    const exit = await fd.exited;
    expect(exit).toEqual({ code: 1, signal: null });
    expect(fd.stderr()).toBe(`frontdoor: invalid configuration: ${message}\n`);
    expect(fd.logs).toEqual([]);
  });

  test('a port already in use: a clear message naming the address, exit 1', async () => {
    const blocker: Server = createServer();
    await new Promise<void>(res => blocker.listen(0, '127.0.0.1', res));
    const port = (blocker.address() as { port: number }).port;
    try {
      const fd = spawnFrontdoor(serverEnv({ CONTAINER_PORT: String(port) }));
      const exit = await fd.exited;
      expect(exit).toEqual({ code: 1, signal: null });
      expect(fd.stderr()).toBe(
        `frontdoor: cannot listen on 127.0.0.1:${port} (CONTAINER_PORT/HOST): the address is already in use\n`
      );
    } finally {
      await new Promise(res => blocker.close(res));
    }
  });
});
