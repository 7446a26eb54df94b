/**
 * Shared by this action's tests: the real helm from the tool contract (.tools/bin first on
 * PATH), a runtime that records what the action reports, and the chart fixtures.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { findOnPath, helmVersionOf, makeHelm, type Helm } from '../../src/lib/helm';
import type { AnnotationProperties } from '../../src/lib/runtime';
import type { ActionRun } from '../helpers/runAction';
import { repoRoot, toolsBin } from '../helpers/stack';

export { repoRoot };
export const fixturesDir = join(repoRoot, 'test', 'fixtures', 'charts');
export const frontdoorChart = join(repoRoot, 'charts', 'frontdoor');

/** PATH with the contract's tool dir first, as CI runs it. */
export function toolEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${toolsBin}${delimiter}${process.env.PATH ?? ''}`, ...extra };
}

let cached: Helm | undefined;
/** The real helm CLI; throws with a bootstrap hint when it is missing. */
export async function realHelm(): Promise<Helm> {
  if (cached) return cached;
  const env = toolEnv();
  const p = findOnPath('helm', env);
  if (!p) throw new Error('helm is not installed: run scripts/bootstrap.sh (it builds .tools/bin/helm)');
  const v = await helmVersionOf(p, env);
  if (!v) throw new Error(`${p} does not run`);
  cached = makeHelm(p, v, env);
  return cached;
}

export function tempDir(prefix = 'pvhc-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface Recorded {
  level: 'error' | 'warning' | 'notice' | 'info' | 'debug';
  message: string;
  props?: AnnotationProperties;
}

/** A runtime that keeps everything the action reports, for assertions. */
export class RecordingRuntime {
  readonly lines: Recorded[] = [];
  readonly outputs: Record<string, string> = {};
  summary = '';
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  warning(message: string, props?: AnnotationProperties): void {
    this.lines.push({ level: 'warning', message, props });
  }
  error(message: string, props?: AnnotationProperties): void {
    this.lines.push({ level: 'error', message, props });
  }
  notice(message: string, props?: AnnotationProperties): void {
    this.lines.push({ level: 'notice', message, props });
  }
  readonly secrets: string[] = [];
  setSecret(value: string): void {
    this.secrets.push(value);
  }
  setOutput(name: string, value: string | number | boolean): void {
    this.outputs[name] = String(value);
  }
  appendSummary(markdown: string): void {
    this.summary += markdown;
  }
}

export interface Annotation {
  level: string;
  props: Record<string, string>;
  message: string;
}

/** `::error title=...,file=...,line=1::message` lines of the action's stdout. */
export function annotations(run: ActionRun): Annotation[] {
  const unescape = (s: string) =>
    s
      .replace(/%2C/g, ',')
      .replace(/%3A/g, ':')
      .replace(/%0A/g, '\n')
      .replace(/%0D/g, '\r')
      .replace(/%25/g, '%');
  const out: Annotation[] = [];
  for (const line of run.stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean))
      props[kv.slice(0, kv.indexOf('='))] = unescape(kv.slice(kv.indexOf('=') + 1));
    out.push({ level: m[1] as string, props, message: unescape(m[3] as string) });
  }
  return out;
}
