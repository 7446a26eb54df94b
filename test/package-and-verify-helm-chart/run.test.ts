/**
 * run() with the real helm, for what the bundle cannot show directly: the work started on a
 * helm candidate whose version check then fails is discarded without a trace.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getInputs } from '../../actions/package-and-verify-helm-chart/src/inputs';
import { realFs as fsProbe } from '../../src/lib/fileProbe';
import { run } from '../../actions/package-and-verify-helm-chart/src/run';
import { fixturesDir, realHelm, RecordingRuntime, repoRoot, tempDir } from './helpers';

function inputsFor(chart: string, dest: string) {
  const t = tempDir();
  return getInputs(
    n => ({ chart, destination: dest })[n],
    { GITHUB_WORKSPACE: repoRoot, RUNNER_TEMP: t },
    fsProbe
  );
}

test('a candidate helm with the wrong version: lint and package results discarded, package removed, nothing reported', async () => {
  const helm = await realHelm();
  const dest = join(tempDir(), 'out');
  const rt = new RecordingRuntime();
  const result = await run(inputsFor(join(fixturesDir, 'ok-minimal'), dest), {
    rt,
    helm,
    confirmHelm: Promise.resolve(undefined),
    env: process.env
  });
  expect(result).toBeUndefined();
  expect(readdirSync(dest)).toEqual([]);
  expect(rt.outputs).toEqual({});
  expect(rt.summary).toBe('');
  expect(rt.lines.filter(l => l.level === 'error' || l.level === 'warning')).toEqual([]);
});

test('a confirmed helm: lint, package, template, in that order of start', async () => {
  const helm = await realHelm();
  const dest = join(tempDir(), 'out');
  const rt = new RecordingRuntime();
  const result = await run(inputsFor(join(fixturesDir, 'ok-minimal'), dest), {
    rt,
    helm,
    confirmHelm: Promise.resolve(helm),
    env: process.env
  });
  expect(result?.helmCommands.map(c => c[0])).toEqual(['lint', 'package', 'template']);
  expect(result?.failed).toBe(false);
  expect(existsSync(result?.packagePath as string)).toBe(true);
  expect(rt.outputs['chart-digest']).toBe(result?.digest);
});
