/**
 * Process execution with argument arrays only (never a shell string built from input).
 * Secrets travel on stdin or in files; output can be streamed line by line and is captured for
 * error messages. SIGINT/SIGTERM sent to this process (a cancelled workflow run) are passed on to
 * the child so tools such as helm can stop cleanly.
 * Why not @actions/exec: its ExecOptions (1.1.1) have no timeout and nothing that kills or signals
 * the child, and it does not pass a cancelled run's SIGINT/SIGTERM on; both are needed here.
 *
 * Process groups: a child with a `timeoutMs` is started as the leader of its own process group
 * (`detached`, i.e. setsid) so that the timeout ends the whole group. The timeout ends in SIGKILL,
 * which no tool can clean up after: a grandchild (a credential plugin's helper, `sh -c` running a
 * tool) would otherwise keep the pipes open and the step would hang after its child was killed.
 * Every other child stays attached: in this process's group and session. Why, measured: `setsid`
 * also makes the child a session of its own, and with Linux's autogroup scheduler
 * (kernel.sched_autogroup_enabled=1, as on this machine) every session is its own scheduling
 * group, whose wake-ups wait behind the other groups on a busy machine. A bare `helm test` (nearly
 * all wake-ups: watch events) spawned detached took 1.68× the wall time of an attached one at
 * load 20–30 (session 2), and 1.26× at load 5–10 in session 3 (medians of 15, interleaved:
 * detached 554 ms, attached 440 ms, spawnSync 460 ms); session 2 saw the same CPU time either
 * way. On a quiet machine (load < 3) it is 0.98–1.02×. bench/gates.ts keeps a detached bare helm test as a control. helm upgrade and test, the
 * gates' critical path, have no timeout here (helm's own --timeout bounds them): they run attached.
 *
 * Cancelling: the runner signals only this process (kill(pid), not the group), so SIGINT/SIGTERM
 * are passed on: to the whole group of a detached child (its grandchildren get the runner's
 * signal too), to an attached child itself. An attached child's own children are in this
 * process's group; a tool stops them on SIGINT/SIGTERM (helm does), and whatever outlives
 * the step is ended by the runner's orphan-process cleanup when the job ends. A terminal's Ctrl-C
 * (the whole foreground group) reaches an attached child directly and once more forwarded: helm
 * install/upgrade cancel on the first and ignore a repeat (helm v4 pkg/cmd/upgrade.go reads its
 * signal channel once), its other commands exit on the first.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';
import { UserError } from './errors';

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin, then stdin is closed (how secrets reach a tool). */
  input?: string;
  /** Called with each complete stdout/stderr line as it arrives. */
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /** Kill the child (SIGTERM, then SIGKILL 5 s later) after this many milliseconds. */
  timeoutMs?: number;
  /** Forward SIGINT/SIGTERM received by this process to the child (default true). */
  forwardSignals?: boolean;
  /** When aborted, send the child SIGINT: a caller ending it early, the way a user's Ctrl-C would. */
  abort?: AbortSignal;
}

export interface ExecResult {
  command: string;
  args: string[];
  exitCode: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
}

/** Thrown when a command cannot be started at all (not installed, not executable). */
export class CommandNotFoundError extends UserError {
  constructor(command: string, hint = '') {
    super(`${command} was not found or cannot be executed${hint ? `: ${hint}` : ''}`);
    this.name = 'CommandNotFoundError';
  }
}

function lineSplitter(onLine?: (line: string) => void): { push(chunk: string): void; flush(): void } {
  let rest = '';
  return {
    push(chunk) {
      if (!onLine) return;
      rest += chunk;
      let i: number;
      while ((i = rest.indexOf('\n')) >= 0) {
        onLine(rest.slice(0, i).replace(/\r$/, ''));
        rest = rest.slice(i + 1);
      }
    },
    flush() {
      if (onLine && rest) onLine(rest);
      rest = '';
    }
  };
}

/** Runs a command to completion; resolves with its result whatever the exit code. */
export function exec(command: string, args: string[], opts: ExecOptions = {}): Promise<ExecResult> {
  const started = Date.now();
  const ownGroup = !!opts.timeoutMs;
  return new Promise((resolve, reject) => {
    const spawnOpts: SpawnOptions = {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
      // Its own process group only when a timeout may have to end its descendants (killGroup).
      detached: ownGroup
    };
    const child = spawn(command, args, spawnOpts);
    /** Signals the child's whole process group when it has one of its own, else the child. */
    const killGroup = (sig: NodeJS.Signals) => {
      try {
        if (ownGroup && child.pid) process.kill(-child.pid, sig);
        else child.kill(sig);
      } catch {
        child.kill(sig);
      }
    };
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const out = lineSplitter(opts.onStdoutLine);
    const err = lineSplitter(opts.onStderrLine);

    // The runner signals only this process: pass it on (see the header), and the tool (helm)
    // stops its own work cleanly.
    const forward = (sig: NodeJS.Signals) => () => killGroup(sig);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    if (opts.forwardSignals !== false) {
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
    }
    const onAbort = () => child.kill('SIGINT');
    opts.abort?.addEventListener('abort', onAbort, { once: true });
    let killTimer: NodeJS.Timeout | undefined;
    let hardKillTimer: NodeJS.Timeout | undefined;
    if (opts.timeoutMs) {
      killTimer = setTimeout(() => {
        timedOut = true;
        killGroup('SIGTERM');
        hardKillTimer = setTimeout(() => killGroup('SIGKILL'), 5000);
        hardKillTimer.unref();
      }, opts.timeoutMs);
    }
    const cleanup = () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      opts.abort?.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
      if (hardKillTimer) clearTimeout(hardKillTimer);
    };

    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (d: string) => {
      stdout += d;
      out.push(d);
    });
    child.stderr?.on('data', (d: string) => {
      stderr += d;
      err.push(d);
    });
    child.on('error', e => {
      cleanup();
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EACCES') reject(new CommandNotFoundError(command));
      else reject(e);
    });
    child.on('close', (code, signal) => {
      cleanup();
      out.flush();
      err.flush();
      resolve({
        command,
        args,
        exitCode: code ?? (signal ? 128 : 1),
        signal,
        stdout,
        stderr,
        durationMs: Date.now() - started,
        timedOut
      });
    });
    child.stdin?.on('error', () => {
      /* the child may exit before reading stdin; its exit code tells the story */
    });
    if (opts.input !== undefined) child.stdin?.end(opts.input);
    else child.stdin?.end();
  });
}

/** The last `n` non-empty lines of a tool's output, for an error message. */
export function tail(text: string, n = 15): string {
  return text
    .split('\n')
    .map(l => l.trimEnd())
    .filter(Boolean)
    .slice(-n)
    .join('\n');
}

/** Runs a command and throws a UserError with its output's tail when it fails. */
export async function execChecked(
  command: string,
  args: string[],
  opts: ExecOptions & { what?: string } = {}
): Promise<ExecResult> {
  const res = await exec(command, args, opts);
  if (res.exitCode !== 0) {
    const what = opts.what ?? `${command} ${args[0] ?? ''}`.trim();
    const reason = res.timedOut ? 'timed out' : `exited with code ${res.exitCode}`;
    throw new UserError(`${what} ${reason}:\n${tail(res.stderr || res.stdout)}`);
  }
  return res;
}

/**
 * The first executable `name` on PATH (no shell `which`); on Windows also `name.exe`. The one
 * lookup the actions share: helm resolution and builder detection both use it.
 */
export function findOnPath(
  name: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform
): string | undefined {
  const dirs = (env['PATH'] ?? env['Path'] ?? '').split(path.delimiter).filter(Boolean);
  const names = platform === 'win32' ? [`${name}.exe`, name] : [name];
  for (const d of dirs) {
    for (const n of names) {
      const p = path.join(d, n);
      try {
        if (!statSync(p).isFile()) continue;
        if (platform !== 'win32') accessSync(p, constants.X_OK);
        return p;
      } catch {
        /* not here, or not executable: next */
      }
    }
  }
  return undefined;
}
