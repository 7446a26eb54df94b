/**
 * The verify step's gates, run after the rollout is Ready, in order: progressive delivery (each
 * Argo Rollout followed to Healthy, each Flagger Canary until it has analysed this revision), the
 * smoke request, `helm test`. The first failure stops the rest; the verdict is recorded on the
 * revision (gateRecord.ts); then, by `on-gate-failure`, the release is rolled back to the revision
 * deployed before this run and waited for, or left as it is. A first install has nothing to roll
 * back to: `on-first-install-gate-failure` uninstalls it or keeps it.
 *
 * Narrow interface: the caller hands in its helm runner and the records; this module owns no
 * release logic beyond "which revision to return to".
 *
 * What the gates read comes from the revision's rendered manifest where it can (parsed once): the
 * Services a smoke request may go to, and whether there are Rollouts or Canaries to follow at
 * all. A list right after helm wrote those objects waits for the API server's watch cache
 * (~70 ms measured for the Service list); a release without Rollouts or Canaries asks nothing.
 * The verdict is recorded while the helm test record is read: both only need helm to have exited.
 */
import { describeError } from '../../../../src/lib/errors';
import type { ExecResult } from '../../../../src/lib/exec';
import type { KubeClient } from '../../../../src/lib/kube';
import { parseManifest, type ManifestObject } from '../../../../src/lib/manifest';
import { helmRollbackArgs, helmUninstallArgs } from '../helmArgs';
import type { Inputs } from '../inputs';
import { listReleaseRecords, secretToRecord, type ReleaseRecord } from '../releaseStore';
import { RolloutWatcher, formatProgress, workloadsReady } from '../rolloutWatcher';
import { releaseServices, smokeRequest } from '../smoke';
import { untrustedText } from '../../../../src/lib/untrusted';
import { gatesEnabled, recordGateVerdict, recordPath } from './gateRecord';
import { formatTestReports, helmTestArgs, testReports, type TestReport } from './helmTest';
import { followRollouts, type RolloutFollowDeps } from '../progressive/argoRollouts';
import { legacyWait } from '../progressive/helmWait';
import { followCanaries, type CanariesBefore, type CanaryRun } from '../progressive/flagger';
import { NOT_FOUND } from '../progressive/follow';

export type GateName = 'rollout' | 'smoke' | 'helm-test';

/** What the gates add to the deploy result (DeployResult extends this). */
export interface GateResultFields {
  /** The gate that failed ('' when none did or none ran). */
  failedGate?: GateName | '';
  /** Gates that ran, in order. */
  gatesRun?: GateName[];
  smoke?: string;
  tests?: TestReport[];
  /** Lines about Argo Rollouts (progress at the end, conditions on failure). */
  rollouts?: string[];
  /** What happened after a failed gate: rolled back, uninstalled, kept. */
  afterGate?: string;
}

export interface GateDeps {
  kube: KubeClient;
  log: { info(m: string): void; warning(m: string): void; startGroup(n: string): void; endGroup(): void };
  /** Runs helm with the deploy's environment, streaming its stderr into the log. */
  helm: (args: string[], what: string) => Promise<ExecResult>;
  helmMajor: number;
  helmError: (res: ExecResult) => string;
  now: () => Date;
  smokeDelayMs?: number;
  progressIntervalMs?: number;
  /** Argo Rollouts follower tuning (tests shorten the poll). */
  rollouts?: Partial<RolloutFollowDeps>;
}

export interface GateRun {
  /** The revision the gates judged (the one this run created). */
  revision: ReleaseRecord;
  /** The revision deployed before this run (the rollback target), undefined for a first install. */
  deployedBefore?: ReleaseRecord;
  /** Each Flagger Canary's snapshot read before helm ran (progressive/flagger.ts canarySpecs). */
  canarySpecsBefore?: CanariesBefore;
}

type Outcome = GateResultFields & {
  ok: boolean;
  error?: string;
  rolledBack?: boolean;
  rolledBackTo?: string;
  revision?: string;
  status?: string;
};

async function smokeGate(
  i: Inputs,
  d: GateDeps,
  rendered: readonly ManifestObject[]
): Promise<{ ok: boolean; line: string; error?: string }> {
  if (!i.smoke) return { ok: true, line: '' };
  try {
    const s = await smokeRequest(
      d.kube,
      i.namespace,
      i.releaseName,
      i.smoke,
      releaseServices(rendered, i.namespace),
      { delayMs: d.smokeDelayMs }
    );
    const line = `GET ${i.smoke.path} OK (attempt ${s.attempts})`;
    // What the service answered, so a person sees it was the app (not just any 2xx).
    const body = s.body.replace(/\s+/g, ' ').trim();
    d.log.info(
      untrustedText(
        `Smoke request: ${line}${body ? `; response: ${body.length > 300 ? `${body.slice(0, 300)}…` : body}` : ''}`
      )
    );
    return { ok: true, line };
  } catch (err) {
    return { ok: false, line: 'failed', error: describeError(err) };
  }
}

/** `decided` hears the verdict as soon as helm exits, before the test record is read. */
async function helmTestGate(
  i: Inputs,
  d: GateDeps,
  run: GateRun,
  decided: (ok: boolean) => void
): Promise<{ ok: boolean; reports: TestReport[]; error?: string }> {
  d.log.startGroup(`helm test ${i.releaseName}`);
  try {
    const res = await d.helm(helmTestArgs(i, i.gates.helmTestTimeoutSeconds), 'test');
    decided(res.exitCode === 0);
    // helm wrote each test's last run into this revision's record: read that one record only.
    const rec = await d.kube
      .get<Parameters<typeof secretToRecord>[0]>(recordPath(i.namespace, run.revision))
      .then(o => secretToRecord(o, run.revision.driver))
      .catch(() => undefined);
    const reports = testReports(rec?.release, res.stdout);
    d.log.info(untrustedText(formatTestReports(reports).join('\n')));
    if (res.exitCode === 0) return { ok: true, reports };
    const failed = reports.filter(r => r.phase !== 'Succeeded').map(r => `${r.name} ${r.phase}`);
    return {
      ok: false,
      reports,
      error: `helm test of ${i.releaseName} failed${failed.length ? ` (${failed.join(', ')})` : ''}: ${d.helmError(res).split('\n').pop()}`
    };
  } finally {
    d.log.endGroup();
  }
}

/** Rolls back (or uninstalls / keeps) after a failed gate, by the inputs; waits for Ready. */
async function afterFailure(
  i: Inputs,
  d: GateDeps,
  run: GateRun,
  out: Outcome,
  hasRollouts: boolean
): Promise<void> {
  if (i.gates.onGateFailure === 'fail') {
    out.afterGate = `on-gate-failure is fail: revision ${run.revision.revision} stays deployed.`;
    return;
  }
  const to = run.deployedBefore;
  if (!to) {
    if (i.gates.onFirstInstallGateFailure === 'keep') {
      out.afterGate = `First install: nothing to roll back to; on-first-install-gate-failure is keep, so revision ${run.revision.revision} stays.`;
      return;
    }
    const res = await d.helm(helmUninstallArgs(i, d.helmMajor), 'uninstall');
    if (res.exitCode !== 0) {
      out.afterGate = `First install: uninstalling it failed: ${d.helmError(res)}`;
      return;
    }
    out.rolledBack = true;
    out.rolledBackTo = '';
    out.status = 'uninstalled';
    out.afterGate =
      'First install: nothing to roll back to; it was uninstalled (on-first-install-gate-failure: uninstall).';
    return;
  }
  const args = helmRollbackArgs(i, to.revision, d.helmMajor, true);
  const res = await d.helm(hasRollouts ? legacyWait(args) : args, 'rollback');
  if (res.exitCode !== 0) {
    out.afterGate = `Rolling back to revision ${to.revision} failed: ${d.helmError(res)}`;
    return;
  }
  const recs = await listReleaseRecords(d.kube, i.namespace, i.releaseName);
  const now = recs[recs.length - 1];
  // helm's --wait already waited; one more look says so in the log from the API's point of view.
  const ws = await new RolloutWatcher(d.kube, i.namespace, i.releaseName).workloads().catch(() => []);
  out.rolledBack = true;
  out.rolledBackTo = String(to.revision);
  if (now) {
    out.revision = String(now.revision);
    out.status = now.status;
  }
  let ready = `${workloadsReady(ws) ? 'Ready again' : 'not Ready yet'}: ${formatProgress(ws)}`;
  if (hasRollouts) {
    // The Rollout's controller returns to the stable pods; wait for it as for any Rollout.
    const again = await followRollouts({ ...i, gates: { ...i.gates, rolloutPause: 'promote' } }, d);
    ready = again.ok ? 'Rollouts Healthy again' : `Rollouts not Healthy again: ${again.error ?? ''}`;
  }
  out.afterGate = `Rolled back to revision ${to.revision} (now revision ${now?.revision ?? '?'}, ${now?.status ?? 'unknown'}); ${ready}.`;
}

/** What the Flagger follower needs to know about this run's revision. */
function canaryRun(run: GateRun): CanaryRun {
  const at = Date.parse(run.revision.release.info.last_deployed ?? '');
  return {
    deployedAt: Number.isNaN(at) ? run.revision.updatedAt.getTime() : at,
    manifest: run.revision.release.manifest,
    previousManifest: run.deployedBefore ? (run.deployedBefore.release.manifest ?? '') : undefined,
    specsBefore: run.canarySpecsBefore
  };
}

/** Whether the rendered objects include one of this kind in this API group. */
function renders(objects: readonly ManifestObject[], group: string, kind: string): boolean {
  return objects.some(o => o.kind === kind && o.apiVersion.startsWith(`${group}/`));
}

/** Runs the enabled gates on the revision this run created; never throws for a failed gate. */
export async function verifyGates(i: Inputs, d: GateDeps, run: GateRun): Promise<Outcome> {
  const out: Outcome = { ok: true, gatesRun: [], failedGate: '' };
  const t0 = d.now().getTime();
  const fail = (gate: GateName, error: string) => {
    out.ok = false;
    out.failedGate = gate;
    out.error = `Gate ${gate} failed: ${error}`;
  };

  const rendered = parseManifest(run.revision.release.manifest ?? '').objects;
  // Rollouts and Canaries are the chart's own objects (followed by Helm's ownership annotation):
  // a revision that renders none has none to follow.
  const rollouts = renders(rendered, 'argoproj.io', 'Rollout') ? await followRollouts(i, d) : NOT_FOUND;
  if (rollouts.found) {
    out.gatesRun?.push('rollout');
    out.rollouts = rollouts.lines;
    if (!rollouts.ok) {
      fail('rollout', rollouts.error ?? 'a Rollout did not become Healthy');
      d.log.startGroup('Diagnostics: Argo Rollouts (conditions, events, canary pods)');
      d.log.info(untrustedText(rollouts.lines.join('\n')));
      d.log.endGroup();
    }
  }
  const canaries =
    out.ok && renders(rendered, 'flagger.app', 'Canary')
      ? await followCanaries(i, canaryRun(run), d)
      : NOT_FOUND;
  if (canaries.found) {
    if (!rollouts.found) out.gatesRun?.push('rollout');
    out.rollouts = [...(out.rollouts ?? []), ...canaries.lines];
    if (!canaries.ok) {
      fail('rollout', canaries.error ?? 'a Flagger Canary was not promoted');
      d.log.startGroup('Diagnostics: Flagger Canaries (conditions, events, canary pods)');
      d.log.info(untrustedText(canaries.lines.join('\n')));
      d.log.endGroup();
    }
  }
  const gated = gatesEnabled(i) || rollouts.found || canaries.found;
  let recorded: Promise<void> | undefined;
  /** Records the verdict on the revision, once; a failure to record is a warning. */
  const record = (ok: boolean, failedGate: GateName | ''): Promise<void> =>
    (recorded ??= recordGateVerdict(
      d.kube,
      i.namespace,
      run.revision,
      ok ? 'passed' : 'failed',
      failedGate
    ).catch(err =>
      d.log.warning(
        `Could not record the gate result on revision ${run.revision.revision}: ${describeError(err)}`
      )
    ));
  if (out.ok && i.smoke) {
    out.gatesRun?.push('smoke');
    const s = await smokeGate(i, d, rendered);
    out.smoke = s.line;
    if (!s.ok) fail('smoke', s.error ?? 'the smoke request failed');
  }
  if (out.ok && i.gates.helmTest) {
    out.gatesRun?.push('helm-test');
    // The last gate: its exit code is the verdict, recorded while its test record is read.
    const t = await helmTestGate(i, d, run, ok => {
      if (gated) void record(ok, ok ? '' : 'helm-test');
    });
    out.tests = t.reports;
    if (!t.ok) fail('helm-test', t.error ?? 'helm test failed');
  }
  if (!out.gatesRun?.length) return out;

  if (gated) await record(out.ok, out.failedGate ?? '');
  if (out.ok) {
    const secs = ((d.now().getTime() - t0) / 1000).toFixed(2);
    d.log.info(`Gates passed: ${out.gatesRun?.join(', ')} (${secs} s).`);
    return out;
  }
  d.log.info(untrustedText(out.error ?? ''));
  d.log.startGroup(`After the failed ${out.failedGate} gate`);
  try {
    await afterFailure(i, d, run, out, rollouts.found);
    d.log.info(out.afterGate ?? '');
    out.error = `${out.error ?? ''} ${out.afterGate ?? ''}`.trim();
  } finally {
    d.log.endGroup();
  }
  return out;
}
