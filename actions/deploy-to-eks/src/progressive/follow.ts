/**
 * What following a progressive-delivery engine's objects has in common, whichever engine (Argo
 * Rollouts, Flagger): the result shape, the poll settings, listing the release's objects with a
 * missing permission as a warning (not a failed deploy), a progress line only when it changed,
 * and an object's recent events for the diagnostics.
 */
import { describeError } from '../../../../src/lib/errors';
import { KubeApiError, type KubeClient } from '../../../../src/lib/kube';
import { helmReleaseOf } from '../../../../src/lib/kubeObject';
import { untrustedText } from '../../../../src/lib/untrusted';
import type { Inputs } from '../inputs';
import { eventLine } from '../rolloutWatcher';

export interface RolloutFollowDeps {
  pollMs: number;
  /** Upper bound of the follow; defaults to the deploy's timeout. */
  timeoutSeconds?: number;
}

export interface FollowDeps {
  kube: KubeClient;
  log: { info(m: string): void; warning(m: string): void };
  now: () => Date;
  progressIntervalMs?: number;
  rollouts?: Partial<RolloutFollowDeps>;
}

export interface FollowResult {
  found: boolean;
  ok: boolean;
  lines: string[];
  error?: string;
  /** ms from the first poll that saw a Rollout fail to the report (benchmarks). */
  failedAt?: number;
}

export type FollowInputs = Pick<Inputs, 'namespace' | 'releaseName' | 'timeoutSeconds' | 'gates'>;

export const NOT_FOUND: FollowResult = { found: false, ok: true, lines: [] };

export const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * The release's objects of a custom resource (by Helm's ownership annotation), mapped; undefined
 * when the cluster does not serve that resource (its CRD is not installed).
 */
export async function listReleaseObjects<T>(
  kube: KubeClient,
  path: string,
  release: string,
  map: (o: Record<string, unknown>) => T
): Promise<T[] | undefined> {
  try {
    const items = await kube.list<Record<string, unknown>>(path);
    return items.filter(o => helmReleaseOf(o) === release).map(map);
  } catch (err) {
    if (err instanceof KubeApiError && err.status === 404) return undefined;
    throw err;
  }
}

/** The poll interval and the deadline of a follow that starts now. */
export function pollSettings(i: FollowInputs, d: FollowDeps): { pollMs: number; deadline: number } {
  return {
    pollMs: d.rollouts?.pollMs ?? d.progressIntervalMs ?? 3000,
    deadline: d.now().getTime() + (d.rollouts?.timeoutSeconds ?? i.timeoutSeconds) * 1000
  };
}

/**
 * The first list of the release's objects; [] when there are none, the API is not served, or the
 * deploy role may not list them (a namespace-scoped role: said as a warning naming the grant).
 */
export async function firstList<T>(
  list: () => Promise<T[] | undefined>,
  d: FollowDeps,
  i: FollowInputs,
  what: string,
  resource: string
): Promise<T[]> {
  try {
    return (await list()) ?? [];
  } catch (err) {
    // Only a missing permission is worth going on without; any other 403 keeps its own message.
    if (!(err instanceof KubeApiError && err.refusal)) throw err;
    d.log.warning(
      `Cannot list ${what} in ${i.namespace} (HTTP 403); grant get/list on ${resource} to have them followed: ${err.message}`
    );
    return [];
  }
}

/** Prints each object's progress line when it differs from the one printed last. */
export class ProgressLines {
  private readonly printed = new Map<string, string>();
  constructor(private readonly log: { info(m: string): void }) {}

  show(name: string, line: string): void {
    if (this.printed.get(name) === line) return;
    // The controller's status text can carry pod, event and webhook text.
    this.log.info(untrustedText(line));
    this.printed.set(name, line);
  }
}

/** `<Kind> <name> events (N):` and the last ten events of that object, oldest first. */
export async function objectEvents(
  kube: KubeClient,
  namespace: string,
  kind: string,
  name: string
): Promise<string[]> {
  try {
    const events = (
      await kube.list<Record<string, unknown>>(`/api/v1/namespaces/${encodeURIComponent(namespace)}/events`, {
        fieldSelector: `involvedObject.kind=${kind},involvedObject.name=${name}`
      })
    )
      .map(eventLine)
      .sort((a, b) => a.time.localeCompare(b.time))
      .slice(-10);
    return [
      `${kind} ${name} events (${events.length}):`,
      ...events.map(e => `  ${e.time} ${e.reason}${e.count > 1 ? ` x${e.count}` : ''}: ${e.message}`)
    ];
  } catch (err) {
    return [`  (events unavailable: ${describeError(err)})`];
  }
}

/** `<Kind> <name> conditions:` and one line per condition. */
export function conditionLines(
  kind: string,
  name: string,
  conditions: { type: string; status: string; reason: string; message: string }[]
): string[] {
  const lines = [`${kind} ${name} conditions:`];
  for (const c of conditions)
    lines.push(`  ${c.type}=${c.status} ${c.reason}${c.message ? `: ${c.message}` : ''}`);
  if (!conditions.length) lines.push('  (none)');
  return lines;
}
