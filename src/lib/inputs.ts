/**
 * Strict input parsers shared by every action. An `InputReader` collects every problem instead
 * of stopping at the first, so a user sees all their mistakes in one run; `finish()` throws one
 * InputError naming each input. Pure: reads a `(name) => string | undefined` lookup only.
 */
import * as path from 'node:path';
import { InputError, type InputProblem } from './errors';

export type InputLookup = (name: string) => string | undefined;

/** Reads INPUT_* variables the way the runner sets them. */
export function envLookup(env: NodeJS.ProcessEnv): InputLookup {
  return name => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);

const DURATION_UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };

/** Parses Go-style durations as Helm takes them (`90s`, `5m`, `1h30m`, `300` = seconds). */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(t)) return undefined;
  let seconds = 0;
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
    seconds += Number(m[1]) * (DURATION_UNITS[m[2] as string] as number);
  }
  return seconds;
}

/** Formats seconds as a Go duration Helm accepts (`300s`). */
export function formatDuration(seconds: number): string {
  return `${Math.round(seconds)}s`;
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

  /** A duration in seconds (`90s`, `5m`, `1h30m`). */
  duration(name: string, def: string, { minSeconds = 1 } = {}): number {
    const v = this.raw(name) || def;
    const s = parseDuration(v);
    if (s === undefined) {
      this.problem(name, `"${v}" is not a duration (examples: 90s, 5m, 1h30m)`);
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

  /** `KEY=VALUE` lines; the value may contain `=`; keys validated by `keyPattern`. */
  keyValues(name: string, keyPattern: RegExp = /^[A-Za-z_][A-Za-z0-9_.\-[\]]*$/): KeyValue[] {
    const out: KeyValue[] = [];
    splitList(this.lookup(name) ?? '').forEach((line, i) => {
      const eq = line.indexOf('=');
      if (eq <= 0) {
        this.problem(name, `line ${i + 1} "${line}" is not KEY=VALUE`);
        return;
      }
      const key = line.slice(0, eq).trim();
      if (!keyPattern.test(key)) {
        this.problem(name, `line ${i + 1}: "${key}" is not a valid key`);
        return;
      }
      out.push({ key, value: line.slice(eq + 1) });
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
   * A path that must stay inside the workspace (no `..` escape), resolved against it.
   * `mustExist` checks with the injected `exists` so the reader stays pure.
   */
  workspacePath(
    name: string,
    value: string,
    opts: { exists?: (p: string) => boolean; kind?: string; insideWorkspace?: boolean } = {}
  ): string {
    const resolved = path.resolve(this.workspace, value);
    if (opts.insideWorkspace !== false) {
      const rel = path.relative(path.resolve(this.workspace), resolved);
      if (rel.startsWith('..') || path.isAbsolute(rel)) {
        this.problem(name, `"${value}" is outside the workspace ${this.workspace}`);
        return resolved;
      }
    }
    if (opts.exists && !opts.exists(resolved))
      this.problem(name, `${opts.kind ?? 'path'} "${value}" does not exist`);
    return resolved;
  }
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
