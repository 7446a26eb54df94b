/**
 * Wires validated inputs → cluster access → helm → deploy → outputs and job summary. Loaded by
 * main.ts only after validation passed (this module pulls in https/tls and child_process). The
 * rest comes in lazily: the release steps (deploy.ts) once helm is started on what can start
 * first (the offline render of `dry-run: diff`), the summary at the end, the AWS SDK and yaml
 * only when needed.
 */
import * as path from 'node:path';
import { setImmediate as setImmediatePromise } from 'node:timers/promises';
import { ActionFailure, type ActionContext, type RunFacts } from '../../../src/lib/entry';
import { describeError } from '../../../src/lib/errors';
import { KubeClient } from '../../../src/lib/kube';
import type { Runtime } from '../../../src/lib/runtime';
import type { Helm } from '../../../src/lib/helm';
import { prepareClusterAccess } from './clusterAccess';
import type { DeployResult } from './deploy';
import { ReleaseFailure } from './release';
import { startOfflineRender } from './steps/diff';
import { helmEnv } from './helmArgs';
import type { Inputs } from './inputs';

export interface RunDeps {
  now: () => Date;
  resolveHelm: (i: Inputs, env: NodeJS.ProcessEnv, log: (m: string) => void) => Promise<Helm>;
  describeCluster: (
    name: string,
    region: string,
    log: (m: string) => void
  ) => Promise<import('./eksCluster').EksClusterInfo>;
  /** The token plugin's STS endpoint for a region (passed to it in the kubeconfig). */
  stsEndpoint: (region: string) => Promise<string | undefined>;
  nodePath: string;
  tokenCliPath: string;
  progressIntervalMs?: number;
  smokeDelayMs?: number;
}

export const defaultDeps: RunDeps = {
  now: () => new Date(),
  resolveHelm: async (i, env, log) => {
    const { resolveHelm } = await import('../../../src/lib/helm');
    return resolveHelm({ helmPath: i.helmPath, version: i.helmVersion, env, log });
  },
  describeCluster: async (name, region, log) =>
    (await import('./eksCluster')).describeCluster(name, region, log),
  stsEndpoint: async region => {
    const [{ resolveStsEndpoint }, { formatStsEndpoint }] = await Promise.all([
      import('./eksTokenEndpoint'),
      import('./eksTokenCommand')
    ]);
    return formatStsEndpoint(await resolveStsEndpoint(region));
  },
  nodePath: process.execPath,
  // The bundle's launcher sits next to index.js: dist/deploy-to-eks/eks-token.js.
  tokenCliPath: path.join(__dirname, 'eks-token.js')
};

export function setOutputs(rt: Runtime, r: DeployResult, durationSeconds: number): void {
  rt.setOutput('revision', r.revision);
  rt.setOutput('previous-revision', r.previousRevision);
  rt.setOutput('status', r.status);
  rt.setOutput('changed', r.changed);
  rt.setOutput('rolled-back', r.rolledBack);
  rt.setOutput('rolled-back-to', r.rolledBackTo);
  rt.setOutput('failed-gate', r.failedGate ?? '');
  rt.setOutput('duration-seconds', durationSeconds.toFixed(1));
  // What the deployed revision runs (its record) after this run, and before it; the diff file;
  // what dry-run record read. Set only when known: in a composite, act lets a later step's
  // output of the same name (build's image-ref, package's chart-digest) be overwritten.
  const out = (name: string, value: string | undefined) => value && rt.setOutput(name, value);
  out('image-digest', r.to?.imageDigest);
  out('chart-digest', r.to?.chartDigest);
  out('previous-image-digest', r.from?.imageDigest);
  out('diff-file', r.diffFile);
  out('image-ref', r.source?.imageRef);
  out('chart-name', r.source?.chartName);
  out('chart-manifest-digest', r.source?.chartManifestDigest);
}

/** What a finished deploy reports: the release model's result and the wall time. */
export interface DeployOutcome {
  result: DeployResult;
  seconds: number;
}

/** The job summary, from the same facts on success and failure (the skeleton calls it). */
export async function summaryOf(facts: RunFacts<Inputs, DeployOutcome>): Promise<string> {
  const i = facts.inputs;
  if (facts.result)
    return (await import('./summary')).deploySummary(i, facts.result.result, facts.result.seconds);
  return `### deploy-to-eks: ${i.releaseName} ❌ failed\n\n${describeError(facts.error).split('\n')[0]}\n`;
}

export async function run(ctx: ActionContext<Inputs>, deps: Partial<RunDeps> = {}): Promise<DeployOutcome> {
  const d: RunDeps = { ...defaultDeps, ...deps };
  const { inputs: i, rt, signal } = ctx;
  const started = d.now();
  // Independent of the cluster: finding helm (a few reads of its build info, or `helm version`),
  // and, for `dry-run: diff` of a local chart, its offline render, which starts first of all, so
  // helm renders while this process loads its cluster client and reads the release
  // (steps/diff.ts). The render is given no cluster at all (KUBECONFIG is the null device): it
  // needs none, and so it cannot reach one. Errors surface in order below, after cluster access.
  const helmPromise = d.resolveHelm(i, rt.env, m => rt.info(m));
  helmPromise.catch(() => undefined);
  const offlineRender =
    i.dryRun === 'diff' && i.chart.kind !== 'oci'
      ? helmPromise.then(h => startOfflineRender(i, { helm: h, helmEnv: rt.env, log: rt }))
      : undefined;
  offlineRender?.catch(() => undefined);
  // Let it spawn helm before this process's own cluster set-up takes the CPU: when helm is known
  // from its build info that is a few microtasks; a `helm version` or an install is not waited for.
  if (offlineRender) await Promise.race([offlineRender.catch(() => undefined), setImmediatePromise()]);
  // The release steps (and the gates, rollout watcher, OCI client they use) load meanwhile.
  const steps = import('./deploy');
  steps.catch(() => undefined);
  // An oci:// chart is pulled and checked against its digest (registry reads only: nothing
  // changes) while the cluster is reached; its errors still come after cluster access's.
  const fetchedChart =
    i.chart.kind === 'oci'
      ? Promise.all([steps, helmPromise]).then(([m, helm]) =>
          m.fetchOciChart(i, { helm, helmEnv: rt.env, log: rt, mask: secret => rt.setSecret(secret) })
        )
      : undefined;
  fetchedChart?.catch(() => undefined);
  // Its private directory goes once done with, also when this run stops before the deploy took
  // it (after a pull still in flight has ended; closing twice is harmless).
  const closeChart = async () =>
    fetchedChart?.then(
      f => f.close(),
      () => undefined
    );
  let access: Awaited<ReturnType<typeof prepareClusterAccess>>;
  try {
    access = await prepareClusterAccess(i, {
      describeCluster: (n, r) => d.describeCluster(n, r, m => rt.info(m)),
      stsEndpoint: r => d.stsEndpoint(r),
      nodePath: d.nodePath,
      tokenCliPath: d.tokenCliPath
    });
  } catch (err) {
    await closeChart();
    throw err;
  }
  const kube = new KubeClient(access.connection, {
    env: rt.env,
    eks: access.eks,
    onToken: t => rt.setSecret(t)
  });
  try {
    // Every credential of the kubeconfig (token, password, client key), printed or not.
    for (const secret of access.connection.secrets ?? []) rt.setSecret(secret);
    rt.info(
      `Cluster: ${access.eks ? `EKS ${i.cluster.kind === 'eks' ? i.cluster.clusterName : ''} ` : ''}${access.endpoint}`
    );
    const env = helmEnv(rt.env, access.kubeconfigPath);
    await kube.verifyAccess(i.namespace);
    const helm = await helmPromise;
    let result: DeployResult;
    try {
      result = await (
        await steps
      ).deploy(i, {
        helm,
        kube,
        helmEnv: env,
        offlineRender: await offlineRender,
        ...(fetchedChart ? { fetchedChart } : {}),
        log: rt,
        now: d.now,
        progressIntervalMs: d.progressIntervalMs,
        smokeDelayMs: d.smokeDelayMs,
        mask: secret => rt.setSecret(secret),
        // The runner cancels with SIGINT, then SIGTERM; exec passes both on to helm.
        cancelled: () => signal.aborted
      });
    } catch (err) {
      const seconds = (d.now().getTime() - started.getTime()) / 1000;
      // Stopped between steps (busy release, failed recovery, refused rollback): the partial
      // result's outputs are still true, and the summary is written from it.
      if (err instanceof ReleaseFailure && err.partial) {
        const partial = { ...err.partial, ok: false, error: err.message };
        setOutputs(rt, partial, seconds);
        throw new ActionFailure(err.message, { result: partial, seconds }, err.details);
      }
      // Stopped before reading the release (the chart pull, a bug): what is known is written.
      rt.setOutput('changed', false);
      rt.setOutput('rolled-back', false);
      rt.setOutput('duration-seconds', seconds.toFixed(1));
      throw err;
    }
    const seconds = (d.now().getTime() - started.getTime()) / 1000;
    setOutputs(rt, result, seconds);
    if (!result.ok) throw new ActionFailure(result.error ?? 'the deploy failed', { result, seconds });
    return { result, seconds };
  } finally {
    await closeChart();
    kube.close();
    access.dispose();
  }
}
