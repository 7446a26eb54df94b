/**
 * Plan for rollback on demand (`rollback-to: previous|<revision>`): which stored revision's
 * content becomes the new revision. Only a revision that once was deployed successfully
 * (superseded or deployed) qualifies; anything else is refused here, before anything changes,
 * naming the revisions that can be rolled back to.
 */
import { UserError } from '../../../../src/lib/errors';
import type { Inputs } from '../inputs';
import type { ReleaseRecord } from '../releaseStore';
import type { ReleaseState } from '../release';

export type RollbackPlan =
  | { kind: 'rollback'; revision: ReleaseRecord; message: string }
  /** The target already is the deployed revision. */
  | { kind: 'nothing'; revision: ReleaseRecord; message: string };

const GOOD = new Set(['deployed', 'superseded']);

export function planRollback(
  i: Pick<Inputs, 'releaseName' | 'namespace' | 'rollbackTo'>,
  s: ReleaseState
): RollbackPlan {
  const { deployed } = s;
  const good = s.records.filter(r => GOOD.has(r.status));
  const choices = good.map(r => r.revision).join(', ') || 'none';
  if (!deployed) {
    throw new UserError(
      `rollback-to: release ${i.releaseName} in ${i.namespace} has no deployed revision to roll back from${s.latest ? ` (revision ${s.latest.revision} is ${s.latest.status})` : ' (it does not exist)'}; nothing was changed`
    );
  }
  let target: ReleaseRecord | undefined;
  if (i.rollbackTo === 'previous') {
    target = [...good].reverse().find(r => r.revision < deployed.revision);
    if (!target)
      throw new UserError(
        `rollback-to: previous: release ${i.releaseName} has no successful revision before the deployed revision ${deployed.revision}; nothing was changed`
      );
  } else {
    const n = Number(i.rollbackTo);
    const rec = s.records.find(r => r.revision === n);
    if (!rec)
      throw new UserError(
        `rollback-to: revision ${i.rollbackTo} of ${i.releaseName} does not exist (kept revisions: ${s.records.map(r => r.revision).join(', ')}; successful ones: ${choices}); nothing was changed`
      );
    if (!GOOD.has(rec.status))
      throw new UserError(
        `rollback-to: revision ${n} of ${i.releaseName} is ${rec.status}, never a successful deploy (successful revisions: ${choices}); nothing was changed`
      );
    target = rec;
  }
  if (target === deployed)
    return {
      kind: 'nothing',
      revision: target,
      message: `Revision ${target.revision} is already the deployed one; nothing to roll back.`
    };
  return {
    kind: 'rollback',
    revision: target,
    message: `Rolling back ${i.releaseName} from revision ${deployed.revision} to the content of revision ${target.revision}.`
  };
}
