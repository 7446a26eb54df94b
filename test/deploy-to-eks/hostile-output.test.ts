/**
 * Untrusted output on the real stack, through the action's real bundle (runAction: the stdout the
 * runner reads, @actions/core's escaping included): a crash-looping pod whose log lines (served by kwok through
 * the real kube-apiserver, namespace hostile-logs, see scripts/stack/README.md) try to be workflow
 * commands, and a chart whose render error makes the real helm print some. Asserted on the
 * runner-visible stdout with a model of the runner's parser: nothing of theirs is executed, every
 * line that could be a command sits inside our own closed stop-commands block.
 * Also: a failed first install that helm never installed is not reported as "rolled back".
 */
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAsRunner, type RunnerRead } from '../helpers/hostileRunner';
import { loadStack, kubeRequest } from '../helpers/stack';
import { runAction } from '../helpers/runAction';
import { FIXTURE_CHART, HELM, closeAdmin, records, uniqueNamespace } from './helpers';

jest.setTimeout(180_000);

const FAIL = 'podAnnotations.flygtaxi\\.test/kwok-fail';
/** The commands this action itself writes; anything else executed came from untrusted text. */
const OURS = new Set(['group', 'endgroup', 'error', 'warning', 'add-mask', 'stop-commands']);

/** Every executed command is ours, every block is closed, no stray `::` line outside a block. */
function expectNothingExecuted(read: RunnerRead, stdout: string, hostile: string[]): void {
  expect(read.stoppedAtEnd).toBe(false);
  const tokens = new Set(read.executed.filter(c => c.name === 'stop-commands').map(c => c.data));
  for (const c of read.executed) {
    expect(OURS.has(c.name) || tokens.has(c.name)).toBe(true);
    expect(hostile).not.toContain(c.data.trim());
  }
  for (const t of tokens) expect(t).toMatch(/^untrusted-[0-9a-f]{32}$/);
  const inBlocks = new Set(read.protectedLines);
  const stray = stdout
    .split(/\r\n|\r|\n/)
    .filter(l => l.trimStart().startsWith('::') && !inBlocks.has(l))
    .filter(l => !/^::(group|endgroup|error|warning|add-mask|stop-commands)[ :]/.test(l))
    .filter(l => ![...tokens].some(t => l === `::${t}::`));
  expect(stray).toEqual([]);
}

afterAll(() => closeAdmin());

/** The deploy-to-eks bundle as the runner starts it; `log` is its stdout, verbatim. */
async function deployBundle(inputs: Record<string, string>) {
  // The real path: .tools/bin/helm in the workspace is a symlink out of it, which the path rule refuses.
  const run = await runAction('deploy-to-eks', { ...inputs, 'helm-path': realpathSync(HELM) });
  return { ok: run.exitCode === 0, log: run.stdout, outputs: run.outputs };
}

describe('untrusted output never runs as workflow commands (real kwok, apiserver, helm)', () => {
  test('a crash-looping pod whose log lines try to be commands', async () => {
    const ns = 'hostile-logs';
    await kubeRequest('DELETE', `/api/v1/namespaces/${ns}`);
    try {
      const r = await deployBundle({
        kubeconfig: loadStack().kubeconfig,
        'release-name': 'web',
        namespace: ns,
        chart: FIXTURE_CHART,
        image: 'registry.local/web',
        'image-tag': '1.0.0',
        set: `${FAIL}=crashloop`,
        timeout: '15s'
      });
      expect(r.ok).toBe(false);
      // A first install helm did start and then removed (its own words): truthfully rolled back.
      expect(r.outputs).toMatchObject({ 'rolled-back': 'true', status: 'uninstalled' });
      expect(r.log).toContain('The failed first install was removed.');
      const read = readAsRunner(r.log);
      expectNothingExecuted(read, r.log, [
        'an app log line that tries to be a warning',
        'frontdoor',
        'an app log line with leading spaces that tries to be an error',
        'legacy form in the middle of a line'
      ]);
      // The hostile lines were printed, verbatim, inside our block (kwok served them).
      const shown = read.protectedLines.join('\n');
      expect(shown).toContain('  ::stop-commands::x');
      expect(shown).toContain('  ::add-mask::frontdoor');
      expect(shown).toContain('    ::error::an app log line with leading spaces');
      expect(shown).toContain('##[set-env name=FT_INJECTED]legacy form');
      expect(shown).toContain('fatal: cannot connect to database');
    } finally {
      await kubeRequest('DELETE', `/api/v1/namespaces/${ns}`);
    }
  });

  test('helm output (a render error) that tries to be commands; nothing installed is not "rolled back"', async () => {
    const chart = mkdtempSync(join(tmpdir(), 'ft-hostile-chart-'));
    mkdirSync(join(chart, 'templates'));
    writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: hostile\nversion: 0.1.0\n');
    writeFileSync(
      join(chart, 'templates', 'cm.yaml'),
      '{{ fail "boom\\n::warning::from helm\\n  ::add-mask::helmmask\\n##[set-env name=FT_HELM]x" }}\n'
    );
    const ns = uniqueNamespace('hostile-helm');
    const r = await deployBundle({
      kubeconfig: loadStack().kubeconfig,
      'release-name': 'hostile',
      namespace: ns,
      chart,
      timeout: '20s'
    });
    expect(r.ok).toBe(false);
    const read = readAsRunner(r.log);
    expectNothingExecuted(read, r.log, ['from helm', 'helmmask', 'x']);
    expect(read.protectedLines.join('\n')).toContain('::warning::from helm');
    // Helm installed nothing: no rollback, no release, and the outputs say so.
    expect(r.outputs).toMatchObject({ 'rolled-back': 'false', status: '', revision: '' });
    expect(r.log).toContain('Nothing was installed.');
    expect(r.log).not.toContain('The failed first install was removed');
    expect(await records(ns, 'hostile')).toEqual([]);
    await kubeRequest('DELETE', `/api/v1/namespaces/${ns}`);
  });
});
