/**
 * Wires validated inputs → cluster access → helm → deploy → outputs and job summary. Loaded by
 * main.ts only after validation passed (this module pulls in https/tls, zlib and child_process);
 * the AWS SDK and yaml come in through further lazy imports only when needed.
 */
import * as path from 'node:path';
import { UserError, describeError } from '../../../src/lib/errors';
import { KubeClient } from '../../../src/lib/kube';
import type { Runtime } from '../../../src/lib/runtime';
import type { Helm } from '../../../src/lib/helm';
import { prepareClusterAccess } from './clusterAccess';
import { deploy, type DeployResult } from './deploy';
import { helmEnv } from './helmArgs';
import type { Inputs } from './inputs';
import { deploySummary } from './summary';

export interface RunDeps {
  now: () => Date;
  resolveHelm: (i: Inputs, env: NodeJS.ProcessEnv, log: (m: string) => void) => Promise<Helm>;
  describeCluster: (
    name: string,
    region: string,
    log: (m: string) => void
  ) => Promise<import('./eksCluster').EksClusterInfo>;
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
}

export async function run(rt: Runtime, i: Inputs, deps: RunDeps = defaultDeps): Promise<void> {
  const started = deps.now();
  let cancelled = false;
  // The runner cancels with SIGINT, then SIGTERM; exec passes both on to helm. Keeping a listener
  // here stops Node from exiting at once, so helm can finish cleanly and the summary gets written.
  const onSignal = (sig: NodeJS.Signals) => {
    cancelled = true;
    rt.info(`Received ${sig}: stopping helm and leaving the release recoverable.`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const access = await prepareClusterAccess(i, {
    describeCluster: (n, r) => deps.describeCluster(n, r, m => rt.info(m)),
    nodePath: deps.nodePath,
    tokenCliPath: deps.tokenCliPath
  });
  const kube = new KubeClient(access.connection, {
    env: rt.env,
    eks: access.eks,
    onToken: t => rt.setSecret(t)
  });
  try {
    if (access.connection.token) rt.setSecret(access.connection.token);
    rt.info(
      `Cluster: ${access.eks ? `EKS ${i.cluster.kind === 'eks' ? i.cluster.clusterName : ''} ` : ''}${access.endpoint}`
    );
    // Independent: finding helm (it runs `helm version`) overlaps the first API round trip.
    const helmPromise = deps.resolveHelm(i, rt.env, m => rt.info(m));
    helmPromise.catch(() => undefined);
    await kube.verifyAccess(i.namespace);
    const helm = await helmPromise;
    let result: DeployResult;
    try {
      result = await deploy(i, {
        helm,
        kube,
        helmEnv: helmEnv(rt.env, access.kubeconfigPath),
        log: rt,
        now: deps.now,
        progressIntervalMs: deps.progressIntervalMs,
        smokeDelayMs: deps.smokeDelayMs,
        cancelled: () => cancelled
      });
    } catch (err) {
      // Stopped before changing anything (busy release, failed recovery, dry-run error): the
      // outputs that are known, and a summary line, still get written.
      const seconds = (deps.now().getTime() - started.getTime()) / 1000;
      rt.setOutput('changed', false);
      rt.setOutput('rolled-back', false);
      rt.setOutput('duration-seconds', seconds.toFixed(1));
      rt.appendSummary(
        `### deploy-to-eks: ${i.releaseName} ❌ failed\n\n${describeError(err).split('\n')[0]}\n`
      );
      throw err;
    }
    const seconds = (deps.now().getTime() - started.getTime()) / 1000;
    setOutputs(rt, result, seconds);
    rt.appendSummary(deploySummary(i, result, seconds));
    if (!result.ok) throw new UserError(result.error ?? 'the deploy failed');
  } finally {
    kube.close();
    access.dispose();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
