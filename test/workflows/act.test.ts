/**
 * `act` (nektos/act, .tools/bin/act) lists, validates and plans (`act -n`) every workflow and
 * starter workflow, the templates through the reusable workflow in this checkout
 * (--local-repository flygtaxi/flygtaxi-actions@v1=<repo>), exactly as docs/local-testing.md shows.
 *
 * act -n still talks to a Docker API (it only skips creating containers), and there is no Docker
 * engine here: the test starts `podman system service` on a private unix socket instead. Nothing
 * is pulled or run. Third-party actions (actions/checkout, ...) cannot be fetched offline, so each
 * pinned `owner/repo@sha` is mapped to a stand-in action directory (named so in the test title).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { COMPOSITES, workflowFiles } from './actionFiles';
import { repoRoot } from '../helpers/stack';

const work = mkdtempSync(join(tmpdir(), 'ft-act-'));
const socket = join(work, 'podman.sock');
let podman: ChildProcess | undefined;

function which(tool: string): string {
  const r = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
  const p = r.stdout.trim();
  if (!p)
    throw new Error(
      `${tool} is not on PATH: run scripts/bootstrap.sh (act comes from the Go module proxy into .tools/bin; podman from apt)`
    );
  return p;
}

/** owner/repo@sha of every pinned third-party action the files use. */
function pinnedActions(): string[] {
  const refs = new Set<string>();
  for (const f of [...workflowFiles(), ...COMPOSITES]) {
    for (const m of readFileSync(join(repoRoot, f), 'utf8').matchAll(
      /uses:\s*([a-z0-9-]+\/[a-z0-9._-]+@[0-9a-f]{40})/gi
    ))
      refs.add(m[1] as string);
  }
  return [...refs].sort();
}

let clean = '';
/**
 * flygtaxi-actions@v1 as a copy of the tracked files only: a plan that runs one of our actions
 * (the rollback starter's deploy-to-eks@v1) makes act copy the whole directory, and this
 * checkout's .tools (the stack's data, binaries) and node_modules are gigabytes.
 */
function actionsCopy(): string {
  if (clean) return clean;
  clean = join(work, 'flygtaxi-actions');
  const files = spawnSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' }).stdout.split('\0');
  for (const f of files.filter(f => f && existsSync(join(repoRoot, f)))) {
    mkdirSync(dirname(join(clean, f)), { recursive: true });
    cpSync(join(repoRoot, f), join(clean, f), { verbatimSymlinks: true });
  }
  return clean;
}

function standIns(): string[] {
  const args = ['--local-repository', `flygtaxi/flygtaxi-actions@v1=${actionsCopy()}`];
  for (const ref of pinnedActions()) {
    const dir = join(work, 'stand-ins', ref.replace(/[/@]/g, '_'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'action.yml'),
      `name: stand-in for ${ref}\nruns:\n  using: composite\n  steps:\n    - run: 'true'\n      shell: bash\n`
    );
    args.push('--local-repository', `${ref}=${dir}`);
  }
  return args;
}

function event(name: string, payload: unknown): string {
  const p = join(work, `${name}.json`);
  writeFileSync(p, JSON.stringify(payload));
  return p;
}

interface ActRun {
  code: number;
  out: string;
}

function actArgs(args: string[], dryRun: boolean): string[] {
  return [
    ...args,
    ...(dryRun ? ['-n'] : []),
    '-P',
    'ubuntu-latest=node:24-bookworm',
    '-P',
    'ubuntu-24.04=node:24-bookworm',
    '--pull=false',
    ...standIns()
  ];
}

const actEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  DOCKER_HOST: `unix://${socket}`,
  HOME: join(work, 'home')
});

function act(args: string[], dryRun = true): ActRun {
  const r = spawnSync(which('act'), actArgs(args, dryRun), {
    cwd: repoRoot,
    encoding: 'utf8',
    env: actEnv(),
    timeout: 280_000
  });
  return { code: r.status ?? 1, out: `${r.stdout}${r.stderr}` };
}

/** The same, without blocking: the plans run side by side (each waits mostly on the Docker API). */
function actAsync(args: string[]): Promise<ActRun> {
  return new Promise(resolve => {
    const child = spawn(which('act'), actArgs(args, true), {
      cwd: repoRoot,
      env: actEnv(),
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.on('close', code => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, out });
    });
  });
}

beforeAll(async () => {
  mkdirSync(join(work, 'home'), { recursive: true });
  podman = spawn(which('podman'), ['system', 'service', '--time=0', `unix://${socket}`], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !existsSync(socket); i++) await new Promise(r => setTimeout(r, 100));
  if (!existsSync(socket)) throw new Error('podman system service did not create its socket');
}, 30_000);

afterAll(() => {
  if (podman?.pid) process.kill(podman.pid, 'SIGTERM');
});

test('act lists the jobs of every workflow and starter workflow', () => {
  for (const wf of workflowFiles()) {
    const r = act(['--list', '-W', wf], false);
    expect({ wf, code: r.code }).toEqual({ wf, code: 0 });
    expect(r.out).toMatch(/Stage\s+Job ID/);
  }
});

test('act --validate --strict accepts every workflow and starter workflow', () => {
  for (const wf of workflowFiles()) {
    const r = act(['--validate', '--strict', '-W', wf], false);
    expect({
      wf,
      code: r.code,
      errors: r.out.split('\n').filter(l => /error|unknown property/i.test(l))
    }).toEqual({ wf, code: 0, errors: [] });
  }
});

/** The event files docs/local-testing.md tells users to pass. */
const documented = (name: string): unknown =>
  JSON.parse(readFileSync(join(repoRoot, 'docs', 'act', name), 'utf8'));
const plans: [string, string, unknown, string[], string[]][] = [
  [
    'workflows-templates/deploy-frontdoor.yml',
    'workflow_dispatch',
    documented('deploy-frontdoor.workflow_dispatch.json'),
    ['--input', 'environment=dev'],
    // A dry run sets no step outputs, so resolve says neither build nor package: those jobs are
    // skipped here (test/workflows/actRuns.test.ts runs them for real).
    ['Resolve commit and artifacts', 'Plan for dev (diff, read-only)', 'Deploy to dev']
  ],
  [
    'workflows-templates/deploy-frontdoor-dev.yml',
    'push',
    documented('deploy-frontdoor-dev.push.json'),
    [],
    // A dry run sets no step outputs, so resolve says neither build nor package: those jobs are
    // skipped here (test/workflows/actRuns.test.ts runs them for real).
    ['Resolve commit and artifacts', 'Plan for dev (diff, read-only)', 'Deploy to dev']
  ],
  [
    'workflows-templates/promote-frontdoor.yml',
    'workflow_dispatch',
    documented('promote-frontdoor.workflow_dispatch.json'),
    [],
    [
      'Read what dev runs',
      'Resolve commit and artifacts',
      'Plan for staging (diff, read-only)',
      'Deploy to staging'
    ]
  ],
  [
    'workflows-templates/rollback-frontdoor.yml',
    'workflow_dispatch',
    documented('rollback-frontdoor.workflow_dispatch.json'),
    [],
    ['Roll back dev']
  ],
  [
    '.github/workflows/promote.yml',
    'workflow_call',
    {},
    [
      'from=dev',
      'to=staging',
      'from-release=flygtaxi-dev-frontdoor',
      'from-namespace=flygtaxi-dev',
      'release=flygtaxi-staging-frontdoor',
      'namespace=flygtaxi-staging',
      'chart=charts/frontdoor'
    ].flatMap(i => ['--input', i]),
    // act leaves \${{ inputs.* }} out of job names of a workflow_call run ("Deploy to "), and
    // leaves its boolean inputs unset there (the plan job is skipped); the starters' plans above
    // run promote.yml and deploy.yml as called workflows with them.
    ['Resolve commit and artifacts', 'Deploy to']
  ],
  [
    '.github/workflows/rollback.yml',
    'workflow_call',
    {},
    [
      'environment=dev',
      'revision=previous',
      'release=flygtaxi-dev-frontdoor',
      'namespace=flygtaxi-dev'
    ].flatMap(i => ['--input', i]),
    ['Roll back']
  ],
  [
    '.github/workflows/deploy.yml',
    'workflow_call',
    {},
    [
      'environment=dev',
      'chart=charts/frontdoor',
      'release=flygtaxi-dev-frontdoor',
      'namespace=flygtaxi-dev',
      'ecr-repository=frontdoor'
    ].flatMap(i => ['--input', i]),
    ['Resolve commit and artifacts', 'Deploy to']
  ],
  [
    '.github/workflows/ci.yml',
    'pull_request',
    { pull_request: { number: 1, head: { ref: 'f' }, base: { ref: 'main' } } },
    [],
    ['Tests (real local stack)', 'ESLint and Prettier', 'dist/ is up to date']
  ],
  [
    '.github/workflows/lint-workflows.yml',
    'pull_request',
    { pull_request: { number: 1, head: { ref: 'f' }, base: { ref: 'main' } } },
    [],
    ['actionlint', 'zizmor']
  ],
  ['.github/workflows/e2e.yml', 'workflow_dispatch', {}, [], ['Pipeline on kind']],
  ['.github/workflows/release.yml', 'release', documented('release.json'), [], ['Move the major tag']]
];

test('every workflow is covered by a plan below', () => {
  expect(plans.map(p => p[0]).sort()).toEqual(workflowFiles());
});

describe('act -n plans (third-party actions replaced by stand-ins: they cannot be fetched offline)', () => {
  let running: Map<string, Promise<ActRun>>;
  beforeAll(() => {
    running = new Map(
      plans.map(([wf, ev, payload, extra]) => [
        wf,
        actAsync([ev, '-W', wf, '-e', event(`${ev}-${wf.replace(/\W/g, '_')}`, payload), ...extra])
      ])
    );
  });

  test.each(plans)(
    '%s on %s',
    async (wf, _ev, _payload, _extra, jobs) => {
      const r = await (running.get(wf) as Promise<ActRun>);
      expect({ code: r.code, failed: r.out.split('\n').filter(l => /Job failed|Error:/.test(l)) }).toEqual({
        code: 0,
        failed: []
      });
      for (const job of jobs)
        expect(r.out).toMatch(
          new RegExp(`\\[[^\\]]*${job.replace(/[/()]/g, '\\$&')}\\s*\\] 🏁  Job succeeded`)
        );
      // A dry run: no step ran (the stand-ins would print nothing anyway, our scripts would).
      expect(r.out).not.toContain('::error');
    },
    650_000
  );

  test('the harness notices a plan that cannot work (a reusable workflow that does not exist)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-act-broken-'));
    const wf = join(dir, 'broken.yml');
    writeFileSync(
      wf,
      'on: workflow_dispatch\njobs:\n  a:\n    uses: ./.github/workflows/no-such-workflow.yml\n'
    );
    const r = act(['workflow_dispatch', '-W', wf, '-e', event('broken', {})]);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('no-such-workflow.yml: no such file or directory');
  });
});
