/**
 * The job summary: a five-second read (release, revision before → after, image, what it runs
 * from → to, status), then details (gates, the diff of a dry-run diff, diagnostics).
 */
import { SummaryBuilder, code, codeBlock } from '../../../src/lib/summary';
import type { DeployResult } from './deploy';
import { artifactMoves } from './release';
import { imageRef } from './helmArgs';
import type { Inputs } from './inputs';
import { formatDiagnostics } from './rolloutWatcher';
import { gateDetails, gateFacts } from './gates/gateSummary';

export function deploySummary(i: Inputs, r: DeployResult, seconds: number): string {
  const outcome = !r.ok
    ? r.rolledBack
      ? '❌ failed, rolled back'
      : '❌ failed'
    : i.dryRun !== 'none'
      ? `✅ dry run (${i.dryRun}) passed`
      : i.rollbackTo
        ? r.changed
          ? `✅ rolled back to the content of revision ${r.rollbackOf}`
          : '✅ unchanged (already the deployed revision)'
        : r.changed
          ? '✅ deployed'
          : '✅ unchanged (skipped)';
  const revision =
    r.previousRevision && r.previousRevision !== r.revision
      ? `${r.previousRevision} → ${r.revision}`
      : r.revision || '-';
  const b = new SummaryBuilder().heading(`deploy-to-eks: ${i.releaseName} ${outcome}`);
  b.facts([
    ['Release', code(i.releaseName)],
    ['Namespace', `${code(i.namespace)}${r.namespace ? ` — ${r.namespace.summary}` : ''}`],
    [
      'Cluster',
      i.cluster.kind === 'eks' ? `EKS ${code(i.cluster.clusterName)} (${i.cluster.region})` : 'kubeconfig'
    ],
    ['Chart', r.chart ? code(r.chart) : ''],
    ['Revision', revision],
    ['Chart reference', r.chartRef ? code(r.chartRef) : ''],
    ['Image', i.image.repository || i.image.digest || i.image.tag ? code(imageRef(i.image)) : ''],
    ['Image check', r.imageCheck ?? ''],
    ['Runs', artifactMoves(r.from, r.to).join('<br>')],
    [
      'Source',
      r.source
        ? `${code(r.source.imageRef)}, chart ${code(r.source.chartName)} ${code(r.source.chartManifestDigest || r.source.chartDigest)}`
        : ''
    ],
    ['Status', r.status],
    ['Changed', r.changed ? 'yes' : 'no'],
    ['Rolled back', r.rolledBack ? `yes${r.rolledBackTo ? ` to revision ${r.rolledBackTo}` : ''}` : ''],
    ['Recovery', r.recovery],
    ['Smoke', r.smoke ? `${i.smoke?.path}: ${r.smoke}` : ''],
    ...gateFacts(r),
    ['Duration', `${seconds.toFixed(1)} s`]
  ]);
  gateDetails(b, r);
  if (r.diffMarkdown) b.add(r.diffMarkdown);
  if (r.differences.length && r.changed)
    b.add(`Changed against the deployed revision: ${r.differences.join(', ')}.`);
  if (r.error) b.add(`**Error:** ${r.error.split('\n')[0]}`);
  if (r.diagnostics) {
    const bad = r.diagnostics.pods.filter(p => !p.ready);
    b.table(
      ['Pod', 'Phase', 'Problem'],
      bad.map(p => [
        p.name,
        p.phase,
        [
          ...p.containers.filter(c => c.reason || !c.ready).map(c => `${c.name}: ${c.reason || 'not ready'}`),
          ...p.conditions
        ].join('; ')
      ])
    );
    b.details(
      'Diagnostics (pods, Warning events, logs)',
      codeBlock(formatDiagnostics(r.diagnostics).join('\n'))
    );
  }
  return b.toString();
}
