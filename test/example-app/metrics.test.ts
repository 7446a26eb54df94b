import { LATENCY_BUCKETS, MetricsRegistry } from '../../example-app/src/metrics';

/** Samples of the exposition text as name{labels} -> value, skipping comments. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    out.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return out;
}

describe('example-app MetricsRegistry', () => {
  test('an empty registry still exposes in-flight, uptime and memory with HELP and TYPE', () => {
    const text = new MetricsRegistry(1_000).render(3_500, 42);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain('# TYPE frontdoor_http_requests_total counter');
    expect(text).toContain('# TYPE frontdoor_http_request_duration_seconds histogram');
    const s = samples(text);
    expect(s.get('frontdoor_http_requests_in_flight')).toBe(0);
    expect(s.get('frontdoor_uptime_seconds')).toBe(2.5);
    expect(s.get('process_resident_memory_bytes')).toBe(42);
  });

  test('counts requests by path, method and status; histogram buckets are cumulative', () => {
    const m = new MetricsRegistry(0);
    const observe = (route: string, method: string, status: number, seconds: number): void => {
      m.requestStarted();
      m.requestFinished(route, method, status, seconds);
    };
    observe('/health', 'GET', 200, 0.0002);
    observe('/health', 'GET', 200, 0.003);
    observe('/health', 'HEAD', 200, 7); // beyond the last bucket: only +Inf
    observe('other', 'GET', 404, 0.01);
    m.requestStarted(); // still in flight

    const s = samples(m.render(1_000, 1));
    expect(s.get('frontdoor_http_requests_total{path="/health",method="GET",status="200"}')).toBe(2);
    expect(s.get('frontdoor_http_requests_total{path="/health",method="HEAD",status="200"}')).toBe(1);
    expect(s.get('frontdoor_http_requests_total{path="other",method="GET",status="404"}')).toBe(1);
    expect(s.get('frontdoor_http_requests_in_flight')).toBe(1);

    const bucket = (le: string): number | undefined =>
      s.get(`frontdoor_http_request_duration_seconds_bucket{path="/health",le="${le}"}`);
    expect(bucket('0.0005')).toBe(1);
    expect(bucket('0.001')).toBe(1);
    expect(bucket('0.005')).toBe(2);
    expect(bucket('5')).toBe(2);
    expect(bucket('+Inf')).toBe(3);
    expect(s.get('frontdoor_http_request_duration_seconds_count{path="/health"}')).toBe(3);
    expect(s.get('frontdoor_http_request_duration_seconds_sum{path="/health"}')).toBeCloseTo(7.0032, 6);

    const les = [...s.keys()].filter(k => k.includes('_bucket{path="/health"')).length;
    expect(les).toBe(LATENCY_BUCKETS.length + 1);
  });

  test('label values are escaped per the exposition format', () => {
    const m = new MetricsRegistry(0);
    m.requestStarted();
    m.requestFinished('a"b\\c\nd', 'GET', 200, 0.001);
    expect(m.render(0, 0)).toContain(
      'frontdoor_http_requests_total{path="a\\"b\\\\c\\nd",method="GET",status="200"} 1'
    );
  });
});
