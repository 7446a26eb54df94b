/**
 * Shared pieces of the deploy-to-eks integration tests: the declared action in-process with a
 * recording runtime, the real helm from .tools/bin, the stack's admin kubeconfig, and a
 * Kubernetes client for checking what actually happened in the cluster.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_HELM_VERSION, makeHelm } from '../../src/lib/helm';
import { KubeClient } from '../../src/lib/kube';
import { loadKubeconfigFile } from '../../src/lib/kubeconfig';
import { action } from '../../actions/deploy-to-eks/src/main';
import type { RunDeps } from '../../actions/deploy-to-eks/src/run';
import { listReleaseRecords, type ReleaseRecord } from '../../actions/deploy-to-eks/src/releaseStore';
import { memoryRuntime } from '../helpers/memoryRuntime';
import { loadStack, toolsBin } from '../helpers/stack';

export const FIXTURE_CHART = resolve(__dirname, 'fixtures/web');
/** The pinned helm the bootstrap builds; FT_HELM points elsewhere while it is being built. */
export const HELM = process.env['FT_HELM'] ?? join(toolsBin, 'helm');

export interface InProcessRun {
  ok: boolean;
  log: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

export function helmVersion(): string {
  return existsSync(HELM) ? DEFAULT_HELM_VERSION : '';
}

/** Runs the declared action in this process (skeleton included) against the real cluster and helm. */
export async function runDeploy(
  inputs: Record<string, string>,
  deps: Partial<RunDeps> = {},
  env: NodeJS.ProcessEnv = {}
): Promise<InProcessRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ft-deploy-rt-'));
  const rtEnv: NodeJS.ProcessEnv = {
    PATH: `${toolsBin}:${process.env['PATH'] ?? ''}`,
    HOME: process.env['HOME'],
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: resolve(__dirname, '../..'),
    ...env
  };
  for (const [k, v] of Object.entries(inputs)) rtEnv[`INPUT_${k.toUpperCase()}`] = v;
  const { rt, io } = memoryRuntime(rtEnv);
  const saved = process.exitCode;
  const ok = await action.execute(rt, {
    deps: {
      resolveHelm: async () => makeHelm(HELM, DEFAULT_HELM_VERSION, rtEnv),
      progressIntervalMs: 1000,
      smokeDelayMs: 200,
      ...deps
    }
  });
  process.exitCode = saved;
  return { ok, log: io.log, outputs: io.recorded.outputs, summary: io.recorded.summary, runnerTemp };
}

let admin: KubeClient | undefined;
export async function adminKube(): Promise<KubeClient> {
  if (!admin) admin = new KubeClient(await loadKubeconfigFile(loadStack().kubeconfig));
  return admin;
}

export function closeAdmin(): void {
  admin?.close();
  admin = undefined;
}

export async function records(namespace: string, release: string): Promise<ReleaseRecord[]> {
  return listReleaseRecords(await adminKube(), namespace, release);
}

type Obj = Record<string, unknown>;

/** The pods of a release's Deployment: name, image and readiness. */
export async function releasePods(
  namespace: string,
  release: string
): Promise<{ name: string; image: string; ready: boolean; deleting: boolean }[]> {
  const kube = await adminKube();
  const pods = await kube.list<Obj>(`/api/v1/namespaces/${namespace}/pods`, {
    labelSelector: `app.kubernetes.io/instance=${release}`
  });
  return pods.map(p => {
    const meta = p['metadata'] as Obj;
    const spec = p['spec'] as { containers: { image: string }[] };
    const conds = ((p['status'] as Obj)['conditions'] ?? []) as Obj[];
    return {
      name: String(meta['name']),
      image: spec.containers[0]?.image ?? '',
      ready: conds.some(c => c['type'] === 'Ready' && c['status'] === 'True'),
      deleting: meta['deletionTimestamp'] !== undefined
    };
  });
}

export const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** Polls until `fn` returns a truthy value or the time is up. */
export async function waitFor<T>(
  fn: () => Promise<T | undefined | false>,
  timeoutMs: number,
  what: string
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

let counter = 0;
/** A fresh namespace name per test, so tests never see each other's releases. */
export function uniqueNamespace(prefix: string): string {
  return `${prefix}-${process.pid % 10000}-${Date.now() % 100000}-${counter++}`;
}

/** An inline kubeconfig for a cluster nobody listens on (port 1), with a token to be masked. */
export const UNREACHABLE_KUBECONFIG = JSON.stringify({
  apiVersion: 'v1',
  kind: 'Config',
  'current-context': 'x',
  clusters: [{ name: 'x', cluster: { server: 'https://127.0.0.1:1' } }],
  contexts: [{ name: 'x', context: { cluster: 'x', user: 'x' } }],
  users: [{ name: 'x', user: { token: 'not-a-real-token' } }]
});
