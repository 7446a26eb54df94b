/** The job summary: what was pushed (or reused), where, and how long each phase took. */
import { SummaryBuilder, code, codeBlock, seconds } from '../../../src/lib/summary';
import type { RunResult } from './run';
import { scanFailureFact, scanSummary } from './scanGate';

export function formatBytes(n: number | undefined): string {
  if (n === undefined) return '';
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

const TAG_RESULT: Record<string, string> = {
  pushed: 'pushed',
  moved: 'moved here',
  unchanged: 'already here',
  immutable: '⚠️ not moved (immutable repository)'
};

export function buildSummary(r: RunResult): string {
  const total = r.phases.reduce((n, [, ms]) => n + ms, 0);
  const s = new SummaryBuilder()
    .heading(
      `build-push-ecr: ${r.skipped ? 'reused existing image' : r.digest ? 'built and pushed' : 'built (not pushed)'}`
    )
    .facts([
      ['Image', code(r.image)],
      ['Tag', code(r.tag)],
      ['Digest', code(r.digest)],
      ['Size', formatBytes(r.sizeBytes)],
      [
        'Result',
        r.skipped
          ? 'reused: the tag already existed, no build'
          : r.digest
            ? 'built and pushed'
            : 'built only (push: false)'
      ],
      ['Builder', r.builder ?? ''],
      ['Total', seconds(total)]
    ])
    .table(
      ['Tag', 'Result'],
      r.tagReports.map(t => [code(t.tag), TAG_RESULT[t.result] ?? t.result])
    )
    .table(
      ['Phase', 'Seconds'],
      r.phases.map(([name, ms]) => [name, (ms / 1000).toFixed(1)])
    );
  if (r.scan) s.add(scanSummary(r.scan));
  if (r.warnings.length) s.add(r.warnings.map(w => `> ⚠️ ${w}`).join('\n>\n'));
  return s.toString();
}

/** What a failed run knew (outputs set before the failure) and the error, for the job summary. */
export function buildFailureSummary(known: Record<string, string>, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return new SummaryBuilder()
    .heading('build-push-ecr: failed')
    .facts([
      ['Image', code(known['image'])],
      ['Tag', code(known['tag'])],
      ['Scan', scanFailureFact(known['scan-findings'])]
    ])
    .add(codeBlock(message))
    .toString();
}
