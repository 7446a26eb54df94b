/**
 * Runs an action's bundle the way the GitHub runner does: `node <main>` with INPUT_* variables,
 * fresh GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files, then the `post` entry (if the
 * action.yml declares one) with the saved state as STATE_*. Workflow commands on stdout are
 * rendered the way the runner's log shows them, and masked values are redacted.
 *
 * Used by the main job (e2e/main-job.ts) and by tests that run bundles end to end.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface StepResult {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  log: string[];
  durationMs: number;
}

export interface StepOptions {
  /** Directory holding action.yml (e.g. actions/build-push-ecr). */
  actionDir: string;
  inputs: Record<string, string>;
  /** Where the step's runner files go; one sub-directory per step. */
  runnerTemp: string;
  workspace: string;
  env?: NodeJS.ProcessEnv;
  /** Called with each rendered log line. */
  onLine?: (line: string) => void;
  node?: string;
}

/** Parses the runner's `name<<delimiter` file-command format (and plain `name=value`). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      out[name as string] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

function unescape(s: string): string {
  return s
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** Renders one stdout line as the runner's log would; undefined hides it (masks, debug). */
export function renderLine(line: string, masks: Set<string>): string | undefined {
  const cmd = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
  let text = line;
  if (cmd) {
    const [, name, props = '', message = ''] = cmd;
    const msg = unescape(message);
    switch (name) {
      case 'add-mask':
        masks.add(msg);
        return undefined;
      case 'debug':
      case 'endgroup':
        return undefined;
      case 'group':
        text = `▸ ${msg}`;
        break;
      case 'error':
      case 'warning':
      case 'notice': {
        const file = /file=([^,]+)/.exec(props)?.[1];
        text = `${name[0]?.toUpperCase()}${name.slice(1)}${file ? ` (${unescape(file)})` : ''}: ${msg}`;
        break;
      }
      default:
        text = msg;
    }
  }
  for (const m of masks) if (m) text = text.split(m).join('***');
  return text;
}

function runNode(
  node: string,
  script: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  onLine: (l: string) => void
): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const pump = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (d: string) => {
        rest += d;
        let i: number;
        while ((i = rest.indexOf('\n')) >= 0) {
          onLine(rest.slice(0, i));
          rest = rest.slice(i + 1);
        }
      });
      stream.on('end', () => rest && onLine(rest));
    };
    if (child.stdout) pump(child.stdout);
    if (child.stderr) pump(child.stderr);
    child.on('error', reject);
    child.on('close', code => resolvePromise(code ?? 1));
  });
}

let stepCounter = 0;

export async function runStep(opts: StepOptions): Promise<StepResult> {
  const started = Date.now();
  const actionYml = parseYaml(readFileSync(join(opts.actionDir, 'action.yml'), 'utf8')) as {
    runs: { main: string; post?: string };
  };
  const stepDir = join(opts.runnerTemp, `_runner_file_commands`, `step-${++stepCounter}`);
  mkdirSync(stepDir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(stepDir, 'output'),
    GITHUB_STATE: join(stepDir, 'state'),
    GITHUB_STEP_SUMMARY: join(stepDir, 'summary'),
    GITHUB_ENV: join(stepDir, 'env'),
    GITHUB_PATH: join(stepDir, 'path')
  };
  for (const f of Object.values(files)) writeFileSync(f, '');

  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(opts.env ?? process.env))
    if (!k.startsWith('INPUT_') && !k.startsWith('STATE_')) env[k] = v;
  // The runner upper-cases names and turns spaces into underscores; hyphens stay.
  for (const [k, v] of Object.entries(opts.inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  Object.assign(env, files, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    RUNNER_TEMP: opts.runnerTemp,
    RUNNER_TOOL_CACHE: join(opts.runnerTemp, '_tool'),
    GITHUB_ACTION_PATH: resolve(opts.actionDir)
  });

  const masks = new Set<string>();
  const log: string[] = [];
  const onLine = (raw: string) => {
    const text = renderLine(raw, masks);
    if (text === undefined) return;
    log.push(text);
    opts.onLine?.(text);
  };
  const node = opts.node ?? process.execPath;
  const exitCode = await runNode(
    node,
    resolve(opts.actionDir, actionYml.runs.main),
    env,
    opts.workspace,
    onLine
  );
  if (actionYml.runs.post) {
    const state = parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'));
    const postEnv = { ...env };
    for (const [k, v] of Object.entries(state)) postEnv[`STATE_${k}`] = v;
    await runNode(node, resolve(opts.actionDir, actionYml.runs.post), postEnv, opts.workspace, onLine);
  }
  let summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
  for (const m of masks) if (m) summary = summary.split(m).join('***');
  return {
    exitCode,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary,
    log,
    durationMs: Date.now() - started
  };
}
