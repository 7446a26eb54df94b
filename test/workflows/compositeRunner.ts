/**
 * Runs a composite action (action.yml, deploy-eks/action.yml) the way the runner does, for the
 * subset of the syntax our composites use: inputs with their defaults, expressions over
 * `inputs.x` and `steps.<id>.outputs.<name>` (literals, !, ==, !=, &&, ||, parentheses; see
 * evaluate) in env:/outputs and `if:`, and `run:` steps as `bash --noprofile --norc -eo pipefail <script>` with
 * GITHUB_ACTION_PATH and a fresh GITHUB_OUTPUT per step. Anything else is an error, so a
 * composite that outgrows this emulation fails loudly instead of being half-run.
 *
 * The GitHub runner itself cannot run here; this is what it would do with these files, and the
 * scripts and bundles it starts are the real ones.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type ActionFile, loadYaml } from './actionFiles';
import { parseFileCommands } from '../helpers/runAction';
import { repoRoot } from '../helpers/stack';

export interface StepResult {
  id?: string;
  name?: string;
  ran: boolean;
  exitCode: number;
  outputs: Record<string, string>;
  stdout: string;
}

export interface CompositeResult {
  ok: boolean;
  steps: StepResult[];
  outputs: Record<string, string>;
  /** Everything the steps printed, in order. */
  stdout: string;
}

export interface CompositeOptions {
  env?: NodeJS.ProcessEnv;
  workspace?: string;
  timeoutMs?: number;
  /** Called when a run: step's process starts (e.g. to cancel it as the runner would). */
  onStepStart?: (step: { id?: string; name?: string }, child: ChildProcess) => void;
}

/**
 * What the runner does to the running step's process when a run is cancelled: SIGINT, SIGTERM
 * 7.5 s later, SIGKILL 2.5 s after that, each only while the process is still there (signals go
 * to the step's process, not its group). Resolves with the signals it had to send. The step runs
 * in its own process group (runBash), which the caller kills afterwards to leave nothing behind.
 */
export async function cancelLikeTheRunner(child: ChildProcess): Promise<{ signals: string[]; ms: number }> {
  const started = Date.now();
  const exited = new Promise<void>(r => {
    if (child.exitCode !== null || child.signalCode !== null) r();
    else child.once('exit', () => r());
  });
  const within = (ms: number): Promise<boolean> =>
    Promise.race([exited.then(() => true), new Promise<boolean>(r => setTimeout(() => r(false), ms))]);
  const signals: string[] = [];
  for (const [sig, wait] of [
    ['SIGINT', 7500],
    ['SIGTERM', 2500],
    ['SIGKILL', 5000]
  ] as const) {
    signals.push(sig);
    child.kill(sig);
    if (await within(wait)) break;
  }
  return { signals, ms: Date.now() - started };
}

export type Ctx = { inputs: Record<string, string>; steps: Record<string, Record<string, string>> };
export type Value = string | number | boolean | null;

/**
 * The runner's expression language for what our composites write: string literals ('it''s'),
 * numbers, true/false/null, `inputs.<name>`, `steps.<id>.outputs.<name>`, `!`, `==`, `!=`, `&&`,
 * `||` and parentheses, with GitHub's rules: `&&`/`||` return an operand (not a boolean), '' / 0 /
 * false / null are falsy, == compares strings case-insensitively and coerces mixed types to numbers.
 * Hand-written: GitHub's own parser (@actions/expressions) ships as ESM only, which this jest set-up
 * (CommonJS) cannot load; anything outside this subset is an error, never a guess.
 */
export function evaluate(expr: string, ctx: Ctx): Value {
  const tokens = expr.match(/'(?:[^']|'')*'|&&|\|\||==|!=|[!()]|[A-Za-z0-9_.-]+|\S/g) ?? [];
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const unsupported = (): never => {
    throw new Error(`composite emulation: unsupported expression \${{ ${expr} }}`);
  };
  const primary = (): Value => {
    const t = tokens[i++];
    if (t === undefined) return unsupported();
    if (t === '(') {
      const v = or();
      if (tokens[i++] !== ')') unsupported();
      return v;
    }
    if (t === '!') return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'null') return null;
    if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
    let m = /^inputs\.([a-z0-9-]+)$/.exec(t);
    if (m) return ctx.inputs[m[1] as string] ?? '';
    m = /^steps\.([a-z0-9-]+)\.outputs\.([a-z0-9-]+)$/.exec(t);
    if (m) return ctx.steps[m[1] as string]?.[m[2] as string] ?? '';
    return unsupported();
  };
  const comparison = (): Value => {
    let left = primary();
    while (peek() === '==' || peek() === '!=') {
      const op = tokens[i++];
      const right = primary();
      left = op === '==' ? equal(left, right) : !equal(left, right);
    }
    return left;
  };
  const and = (): Value => {
    let left = comparison();
    while (peek() === '&&') {
      i++;
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): Value => {
    let left = and();
    while (peek() === '||') {
      i++;
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const v = or();
  if (i !== tokens.length) unsupported();
  return v;
}

function truthy(v: Value): boolean {
  return !(v === '' || v === 0 || v === false || v === null || Number.isNaN(v));
}

function toNumber(v: Value): number {
  if (typeof v === 'number') return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v.trim() === '' ? 0 : Number(v);
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b) return a === b;
  return toNumber(a) === toNumber(b);
}

/** A value as the runner writes it into env:/outputs (true -> 'true', null -> ''). */
function text(v: Value): string {
  return v === null ? '' : String(v);
}

export function interpolate(value: string, ctx: Ctx): string {
  return value.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_, e: string) => text(evaluate(e, ctx)));
}

/** A step's if: (implicitly `success() && ...`): a bare expression or one `${{ }}`. */
function condition(expr: string | undefined, ctx: Ctx, failed: boolean): boolean {
  if (expr === undefined) return !failed;
  const inner = /^\$\{\{([\s\S]*)\}\}$/.exec(expr.trim())?.[1] ?? expr;
  return !failed && truthy(evaluate(inner.trim(), ctx));
}

function runBash(
  script: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  timeoutMs: number,
  onStart?: (child: ChildProcess) => void
): Promise<{ code: number; stdout: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'ft-composite-step-')), 'step.sh');
  writeFileSync(file, script);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
      env,
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a test can remove whatever a cancelled step left running.
      detached: true
    });
    onStart?.(child);
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', code => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stdout });
    });
  });
}

export async function runComposite(
  rel: string,
  given: Record<string, string>,
  opts: CompositeOptions = {}
): Promise<CompositeResult> {
  const meta = loadYaml<ActionFile>(rel);
  if (meta.runs.using !== 'composite') throw new Error(`${rel} is not a composite action`);
  const declared = meta.inputs ?? {};
  for (const name of Object.keys(given)) if (!declared[name]) throw new Error(`${rel} has no input ${name}`);
  const inputs: Record<string, string> = {};
  for (const [name, i] of Object.entries(declared))
    inputs[name] = given[name] ?? (i.default === undefined ? '' : String(i.default));

  const ctx = { inputs, steps: {} as Record<string, Record<string, string>> };
  const actionPath = dirname(join(repoRoot, rel));
  const workspace = opts.workspace ?? repoRoot;
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ft-composite-temp-'));
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries({ ...process.env, ...opts.env }))
    if (!k.startsWith('INPUT_')) base[k] = v;

  const steps: StepResult[] = [];
  let failed = false;
  let stdout = '';
  for (const step of meta.runs.steps ?? []) {
    if (!condition(step.if, ctx, failed)) {
      steps.push({ id: step.id, name: step.name, ran: false, exitCode: 0, outputs: {}, stdout: '' });
      continue;
    }
    if (step.uses)
      throw new Error(
        `composite emulation: step "${step.name}" would run ${step.uses}, which this emulation cannot`
      );
    if (step.run === undefined || step.shell !== 'bash')
      throw new Error(`composite emulation: step "${step.name}" is not a bash run: step`);
    const files = mkdtempSync(join(tmpdir(), 'ft-composite-files-'));
    const outputFile = join(files, 'output');
    writeFileSync(outputFile, '');
    writeFileSync(join(files, 'summary'), '');
    const env: NodeJS.ProcessEnv = {
      ...base,
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: join(files, 'summary'),
      RUNNER_TEMP: runnerTemp
    };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = interpolate(String(v), ctx);
    const r = await runBash(step.run, env, workspace, opts.timeoutMs ?? 300_000, child =>
      opts.onStepStart?.({ id: step.id, name: step.name }, child)
    );
    const outputs = parseFileCommands(readFileSync(outputFile, 'utf8'));
    if (step.id) ctx.steps[step.id] = outputs;
    steps.push({ id: step.id, name: step.name, ran: true, exitCode: r.code, outputs, stdout: r.stdout });
    stdout += r.stdout;
    if (r.code !== 0) failed = true;
  }
  const outputs: Record<string, string> = {};
  for (const [name, o] of Object.entries(meta.outputs ?? {})) outputs[name] = interpolate(o.value ?? '', ctx);
  return { ok: !failed, steps, outputs, stdout };
}
