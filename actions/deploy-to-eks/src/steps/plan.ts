/**
 * Plan: decide what the apply step will do, changing nothing. Skip-unchanged first, cheaply when
 * the deployed revision records the fingerprint of the inputs it was deployed with; otherwise
 * (no trustworthy record, or a client/server dry run) render with `helm upgrade --dry-run -o
 * json` and compare with the deployed revision. A server dry run also validates every object on
 * the API server (dryRun=All). A revision that failed a gate (or never finished its gates) is
 * never one to skip to (gates/gateRecord.ts).
 */
import { UserError } from '../../../../src/lib/errors';
import { untrustedText } from '../../../../src/lib/untrusted';
import { gatesEnabled, skipRefusal } from '../gates/gateRecord';
import { helmUpgradeArgs } from '../helmArgs';
import { recordedFingerprint } from '../fingerprintLabels';
import type { Inputs } from '../inputs';
import { parseHelmReleaseOutput, releaseDifferences } from '../releaseDiff';
import type { HelmReleaseJson, ReleaseRecord } from '../releaseStore';
import { validateOnServer } from '../serverValidation';
import {
  chartNameOf,
  checkCancelled,
  helmError,
  helmRun,
  releaseManifest,
  type DeployDeps,
  type ReleaseState
} from '../release';

export type Plan =
  /** Nothing to deploy: `revision` already runs these inputs. */
  | { kind: 'skip'; revision: ReleaseRecord; message: string }
  /** Go ahead; `differences` against the deployed revision ([] when not compared). */
  | { kind: 'apply'; differences: string[]; chart?: string }
  /** A client/server dry run: the whole job, finished here. */
  | { kind: 'dry-run'; ok: boolean; differences: string[]; chart?: string; error?: string };

/** The would-be release (`helm upgrade --dry-run=<mode> -o json`), or a message why not. */
export async function renderRelease(
  i: Inputs,
  d: DeployDeps,
  mode: 'client' | 'server',
  stream: boolean
): Promise<{ release?: HelmReleaseJson; error?: string }> {
  const res = await helmRun(d, helmUpgradeArgs(i, d.helm.major, mode), 'dry run', stream);
  if (res.exitCode !== 0)
    return {
      error: `The ${mode}-side dry run of ${i.releaseName} failed; nothing was changed: ${helmError(res)}`
    };
  const release = parseHelmReleaseOutput(res.stdout);
  if (!release) throw new UserError('helm printed no release for the dry run (unexpected output)');
  return { release };
}

export async function planDeploy(
  i: Inputs,
  d: DeployDeps,
  s: ReleaseState,
  fingerprint: string | undefined
): Promise<Plan> {
  const { deployed, latest } = s;
  const dryRun = i.dryRun === 'client' || i.dryRun === 'server' ? i.dryRun : undefined;
  const refusal = deployed && i.skipUnchanged ? skipRefusal(deployed, gatesEnabled(i)) : undefined;
  if (refusal && !dryRun) d.log.info(`Not skipping: ${refusal}; deploying again so the gates run.`);
  const candidate =
    !dryRun && i.skipUnchanged && deployed !== undefined && latest === deployed && !refusal
      ? deployed
      : undefined;
  const recorded = candidate ? recordedFingerprint(candidate) : undefined;
  if (candidate && fingerprint && recorded === fingerprint) {
    return {
      kind: 'skip',
      revision: candidate,
      message: `Unchanged: chart, values and image equal revision ${candidate.revision} (inputs fingerprint ${fingerprint.slice(0, 12)}); nothing to deploy.`
    };
  }
  if (candidate && fingerprint && recorded) {
    d.log.info(
      `Changes against revision ${candidate.revision}: the chart, values or image differ (fingerprint ${recorded.slice(0, 12)} → ${fingerprint.slice(0, 12)}).`
    );
    return { kind: 'apply', differences: ['inputs (chart, values or image)'] };
  }
  if (!dryRun && !candidate) return { kind: 'apply', differences: [] };

  // No trustworthy fingerprint on the deployed revision, or a dry run: render and compare.
  checkCancelled(d, 'the dry run');
  const mode = dryRun ?? 'server';
  const rendered = await renderRelease(i, d, mode, dryRun !== undefined);
  if (!rendered.release) {
    if (dryRun) return { kind: 'dry-run', ok: false, differences: [], error: rendered.error };
    throw new UserError(rendered.error ?? 'the dry run failed');
  }
  const next = rendered.release;
  const chart = chartNameOf(next);
  if (dryRun === 'server') {
    const v = await validateOnServer(d.kube, releaseManifest(next), i.namespace);
    for (const sk of v.skipped) d.log.warning(`Not validated on the server: ${sk}`);
    if (v.problems.length) {
      const lines = v.problems.map(p => `${p.object}: ${p.message}`);
      d.log.info(untrustedText(lines.map(l => `  rejected: ${l}`)));
      return {
        kind: 'dry-run',
        ok: false,
        chart,
        differences: [],
        error: `The server-side dry run of ${i.releaseName} was rejected by the API server; nothing was changed: ${lines.join('; ')}`
      };
    }
    d.log.info(`The API server accepted all ${v.checked} objects (server-side apply, dryRun=All).`);
  }
  if (dryRun) {
    const differences = deployed ? releaseDifferences(next, deployed.release) : ['first install'];
    d.log.info(
      `Dry run (${mode}) passed: would ${deployed ? `upgrade revision ${deployed.revision} (changes: ${differences.join(', ') || 'none'})` : 'install'}.`
    );
    return { kind: 'dry-run', ok: true, chart, differences };
  }
  const cand = candidate as ReleaseRecord;
  const differences = releaseDifferences(next, cand.release);
  if (!differences.length) {
    return {
      kind: 'skip',
      revision: cand,
      message: `Unchanged: chart, values and rendered manifest equal revision ${cand.revision}; nothing to deploy.`
    };
  }
  d.log.info(`Changes against revision ${cand.revision}: ${differences.join(', ')}.`);
  return { kind: 'apply', differences, chart };
}
