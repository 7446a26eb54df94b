/**
 * AWS retry behaviour under injected faults: the SDK's standard retry strategy as the one retry
 * layer (the shipped code) vs the double retry it replaced (issue #11; rebuilt in
 * retry-flows/retryFlows.ts), for DescribeCluster (EKS) and GetAuthorizationToken (ECR), through the
 * real SDK clients against a real moto server. A fault proxy on 127.0.0.1 in front of moto counts
 * every HTTP request (an AWS call as the service sees it) and answers the first requests of each
 * trial as the scenario says (503, connection reset, throttling, a clock-skewed signature error);
 * the rest reach moto. Per scenario and design: AWS calls, wall time (median of --runs trials,
 * the two designs interleaved), whether the call succeeded, how many retries were logged; then
 * the ratios one-layer / double.
 *
 *   .tools/bin/node bench/retry.ts [--runs N] [--only eks-outage,ecr-clock-skew,...]
 * Uses the stack's moto when .tools/stack/stack.env names a live one, else starts
 * .tools/bin/moto_server on a free port for the run (and stops it). Bundles retry-flows/retryFlows.ts
 * with ncc first (a few seconds).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ncc from '@vercel/ncc';
import { BIN, fmt, intArg, loadStackEnv, median, onlyArg, ROOT } from './lib/measure.ts';
import type { CallOutcome, Flow, Op } from './retry-flows/retryFlows.ts';

const RUNS = intArg('runs', 5);
const REGION = 'eu-north-1';
const CLUSTER = 'bench-retry';

type Fault = 'pass' | '503' | 'reset' | 'throttle' | 'skew';
interface Scenario {
  name: string;
  op: Op;
  what: string;
  /** The fault for the n-th request (0-based) of a trial. */
  fault: (n: number) => Fault;
}
const firstN =
  (n: number, f: Fault) =>
  (i: number): Fault =>
    i < n ? f : 'pass';
const SCENARIOS: Scenario[] = [
  { name: 'eks-outage', op: 'eks', what: 'every request 503', fault: () => '503' },
  { name: 'eks-blip', op: 'eks', what: 'two 503s, then moto', fault: firstN(2, '503') },
  { name: 'eks-resets', op: 'eks', what: 'two connection resets, then moto', fault: firstN(2, 'reset') },
  { name: 'ecr-outage', op: 'ecr', what: 'every request 503', fault: () => '503' },
  {
    name: 'ecr-throttled',
    op: 'ecr',
    what: 'two ThrottlingException (400), then moto',
    fault: firstN(2, 'throttle')
  },
  {
    name: 'ecr-clock-skew',
    op: 'ecr',
    what: 'one InvalidSignatureException (403) with a server Date 1 h ahead, then moto',
    fault: firstN(1, 'skew')
  }
];
const only = onlyArg(SCENARIOS.map(s => s.name).join(','));

// ---------------------------------------------------------------- moto
async function moto(): Promise<{ endpoint: string; child?: ChildProcess }> {
  const stack = loadStackEnv().env;
  const fromStack = stack?.['FT_MOTO_ENDPOINT'];
  if (fromStack && (await reachable(`${fromStack}/moto-api/`))) return { endpoint: fromStack };
  const port = await freePort();
  const child = spawn(join(BIN, 'moto_server'), ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (await reachable(`${endpoint}/moto-api/`)) return { endpoint, child };
    await new Promise(r => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`moto_server did not start on ${endpoint} (run scripts/bootstrap.sh?)`);
}

function reachable(url: string): Promise<boolean> {
  return new Promise(resolve => {
    const req = request(url, { timeout: 1000 }, res => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>(r => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise(r => s.close(r));
  return port;
}

// ---------------------------------------------------------------- fault proxy
class FaultProxy {
  private n = 0;
  private plan: (n: number) => Fault = () => 'pass';
  private readonly upstream: URL;
  readonly server = createServer((req, res) => this.handle(req, res));

  constructor(upstream: URL) {
    this.upstream = upstream;
  }

  async listen(): Promise<string> {
    await new Promise<void>(r => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Starts a trial: request counting from 0 with this plan. */
  trial(plan: (n: number) => Fault): void {
    this.n = 0;
    this.plan = plan;
  }

  get requests(): number {
    return this.n;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const fault = this.plan(this.n++);
    const error = (status: number, type: string, message: string, headers: Record<string, string> = {}) => {
      req.resume();
      const body = JSON.stringify({ __type: type, message });
      res.writeHead(status, {
        'Content-Type': 'application/json',
        'x-amzn-ErrorType': type,
        'Content-Length': Buffer.byteLength(body),
        ...headers
      });
      res.end(body);
    };
    switch (fault) {
      case '503':
        return error(503, 'ServiceUnavailableException', 'injected outage');
      case 'throttle':
        return error(400, 'ThrottlingException', 'Rate exceeded (injected)');
      case 'skew':
        return error(403, 'InvalidSignatureException', 'Signature expired (injected clock skew)', {
          Date: new Date(Date.now() + 3600_000).toUTCString()
        });
      case 'reset':
        req.socket.destroy();
        return;
      case 'pass': {
        const up = request(
          new URL(req.url ?? '/', this.upstream),
          { method: req.method, headers: req.headers },
          upRes => {
            res.writeHead(upRes.statusCode ?? 502, upRes.headers);
            upRes.pipe(res);
          }
        );
        up.on('error', () => res.destroy());
        req.pipe(up);
      }
    }
  }
}

// ---------------------------------------------------------------- the flows, bundled
async function loadFlows(): Promise<{
  callOnce: (op: Op, flow: Flow, cluster: string, region: string) => Promise<CallOutcome>;
  cleanup: () => void;
}> {
  const out = mkdtempSync(join(tmpdir(), 'bench-retry-'));
  const { code, assets } = await ncc(join(ROOT, 'bench', 'retry-flows', 'retryFlows.ts'), {
    cache: false,
    transpileOnly: true,
    quiet: true,
    target: 'es2023'
  });
  writeFileSync(join(out, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets as Record<string, { source: string | Buffer }>))
    writeFileSync(join(out, name), asset.source);
  const mod = createRequire(import.meta.url)(join(out, 'index.js')) as {
    callOnce: (op: Op, flow: Flow, cluster: string, region: string) => Promise<CallOutcome>;
  };
  return { callOnce: mod.callOnce, cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

// ---------------------------------------------------------------- run
interface Sample {
  calls: number;
  ms: number;
  ok: boolean;
  retryLines: number;
  error?: string;
}

const started = performance.now();
const { loadavg } = await import('node:os');
console.log(
  `INFO  load average at start: ${loadavg()
    .map(l => l.toFixed(2))
    .join(' ')}; ${RUNS} trials per design`
);
const flows = await loadFlows();
const m = await moto();
const proxy = new FaultProxy(new URL(m.endpoint));
const proxyUrl = await proxy.listen();
Object.assign(process.env, {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  AWS_REGION: REGION,
  AWS_ENDPOINT_URL: proxyUrl
});
for (const k of [
  'AWS_PROFILE',
  'AWS_SESSION_TOKEN',
  'HTTPS_PROXY',
  'HTTP_PROXY',
  'https_proxy',
  'http_proxy'
])
  delete process.env[k];

try {
  // The cluster DescribeCluster asks for (moto keeps it for the server's lifetime).
  proxy.trial(() => 'pass');
  const { EKSClient, CreateClusterCommand } = await import('@aws-sdk/client-eks');
  const eks = new EKSClient({ region: REGION });
  await eks
    .send(
      new CreateClusterCommand({
        name: CLUSTER,
        roleArn: 'arn:aws:iam::000000000000:role/eks',
        resourcesVpcConfig: { subnetIds: ['subnet-1'] }
      })
    )
    .catch((e: { name?: string }) => {
      if (e.name !== 'ResourceInUseException') throw e;
    });
  eks.destroy();

  // Warm-up, not measured: each design loads its SDK client and the shared code once.
  for (const op of ['eks', 'ecr'] as Op[])
    for (const flow of ['one-layer', 'double'] as Flow[]) {
      proxy.trial(() => 'pass');
      const o = await flows.callOnce(op, flow, CLUSTER, REGION);
      if (!o.ok) throw new Error(`warm-up ${op} ${flow} against moto failed: ${o.error}`);
    }

  const rows: string[] = [];
  for (const sc of SCENARIOS.filter(s => only.has(s.name))) {
    const samples: Record<Flow, Sample[]> = { 'one-layer': [], double: [] };
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, the order alternating per trial.
      const order: Flow[] = i % 2 === 0 ? ['one-layer', 'double'] : ['double', 'one-layer'];
      for (const flow of order) {
        proxy.trial(sc.fault);
        const t = performance.now();
        const o = await flows.callOnce(sc.op, flow, CLUSTER, REGION);
        samples[flow].push({
          calls: proxy.requests,
          ms: performance.now() - t,
          ok: o.ok,
          retryLines: o.retryLines,
          ...(o.error ? { error: o.error } : {})
        });
      }
    }
    console.log(
      `\n${sc.name} (${sc.op === 'eks' ? 'EKS DescribeCluster' : 'ECR GetAuthorizationToken'}): ${sc.what}`
    );
    const sum: Record<Flow, { calls: number; ms: number; ok: string }> = {
      'one-layer': { calls: 0, ms: 0, ok: '' },
      double: { calls: 0, ms: 0, ok: '' }
    };
    for (const flow of ['one-layer', 'double'] as Flow[]) {
      const s = samples[flow];
      const calls = median(s.map(x => x.calls));
      const ms = median(s.map(x => x.ms));
      const ok = s.filter(x => x.ok).length;
      const logged = median(s.map(x => x.retryLines));
      sum[flow] = { calls, ms, ok: `${ok}/${s.length}` };
      const err = s.find(x => x.error)?.error;
      console.log(
        `  ${flow.padEnd(10)} AWS calls ${String(calls).padStart(3)} (range ${Math.min(...s.map(x => x.calls))}-${Math.max(...s.map(x => x.calls))})  time ${fmt(ms).padStart(9)}  succeeded ${ok}/${s.length}  retries logged ${logged} of ${calls - 1}${err ? `  error: ${err.slice(0, 110)}` : ''}`
      );
    }
    const callRatio = sum['one-layer'].calls / sum.double.calls;
    const timeRatio = sum['one-layer'].ms / sum.double.ms;
    const line = `${sc.name.padEnd(15)} calls ${sum['one-layer'].calls}/${sum.double.calls} = ${callRatio.toFixed(3)}×   time ${fmt(sum['one-layer'].ms)}/${fmt(sum.double.ms)} = ${timeRatio.toFixed(3)}×   succeeded ${sum['one-layer'].ok} vs ${sum.double.ok}`;
    console.log(`  ratio one-layer/double: ${line.slice(15).trim()}`);
    rows.push(line);
  }
  console.log('\nSummary (one-layer / double, medians):');
  for (const r of rows) console.log(`  ${r}`);
  console.log(
    `INFO  load average at end: ${loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}; bench took ${fmt(performance.now() - started)}`
  );
} finally {
  proxy.server.close();
  proxy.server.closeAllConnections();
  m.child?.kill();
  flows.cleanup();
}
