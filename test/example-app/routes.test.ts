import { pathOf, route, type Phase, type RouteContext } from '../../example-app/src/routes';

const now = new Date('2025-12-09T10:30:00.000Z');

function ctx(phase: Phase = 'ready'): RouteContext {
  return {
    phase,
    now,
    hostname: 'flygtaxi-dev-frontdoor-c8c59c859-abc12',
    appVersion: 'frontdoor-0123abc',
    kubernetes: {
      inCluster: true,
      podName: 'flygtaxi-dev-frontdoor-c8c59c859-abc12',
      namespace: 'flygtaxi-dev',
      nodeName: null
    },
    renderMetrics: () => 'frontdoor_uptime_seconds 1\n'
  };
}

describe('example-app routes', () => {
  test.each([
    ['/health', '/health'],
    ['/health?probe=1', '/health'],
    ['/health#x', '/health'],
    ['/', '/'],
    ['http://frontdoor.local/status?x=1', '/status'],
    ['*', ''],
    ['not a url', '']
  ])('pathOf(%j) is %j', (target, path) => {
    expect(pathOf(target)).toBe(path);
  });

  test.each(['/', '/health', '/healthz'])('GET %s is the seed health answer, logged at debug', path => {
    const r = route('GET', path, ctx());
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ status: 'healthy', timestamp: '2025-12-09T10:30:00.000Z' });
    expect(r).toMatchObject({ route: path, level: 'debug', message: 'Health check' });
    expect(r.headers).toMatchObject({
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff'
    });
  });

  test('liveness stays healthy while draining (the process is alive); readiness does not', () => {
    expect(route('GET', '/healthz', ctx('draining')).status).toBe(200);
    expect(route('GET', '/ready', ctx('ready')).status).toBe(200);
    for (const phase of ['starting', 'draining'] as const) {
      const r = route('GET', '/ready', ctx(phase));
      expect(r.status).toBe(503);
      expect(JSON.parse(r.body)).toEqual({ status: phase, timestamp: '2025-12-09T10:30:00.000Z' });
    }
  });

  test('/status shows chosen facts only, logged at info', () => {
    const r = route('GET', '/status', ctx());
    expect(r).toMatchObject({ status: 200, level: 'info', message: 'Status request', route: '/status' });
    expect(JSON.parse(r.body)).toEqual({
      message: 'Welcome to the Flygtaxi Frontdoor Service!',
      timestamp: '2025-12-09T10:30:00.000Z',
      hostname: 'flygtaxi-dev-frontdoor-c8c59c859-abc12',
      version: 'frontdoor-0123abc',
      kubernetes: {
        inCluster: true,
        podName: 'flygtaxi-dev-frontdoor-c8c59c859-abc12',
        namespace: 'flygtaxi-dev',
        nodeName: null
      },
      status: 'Integration test successful! ✓'
    });
  });

  test('/metrics is Prometheus text from the registry', () => {
    const r = route('GET', '/metrics', ctx());
    expect(r.status).toBe(200);
    expect(r.headers['Content-Type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(r.body).toBe('frontdoor_uptime_seconds 1\n');
  });

  test('unknown paths are a JSON 404 at warning, under one metrics label whatever the path', () => {
    for (const target of ['/nope', '/health/', '/HEALTH', '/status/../etc/passwd']) {
      const r = route('GET', target, ctx());
      expect(r).toMatchObject({ status: 404, level: 'warning', route: 'other' });
      expect(JSON.parse(r.body)).toEqual({
        error: 'Not Found',
        status: 404,
        timestamp: '2025-12-09T10:30:00.000Z'
      });
    }
    expect(route('POST', '/nope', ctx()).status).toBe(404);
  });

  test.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s on a known path is 405 with Allow', method => {
    const r = route(method, '/status', ctx());
    expect(r).toMatchObject({ status: 405, level: 'warning', route: '/status' });
    expect(r.headers.Allow).toBe('GET, HEAD');
  });

  test('HEAD is answered like GET (the server drops the body)', () => {
    expect(route('HEAD', '/health', ctx())).toEqual(route('GET', '/health', ctx()));
  });
});
