/**
 * The runner protocol port: everything an action writes to the runner (outputs, state, masks,
 * log lines, annotations, groups, the job summary, the failed status) goes through `Runtime`.
 * The protocol is GitHub's toolkit, @actions/core: its command layer (`lib/command`: workflow
 * commands with their escaping; `lib/file-command`: GITHUB_OUTPUT/GITHUB_STATE with a random
 * delimiter; `lib/summary`), wired one verb per call exactly as core's index does. Not the index
 * itself: it loads @actions/http-client and undici (for getIDToken) at require time, ~1 MB in the
 * entry chunk, which put a validation failure at 3.6-4.9x a bare `node -e 0` (bench/startup.ts;
 * the guard is 3x). OIDC tokens, when an action needs one, come from `import('@actions/core')`.
 * The port exists so tests can hand in a recording protocol (test/helpers/memoryRuntime.ts), and
 * so our own lines and the summary are scrubbed of registered secrets.
 */
import { EOL } from 'node:os';
import { issue, issueCommand } from '@actions/core/lib/command';
import { issueFileCommand, prepareKeyValueMessage } from '@actions/core/lib/file-command';
import { summary } from '@actions/core/lib/summary';
import { toCommandProperties } from '@actions/core/lib/utils';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** What the runner is told, one call per protocol verb (implemented by @actions/core). */
export interface RunnerProtocol {
  readonly env: NodeJS.ProcessEnv;
  setOutput(name: string, value: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  setSecret(value: string): void;
  info(message: string): void;
  debug(message: string): void;
  isDebug(): boolean;
  notice(message: string, props: AnnotationProperties): void;
  warning(message: string, props: AnnotationProperties): void;
  error(message: string, props: AnnotationProperties): void;
  startGroup(name: string): void;
  endGroup(): void;
  setFailed(message: string): void;
  appendSummary(markdown: string): void;
  /** Resolves once everything written so far has reached the runner's files. */
  flush(): Promise<void>;
}

/** @actions/core as the protocol. The summary is appended in order, flushed before exit. */
export function coreProtocol(): RunnerProtocol {
  const env = process.env;
  let pending: Promise<unknown> = Promise.resolve();
  const keyValue = (file: 'OUTPUT' | 'STATE', command: string, name: string, value: string) => {
    if (env[`GITHUB_${file}`]) issueFileCommand(file, prepareKeyValueMessage(name, value));
    else {
      if (command === 'set-output') process.stdout.write(EOL);
      issueCommand(command, { name }, value);
    }
  };
  return {
    env,
    setOutput: (name, value) => keyValue('OUTPUT', 'set-output', name, value),
    saveState: (name, value) => keyValue('STATE', 'save-state', name, value),
    getState: name => env[`STATE_${name}`] || '',
    setSecret: value => issueCommand('add-mask', {}, value),
    info: message => process.stdout.write(message + EOL),
    debug: message => issueCommand('debug', {}, message),
    isDebug: () => env['RUNNER_DEBUG'] === '1',
    notice: (message, props) => issueCommand('notice', toCommandProperties(props), message),
    warning: (message, props) => issueCommand('warning', toCommandProperties(props), message),
    error: (message, props) => issueCommand('error', toCommandProperties(props), message),
    startGroup: name => issue('group', name),
    endGroup: () => issue('endgroup'),
    setFailed: message => {
      process.exitCode = 1;
      issueCommand('error', {}, message);
    },
    appendSummary(markdown) {
      // Outside a runner (no GITHUB_STEP_SUMMARY) there is no summary to write.
      if (!env['GITHUB_STEP_SUMMARY']) return;
      pending = pending.then(() => summary.addRaw(markdown, true).write());
    },
    flush: async () => {
      await pending;
    }
  };
}

export class Runtime {
  private readonly secrets = new Set<string>();
  private readonly known: Record<string, string> = {};

  constructor(private readonly protocol: RunnerProtocol = coreProtocol()) {}

  get env(): NodeJS.ProcessEnv {
    return this.protocol.env;
  }

  /** The raw input as the runner passes it (INPUT_<NAME>, spaces to underscores, upper-cased). */
  rawInput(name: string): string | undefined {
    return this.protocol.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
  }

  setOutput(name: string, value: string | number | boolean): void {
    this.known[name] = String(value);
    this.protocol.setOutput(name, String(value));
  }

  /** Every output set so far (the skeleton's summary and failure report use them). */
  outputs(): Record<string, string> {
    return { ...this.known };
  }

  saveState(name: string, value: string): void {
    this.protocol.saveState(name, value);
  }

  getState(name: string): string {
    return this.protocol.getState(name);
  }

  /** Registers a value the runner must mask in every later log line; also scrubbed from our own. */
  setSecret(value: string): void {
    if (!value) return;
    this.secrets.add(value);
    this.protocol.setSecret(value);
  }

  /** Replaces every registered secret in `text` with ***; used for text that leaves the process. */
  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    return out;
  }

  info(message: string): void {
    this.protocol.info(this.redact(message));
  }

  debug(message: string): void {
    this.protocol.debug(this.redact(message));
  }

  isDebug(): boolean {
    return this.protocol.isDebug();
  }

  notice(message: string, props: AnnotationProperties = {}): void {
    this.protocol.notice(this.redact(message), props);
  }

  warning(message: string, props: AnnotationProperties = {}): void {
    this.protocol.warning(this.redact(message), props);
  }

  error(message: string, props: AnnotationProperties = {}): void {
    this.protocol.error(this.redact(message), props);
  }

  startGroup(name: string): void {
    this.protocol.startGroup(name);
  }

  endGroup(): void {
    this.protocol.endGroup();
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.startGroup(name);
    try {
      return await fn();
    } finally {
      this.endGroup();
    }
  }

  /** Marks the step failed: an error annotation and exit code 1. */
  setFailed(message: string): void {
    this.protocol.setFailed(this.redact(message));
  }

  /** Appends Markdown to the job summary; a no-op outside a runner (no GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): void {
    this.protocol.appendSummary(this.redact(markdown));
  }

  /** Waits until the summary (written asynchronously by @actions/core) is on disk. */
  flush(): Promise<void> {
    return this.protocol.flush();
  }
}
