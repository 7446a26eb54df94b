/**
 * The broken-chart corpus (test/fixtures/charts, see its README): each broken-* chart must make
 * the bundled action, with the real helm and policy strict, report its check as an error
 * annotation on the template (or Chart.yaml) and exit non-zero. ok-minimal must pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { runAction } from '../helpers/runAction';
import { annotations, fixturesDir, realHelm, tempDir } from './helpers';

/** broken-<name> → the check it must trigger, from the corpus README table. */
function corpus(): [string, string][] {
  const readme = readFileSync(join(fixturesDir, 'README.md'), 'utf8');
  const rows: [string, string][] = [];
  for (const m of readme.matchAll(/^\| (broken-[a-z-]+) \| ([a-z-]+) \|/gm))
    rows.push([m[1] as string, m[2] as string]);
  return rows;
}

test('the README lists every broken-* chart (and each has a check)', () => {
  const dirs = readdirSync(fixturesDir).filter(d => d.startsWith('broken-'));
  expect(
    corpus()
      .map(([name]) => name)
      .sort()
  ).toEqual(dirs.sort());
  expect(dirs.length).toBeGreaterThanOrEqual(20);
});

test.each(corpus())('%s → %s, exit 1 under strict', async (name, check) => {
  const helm = await realHelm();
  const run = await runAction(
    'package-and-verify-helm-chart',
    { chart: `test/fixtures/charts/${name}`, policy: 'strict', destination: tempDir() },
    { env: { PATH: `${join(helm.path, '..')}${delimiter}${process.env.PATH ?? ''}` } }
  );
  expect(run.exitCode).toBe(1);
  const errors = annotations(run).filter(a => a.level === 'error');
  const mine = errors.filter(a => a.props['title']?.split(' ')[0] === check);
  expect(mine.length).toBeGreaterThan(0);
  // Findings about one object point at its template; chart-level ones at Chart.yaml.
  for (const a of mine)
    expect(a.props['file']).toMatch(
      new RegExp(`^test/fixtures/charts/${name}/(templates/.+\\.yaml|Chart\\.yaml)$`)
    );
  expect(run.summary).toContain(`| error | ${check} |`);
  expect(Number(run.outputs['findings'])).toBeGreaterThan(0);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
});

test('ok-minimal passes strict with no findings', async () => {
  const helm = await realHelm();
  const run = await runAction(
    'package-and-verify-helm-chart',
    { chart: 'test/fixtures/charts/ok-minimal', destination: tempDir() },
    { env: { PATH: `${join(helm.path, '..')}${delimiter}${process.env.PATH ?? ''}` } }
  );
  expect(run.exitCode).toBe(0);
  expect(run.outputs['findings']).toBe('0');
  expect(annotations(run)).toEqual([]);
});
