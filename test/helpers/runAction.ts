/**
 * Runs an action's BUNDLE the way the runner does: `node dist/<name>/index.js` with INPUT_*
 * variables and the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE) in a temp
 * RUNNER_TEMP; then, if asked, its post step with the saved state as STATE_* variables.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFileCommands } from '../../e2e/runner';
import { repoRoot, toolsBin } from './stack';

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  /** The run's RUNNER_TEMP (to check that nothing private was left behind). */
  runnerTemp: string;
  durationMs: number;
}

export interface RunActionOptions {
  /** Extra environment (wins over the defaults). */
  env?: NodeJS.ProcessEnv;
  /** GITHUB_WORKSPACE (default: the repository root). */
  workspace?: string;
  /** Reuse a RUNNER_TEMP (default: a fresh temp dir). */
  runnerTemp?: string;
  /** STATE_* values, as the runner passes them to a post step. */
  state?: Record<string, string>;
  timeoutMs?: number;
}

// One parser for the runner's file-command format, shared with the main job's runner.
export { parseFileCommands };

function nodeBinary(): string {
  // Node 24 as on the runner (node24 actions) when bootstrapped, else the node running Jest.
  const n = join(toolsBin, 'node');
  return existsSync(n) ? n : process.execPath;
}

export function inputEnv(inputs: Record<string, string | boolean | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(inputs)) {
    if (v !== undefined) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = String(v);
  }
  return env;
}

export function runAction(
  name: string,
  inputs: Record<string, string | boolean | undefined>,
  opts: RunActionOptions = {}
): Promise<ActionRun> {
  const runnerTemp = opts.runnerTemp ?? mkdtempSync(join(tmpdir(), `ft-action-${name}-`));
  mkdirSync(runnerTemp, { recursive: true });
  const files = mkdtempSync(join(tmpdir(), `ft-files-${name}-`));
  const outputFile = join(files, 'output');
  const summaryFile = join(files, 'summary');
  const stateFile = join(files, 'state');
  for (const f of [outputFile, summaryFile, stateFile]) writeFileSync(f, '');
  const stateEnv: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(opts.state ?? {})) stateEnv[`STATE_${k}`] = v;

  // Only the variables a runner sets: no INPUT_* or STATE_* leaks in from the Jest process.
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('INPUT_') && !k.startsWith('STATE_')) base[k] = v;
  }
  const env: NodeJS.ProcessEnv = {
    ...base,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: stateFile,
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: opts.workspace ?? repoRoot,
    ...inputEnv(inputs),
    ...stateEnv,
    ...opts.env
  };
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBinary(), [join(repoRoot, 'dist', name, 'index.js')], {
      env,
      cwd: opts.workspace ?? repoRoot,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000);
    child.on('error', reject);
    child.on('close', code => {
      clearTimeout(timer);
      resolve({
        exitCode: code ?? 1,
        stdout,
        stderr,
        outputs: parseFileCommands(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        state: parseFileCommands(readFileSync(stateFile, 'utf8')),
        runnerTemp,
        durationMs: Date.now() - started
      });
    });
  });
}
