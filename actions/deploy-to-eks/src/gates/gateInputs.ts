/**
 * The inputs of the verify step's gates and of the fail-fast judge, read with the action's shared
 * InputReader so their problems are reported together with every other input's. Kept apart from
 * inputs.ts so the gate rules live next to the code that applies them.
 */
import { InputReader } from '../../../../src/lib/inputs';

export const GATE_FAILURE_ACTIONS = ['rollback', 'fail'] as const;
export const FIRST_INSTALL_GATE_FAILURE_ACTIONS = ['uninstall', 'keep'] as const;
export const ROLLOUT_PAUSE_ACTIONS = ['wait', 'promote', 'fail'] as const;

export interface FailFastRules {
  /** ErrImagePull / ImagePullBackOff / InvalidImageName seen this long: the image will not come. */
  imagePullGraceSeconds: number;
  /** CreateContainerConfigError (a missing ConfigMap/Secret or key) seen this long. */
  configErrorGraceSeconds: number;
  /** PodScheduled=False (Unschedulable) this long: no node fits, and no autoscaler added one. */
  unschedulableGraceSeconds: number;
  /** CrashLoopBackOff with at least this many restarts: the container keeps dying. */
  crashLoopRestarts: number;
}

export interface GateInputs {
  helmTest: boolean;
  helmTestTimeoutSeconds: number;
  onGateFailure: (typeof GATE_FAILURE_ACTIONS)[number];
  onFirstInstallGateFailure: (typeof FIRST_INSTALL_GATE_FAILURE_ACTIONS)[number];
  /** undefined = fail-fast off: wait the whole timeout as helm does. */
  failFast?: FailFastRules;
  rolloutPause: (typeof ROLLOUT_PAUSE_ACTIONS)[number];
}

/**
 * Defaults, chosen for a real EKS cluster rather than for speed in tests:
 * - image pull 45 s: the kubelet pulls at once, then backs off 10 s, 20 s (three attempts by 30 s);
 *   that covers a registry hiccup or an image pushed a moment late, and a typo never recovers.
 *   With helm's 5 m default timeout it gives the answer in under a fifth of the time;
 * - config error 60 s: a Secret synced by External Secrets usually appears within its refresh;
 * - unschedulable 180 s: Karpenter or cluster-autoscaler need one to three minutes for a new node;
 * - crash loop 3 restarts: about 70 s of back-off (10 s, 20 s, 40 s); a slow starter whose
 *   liveness probe kills it once or twice is not cut short.
 */
export const FAIL_FAST_DEFAULTS = {
  imagePull: '45s',
  configError: '60s',
  unschedulable: '180s',
  crashLoopRestarts: 3
} as const;

export function readGateInputs(r: InputReader): GateInputs {
  const helmTest = r.bool('helm-test', false);
  const helmTestTimeoutSeconds = r.duration('helm-test-timeout', '5m');
  const onGateFailure = r.enumOf('on-gate-failure', GATE_FAILURE_ACTIONS, 'rollback');
  const onFirstInstallGateFailure = r.enumOf(
    'on-first-install-gate-failure',
    FIRST_INSTALL_GATE_FAILURE_ACTIONS,
    'uninstall'
  );
  const failFastOn = r.bool('fail-fast', true);
  const rules: FailFastRules = {
    imagePullGraceSeconds: r.duration('fail-fast-image-pull-grace', FAIL_FAST_DEFAULTS.imagePull, {
      minSeconds: 0
    }),
    configErrorGraceSeconds: r.duration('fail-fast-config-error-grace', FAIL_FAST_DEFAULTS.configError, {
      minSeconds: 0
    }),
    unschedulableGraceSeconds: r.duration('fail-fast-unschedulable-grace', FAIL_FAST_DEFAULTS.unschedulable, {
      minSeconds: 0
    }),
    crashLoopRestarts: r.int('fail-fast-crashloop-restarts', FAIL_FAST_DEFAULTS.crashLoopRestarts, {
      min: 1,
      max: 1000
    })
  };
  const rolloutPause = r.enumOf('rollout-pause', ROLLOUT_PAUSE_ACTIONS, 'wait');
  return {
    helmTest,
    helmTestTimeoutSeconds,
    onGateFailure,
    onFirstInstallGateFailure,
    failFast: failFastOn ? rules : undefined,
    rolloutPause
  };
}

/** What getInputs returns when none of the gate inputs is set (for Inputs built by hand). */
export const DEFAULT_GATE_INPUTS: GateInputs = readGateInputs(new InputReader(() => undefined));
