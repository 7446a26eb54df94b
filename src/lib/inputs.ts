/**
 * Strict input parsers shared by every action. An `InputReader` collects every problem instead
 * of stopping at the first, so a user sees all their mistakes in one run; `finish()` throws one
 * InputError naming each input. Pure: reads a `(name) => string | undefined` lookup only.
 */
import * as path from 'node:path';
import { InputError, type InputProblem } from './errors';
import type { FileProbe } from './fileProbe';

export type InputLookup = (name: string) => string | undefined;

/** Reads INPUT_* variables the way the runner sets them. */
export function envLookup(env: NodeJS.ProcessEnv): InputLookup {
  return name => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);

const DURATION_UNITS: Record<string, number> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  ms: 0.001,
  s: 1,
  m: 60,
  h: 3600
};

/**
 * The longest duration helm (Go's time.Duration, int64 nanoseconds) accepts: about 2562047h.
 * A longer `--timeout` is refused by helm itself, after the release was already looked at.
 */
export const DURATION_MAX_SECONDS = 9_223_372_036;

/**
 * The one duration grammar of the actions and the workflow scripts: Go durations as helm takes
 * them (`90s`, `5m`, `1h30m`, `1.5h`; units ns us µs ms s m h), or whole seconds (`300`, read
 * as decimal: `08` is 8 s). Returns seconds, or undefined when the text is not a duration or is
 * longer than DURATION_MAX_SECONDS.
 */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  let seconds: number;
  if (/^\d{1,20}$/.test(t)) seconds = Number(t);
  else if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(t)) return undefined;
  else {
    seconds = 0;
    for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
      seconds += Number(m[1]) * (DURATION_UNITS[m[2] as string] as number);
    }
  }
  return Number.isFinite(seconds) && seconds <= DURATION_MAX_SECONDS ? seconds : undefined;
}

/** Why `text` is not a duration this project accepts, or undefined when it is one. */
export function durationProblem(text: string): string | undefined {
  if (parseDuration(text) !== undefined) return undefined;
  const shape = /^\s*(\d+|(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+)\s*$/.test(text);
  return shape
    ? `"${text.trim()}" is longer than helm accepts (at most ${Math.floor(DURATION_MAX_SECONDS / 3600)}h)`
    : `"${text.trim()}" is not a duration (examples: 90s, 5m, 1h30m)`;
}

/** Formats seconds as a Go duration Helm accepts (`300s`). */
export function formatDuration(seconds: number): string {
  return `${Math.min(Math.round(seconds), DURATION_MAX_SECONDS)}s`;
}

/** A TCP port in `host:port` (or `[v6]:port`), when one is given and out of 1-65535. */
export function portProblem(hostPort: string): string | undefined {
  const m = /:(\d+)$/.exec(hostPort);
  if (!m) return undefined;
  const port = Number(m[1]);
  return port >= 1 && port <= 65535 ? undefined : `port ${m[1]} is out of range (1 to 65535)`;
}

/** Splits a multi-line (or comma-separated, where allowed) input into trimmed non-empty entries. */
export function splitList(text: string, { commas = false } = {}): string[] {
  const parts = commas ? text.split(/[\n,]/) : text.split('\n');
  return parts.map(s => s.trim()).filter(s => s !== '' && !s.startsWith('#'));
}

export interface KeyValue {
  key: string;
  value: string;
}

export class InputReader {
  private readonly problems: InputProblem[] = [];

  constructor(
    private readonly lookup: InputLookup,
    private readonly workspace: string = process.cwd()
  ) {}

  /** The directory relative inputs are resolved against. */
  get workspaceDir(): string {
    return this.workspace;
  }

  problem(input: string, message: string): void {
    this.problems.push({ input, message });
  }

  hasProblems(): boolean {
    return this.problems.length > 0;
  }

  /** Throws one InputError with everything found; call once, after reading every input. */
  finish(): void {
    if (this.problems.length) throw new InputError(this.problems);
  }

  raw(name: string): string {
    return (this.lookup(name) ?? '').trim();
  }

  string(
    name: string,
    opts: { required?: boolean; default?: string; pattern?: RegExp; hint?: string } = {}
  ): string {
    const v = this.raw(name);
    if (v === '') {
      if (opts.required) this.problem(name, 'is required');
      return opts.default ?? '';
    }
    if (opts.pattern && !opts.pattern.test(v))
      this.problem(name, `"${v}" is not valid${opts.hint ? `: ${opts.hint}` : ''}`);
    return v;
  }

  bool(name: string, def: boolean): boolean {
    const v = this.raw(name);
    if (v === '') return def;
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    this.problem(name, `"${v}" is not a boolean (use true or false)`);
    return def;
  }

  int(
    name: string,
    def: number,
    { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = {}
  ): number {
    const v = this.raw(name);
    if (v === '') return def;
    if (!/^-?\d+$/.test(v)) {
      this.problem(name, `"${v}" is not a whole number`);
      return def;
    }
    const n = Number(v);
    if (n < min || n > max) this.problem(name, `${n} is out of range (${min} to ${max})`);
    return n;
  }

  /** A duration in seconds (`90s`, `5m`, `1h30m`), see parseDuration. */
  duration(name: string, def: string, { minSeconds = 1 } = {}): number {
    const v = this.raw(name) || def;
    const s = parseDuration(v);
    if (s === undefined) {
      this.problem(name, durationProblem(v) as string);
      return parseDuration(def) ?? 0;
    }
    if (s < minSeconds) this.problem(name, `${v} is shorter than the minimum of ${minSeconds}s`);
    return s;
  }

  enumOf<T extends string>(name: string, allowed: readonly T[], def: T): T {
    const v = this.raw(name);
    if (v === '') return def;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.problem(name, `"${v}" is not one of: ${allowed.join(', ')}`);
    return def;
  }

  list(name: string, opts: { commas?: boolean } = {}): string[] {
    return splitList(this.lookup(name) ?? '', opts);
  }

  /**
   * `KEY=VALUE` lines; the value may contain `=`; keys validated by `keyPattern`. Values are
   * never echoed in a problem (they may be secrets). `helmSet`: a value with an unescaped `,`
   * is refused, since `helm --set a=b,c=d` silently makes that two keys.
   */
  keyValues(
    name: string,
    keyPattern: RegExp = /^[A-Za-z_][A-Za-z0-9_.\-[\]]*$/,
    { helmSet = false } = {}
  ): KeyValue[] {
    const out: KeyValue[] = [];
    splitList(this.lookup(name) ?? '').forEach((line, i) => {
      const eq = line.indexOf('=');
      if (eq <= 0) {
        // Not quoted: a line without '=' may be nothing but a pasted secret.
        this.problem(name, `line ${i + 1} is not KEY=VALUE (no key before an "=")`);
        return;
      }
      const key = line.slice(0, eq).trim();
      if (!keyPattern.test(key)) {
        this.problem(name, `line ${i + 1}: "${key}" is not a valid key`);
        return;
      }
      const value = line.slice(eq + 1);
      if (helmSet && hasUnescapedComma(value)) {
        this.problem(
          name,
          `line ${i + 1}: the value of "${key}" has a "," that helm would read as the start of another key; write \\, for a literal comma (a list is {a,b})`
        );
        return;
      }
      out.push({ key, value });
    });
    return out;
  }

  /** Exactly one of the named inputs must be set; returns which one (or undefined). */
  exactlyOneOf(names: string[]): string | undefined {
    const set = names.filter(n => this.raw(n) !== '');
    if (set.length === 1) return set[0];
    const list = names.join(' or ');
    if (set.length === 0) this.problem(names.join(' / '), `set exactly one of ${list} (none is set)`);
    else this.problem(set.join(' / '), `set exactly one of ${list} (both are set)`);
    return undefined;
  }

  /**
   * The one path rule for every path input: the path is resolved against the workspace; a path
   * outside the workspace is refused unless `outside` allows it (an absolute path the workflow
   * chose, such as a tool or a kubeconfig); a path inside the workspace must stay inside it
   * after symlinks are resolved (a symlink out of the workspace is refused, its target never
   * read); unreadable paths (missing, symlink loop, name too long, no permission) are named
   * problems, never crashes. Returns the real path and what it is, or undefined after a problem.
   * `mayNotExist`: an output directory; its nearest existing ancestor must obey the rule.
   */
  path(
    name: string,
    value: string,
    fsx: PathFs,
    opts: {
      outside?: boolean;
      want?: 'file' | 'directory' | 'any';
      mayNotExist?: boolean;
      missing?: string;
      notFile?: string;
      notDirectory?: string;
      /** The value may be a credential (a kubeconfig pasted on one line): never shown. */
      quiet?: boolean;
    } = {}
  ): { path: string; kind: PathKind } | undefined {
    const shown = opts.quiet ? 'the path' : showPath(value);
    if (value.includes('\0')) return this.refuse(name, `${shown} contains a NUL character`);
    if (value.split(/[\\/]/).some(c => Buffer.byteLength(c) > 255))
      return this.refuse(name, `${shown} has a path component longer than 255 bytes`);
    if (Buffer.byteLength(value) > 4095) return this.refuse(name, `${shown} is longer than 4095 bytes`);
    const resolved = path.resolve(this.workspace, value);
    const inside = isInside(this.workspace, resolved);
    if (!inside && !opts.outside)
      return this.refuse(name, `${shown} is outside the workspace ${this.workspace}`);
    let probe = resolved;
    let real: string;
    for (;;) {
      const r = realpathOf(fsx, probe);
      if ('real' in r) {
        real = r.real;
        break;
      }
      if (r.code === 'ENOENT' && opts.mayNotExist && path.dirname(probe) !== probe) {
        probe = path.dirname(probe);
        continue;
      }
      return this.refuse(name, pathErrorMessage(r.code, shown, opts.missing));
    }
    if (inside) {
      const realWs = realpathOf(fsx, this.workspace);
      if ('real' in realWs && !isInside(realWs.real, real))
        return this.refuse(
          name,
          `${shown} leads outside the workspace through a symlink; refused without reading it`
        );
    }
    if (probe !== resolved) return { path: path.join(real, path.relative(probe, resolved)), kind: 'missing' };
    const kind: PathKind = fsx.isFile(real) ? 'file' : fsx.isDirectory(real) ? 'directory' : 'other';
    if (opts.want === 'file' && kind !== 'file')
      return this.refuse(
        name,
        kind === 'directory'
          ? (opts.notFile ?? `${shown} is a directory, not a file`)
          : `${shown} is not a regular file`
      );
    if (opts.want === 'directory' && kind !== 'directory')
      return this.refuse(name, opts.notDirectory ?? `${shown} is not a directory`);
    return { path: real, kind };
  }

  private refuse(name: string, message: string): undefined {
    this.problem(name, message);
    return undefined;
  }
}

export type PathKind = 'file' | 'directory' | 'other' | 'missing';

/**
 * The file-system look-ups of the path rule (src/lib/fileProbe.ts's realFs on the real disk),
 * injected so validation runs without a disk in tests. `realpath` throws an errno error
 * (ENOENT, ELOOP, ENAMETOOLONG, EACCES, ENOTDIR); the others are asked of the real path only.
 */
export type PathFs = Pick<FileProbe, 'realpath' | 'isFile' | 'isDirectory'>;

export function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A path value as shown in a problem: quoted, long ones shortened (never a file's content). */
function showPath(value: string): string {
  const v = value.length > 80 ? `${value.slice(0, 40)}…${value.slice(-20)}` : value;
  return JSON.stringify(v);
}

function realpathOf(fsx: PathFs, p: string): { real: string } | { code: string } {
  try {
    return { real: fsx.realpath(p) };
  } catch (err) {
    return { code: (err as NodeJS.ErrnoException).code ?? 'EIO' };
  }
}

function pathErrorMessage(code: string, shown: string, missing?: string): string {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return missing ?? `${shown} does not exist`;
    case 'ELOOP':
      return `${shown} is a symlink loop (too many levels of symbolic links)`;
    case 'ENAMETOOLONG':
      return `${shown} is a name too long for the file system`;
    case 'EACCES':
    case 'EPERM':
      return `${shown} cannot be read: permission denied`;
    default:
      return `${shown} cannot be read (${code})`;
  }
}

/** An unescaped `,` in a helm --set value outside a `{a,b}` list: helm starts a new key there. */
export function hasUnescapedComma(value: string): boolean {
  if (/^\{.*\}$/.test(value)) return false;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === ',') return true;
  }
  return false;
}

/** DNS-1123 label (namespaces, Helm release names): lower-case alphanumerics and '-'. */
export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A helm `--set` key: dotted path with list indexes and escaped dots (`a.b[0]`, `a\\.b`). */
export const HELM_SET_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.\-[\]\\/]*$/;

/** DNS-1123 subdomain (most object names, e.g. ServiceAccounts): labels joined by '.'. */
export const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** An image digest as registries report it. */
export const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;

/** distribution-spec tag: 1–128 characters, first a word character. */
export const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
