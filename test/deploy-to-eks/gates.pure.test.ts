/**
 * The pure parts of the gates, fail-fast and the Argo Rollouts follower: inputs, the pod judge's
 * rules, the gate verdict on a revision (skip-unchanged refusal), helm test output parsing, and
 * Rollout status interpretation. Tables, no cluster.
 */
import { InputReader } from '../../src/lib/inputs';
import { InputError } from '../../src/lib/errors';
import {
  DEFAULT_GATE_INPUTS,
  readGateInputs,
  type FailFastRules
} from '../../actions/deploy-to-eks/src/gates/gateInputs';
import {
  FAILED_GATE_LABEL,
  GATES_LABEL,
  gateLabelArgs,
  skipRefusal
} from '../../actions/deploy-to-eks/src/gates/gateRecord';
import {
  formatTestReports,
  helmTestArgs,
  parseTestLogs,
  testReports
} from '../../actions/deploy-to-eks/src/gates/helmTest';
import { FailFast, PodJudge, describeHopeless } from '../../actions/deploy-to-eks/src/podJudge';
import { podState, type PodState } from '../../actions/deploy-to-eks/src/rolloutWatcher';
import {
  formatRollout,
  judgeRollout,
  rolloutState
} from '../../actions/deploy-to-eks/src/progressive/argoRollouts';
import type { ReleaseRecord } from '../../actions/deploy-to-eks/src/releaseStore';
import { legacyWait, manifestHasRollout } from '../../actions/deploy-to-eks/src/progressive/helmWait';

function reader(values: Record<string, string>): InputReader {
  return new InputReader(n => values[n]);
}

describe('gate inputs', () => {
  test('defaults: helm test off, rollback, uninstall a failed first install, fail-fast on with reviewed graces', () => {
    expect(DEFAULT_GATE_INPUTS).toEqual({
      helmTest: false,
      helmTestTimeoutSeconds: 300,
      onGateFailure: 'rollback',
      onFirstInstallGateFailure: 'uninstall',
      failFast: {
        imagePullGraceSeconds: 45,
        configErrorGraceSeconds: 60,
        unschedulableGraceSeconds: 180,
        crashLoopRestarts: 3
      },
      rolloutPause: 'wait'
    });
  });

  test('set values, and fail-fast false turns the judge off', () => {
    const g = readGateInputs(
      reader({
        'helm-test': 'true',
        'helm-test-timeout': '90s',
        'on-gate-failure': 'fail',
        'on-first-install-gate-failure': 'keep',
        'fail-fast': 'false',
        'rollout-pause': 'promote'
      })
    );
    expect(g).toMatchObject({
      helmTest: true,
      helmTestTimeoutSeconds: 90,
      onGateFailure: 'fail',
      onFirstInstallGateFailure: 'keep',
      failFast: undefined,
      rolloutPause: 'promote'
    });
    expect(
      readGateInputs(reader({ 'fail-fast-image-pull-grace': '0s' })).failFast?.imagePullGraceSeconds
    ).toBe(0);
  });

  test('every bad value is named, all at once', () => {
    const r = reader({
      'helm-test': 'yes please',
      'on-gate-failure': 'ignore',
      'on-first-install-gate-failure': 'delete',
      'fail-fast-image-pull-grace': 'soon',
      'fail-fast-crashloop-restarts': '0',
      'rollout-pause': 'skip'
    });
    readGateInputs(r);
    let err: unknown;
    try {
      r.finish();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems.map(p => p.input).sort()).toEqual([
      'fail-fast-crashloop-restarts',
      'fail-fast-image-pull-grace',
      'helm-test',
      'on-first-install-gate-failure',
      'on-gate-failure',
      'rollout-pause'
    ]);
  });
});

const RULES: FailFastRules = {
  imagePullGraceSeconds: 10,
  configErrorGraceSeconds: 5,
  unschedulableGraceSeconds: 30,
  crashLoopRestarts: 3
};

function pod(name: string, waiting: string, restarts = 0, extra: Partial<PodState> = {}): PodState {
  return {
    name,
    phase: 'Pending',
    ready: false,
    conditions: [],
    labels: {},
    containers: waiting
      ? [{ name: 'app', ready: false, restarts, reason: waiting, message: `${waiting} msg` }]
      : [],
    ...extra
  };
}

describe('the pod judge', () => {
  test.each([
    ['ImagePullBackOff within its grace', pod('a', 'ImagePullBackOff'), 9, []],
    ['ImagePullBackOff past its grace', pod('a', 'ImagePullBackOff'), 10, ['a/app/image-pull']],
    [
      'ErrImagePull counts as the same image-pull problem',
      pod('a', 'ErrImagePull'),
      10,
      ['a/app/image-pull']
    ],
    [
      'CreateContainerConfigError past its grace',
      pod('a', 'CreateContainerConfigError'),
      5,
      ['a/app/config-error']
    ],
    ['CrashLoopBackOff below the restart count', pod('a', 'CrashLoopBackOff', 2), 100, []],
    [
      'CrashLoopBackOff at the restart count: certain at once',
      pod('a', 'CrashLoopBackOff', 3),
      0,
      ['a/app/crash-loop']
    ],
    ['ContainerCreating is never hopeless', pod('a', 'ContainerCreating'), 1000, []],
    [
      'Unschedulable past its grace',
      pod('a', '', 0, { unschedulable: '0/2 nodes are available' }),
      30,
      ['a//unschedulable']
    ],
    ['a ready pod is never judged', pod('a', 'ImagePullBackOff', 0, { ready: true }), 1000, []]
  ])('%s', (_what, p, afterSeconds, expected) => {
    const j = new PodJudge(RULES);
    j.judge([p], 0);
    const out = j.judge([p], afterSeconds * 1000);
    expect(out.map(h => `${h.pod}/${h.container}/${h.reason}`)).toEqual(expected);
  });

  test('a reason that clears starts its grace again', () => {
    const j = new PodJudge(RULES);
    j.judge([pod('a', 'ImagePullBackOff')], 0);
    j.judge([pod('a', 'ContainerCreating')], 5_000);
    expect(j.judge([pod('a', 'ImagePullBackOff')], 11_000)).toEqual([]);
    expect(j.judge([pod('a', 'ImagePullBackOff')], 21_000)).toHaveLength(1);
  });

  test('describes the pod, the reason, how long and the rule', () => {
    const j = new PodJudge(RULES);
    j.judge([pod('web-1', 'ImagePullBackOff')], 0);
    const [h] = j.judge([pod('web-1', 'ImagePullBackOff')], 12_000);
    expect(describeHopeless(h!)).toBe(
      'web-1/app ImagePullBackOff for 12s (fail-fast-image-pull-grace 10s): ImagePullBackOff msg'
    );
  });

  test('FailFast aborts its signal once, on the first hopeless verdict', () => {
    let now = 0;
    const lines: string[] = [];
    const ff = new FailFast(
      RULES,
      () => now,
      l => lines.push(l)
    );
    ff.judge([pod('a', 'ImagePullBackOff')]);
    expect(ff.signal.aborted).toBe(false);
    now = 10_000;
    ff.judge([pod('a', 'ImagePullBackOff')]);
    expect(ff.signal.aborted).toBe(true);
    expect(ff.at).toBe(10_000);
    expect(ff.describe()).toMatch(
      /^1 pod of the new revision cannot become ready: a\/app ImagePullBackOff for 10s/
    );
    expect(lines[0]).toMatch(/Fail fast/);
  });

  test('podState reads Unschedulable from the PodScheduled condition', () => {
    const p = podState({
      metadata: { name: 'x', labels: { a: 'b' } },
      status: {
        phase: 'Pending',
        conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/2 nodes' }]
      }
    });
    expect(p).toMatchObject({ unschedulable: '0/2 nodes', labels: { a: 'b' } });
  });
});

function rec(revision: number, labels: Record<string, string>): ReleaseRecord {
  return {
    secretName: `sh.helm.release.v1.web.v${revision}`,
    resourceVersion: '1',
    revision,
    status: 'deployed',
    updatedAt: new Date(0),
    labels,
    release: { name: 'web', version: revision, info: { status: 'deployed' } }
  };
}

describe('the gate verdict on a revision (skip-unchanged)', () => {
  test.each([
    [{ [GATES_LABEL]: 'failed', [FAILED_GATE_LABEL]: 'smoke' }, false, 'revision 3 failed the smoke gate'],
    [
      { [GATES_LABEL]: 'pending' },
      false,
      "revision 3's gates never finished (the run that deployed it stopped first)"
    ],
    [{}, true, 'revision 3 was deployed without the gates that are enabled now'],
    [{ [GATES_LABEL]: 'passed' }, true, undefined],
    [{}, false, undefined]
  ])('%j with gates enabled=%s', (labels, enabled, expected) => {
    expect(skipRefusal(rec(3, labels), enabled)).toBe(expected);
  });

  test('every upgrade sets the label explicitly (null deletes one inherited from the last revision)', () => {
    expect(gateLabelArgs(true, false)).toEqual([
      '--labels',
      `${GATES_LABEL}=pending,${FAILED_GATE_LABEL}=null`
    ]);
    expect(gateLabelArgs(false, false)).toEqual([
      '--labels',
      `${GATES_LABEL}=null,${FAILED_GATE_LABEL}=null`
    ]);
    // An install stores labels as given: no null there.
    expect(gateLabelArgs(true, true)).toEqual(['--labels', `${GATES_LABEL}=pending`]);
    expect(gateLabelArgs(false, true)).toEqual([]);
  });
});

describe('helm test', () => {
  test('argv', () => {
    expect(helmTestArgs({ releaseName: 'web', namespace: 'apps' }, 90)).toEqual([
      'test',
      'web',
      '--namespace',
      'apps',
      '--timeout',
      '90s',
      '--logs'
    ]);
  });

  const stdout = [
    'NAME: web',
    'TEST SUITE:     web-test-health',
    'Phase:          Failed',
    '',
    'POD LOGS: web-test-health (health)',
    'line 1',
    'line 2',
    ''
  ].join('\n');

  test('phases from the release record, logs from --logs', () => {
    const reports = testReports(
      {
        name: 'web',
        version: 2,
        info: { status: 'deployed' },
        hooks: [
          { name: 'web-test-health', kind: 'Pod', events: ['test'], last_run: { phase: 'Failed' } } as never,
          { name: 'web-migrate', kind: 'Job', events: ['pre-upgrade'] }
        ]
      },
      stdout
    );
    expect(reports).toEqual([
      {
        name: 'web-test-health',
        kind: 'Pod',
        phase: 'Failed',
        logs: [{ container: 'health', lines: ['line 1', 'line 2'] }]
      }
    ]);
    expect(formatTestReports(reports)).toEqual([
      'pod/web-test-health: Failed',
      '  last log lines of web-test-health/health:',
      '    line 1',
      '    line 2'
    ]);
    expect(parseTestLogs(stdout, 1).get('web-test-health')).toEqual([
      { container: 'health', lines: ['line 2'] }
    ]);
    expect(formatTestReports([])).toEqual([
      'The chart has no test hooks (helm.sh/hook: test); nothing was tested.'
    ]);
  });
});

describe('Argo Rollout status', () => {
  const steps = [{ setWeight: 20 }, { pause: {} }, { setWeight: 60 }, { pause: { duration: '10s' } }];
  const base = (status: Record<string, unknown>, spec: Record<string, unknown> = {}) =>
    rolloutState({
      metadata: { name: 'web', generation: 2 },
      spec: { replicas: 4, strategy: { canary: { steps } }, ...spec },
      status: { observedGeneration: '2', ...status }
    });

  test.each([
    ['Healthy', { phase: 'Healthy', currentStepIndex: 4 }, 'healthy'],
    ['Progressing', { phase: 'Progressing', currentStepIndex: 0 }, 'progressing'],
    ['Degraded', { phase: 'Degraded', message: 'ProgressDeadlineExceeded' }, 'failed'],
    ['aborted', { phase: 'Degraded', abort: true }, 'failed'],
    [
      'paused at a step without duration',
      { phase: 'Paused', currentStepIndex: 1, pauseConditions: [{ reason: 'CanaryPauseStep' }] },
      'paused'
    ],
    [
      'paused at a timed step: the controller resumes it',
      { phase: 'Paused', currentStepIndex: 3, pauseConditions: [{ reason: 'CanaryPauseStep' }] },
      'progressing'
    ],
    ['a spec the controller has not seen yet', { phase: 'Healthy', observedGeneration: '1' }, 'progressing']
  ])('%s', (_w, status, verdict) => {
    expect(judgeRollout(base(status))).toBe(verdict);
  });

  test('progress line: step N of M, canary weight, ready replicas', () => {
    expect(
      formatRollout(
        base({
          phase: 'Paused',
          currentStepIndex: 1,
          readyReplicas: 4,
          updatedReplicas: 1,
          message: 'CanaryPauseStep'
        })
      )
    ).toBe('rollout/web Paused: step 2/4, canary weight 20%, 4/4 ready (1 updated) — CanaryPauseStep');
    expect(
      formatRollout(base({ phase: 'Healthy', currentStepIndex: 4, readyReplicas: 4, updatedReplicas: 4 }))
    ).toBe('rollout/web Healthy: step 4/4, canary weight 100%, 4/4 ready (4 updated)');
  });
});

describe('helm wait for a release with Argo Rollouts', () => {
  test('a rendered Rollout is recognised; a Deployment or a Rollout mentioned in a ConfigMap is not', () => {
    const ro = 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: web\n';
    const dep = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n';
    const cm = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  x: |\n    kind: Rollout\n';
    expect(manifestHasRollout(`---\n${dep}---\n${ro}`)).toBe(true);
    expect(manifestHasRollout(`---\n${dep}---\n${cm}`)).toBe(false);
  });

  test('only the watcher wait is replaced, by the legacy waiter', () => {
    expect(legacyWait(['upgrade', '--wait=watcher', '--wait-for-jobs', '--timeout', '300s'])).toEqual([
      'upgrade',
      '--wait=legacy',
      '--wait-for-jobs',
      '--timeout',
      '300s'
    ]);
  });
});
