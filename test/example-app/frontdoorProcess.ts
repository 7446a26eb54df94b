/** Test-side helpers: build example-app when stale and run the real `node example-app/dist/server.js`. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_DIR = resolve(__dirname, '../../example-app');
export const SERVER_JS = join(APP_DIR, 'dist', 'server.js');

function isFresh(): boolean {
  const src = join(APP_DIR, 'src');
  const sources = readdirSync(src).filter(f => f.endsWith('.ts'));
  const outputs = sources.map(f => join(APP_DIR, 'dist', f.replace(/\.ts$/, '.js')));
  if (!outputs.every(f => existsSync(f))) return false;
  const newestInput = Math.max(
    ...[join(APP_DIR, 'tsconfig.json'), ...sources.map(f => join(src, f))].map(f => statSync(f).mtimeMs)
  );
  return Math.min(...outputs.map(f => statSync(f).mtimeMs)) >= newestInput;
}

const pause = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * Compiles example-app (the lead's `npm run build:app`) when dist is missing or stale. Jest runs
 * test files in parallel workers; the check and build run under a mkdir lock so one worker never
 * rewrites server.js while another is starting it.
 */
export function buildExampleApp(): void {
  const lock = join(tmpdir(), 'flygtaxi-example-app-build.lock');
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A worker killed mid-build leaves the lock behind; a build takes seconds, not minutes.
      if (Date.now() - statSync(lock).mtimeMs > 60_000) rmSync(lock, { recursive: true, force: true });
      if (waited > 120_000) throw new Error(`timed out waiting for the build lock ${lock}`);
      pause(100);
    }
  }
  try {
    if (isFresh()) return;
    const tsc = require.resolve('typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', join(APP_DIR, 'tsconfig.json')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`tsc -p example-app/tsconfig.json failed:\n${r.stdout}${r.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface LogLine {
  timestamp: string;
  level: string;
  logger: string;
  message: string;
  [field: string]: unknown;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Frontdoor {
  proc: ChildProcess;
  port: number;
  logs: LogLine[];
  stderr(): string;
  exited: Promise<Exit>;
  /** Resolves with the first log line matching, waiting for it if needed. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  stop(): Promise<Exit>;
}

/** Only what the test names: the child must not inherit e.g. a KUBERNETES_SERVICE_HOST of the CI. */
export function serverEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOST: '127.0.0.1', CONTAINER_PORT: '0', ...extra };
}

const running = new Set<ChildProcess>();

/** Kills whatever a test left running (a failed assertion must not leave servers behind). */
export function killAll(): void {
  for (const proc of running) proc.kill('SIGKILL');
}

/** Spawns the server and collects its JSON log lines; does not wait for it to listen. */
export function spawnFrontdoor(env: Record<string, string>): Omit<Frontdoor, 'port'> {
  const proc = spawn(process.execPath, [SERVER_JS], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(proc);
  proc.once('exit', () => running.delete(proc));
  const logs: LogLine[] = [];
  const waiters: Array<() => void> = [];
  let err = '';
  let pending = '';
  proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() !== '') logs.push(JSON.parse(line) as LogLine);
    }
    waiters.splice(0).forEach(w => w());
  });
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<Exit>(res => proc.once('exit', (code, signal) => res({ code, signal })));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
    waiters.splice(0).forEach(w => w());
  });

  const waitForLog = (match: (line: LogLine) => boolean, timeoutMs = 10_000): Promise<LogLine> =>
    new Promise((res, rej) => {
      const timer = setTimeout(
        () =>
          rej(new Error(`no matching log line in ${timeoutMs} ms; got:\n${JSON.stringify(logs)}\n${err}`)),
        timeoutMs
      );
      const check = (): void => {
        const found = logs.find(match);
        if (found) {
          clearTimeout(timer);
          res(found);
        } else if (hasExited) {
          clearTimeout(timer);
          rej(new Error(`server exited before the log line; logs:\n${JSON.stringify(logs)}\nstderr: ${err}`));
        } else waiters.push(check);
      };
      check();
    });

  return {
    proc,
    logs,
    stderr: () => err,
    exited,
    waitForLog,
    stop: async () => {
      if (!hasExited) proc.kill('SIGKILL');
      return exited;
    }
  };
}

/** A port the OS just handed out; the tiny window before the server binds it is fine on loopback. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const probe = createServer();
    probe.once('error', rej);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => res(port));
    });
  });
}

/**
 * Spawns the server on a free port and waits until /ready answers 200: polling works at every
 * LOG_LEVEL (at warning and error the "Listening" line is not written).
 */
export async function startFrontdoor(extraEnv: Record<string, string> = {}): Promise<Frontdoor> {
  const port = await freePort();
  const fd = spawnFrontdoor(serverEnv({ ...extraEnv, CONTAINER_PORT: String(port) }));
  let exited = false;
  void fd.exited.then(() => (exited = true));
  for (const deadline = Date.now() + 15_000; ;) {
    const ready = await httpRequest(port, 'GET', '/ready').then(
      r => r.status === 200,
      () => false
    );
    if (ready) return { ...fd, port };
    if (exited || Date.now() > deadline) {
      await fd.stop();
      throw new Error(
        `frontdoor did not become ready on port ${port}; stderr: ${fd.stderr()}; logs: ${JSON.stringify(fd.logs)}`
      );
    }
    await new Promise(r => setTimeout(r, 50));
  }
}

export interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A plain node:http request on a fresh connection (no keep-alive pooling between tests). */
export function httpRequest(port: number, method: string, path: string): Promise<Response> {
  return new Promise((res, rej) => {
    const req = request({ host: '127.0.0.1', port, method, path, agent: false }, r => {
      let body = '';
      r.setEncoding('utf8');
      r.on('data', (c: string) => (body += c));
      r.on('end', () => res({ status: r.statusCode ?? 0, headers: r.headers, body }));
    });
    req.on('error', rej);
    req.end();
  });
}
