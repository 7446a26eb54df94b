import { isIP } from 'node:net';

export const LOG_LEVELS = ['debug', 'info', 'warning', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The few Kubernetes facts /status may show; set through the downward API in the chart. */
export interface KubernetesFacts {
  inCluster: boolean;
  podName: string | null;
  namespace: string | null;
  nodeName: string | null;
}

export interface Config {
  port: number;
  host: string;
  logLevel: LogLevel;
  drainTimeoutMs: number;
  shutdownDelayMs: number;
  /** Image tag or chart appVersion, if the chart passes it; lets a smoke test see which build answers. */
  appVersion: string | null;
  kubernetes: KubernetesFacts;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

type Env = Record<string, string | undefined>;

/** Unset and blank mean "use the default": Helm often renders empty strings for unset values. */
function valueOf(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  return trimmed === '' ? undefined : trimmed;
}

function show(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

function seconds(env: Env, name: string, fallback: number, max: number, errors: string[]): number {
  const raw = valueOf(env, name);
  if (raw === undefined) return fallback * 1000;
  const n = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 0 && n <= max)) {
    errors.push(`${name} must be a number of seconds from 0 to ${max}, got ${show(raw)}`);
    return fallback * 1000;
  }
  return Math.round(n * 1000);
}

/** A name-like fact: bounded and printable, so /status can never echo arbitrary blobs. */
function fact(env: Env, name: string): string | null {
  const raw = valueOf(env, name);
  return raw !== undefined && /^[A-Za-z0-9._+-]{1,253}$/.test(raw) ? raw : null;
}

/** Reads the service's settings from the environment, reporting every problem at once. */
export function parseConfig(env: Env): ConfigResult {
  const errors: string[] = [];

  let port = 8080;
  const rawPort = valueOf(env, 'CONTAINER_PORT');
  if (rawPort !== undefined) {
    // 0 asks the OS for a free port (used by tests; the startup log names the real one).
    if (/^\d{1,5}$/.test(rawPort) && Number(rawPort) <= 65535) port = Number(rawPort);
    else errors.push(`CONTAINER_PORT must be a port number from 0 to 65535, got ${show(rawPort)}`);
  }

  const host = valueOf(env, 'HOST') ?? '0.0.0.0';
  if (isIP(host) === 0) errors.push(`HOST must be an IP address to listen on, got ${show(host)}`);

  let logLevel: LogLevel = 'info';
  const rawLevel = valueOf(env, 'LOG_LEVEL');
  if (rawLevel !== undefined) {
    const lower = rawLevel.toLowerCase();
    const level = lower === 'warn' ? 'warning' : lower;
    if ((LOG_LEVELS as readonly string[]).includes(level)) logLevel = level as LogLevel;
    else errors.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${show(rawLevel)}`);
  }

  const drainTimeoutMs = seconds(env, 'DRAIN_TIMEOUT_SECONDS', 10, 300, errors);
  const shutdownDelayMs = seconds(env, 'SHUTDOWN_DELAY_SECONDS', 0, 300, errors);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      port,
      host,
      logLevel,
      drainTimeoutMs,
      shutdownDelayMs,
      appVersion: fact(env, 'APP_VERSION'),
      kubernetes: {
        inCluster: valueOf(env, 'KUBERNETES_SERVICE_HOST') !== undefined,
        podName: fact(env, 'POD_NAME'),
        namespace: fact(env, 'POD_NAMESPACE'),
        nodeName: fact(env, 'NODE_NAME')
      }
    }
  };
}
