/**
 * Findings → annotations and summary: where they point, at which level per policy, and the
 * lint-output and fail decisions of run.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  annotationLevel,
  emitAnnotations,
  MAX_ANNOTATIONS,
  summaryMarkdown,
  TemplateLocator
} from '../../actions/package-and-verify-helm-chart/src/report';
import { lintFindings, shouldFail } from '../../actions/package-and-verify-helm-chart/src/run';
import type { Finding } from '../../actions/package-and-verify-helm-chart/src/verify';
import type { ExecResult } from '../../src/lib/exec';
import { RecordingRuntime, tempDir } from './helpers';

function workspace(): { ws: string; locator: TemplateLocator } {
  const ws = tempDir('pvhc-report-');
  const chart = join(ws, 'charts', 'app');
  mkdirSync(join(chart, 'templates'), { recursive: true });
  writeFileSync(join(chart, 'Chart.yaml'), 'name: app\n');
  writeFileSync(
    join(chart, 'templates', 'service.yaml'),
    '{{- if .Values.enabled }}\napiVersion: v1\nkind: Service\nmetadata:\n'
  );
  writeFileSync(join(chart, 'templates', 'dynamic.yaml'), 'apiVersion: v1\nkind: {{ .Values.kind }}\n');
  return { ws, locator: new TemplateLocator(chart, ws) };
}

const f = (over: Partial<Finding>): Finding => ({
  level: 'error',
  check: 'service-selector',
  message: 'm',
  object: 'Service/app',
  source: 'app/templates/service.yaml',
  ...over
});

describe('TemplateLocator', () => {
  test.each<[Partial<Finding>, { file?: string; line?: number }]>([
    [{}, { file: 'charts/app/templates/service.yaml', line: 3 }],
    [
      { source: 'app/templates/dynamic.yaml', object: 'ConfigMap/x' },
      { file: 'charts/app/templates/dynamic.yaml', line: 1 }
    ],
    [
      { source: '', object: '', check: 'required-kinds' },
      { file: 'charts/app/Chart.yaml', line: 1 }
    ],
    [{ source: 'app/charts/db/templates/x.yaml' }, {}],
    [
      { check: 'lint', source: 'templates/service.yaml', object: '' },
      { file: 'charts/app/templates/service.yaml', line: 1 }
    ],
    [
      { check: 'lint', source: 'templates/', object: '' },
      { file: 'charts/app/Chart.yaml', line: 1 }
    ]
  ])('%j → %j', (finding, want) => {
    expect(workspace().locator.forFinding(f(finding))).toEqual(want);
  });
});

test.each([
  ['strict', 'error', 'error'],
  ['strict', 'warning', 'warning'],
  ['warn', 'error', 'warning'],
  ['off', 'error', 'warning']
] as const)('policy %s: %s finding → %s annotation', (policy, level, want) => {
  expect(annotationLevel(f({ level }), policy)).toBe(want);
});

test('annotations carry title, file and line; beyond the cap a note points at the summary', () => {
  const { locator } = workspace();
  const rt = new RecordingRuntime();
  const many = Array.from({ length: MAX_ANNOTATIONS.error + 3 }, (_, i) => f({ message: `m${i}` }));
  emitAnnotations(rt, many, locator, 'strict');
  const errors = rt.lines.filter(l => l.level === 'error');
  expect(errors).toHaveLength(MAX_ANNOTATIONS.error);
  expect(errors[0]).toEqual({
    level: 'error',
    message: 'm0',
    props: {
      title: 'service-selector (Service/app)',
      file: 'charts/app/templates/service.yaml',
      startLine: 3
    }
  });
  expect(rt.lines.at(-1)).toEqual({
    level: 'notice',
    message: '3 more findings in the job summary',
    props: { title: 'package-and-verify' }
  });
});

test('the most severe first, at most 10 errors and 10 warnings, exempted ones only in the summary', () => {
  const { locator } = workspace();
  const rt = new RecordingRuntime();
  const findings = [
    ...Array.from({ length: 12 }, (_, i) =>
      f({ level: 'warning', check: 'read-only-root-filesystem', message: `w${i}` })
    ),
    f({ message: 'exempted', exempted: 'intended (exemptions input)' }),
    ...Array.from({ length: 11 }, (_, i) => f({ message: `e${i}` }))
  ];
  emitAnnotations(rt, findings, locator, 'strict');
  expect(rt.lines.map(l => `${l.level}:${l.message}`)).toEqual([
    ...Array.from({ length: 10 }, (_, i) => `error:e${i}`),
    ...Array.from({ length: 10 }, (_, i) => `warning:w${i}`),
    'notice:3 more findings and 1 exempted in the job summary'
  ]);
  // Under warn, errors become warnings: ten of them are shown, and no more.
  const warn = new RecordingRuntime();
  emitAnnotations(warn, findings, locator, 'warn');
  expect(warn.lines.filter(l => l.level === 'warning')).toHaveLength(10);
  expect(warn.lines.filter(l => l.level === 'warning')[0]?.message).toBe('e0');
  const md = summaryMarkdown(
    {
      chartName: 'app',
      chartVersion: '1.0.0',
      appVersion: '',
      packagePath: '/p.tgz',
      digest: 'sha256:x',
      reproducible: true,
      manifestPath: '/m.yaml',
      helm: 'v4.3.1',
      policy: 'strict',
      valuesFiles: [],
      kinds: {},
      result: 'failed'
    },
    findings,
    locator
  );
  expect(md).toContain('11 errors, 12 warnings, 1 exempted (policy strict)');
  expect(md).toMatch(
    /\| exempted \| service-selector \| Service\/app \| .* \| exempted — exempted: intended \(exemptions input\) \|/
  );
  // Rows are ordered errors, warnings, exempted.
  expect(md.indexOf('| e10 |')).toBeLessThan(md.indexOf('| w0 |'));
  expect(md.indexOf('| w11 |')).toBeLessThan(md.indexOf('| exempted |'));
});

test('a duplicate key points at the template line of the same key (the kth occurrence)', () => {
  const { ws, locator } = workspace();
  writeFileSync(
    join(ws, 'charts', 'app', 'templates', 'cm.yaml'),
    'apiVersion: v1\nkind: ConfigMap\ndata:\n  key: one\n  {{- if .Values.x }}\n  key: two\n  {{- end }}\n'
  );
  expect(locator.lineOfKey('app/templates/cm.yaml', 'key', 2)).toBe(6);
  expect(locator.lineOfKey('app/templates/cm.yaml', 'key', 5)).toBe(6);
  expect(locator.lineOfKey('app/templates/cm.yaml', 'nokey', 1)).toBeUndefined();
  expect(locator.forFinding(f({ source: 'app/templates/cm.yaml', object: 'ConfigMap/x', line: 6 }))).toEqual({
    file: 'charts/app/templates/cm.yaml',
    line: 6
  });
});

test('summary: facts first, then one row per finding', () => {
  const { locator } = workspace();
  const md = summaryMarkdown(
    {
      chartName: 'app',
      chartVersion: '1.0.0',
      appVersion: '2.0.0',
      packagePath: '/out/app-1.0.0.tgz',
      digest: 'sha256:abc',
      reproducible: true,
      manifestPath: '/tmp/m.yaml',
      helm: 'v4.3.1',
      policy: 'strict',
      valuesFiles: ['values-dev.yaml'],
      kinds: { Deployment: 1, Service: 2 },
      result: 'failed'
    },
    [f({}), f({ level: 'warning', check: 'read-only-root-filesystem', message: 'a | b' })],
    locator
  );
  expect(md).toMatch(/^### Helm chart app 1\.0\.0: failed\n/);
  expect(md).toContain('| **Findings** | 1 error, 1 warning (policy strict) |');
  expect(md).toContain('| **Kinds** | Deployment 1, Service 2 |');
  expect(md).toContain(
    '| error | service-selector | Service/app | charts/app/templates/service.yaml:3 | m |'
  );
  expect(md).toContain(
    '| warning | read-only-root-filesystem | Service/app | charts/app/templates/service.yaml:3 | a \\| b |'
  );
});

describe('lintFindings', () => {
  const res = (exitCode: number, stdout: string, stderr = ''): ExecResult => ({
    command: 'helm',
    args: [],
    exitCode,
    signal: null,
    stdout,
    stderr,
    durationMs: 1,
    timedOut: false
  });

  test('INFO is dropped; with a failed lint warnings count as errors (--strict)', () => {
    const out = '[INFO] Chart.yaml: icon is recommended\n[WARNING] templates/x.yaml: deprecated\n';
    expect(lintFindings(res(0, out)).map(x => [x.level, x.source])).toEqual([
      ['warning', 'templates/x.yaml']
    ]);
    expect(lintFindings(res(1, out)).map(x => [x.level, x.source])).toEqual([['error', 'templates/x.yaml']]);
  });

  test('a failed lint without parsable lines still becomes a finding with its output', () => {
    expect(lintFindings(res(1, '', 'Error: something odd'))).toEqual([
      {
        level: 'error',
        check: 'lint',
        message: 'helm lint --strict failed: Error: something odd',
        object: '',
        source: ''
      }
    ]);
  });
});

test.each([
  ['strict', [f({})], true],
  ['strict', [f({ level: 'warning' })], false],
  ['warn', [f({})], false],
  ['off', [f({ check: 'parse' })], true],
  ['warn', [], false]
] as const)('shouldFail(policy %s, %j) = %p', (policy, findings, want) => {
  expect(shouldFail({ policy }, [...findings])).toBe(want);
});
