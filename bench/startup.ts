/**
 * Start-up cost of every action bundle, in one run: the median wall time of a bare `node -e 0`
 * (baseline) vs each action failing input validation (no INPUT_* set, so it exits 1 before any
 * real work) and vs `eks-token` signing a token (dummy credentials; it only signs, no network).
 * Candidates are interleaved round by round, so load drift hits all of them alike.
 * Guard (not a target): each ≤ 3× the baseline (issue #11). README's start-up table is this output.
 * Also prints each bundle's entry-chunk size, its directory's size (dist/deploy-to-eks includes
 * eks-token/) and the whole dist/ size.
 *
 *   npm run build && .tools/bin/node bench/startup.ts [--runs N] [--warmup N]
 *   (or npm run bench:startup -- --runs N)
 *   --compare-token PATH adds another build's eks-token.js (e.g. a copy of main's dist in /tmp) as
 *   the candidate 'eks-token (compare)', measured in the same interleaved rounds.
 * No local stack needed.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, fmt, fmtBytes, intArg, measure, NODE, ROOT, timed, time } from './lib/measure.ts';

const RUNS = intArg('runs', 21);
const WARMUP = intArg('warmup', 2);
const DIST = join(ROOT, 'dist');
const ACTIONS = ['build-push-ecr', 'deploy-to-eks', 'package-and-verify-helm-chart'];
const TOKEN = join(DIST, 'deploy-to-eks', 'eks-token.js');
const TOKEN_DIR = join(DIST, 'deploy-to-eks', 'eks-token');
const COMPARE = arg('compare-token', '');

for (const f of [...ACTIONS.map(a => join(DIST, a, 'index.js')), TOKEN, ...(COMPARE ? [COMPARE] : [])]) {
  if (!existsSync(f)) {
    console.error(`${f} is missing: run npm run build first`);
    process.exit(1);
  }
}

// A clean environment (not the caller's), so no stray INPUT_* or AWS_* changes what is measured.
const temp = mkdtempSync(join(tmpdir(), 'bench-startup-'));
const files = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH'];
const runnerEnv: NodeJS.ProcessEnv = {
  PATH: process.env['PATH'],
  HOME: temp,
  RUNNER_TEMP: temp,
  GITHUB_WORKSPACE: temp
};
for (const f of files) {
  runnerEnv[f] = join(temp, f.toLowerCase());
  writeFileSync(runnerEnv[f] as string, '');
}
const tokenEnv: NodeJS.ProcessEnv = {
  PATH: process.env['PATH'],
  HOME: temp,
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
};
const tokenArgs = [TOKEN, '--cluster-name', 'c', '--region', 'eu-north-1'];

// Check once that each candidate does what it is meant to, so the timings measure the right thing.
for (const a of ACTIONS) {
  const r = timed(NODE, [join(DIST, a, 'index.js')], { env: runnerEnv });
  if (r.status !== 1 || !/invalid input/.test(r.out))
    throw new Error(`${a}: expected an input validation failure (exit 1), got ${r.status}: ${r.out}`);
}
const tok = timed(NODE, tokenArgs, { env: tokenEnv });
if (tok.status !== 0 || !tok.out.includes('ExecCredential'))
  throw new Error(`eks-token: expected an ExecCredential, got ${tok.status}: ${tok.out}`);

const cands: Record<string, () => number> = {
  'node -e 0': () => time(NODE, ['-e', '0'], { env: runnerEnv })
};
for (const a of ACTIONS) cands[a] = () => time(NODE, [join(DIST, a, 'index.js')], { env: runnerEnv }, 1);
cands['eks-token'] = () => time(NODE, tokenArgs, { env: tokenEnv });
if (COMPARE) {
  const compareArgs = [COMPARE, ...tokenArgs.slice(1)];
  const other = timed(NODE, compareArgs, { env: tokenEnv });
  if (other.status !== 0 || !other.out.includes('ExecCredential'))
    throw new Error(`${COMPARE}: expected an ExecCredential, got ${other.status}: ${other.out}`);
  cands['eks-token (compare)'] = () => time(NODE, compareArgs, { env: tokenEnv });
}

let m: Record<string, number>;
try {
  m = measure(RUNS, cands, WARMUP);
} finally {
  rmSync(temp, { recursive: true, force: true });
}

function dirSize(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return n;
}

const base = m['node -e 0'] as number;
const version = timed(NODE, ['--version']).out.trim();
console.log(`node ${version}, ${RUNS} interleaved rounds after ${WARMUP} warm-up, medians\n`);
const rows: string[][] = [['candidate', 'median', 'ratio', 'target', 'verdict', 'entry', 'dir']];
let failed = false;
for (const [name, ms] of Object.entries(m)) {
  const ratio = ms / base;
  const target = name === 'node -e 0' ? undefined : 3;
  const ok = target === undefined || ratio <= target;
  failed ||= !ok;
  // eks-token.js is a one-line launcher; its bundle lives in eks-token/.
  const dir =
    name === 'eks-token (compare)'
      ? COMPARE.replace(/\.js$/, '')
      : name === 'eks-token'
        ? TOKEN_DIR
        : ACTIONS.includes(name)
          ? join(DIST, name)
          : '';
  const file = dir && join(dir, 'index.js');
  const label = name.startsWith('eks-token')
    ? name.replace('eks-token', 'eks-token (sign)')
    : file
      ? `${name} (invalid)`
      : `${name} (baseline)`;
  rows.push([
    label,
    fmt(ms),
    `${ratio.toFixed(2)}×`,
    target === undefined ? '' : `≤ ${target}×`,
    target === undefined ? '' : ok ? 'PASS' : 'FAIL',
    file ? fmtBytes(statSync(file).size) : '',
    dir ? fmtBytes(dirSize(dir)) : ''
  ]);
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map(r => (r[i] ?? '').length))) ?? [];
for (const r of rows) {
  console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '));
}
console.log(`\ndist/ total ${fmtBytes(dirSize(DIST))} (lazy chunks and licenses included)`);
// A miss is reported, not fatal: timings are noisy on a shared machine; the exit code says so.
if (failed) process.exitCode = 3;
