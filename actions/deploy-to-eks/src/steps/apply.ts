/**
 * Apply: the one step that changes the release. `helm upgrade --install` (or `helm rollback` for
 * rollback on demand) with progress lines from the workloads while helm waits and the fail-fast
 * judge watching the pods (podJudge.ts), then the facts: which revision exists now, whether helm
 * rolled back (and to what), and, on failure, why — pods, Warning events and last log lines,
 * collected while the failing pods still exist.
 */
import { describeError } from '../../../../src/lib/errors';
import type { ExecResult } from '../../../../src/lib/exec';
import { untrustedText } from '../../../../src/lib/untrusted';
import { helmUninstalledRelease } from '../failureFacts';
import { helmRollbackArgs, helmUpgradeArgs } from '../helmArgs';
import { ensureNamespace } from '../namespace';
import type { Inputs } from '../inputs';
import { FailFast } from '../podJudge';
import { rolloutAwareArgs } from '../progressive/helmWait';
import { parseHelmReleaseOutput } from '../releaseDiff';
import { RolloutWatcher, formatDiagnostics } from '../rolloutWatcher';
import {
  checkCancelled,
  helmError,
  helmRun,
  type DeployDeps,
  type DeployResult,
  type ReleaseState
} from '../release';
import { readRelease } from './read';
import { recoverStuck } from './recover';

export type Change =
  /** helm upgrade --install with these extra labels (the record, gate verdict). */
  | { kind: 'upgrade'; labelArgs: string[] }
  /** helm rollback to `revision` (its content becomes a new revision). */
  | { kind: 'rollback'; revision: number };

async function changeArgs(i: Inputs, d: DeployDeps, change: Change): Promise<string[]> {
  if (change.kind === 'rollback') return helmRollbackArgs(i, change.revision, d.helm.major, i.wait);
  // A release with Argo Rollouts: helm 4's watcher wait cannot judge them (progressive/helmWait.ts).
  const args = await rolloutAwareArgs(helmUpgradeArgs(i, d.helm.major), {
    kube: d.kube,
    render: async () =>
      parseHelmReleaseOutput(
        (await helmRun(d, helmUpgradeArgs(i, d.helm.major, 'client'), 'dry run', false)).stdout
      )?.manifest,
    log: l => d.log.info(l)
  });
  return [...args, ...change.labelArgs];
}

/** Runs the change and fills in `result` (revision, status, changed, rolled back, error, diagnostics). */
export async function applyChange(
  i: Inputs,
  d: DeployDeps,
  before: ReleaseState,
  change: Change,
  result: DeployResult,
  started: Date
): Promise<ReleaseState> {
  const verb = change.kind;
  if (verb === 'upgrade') {
    // Created through the API with Pod Security labels (namespace.ts), not helm --create-namespace.
    result.namespace = await ensureNamespace(d.kube, i.namespace, i.namespacePodSecurity, i.createNamespace);
    d.log.info(result.namespace.summary);
  }
  checkCancelled(d, `the ${verb}`);
  const args = await changeArgs(i, d, change);
  const watcher = new RolloutWatcher(d.kube, i.namespace, i.releaseName);
  const failFast = i.gates.failFast
    ? new FailFast(
        i.gates.failFast,
        () => d.now().getTime(),
        l => d.log.info(l)
      )
    : undefined;
  const stop = i.wait
    ? watcher.start(
        d.progressIntervalMs ?? 3000,
        l => d.log.info(untrustedText(l)),
        () => d.now().getTime() - started.getTime(),
        failFast?.judge
      )
    : () => undefined;
  d.log.startGroup(
    verb === 'upgrade'
      ? `helm upgrade --install ${i.releaseName}`
      : `helm rollback ${i.releaseName} ${change.kind === 'rollback' ? change.revision : ''}`
  );
  let res: ExecResult;
  try {
    res = await helmRun(d, args, verb, true, failFast?.signal);
  } finally {
    stop();
    d.log.endGroup();
  }

  if (failFast?.hopeless && res.exitCode !== 0) {
    // The judge stopped helm, which marks the revision failed (and rolls back) itself; should it
    // have died before that, recover here so the release is never left pending.
    result.recovery = await readRelease(i, d)
      .then(s => recoverStuck({ ...i, timeoutSeconds: 0 }, d, s))
      .catch(err => `Recovery after the early stop failed: ${describeError(err)}`);
  }
  const after = await readRelease(i, d).catch(() => before);
  const last = after.latest;
  const latest = before.latest;
  result.changed = last !== undefined && (latest === undefined || last.revision !== latest.revision);
  if (res.exitCode === 0) {
    const rel = verb === 'upgrade' ? parseHelmReleaseOutput(res.stdout) : undefined;
    result.revision = String(rel?.version ?? last?.revision ?? '');
    result.status = rel?.info.status ?? last?.status ?? '';
    const meta = rel?.chart?.metadata ?? last?.release.chart?.metadata;
    if (meta) result.chart = `${meta.name}-${meta.version}`;
    result.ok = true;
    d.log.info(
      change.kind === 'upgrade'
        ? `Deployed ${i.releaseName} revision ${result.revision} (${result.status}).`
        : `Rolled ${i.releaseName} back to the content of revision ${change.revision}: now revision ${result.revision} (${result.status}).`
    );
    return after;
  }

  // Failed: what state is the release in, did it roll back, and why did it fail?
  result.ok = false;
  result.revision = last ? String(last.revision) : '';
  result.status = last?.status ?? 'uninstalled';
  const rolledBackRecord = last && /^Rollback to (\d+)/.exec(last.release.info.description ?? '');
  if (verb === 'upgrade' && rolledBackRecord && last.revision !== latest?.revision) {
    result.rolledBack = true;
    result.rolledBackTo = rolledBackRecord[1] as string;
  } else if (
    verb === 'upgrade' &&
    !last &&
    latest === undefined &&
    i.rollbackOnFailure &&
    helmUninstalledRelease(res)
  ) {
    // A failed first install with rollback-on-failure is uninstalled by helm (and says so).
    result.rolledBack = true;
  }
  // No release at all and helm removed nothing: it never installed one (e.g. it refused a flag).
  if (!last && !result.rolledBack) result.status = '';
  const signalled = d.cancelled?.() || res.signal !== null;
  const afterRollback = result.rolledBack
    ? result.rolledBackTo
      ? ` Rolled back to revision ${result.rolledBackTo} (now revision ${result.revision}, ${result.status}).`
      : ' The failed first install was removed.'
    : '';
  if (failFast?.hopeless && !signalled) {
    result.stoppedEarly = failFast.describe();
    result.error =
      `Stopped waiting after ${Math.round(((failFast.at ?? 0) - started.getTime()) / 1000)}s (fail fast): ${result.stoppedEarly}.` +
      (afterRollback || ` Revision ${result.revision || '-'} is ${result.status}.`);
    result.diagnostics = await watcher.diagnostics(started).catch(() => undefined);
  } else if (signalled) {
    result.error = `Cancelled: helm was stopped${res.signal ? ` (${res.signal})` : ''} during the ${verb}${result.rolledBack && result.rolledBackTo ? ` and rolled back to revision ${result.rolledBackTo}` : ''}; revision ${result.revision || '-'} is ${result.status}. The next run recovers the release if it was left pending.`;
    return after;
  } else if (
    /another operation \(install\/upgrade\/rollback\) is in progress|already exists/.test(res.stderr)
  ) {
    result.error = `Another deploy of ${i.releaseName} started at the same time and won; this run changed nothing (helm: ${helmError(res).split('\n').pop()}).`;
    result.changed = false;
    return after;
  } else {
    const nowDeployed = after.deployed;
    result.error =
      `helm ${verb} of ${i.releaseName} failed: ${helmError(res).split('\n').slice(-2).join(' ')}` +
      (afterRollback ||
        (nowDeployed
          ? ` Revision ${nowDeployed.revision} is still the deployed one.`
          : last
            ? ''
            : ' Nothing was installed.'));
    result.diagnostics = await watcher.diagnostics(started).catch(err => ({
      pods: [],
      events: [{ object: '-', reason: 'Unavailable', message: describeError(err), count: 1, time: '' }],
      logs: []
    }));
  }
  if (result.diagnostics) {
    d.log.startGroup('Diagnostics: pods, Warning events, logs');
    d.log.info(untrustedText(formatDiagnostics(result.diagnostics)));
    d.log.endGroup();
  }
  return after;
}
