/**
 * The inputs of the verify step's gates and of the fail-fast judge: their rows of the action's
 * input table (read and reported with every other input, in action.yml's order) and the one
 * GateInputs object built from them. Kept apart from inputs.ts so the gate rules live next to the
 * code that applies them.
 */
import { InputReader } from '../../../../src/lib/inputs';
import { hidden, input, readTable, type TableValues } from '../../../../src/lib/inputTable';

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
export function gateInputTable() {
  return {
    'helm-test': hidden(input.flag(false)),
    'helm-test-timeout': hidden(input.duration('5m')),
    'on-gate-failure': hidden(input.oneOf(GATE_FAILURE_ACTIONS, 'rollback')),
    'on-first-install-gate-failure': hidden(input.oneOf(FIRST_INSTALL_GATE_FAILURE_ACTIONS, 'uninstall')),
    'fail-fast': hidden(input.flag(true)),
    'fail-fast-image-pull-grace': hidden(input.duration('45s', { minSeconds: 0 })),
    'fail-fast-config-error-grace': hidden(input.duration('60s', { minSeconds: 0 })),
    'fail-fast-unschedulable-grace': hidden(input.duration('180s', { minSeconds: 0 })),
    'fail-fast-crashloop-restarts': hidden(input.integer(3, { min: 1, max: 1000 })),
    'rollout-pause': hidden(input.oneOf(ROLLOUT_PAUSE_ACTIONS, 'wait'))
  };
}

type GateValues = TableValues<ReturnType<typeof gateInputTable>>;

export function gateInputsOf(v: GateValues): GateInputs {
  return {
    helmTest: v.helmTest,
    helmTestTimeoutSeconds: v.helmTestTimeout,
    onGateFailure: v.onGateFailure,
    onFirstInstallGateFailure: v.onFirstInstallGateFailure,
    failFast: v.failFast
      ? {
          imagePullGraceSeconds: v.failFastImagePullGrace,
          configErrorGraceSeconds: v.failFastConfigErrorGrace,
          unschedulableGraceSeconds: v.failFastUnschedulableGrace,
          crashLoopRestarts: v.failFastCrashloopRestarts
        }
      : undefined,
    rolloutPause: v.rolloutPause
  };
}

/** Reads only the gate inputs (tests; the action reads them as part of its whole table). */
export function readGateInputs(r: InputReader): GateInputs {
  return gateInputsOf(readTable(gateInputTable(), r));
}

/** What getInputs returns when none of the gate inputs is set. */
export const DEFAULT_GATE_INPUTS: GateInputs = readGateInputs(new InputReader(() => undefined));
