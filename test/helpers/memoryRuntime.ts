/**
 * A recording RunnerProtocol for in-process tests: what an action tells the runner is kept in
 * memory (outputs, state, masks, log lines with their kind, the summary, the failure) instead of
 * going through @actions/core to stdout and the runner's files.
 */
import { Runtime, type AnnotationProperties, type RunnerProtocol } from '../../src/lib/runtime';

export interface Recorded {
  outputs: Record<string, string>;
  state: Record<string, string>;
  secrets: string[];
  /**
   * Every line as the runner log shows the command (unescaped): `::error::message`,
   * `::warning file=x,line=3::message`, `::add-mask::`, `::debug::`, `::group::`, and the bare
   * message for info.
   */
  lines: string[];
  summary: string;
  failed?: string;
}

export class MemoryProtocol implements RunnerProtocol {
  readonly recorded: Recorded = { outputs: {}, state: {}, secrets: [], lines: [], summary: '' };

  constructor(readonly env: NodeJS.ProcessEnv = {}) {}

  /** The whole log as one text (lines joined with newlines). */
  get log(): string {
    return this.recorded.lines.join('\n');
  }

  setOutput(name: string, value: string): void {
    this.recorded.outputs[name] = value;
  }
  saveState(name: string, value: string): void {
    this.recorded.state[name] = value;
  }
  getState(name: string): string {
    return this.env[`STATE_${name}`] ?? '';
  }
  setSecret(value: string): void {
    this.recorded.secrets.push(value);
    this.recorded.lines.push(`::add-mask::${value}`);
  }
  info(message: string): void {
    this.recorded.lines.push(message);
  }
  debug(message: string): void {
    this.recorded.lines.push(`::debug::${message}`);
  }
  isDebug(): boolean {
    return this.env['RUNNER_DEBUG'] === '1';
  }
  private annotate(kind: string, message: string, props: AnnotationProperties): void {
    const where = [
      props.file ? `file=${props.file}` : '',
      props.startLine ? `line=${props.startLine}` : ''
    ].filter(Boolean);
    this.recorded.lines.push(`::${kind}${where.length ? ' ' + where.join(',') : ''}::${message}`);
  }
  notice(message: string, props: AnnotationProperties): void {
    this.annotate('notice', message, props);
  }
  warning(message: string, props: AnnotationProperties): void {
    this.annotate('warning', message, props);
  }
  error(message: string, props: AnnotationProperties): void {
    this.annotate('error', message, props);
  }
  startGroup(name: string): void {
    this.recorded.lines.push(`::group::${name}`);
  }
  endGroup(): void {
    this.recorded.lines.push('::endgroup::');
  }
  setFailed(message: string): void {
    this.recorded.failed = message;
    this.recorded.lines.push(`::error::${message}`);
  }
  appendSummary(markdown: string): void {
    this.recorded.summary += markdown + '\n';
  }
  async flush(): Promise<void> {}
}

/** A Runtime over a fresh MemoryProtocol, and the protocol to read back from. */
export function memoryRuntime(env: NodeJS.ProcessEnv = {}): { rt: Runtime; io: MemoryProtocol } {
  const io = new MemoryProtocol(env);
  return { rt: new Runtime(io), io };
}
