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
