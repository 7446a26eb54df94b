import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import type { Config } from './config';
import type { Logger } from './logger';
import { MetricsRegistry } from './metrics';
import { pathOf, route, type Phase, type Reply } from './routes';

export interface Frontdoor {
  readonly server: Server;
  phase(): Phase;
  /** Resolves with the bound port (CONTAINER_PORT=0 picks a free one). */
  listen(): Promise<number>;
  /** Readiness off, optional delay, stop accepting, wait for in-flight requests up to the drain timeout. */
  shutdown(reason: string): Promise<'drained' | 'timeout'>;
}

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

function listenError(err: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `${host}:${port} (CONTAINER_PORT/HOST)`;
  if (err.code === 'EADDRINUSE') return new Error(`cannot listen on ${where}: the address is already in use`);
  if (err.code === 'EACCES')
    return new Error(`cannot listen on ${where}: permission denied (ports below 1024 need privileges)`);
  if (err.code === 'EADDRNOTAVAIL') return new Error(`cannot listen on ${where}: no such local address`);
  return new Error(`cannot listen on ${where}: ${err.message}`);
}

export function createFrontdoor(config: Config, logger: Logger): Frontdoor {
  let phase: Phase = 'starting';
  const metrics = new MetricsRegistry(Date.now());
  const host = hostname();
  const renderMetrics = (): string => metrics.render(Date.now(), process.memoryUsage.rss());

  function answer(req: IncomingMessage): Reply {
    try {
      return route(req.method ?? '', req.url ?? '', {
        phase,
        now: new Date(),
        hostname: host,
        appVersion: config.appVersion,
        kubernetes: config.kubernetes,
        renderMetrics
      });
    } catch (err) {
      logger.log('error', 'Request failed', { error: err instanceof Error ? err.message : String(err) });
      const body = JSON.stringify({ error: 'Internal Server Error', status: 500 });
      return {
        status: 500,
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store'
        },
        body,
        route: 'other',
        level: 'error',
        message: 'Internal error'
      };
    }
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = process.hrtime.bigint();
    metrics.requestStarted();
    const reply = answer(req);
    // 'close' follows 'finish' on every response and also fires when the client hangs up first.
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.requestFinished(reply.route, req.method ?? '', reply.status, seconds);
      if (logger.enabled(reply.level)) {
        logger.log(reply.level, reply.message, {
          method: req.method ?? '',
          path: pathOf(req.url ?? '').slice(0, 256),
          status: reply.status,
          durationMs: Math.round(seconds * 1e6) / 1e3
        });
      }
    });

    const headers: Record<string, string | number> = reply.headers;
    headers['Content-Length'] = Buffer.byteLength(reply.body);
    // While draining, do not keep the connection: the client reconnects to a pod that stays.
    if (phase === 'draining') headers.Connection = 'close';
    res.writeHead(reply.status, headers);
    res.end(req.method === 'HEAD' ? undefined : reply.body);
  }

  const server = createServer(handle);
  // Longer than the ALB's 60 s idle timeout, so the balancer, not this pod, closes idle
  // connections; otherwise a request can race the close and the client gets a 502.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  return {
    server,
    phase: () => phase,

    listen() {
      return new Promise((resolve, reject) => {
        const onError = (err: NodeJS.ErrnoException): void =>
          reject(listenError(err, config.host, config.port));
        server.once('error', onError);
        server.listen({ port: config.port, host: config.host }, () => {
          server.off('error', onError);
          server.on('error', err => logger.log('error', 'Server error', { error: err.message }));
          phase = 'ready';
          const address = server.address();
          resolve(typeof address === 'object' && address !== null ? address.port : config.port);
        });
      });
    },

    async shutdown(reason) {
      phase = 'draining';
      logger.log('info', 'Shutting down', {
        reason,
        shutdownDelaySeconds: config.shutdownDelayMs / 1000,
        drainTimeoutSeconds: config.drainTimeoutMs / 1000
      });
      // Endpoints controllers and load balancers need a moment to notice readiness is gone;
      // keep serving meanwhile so no request meets a closed port.
      if (config.shutdownDelayMs > 0) await sleep(config.shutdownDelayMs);

      const closed = new Promise<'drained'>(resolve => server.close(() => resolve('drained')));
      server.closeIdleConnections();
      logger.log('info', 'Stopped accepting connections, waiting for in-flight requests');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>(resolve => {
        timer = setTimeout(() => resolve('timeout'), config.drainTimeoutMs);
      });
      const outcome = await Promise.race([closed, timeout]);
      clearTimeout(timer);
      if (outcome === 'timeout') {
        logger.log('warning', 'Drain timeout reached, closing remaining connections', {
          drainTimeoutSeconds: config.drainTimeoutMs / 1000
        });
        server.closeAllConnections();
      }
      return outcome;
    }
  };
}
