/**
 * Runs workflows for real with act (nektos/act, .tools/bin/act) from a consumer repository, the
 * way a platform engineer adopts this project: a fresh git repository holding only the example
 * service, its chart and the starter workflows copied from workflows-templates/, with
 * `flygtaxi/flygtaxi-actions@v1` mapped (--local-repository) to a clean copy of this checkout.
 *
 * Jobs run on the host (`-P <label>=-self-hosted`): there is no Docker engine here, a runner image
 * would have to be built first, and on the host the jobs use the bootstrapped buildah, helm and
 * Node 24 and reach the local stack on 127.0.0.1 directly. Each run gets its own act cache,
 * workspaces and HOME, and a minimal environment (no AWS_* or stack variables leak in: what a job
 * needs comes from the workflow, its variables and secrets).
 *
 * GitHub-hosted actions cannot be fetched offline: each pinned `owner/repo@sha` from
 * .github/actions-lock.json is mapped to a stand-in in test/workflows/stand-ins/ (its README says
 * what each really does).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot, toolsBin } from '../helpers/stack';

export interface LockEntry {
  action: string;
  tag: string;
  commit: string;
}

export const lock: LockEntry[] = (
  JSON.parse(readFileSync(join(repoRoot, '.github', 'actions-lock.json'), 'utf8')) as { actions: LockEntry[] }
).actions;

const STAND_INS: Record<string, string> = {
  'actions/checkout': 'checkout',
  'aws-actions/configure-aws-credentials': 'configure-aws-credentials',
  'actions/upload-artifact': 'upload-artifact',
  'actions/download-artifact': 'download-artifact',
  'actions/setup-node': 'setup-node'
};

/** `uses:` of a locked action, as a workflow of the consumer pins it. */
export function pinned(action: string): string {
  const e = lock.find(x => x.action === action);
  if (!e) throw new Error(`${action} is not in .github/actions-lock.json`);
  return `${action}@${e.commit} # ${e.tag}`;
}

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: cwd,
      GIT_AUTHOR_NAME: 'consumer',
      GIT_AUTHOR_EMAIL: 'consumer@example.invalid',
      GIT_COMMITTER_NAME: 'consumer',
      GIT_COMMITTER_EMAIL: 'consumer@example.invalid',
      GIT_CONFIG_NOSYSTEM: '1'
    }
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** This checkout's files as git sees them (tracked, plus untracked that are not ignored). */
function checkoutFiles(): string[] {
  const out = git(repoRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard');
  return out
    .split('\0')
    .filter(Boolean)
    .filter(f => existsSync(join(repoRoot, f)));
}

function copyFiles(files: string[], to: string): void {
  for (const f of files) {
    mkdirSync(dirname(join(to, f)), { recursive: true });
    cpSync(join(repoRoot, f), join(to, f), { verbatimSymlinks: true });
  }
}

export interface ActRunOptions {
  /** Workflow file inside the consumer repository. */
  workflow: string;
  event: string;
  payload?: unknown;
  job?: string;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  timeoutMs?: number;
}

export interface ActRun {
  code: number;
  log: string;
  ms: number;
  /** Step summaries written during the run (act/summary-tee.cjs). */
  summaries: string[];
}

export class ActHarness {
  readonly work = mkdtempSync(join(tmpdir(), 'ft-act-run-'));
  readonly consumer = join(this.work, 'consumer');
  readonly actions = join(this.work, 'flygtaxi-actions');
  actionsSha = '';
  private runs = 0;

  /** The consumer repository and the clean copy of this checkout, each a fresh git repository. */
  setUp(consumerFiles: Record<string, string>): void {
    const files = checkoutFiles();
    copyFiles(files, this.actions);
    git(this.actions, 'init', '-q', '-b', 'main');
    git(this.actions, 'add', '-A');
    git(this.actions, 'commit', '-q', '-m', 'flygtaxi-actions under test');
    this.actionsSha = git(this.actions, 'rev-parse', 'HEAD');

    // What a user's repository holds: the service, its chart, the starters as copied.
    copyFiles(
      files.filter(f => f.startsWith('example-app/') || f.startsWith('charts/frontdoor/')),
      this.consumer
    );
    for (const [rel, text] of Object.entries(consumerFiles)) {
      mkdirSync(dirname(join(this.consumer, rel)), { recursive: true });
      writeFileSync(join(this.consumer, rel), text);
    }
    git(this.consumer, 'init', '-q', '-b', 'main');
    // act takes github.repository from the origin URL; nothing is ever fetched from it.
    git(this.consumer, 'remote', 'add', 'origin', 'https://github.com/flygtaxi/frontdoor.git');
    git(this.consumer, 'add', '-A');
    git(this.consumer, 'commit', '-q', '-m', 'frontdoor');
  }

  /** Commits a change to the consumer repository; returns the new commit. */
  commit(files: Record<string, string>, message: string): string {
    for (const [rel, text] of Object.entries(files)) writeFileSync(join(this.consumer, rel), text);
    git(this.consumer, 'add', '-A');
    git(this.consumer, 'commit', '-q', '-m', message);
    return this.head();
  }

  head(): string {
    return git(this.consumer, 'rev-parse', 'HEAD');
  }

  args(o: ActRunOptions, eventFile: string, secretFile: string): string[] {
    const args = [o.event, '-W', o.workflow, '-e', eventFile, '-C', this.consumer];
    if (o.job) args.push('-j', o.job);
    for (const label of ['ubuntu-latest', 'ubuntu-24.04', 'self-hosted'])
      args.push('-P', `${label}=-self-hosted`);
    args.push('--local-repository', `flygtaxi/flygtaxi-actions@v1=${this.actions}`);
    for (const e of lock) {
      const dir = STAND_INS[e.action];
      if (dir)
        args.push('--local-repository', `${e.action}@${e.commit}=${join(__dirname, 'stand-ins', dir)}`);
    }
    for (const [k, v] of Object.entries(o.vars ?? {})) args.push('--var', `${k}=${v}`);
    // Secrets by name only: act reads their values from its environment, never from argv.
    for (const k of Object.keys(o.secrets ?? {})) args.push('-s', k);
    args.push(
      '--secret-file',
      secretFile,
      '--var-file',
      secretFile,
      '--env-file',
      secretFile,
      '--input-file',
      secretFile,
      // Run the stand-in checkout instead of act's copy of the working directory.
      '--no-skip-checkout',
      // Nothing leaves 127.0.0.1: no cache server (it binds the outbound address), no fetches.
      '--no-cache-server',
      '--action-offline-mode',
      '--action-cache-path',
      join(this.work, `act-cache-${this.runs}`)
    );
    return args;
  }

  run(o: ActRunOptions): Promise<ActRun> {
    const n = ++this.runs;
    const dir = join(this.work, `run-${n}`);
    mkdirSync(join(dir, 'home'), { recursive: true });
    const eventFile = join(dir, 'event.json');
    writeFileSync(eventFile, JSON.stringify(o.payload ?? {}));
    const empty = join(dir, 'empty');
    writeFileSync(empty, '');
    const summaries = join(dir, 'summaries');
    const env: NodeJS.ProcessEnv = {
      // Node 24 first (act runs node actions with the first node on PATH), then the host's tools.
      PATH: `${toolsBin}:${process.env.PATH ?? ''}`,
      HOME: join(dir, 'home'),
      TMPDIR: process.env.TMPDIR ?? tmpdir(),
      CONTAINERS_STORAGE_CONF: process.env.CONTAINERS_STORAGE_CONF,
      CONTAINERS_REGISTRIES_CONF: process.env.CONTAINERS_REGISTRIES_CONF,
      BUILDAH_ISOLATION: process.env.BUILDAH_ISOLATION ?? 'chroot',
      FT_STANDIN_REPOS: `flygtaxi/frontdoor=${this.consumer}\nflygtaxi/flygtaxi-actions=${this.actions}`,
      FT_STANDIN_ARTIFACTS: join(dir, 'artifacts'),
      FT_STANDIN_NODE_DIRS: toolsBin,
      FT_ACT_SUMMARIES: summaries,
      NODE_OPTIONS: `--require ${join(__dirname, 'act', 'summary-tee.cjs')}`,
      ...o.secrets
    };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const started = Date.now();
    return new Promise(resolve => {
      const child = spawn(join(toolsBin, 'act'), this.args(o, eventFile, empty), {
        cwd: this.consumer,
        env,
        stdio: ['ignore', 'pipe', 'pipe']
      });
      let log = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (log += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (log += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 600_000);
      child.on('close', code => {
        clearTimeout(timer);
        const found = existsSync(summaries)
          ? readdirSync(summaries)
              .sort()
              .map(f => readFileSync(join(summaries, f), 'utf8'))
          : [];
        // Kept for reading after a failure (the work directory is under the OS temp dir).
        writeFileSync(join(dir, 'act.log'), log);
        resolve({ code: code ?? 1, log, ms: Date.now() - started, summaries: found });
      });
    });
  }
}

/** Log lines of one job (act prefixes each with `[<workflow>/<job name>]`). */
export function jobLines(log: string, job: string): string[] {
  return log.split('\n').filter(l => l.includes(`/${job}]`) || l.includes(`/${job} `));
}

/** True when act reported the job as succeeded. */
export function jobSucceeded(log: string, job: string): boolean {
  return new RegExp(`\\[[^\\]]*${job.replace(/[/()[\]]/g, '\\$&')}\\s*\\] 🏁  Job succeeded`).test(log);
}
