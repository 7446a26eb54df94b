/**
 * A model of how the GitHub runner reads an action's stdout for workflow commands, after
 * actions/runner's ActionCommand.TryParseV2 / TryParse and ActionCommandManager: lines split at
 * \r\n, \n or a lone \r; `::name props::data` after leading whitespace, or the legacy
 * `##[name props]data` anywhere in a line, for registered command names; `::stop-commands::T`
 * ignores every command until `::T::`. Tests use it to prove that untrusted text printed by an
 * action runs no command.
 */

const REGISTERED = [
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands'
];

export interface RunnerCommand {
  name: string;
  data: string;
  line: number;
}

export interface RunnerRead {
  /** Commands the runner would execute, in order (the stop/resume pairs included). */
  executed: RunnerCommand[];
  /** True when a stop-commands block was left open at the end of the output. */
  stoppedAtEnd: boolean;
  /** Lines printed while commands were stopped (what the block protected). */
  protectedLines: string[];
}

function parse(line: string, registered: Set<string>): { name: string; data: string } | undefined {
  const v2 = line.trimStart();
  if (v2.startsWith('::')) {
    const end = v2.indexOf('::', 2);
    if (end >= 0) {
      const info = v2.slice(2, end);
      const name = info.split(' ')[0] as string;
      if (registered.has(name)) return { name, data: v2.slice(end + 2) };
    }
  }
  const i = line.indexOf('##[');
  if (i >= 0) {
    const rb = line.indexOf(']', i);
    if (rb >= 0) {
      const name = line.slice(i + 3, rb).split(' ')[0] as string;
      if (registered.has(name)) return { name, data: line.slice(rb + 1) };
    }
  }
  return undefined;
}

export function readAsRunner(stdout: string): RunnerRead {
  const registered = new Set(REGISTERED);
  const executed: RunnerCommand[] = [];
  const protectedLines: string[] = [];
  let stopToken = '';
  stdout.split(/\r\n|\r|\n/).forEach((line, n) => {
    const c = parse(line, registered);
    if (stopToken) {
      if (c && c.name.toLowerCase() === stopToken.toLowerCase()) {
        registered.delete(stopToken);
        stopToken = '';
        executed.push({ ...c, line: n });
      } else protectedLines.push(line);
      return;
    }
    if (!c) return;
    executed.push({ ...c, line: n });
    if (c.name === 'stop-commands' && c.data) {
      stopToken = c.data;
      registered.add(stopToken);
    }
  });
  return { executed, stoppedAtEnd: stopToken !== '', protectedLines };
}
