import type { KubernetesFacts, LogLevel } from './config';

/** starting: not yet listening; ready: serving; draining: SIGTERM received, finishing in-flight work. */
export type Phase = 'starting' | 'ready' | 'draining';

export interface RouteContext {
  phase: Phase;
  now: Date;
  hostname: string;
  appVersion: string | null;
  kubernetes: KubernetesFacts;
  renderMetrics: () => string;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Bounded metrics label: the matched path, or "other". */
  route: string;
  level: LogLevel;
  message: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const METRICS_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
const READ_METHODS = new Set(['GET', 'HEAD']);

// Every answer is generated per request and none is meant for a browser.
const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'"
};

export const HEALTH_PATHS = ['/', '/health', '/healthz'];
const KNOWN_PATHS = new Set([...HEALTH_PATHS, '/ready', '/status', '/metrics']);

/** The path without query or fragment; absolute-form targets (sent via proxies) are reduced to their path. */
export function pathOf(target: string): string {
  if (!target.startsWith('/')) {
    try {
      return new URL(target).pathname;
    } catch {
      return '';
    }
  }
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

function json(status: number, value: unknown, route: string, level: LogLevel, message: string): Reply {
  return {
    status,
    headers: { ...COMMON_HEADERS, 'Content-Type': JSON_TYPE },
    body: JSON.stringify(value),
    route,
    level,
    message
  };
}

export function route(method: string, target: string, ctx: RouteContext): Reply {
  const path = pathOf(target);
  const timestamp = ctx.now.toISOString();

  if (!KNOWN_PATHS.has(path)) {
    return json(404, { error: 'Not Found', status: 404, timestamp }, 'other', 'warning', 'Not found');
  }
  if (!READ_METHODS.has(method)) {
    const reply = json(
      405,
      { error: 'Method Not Allowed', status: 405, timestamp },
      path,
      'warning',
      'Method not allowed'
    );
    reply.headers.Allow = 'GET, HEAD';
    return reply;
  }

  if (HEALTH_PATHS.includes(path)) {
    // Liveness: the process answers, so it is alive, also while draining.
    return json(200, { status: 'healthy', timestamp }, path, 'debug', 'Health check');
  }
  if (path === '/ready') {
    const ready = ctx.phase === 'ready';
    return json(
      ready ? 200 : 503,
      { status: ready ? 'ready' : ctx.phase, timestamp },
      path,
      'debug',
      'Readiness check'
    );
  }
  if (path === '/status') {
    const body = {
      message: 'Welcome to the Flygtaxi Frontdoor Service!',
      timestamp,
      hostname: ctx.hostname,
      version: ctx.appVersion,
      kubernetes: ctx.kubernetes,
      status: 'Integration test successful! ✓'
    };
    return json(200, body, path, 'info', 'Status request');
  }
  return {
    status: 200,
    headers: { ...COMMON_HEADERS, 'Content-Type': METRICS_TYPE },
    body: ctx.renderMetrics(),
    route: path,
    level: 'debug',
    message: 'Metrics scrape'
  };
}
