/**
 * A bounded load run against the real server on loopback. It reports throughput, p99 and memory
 * for the record but asserts only correctness under load (no timing assertions; bench/ compares).
 */
import autocannon from 'autocannon';
import { buildExampleApp, httpRequest, killAll, startFrontdoor } from './frontdoorProcess';

beforeAll(() => buildExampleApp(), 120_000);
afterAll(() => killAll());

const REQUESTS = 5_000;

function healthCount(metrics: string): number {
  return Number(
    /^frontdoor_http_requests_total\{path="\/health",method="GET",status="200"\} (\d+)$/m.exec(
      metrics
    )?.[1] ?? 0
  );
}

function rss(metrics: string): number {
  return Number(/^process_resident_memory_bytes (\d+)$/m.exec(metrics)?.[1]);
}

test(`${REQUESTS} GET /health over 10 keep-alive connections: every one 200, counted once in /metrics`, async () => {
  const fd = await startFrontdoor({ LOG_LEVEL: 'info' });
  const before = (await httpRequest(fd.port, 'GET', '/metrics')).body;

  const started = performance.now();
  const result = await autocannon({
    url: `http://127.0.0.1:${fd.port}/health`,
    connections: 10,
    amount: REQUESTS,
    timeout: 10
  });

  const seconds = (performance.now() - started) / 1000;
  const after = (await httpRequest(fd.port, 'GET', '/metrics')).body;
  console.log(
    `example-app /health load: ${REQUESTS} requests in ${seconds.toFixed(2)} s = ${(REQUESTS / seconds).toFixed(0)} req/s, ` +
      `p99 ${result.latency.p99} ms (whole ms; bench/example-app-load.mjs measures finer), ` +
      `RSS ${(rss(before) / 2 ** 20).toFixed(1)} -> ${(rss(after) / 2 ** 20).toFixed(1)} MiB`
  );

  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(result.non2xx).toBe(0);
  expect(result['2xx']).toBe(REQUESTS);
  expect(healthCount(after) - healthCount(before)).toBe(REQUESTS);
  expect(rss(after)).toBeGreaterThan(0);

  fd.proc.kill('SIGTERM');
  expect(await fd.exited).toEqual({ code: 0, signal: null });
});
