/**
 * README's input/output tables are generated from the action.yml files and the reusable workflow
 * (scripts/docs.mjs); this is the check CI runs, plus the promise that every action has a table.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { COMPOSITES, jsActions, readText } from './actionFiles';
import { repoRoot } from '../helpers/stack';

test('README tables match the action.yml files (node scripts/docs.mjs --check)', () => {
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'docs.mjs'), '--check'], {
    cwd: repoRoot,
    encoding: 'utf8'
  });
  expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
});

test('README documents every action, composite and the reusable workflow, each input and output', () => {
  const readme = readText('README.md');
  const sources = [
    ...COMPOSITES,
    ...jsActions().map(a => `actions/${a}/action.yml`),
    '.github/workflows/deploy.yml'
  ];
  for (const source of sources) {
    const block =
      new RegExp(
        `<!-- generated:${source.replace(/[.*/]/g, '\\$&')}:start -->\\n([\\s\\S]*?)<!-- generated:`
      ).exec(readme)?.[1] ?? '';
    expect({ source, hasTable: block.includes('| Input | Required | Default | Description |') }).toEqual({
      source,
      hasTable: true
    });
  }
  // Every documented troubleshooting issue of the seed has its section.
  const trouble = readText('docs/troubleshooting.md');
  for (const issue of [
    'ServiceAccount not found',
    'Image pull errors',
    'Pod CrashLoopBackOff',
    'Health check failures',
    'Helm deployment fails'
  ]) {
    expect(trouble).toContain(issue);
  }
});

/** scripts/docs.mjs compositeText over a composite text, run by node as the script runs (ESM). */
function generated(text: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { compositeText } from ${JSON.stringify(join(repoRoot, 'scripts', 'docs.mjs'))};
       let t = ''; process.stdin.on('data', d => (t += d)).on('end', () => {
         try { process.stdout.write(compositeText('sample/action.yml', t)); }
         catch (e) { process.stderr.write(e.message); process.exit(1); } });`
    ],
    { cwd: repoRoot, input: text, encoding: 'utf8' }
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the composites plumbing generator (scripts/docs.mjs)', () => {
  const composite = (steps: string, inputs = ''): string =>
    `name: sample\ndescription: sample\ninputs:\n${inputs}  placeholder:\n    description: x\n\nruns:\n  using: composite\n  steps:\n${steps}`;
  const deployStep = (extra: string, env = ''): string =>
    `    - name: Deploy\n      id: deploy\n${extra}      shell: bash\n      env:\n${env}        INPUT_RELEASE-NAME: \${{ inputs.release-name }}\n      run: exec "$GITHUB_ACTION_PATH/run-action.sh" "$GITHUB_ACTION_PATH/actions/deploy-to-eks"\n`;

  test("an input of the composite's own, read by its other steps, is kept as written and listed first", () => {
    const r = generated(
      composite(
        `    - name: Check\n      id: check\n      shell: bash\n      env:\n        REF: \${{ inputs.chart-ref }}\n      run: echo\n` +
          deployStep('', '        INPUT_CHART: ${{ steps.x.outputs.y || inputs.chart-ref }}\n'),
        '  chart-ref:\n    description: Own words.\n    required: false\n'
      )
    );
    expect(r.err).toBe('');
    const inputs = r.out.slice(r.out.indexOf('inputs:'), r.out.indexOf('runs:'));
    expect(inputs).toMatch(
      /# ---- sample\/action.yml itself[^\n]*\n {2}chart-ref:\n {4}description: Own words\./
    );
    expect(inputs.indexOf('chart-ref:')).toBeLessThan(inputs.indexOf('release-name:'));
    // deploy-to-eks's chart is wired (and reads no inputs.chart): not an input of the composite.
    expect(inputs).not.toMatch(/^ {2}chart:/m);
    expect(r.out).toContain('INPUT_CHART: ${{ steps.x.outputs.y || inputs.chart-ref }}');
  });

  test("a bundle step that runs only if: inputs.<x> == '' makes its required inputs required unless x is given", () => {
    const r = generated(
      composite(
        deployStep("      if: inputs.chart-ref == ''\n"),
        '  chart-ref:\n    description: Own.\n    required: false\n'
      )
    );
    expect(r.err).toBe('');
    expect(r.out).toMatch(
      / {2}release-name:\n {4}description: [^\n]* Required unless chart-ref is given\.\n {4}required: false/
    );
  });

  test('a wired value that still reads inputs.<same> keeps the input; a step reading an undeclared input is an error', () => {
    const kept = generated(composite(deployStep('', "        INPUT_SET: ${{ inputs.set || 'a=b' }}\n")));
    expect(kept.err).toBe('');
    expect(kept.out).toMatch(/^ {2}set:\n {4}description:/m);
    const undeclared = generated(
      composite(
        `    - name: Check\n      id: check\n      shell: bash\n      env:\n        X: \${{ inputs.nowhere }}\n      run: echo\n` +
          deployStep('')
      )
    );
    expect(undeclared.code).toBe(1);
    expect(undeclared.err).toMatch(/reads inputs\.nowhere, which no action declares/);
  });

  test('an if: the generator cannot read is an error, not a guess', () => {
    const r = generated(composite(deployStep("      if: steps.a.outputs.b == 'true'\n")));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/only inputs.<name> == '' is understood/);
  });
});
