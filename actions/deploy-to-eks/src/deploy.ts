/**
 * The deploy as named steps over one release model (release.ts), each a module of steps/:
 * chart → read (and, alongside, the image check: steps/image.ts) → recover → plan → apply → verify
 * → record. Rollback on demand is the same steps with another plan (steps/rollback.ts); the dry
 * runs stop after plan (steps/plan.ts, diff.ts, source.ts). Side effects (helm, the Kubernetes
 * client, clock, logger) are injected so tests run this against the real cluster.
 * What only a change needs (the OCI client and tar parser of chart.ts and the fingerprint, helm's
 * apply with its rollout watcher, the gates with Argo Rollouts and Flagger) is imported when it is
 * needed: a dry run or a skip never loads it.
 */
import { readFileSync } from 'node:fs';
import { sha256Digest } from '../../../src/lib/digest';
import { UserError, describeError } from '../../../src/lib/errors';
import { gateLabelArgs, gatesEnabled } from './gates/gateRecord';
import type { Inputs } from './inputs';
import { PENDING } from './releaseStore';
import {
  ReleaseFailure,
  artifactMoves,
  initialResult,
  type Artifact,
  type DeployDeps,
  type DeployResult,
  type ReleaseState
} from './release';
import type { Change } from './steps/apply';
import { checkImage, imageCheckFact } from './steps/image';
import { planDiff, startOfflineRender, type OfflineRender } from './steps/diff';
import { planDeploy } from './steps/plan';
import { describeState, readCanarySpecs, readRelease } from './steps/read';
import { checkRecorded, recordLabelArgs, recordOf } from './steps/record';
import { recoverStuck } from './steps/recover';
import { planRollback } from './steps/rollback';
import { promotionSource } from './steps/source';

export type { DeployDeps, DeployResult, Logger } from './release';
export { helmError } from './release';

/** `--labels` on upgrade/install exists since Helm 3.13. */
export function supportsReleaseLabels(version: string): boolean {
  const m = /^v?(\d+)\.(\d+)/.exec(version);
  return !!m && (Number(m[1]) > 3 || (Number(m[1]) === 3 && Number(m[2]) >= 13));
}

/** What these inputs will run: image and chart by digest, and the inputs fingerprint. */
export async function intendedArtifact(i: Inputs, helmMajor: number, chartManifest = ''): Promise<Artifact> {
  const { inputsFingerprint } = await import('./inputsFingerprint');
  return {
    imageDigest: i.image.digest,
    chartDigest: i.chart.kind === 'archive' ? sha256Digest(readFileSync(i.chart.path)) : '',
    chartManifest,
    fingerprint: inputsFingerprint(i, helmMajor) ?? ''
  };
}

export async function deploy(input: Inputs, d: DeployDeps): Promise<DeployResult> {
  // chart: an oci:// chart is pulled and checked against its digest before anything else.
  const fetched = input.chart.kind !== 'oci' ? undefined : await (d.fetchedChart ?? fetchOciChart(input, d));
  try {
    return await releaseSteps(
      fetched?.inputs ?? input,
      d,
      fetched?.chartManifest ?? '',
      fetched?.chartRef ?? ''
    );
  } finally {
    fetched?.close();
  }
}

/** The chart step (steps/chart.ts, loaded only for an oci:// chart: the OCI client). */
export async function fetchOciChart(
  i: Inputs,
  d: Parameters<typeof import('./steps/chart').fetchChart>[1]
): Promise<import('./steps/chart').FetchedChart> {
  return (await import('./steps/chart')).fetchChart(i, d);
}

/** What the plan decided: a finished result (skip, dry run, nothing to roll back) or a change. */
type Planned = { done: DeployResult } | { change: Change; meant?: Artifact };

async function releaseSteps(
  i: Inputs,
  d: DeployDeps,
  chartManifest: string,
  chartRef: string
): Promise<DeployResult> {
  const started = d.now();
  // The diff's offline render needs nothing from the cluster: it runs while read does.
  const render = i.dryRun === 'diff' ? (d.offlineRender ?? startOfflineRender(i, d)) : undefined;
  // read: the release, and (at the same time, read-only too) whether this job can read the image.
  const imageRead = checkImage(i, d, chartRef);
  imageRead.catch(() => undefined);
  let state = await readRelease(i, d);
  const result = initialResult(state, state.deployed ? recordOf(state.deployed) : undefined);
  result.chartRef = chartRef;
  d.log.info(describeState(i, state));
  try {
    result.imageCheck = imageCheckFact(await imageRead);
    // recover
    state = await recover(i, d, state, result);
    // plan
    const planned = await plan(i, d, state, result, chartManifest, render);
    if ('done' in planned) return planned.done;
    // apply (what Flagger last acted on is read first: the verify step needs the "before")
    const canariesBefore = await readCanarySpecs(i, d, state);
    const { applyChange } = await import('./steps/apply');
    const after = await applyChange(i, d, state, planned.change, result, started);
    // Failed (and maybe rolled back by helm): the outputs name what the deployed revision runs.
    if (!result.ok) return { ...result, to: after.deployed ? recordOf(after.deployed) : undefined };
    // verify
    const revision = after.records.find(r => String(r.revision) === result.revision) ?? after.latest;
    await (
      await import('./steps/verify')
    ).verifyRelease(i, d, result, revision, state.deployed, canariesBefore);
    // record
    await record(i, d, result, revision, planned.meant);
    return result;
  } catch (err) {
    // Stopped before or between steps: what is known so far goes with the error.
    // Anything else is a bug, reported as such by the entry.
    if (err instanceof ReleaseFailure || !(err instanceof UserError)) throw err;
    throw new ReleaseFailure(describeError(err), result, err.details);
  }
}

/** Recover runs only when this run will change the release; a dry run reports and leaves it. */
async function recover(
  i: Inputs,
  d: DeployDeps,
  s: ReleaseState,
  result: DeployResult
): Promise<ReleaseState> {
  if (i.dryRun !== 'none') {
    if (s.latest && PENDING.has(s.latest.status))
      d.log.warning(`Revision ${s.latest.revision} is ${s.latest.status}; a dry run does not recover it.`);
    return s;
  }
  result.recovery = await recoverStuck(i, d, s);
  return result.recovery ? readRelease(i, d) : s;
}

async function plan(
  i: Inputs,
  d: DeployDeps,
  s: ReleaseState,
  result: DeployResult,
  chartManifest: string,
  render: OfflineRender | undefined
): Promise<Planned> {
  const unchanged = { ...result, to: result.from };
  if (i.rollbackTo) {
    const target = planRollback(i, s);
    d.log.info(target.message);
    if (target.kind === 'nothing')
      return {
        done: {
          ...unchanged,
          ok: true,
          revision: String(target.revision.revision),
          status: target.revision.status
        }
      };
    result.rollbackOf = String(target.revision.revision);
    return { change: { kind: 'rollback', revision: target.revision.revision } };
  }
  if (i.dryRun === 'record') {
    const src = promotionSource(i, s);
    d.log.info(
      `Revision ${src.revision} of ${i.releaseName} runs ${src.imageRef} and chart ${src.chartName} ${src.chartVersion} (chart package ${src.chartDigest || '-'}, OCI manifest ${src.chartManifestDigest}).`
    );
    return {
      done: { ...unchanged, ok: true, status: 'dry-run', revision: String(src.revision), source: src }
    };
  }
  if (i.dryRun === 'diff') return { done: await planDiff(i, d, s, unchanged, render) };
  const meant = i.dryRun === 'none' ? await intendedArtifact(i, d.helm.major, chartManifest) : undefined;
  const p = await planDeploy(i, d, s, meant?.fingerprint || undefined);
  if (p.kind === 'skip') {
    d.log.info(p.message);
    return {
      done: { ...unchanged, ok: true, revision: String(p.revision.revision), status: p.revision.status }
    };
  }
  result.differences = p.differences;
  if (p.chart) result.chart = p.chart;
  if (p.kind === 'dry-run')
    return {
      done: p.ok
        ? { ...result, to: result.from, ok: true, status: 'dry-run', changed: p.differences.length > 0 }
        : { ...result, error: p.error }
    };
  const labelArgs = supportsReleaseLabels(d.helm.version)
    ? [
        ...recordLabelArgs(meant as Artifact, (s.latest?.revision ?? 0) + 1),
        ...gateLabelArgs(gatesEnabled(i), s.latest === undefined)
      ]
    : [];
  return { change: { kind: 'upgrade', labelArgs }, meant };
}

/** record: what the deployed revision now runs, as the cluster stores it; from → to in the log. */
async function record(
  i: Inputs,
  d: DeployDeps,
  result: DeployResult,
  revision: ReleaseState['latest'],
  meant: Artifact | undefined
): Promise<void> {
  if (result.rolledBack) {
    // A gate failed and the release went back: it runs what the deployed revision records.
    const now = await readRelease(i, d).catch(() => undefined);
    result.to = now?.deployed ? recordOf(now.deployed) : undefined;
  } else if (!meant) result.to = recordOf(revision);
  else {
    const { artifact, missing } = checkRecorded(revision, meant);
    result.to = artifact;
    if (missing.length && supportsReleaseLabels(d.helm.version))
      d.log.warning(
        `Revision ${result.revision} does not record its ${missing.join(', ')} (release labels).`
      );
  }
  const moves = artifactMoves(result.from, result.to);
  if (moves.length) d.log.info(`Runs now: ${moves.join('; ')}.`);
}
