/**
 * Findings → GitHub annotations on the template that produced them, and the job summary.
 * Rendered output has no line numbers of its own; the annotation points at the line a check
 * found (a duplicate key's line in the template), else at the template's `kind:` line when the
 * template states the kind literally, else at line 1. GitHub shows 10 error and 10 warning
 * annotations per step: the most severe go first, one notice says how many more the summary
 * holds. Exempted findings are not annotations; the summary lists them with their reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { keyLinePattern, templatePathInChart } from '../../../src/lib/manifest';
import type { AnnotationProperties } from '../../../src/lib/runtime';
import { SummaryBuilder, code } from '../../../src/lib/summary';
import type { Policy } from './inputs';
import type { Finding } from './verify';

export interface AnnotationSink {
  error(message: string, props?: AnnotationProperties): void;
  warning(message: string, props?: AnnotationProperties): void;
  notice(message: string, props?: AnnotationProperties): void;
}

/** Where a finding points: the template file in the chart source, relative to the workspace. */
export interface Location {
  file?: string;
  line?: number;
}

export class TemplateLocator {
  private readonly cache = new Map<string, string | undefined>();

  constructor(
    private readonly chartDir: string,
    private readonly workspace: string
  ) {}

  private read(abs: string): string | undefined {
    if (!this.cache.has(abs)) this.cache.set(abs, existsSync(abs) ? readFileSync(abs, 'utf8') : undefined);
    return this.cache.get(abs);
  }

  /** `inChart` is a path inside the chart (`templates/service.yaml`); '' means Chart.yaml. */
  locate(inChart: string, kind = ''): Location {
    const rel = inChart && !inChart.endsWith('/') ? inChart : 'Chart.yaml';
    const abs = path.join(this.chartDir, rel);
    const text = this.read(abs);
    // A template of a packaged subchart is not on disk: annotate without a file.
    if (text === undefined) return {};
    let line = 1;
    if (kind) {
      const idx = text.split('\n').findIndex(l => new RegExp(`^\\s*kind:\\s*["']?${kind}["']?\\s*$`).test(l));
      if (idx >= 0) line = idx + 1;
    }
    return { file: path.relative(this.workspace, abs).split(path.sep).join('/'), line };
  }

  /**
   * The template line of the `occurrence`-th `key:` line of a rendered document: the same
   * ordinal among the template's `key:` lines (the last one when the template has fewer, as
   * when a loop renders it), undefined when the template does not spell the key.
   */
  lineOfKey(source: string, key: string, occurrence: number): number | undefined {
    const rel = templatePathInChart(source);
    const text = rel ? this.read(path.join(this.chartDir, rel)) : undefined;
    if (text === undefined) return undefined;
    const pattern = keyLinePattern(key);
    const lines = text
      .split('\n')
      .map((l, i) => (pattern.test(l) ? i + 1 : 0))
      .filter(n => n > 0);
    return lines.length ? (lines[Math.min(occurrence, lines.length) - 1] as number) : undefined;
  }

  forFinding(f: Finding): Location {
    if (f.check === 'lint') return this.locate(f.source);
    const kind = f.object.split('/')[0] ?? '';
    const loc = this.locate(f.source ? templatePathInChart(f.source) : '', kind);
    return loc.file && f.line ? { ...loc, line: f.line } : loc;
  }
}

/** GitHub shows at most this many error and this many warning annotations per step. */
export const MAX_ANNOTATIONS = { error: 10, warning: 10 };

/**
 * strict: findings keep their level. warn: everything becomes a warning (nothing fails).
 * off: the workload policy was not run; what is left is reported as warnings.
 */
export function annotationLevel(f: Finding, policy: Policy): 'error' | 'warning' {
  return policy === 'strict' ? f.level : 'warning';
}

/** Most severe first (errors, then warnings, then exempted), stable within a level. */
export function bySeverity(findings: Finding[], policy: Policy): Finding[] {
  // Effective level first, then the finding's own (under warn, former errors lead the warnings).
  const rank = (f: Finding) =>
    f.exempted !== undefined
      ? 4
      : (annotationLevel(f, policy) === 'error' ? 0 : 2) + (f.level === 'error' ? 0 : 1);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(x => x.f);
}

export function emitAnnotations(
  sink: AnnotationSink,
  findings: Finding[],
  locator: TemplateLocator,
  policy: Policy
): void {
  const shown = { error: 0, warning: 0 };
  let more = 0;
  for (const f of bySeverity(findings, policy)) {
    if (f.exempted !== undefined) continue;
    const level = annotationLevel(f, policy);
    if (shown[level] >= MAX_ANNOTATIONS[level]) {
      more++;
      continue;
    }
    shown[level]++;
    const loc = locator.forFinding(f);
    const props: AnnotationProperties = { title: `${f.check}${f.object ? ` (${f.object})` : ''}` };
    if (loc.file) {
      props.file = loc.file;
      props.startLine = loc.line ?? 1;
    }
    if (level === 'error') sink.error(f.message, props);
    else sink.warning(f.message, props);
  }
  const exempted = findings.filter(f => f.exempted !== undefined).length;
  if (more || exempted) {
    const parts = [
      more && `${more} more finding${more === 1 ? '' : 's'}`,
      exempted && `${exempted} exempted`
    ];
    sink.notice(`${parts.filter(Boolean).join(' and ')} in the job summary`, { title: 'package-and-verify' });
  }
}

export interface SummaryFacts {
  chartName: string;
  chartVersion: string;
  appVersion: string;
  packagePath: string;
  digest: string;
  reproducible: boolean;
  manifestPath: string;
  helm: string;
  policy: Policy;
  valuesFiles: string[];
  kinds: Record<string, number>;
  result: string;
}

export const MAX_SUMMARY_ROWS = 200;

export function summaryMarkdown(facts: SummaryFacts, findings: Finding[], locator: TemplateLocator): string {
  const active = findings.filter(f => f.exempted === undefined);
  const errors = active.filter(f => f.level === 'error').length;
  const warnings = active.length - errors;
  const exempted = findings.length - active.length;
  const s = new SummaryBuilder().heading(
    `Helm chart ${facts.chartName} ${facts.chartVersion}: ${facts.result}`
  );
  s.facts([
    ['Result', facts.result],
    [
      'Findings',
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}` +
        (exempted ? `, ${exempted} exempted` : '') +
        ` (policy ${facts.policy})`
    ],
    ['Chart', `${facts.chartName} ${facts.chartVersion} (app ${facts.appVersion || '-'})`],
    ['Package', code(facts.packagePath)],
    ['Digest', code(facts.digest) + (facts.reproducible ? ' (reproducible)' : '')],
    ['Values', facts.valuesFiles.map(code).join(' ')],
    [
      'Kinds',
      Object.entries(facts.kinds)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')
    ],
    ['Rendered manifest', code(facts.manifestPath)],
    ['Helm', facts.helm]
  ]);
  findingsTable(s, findings, locator, facts.policy);
  return s.toString();
}

function findingsTable(
  s: SummaryBuilder,
  findings: Finding[],
  locator: TemplateLocator,
  policy: Policy
): void {
  if (!findings.length) return;
  const rows = bySeverity(findings, policy)
    .slice(0, MAX_SUMMARY_ROWS)
    .map(f => {
      const loc = locator.forFinding(f);
      return [
        f.exempted !== undefined ? 'exempted' : f.level,
        f.check,
        f.object,
        loc.file ? `${loc.file}:${loc.line ?? 1}` : f.source,
        f.exempted !== undefined ? `${f.message} — exempted: ${f.exempted}` : f.message
      ];
    });
  s.table(['Level', 'Check', 'Object', 'Template', 'Message'], rows);
  if (findings.length > MAX_SUMMARY_ROWS)
    s.add(`… and ${findings.length - MAX_SUMMARY_ROWS} more (see the log).`);
}

/** The summary of a run that stopped before its verdict: which step failed, why, what was known. */
export function failureSummaryMarkdown(
  facts: { chart: string; step: string; detail: string; policy: Policy },
  findings: Finding[],
  locator: TemplateLocator
): string {
  const s = new SummaryBuilder().heading(`Helm chart ${facts.chart}: failed at ${facts.step}`);
  s.facts([
    ['Result', `failed at ${facts.step}`],
    ['Step', facts.step]
  ]);
  s.details(`Output of ${facts.step}`, '```\n' + facts.detail.replace(/```/g, "'''") + '\n```');
  findingsTable(s, findings, locator, facts.policy);
  return s.toString();
}
