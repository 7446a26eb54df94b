/**
 * The real Argo Rollouts controller for the tests: its CRDs read from the Go module cache (the
 * module the bootstrap built the controller from, pinned by ARGO_ROLLOUTS_VERSION; nothing
 * vendored) and applied to the stack's kube-apiserver, then `rollouts-controller` (.tools/bin,
 * built by scripts/bootstrap.sh) started against it and stopped by its PID.
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

/** The module's source directory in the Go module cache (downloaded if the cache lacks it). */
export function argoModuleDir(): string {
  const r = spawnSync(
    'go',
    ['mod', 'download', '-json', `github.com/argoproj/argo-rollouts@${ARGO_ROLLOUTS_VERSION}`],
    {
      cwd: join(repoRoot, 'tools/argo-rollouts'),
      encoding: 'utf8',
      env: { ...process.env, GOFLAGS: '-mod=mod' }
    }
  );
  const dir = r.status === 0 ? (JSON.parse(r.stdout) as { Dir?: string }).Dir : undefined;
  if (!dir || !existsSync(dir))
    throw new Error(`cannot find argo-rollouts ${ARGO_ROLLOUTS_VERSION} in the Go module cache: ${r.stderr}`);
  return dir;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** Applies the CRDs of manifests/crds (create, or keep the existing one) and waits until Established. */
export async function installArgoCrds(): Promise<string[]> {
  const kube = await adminKube();
  const dir = join(argoModuleDir(), 'manifests', 'crds');
  const names: string[] = [];
  for (const f of readdirSync(dir).filter(x => x.endsWith('-crd.yaml'))) {
    for (const doc of parseAllDocuments(readFileSync(join(dir, f), 'utf8'))) {
      const crd = doc.toJS() as { metadata: { name: string } } | null;
      if (!crd) continue;
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

export interface ArgoController {
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

/** Starts rollouts-controller against the stack's kube-apiserver (cluster mode, no leader election). */
export async function startArgoController(): Promise<ArgoController> {
  const bin = join(toolsBin, 'rollouts-controller');
  if (!existsSync(bin))
    throw new Error(`${bin} is missing: run scripts/bootstrap.sh (it builds the Argo Rollouts controller)`);
  const stack = loadStack();
  const logDir = join(stackDir(), 'logs');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `argo-rollouts-${process.pid}.log`);
  const out = openSync(logFile, 'a');
  const [metrics, healthz] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(
    bin,
    [
      '--kubeconfig',
      stack.kubeconfig,
      '--leader-elect=false',
      '--metricsPort',
      String(metrics),
      '--healthzPort',
      String(healthz),
      '--loglevel',
      'info'
    ],
    { stdio: ['ignore', out, out], env: { ...process.env, POD_NAMESPACE: 'argo-rollouts' } }
  );
  const pid = child.pid as number;
  const exited = new Promise<void>(r => child.once('exit', () => r()));
  await waitFor(
    async () => {
      if (child.exitCode !== null)
        throw new Error(`rollouts-controller exited (${child.exitCode}); see ${logFile}`);
      return /Started \d+ Rollout workers|Started Rollout workers|Starting Controllers/i.test(
        readFileSync(logFile, 'utf8')
      );
    },
    60_000,
    'the Argo Rollouts controller to start'
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
