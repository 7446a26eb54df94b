/**
 * run() and one attempt (packageAndVerify) with the real helm, for what the bundle cannot show
 * directly: the work started on a helm candidate whose version check then fails is discarded
 * without a trace, and the skeleton's run starts over on the installed helm.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getInputs } from '../../actions/package-and-verify-helm-chart/src/inputs';
import { realFs as fsProbe } from '../../src/lib/fileProbe';
import { action } from '../../actions/package-and-verify-helm-chart/src/main';
import { packageAndVerify } from '../../actions/package-and-verify-helm-chart/src/run';
import { DEFAULT_HELM_VERSION, type Helm } from '../../src/lib/helm';
import { memoryRuntime } from '../helpers/memoryRuntime';
import { fixturesDir, realHelm, RecordingRuntime, repoRoot, tempDir } from './helpers';

function inputsFor(chart: string, dest: string) {
  const t = tempDir();
  return getInputs(
    n => ({ chart, destination: dest })[n],
    { GITHUB_WORKSPACE: repoRoot, RUNNER_TEMP: t },
    fsProbe
  );
}

test('a candidate helm with the wrong version: the package is discarded, package removed, nothing reported', async () => {
  const helm = await realHelm();
  const dest = join(tempDir(), 'out');
  const rt = new RecordingRuntime();
  const result = await packageAndVerify(inputsFor(join(fixturesDir, 'ok-minimal'), dest), {
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

test('a confirmed helm: package, then lint and template of the package', async () => {
  const helm = await realHelm();
  const dest = join(tempDir(), 'out');
  const rt = new RecordingRuntime();
  const result = await packageAndVerify(inputsFor(join(fixturesDir, 'ok-minimal'), dest), {
    rt,
    helm,
    confirmHelm: Promise.resolve(helm),
    env: process.env
  });
  expect(result?.helmCommands.map(c => c[0])).toEqual(['package', 'lint', 'template']);
  // lint runs on the packaged chart, not the source directory.
  expect(result?.helmCommands[1]?.[1]).toBe(result?.packagePath);
  expect(result?.failed).toBe(false);
  expect(existsSync(result?.packagePath as string)).toBe(true);
  expect(rt.outputs['chart-digest']).toBe(result?.digest);
});

test('run through the skeleton: a PATH helm of another version (stand-in version check) is dropped, the installed one (stand-in installer handing the real helm) does the work', async () => {
  const helm = await realHelm();
  const dest = join(tempDir(), 'out');
  const env = {
    GITHUB_WORKSPACE: repoRoot,
    RUNNER_TEMP: tempDir(),
    INPUT_CHART: join(fixturesDir, 'ok-minimal'),
    INPUT_DESTINATION: dest
  };
  const { rt, io } = memoryRuntime(env);
  const installed: string[] = [];
  const ran: string[] = [];
  const counting = (h: Helm, name: string): Helm => ({
    ...h,
    run: (args, opts) => (ran.push(`${name} ${args[0]}`), h.run(args, opts))
  });
  const ok = await action.execute(rt, {
    deps: {
      helm: {
        candidate: () => ({
          helm: counting({ ...helm, version: 'v3.0.0' }, 'candidate'),
          confirmed: Promise.resolve(undefined)
        }),
        install: async version => (installed.push(version), counting(helm, 'installed'))
      }
    }
  });
  expect(io.recorded.failed).toBeUndefined();
  expect(ok).toBe(true);
  expect(installed).toEqual([DEFAULT_HELM_VERSION]);
  // The candidate ran `helm package` only (discarded); the installed helm did the whole work.
  expect(ran).toEqual(['candidate package', 'installed package', 'installed lint', 'installed template']);
  expect(readdirSync(dest)).toEqual([expect.stringMatching(/\.tgz$/)]);
  expect(io.recorded.outputs['chart-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(io.recorded.summary).toContain('ok-minimal');
});
