/**
 * The GitHub Actions runner protocol (inputs, outputs, state, masking, annotations, groups),
 * implemented directly on process.env and the runner's file commands.
 *
 * Why not @actions/core: bundled it pulls in undici (~1 MB) and roughly doubles the start-up of
 * an action that fails input validation. The protocol itself is small and documented:
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import { appendFileSync, writeSync } from 'node:fs';
import { EOL } from 'node:os';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Where the runtime reads its environment and writes its commands; tests hand in their own. */
export interface RuntimeIO {
  env: NodeJS.ProcessEnv;
  write(text: string): void;
  appendFile(path: string, text: string): void;
}

let stdoutStream = false;

/**
 * Writes straight to fd 1. Creating `process.stdout` loads Node's net/stream internals, ~6 ms or
 * a quarter of a bare `node -e 0`, paid by every action before it can even report bad input. A
 * non-blocking stdout that is full (EAGAIN) switches to the stream for good, keeping the order.
 */
export function writeStdout(text: string): void {
  if (stdoutStream) {
    process.stdout.write(text);
    return;
  }
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(1, buf, off, buf.length - off);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      stdoutStream = true;
      process.stdout.write(buf.subarray(off));
      return;
    }
  }
}

export const processIO: RuntimeIO = {
  env: process.env,
  write: writeStdout,
  appendFile: (path, text) => appendFileSync(path, text, { encoding: 'utf8' })
};

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name k=v,k=v::message` — the stdout workflow-command format. */
export function formatCommand(name: string, message: string, props: Record<string, unknown> = {}): string {
  const parts = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${name}${parts.length ? ' ' + parts.join(',') : ''}::${escapeData(message)}`;
}

/** `name<<delim\nvalue\ndelim` — the multi-line-safe file-command format. */
export function formatFileCommand(name: string, value: string): string {
  // Safety comes from the check below (a value can never contain its own delimiter), not from
  // unpredictability, so Math.random serves: node:crypto costs 20-35 ms to load on Node 24, a
  // third of a bare `node -e 0`, for every action that sets an output.
  const make = () => `ghadelimiter_${Math.random().toString(16).slice(2)}-${Date.now().toString(16)}`;
  let delimiter = make();
  while (value.includes(delimiter) || name.includes(delimiter)) delimiter = make();
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

export class Runtime {
  private readonly secrets = new Set<string>();

  constructor(private readonly io: RuntimeIO = processIO) {}

  get env(): NodeJS.ProcessEnv {
    return this.io.env;
  }

  /** The raw input as the runner passes it (INPUT_<NAME>, spaces to underscores, upper-cased). */
  rawInput(name: string): string | undefined {
    return this.io.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
  }

  setOutput(name: string, value: string | number | boolean): void {
    const text = String(value);
    const file = this.io.env['GITHUB_OUTPUT'];
    if (file) this.io.appendFile(file, formatFileCommand(name, text));
    else this.io.write(EOL + formatCommand('set-output', text, { name }) + EOL);
  }

  saveState(name: string, value: string): void {
    const file = this.io.env['GITHUB_STATE'];
    if (file) this.io.appendFile(file, formatFileCommand(name, value));
    else this.io.write(formatCommand('save-state', value, { name }) + EOL);
  }

  getState(name: string): string {
    return this.io.env[`STATE_${name}`] ?? '';
  }

  /** Registers a value the runner must mask in every later log line; also scrubbed from our own. */
  setSecret(value: string): void {
    if (!value) return;
    this.secrets.add(value);
    this.io.write(formatCommand('add-mask', value) + EOL);
  }

  /** Replaces every registered secret in `text` with ***; used for text that leaves the process. */
  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    return out;
  }

  info(message: string): void {
    this.io.write(this.redact(message) + EOL);
  }

  debug(message: string): void {
    this.io.write(formatCommand('debug', this.redact(message)) + EOL);
  }

  isDebug(): boolean {
    return this.io.env['RUNNER_DEBUG'] === '1';
  }

  notice(message: string, props: AnnotationProperties = {}): void {
    this.annotate('notice', message, props);
  }

  warning(message: string, props: AnnotationProperties = {}): void {
    this.annotate('warning', message, props);
  }

  error(message: string, props: AnnotationProperties = {}): void {
    this.annotate('error', message, props);
  }

  private annotate(level: string, message: string, props: AnnotationProperties): void {
    const p = {
      title: props.title,
      file: props.file,
      line: props.startLine,
      endLine: props.endLine,
      col: props.startColumn,
      endColumn: props.endColumn
    };
    this.io.write(formatCommand(level, this.redact(message), p) + EOL);
  }

  startGroup(name: string): void {
    this.io.write(formatCommand('group', name) + EOL);
  }

  endGroup(): void {
    this.io.write(formatCommand('endgroup', '') + EOL);
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.startGroup(name);
    try {
      return await fn();
    } finally {
      this.endGroup();
    }
  }

  /** Marks the step failed: an error annotation and a non-zero exit code (the entry exits). */
  setFailed(message: string): void {
    process.exitCode = 1;
    this.error(message);
  }

  /** Appends Markdown to the job summary; a no-op outside a runner (no GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): void {
    const file = this.io.env['GITHUB_STEP_SUMMARY'];
    if (file) this.io.appendFile(file, this.redact(markdown) + EOL);
  }
}
