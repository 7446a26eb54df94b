/** Graceful shutdown of the real server process: readiness off, in-flight requests finish, bounded. */
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { buildExampleApp, httpRequest, killAll, startFrontdoor } from './frontdoorProcess';

beforeAll(() => buildExampleApp(), 120_000);
afterAll(() => killAll());

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));

/**
 * Opens a raw connection and sends a request without the blank line that ends its headers:
 * the server has started a request it cannot answer yet — a request in flight.
 */
async function startPartialRequest(
  port: number,
  path: string
): Promise<{ socket: Socket; received: Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((res, rej) => socket.once('connect', res).once('error', rej));
  let data = '';
  socket.setEncoding('utf8').on('data', (c: string) => (data += c));
  const received = new Promise<string>(res => socket.once('close', () => res(data)));
  socket.write(`GET ${path} HTTP/1.1\r\nHost: frontdoor.test\r\n`);
  // Loopback delivers in microseconds; this only makes sure the server has read the first bytes.
  await sleep(200);
  return { socket, received };
}

function parseRaw(raw: string): { status: number; headers: Record<string, string>; body: string } {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

describe('example-app graceful shutdown (real process)', () => {
  test('SIGTERM with a request in flight: no new connections, the request is answered, exit 0', async () => {
    const fd = await startFrontdoor({ LOG_LEVEL: 'info' });
    const inFlight = await startPartialRequest(fd.port, '/status');

    fd.proc.kill('SIGTERM');
    const shutting = await fd.waitForLog(l => l.message === 'Shutting down');
    expect(shutting).toMatchObject({ level: 'info', reason: 'SIGTERM', drainTimeoutSeconds: 10 });
    await fd.waitForLog(l => l.message.startsWith('Stopped accepting connections'));
    await expect(httpRequest(fd.port, 'GET', '/health')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await sleep(300);
    expect(fd.proc.exitCode).toBeNull(); // still waiting for the in-flight request

    inFlight.socket.write('\r\n');
    const response = parseRaw(await inFlight.received);
    expect(response.status).toBe(200);
    expect(response.headers.connection).toBe('close');
    expect(JSON.parse(response.body).message).toBe('Welcome to the Flygtaxi Frontdoor Service!');

    expect(await fd.exited).toEqual({ code: 0, signal: null });
    const order = fd.logs.map(l => l.message);
    expect(order.slice(order.indexOf('Shutting down'))).toEqual([
      'Shutting down',
      'Stopped accepting connections, waiting for in-flight requests',
      'Status request',
      'Shutdown complete'
    ]);
    expect(fd.logs.at(-1)).toMatchObject({ level: 'info', outcome: 'drained' });
  });

  test('during the shutdown delay readiness is 503 "draining" while liveness and traffic still work', async () => {
    const fd = await startFrontdoor({ LOG_LEVEL: 'info', SHUTDOWN_DELAY_SECONDS: '2' });
    fd.proc.kill('SIGTERM');
    await fd.waitForLog(l => l.message === 'Shutting down');

    const ready = await httpRequest(fd.port, 'GET', '/ready');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body).status).toBe('draining');
    expect(ready.headers.connection).toBe('close');
    const health = await httpRequest(fd.port, 'GET', '/health');
    expect(health.status).toBe(200);
    const status = await httpRequest(fd.port, 'GET', '/status');
    expect(status.status).toBe(200);

    expect(await fd.exited).toEqual({ code: 0, signal: null });
    expect(fd.logs.at(-1)).toMatchObject({ message: 'Shutdown complete', outcome: 'drained' });
  });

  test('the drain is bounded: a request that never completes is cut at DRAIN_TIMEOUT_SECONDS', async () => {
    const fd = await startFrontdoor({ LOG_LEVEL: 'info', DRAIN_TIMEOUT_SECONDS: '0.5' });
    const stuck = await startPartialRequest(fd.port, '/status');

    fd.proc.kill('SIGTERM');
    expect(await fd.exited).toEqual({ code: 0, signal: null });
    expect(await stuck.received).toBe(''); // closed without an answer
    const warning = fd.logs.find(l => l.message.startsWith('Drain timeout'));
    expect(warning).toMatchObject({
      level: 'warning',
      message: 'Drain timeout reached, closing remaining connections',
      drainTimeoutSeconds: 0.5
    });
    expect(fd.logs.at(-1)).toMatchObject({ message: 'Shutdown complete', outcome: 'timeout' });
  });

  test('idle keep-alive connections (as a load balancer holds them) do not hold up the drain', async () => {
    const fd = await startFrontdoor({ LOG_LEVEL: 'info', DRAIN_TIMEOUT_SECONDS: '30' });
    const agent = new Agent({ keepAlive: true, maxSockets: 2 });
    try {
      for (let i = 0; i < 2; i++) {
        await new Promise<void>((res, rej) =>
          request({ host: '127.0.0.1', port: fd.port, path: '/health', agent }, r =>
            r.resume().on('end', res)
          )
            .on('error', rej)
            .end()
        );
      }
      expect(Object.values(agent.freeSockets).flat().length).toBeGreaterThan(0);

      fd.proc.kill('SIGTERM');
      expect(await fd.exited).toEqual({ code: 0, signal: null });
      // "drained", not "timeout": the idle sockets were closed at once, not waited for.
      expect(fd.logs.at(-1)).toMatchObject({ message: 'Shutdown complete', outcome: 'drained' });
    } finally {
      agent.destroy();
    }
  });

  test('SIGINT (Ctrl-C in `docker run`) drains the same way', async () => {
    const fd = await startFrontdoor({ LOG_LEVEL: 'info' });
    fd.proc.kill('SIGINT');
    expect(await fd.exited).toEqual({ code: 0, signal: null });
    expect(fd.logs.find(l => l.message === 'Shutting down')).toMatchObject({ reason: 'SIGINT' });
  });
});
