import { parseConfig, type Config } from '../../example-app/src/config';

function ok(env: Record<string, string>): Config {
  const r = parseConfig(env);
  if (!r.ok) throw new Error(`expected a valid config, got: ${r.errors.join('; ')}`);
  return r.config;
}

function errors(env: Record<string, string>): string[] {
  const r = parseConfig(env);
  if (r.ok) throw new Error('expected configuration errors');
  return r.errors;
}

describe('example-app parseConfig', () => {
  test('defaults match the seed: port 8080, info, all interfaces, 10 s drain, no delay', () => {
    expect(ok({})).toEqual({
      port: 8080,
      host: '0.0.0.0',
      logLevel: 'info',
      drainTimeoutMs: 10_000,
      shutdownDelayMs: 0,
      appVersion: null,
      kubernetes: { inCluster: false, podName: null, namespace: null, nodeName: null }
    });
  });

  test('blank values (as Helm renders unset ones) fall back to the defaults', () => {
    expect(ok({ CONTAINER_PORT: '', LOG_LEVEL: '  ', DRAIN_TIMEOUT_SECONDS: '' })).toMatchObject({
      port: 8080,
      logLevel: 'info',
      drainTimeoutMs: 10_000
    });
  });

  test.each([
    ['80', 80],
    ['0', 0],
    ['65535', 65535],
    [' 9090 ', 9090]
  ])('CONTAINER_PORT=%j is port %d', (raw, port) => {
    expect(ok({ CONTAINER_PORT: raw }).port).toBe(port);
  });

  test.each(['abc', '-1', '65536', '80.5', '8080abc', '1e3', '0x50', '123456'])(
    'CONTAINER_PORT=%j is rejected by name',
    raw => {
      const [message, ...rest] = errors({ CONTAINER_PORT: raw });
      expect(rest).toEqual([]);
      expect(message).toBe(
        `CONTAINER_PORT must be a port number from 0 to 65535, got ${JSON.stringify(raw)}`
      );
    }
  );

  test.each([
    ['debug', 'debug'],
    ['INFO', 'info'],
    ['Warning', 'warning'],
    ['warn', 'warning'],
    ['error', 'error']
  ])('LOG_LEVEL=%j is %s', (raw, level) => {
    expect(ok({ LOG_LEVEL: raw }).logLevel).toBe(level);
  });

  test('an unknown LOG_LEVEL lists the accepted ones', () => {
    expect(errors({ LOG_LEVEL: 'verbose' })).toEqual([
      'LOG_LEVEL must be one of debug, info, warning, error, got "verbose"'
    ]);
  });

  test('HOST must be an IP address', () => {
    expect(ok({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(ok({ HOST: '::' }).host).toBe('::');
    expect(errors({ HOST: 'example.com' })).toEqual([
      'HOST must be an IP address to listen on, got "example.com"'
    ]);
  });

  test('drain timeout and shutdown delay take seconds, fractions allowed, bounded', () => {
    expect(ok({ DRAIN_TIMEOUT_SECONDS: '2.5', SHUTDOWN_DELAY_SECONDS: '5' })).toMatchObject({
      drainTimeoutMs: 2500,
      shutdownDelayMs: 5000
    });
    expect(errors({ DRAIN_TIMEOUT_SECONDS: '301' })).toEqual([
      'DRAIN_TIMEOUT_SECONDS must be a number of seconds from 0 to 300, got "301"'
    ]);
    expect(errors({ SHUTDOWN_DELAY_SECONDS: '-1' })).toEqual([
      'SHUTDOWN_DELAY_SECONDS must be a number of seconds from 0 to 300, got "-1"'
    ]);
  });

  test('every problem is reported at once', () => {
    expect(
      errors({ CONTAINER_PORT: 'x', LOG_LEVEL: 'loud', HOST: 'nowhere', DRAIN_TIMEOUT_SECONDS: 'soon' })
    ).toHaveLength(4);
  });

  test('long bad values are shortened in the message', () => {
    const [message] = errors({ CONTAINER_PORT: 'x'.repeat(500) });
    expect(message!.length).toBeLessThan(120);
  });

  test('Kubernetes facts come from the downward API variables; anything not name-like is dropped', () => {
    const config = ok({
      KUBERNETES_SERVICE_HOST: '10.100.0.1',
      POD_NAME: 'flygtaxi-dev-frontdoor-c8c59c859-abc12',
      POD_NAMESPACE: 'flygtaxi-dev',
      NODE_NAME: 'ip-10-0-1-2.eu-north-1.compute.internal',
      APP_VERSION: 'frontdoor-0123abc'
    });
    expect(config.kubernetes).toEqual({
      inCluster: true,
      podName: 'flygtaxi-dev-frontdoor-c8c59c859-abc12',
      namespace: 'flygtaxi-dev',
      nodeName: 'ip-10-0-1-2.eu-north-1.compute.internal'
    });
    expect(config.appVersion).toBe('frontdoor-0123abc');
    expect(ok({ POD_NAME: 'a b; rm -rf /', APP_VERSION: '<script>' })).toMatchObject({
      appVersion: null,
      kubernetes: { podName: null }
    });
  });
});
