/**
 * Recover: a release whose latest revision is pending-install/upgrade/rollback blocks every helm
 * operation. Young (within the timeout): another run may own it, so refuse and change nothing.
 * Old: mark it failed (Helm has no command for that) and roll back to the last good revision, or
 * uninstall a first install that never completed. The decision is releaseStore's planRecovery.
 */
import { UserError } from '../../../../src/lib/errors';
import { KubeApiError } from '../../../../src/lib/kube';
import { helmRollbackArgs, helmUninstallArgs } from '../helmArgs';
import type { Inputs } from '../inputs';
import { markReleaseFailed, PENDING, planRecovery } from '../releaseStore';
import { helmError, helmRun, type DeployDeps, type ReleaseState } from '../release';

type RecoverInputs = Pick<
  Inputs,
  'releaseName' | 'namespace' | 'timeoutSeconds' | 'recoverStuck' | 'historyMax'
>;

/** What was done ('' = nothing was stuck); throws a UserError when the release must be left alone. */
export async function recoverStuck(i: RecoverInputs, d: DeployDeps, s: ReleaseState): Promise<string> {
  const latest = s.latest;
  if (!latest || !PENDING.has(latest.status)) return '';
  const plan = planRecovery(s.records, d.now(), i.timeoutSeconds);
  if (plan.action === 'none') return '';
  const where = `release ${i.releaseName} revision ${latest.revision} is ${latest.status}`;
  if (plan.action === 'busy') {
    throw new UserError(
      `Another deploy is changing ${i.releaseName} right now: revision ${latest.revision} is ${latest.status}, last updated ${plan.ageSeconds}s ago (less than the ${i.timeoutSeconds}s timeout). ` +
        'Nothing was changed; re-run when it has finished (use a workflow `concurrency` group per release to queue deploys).'
    );
  }
  if (!i.recoverStuck) {
    throw new UserError(
      `${where} (left by a cancelled or killed run ${plan.ageSeconds}s ago) and recover-stuck is false; nothing was changed`
    );
  }
  const why = `Marked failed by deploy-to-eks: stuck in ${latest.status} for ${plan.ageSeconds}s (a cancelled or killed run)`;
  d.log.startGroup(`Recovering stuck release: ${where} for ${plan.ageSeconds}s`);
  try {
    try {
      await markReleaseFailed(d.kube, i.namespace, latest, why, d.now());
    } catch (err) {
      if (err instanceof KubeApiError && err.status === 409) {
        throw new UserError(
          `Another deploy changed ${i.releaseName} while this run was recovering it; nothing else was changed. Re-run.`
        );
      }
      throw err;
    }
    d.log.info(`Marked revision ${latest.revision} failed (it was ${latest.status}).`);
    let msg: string;
    if (plan.action === 'rollback') {
      const res = await helmRun(d, helmRollbackArgs(i, plan.to, d.helm.major, false), 'rollback');
      if (res.exitCode !== 0)
        throw new UserError(
          `Rolling back the stuck release ${i.releaseName} to revision ${plan.to} failed: ${helmError(res)}`
        );
      msg = `Recovered: revision ${latest.revision} (${latest.status}) marked failed and rolled back to revision ${plan.to}.`;
    } else if (plan.action === 'uninstall') {
      const res = await helmRun(d, helmUninstallArgs(i, d.helm.major), 'uninstall');
      if (res.exitCode !== 0)
        throw new UserError(
          `Cleaning up the never-completed install of ${i.releaseName} failed: ${helmError(res)}`
        );
      msg = `Recovered: the first install (revision ${latest.revision}) never completed; it was marked failed and uninstalled with helm.`;
    } else {
      msg = `Recovered: revision ${latest.revision} (${latest.status}) marked failed; no earlier good revision to roll back to.`;
    }
    d.log.info(msg);
    return msg;
  } finally {
    d.log.endGroup();
  }
}
