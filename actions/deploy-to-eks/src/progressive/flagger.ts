/**
 * Progressive delivery judged by Flagger: the release's `flagger.app/v1beta1` `Canary` objects are
 * followed through the API (one list per interval, whatever the replica count) until Flagger has
 * analysed the revision this run deployed: `Succeeded` (or `Initialized` for a Canary's first
 * version, which Flagger promotes without analysis) passes, `Failed` fails the gate. A progress
 * line is printed whenever one changes (phase, canary weight, iteration, failed checks).
 *
 * Flagger notices a new revision on its own schedule (every `analysis.interval`), so right after
 * helm the Canary may still show the verdict of the previous revision. The follower therefore
 * knows which revision it judges: a Canary counts as "on this revision" once Flagger is analysing
 * (an active phase) or its last transition is no older than this revision's deploy time. When the
 * target's pod template did not change between the two release manifests (a Service-only
 * change), Flagger has nothing to analyse, and the follower says so instead of waiting.
 *
 * `Waiting` / `WaitingPromotion` are Flagger's confirm gates (webhooks), paused without a
 * duration: `rollout-pause: fail` fails, `wait` and `promote` wait (Flagger has no API to
 * promote; its gates open through the webhook the Canary names). Hand-written: no JavaScript
 * client for Flagger exists; phases and fields are those of Flagger's CanaryStatus.
 */
import type { KubeClient } from '../../../../src/lib/kube';
import { isRecord, str, strMap } from '../../../../src/lib/kubeObject';
import { parseManifest } from '../../../../src/lib/manifest';
import { describePod, labelSelector, podState, type PodState } from '../rolloutWatcher';
import {
  conditionLines,
  firstList,
  listReleaseObjects,
  NOT_FOUND,
  objectEvents,
  pollSettings,
  ProgressLines,
  sleep,
  type FollowDeps,
  type FollowInputs,
  type FollowResult
} from './follow';

type Obj = Record<string, unknown>;

/** Phases in which Flagger is working on a revision (its scheduler's "should advance" set). */
export const ACTIVE_PHASES = [
  'Initializing',
  'Progressing',
  'Waiting',
  'WaitingPromotion',
  'Promoting',
  'Finalising'
];

export interface CanaryState {
  name: string;
  phase: string;
  /** The Promoted condition's message: Flagger's own sentence for the phase. */
  message: string;
  weight: number;
  iterations: number;
  failedChecks: number;
  /** analysis.threshold (failed checks before rollback), default 1 as in Flagger's GetAnalysisThreshold. */
  threshold: number;
  /** analysis.iterations (blue/green) or 0 for a weight-based canary. */
  maxIterations: number;
  /** analysis.interval in ms (Flagger's default 1m). */
  intervalMs: number;
  lastTransition?: number;
  lastAppliedSpec: string;
  target: { kind: string; name: string };
  conditions: { type: string; status: string; reason: string; message: string }[];
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** `15s`, `1m`, `1m30s`, `500ms` (Go durations as Flagger's CRD takes them) in ms. */
export function goDurationMs(s: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
  if (!/^(\d+(?:\.\d+)?(ms|s|m|h))+$/.test(s)) return undefined;
  const unit: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  for (const m of s.matchAll(re)) total += Number(m[1]) * (unit[m[2] as string] as number);
  return total;
}

export function canaryState(o: Obj): CanaryState {
  const meta = (o['metadata'] ?? {}) as Obj;
  const spec = (o['spec'] ?? {}) as Obj;
  const st = (o['status'] ?? {}) as Obj;
  const analysis = (spec['analysis'] ?? spec['canaryAnalysis'] ?? {}) as Obj;
  const ref = (spec['targetRef'] ?? {}) as Obj;
  const conds = (Array.isArray(st['conditions']) ? st['conditions'] : []) as Obj[];
  const promoted = conds.find(c => c['type'] === 'Promoted');
  const t = Date.parse(str(st['lastTransitionTime']));
  return {
    name: str(meta['name']),
    phase: str(st['phase']),
    message: str(promoted?.['message']),
    weight: num(st['canaryWeight']),
    iterations: num(st['iterations']),
    failedChecks: num(st['failedChecks']),
    threshold: num(analysis['threshold']) || 1,
    maxIterations: num(analysis['iterations']),
    intervalMs: goDurationMs(str(analysis['interval'])) ?? 60_000,
    lastTransition: Number.isNaN(t) ? undefined : t,
    lastAppliedSpec: str(st['lastAppliedSpec']),
    target: { kind: str(ref['kind']) || 'Deployment', name: str(ref['name']) },
    conditions: conds.map(c => ({
      type: str(c['type']),
      status: str(c['status']),
      reason: str(c['reason']),
      message: str(c['message'])
    }))
  };
}

/** `canary/web Progressing: iteration 2/5, canary weight 0%, 0/5 failed checks — message`. */
export function formatCanary(c: CanaryState): string {
  const parts = [
    c.maxIterations ? `iteration ${Math.min(c.iterations, c.maxIterations)}/${c.maxIterations}` : '',
    `canary weight ${c.weight}%`,
    `${c.failedChecks}/${c.threshold} failed checks`
  ].filter(Boolean);
  return `canary/${c.name} ${c.phase || 'not initialised yet'}: ${parts.join(', ')}${c.message ? ` — ${c.message}` : ''}`;
}

export type CanaryVerdict = 'passed' | 'failed' | 'progressing' | 'paused' | 'stale';

/**
 * The verdict on the revision deployed at `deployedAt` (ms, the runner's clock; Flagger's
 * timestamps have whole seconds, hence the floor). `stale`: the Canary still shows an earlier
 * revision's verdict — Flagger has not noticed this one yet.
 */
export function judgeCanary(c: CanaryState, deployedAt: number): CanaryVerdict {
  if (c.phase === 'Waiting' || c.phase === 'WaitingPromotion') return 'paused';
  if (ACTIVE_PHASES.includes(c.phase) || c.phase === '') return 'progressing';
  const fresh = c.lastTransition !== undefined && c.lastTransition >= Math.floor(deployedAt / 1000) * 1000;
  if (!fresh) return 'stale';
  if (c.phase === 'Succeeded' || c.phase === 'Initialized') return 'passed';
  if (c.phase === 'Failed') return 'failed';
  return 'progressing';
}

const canariesPath = (ns: string) =>
  `/apis/flagger.app/v1beta1/namespaces/${encodeURIComponent(ns)}/canaries`;

/** The release's Canaries, or undefined when the cluster has no Flagger API (CRD not installed). */
export function listCanaries(
  kube: KubeClient,
  namespace: string,
  release: string
): Promise<CanaryState[] | undefined> {
  return listReleaseObjects(kube, canariesPath(namespace), release, canaryState);
}

/**
 * The Canary targets whose pod template this revision changed (or that are new in it), from the
 * two release manifests: Flagger starts an analysis only for those. Without a previous manifest
 * every target counts as changed.
 */
export function changedTargets(manifest: string | undefined, previous: string | undefined): Set<string> {
  const templates = (text: string | undefined) => {
    const m = new Map<string, string>();
    for (const o of parseManifest(text ?? '').objects) {
      const spec = o.doc['spec'];
      if (isRecord(spec) && isRecord(spec['template']))
        m.set(`${o.kind}/${o.name}`, JSON.stringify(spec['template']));
    }
    return m;
  };
  const now = templates(manifest);
  if (previous === undefined) return new Set(now.keys());
  const before = templates(previous);
  return new Set([...now].filter(([k, v]) => before.get(k) !== v).map(([k]) => k));
}

/** The canary's own pods: the target's selector (Flagger gives the primary's pods `-primary` labels). */
async function targetPods(kube: KubeClient, namespace: string, c: CanaryState): Promise<PodState[]> {
  const ns = encodeURIComponent(namespace);
  const kinds: Record<string, string> = { Deployment: 'deployments', DaemonSet: 'daemonsets' };
  const plural = kinds[c.target.kind];
  if (!plural || !c.target.name) return [];
  const t = await kube.get<Obj>(
    `/apis/apps/v1/namespaces/${ns}/${plural}/${encodeURIComponent(c.target.name)}`
  );
  const sel = strMap(((((t['spec'] ?? {}) as Obj)['selector'] ?? {}) as Obj)['matchLabels']);
  if (!Object.keys(sel).length) return [];
  return (await kube.list<Obj>(`/api/v1/namespaces/${ns}/pods`, { labelSelector: labelSelector(sel) })).map(
    podState
  );
}

/** Conditions, events and the canary's pods of a failed Canary (`seen`: as last seen while analysed). */
export async function canaryDiagnostics(
  kube: KubeClient,
  namespace: string,
  c: CanaryState,
  seen: PodState[] = []
): Promise<string[]> {
  const lines = [
    ...conditionLines('Canary', c.name, c.conditions),
    ...(await objectEvents(kube, namespace, 'Canary', c.name))
  ];
  let pods = await targetPods(kube, namespace, c).catch(() => [] as PodState[]);
  let note = '';
  if (!pods.length && seen.length) {
    pods = seen;
    note = ', as last seen before Flagger scaled them down';
  }
  lines.push(`Canary pods of ${c.target.kind.toLowerCase()}/${c.target.name} (${pods.length}${note}):`);
  for (const p of pods) lines.push(`  ${describePod(p)}`);
  return lines;
}

export interface CanaryRun {
  /** When this run's revision was deployed (helm's info.last_deployed), ms. */
  deployedAt: number;
  manifest?: string;
  /** The previous revision's manifest; undefined for a first install. */
  previousManifest?: string;
}

/** Follows every Canary of the release until Flagger has judged this revision (or timeout). */
export async function followCanaries(i: FollowInputs, run: CanaryRun, d: FollowDeps): Promise<FollowResult> {
  let states = await firstList(
    () => listCanaries(d.kube, i.namespace, i.releaseName),
    d,
    i,
    'Flagger Canaries',
    'canaries.flagger.app'
  );
  if (!states.length) return NOT_FOUND;
  const changed = changedTargets(run.manifest, run.previousManifest);
  const unchanged = new Set(
    states.filter(c => !changed.has(`${c.target.kind}/${c.target.name}`)).map(c => c.name)
  );
  const { pollMs, deadline } = pollSettings(i, d);
  const progress = new ProgressLines(d.log);
  const seenPods = new Map<string, PodState[]>();
  const waitedOn = new Set<string>();
  d.log.info(
    `Following ${states.length} Flagger Canary(ies) until this revision is analysed: ${states.map(c => c.name).join(', ')}.`
  );
  for (const name of unchanged)
    d.log.info(
      `canary/${name}: this revision does not change its target's pod template; Flagger has nothing to analyse.`
    );
  for (;;) {
    for (const c of states) progress.show(c.name, formatCanary(c));
    const verdicts = states.map(c => {
      const v = judgeCanary(c, run.deployedAt);
      return [c, unchanged.has(c.name) && v === 'stale' ? 'passed' : v] as const;
    });
    // While Flagger analyses: one pod list per Canary per poll, kept for the diagnostics.
    for (const [c, v] of verdicts)
      if (v === 'progressing' && c.phase === 'Progressing') {
        const pods = (await targetPods(d.kube, i.namespace, c).catch(() => [])).filter(p => !p.ready);
        if (pods.length) seenPods.set(c.name, pods);
      }
    const failed = verdicts.find(([, v]) => v === 'failed');
    if (failed) {
      const c = failed[0];
      return {
        found: true,
        ok: false,
        lines: [
          ...states.map(formatCanary),
          ...(await canaryDiagnostics(d.kube, i.namespace, c, seenPods.get(c.name)))
        ],
        error: `Flagger Canary ${c.name} Failed${c.message ? `: ${c.message}` : ''}`
      };
    }
    for (const [c, v] of verdicts) {
      if (v !== 'paused') continue;
      const where = `Canary ${c.name} is ${c.phase} (a Flagger confirm gate)`;
      if (i.gates.rolloutPause === 'fail')
        return {
          found: true,
          ok: false,
          lines: states.map(formatCanary),
          error: `${where} and rollout-pause is fail`
        };
      if (!waitedOn.has(`${c.name}/${c.phase}`)) {
        d.log.info(
          `${where}: waiting for its webhook to approve (rollout-pause: ${i.gates.rolloutPause}; Flagger has no API to promote), up to the timeout.`
        );
        waitedOn.add(`${c.name}/${c.phase}`);
      }
    }
    if (verdicts.every(([, v]) => v === 'passed')) {
      d.log.info(`All ${states.length} Canary(ies) analysed and promoted.`);
      return { found: true, ok: true, lines: states.map(formatCanary) };
    }
    if (d.now().getTime() >= deadline) {
      const slow = verdicts.filter(([, v]) => v !== 'passed');
      const lines = [...states.map(formatCanary)];
      for (const [c] of slow)
        lines.push(...(await canaryDiagnostics(d.kube, i.namespace, c, seenPods.get(c.name))));
      const stale = slow.filter(([, v]) => v === 'stale').map(([c]) => c.name);
      return {
        found: true,
        ok: false,
        lines,
        error:
          `Flagger Canary(ies) ${slow.map(([c]) => c.name).join(', ')} not promoted within ${i.timeoutSeconds}s` +
          (stale.length
            ? ` (Flagger never started analysing this revision of ${stale.join(', ')}: is its controller running?)`
            : '')
      };
    }
    await sleep(pollMs);
    states = (await listCanaries(d.kube, i.namespace, i.releaseName)) ?? [];
  }
}
