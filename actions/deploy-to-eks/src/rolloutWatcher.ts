/**
 * What the release's workloads are doing, read from the Kubernetes API while helm waits: a
 * progress line every few seconds (`deployment/web 2/3 ready`), and on failure the pods' phases
 * and container states, the namespace's recent Warning events and the last log lines of failing
 * containers. Helm's rollback-on-failure replaces the failing pods right after the timeout, so the
 * watcher keeps the last snapshot of unhealthy pods taken while they still existed.
 *
 * Resources belong to the release by Helm's ownership annotation (meta.helm.sh/release-name),
 * which Helm 3.2+ and 4 set on everything they apply.
 */
import type { KubeClient } from '../../../src/lib/kube';
import { helmReleaseOf, labelsOf, selectorMatches } from '../../../src/lib/kubeObject';

type Obj = Record<string, unknown>;

export interface WorkloadStatus {
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet';
  name: string;
  desired: number;
  ready: number;
  updated: number;
  /** The controller has seen the latest spec (observedGeneration). */
  observed: boolean;
  matchLabels: Record<string, string>;
}

export interface ContainerState {
  name: string;
  ready: boolean;
  restarts: number;
  /** waiting/terminated reason (ImagePullBackOff, CrashLoopBackOff, Error...), '' when running. */
  reason: string;
  message: string;
  exitCode?: number;
}

export interface PodState {
  name: string;
  phase: string;
  ready: boolean;
  /** Unschedulable and other false conditions, as "Reason: message". */
  conditions: string[];
  containers: ContainerState[];
}

export interface WarningEvent {
  object: string;
  reason: string;
  message: string;
  count: number;
  time: string;
}

export interface Diagnostics {
  pods: PodState[];
  events: WarningEvent[];
  logs: { pod: string; container: string; lines: string[]; error?: string }[];
}

const WORKLOAD_PATHS: [WorkloadStatus['kind'], string][] = [
  ['Deployment', 'deployments'],
  ['StatefulSet', 'statefulsets'],
  ['DaemonSet', 'daemonsets']
];

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

function belongs(o: Obj, release: string): boolean {
  return helmReleaseOf(o) === release;
}

export function workloadStatus(kind: WorkloadStatus['kind'], o: Obj): WorkloadStatus {
  const meta = (o['metadata'] ?? {}) as Obj;
  const spec = (o['spec'] ?? {}) as Obj;
  const st = (o['status'] ?? {}) as Obj;
  const matchLabels = (((spec['selector'] ?? {}) as Obj)['matchLabels'] ?? {}) as Record<string, string>;
  const observed = num(st['observedGeneration']) >= num(meta['generation']);
  if (kind === 'DaemonSet') {
    return {
      kind,
      name: String(meta['name']),
      desired: num(st['desiredNumberScheduled']),
      ready: num(st['numberReady']),
      updated: num(st['updatedNumberScheduled']),
      observed,
      matchLabels
    };
  }
  return {
    kind,
    name: String(meta['name']),
    desired: spec['replicas'] === undefined ? 1 : num(spec['replicas']),
    ready: num(st['readyReplicas']),
    updated: num(st['updatedReplicas']),
    observed,
    matchLabels
  };
}

/** `deployment/web 2/3 ready (3 updated)` for each workload, joined. */
export function formatProgress(ws: WorkloadStatus[]): string {
  if (!ws.length) return 'no workloads yet';
  return ws
    .map(w => {
      const updated = w.updated !== w.desired ? `, ${w.updated}/${w.desired} updated` : '';
      return `${w.kind.toLowerCase()}/${w.name} ${w.ready}/${w.desired} ready${updated}`;
    })
    .join('; ');
}

export function workloadsReady(ws: WorkloadStatus[]): boolean {
  return ws.every(w => w.observed && w.ready >= w.desired && w.updated >= w.desired);
}

export function podState(p: Obj): PodState {
  const meta = (p['metadata'] ?? {}) as Obj;
  const st = (p['status'] ?? {}) as Obj;
  const conds = (Array.isArray(st['conditions']) ? st['conditions'] : []) as Obj[];
  const statuses = [
    ...((Array.isArray(st['initContainerStatuses']) ? st['initContainerStatuses'] : []) as Obj[]),
    ...((Array.isArray(st['containerStatuses']) ? st['containerStatuses'] : []) as Obj[])
  ];
  const containers: ContainerState[] = statuses.map(c => {
    const state = (c['state'] ?? {}) as Obj;
    const last = (c['lastState'] ?? {}) as Obj;
    const waiting = state['waiting'] as Obj | undefined;
    const terminated = (state['terminated'] ?? last['terminated']) as Obj | undefined;
    const reason = String(waiting?.['reason'] ?? (state['terminated'] ? (terminated?.['reason'] ?? '') : ''));
    return {
      name: String(c['name']),
      ready: c['ready'] === true,
      restarts: num(c['restartCount']),
      reason,
      message: String(waiting?.['message'] ?? (state['terminated'] ? (terminated?.['message'] ?? '') : '')),
      exitCode:
        terminated && typeof terminated['exitCode'] === 'number'
          ? (terminated['exitCode'] as number)
          : undefined
    };
  });
  const conditions = conds
    .filter(c => c['status'] === 'False' && (c['type'] === 'PodScheduled' || c['reason']))
    .map(
      c =>
        `${String(c['type'])}=False${c['reason'] ? ` ${String(c['reason'])}` : ''}${c['message'] ? `: ${String(c['message'])}` : ''}`
    );
  const ready = conds.some(c => c['type'] === 'Ready' && c['status'] === 'True');
  return {
    name: String(meta['name']),
    phase: String(st['phase'] ?? 'Unknown'),
    ready,
    conditions,
    containers
  };
}

/** One line per pod: `web-abc Running, not ready: app CrashLoopBackOff (exit 1, 4 restarts)`. */
export function describePod(p: PodState): string {
  const parts = p.containers
    .filter(c => !c.ready || c.reason)
    .map(c => {
      const extra = [
        c.exitCode !== undefined ? `exit ${c.exitCode}` : '',
        c.restarts ? `${c.restarts} restarts` : ''
      ]
        .filter(Boolean)
        .join(', ');
      return `${c.name} ${c.reason || 'not ready'}${extra ? ` (${extra})` : ''}${c.message ? `: ${c.message}` : ''}`;
    });
  const conds = p.conditions.length ? ` [${p.conditions.join('; ')}]` : '';
  return `${p.name} ${p.phase}${p.ready ? ', ready' : ', not ready'}${parts.length ? ': ' + parts.join('; ') : ''}${conds}`;
}

/** An empty selector matches nothing here: a workload without one owns no pods we could wait for. */
export function matchesLabels(labels: Record<string, string>, sel: Record<string, string>): boolean {
  return Object.keys(sel).length > 0 && selectorMatches(sel, labels, true);
}

export function eventLine(e: Obj): WarningEvent {
  const inv = (e['involvedObject'] ?? e['regarding'] ?? {}) as Obj;
  const time = String(
    e['lastTimestamp'] ?? e['eventTime'] ?? (e['metadata'] as Obj | undefined)?.['creationTimestamp'] ?? ''
  );
  return {
    object: `${String(inv['kind'] ?? '').toLowerCase()}/${String(inv['name'] ?? '')}`,
    reason: String(e['reason'] ?? ''),
    message: String(e['message'] ?? e['note'] ?? '').trim(),
    count: num(e['count']) || 1,
    time
  };
}

/** The text a person reads first: pods, then events, then logs. */
export function formatDiagnostics(d: Diagnostics): string[] {
  const lines: string[] = [];
  const bad = d.pods.filter(p => !p.ready);
  lines.push(`Pods (${d.pods.length}, ${bad.length} not ready):`);
  for (const p of d.pods) lines.push(`  ${describePod(p)}`);
  if (!d.pods.length) lines.push('  (none found)');
  lines.push(`Recent Warning events (${d.events.length}):`);
  for (const e of d.events)
    lines.push(`  ${e.time} ${e.object} ${e.reason}${e.count > 1 ? ` x${e.count}` : ''}: ${e.message}`);
  if (!d.events.length) lines.push('  (none)');
  for (const l of d.logs) {
    lines.push(`Last log lines of ${l.pod}/${l.container}:`);
    if (l.error) lines.push(`  (logs unavailable: ${l.error})`);
    else for (const x of l.lines) lines.push(`  ${x}`);
  }
  return lines;
}

export class RolloutWatcher {
  /** The last non-empty set of unhealthy pods seen, kept for the diagnostics. */
  lastUnhealthy: PodState[] = [];
  lastWorkloads: WorkloadStatus[] = [];
  /** Last log lines of failing containers, fetched while the pods still exist. */
  private readonly logCache = new Map<string, Diagnostics['logs'][number] & { at: number }>();

  constructor(
    private readonly kube: KubeClient,
    readonly namespace: string,
    readonly release: string
  ) {}

  private ns(): string {
    return encodeURIComponent(this.namespace);
  }

  async workloads(): Promise<WorkloadStatus[]> {
    const out: WorkloadStatus[] = [];
    const lists = await Promise.all(
      WORKLOAD_PATHS.map(([, p]) =>
        this.kube.list<Obj>(`/apis/apps/v1/namespaces/${this.ns()}/${p}`).catch(() => [] as Obj[])
      )
    );
    lists.forEach((items, i) => {
      const kind = (WORKLOAD_PATHS[i] as [WorkloadStatus['kind'], string])[0];
      for (const o of items) if (belongs(o, this.release)) out.push(workloadStatus(kind, o));
    });
    this.lastWorkloads = out;
    return out;
  }

  async pods(ws: WorkloadStatus[]): Promise<PodState[]> {
    const items = await this.kube.list<Obj>(`/api/v1/namespaces/${this.ns()}/pods`);
    return items
      .filter(p => {
        const labels = labelsOf(p);
        return ws.some(w => matchesLabels(labels, w.matchLabels));
      })
      .map(podState);
  }

  /** One progress poll: the line to print, and a snapshot of unhealthy pods. */
  async poll(): Promise<string> {
    const ws = await this.workloads();
    if (!workloadsReady(ws)) {
      const bad = (await this.pods(ws)).filter(p => !p.ready);
      if (bad.length) this.lastUnhealthy = bad;
      await this.cacheFailingLogs(bad);
    }
    return formatProgress(ws);
  }

  /** Crashed containers' logs, at most every 15 s per container and for a few containers. */
  private async cacheFailingLogs(bad: PodState[]): Promise<void> {
    const now = Date.now();
    const crashed = bad
      .flatMap(p =>
        p.containers.filter(c => c.restarts > 0 || c.exitCode !== undefined).map(c => ({ pod: p.name, c }))
      )
      .slice(0, 3);
    for (const { pod, c } of crashed) {
      const key = `${pod}/${c.name}`;
      const prev = this.logCache.get(key);
      if (prev && now - prev.at < 15_000) continue;
      const entry = await this.fetchLogs(pod, c, 20);
      if (!entry.error || !prev) this.logCache.set(key, { ...entry, at: now });
    }
  }

  private async fetchLogs(
    pod: string,
    c: ContainerState,
    lines: number
  ): Promise<Diagnostics['logs'][number]> {
    const q = new URLSearchParams({ container: c.name, tailLines: String(lines) });
    // A restarting container's useful output is in its previous instance.
    if (c.restarts > 0) q.set('previous', 'true');
    try {
      const text = await this.kube.get<string>(
        `/api/v1/namespaces/${this.ns()}/pods/${encodeURIComponent(pod)}/log?${q}`,
        {
          text: true,
          timeoutMs: 10_000
        }
      );
      return { pod, container: c.name, lines: text.split('\n').filter(Boolean).slice(-lines) };
    } catch (err) {
      return { pod, container: c.name, lines: [], error: (err as Error).message.split('\n')[0] };
    }
  }

  /** Polls every `intervalMs` until stopped; errors are reported, never thrown. */
  start(intervalMs: number, onLine: (line: string) => void, elapsed: () => number): () => void {
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const tick = async () => {
      if (stopped) return;
      try {
        const line = await this.poll();
        if (!stopped) onLine(`[${Math.round(elapsed() / 1000)}s] ${line}`);
      } catch (err) {
        if (!stopped)
          onLine(`[${Math.round(elapsed() / 1000)}s] (progress unavailable: ${(err as Error).message})`);
      }
      if (!stopped) timer = setTimeout(() => void tick(), intervalMs);
    };
    timer = setTimeout(() => void tick(), intervalMs);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }

  /** Pods (current, else the last unhealthy snapshot), Warning events since `since`, failing logs. */
  async diagnostics(since: Date, maxEvents = 15, logLines = 20): Promise<Diagnostics> {
    let pods: PodState[] = [];
    try {
      pods = await this.pods(await this.workloads());
    } catch {
      /* the API may be unreachable now; the snapshot below still tells the story */
    }
    const names = new Set(pods.map(p => p.name));
    // Pods of the failed revision are gone after a rollback: keep what the watcher saw.
    for (const p of this.lastUnhealthy)
      if (!names.has(p.name)) pods.push({ ...p, name: `${p.name} (before rollback)` });
    let events: WarningEvent[] = [];
    try {
      const raw = await this.kube.list<Obj>(`/api/v1/namespaces/${this.ns()}/events`, {
        fieldSelector: 'type=Warning'
      });
      events = raw
        .map(eventLine)
        .filter(e => !e.time || Date.parse(e.time) >= since.getTime() - 60_000)
        .sort((a, b) => a.time.localeCompare(b.time))
        .slice(-maxEvents);
    } catch (err) {
      events = [{ object: '-', reason: 'Unavailable', message: (err as Error).message, count: 1, time: '' }];
    }
    const logs: Diagnostics['logs'] = [];
    for (const p of pods.filter(x => !x.ready).slice(0, 3)) {
      const podName = p.name.replace(/ \(before rollback\)$/, '');
      for (const c of p.containers.filter(x => !x.ready).slice(0, 2)) {
        const fresh = await this.fetchLogs(podName, c, logLines);
        // A pod deleted by the rollback has no logs any more: use what the watcher fetched.
        const cached = this.logCache.get(`${podName}/${c.name}`);
        logs.push(fresh.error && cached && !cached.error ? cached : fresh);
      }
    }
    return { pods, events, logs };
  }
}
