#!/usr/bin/env node
// Load benchmark for the frontdoor example service's /health on 127.0.0.1.
//
//   npm run build:app && node bench/example-app-load.mjs [--duration 3] [--rounds 3] [--connections 10]
//
// Each run measures, in the same process and conditions:
//   baseline  a bare node:http server answering the same JSON (the floor for any Node service)
//   frontdoor example-app/dist/server.js at LOG_LEVEL=info (health checks not logged)
//   debug     the same at LOG_LEVEL=debug (one JSON log line per request, read from a pipe)
// in interleaved rounds, and prints median req/s, p50/p99 latency (ms, from every response)
// and peak RSS, each also as a ratio against the baseline.
// Absolute numbers depend on the machine; compare the ratios.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverJs = join(root, 'example-app', 'dist', 'server.js');

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '3' }
  }
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const warmup = Number(values.warmup);
const rounds = Number(values.rounds);
for (const [name, v, max] of [
  ['--duration', duration, 60],
  ['--connections', connections, 1000],
  ['--warmup', warmup, 30],
  ['--rounds', rounds, 20]
]) {
  if (!Number.isFinite(v) || v < 0 || v > max || (name !== '--warmup' && v === 0)) {
    console.error(`example-app-load: ${name} must be a number from ${name === '--warmup' ? 0 : 1} to ${max}`);
    process.exit(2);
  }
}
if (!existsSync(serverJs)) {
  console.error(`example-app-load: ${serverJs} is missing; run \`npm run build:app\` first`);
  process.exit(2);
}

// Same body shape and headers as frontdoor's /health, nothing else: what the service costs on top.
const BASELINE = `
const http = require('node:http');
const server = http.createServer((req, res) => {
  const body = JSON.stringify({ status: 'healthy', timestamp: new Date().toISOString() });
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(Number(process.env.CONTAINER_PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

async function waitUntilServing(port, proc) {
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await sleep(50)) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode} before serving`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      r => r.ok,
      () => false
    );
    if (ok) return;
  }
  throw new Error(`server on port ${port} did not answer /health within 15 s`);
}

/** Peak resident set (VmHWM) of the server process, from Linux procfs. */
function peakRssBytes(pid) {
  const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

async function startServer(name, args, env) {
  const port = await freePort();
  const proc = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', CONTAINER_PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'inherit']
  });
  const server = { name, proc, url: `http://127.0.0.1:${port}/health`, logBytes: 0, samples: [] };
  proc.stdout.on('data', chunk => (server.logBytes += chunk.length));
  await waitUntilServing(port, proc);
  return server;
}

/** autocannon's own percentiles are whole milliseconds; loopback answers take microseconds. */
function load(server, seconds) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon({ url: server.url, connections, duration: seconds }, (err, r) => {
      if (err) return reject(err);
      if (r.errors || r.timeouts || r.non2xx) {
        return reject(
          new Error(
            `${server.name}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx responses`
          )
        );
      }
      latencies.sort((a, b) => a - b);
      const at = q => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
      resolve({ rps: r['2xx'] / seconds, p50: at(0.5), p99: at(0.99) });
    });
    instance.on('response', (_client, _status, _bytes, responseTimeMs) => latencies.push(responseTimeMs));
  });
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const servers = [];
try {
  servers.push(await startServer('baseline', ['-e', BASELINE], {}));
  servers.push(await startServer('frontdoor', [serverJs], { LOG_LEVEL: 'info' }));
  servers.push(await startServer('frontdoor debug', [serverJs], { LOG_LEVEL: 'debug' }));
  if (warmup > 0) for (const s of servers) await load(s, warmup);
  // Interleaved rounds, medians reported: other work on the machine hits every variant alike.
  for (let round = 0; round < rounds; round++) {
    for (const s of servers) {
      s.samples.push(await load(s, duration));
    }
  }
  for (const s of servers) s.rss = peakRssBytes(s.proc.pid);
} finally {
  for (const s of servers) s.proc.kill('SIGTERM');
}
const runs = servers.map(s => ({
  name: s.name,
  rps: median(s.samples.map(x => x.rps)),
  p50: median(s.samples.map(x => x.p50)),
  p99: median(s.samples.map(x => x.p99)),
  rss: s.rss,
  logBytes: s.logBytes,
  samples: s.samples
}));
const [base] = runs;

const mib = b => (b / 2 ** 20).toFixed(1);
const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
console.log(
  `\nexample-app /health, ${connections} connections, ${rounds} rounds x ${duration} s (+${warmup} s warm-up), node ${process.version}\n`
);
console.log('run               req/s  x base   p50 ms   p99 ms  x base  peak RSS MiB  x base');
for (const r of runs) {
  console.log(
    `${r.name.padEnd(16)} ${r.rps.toFixed(0).padStart(6)}  ${ratio(r.rps, base.rps).padStart(6)}  ` +
      `${r.p50.toFixed(3).padStart(7)}  ${r.p99.toFixed(3).padStart(7)}  ${ratio(r.p99, base.p99).padStart(6)}  ` +
      `${mib(r.rss).padStart(12)}  ${ratio(r.rss, base.rss).padStart(6)}`
  );
}
console.log(
  `\n${JSON.stringify({ bench: 'example-app-load', connections, duration, rounds, node: process.version, runs })}`
);
