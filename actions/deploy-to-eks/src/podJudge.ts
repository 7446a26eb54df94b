/**
 * Fail fast on a hopeless rollout: judges the new revision's pods while helm waits, and says when
 * waiting longer cannot help — an image that cannot be pulled, a container that keeps crashing, a
 * missing ConfigMap/Secret, a pod no node fits — each by its own rule (fail-fast-* inputs). A
 * reason must be seen continuously for its grace period (from the first poll that saw it on that
 * pod), so a slow but healthy rollout, or a problem that clears (a late image push, a node the
 * autoscaler adds), is never cut short. Pure apart from the clock the caller passes in.
 */
import type { FailFastRules } from './gates/gateInputs';
import type { PodState } from './rolloutWatcher';

export type HopelessReason = 'image-pull' | 'crash-loop' | 'config-error' | 'unschedulable';

export interface HopelessPod {
  pod: string;
  container: string;
  reason: HopelessReason;
  /** The Kubernetes reason as shown (ImagePullBackOff, CrashLoopBackOff, ...). */
  shown: string;
  message: string;
  seenSeconds: number;
  rule: string;
}

const IMAGE_PULL = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);
const CONFIG = new Set(['CreateContainerConfigError']);

function ruleText(reason: HopelessReason, r: FailFastRules): string {
  switch (reason) {
    case 'image-pull':
      return `fail-fast-image-pull-grace ${r.imagePullGraceSeconds}s`;
    case 'config-error':
      return `fail-fast-config-error-grace ${r.configErrorGraceSeconds}s`;
    case 'unschedulable':
      return `fail-fast-unschedulable-grace ${r.unschedulableGraceSeconds}s`;
    case 'crash-loop':
      return `fail-fast-crashloop-restarts ${r.crashLoopRestarts}`;
  }
}

export class PodJudge {
  /** `<pod>/<container>/<reason>` → first time (ms) a poll saw it. */
  private readonly firstSeen = new Map<string, number>();

  constructor(readonly rules: FailFastRules) {}

  /** The pods that make the rollout hopeless now (empty: keep waiting). */
  judge(pods: PodState[], nowMs: number): HopelessPod[] {
    const seenNow = new Set<string>();
    const out: HopelessPod[] = [];
    const consider = (
      pod: string,
      container: string,
      reason: HopelessReason,
      shown: string,
      message: string,
      graceSeconds: number | undefined,
      certain = false
    ) => {
      const key = `${pod}/${container}/${reason}`;
      seenNow.add(key);
      const first = this.firstSeen.get(key) ?? nowMs;
      this.firstSeen.set(key, first);
      const seenSeconds = (nowMs - first) / 1000;
      if (certain || (graceSeconds !== undefined && seenSeconds >= graceSeconds))
        out.push({ pod, container, reason, shown, message, seenSeconds, rule: ruleText(reason, this.rules) });
    };
    for (const p of pods) {
      if (p.ready) continue;
      if (p.unschedulable !== undefined)
        consider(
          p.name,
          '',
          'unschedulable',
          'Unschedulable',
          p.unschedulable,
          this.rules.unschedulableGraceSeconds
        );
      for (const c of p.containers) {
        if (c.ready) continue;
        if (IMAGE_PULL.has(c.reason))
          consider(p.name, c.name, 'image-pull', c.reason, c.message, this.rules.imagePullGraceSeconds);
        else if (CONFIG.has(c.reason))
          consider(p.name, c.name, 'config-error', c.reason, c.message, this.rules.configErrorGraceSeconds);
        else if (c.reason === 'CrashLoopBackOff')
          consider(
            p.name,
            c.name,
            'crash-loop',
            c.reason,
            c.message,
            undefined,
            c.restarts >= this.rules.crashLoopRestarts
          );
      }
    }
    // A reason that cleared starts its grace again if it comes back.
    for (const k of [...this.firstSeen.keys()]) if (!seenNow.has(k)) this.firstSeen.delete(k);
    return out;
  }
}

/** `web-abc/app ImagePullBackOff for 61s (fail-fast-image-pull-grace 60s): <message>`. */
export function describeHopeless(h: HopelessPod): string {
  const where = h.container ? `${h.pod}/${h.container}` : h.pod;
  const how =
    h.reason === 'crash-loop' ? `restarting (${h.rule})` : `for ${Math.round(h.seenSeconds)}s (${h.rule})`;
  return `${where} ${h.shown} ${how}${h.message ? `: ${h.message}` : ''}`;
}

/**
 * The judge wired to a running helm: on the first hopeless verdict it logs which pods and why and
 * aborts `signal`, which the caller hands to helm's exec (SIGINT: helm marks the revision failed
 * and, with rollback-on-failure, rolls back itself — the release never stays pending).
 */
export class FailFast {
  hopeless?: HopelessPod[];
  /** When the verdict was reached (ms, the caller's clock). */
  at?: number;
  private readonly controller = new AbortController();
  private readonly judgeOf: PodJudge;

  constructor(
    rules: FailFastRules,
    private readonly now: () => number,
    private readonly log: (m: string) => void
  ) {
    this.judgeOf = new PodJudge(rules);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  readonly judge = (pods: PodState[]): void => {
    if (this.hopeless) return;
    const h = this.judgeOf.judge(pods, this.now());
    if (!h.length) return;
    this.hopeless = h;
    this.at = this.now();
    this.log(`Fail fast: the new pods cannot become ready; stopping the wait.`);
    for (const x of h.slice(0, 5)) this.log(`  ${describeHopeless(x)}`);
    this.controller.abort();
  };

  /** One sentence for the error and the summary. */
  describe(): string {
    const h = this.hopeless ?? [];
    const shown = h.slice(0, 3).map(describeHopeless).join('; ');
    return `${h.length} pod${h.length === 1 ? '' : 's'} of the new revision cannot become ready: ${shown}${h.length > 3 ? `; and ${h.length - 3} more` : ''}`;
  }
}
