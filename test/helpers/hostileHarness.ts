/**
 * The hostile-input suite's harness: runs an action's real bundle (runAction) on one bad input
 * in a sandbox that notices every side effect, and reports what the runner would show.
 * - processes: every tool the actions may start (helm, docker, buildah, podman, aws, kubectl,
 *   git) is a spy script on PATH that leaves a marker when run;
 * - requests: registry, kube-apiserver, AWS endpoints and the helm download URL all point at one
 *   local TCP listener that counts connections;
 * - writes: the workspace, RUNNER_TEMP and HOME are listed before and after.
 * The workspace holds the traps: symlinks out of it (to /etc/passwd and to an outside
 * directory), a symlink loop, a file and directories of every kind the inputs take.
 */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction, type ActionRun } from './runAction';

export const SPIED_TOOLS = ['helm', 'docker', 'buildah', 'podman', 'aws', 'kubectl', 'git'];

export interface Sandbox {
  workspace: string;
  /** The counting listener, host:port. */
  endpoint: string;
  /** The kubeconfig file in the workspace (points at the listener). */
  kubeconfig: string;
  close(): Promise<void>;
  /** `timeoutMs`: the run is killed after it (a control run that gets past validation). */
  run(action: string, inputs: Record<string, string>, timeoutMs?: number): Promise<HostileRun>;
}

export interface HostileRun {
  run: ActionRun;
  /** `input: message` of every problem in the ::error:: annotation. */
  problems: string[];
  spawned: string[];
  connections: number;
  /** Paths created or changed in the workspace, RUNNER_TEMP or HOME. */
  written: string[];
}

/** Every path under `dir` with its size and mtime (symlinks as links, never followed). */
function listing(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isSymbolicLink()) out.set(p, 'link');
      else if (e.isDirectory()) {
        out.set(p, 'dir');
        walk(p);
      } else {
        const st = statSync(p);
        out.set(p, `${st.size}:${st.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out;
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([p, v]) => before.get(p) !== v).map(([p]) => p);
}

/** The runner's unescaping of an annotation's data. */
function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export function problemsOf(stdout: string): string[] {
  const line = stdout.split('\n').find(l => l.startsWith('::error::'));
  if (!line) return [];
  return unescapeData(line.slice('::error::'.length))
    .split('\n')
    .filter(l => l.startsWith('  - '))
    .map(l => l.slice(4));
}

export async function sandbox(): Promise<Sandbox> {
  let connections = 0;
  const server: Server = createServer(s => {
    connections++;
    s.destroy();
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const endpoint = `127.0.0.1:${port}`;

  const root = mkdtempSync(join(tmpdir(), 'ft-hostile-'));
  const ws = join(root, 'ws');
  const outside = join(root, 'outside');
  const spyDir = join(root, 'bin');
  const markers = join(root, 'markers');
  for (const d of [ws, outside, spyDir, markers]) mkdirSync(d);
  writeFileSync(join(outside, 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(join(outside, 'secret.yaml'), 'password: outside-secret-value\n');

  // The workspace: good files, and traps.
  mkdirSync(join(ws, 'app'));
  writeFileSync(join(ws, 'app', 'Dockerfile'), 'FROM scratch\n');
  mkdirSync(join(ws, 'chart', 'templates'), { recursive: true });
  writeFileSync(join(ws, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
  writeFileSync(join(ws, 'chart.tgz'), 'not really a tgz');
  writeFileSync(join(ws, 'values.yaml'), 'a: 1\n');
  writeFileSync(join(ws, 'policy.json'), JSON.stringify({ rules: [] }));
  writeFileSync(join(ws, 'bad-policy.json'), 'root:x:0:0:root:/root:/bin/bash\n');
  mkdirSync(join(ws, 'empty-dir'));
  mkdirSync(join(ws, 'out'));
  symlinkSync('/etc/passwd', join(ws, 'passwd-link'));
  symlinkSync(outside, join(ws, 'outside-dir'));
  symlinkSync(join(outside, 'secret.yaml'), join(ws, 'secret-link.yaml'));
  symlinkSync(join(ws, 'loop-b'), join(ws, 'loop-a'));
  symlinkSync(join(ws, 'loop-a'), join(ws, 'loop-b'));
  mkdirSync(join(ws, 'chart-escape'));
  symlinkSync(join(outside, 'secret.yaml'), join(ws, 'chart-escape', 'Chart.yaml'));
  const kubeconfig = join(ws, 'kubeconfig');
  writeFileSync(
    kubeconfig,
    [
      'apiVersion: v1',
      'kind: Config',
      `clusters: [{name: c, cluster: {server: "https://${endpoint}", insecure-skip-tls-verify: true}}]`,
      'users: [{name: u, user: {token: kube-token-value}}]',
      'contexts: [{name: c, context: {cluster: c, user: u}}]',
      'current-context: c',
      ''
    ].join('\n')
  );

  for (const t of SPIED_TOOLS) {
    const p = join(spyDir, t);
    writeFileSync(p, `#!/bin/sh\n: > "${markers}/${t}"\nexit 1\n`);
    chmodSync(p, 0o755);
  }

  const run = async (
    action: string,
    inputs: Record<string, string>,
    timeoutMs = 60_000
  ): Promise<HostileRun> => {
    for (const m of readdirSync(markers)) rmSync(join(markers, m));
    const home = mkdtempSync(join(root, 'home-'));
    const runnerTemp = mkdtempSync(join(root, 'rt-'));
    const before = new Map([...listing(ws), ...listing(home), ...listing(runnerTemp)]);
    const startConnections = connections;
    const r = await runAction(action, inputs, {
      workspace: ws,
      runnerTemp,
      env: {
        PATH: `${spyDir}:${dirname(process.execPath)}:/usr/bin:/bin`,
        HOME: home,
        AWS_ACCESS_KEY_ID: 'AKIAHOSTILETEST00000',
        AWS_SECRET_ACCESS_KEY: 'hostile-secret-access-key',
        AWS_REGION: 'eu-north-1',
        AWS_ENDPOINT_URL: `http://${endpoint}`,
        AWS_EC2_METADATA_DISABLED: 'true',
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
        RUNNER_TOOL_CACHE: join(runnerTemp, 'toolcache')
      },
      timeoutMs
    });
    const after = new Map([...listing(ws), ...listing(home), ...listing(runnerTemp)]);
    return {
      run: r,
      problems: problemsOf(r.stdout),
      spawned: readdirSync(markers),
      connections: connections - startConnections,
      written: changed(before, after)
    };
  };

  return {
    workspace: ws,
    endpoint,
    kubeconfig,
    run,
    close: () => new Promise<void>(r => server.close(() => r()))
  };
}

/** One row of a hostile-input table. */
export interface HostileCase {
  /** The input the row attacks (for the per-action count of covered inputs). */
  input: string;
  why: string;
  inputs: Record<string, string>;
  /** The problem the action must report: `<input>: <message>` must match. */
  expect: RegExp;
  /** A value that must not appear anywhere in the output (a credential, a file's content). */
  secret?: string;
}

/** A table row: which input it attacks, and the case built once the sandbox exists. */
export interface Row {
  input: string;
  why: string;
  make: () => HostileCase;
}

/** The assertions every row shares: named error, no side effect, no echo of secrets. */
export function expectRefusedCleanly(h: HostileRun, c: HostileCase): void {
  expect(h.run.exitCode).toBe(1);
  expect(h.problems).toEqual(expect.arrayContaining([expect.stringMatching(c.expect)]));
  expect(h.run.stdout).not.toMatch(/Unexpected error/);
  expect(h.spawned).toEqual([]);
  expect(h.connections).toBe(0);
  expect(h.written).toEqual([]);
  expect(h.run.outputs).toEqual({});
  if (c.secret) {
    expect(h.run.stdout).not.toContain(c.secret);
    expect(h.run.stderr).not.toContain(c.secret);
    expect(h.run.summary).not.toContain(c.secret);
  }
}
