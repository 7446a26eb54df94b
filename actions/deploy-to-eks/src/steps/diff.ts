/**
 * `dry-run: diff`, the plan an approver reads: the would-be release (`helm upgrade
 * --dry-run=server -o json`, which reads the release's records and whatever the chart's lookups
 * read, and writes nothing) against the live deployed revision, object by object and for the
 * computed values (manifestDiff.ts: Secret data redacted, Helm's bookkeeping filtered). Written
 * to a 0600 file under RUNNER_TEMP (the diff-file output), to the log in a group, and to the
 * summary. Needs only get/list: a read-only plan identity can run it.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { untrustedText } from '../../../../src/lib/untrusted';
import type { Inputs } from '../inputs';
import {
  computedValues,
  countsLine,
  diffMarkdown,
  diffReleases,
  diffText,
  type ReleaseSide
} from '../manifestDiff';
import type { HelmReleaseJson } from '../releaseStore';
import { checkCancelled, type DeployDeps, type DeployResult, type ReleaseState } from '../release';
import { chartNameOf, releaseManifest, renderRelease } from './plan';

function sideOf(r: HelmReleaseJson): ReleaseSide {
  return { manifest: releaseManifest(r), values: computedValues(r.chart?.values ?? {}, r.config ?? {}) };
}

/** Fills `result` with the diff (or the error of the render); changes nothing. */
export async function planDiff(
  i: Inputs,
  d: DeployDeps,
  s: ReleaseState,
  result: DeployResult
): Promise<DeployResult> {
  checkCancelled(d, 'the diff');
  const rendered = await renderRelease(i, d, 'server', false);
  if (!rendered.release) return { ...result, error: rendered.error };
  const report = diffReleases(s.deployed && sideOf(s.deployed.release), sideOf(rendered.release));
  const text = diffText(report);
  const file = path.join(i.runnerTemp, `deploy-to-eks-${i.namespace}-${i.releaseName}.diff`);
  writeFileSync(file, text, { mode: 0o600 });
  d.log.info(
    `Diff against ${s.deployed ? `revision ${s.deployed.revision}` : 'nothing (first install)'}: ${countsLine(report)}.`
  );
  d.log.startGroup('Diff (Secret data redacted)');
  d.log.info(untrustedText(text.split('\n').filter(l => l !== '')));
  d.log.endGroup();
  const c = report.counts;
  return {
    ...result,
    ok: true,
    status: 'dry-run',
    chart: chartNameOf(rendered.release),
    changed: c.added + c.changed + c.removed > 0 || report.values.change !== 'unchanged',
    differences: [report.values, ...report.objects].filter(o => o.change !== 'unchanged').map(o => o.id),
    diffFile: file,
    diffCounts: c,
    diffMarkdown: diffMarkdown(report)
  };
}
