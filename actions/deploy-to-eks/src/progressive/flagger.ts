/**
 * Progressive delivery judged by Flagger: the release's `flagger.app/v1beta1` `Canary` objects are
 * followed through the API (one list per interval, whatever the replica count) until Flagger has
 * analysed the revision this run deployed: `Succeeded` (or `Initialized` for a Canary's first
 * version, which Flagger promotes without analysis) passes, `Failed` fails the gate. A progress
 * line is printed whenever one changes (phase, canary weight, iteration, failed checks).
 *
 * Flagger notices a new revision on its own schedule (every `analysis.interval`), so right after
 * helm the Canary may still show the verdict of the previous revision. The follower therefore
 * knows which revision it judges. Before helm changes the release, the read step takes a snapshot
 * of each Canary: `status.lastAppliedSpec` (Flagger's hash of the pod template it last acted on)
 * with `status.trackedConfigs` (checksums of the ConfigMaps and Secrets the pods use, which Flagger
 * tracks as part of a revision), and the stamp (reason and lastUpdateTime) of its `Promoted`
 * condition. For a target this revision changed, a terminal phase is this revision's verdict only
 * once the hash differs from the snapshot's (or Flagger was seen analysing the new template) AND
 * the Promoted condition was rewritten since the snapshot. Both, because of how Flagger v1.36
 * writes its status (pkg/controller/scheduler.go, pkg/canary/status.go):
 * - every status write stamps `lastTransitionTime` (a Failed Canary is re-stamped on every tick),
 *   so a time says nothing about which revision a phase belongs to;
 * - a Failed Canary's tick writes Failed with the *current* target's hash first (shouldAdvance's
 *   SyncStatus), and only then, after the confirm-rollout webhook answered, Progressing: between
 *   the two writes (milliseconds, or as long as that webhook takes) "Failed on the new hash" is
 *   the old verdict;
 * - the Promoted condition is rewritten only when its status or reason changes
 *   (MakeStatusConditions), and every new revision passes through Progressing or Waiting first,
 *   so a terminal phase reached on the new template always carries a new condition stamp, and
 *   the re-synced old Failed keeps the old one. The stamp is Flagger's own clock: no skew.
 * Without a snapshot (a Canary new in this revision, one Flagger had not acted on yet, or the
 * read was refused) the rule falls back to time: an active phase, or a terminal phase whose
 * Promoted condition (else status) was written no earlier than this revision's deploy time. When
 * neither the target's pod template nor a config Flagger tracks for it changed between the two
 * release manifests (a Service-only change, or a target that is not in this release), Flagger has
 * nothing of this revision to analyse (HasTargetChanged, HaveDependenciesChanged), and the
 * follower says so instead of waiting. A Failed Canary set back to its primary's template is not
 * analysed either (hasSpecChanged's manual-rollback rule): the follower passes it and says why.
 *
 * `Waiting` / `WaitingPromotion` are Flagger's confirm gates, paused without a duration: Flagger
 * asks the Canary's `confirm-rollout` (before a new revision) or `confirm-promotion` (after the
 * analysis) webhook on every tick and goes on only when it answers 2xx. `rollout-pause: fail`
 * fails; `wait` waits up to the timeout; `promote` cannot promote a Flagger Canary (Flagger has no
 * promote API; only that webhook opens the gate), so it waits as `wait` does, and the log and the
 * timeout's error say so by name. Hand-written: no JavaScript client for Flagger exists; phases and
 * fields are those of Flagger's CanaryStatus.
 */
import type { KubeClient } from '../../../../src/lib/kube';
import { isRecord, str, strMap } from '../../../../src/lib/kubeObject';
import { parseManifest } from '../../../../src/lib/manifest';
import { untrustedText } from '../../../../src/lib/untrusted';
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
  /** status.trackedConfigs: `configmap/<name>` or `secret/<name>` → Flagger's checksum of its data. */
  trackedConfigs: Record<string, string>;
  /** trackedConfigs as one sorted string ('' when none). */
  configs: string;
  /** What Flagger last synced as the revision: lastAppliedSpec, plus trackedConfigs when any. */
  applied: string;
  /** status.lastPromotedSpec: the hash of the pod template the primary runs. */
  lastPromotedSpec: string;
  /** The Promoted condition's `reason@lastUpdateTime` ('' without one): rewritten only on a phase change. */
  promotedStamp: string;
  /** When the Promoted condition was last written (ms), else undefined. */
  promotedAt?: number;
  /** analysis.webhooks that gate the Canary (by name; their URLs are never printed). */
  gates: { name: string; type: 'confirm-rollout' | 'confirm-promotion' }[];
  /** spec.skipAnalysis: Flagger promotes a new revision without analysis. */
  skipAnalysis: boolean;
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
  const pt = Date.parse(str(promoted?.['lastUpdateTime']));
  const tracked = strMap(st['trackedConfigs']);
  const configs = Object.keys(tracked).length ? JSON.stringify(Object.entries(tracked).sort()) : '';
  const hooks = (Array.isArray(analysis['webhooks']) ? analysis['webhooks'] : []) as Obj[];
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
    trackedConfigs: tracked,
    configs,
    applied: configs ? `${str(st['lastAppliedSpec'])} ${configs}` : str(st['lastAppliedSpec']),
    lastPromotedSpec: str(st['lastPromotedSpec']),
    promotedStamp: promoted ? `${str(promoted['reason'])}@${str(promoted['lastUpdateTime'])}` : '',
    promotedAt: Number.isNaN(pt) ? undefined : pt,
    gates: hooks
      .map(h => ({ name: str(h['name']), type: str(h['type']) }))
      .filter(
        (h): h is CanaryState['gates'][number] =>
          h.type === 'confirm-rollout' || h.type === 'confirm-promotion'
      ),
    skipAnalysis: spec['skipAnalysis'] === true,
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
    // While WaitingPromotion, Flagger toggles iterations between N-1 and N on every tick it asks.
    c.maxIterations && c.phase !== 'WaitingPromotion'
      ? `iteration ${Math.min(c.iterations, c.maxIterations)}/${c.maxIterations}`
      : '',
    `canary weight ${c.weight}%`,
    `${c.failedChecks}/${c.threshold} failed checks`
  ].filter(Boolean);
  return `canary/${c.name} ${c.phase || 'not initialised yet'}: ${parts.join(', ')}${c.message ? ` — ${c.message}` : ''}`;
}

export type CanaryVerdict = 'passed' | 'failed' | 'progressing' | 'paused' | 'stale';

/** A Canary as read before helm changed the release (canarySpecs). */
export interface CanarySnapshot {
  /** Its CanaryState.applied: lastAppliedSpec and trackedConfigs ('' : Flagger had not acted on it). */
  appliedSpec: string;
  /** Its Promoted condition's stamp (CanaryState.promotedStamp). */
  promotedStamp: string;
  /** Its CanaryState.configs. */
  configs?: string;
}

/** What is known about the Canary from before helm changed its target's pod template. */
export interface CanaryBefore extends Partial<CanarySnapshot> {
  /** Flagger was seen analysing the new template (an active phase other than Initializing) during this follow. */
  analysed?: boolean;
}

/**
 * The verdict on the revision deployed at `deployedAt` (ms, the runner's clock; Flagger's
 * timestamps have whole seconds, hence the floor). `stale`: the Canary still shows an earlier
 * revision's verdict — Flagger has not noticed this one yet (or, right after a Failed, is between
 * its two writes). `before`: for a target whose pod template this revision changed, the snapshot
 * taken before the upgrade; a known hash and condition stamp decide instead of the time (see the
 * module's header for why both).
 */
export function judgeCanary(c: CanaryState, deployedAt: number, before: CanaryBefore = {}): CanaryVerdict {
  if (c.phase === 'Waiting' || c.phase === 'WaitingPromotion') return 'paused';
  if (ACTIVE_PHASES.includes(c.phase) || c.phase === '') return 'progressing';
  if (backToPromoted(c, before)) return 'passed';
  const at = c.promotedAt ?? c.lastTransition;
  const fresh = before.appliedSpec
    ? (before.analysed === true || c.applied !== before.appliedSpec) &&
      (!before.promotedStamp || c.promotedStamp !== before.promotedStamp)
    : at !== undefined && at >= Math.floor(deployedAt / 1000) * 1000;
  if (!fresh) return 'stale';
  if (c.phase === 'Succeeded' || c.phase === 'Initialized') return 'passed';
  if (c.phase === 'Failed') return 'failed';
  return 'progressing';
}

/**
 * A Failed Canary whose target this revision set back to the pod template its primary runs (the
 * Failed re-sync wrote that template's hash, equal to lastPromotedSpec, and the tracked configs did
 * not change): Flagger will not analyse it (hasSpecChanged: "do not trigger a canary deployment
 * on manual rollback") and keeps the Canary Failed, while the primary already serves this
 * revision's template. Nothing is left to wait for.
 */
export function backToPromoted(c: CanaryState, before: CanaryBefore): boolean {
  return (
    c.phase === 'Failed' &&
    !!before.appliedSpec &&
    !!c.lastPromotedSpec &&
    c.lastAppliedSpec === c.lastPromotedSpec &&
    c.applied !== before.appliedSpec &&
    (before.configs ?? '') === c.configs &&
    (!before.promotedStamp || c.promotedStamp === before.promotedStamp)
  );
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

/** Each Canary's snapshot by name (canarySpecs). */
export type CanariesBefore = ReadonlyMap<string, CanarySnapshot>;

/**
 * Each Canary's snapshot (`status.lastAppliedSpec` and trackedConfigs, Promoted condition stamp)
 * by name, read before helm changes the release; undefined when it cannot be read (no Flagger API,
 * a refused list, any API error): the follower then judges by time alone, and the deploy goes on.
 */
export async function canarySpecs(
  kube: KubeClient,
  namespace: string,
  release: string
): Promise<CanariesBefore | undefined> {
  const states = await listCanaries(kube, namespace, release).catch(() => undefined);
  return (
    states &&
    new Map(
      states.map(c => [
        c.name,
        { appliedSpec: c.applied, promotedStamp: c.promotedStamp, configs: c.configs }
      ])
    )
  );
}

/**
 * The Canary targets whose pod template this revision changed (or that are new in it), from the
 * two release manifests: Flagger starts an analysis only for those. Without a previous manifest
 * every target counts as changed.
 */
export function changedTargets(manifest: string | undefined, previous: string | undefined): Set<string> {
  const now = podTemplates(manifest);
  if (previous === undefined) return new Set(now.keys());
  const before = podTemplates(previous);
  return new Set([...now].filter(([k, v]) => before.get(k) !== v).map(([k]) => k));
}

/** The release manifest's pod templates by `Kind/name` (what a Canary's targetRef can name). */
export function podTemplates(manifest: string | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const o of parseManifest(manifest ?? '').objects) {
    const spec = o.doc['spec'];
    if (isRecord(spec) && isRecord(spec['template']))
      m.set(`${o.kind}/${o.name}`, JSON.stringify(spec['template']));
  }
  return m;
}

/**
 * Which of the configs Flagger tracks for a Canary's target (status.trackedConfigs keys:
 * `configmap/<name>`, `secret/<name>`) this revision changed, from the two release manifests: a
 * ConfigMap's `data`, a Secret's data as the API server will store it (stringData merged in), the
 * same fields Flagger's config tracker checksums. A config in neither manifest (made by something
 * else) is not this revision's change. Without a previous manifest every one counts as changed.
 */
export function changedConfigs(
  manifest: string | undefined,
  previous: string | undefined,
  tracked: string[]
): string[] {
  if (previous === undefined) return tracked;
  const contents = (text: string | undefined) => {
    const m = new Map<string, string>();
    for (const o of parseManifest(text ?? '').objects) {
      let data: Record<string, string> | undefined;
      if (o.kind === 'ConfigMap') data = strMap(o.doc['data']);
      if (o.kind === 'Secret') {
        data = strMap(o.doc['data']);
        for (const [k, v] of Object.entries(strMap(o.doc['stringData'])))
          data[k] = Buffer.from(v).toString('base64');
      }
      if (data) m.set(`${o.kind.toLowerCase()}/${o.name}`, JSON.stringify(Object.entries(data).sort()));
    }
    return m;
  };
  const now = contents(manifest);
  const before = contents(previous);
  return tracked.filter(k => now.get(k) !== before.get(k));
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
  /** Each Canary's snapshot before helm ran (canarySpecs); undefined when not read. */
  specsBefore?: CanariesBefore;
}

/** `its confirm-promotion webhook promotion-gate`: the webhook a paused Canary waits on (never its URL). */
export function gateName(c: CanaryState): string {
  const type = c.phase === 'WaitingPromotion' ? 'confirm-promotion' : 'confirm-rollout';
  const names = c.gates.filter(g => g.type === type).map(g => g.name);
  return `its ${type} webhook${names.length > 1 ? 's' : ''}${names.length ? ` ${names.join(', ')}` : ''}`;
}

/** Why `rollout-pause: promote` does not promote a Flagger Canary. */
export function cannotPromote(c: CanaryState): string {
  return `rollout-pause: promote cannot promote a Flagger Canary: Flagger has no promote API and advances only when ${gateName(c)} answers 2xx`;
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
  const inRelease = podTemplates(run.manifest);
  const targetOf = (c: CanaryState) => `${c.target.kind}/${c.target.name}`;
  const configsOf = (c: CanaryState) =>
    changedConfigs(run.manifest, run.previousManifest, Object.keys(c.trackedConfigs));
  const unchanged = new Set(
    states.filter(c => !changed.has(targetOf(c)) && !configsOf(c).length).map(c => c.name)
  );
  const { pollMs, deadline } = pollSettings(i, d);
  const progress = new ProgressLines(d.log);
  const seenPods = new Map<string, PodState[]>();
  const waitedOn = new Set<string>();
  const analysed = new Set<string>();
  d.log.info(
    `Following ${states.length} Flagger Canary(ies) until this revision is analysed: ${states.map(c => c.name).join(', ')}.`
  );
  for (const c of states.filter(x => unchanged.has(x.name)))
    d.log.info(
      inRelease.has(targetOf(c))
        ? `canary/${c.name}: this revision does not change its target's pod template; Flagger has nothing to analyse.`
        : `canary/${c.name}: its target ${c.target.kind.toLowerCase()}/${c.target.name} is not part of this release; nothing of this revision to analyse.`
    );
  for (const c of states.filter(x => !unchanged.has(x.name) && !changed.has(targetOf(x))))
    d.log.info(
      `canary/${c.name}: this revision changes ${configsOf(c).join(', ')}, which Flagger tracks for its target; following the analysis.`
    );
  for (;;) {
    for (const c of states) progress.show(c.name, formatCanary(c));
    // Initializing is a first version's phase, never an upgrade's analysis; an active phase on the
    // old template (Waiting at confirm-rollout, or still promoting the previous one) is not either.
    for (const c of states) {
      const old = run.specsBefore?.get(c.name)?.appliedSpec;
      if (ACTIVE_PHASES.includes(c.phase) && c.phase !== 'Initializing' && (!old || c.applied !== old))
        analysed.add(c.name);
    }
    const verdicts = states.map(c => {
      if (unchanged.has(c.name)) {
        const v = judgeCanary(c, run.deployedAt);
        return [c, v === 'stale' ? 'passed' : v] as const;
      }
      const before = { ...run.specsBefore?.get(c.name), analysed: analysed.has(c.name) };
      if (backToPromoted(c, before) && !waitedOn.has(`${c.name}/promoted`)) {
        d.log.info(
          `canary/${c.name}: this revision sets its target back to the pod template its primary runs; Flagger does not analyse that again (it stays Failed from the earlier revision), and the primary already serves it.`
        );
        waitedOn.add(`${c.name}/promoted`);
      }
      return [c, judgeCanary(c, run.deployedAt, before)] as const;
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
      const where = `Canary ${c.name} is ${c.phase} (${gateName(c)} has not approved)`;
      if (i.gates.rolloutPause === 'fail')
        return {
          found: true,
          ok: false,
          lines: states.map(formatCanary),
          error: `${where} and rollout-pause is fail`
        };
      if (!waitedOn.has(`${c.name}/${c.phase}`)) {
        // Webhook names come from the Canary's spec, as the status text does.
        d.log.info(
          untrustedText(
            i.gates.rolloutPause === 'promote'
              ? `${where}: ${cannotPromote(c)}; waiting for the webhook, up to the timeout.`
              : `${where}: waiting for its webhook to approve (rollout-pause: wait), up to the timeout.`
          )
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
      const paused = slow.filter(([, v]) => v === 'paused').map(([c]) => c);
      return {
        found: true,
        ok: false,
        lines,
        error:
          `Flagger Canary(ies) ${slow.map(([c]) => c.name).join(', ')} not promoted within ${i.timeoutSeconds}s` +
          (stale.length
            ? ` (Flagger never started analysing this revision of ${stale.join(', ')}: is its controller running?)`
            : '') +
          paused
            .map(
              c =>
                `; Canary ${c.name} is still ${c.phase}: ${gateName(c)} did not approve` +
                (i.gates.rolloutPause === 'promote' ? ` (${cannotPromote(c)})` : '')
            )
            .join('')
      };
    }
    await sleep(pollMs);
    states = (await listCanaries(d.kube, i.namespace, i.releaseName)) ?? [];
  }
}
