/**
 * Shared helpers for the benchmarks in bench/: argument parsing, process timing, interleaved
 * measurement with warm-up, medians and report lines. Every bench prints ratios against a
 * baseline measured in the same run, so its figures mean the same on a slow or a fast machine.
 * Run directly by Node 24 (type stripping): only erasable TypeScript syntax here.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, '.tools', 'bin');
/** Node 24 from the bootstrap, as the runner uses; the current node when it is missing. */
export const NODE = existsSync(join(BIN, 'node')) ? join(BIN, 'node') : process.execPath;
/** PATH with .tools/bin first (the project contract for tool binaries). */
export const TOOL_PATH = `${BIN}${delimiter}${process.env['PATH'] ?? ''}`;

/** `--name value` from the command line, or def when absent. */
export function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : def;
}

/** A positive integer `--name N`; exits with a clear message on anything else. */
export function intArg(name: string, def: number): number {
  const raw = arg(name, String(def));
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a positive integer, got "${raw}"`);
    process.exit(2);
  }
  return n;
}

/** `--only a,b` as a set (all of def when absent). */
export function onlyArg(def: string): Set<string> {
  return new Set(arg('only', def).split(','));
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export interface Timed {
  ms: number;
  status: number | null;
  /** stdout followed by stderr. */
  out: string;
}

/** Wall time of one process run in ms, with its exit status and output (does not throw). */
export function timed(cmd: string, args: string[], opts: SpawnSyncOptions = {}): Timed {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    ...opts,
    encoding: 'utf8'
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, status: r.status, out: String(r.stdout ?? '') + String(r.stderr ?? '') };
}

/** Wall time of one process run in ms; throws when it does not exit with expectStatus. */
export function time(cmd: string, args: string[], opts: SpawnSyncOptions = {}, expectStatus = 0): number {
  const r = timed(cmd, args, opts);
  if (r.status !== expectStatus) {
    throw new Error(
      `${cmd} ${args.join(' ')} exited ${r.status} (expected ${expectStatus}): ${r.out.slice(-2000)}`
    );
  }
  return r.ms;
}

/**
 * Runs every candidate `warmup` times (page cache, compile cache), then `runs` rounds in which each
 * candidate runs once; the order rotates per round, so neither drift in machine load nor going
 * first favours one side. Returns the median ms per candidate.
 */
export function measure(
  runs: number,
  cands: Record<string, () => number>,
  warmup = 1
): Record<string, number> {
  const names = Object.keys(cands);
  const samples = new Map<string, number[]>(names.map(k => [k, []]));
  for (let w = 0; w < warmup; w++) for (const f of Object.values(cands)) f();
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < names.length; j++) {
      const k = names[(i + j) % names.length] as string;
      samples.get(k)?.push((cands[k] as () => number)());
    }
  }
  return Object.fromEntries(names.map(k => [k, median(samples.get(k) ?? [])]));
}

/** `12.3 ms` or `1.23 s`. */
export function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

/** `12.3 KiB` / `1.2 MiB`. */
export function fmtBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}

/**
 * One PASS/FAIL line for a ratio against its target; `atMost` false means the ratio must be at
 * least the target (a speed-up). Returns the line, also printed.
 */
export function report(name: string, ratio: number, target: number, detail = '', atMost = true): string {
  const ok = atMost ? ratio <= target : ratio >= target;
  const line = `${ok ? 'PASS' : 'FAIL'}  ${name.padEnd(56)} ${ratio.toFixed(3)}×  (target ${atMost ? '≤' : '≥'} ${target}×${detail ? `; ${detail}` : ''})`;
  console.log(line);
  return line;
}

/**
 * The local stack's settings (scripts/stack/start.sh writes `.tools/stack/stack.env`), or undefined
 * when the stack is not up.
 */
export function loadStackEnv(): { file: string; env: Record<string, string> | undefined } {
  const file = join(process.env['FT_STACK_DIR'] ?? join(ROOT, '.tools', 'stack'), 'stack.env');
  if (!existsSync(file)) return { file, env: undefined };
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) env[m[1] as string] = (m[2] as string).replace(/^(['"])(.*)\1$/, '$2');
  }
  return { file, env };
}
