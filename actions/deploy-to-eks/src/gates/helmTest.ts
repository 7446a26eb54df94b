/**
 * The `helm test` gate: runs the release's test hooks with `helm test --logs` and reports each
 * test's phase and last log lines. Phases come from the release record Helm updates after the run
 * (hooks[].last_run.phase); logs from `--logs`, which Helm 4 fetches before it deletes the test
 * pods (hook-delete-policy hook-succeeded would otherwise remove them before anyone looked).
 */
import { formatDuration } from '../../../../src/lib/inputs';
import type { HelmReleaseJson } from '../releaseStore';

export interface TestReport {
  name: string;
  kind: string;
  phase: string;
  /** Last log lines per container ("POD LOGS: <pod> (<container>)" sections of --logs). */
  logs: { container: string; lines: string[] }[];
}

export function helmTestArgs(
  i: { releaseName: string; namespace: string },
  timeoutSeconds: number
): string[] {
  return [
    'test',
    i.releaseName,
    '--namespace',
    i.namespace,
    '--timeout',
    formatDuration(timeoutSeconds),
    '--logs'
  ];
}

/** `POD LOGS: <pod> (<container>)` sections of helm's stdout → pod → container → last lines. */
export function parseTestLogs(
  stdout: string,
  lastLines = 20
): Map<string, { container: string; lines: string[] }[]> {
  const out = new Map<string, { container: string; lines: string[] }[]>();
  let current: { container: string; lines: string[] } | undefined;
  for (const line of stdout.split('\n')) {
    const m = /^POD LOGS: (\S+) \(([^)]+)\)$/.exec(line);
    if (m) {
      current = { container: m[2] as string, lines: [] };
      const list = out.get(m[1] as string) ?? [];
      list.push(current);
      out.set(m[1] as string, list);
    } else if (current && line.trim()) current.lines.push(line);
  }
  for (const list of out.values()) for (const c of list) c.lines = c.lines.slice(-lastLines);
  return out;
}

/** The test hooks of a release and their last run's phase, with the logs helm printed. */
export function testReports(rel: HelmReleaseJson | undefined, stdout: string): TestReport[] {
  const logs = parseTestLogs(stdout);
  return (rel?.hooks ?? [])
    .filter(h => (h.events ?? []).some(e => e === 'test' || e === 'test-success'))
    .map(h => {
      const lastRun = (h as { last_run?: { phase?: string } }).last_run;
      return {
        name: String(h.name ?? ''),
        kind: String(h.kind ?? ''),
        phase: lastRun?.phase || 'Unknown',
        logs: logs.get(String(h.name ?? '')) ?? []
      };
    });
}

/** Lines for the log and the summary's details: one per test, then its last log lines. */
export function formatTestReports(reports: TestReport[]): string[] {
  if (!reports.length) return ['The chart has no test hooks (helm.sh/hook: test); nothing was tested.'];
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`${r.kind.toLowerCase()}/${r.name}: ${r.phase}`);
    for (const c of r.logs) {
      lines.push(`  last log lines of ${r.name}/${c.container}:`);
      for (const l of c.lines) lines.push(`    ${l}`);
      if (!c.lines.length) lines.push('    (no output)');
    }
  }
  return lines;
}
