/**
 * Findings → GitHub annotations on the template that produced them, and the job summary.
 * Rendered output has no line numbers of its own; the annotation points at the template's
 * `kind:` line when the template states the kind literally, else at line 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { templatePathInChart } from '../../../src/lib/manifest';
import type { AnnotationProperties } from '../../../src/lib/runtime';
import { SummaryBuilder, code } from '../../../src/lib/summary';
import type { Policy } from './inputs';
import type { Finding } from './verify';

export interface AnnotationSink {
  error(message: string, props?: AnnotationProperties): void;
  warning(message: string, props?: AnnotationProperties): void;
  info(message: string): void;
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

  forFinding(f: Finding): Location {
    if (f.check === 'lint') return this.locate(f.source);
    const kind = f.object.split('/')[0] ?? '';
    return this.locate(f.source ? templatePathInChart(f.source) : '', kind);
  }
}

/** GitHub shows only the first few annotations per step; the rest stay in the log and summary. */
export const MAX_ANNOTATIONS = 50;

/**
 * strict: findings keep their level. warn: everything becomes a warning (nothing fails).
 * off: the workload policy was not run; what is left is reported as warnings.
 */
export function annotationLevel(f: Finding, policy: Policy): 'error' | 'warning' {
  return policy === 'strict' ? f.level : 'warning';
}

export function emitAnnotations(
  sink: AnnotationSink,
  findings: Finding[],
  locator: TemplateLocator,
  policy: Policy
): void {
  findings.slice(0, MAX_ANNOTATIONS).forEach(f => {
    const loc = locator.forFinding(f);
    const props: AnnotationProperties = { title: `${f.check}${f.object ? ` (${f.object})` : ''}` };
    if (loc.file) {
      props.file = loc.file;
      props.startLine = loc.line ?? 1;
    }
    if (annotationLevel(f, policy) === 'error') sink.error(f.message, props);
    else sink.warning(f.message, props);
  });
  if (findings.length > MAX_ANNOTATIONS)
    sink.info(`${findings.length - MAX_ANNOTATIONS} more findings are listed in the job summary`);
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
  const errors = findings.filter(f => f.level === 'error').length;
  const warnings = findings.length - errors;
  const s = new SummaryBuilder().heading(
    `Helm chart ${facts.chartName} ${facts.chartVersion}: ${facts.result}`
  );
  s.facts([
    ['Result', facts.result],
    [
      'Findings',
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (policy ${facts.policy})`
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
  if (findings.length) {
    const rows = findings.slice(0, MAX_SUMMARY_ROWS).map(f => {
      const loc = locator.forFinding(f);
      return [f.level, f.check, f.object, loc.file ? `${loc.file}:${loc.line ?? 1}` : f.source, f.message];
    });
    s.table(['Level', 'Check', 'Object', 'Template', 'Message'], rows);
    if (findings.length > MAX_SUMMARY_ROWS)
      s.add(`… and ${findings.length - MAX_SUMMARY_ROWS} more (see the log).`);
  }
  return s.toString();
}
