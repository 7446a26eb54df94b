/**
 * The deploy itself, over injected parts (helm, the Kubernetes client, clock, logger) so tests run
 * it against the real local cluster: recover a stuck release, skip when nothing changed, optional
 * dry run, `helm upgrade --install` with progress, diagnostics and rollback facts on failure, and
 * the smoke request on success.
 */
import { UserError, describeError } from '../../../src/lib/errors';
import type { Helm } from '../../../src/lib/helm';
import { tail, type ExecResult } from '../../../src/lib/exec';
import { KubeApiError, type KubeClient } from '../../../src/lib/kube';
import { helmRollbackArgs, helmUninstallArgs, helmUpgradeArgs } from './helmArgs';
import type { Inputs } from './inputs';
import { parseHelmReleaseOutput, releaseDifferences } from './releaseDiff';
import {
  deployedRecord,
  listReleaseRecords,
  markReleaseFailed,
  releaseDriverFromEnv,
  planRecovery,
  PENDING,
  type ReleaseRecord
} from './releaseStore';
import { RolloutWatcher, formatDiagnostics, type Diagnostics } from './rolloutWatcher';
import { FailFast } from './podJudge';
import { rolloutAwareArgs } from './progressive/helmWait';
import { gateLabelArgs, skipRefusal } from './gates/gateRecord';
import { gatesEnabled, verifyGates, type GateResultFields } from './gates/verify';
import { ensureNamespace, type NamespaceResult } from './namespace';
import { validateOnServer } from './serverValidation';
import { fingerprintLabelArgs, inputsFingerprint, recordedFingerprint } from './inputsFingerprint';
import { untrustedText } from '../../../src/lib/untrusted';
import { helmUninstalledRelease } from './failureFacts';

export interface Logger {
  info(m: string): void;
  warning(m: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}

export interface DeployDeps {
  helm: Helm;
  kube: KubeClient;
  /** Environment for helm (KUBECONFIG set). */
  helmEnv: NodeJS.ProcessEnv;
  log: Logger;
  now: () => Date;
  progressIntervalMs?: number;
  /** Set by the signal handler: a cancelled run stops before the next step. */
  cancelled?: () => boolean;
  smokeDelayMs?: number;
}

export interface DeployResult extends GateResultFields {
  ok: boolean;
  revision: string;
  previousRevision: string;
  status: string;
  changed: boolean;
  rolledBack: boolean;
  rolledBackTo: string;
  /** What was done about a stuck release, '' when nothing was stuck. */
  recovery: string;
  differences: string[];
  diagnostics?: Diagnostics;
  /** Fail fast: why the wait was stopped early ('' when it was not). */
  stoppedEarly?: string;
  /** Failure message (ok=false). */
  error?: string;
  chart?: string;
  namespace?: NamespaceResult;
}

// The store helm itself uses: HELM_DRIVER of the environment helm runs with.
const recordsOf = (d: DeployDeps, i: Inputs) =>
  listReleaseRecords(d.kube, i.namespace, i.releaseName, releaseDriverFromEnv(d.helmEnv));

async function helmRun(
  d: DeployDeps,
  args: string[],
  what: string,
  stream = true,
  abort?: AbortSignal
): Promise<ExecResult> {
  d.log.info(
    untrustedText(`$ helm ${args.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}`)
  );
  return d.helm
    .run(args, {
      env: d.helmEnv,
      abort,
      onStderrLine: stream ? l => l.trim() && d.log.info(untrustedText(`  ${l}`)) : undefined
    })
    .then(res => {
      if (res.exitCode !== 0 && res.signal === null && !res.stderr && !res.stdout) {
        throw new UserError(`helm ${what} exited with code ${res.exitCode} and no output`);
      }
      return res;
    });
}

/** The message helm gives, minus its "Error: " prefix and the usage noise. */
/** `--labels` on upgrade/install exists since Helm 3.13. */
export function supportsReleaseLabels(version: string): boolean {
  const m = /^v?(\d+)\.(\d+)/.exec(version);
  return !!m && (Number(m[1]) > 3 || (Number(m[1]) === 3 && Number(m[2]) >= 13));
}

export function helmError(res: ExecResult): string {
  const text = tail(res.stderr || res.stdout, 8)
    .split('\n')
    .filter(l => !/^level=(DEBUG|INFO)/.test(l))
    .join('\n');
  return text.replace(/^Error: /m, '');
}

async function recoverStuck(i: Inputs, d: DeployDeps, records: ReleaseRecord[]): Promise<string> {
  const latest = records[records.length - 1];
  if (!latest || !PENDING.has(latest.status)) return '';
  const plan = planRecovery(records, d.now(), i.timeoutSeconds);
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
    if (plan.action === 'rollback') {
      const res = await helmRun(d, helmRollbackArgs(i, plan.to, d.helm.major, false), 'rollback');
      if (res.exitCode !== 0)
        throw new UserError(
          `Rolling back the stuck release ${i.releaseName} to revision ${plan.to} failed: ${helmError(res)}`
        );
      const msg = `Recovered: revision ${latest.revision} (${latest.status}) marked failed and rolled back to revision ${plan.to}.`;
      d.log.info(msg);
      return msg;
    }
    if (plan.action === 'uninstall') {
      const res = await helmRun(d, helmUninstallArgs(i, d.helm.major), 'uninstall');
      if (res.exitCode !== 0)
        throw new UserError(
          `Cleaning up the never-completed install of ${i.releaseName} failed: ${helmError(res)}`
        );
      const msg = `Recovered: the first install (revision ${latest.revision}) never completed; it was marked failed and uninstalled with helm.`;
      d.log.info(msg);
      return msg;
    }
    const msg = `Recovered: revision ${latest.revision} (${latest.status}) marked failed; no earlier good revision to roll back to.`;
    d.log.info(msg);
    return msg;
  } finally {
    d.log.endGroup();
  }
}

function checkCancelled(d: DeployDeps, step: string): void {
  if (d.cancelled?.())
    throw new UserError(`Cancelled before ${step}; the release was not changed by this step.`);
}

export async function deploy(i: Inputs, d: DeployDeps): Promise<DeployResult> {
  const started = d.now();
  let records = await recordsOf(d, i);
  const before = deployedRecord(records);
  const latestBefore = records[records.length - 1];
  const result: DeployResult = {
    ok: false,
    revision: latestBefore ? String(latestBefore.revision) : '',
    previousRevision: before ? String(before.revision) : '',
    status: latestBefore?.status ?? '',
    changed: false,
    rolledBack: false,
    rolledBackTo: '',
    recovery: '',
    differences: []
  };
  d.log.info(
    latestBefore
      ? `Release ${i.releaseName} in ${i.namespace}: revision ${latestBefore.revision} is ${latestBefore.status}${before && before !== latestBefore ? ` (deployed: ${before.revision})` : ''}.`
      : `Release ${i.releaseName} does not exist in ${i.namespace} yet: first install.`
  );

  if (i.dryRun === 'none') {
    result.recovery = await recoverStuck(i, d, records);
    if (result.recovery) records = await recordsOf(d, i);
  } else if (latestBefore && PENDING.has(latestBefore.status)) {
    d.log.warning(
      `Revision ${latestBefore.revision} is ${latestBefore.status}; a dry run does not recover it.`
    );
  }

  // Dry run (client/server) as the whole job; otherwise decide skip-unchanged, cheaply when the
  // deployed revision carries the fingerprint of the inputs it was deployed with.
  const deployed = deployedRecord(records);
  const latest = records[records.length - 1];
  // Recorded on every deploy (not only with skip-unchanged) so a later run can compare cheaply.
  const fingerprint = i.dryRun === 'none' ? inputsFingerprint(i, d.helm.major) : undefined;
  // A revision that failed a gate (or never finished its gates) is never one to skip to.
  const refusal = deployed && i.skipUnchanged ? skipRefusal(deployed, gatesEnabled(i)) : undefined;
  if (refusal && i.dryRun === 'none')
    d.log.info(`Not skipping: ${refusal}; deploying again so the gates run.`);
  const candidate =
    i.dryRun === 'none' && i.skipUnchanged && deployed !== undefined && latest === deployed && !refusal
      ? deployed
      : undefined;
  const recorded = candidate ? recordedFingerprint(candidate) : undefined;
  if (candidate && fingerprint && recorded === fingerprint) {
    d.log.info(
      `Unchanged: chart, values and image equal revision ${candidate.revision} (inputs fingerprint ${fingerprint.slice(0, 12)}); nothing to deploy.`
    );
    return {
      ...result,
      ok: true,
      revision: String(candidate.revision),
      status: candidate.status,
      changed: false
    };
  }
  if (candidate && fingerprint && recorded) {
    result.differences = ['inputs (chart, values or image)'];
    d.log.info(
      `Changes against revision ${candidate.revision}: the chart, values or image differ (fingerprint ${recorded.slice(0, 12)} → ${fingerprint.slice(0, 12)}).`
    );
  } else if (i.dryRun !== 'none' || candidate) {
    // No trustworthy fingerprint on the deployed revision: render and compare.
    checkCancelled(d, 'the dry run');
    const mode = i.dryRun === 'none' ? 'server' : i.dryRun;
    const res = await helmRun(d, helmUpgradeArgs(i, d.helm.major, mode), 'dry run', i.dryRun !== 'none');
    if (res.exitCode !== 0) {
      const msg = `The ${mode}-side dry run of ${i.releaseName} failed; nothing was changed: ${helmError(res)}`;
      if (i.dryRun !== 'none') return { ...result, error: msg };
      throw new UserError(msg);
    }
    const next = parseHelmReleaseOutput(res.stdout);
    if (!next) throw new UserError('helm printed no release for the dry run (unexpected output)');
    result.chart = `${next.chart?.metadata?.name ?? ''}-${next.chart?.metadata?.version ?? ''}`;
    if (i.dryRun === 'server') {
      const v = await validateOnServer(
        d.kube,
        [next.manifest ?? '', ...(next.hooks ?? []).map(h => h.manifest ?? '')].join('\n---\n'),
        i.namespace
      );
      for (const s of v.skipped) d.log.warning(`Not validated on the server: ${s}`);
      if (v.problems.length) {
        const lines = v.problems.map(p => `${p.object}: ${p.message}`);
        d.log.info(untrustedText(lines.map(l => `  rejected: ${l}`)));
        return {
          ...result,
          error: `The server-side dry run of ${i.releaseName} was rejected by the API server; nothing was changed: ${lines.join('; ')}`
        };
      }
      d.log.info(`The API server accepted all ${v.checked} objects (server-side apply, dryRun=All).`);
    }
    if (i.dryRun !== 'none') {
      result.differences = deployed ? releaseDifferences(next, deployed.release) : ['first install'];
      d.log.info(
        `Dry run (${mode}) passed: would ${deployed ? `upgrade revision ${deployed.revision} (changes: ${result.differences.join(', ') || 'none'})` : 'install'}.`
      );
      return { ...result, ok: true, status: 'dry-run', changed: result.differences.length > 0 };
    }
    const cand = candidate as ReleaseRecord;
    result.differences = releaseDifferences(next, cand.release);
    if (!result.differences.length) {
      d.log.info(
        `Unchanged: chart, values and rendered manifest equal revision ${cand.revision}; nothing to deploy.`
      );
      return { ...result, ok: true, revision: String(cand.revision), status: cand.status, changed: false };
    }
    d.log.info(`Changes against revision ${cand.revision}: ${result.differences.join(', ')}.`);
  }

  result.namespace = await ensureNamespace(d.kube, i.namespace, i.namespacePodSecurity, i.createNamespace);
  d.log.info(result.namespace.summary);
  checkCancelled(d, 'the upgrade');
  // A release with Argo Rollouts: helm 4's watcher wait cannot judge them (progressive/helmWait.ts).
  const upgradeArgs = await rolloutAwareArgs(helmUpgradeArgs(i, d.helm.major), {
    kube: d.kube,
    render: async () =>
      parseHelmReleaseOutput(
        (await helmRun(d, helmUpgradeArgs(i, d.helm.major, 'client'), 'dry run', false)).stdout
      )?.manifest,
    log: l => d.log.info(l)
  });
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
  d.log.startGroup(`helm upgrade --install ${i.releaseName}`);
  let res: ExecResult;
  try {
    const nextRevision = (latest?.revision ?? 0) + 1;
    res = await helmRun(
      d,
      [
        ...upgradeArgs,
        ...(supportsReleaseLabels(d.helm.version)
          ? [
              ...fingerprintLabelArgs(fingerprint, nextRevision),
              ...gateLabelArgs(gatesEnabled(i), latest === undefined)
            ]
          : [])
      ],
      'upgrade',
      true,
      failFast?.signal
    );
  } finally {
    stop();
    d.log.endGroup();
  }

  if (failFast?.hopeless && res.exitCode !== 0) {
    // The judge stopped helm, which marks the revision failed (and rolls back) itself; should it
    // have died before that, recover here so the release is never left pending.
    result.recovery = await recoverStuck({ ...i, timeoutSeconds: 0 }, d, await recordsOf(d, i)).catch(
      err => `Recovery after the early stop failed: ${describeError(err)}`
    );
  }
  const after = await recordsOf(d, i).catch(() => records);
  const last = after[after.length - 1];
  const nowDeployed = deployedRecord(after);
  result.changed = last !== undefined && (latest === undefined || last.revision !== latest.revision);
  if (res.exitCode === 0) {
    const rel = parseHelmReleaseOutput(res.stdout);
    result.revision = String(rel?.version ?? last?.revision ?? '');
    result.status = rel?.info.status ?? last?.status ?? '';
    result.chart = rel?.chart?.metadata
      ? `${rel.chart.metadata.name}-${rel.chart.metadata.version}`
      : result.chart;
    result.ok = true;
    d.log.info(`Deployed ${i.releaseName} revision ${result.revision} (${result.status}).`);
    checkCancelled(d, 'the gates');
    const revision = after.find(r => String(r.revision) === result.revision) ?? last;
    if (revision) {
      const gateDeps = {
        ...d,
        helm: (a: string[], w: string) => helmRun(d, a, w),
        helmMajor: d.helm.major,
        helmError
      };
      Object.assign(result, await verifyGates(i, gateDeps, { revision, deployedBefore: deployed }));
    }
    return result;
  }

  // Failed: what state is the release in, did it roll back, and why did it fail?
  result.revision = last ? String(last.revision) : '';
  result.status = last?.status ?? 'uninstalled';
  const rolledBackRecord = last && /^Rollback to (\d+)/.exec(last.release.info.description ?? '');
  if (rolledBackRecord && last.revision !== latest?.revision) {
    result.rolledBack = true;
    result.rolledBackTo = rolledBackRecord[1] as string;
  } else if (!last && latest === undefined && i.rollbackOnFailure && helmUninstalledRelease(res)) {
    // A failed first install with rollback-on-failure is uninstalled by helm (and says so).
    result.rolledBack = true;
  }
  // No release at all and helm removed nothing: it never installed one (e.g. it refused a flag).
  if (!last && !result.rolledBack) result.status = '';
  const signalled = d.cancelled?.() || res.signal !== null;
  let msg: string;
  if (failFast?.hopeless && !signalled) {
    // helm was stopped by the judge: it marked the revision failed (and rolled back); make sure.
    result.stoppedEarly = failFast.describe();
    msg =
      `Stopped waiting after ${Math.round(((failFast.at ?? 0) - started.getTime()) / 1000)}s (fail fast): ${result.stoppedEarly}.` +
      (result.rolledBack
        ? result.rolledBackTo
          ? ` Rolled back to revision ${result.rolledBackTo} (now revision ${result.revision}, ${result.status}).`
          : ' The failed first install was removed.'
        : ` Revision ${result.revision || '-'} is ${result.status}.`);
    result.diagnostics = await watcher.diagnostics(started).catch(() => undefined);
    if (result.diagnostics) {
      d.log.startGroup('Diagnostics: pods, Warning events, logs');
      d.log.info(untrustedText(formatDiagnostics(result.diagnostics)));
      d.log.endGroup();
    }
  } else if (signalled) {
    msg = `Cancelled: helm was stopped${res.signal ? ` (${res.signal})` : ''} during the upgrade${result.rolledBack && result.rolledBackTo ? ` and rolled back to revision ${result.rolledBackTo}` : ''}; revision ${result.revision || '-'} is ${result.status}. The next run recovers the release if it was left pending.`;
  } else if (
    /another operation \(install\/upgrade\/rollback\) is in progress|already exists/.test(res.stderr)
  ) {
    msg = `Another deploy of ${i.releaseName} started at the same time and won; this run changed nothing (helm: ${helmError(res).split('\n').pop()}).`;
    result.changed = false;
  } else {
    msg =
      `helm upgrade of ${i.releaseName} failed: ${helmError(res).split('\n').slice(-2).join(' ')}` +
      (result.rolledBack
        ? result.rolledBackTo
          ? ` Rolled back to revision ${result.rolledBackTo} (now revision ${result.revision}, ${result.status}).`
          : ' The failed first install was removed.'
        : nowDeployed
          ? ` Revision ${nowDeployed.revision} is still the deployed one.`
          : last
            ? ''
            : ' Nothing was installed.');
    result.diagnostics = await watcher.diagnostics(started).catch(err => ({
      pods: [],
      events: [{ object: '-', reason: 'Unavailable', message: describeError(err), count: 1, time: '' }],
      logs: []
    }));
    d.log.startGroup('Diagnostics: pods, Warning events, logs');
    d.log.info(untrustedText(formatDiagnostics(result.diagnostics)));
    d.log.endGroup();
  }
  return { ...result, error: msg };
}
