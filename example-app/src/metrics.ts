/** Upper bounds in seconds; a health check answers in well under a millisecond on a warm pod. */
export const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

interface Histogram {
  counts: number[]; // per bucket, not cumulative; made cumulative when rendered
  sum: number;
  count: number;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function labels(pairs: Array<[string, string]>): string {
  return `{${pairs.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}`;
}

/**
 * In-memory Prometheus registry for this one process. Callers pass bounded label values
 * (route names, not raw paths) so a scanner probing random URLs cannot grow it without limit.
 */
export class MetricsRegistry {
  // Keyed by a cheap composite string; labels are escaped and formatted only when scraped.
  private readonly requests = new Map<
    string,
    { route: string; method: string; status: number; count: number }
  >();
  private readonly latency = new Map<string, Histogram>();
  private inFlight = 0;

  constructor(private readonly startedAt: number) {}

  requestStarted(): void {
    this.inFlight += 1;
  }

  requestFinished(route: string, method: string, status: number, seconds: number): void {
    this.inFlight -= 1;
    const key = `${status} ${method} ${route}`;
    const counter = this.requests.get(key);
    if (counter === undefined) this.requests.set(key, { route, method, status, count: 1 });
    else counter.count += 1;

    let h = this.latency.get(route);
    if (h === undefined) {
      h = { counts: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.latency.set(route, h);
    }
    const i = LATENCY_BUCKETS.findIndex(le => seconds <= le);
    if (i >= 0) h.counts[i] = (h.counts[i] ?? 0) + 1;
    h.sum += seconds;
    h.count += 1;
  }

  /** Prometheus text exposition format 0.0.4. */
  render(nowMs: number, residentBytes: number): string {
    const out: string[] = [];
    out.push('# HELP frontdoor_http_requests_total HTTP requests answered, by route, method and status.');
    out.push('# TYPE frontdoor_http_requests_total counter');
    const counters = [...this.requests.values()].map(c => ({
      series: labels([
        ['path', c.route],
        ['method', c.method],
        ['status', String(c.status)]
      ]),
      count: c.count
    }));
    for (const { series, count } of counters.sort((a, b) => a.series.localeCompare(b.series))) {
      out.push(`frontdoor_http_requests_total${series} ${count}`);
    }

    out.push('# HELP frontdoor_http_request_duration_seconds Time from request to the end of the response.');
    out.push('# TYPE frontdoor_http_request_duration_seconds histogram');
    for (const [route, h] of [...this.latency].sort(([a], [b]) => a.localeCompare(b))) {
      let cumulative = 0;
      LATENCY_BUCKETS.forEach((le, i) => {
        cumulative += h.counts[i] ?? 0;
        out.push(
          `frontdoor_http_request_duration_seconds_bucket${labels([
            ['path', route],
            ['le', String(le)]
          ])} ${cumulative}`
        );
      });
      out.push(
        `frontdoor_http_request_duration_seconds_bucket${labels([
          ['path', route],
          ['le', '+Inf']
        ])} ${h.count}`
      );
      out.push(`frontdoor_http_request_duration_seconds_sum${labels([['path', route]])} ${String(h.sum)}`);
      out.push(`frontdoor_http_request_duration_seconds_count${labels([['path', route]])} ${h.count}`);
    }

    out.push('# HELP frontdoor_http_requests_in_flight Requests being answered right now.');
    out.push('# TYPE frontdoor_http_requests_in_flight gauge');
    out.push(`frontdoor_http_requests_in_flight ${this.inFlight}`);

    out.push('# HELP frontdoor_uptime_seconds Seconds since the process started.');
    out.push('# TYPE frontdoor_uptime_seconds gauge');
    out.push(`frontdoor_uptime_seconds ${String(Math.max(0, nowMs - this.startedAt) / 1000)}`);

    out.push('# HELP process_resident_memory_bytes Resident memory size in bytes.');
    out.push('# TYPE process_resident_memory_bytes gauge');
    out.push(`process_resident_memory_bytes ${residentBytes}`);
    return `${out.join('\n')}\n`;
  }
}
