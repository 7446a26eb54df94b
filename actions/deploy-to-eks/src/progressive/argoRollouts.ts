/**
 * Progressive delivery judged by the engine that runs it: the release's Argo Rollouts `Rollout`
 * objects are followed through the API (one list per interval, whatever the replica count) until
 * each is Healthy, with a progress line whenever one changes (step N of M, canary weight, ready
 * replicas). Degraded or aborted is a failed rollout; a step paused without a duration is waited
 * on, promoted, or failed by `rollout-pause`. Promotion patches the Rollout as
 * `kubectl argo rollouts promote` does (argo-rollouts pkg/kubectl-argo-rollouts/cmd/promote):
 * `spec.paused=false` when the spec is paused, `status.pauseConditions=null` through the status
 * subresource when the controller paused it.
 *
 * Phases are the controller's own (`status.phase`, computed controller-side since v1.0), read
 * only once `status.observedGeneration` has caught up with the spec, as the plugin's
 * GetRolloutPhase does. Hand-written: no JavaScript client for Argo Rollouts exists.
 */
import { describeError } from '../../../../src/lib/errors';
import { KubeApiError, type KubeClient } from '../../../../src/lib/kube';
import { describePod, podState, type PodState } from '../rolloutWatcher';
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

export type { FollowResult, RolloutFollowDeps } from './follow';

type Obj = Record<string, unknown>;

export interface RolloutState {
  name: string;
  phase: string;
  message: string;
  observed: boolean;
  aborted: boolean;
  step?: number;
  steps: number;
  /** Weight of the last setWeight step reached (replica-based canary), or the traffic weight. */
  weight?: number;
  ready: number;
  desired: number;
  updated: number;
  /** The current step is a pause without a duration and the controller paused there. */
  indefinitePause: boolean;
  specPaused: boolean;
  pauseConditions: number;
  currentPodHash: string;
  stableRS: string;
  conditions: { type: string; status: string; reason: string; message: string }[];
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

export function rolloutState(o: Obj): RolloutState {
  const meta = (o['metadata'] ?? {}) as Obj;
  const spec = (o['spec'] ?? {}) as Obj;
  const st = (o['status'] ?? {}) as Obj;
  const strategy = (spec['strategy'] ?? {}) as Obj;
  const steps = (((strategy['canary'] ?? {}) as Obj)['steps'] ?? []) as Obj[];
  const stepIndex =
    typeof st['currentStepIndex'] === 'number' ? (st['currentStepIndex'] as number) : undefined;
  let weight: number | undefined;
  const traffic = ((((st['canary'] ?? {}) as Obj)['weights'] ?? {}) as Obj)['canary'] as Obj | undefined;
  if (traffic && typeof traffic['weight'] === 'number') weight = traffic['weight'] as number;
  else if (stepIndex !== undefined && steps.length) {
    weight = 0;
    for (const s of steps.slice(0, Math.min(stepIndex + 1, steps.length)))
      if (typeof s['setWeight'] === 'number') weight = s['setWeight'] as number;
    if (stepIndex >= steps.length) weight = 100;
  }
  const current = stepIndex !== undefined ? steps[stepIndex] : undefined;
  const pauseConditions = Array.isArray(st['pauseConditions']) ? (st['pauseConditions'] as Obj[]) : [];
  const pause = current?.['pause'] as Obj | undefined;
  const observedRaw = String(st['observedGeneration'] ?? '');
  const observed = !/^\d+$/.test(observedRaw) || Number(observedRaw) >= num(meta['generation']);
  const conds = (Array.isArray(st['conditions']) ? st['conditions'] : []) as Obj[];
  return {
    name: String(meta['name']),
    phase: String(st['phase'] ?? ''),
    message: String(st['message'] ?? ''),
    observed,
    aborted: st['abort'] === true,
    step: stepIndex,
    steps: steps.length,
    weight,
    ready: num(st['readyReplicas']),
    desired: spec['replicas'] === undefined ? 1 : num(spec['replicas']),
    updated: num(st['updatedReplicas']),
    indefinitePause:
      pause !== undefined &&
      pause['duration'] === undefined &&
      pauseConditions.some(c => c['reason'] === 'CanaryPauseStep'),
    specPaused: spec['paused'] === true,
    pauseConditions: pauseConditions.length,
    currentPodHash: String(st['currentPodHash'] ?? ''),
    stableRS: String(st['stableRS'] ?? ''),
    conditions: conds.map(c => ({
      type: String(c['type'] ?? ''),
      status: String(c['status'] ?? ''),
      reason: String(c['reason'] ?? ''),
      message: String(c['message'] ?? '')
    }))
  };
}

/** `rollout/web Progressing: step 2/4, canary weight 20%, 3/4 ready (1 updated)`. */
export function formatRollout(r: RolloutState): string {
  const parts = [
    r.steps
      ? `step ${Math.min((r.step ?? 0) + (r.step !== undefined && r.step < r.steps ? 1 : 0), r.steps)}/${r.steps}`
      : '',
    r.weight !== undefined ? `canary weight ${r.weight}%` : '',
    `${r.ready}/${r.desired} ready (${r.updated} updated)`
  ].filter(Boolean);
  const phase = r.observed ? r.phase || 'Progressing' : 'Progressing';
  return `rollout/${r.name} ${phase}${r.aborted ? ' (aborted)' : ''}: ${parts.join(', ')}${r.message ? ` — ${r.message}` : ''}`;
}

export type RolloutVerdict = 'healthy' | 'progressing' | 'failed' | 'paused';

export function judgeRollout(r: RolloutState): RolloutVerdict {
  if (!r.observed) return 'progressing';
  if (r.aborted || r.phase === 'Degraded') return 'failed';
  if (r.phase === 'Healthy') return 'healthy';
  if (r.phase === 'Paused' && r.indefinitePause) return 'paused';
  return 'progressing';
}

const rolloutsPath = (ns: string) =>
  `/apis/argoproj.io/v1alpha1/namespaces/${encodeURIComponent(ns)}/rollouts`;

/** The release's Rollouts, or undefined when the cluster has no Rollout API (CRDs not installed). */
export function listRollouts(
  kube: KubeClient,
  namespace: string,
  release: string
): Promise<RolloutState[] | undefined> {
  return listReleaseObjects(kube, rolloutsPath(namespace), release, rolloutState);
}

/** Promotes a Rollout paused at a step, the way `kubectl argo rollouts promote` does. */
export async function promoteRollout(kube: KubeClient, namespace: string, r: RolloutState): Promise<void> {
  const p = `${rolloutsPath(namespace)}/${encodeURIComponent(r.name)}`;
  if (r.pauseConditions > 0) {
    try {
      await kube.mergePatch(`${p}/status`, { status: { pauseConditions: null } });
    } catch (err) {
      if (!(err instanceof KubeApiError && err.status === 404)) throw err;
      // No status subresource: the plugin's unified patch on the object itself.
      await kube.mergePatch(p, { spec: { paused: false }, status: { pauseConditions: null } });
      return;
    }
  }
  if (r.specPaused) await kube.mergePatch(p, { spec: { paused: false } });
}

/** The canary's pods (the Rollout's current pod template), one list by its hash label. */
async function canaryPods(kube: KubeClient, namespace: string, r: RolloutState): Promise<PodState[]> {
  if (!r.currentPodHash) return [];
  return (
    await kube.list<Obj>(`/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`, {
      labelSelector: `rollouts-pod-template-hash=${r.currentPodHash}`
    })
  ).map(podState);
}

/**
 * Conditions, events and the canary's pods of a failed Rollout. An abort scales the canary down
 * at once, so `seen` (the canary pods of the last poll that still had them) stands in for them.
 */
export async function rolloutDiagnostics(
  kube: KubeClient,
  namespace: string,
  r: RolloutState,
  seen: PodState[] = []
): Promise<string[]> {
  const lines = [
    ...conditionLines('Rollout', r.name, r.conditions),
    ...(await objectEvents(kube, namespace, 'Rollout', r.name))
  ];
  if (r.currentPodHash) {
    try {
      let pods = await canaryPods(kube, namespace, r);
      let note = '';
      if (!pods.length && seen.length) {
        pods = seen;
        note = ', as last seen before the abort scaled them down';
      }
      lines.push(`Canary pods (${pods.length}, template ${r.currentPodHash}${note}):`);
      for (const p of pods) lines.push(`  ${describePod(p)}`);
    } catch (err) {
      lines.push(`  (canary pods unavailable: ${describeError(err)})`);
    }
  }
  return lines;
}

/** Follows every Rollout of the release until Healthy (or failed / timed out). */
export async function followRollouts(i: FollowInputs, d: FollowDeps): Promise<FollowResult> {
  const first = await firstList(
    () => listRollouts(d.kube, i.namespace, i.releaseName),
    d,
    i,
    'Argo Rollouts',
    'rollouts.argoproj.io'
  );
  if (!first.length) return NOT_FOUND;
  const { pollMs, deadline } = pollSettings(i, d);
  const progress = new ProgressLines(d.log);
  const promoted = new Set<string>();
  /** Not-ready canary pods of the last poll, per Rollout, for the diagnostics after an abort. */
  const canarySeen = new Map<string, PodState[]>();
  let states = first;
  d.log.info(
    `Following ${states.length} Argo Rollout(s) until Healthy: ${states.map(r => r.name).join(', ')}.`
  );
  for (;;) {
    for (const r of states) progress.show(r.name, formatRollout(r));
    const verdicts = states.map(r => [r, judgeRollout(r)] as const);
    // While a canary runs: one pod list per Rollout per poll (by its template hash).
    for (const [r, v] of verdicts)
      if (v === 'progressing' && r.currentPodHash && r.currentPodHash !== r.stableRS) {
        const pods = (await canaryPods(d.kube, i.namespace, r).catch(() => [])).filter(p => !p.ready);
        if (pods.length) canarySeen.set(r.name, pods);
      }
    const failed = verdicts.find(([, v]) => v === 'failed');
    if (failed) {
      const r = failed[0];
      const lines = await rolloutDiagnostics(d.kube, i.namespace, r, canarySeen.get(r.name));
      return {
        found: true,
        ok: false,
        lines: [...states.map(formatRollout), ...lines],
        error: `Argo Rollout ${r.name} is ${r.aborted ? 'aborted' : r.phase}${r.message ? `: ${r.message}` : ''}`
      };
    }
    for (const [r, v] of verdicts) {
      if (v !== 'paused') continue;
      const where = `Rollout ${r.name} is paused at step ${(r.step ?? 0) + 1}/${r.steps} (a pause without a duration)`;
      if (i.gates.rolloutPause === 'fail') {
        return {
          found: true,
          ok: false,
          lines: states.map(formatRollout),
          error: `${where} and rollout-pause is fail`
        };
      }
      if (i.gates.rolloutPause === 'promote' && !promoted.has(`${r.name}/${r.step}`)) {
        d.log.info(`${where}: promoting it (rollout-pause: promote).`);
        await promoteRollout(d.kube, i.namespace, r);
        promoted.add(`${r.name}/${r.step}`);
      } else if (i.gates.rolloutPause === 'wait' && !promoted.has(`${r.name}/${r.step}`)) {
        d.log.info(`${where}: waiting for someone to promote it (rollout-pause: wait, up to the timeout).`);
        promoted.add(`${r.name}/${r.step}`);
      }
    }
    if (verdicts.every(([, v]) => v === 'healthy')) {
      d.log.info(`All ${states.length} Rollout(s) Healthy.`);
      return { found: true, ok: true, lines: states.map(formatRollout) };
    }
    if (d.now().getTime() >= deadline) {
      const slow = verdicts.filter(([, v]) => v !== 'healthy').map(([r]) => r);
      const lines = [...states.map(formatRollout)];
      for (const r of slow)
        lines.push(...(await rolloutDiagnostics(d.kube, i.namespace, r, canarySeen.get(r.name))));
      return {
        found: true,
        ok: false,
        lines,
        error: `Argo Rollout(s) ${slow.map(r => r.name).join(', ')} not Healthy within ${i.timeoutSeconds}s`
      };
    }
    await sleep(pollMs);
    states = (await listRollouts(d.kube, i.namespace, i.releaseName)) ?? [];
  }
}
