/**
 * Verify: after helm reported the rollout ready, the gates judge the new revision (Argo Rollouts
 * followed to Healthy, the smoke request, helm test: gates/verify.ts), and a revision that fails
 * one is rolled back or kept as on-gate-failure says. The same for a deploy and a rollback on
 * demand: both create a revision that must prove itself.
 */
import type { ExecResult } from '../../../../src/lib/exec';
import { verifyGates } from '../gates/verify';
import type { Inputs } from '../inputs';
import type { ReleaseRecord } from '../releaseStore';
import type { CanariesBefore } from '../progressive/flagger';
import { checkCancelled, helmError, helmRun, type DeployDeps, type DeployResult } from '../release';

export async function verifyRelease(
  i: Inputs,
  d: DeployDeps,
  result: DeployResult,
  revision: ReleaseRecord | undefined,
  deployedBefore: ReleaseRecord | undefined,
  canarySpecsBefore?: CanariesBefore
): Promise<void> {
  checkCancelled(d, 'the gates');
  if (!revision) return;
  const gateDeps = {
    ...d,
    helm: (a: string[], w: string): Promise<ExecResult> => helmRun(d, a, w),
    helmMajor: d.helm.major,
    helmError
  };
  Object.assign(result, await verifyGates(i, gateDeps, { revision, deployedBefore, canarySpecsBefore }));
}
