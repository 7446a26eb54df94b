/**
 * Holds every third-party `uses:` in this repository (workflows, starter workflows, composites,
 * action.yml files, README and docs) against the committed lock `.github/actions-lock.json`:
 * pinned by the full commit SHA the lock verified, with a `# vX.Y.Z` comment equal to the lock's
 * tag, and only actions whose action.yml at that commit runs on node24 (or is a composite).
 * GitHub removed Node 20 from its runners; an action still declaring node20 is forced onto
 * Node 24, where some (configure-aws-credentials v5) hang.
 *
 * The lock itself was written from the actions' own repositories (tag^{commit}, action.yml at the
 * commit); this test cannot reach GitHub, so it checks the repository against the lock.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../helpers/stack';

interface LockEntry {
  action: string;
  tag: string;
  commit: string;
  runtime: string;
  checked: string;
}

const lock = (
  JSON.parse(readFileSync(join(repoRoot, '.github', 'actions-lock.json'), 'utf8')) as {
    actions: LockEntry[];
  }
).actions;

export interface UsesLine {
  file: string;
  line: number;
  ref: string;
  comment: string;
}

/** `uses:` lines of a YAML file or of the YAML blocks of a Markdown file. */
export function usesLines(file: string, text: string): UsesLine[] {
  const out: UsesLine[] = [];
  text.split('\n').forEach((l, i) => {
    const m = /^\s*(?:-\s*)?uses:\s*['"]?([^\s'"#]+)['"]?\s*(?:#\s*(.*))?$/.exec(l);
    if (m) out.push({ file, line: i + 1, ref: m[1] as string, comment: (m[2] ?? '').trim() });
  });
  return out;
}

const own = (ref: string): boolean => /^(?:flygtaxi|<org>)\/flygtaxi-actions(?:[/@]|$)/.test(ref);

/** What is wrong with one `uses:` against the lock, or undefined. */
export function pinProblem(u: UsesLine, entries: LockEntry[]): string | undefined {
  if (u.ref.startsWith('./') || u.ref.startsWith('docker://') || own(u.ref)) return undefined;
  const m = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)(?:\/[^@]*)?@(.*)$/.exec(u.ref);
  if (!m) return `${u.ref}: not owner/repo@ref`;
  const [, action, ref] = m as unknown as [string, string, string];
  const entry = entries.find(e => e.action === action);
  if (!entry) return `${action} is not in .github/actions-lock.json`;
  if (!['node24', 'composite'].includes(entry.runtime))
    return `${action} ${entry.tag} runs on ${entry.runtime}`;
  if (ref !== entry.commit) return `${action}@${ref}: the lock pins ${entry.commit} (${entry.tag})`;
  const tag = /^(v\d+\.\d+\.\d+)\b/.exec(u.comment)?.[1];
  if (tag !== entry.tag) return `${action}@${ref}: comment "# ${u.comment}" must start with ${entry.tag}`;
  return undefined;
}

const SKIP = new Set(['node_modules', '.git', '.tools', 'dist', 'test', 'coverage']);
function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    if (SKIP.has(e)) continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ya?ml|md)$/.test(e)) out.push(p);
  }
  return out;
}

const all: UsesLine[] = files(repoRoot).flatMap(f =>
  usesLines(relative(repoRoot, f), readFileSync(f, 'utf8'))
);
const thirdParty = all.filter(u => !u.ref.startsWith('./') && !own(u.ref));

describe('pinned third-party actions (.github/actions-lock.json)', () => {
  test('the lock: one entry per action, full SHA, release tag, node24 or composite, date checked', () => {
    expect(new Set(lock.map(e => e.action)).size).toBe(lock.length);
    const bad = lock.filter(
      e =>
        !/^[0-9a-f]{40}$/.test(e.commit) ||
        !/^v\d+\.\d+\.\d+$/.test(e.tag) ||
        !['node24', 'composite'].includes(e.runtime) ||
        !/^\d{4}-\d{2}-\d{2}$/.test(e.checked)
    );
    expect(bad).toEqual([]);
  });

  test('the scan finds the uses: lines of workflows, templates, composites and docs', () => {
    // The starter workflows only call this repository; the others use third-party actions.
    const where = (lines: UsesLine[]): string[] => [
      ...new Set(lines.map(u => u.file.split('/')[0] as string))
    ];
    expect(where(all)).toContain('workflows-templates');
    for (const top of ['.github', 'action.yml', 'deploy-eks', 'README.md', 'actions'])
      expect(where(thirdParty)).toContain(top);
  });

  test('every third-party uses: is the locked commit with its tag in a comment', () => {
    const bad = thirdParty.flatMap(u => {
      const p = pinProblem(u, lock);
      return p ? [`${u.file}:${u.line}: ${p}`] : [];
    });
    expect(bad).toEqual([]);
  });

  test('every lock entry is used (no stale pins)', () => {
    const used = new Set(thirdParty.map(u => u.ref.replace(/^([^/]+\/[^/@]+).*$/, '$1')));
    expect(lock.map(e => e.action).filter(a => !used.has(a))).toEqual([]);
  });

  const entry: LockEntry = {
    action: 'actions/checkout',
    tag: 'v7.0.1',
    commit: '3d3c42e5aac5ba805825da76410c181273ba90b1',
    runtime: 'node24',
    checked: '2026-12-01'
  };
  const u = (ref: string, comment = ''): UsesLine => ({ file: 'f.yml', line: 1, ref, comment });
  test.each([
    [u('actions/checkout@v4'), 'the lock pins'],
    [u('actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1'), 'must start with v7.0.1'],
    [u('actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1', 'v7.0.0'), 'must start with v7.0.1'],
    [u('actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8', 'v5.0.0'), 'the lock pins'],
    [
      u('actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae', 'v5.0.5'),
      'not in .github/actions-lock.json'
    ],
    [u('<sha>'), 'not owner/repo@ref']
  ])('the check refuses %j', (line, why) => {
    expect(pinProblem(line, [entry])).toContain(why);
  });

  test.each([
    [u('actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1', 'v7.0.1')],
    [u('./.flygtaxi-actions/actions/deploy-to-eks')],
    [u('flygtaxi/flygtaxi-actions/deploy-eks@v1')],
    [u('<org>/flygtaxi-actions/actions/deploy-to-eks@v1')]
  ])('the check accepts %j', line => {
    expect(pinProblem(line, [entry])).toBeUndefined();
  });

  test('a node20 entry is refused even when the uses: matches it', () => {
    const old = { ...entry, runtime: 'node20' };
    expect(pinProblem(u(`actions/checkout@${entry.commit}`, 'v7.0.1'), [old])).toContain('runs on node20');
  });
});
