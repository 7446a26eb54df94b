/**
 * Real progressive-delivery controllers for the tests: their CRDs read from the Go module cache
 * (the module the bootstrap built the controller from, pinned in tools/versions.env; nothing
 * vendored) and applied to the stack's kube-apiserver, then the controller (.tools/bin, built by
 * scripts/bootstrap.sh) started against it and stopped by its PID. Argo Rollouts here; Flagger
 * in flaggerController.ts on the same helpers.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { KubeApiError } from '../../src/lib/kube';
import { loadStack, parseEnvFile, repoRoot, stackDir, toolsBin } from '../helpers/stack';
import { adminKube, waitFor } from './helpers';

export const ARGO_ROLLOUTS_VERSION = parseEnvFile(readFileSync(join(repoRoot, 'tools/versions.env'), 'utf8'))[
  'ARGO_ROLLOUTS_VERSION'
] as string;

/** A Go module's source directory in the module cache (downloaded if the cache lacks it). */
export function goModuleDir(module: string, version: string, cwd = repoRoot): string {
  const r = spawnSync('go', ['mod', 'download', '-json', `${module}@${version}`], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GOFLAGS: '-mod=mod' }
  });
  const dir = r.status === 0 ? (JSON.parse(r.stdout) as { Dir?: string }).Dir : undefined;
  if (!dir || !existsSync(dir))
    throw new Error(`cannot find ${module} ${version} in the Go module cache: ${r.stderr}`);
  return dir;
}

/** The argo-rollouts module's source directory (the version the bootstrap built). */
export function argoModuleDir(): string {
  return goModuleDir(
    'github.com/argoproj/argo-rollouts',
    ARGO_ROLLOUTS_VERSION,
    join(repoRoot, 'tools/argo-rollouts')
  );
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** Creates the CRDs in these YAML files (or keeps existing ones) and waits until Established. */
export async function applyCrds(files: string[]): Promise<string[]> {
  const kube = await adminKube();
  const names: string[] = [];
  for (const f of files) {
    for (const doc of parseAllDocuments(readFileSync(f, 'utf8'))) {
      const crd = doc.toJS() as { kind?: string; metadata: { name: string } } | null;
      if (!crd || crd.kind !== 'CustomResourceDefinition') continue;
      names.push(crd.metadata.name);
      await kube
        .request('POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', { body: crd })
        .catch(err => {
          if (!(err instanceof KubeApiError && err.status === 409)) throw err;
        });
    }
  }
  for (const n of names)
    await waitFor(
      async () => {
        const c = await kube.get<{ status?: { conditions?: { type: string; status: string }[] } }>(
          `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${n}`
        );
        return c.status?.conditions?.some(x => x.type === 'Established' && x.status === 'True');
      },
      30_000,
      `CRD ${n} Established`
    );
  return names;
}

/** Applies the CRDs of argo-rollouts' manifests/crds. */
export async function installArgoCrds(): Promise<string[]> {
  const dir = join(argoModuleDir(), 'manifests', 'crds');
  return applyCrds(
    readdirSync(dir)
      .filter(x => x.endsWith('-crd.yaml'))
      .map(f => join(dir, f))
  );
}

export interface ArgoController {
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Starts a controller binary of .tools/bin against the stack's kube-apiserver, its output in the
 * stack's log dir, and waits until its log matches `started` (or it exits).
 */
export async function startController(
  binary: string,
  args: (kubeconfig: string, ports: [number, number]) => string[],
  started: RegExp,
  env: NodeJS.ProcessEnv = {}
): Promise<ArgoController> {
  const bin = join(toolsBin, binary);
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run scripts/bootstrap.sh (it builds ${binary})`);
  const stack = loadStack();
  const logDir = join(stackDir(), 'logs');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `${binary}-${process.pid}.log`);
  const out = openSync(logFile, 'a');
  const ports: [number, number] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(bin, args(stack.kubeconfig, ports), {
    stdio: ['ignore', out, out],
    env: { ...process.env, ...env }
  });
  const pid = child.pid as number;
  const exited = new Promise<void>(r => child.once('exit', () => r()));
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`${binary} exited (${child.exitCode}); see ${logFile}`);
      return started.test(readFileSync(logFile, 'utf8'));
    },
    60_000,
    `${binary} to start`
  );
  return {
    pid,
    logFile,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(pid, 'SIGTERM');
      const t = setTimeout(() => process.kill(pid, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(t);
    }
  };
}

/** Starts rollouts-controller against the stack's kube-apiserver (cluster mode, no leader election). */
export async function startArgoController(): Promise<ArgoController> {
  return startController(
    'rollouts-controller',
    (kubeconfig, [metrics, healthz]) => [
      '--kubeconfig',
      kubeconfig,
      '--leader-elect=false',
      '--metricsPort',
      String(metrics),
      '--healthzPort',
      String(healthz),
      '--loglevel',
      'info'
    ],
    /Started \d+ Rollout workers|Started Rollout workers|Starting Controllers/i,
    { POD_NAMESPACE: 'argo-rollouts' }
  );
}
