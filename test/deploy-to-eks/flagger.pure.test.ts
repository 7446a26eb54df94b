/**
 * The pure parts of the Flagger follower: Canary status interpretation (which revision a verdict
 * belongs to), progress lines, Go durations, and which Canary targets a revision changed. Tables,
 * no cluster.
 */
import {
  canaryState,
  changedTargets,
  formatCanary,
  goDurationMs,
  judgeCanary
} from '../../actions/deploy-to-eks/src/progressive/flagger';

const DEPLOYED = Date.parse('2026-12-01T10:00:00.400Z');

function canary(status: Record<string, unknown>, analysis: Record<string, unknown> = {}) {
  return canaryState({
    metadata: { name: 'web' },
    spec: {
      targetRef: { kind: 'Deployment', name: 'web' },
      analysis: { interval: '10s', iterations: 3, ...analysis }
    },
    status
  });
}

describe('Flagger Canary status', () => {
  const rows: [string, Record<string, unknown>, string][] = [
    // [what, status, verdict]
    ['no status yet (just created)', {}, 'progressing'],
    ['initialising', { phase: 'Initializing' }, 'progressing'],
    [
      'initialised after this deploy',
      { phase: 'Initialized', lastTransitionTime: '2026-12-01T10:00:03Z' },
      'passed'
    ],
    ['analysing', { phase: 'Progressing', lastTransitionTime: '2026-12-01T09:00:00Z' }, 'progressing'],
    ['promoting', { phase: 'Promoting' }, 'progressing'],
    ['finalising', { phase: 'Finalising' }, 'progressing'],
    [
      'succeeded after this deploy',
      { phase: 'Succeeded', lastTransitionTime: '2026-12-01T10:00:30Z' },
      'passed'
    ],
    // Flagger's timestamps have whole seconds: the same second as the deploy counts as after it.
    [
      'succeeded in the deploy second',
      { phase: 'Succeeded', lastTransitionTime: '2026-12-01T10:00:00Z' },
      'passed'
    ],
    [
      'succeeded before this deploy (not noticed yet)',
      { phase: 'Succeeded', lastTransitionTime: '2026-12-01T09:59:59Z' },
      'stale'
    ],
    ['failed after this deploy', { phase: 'Failed', lastTransitionTime: '2026-12-01T10:01:00Z' }, 'failed'],
    [
      'failed before this deploy (an earlier revision)',
      { phase: 'Failed', lastTransitionTime: '2026-12-01T09:00:00Z' },
      'stale'
    ],
    ['waiting at confirm-rollout', { phase: 'Waiting' }, 'paused'],
    ['waiting at confirm-promotion', { phase: 'WaitingPromotion' }, 'paused']
  ];
  test.each(rows.map(([what, status, verdict]) => [what, verdict, status] as const))(
    '%s → %s',
    (_what, verdict, status) => {
      expect(judgeCanary(canary(status), DEPLOYED)).toBe(verdict);
    }
  );

  test('fields and the progress line', () => {
    const c = canary(
      {
        phase: 'Progressing',
        canaryWeight: 0,
        iterations: 2,
        failedChecks: 1,
        conditions: [
          { type: 'Promoted', status: 'Unknown', reason: 'Progressing', message: 'New revision detected.' }
        ]
      },
      { threshold: 5 }
    );
    expect(c).toMatchObject({
      threshold: 5,
      maxIterations: 3,
      intervalMs: 10_000,
      target: { kind: 'Deployment', name: 'web' }
    });
    expect(formatCanary(c)).toBe(
      'canary/web Progressing: iteration 2/3, canary weight 0%, 1/5 failed checks — New revision detected.'
    );
    // A weight-based canary has no iteration count; no status yet says so.
    expect(formatCanary(canary({}, { iterations: undefined }))).toBe(
      'canary/web not initialised yet: canary weight 0%, 0/1 failed checks'
    );
  });

  test.each([
    ['10s', 10_000],
    ['1m', 60_000],
    ['1m30s', 90_000],
    ['500ms', 500],
    ['1h', 3_600_000],
    ['', undefined],
    ['ten', undefined],
    ['10', undefined]
  ])('Go duration %j → %j ms', (s, ms) => {
    expect(goDurationMs(s)).toBe(ms);
  });
});

describe('which Canary targets a revision changed', () => {
  const doc = (name: string, msg: string, kind = 'Deployment') =>
    `---\n# Source: web/templates/d.yaml\napiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: app\n          env: [{name: M, value: ${msg}}]\n`;
  const svc = (port: number) =>
    `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: ${port}}]\n`;

  test.each([
    ['first install: every workload', doc('web', 'a') + svc(80), undefined, ['Deployment/web']],
    ['pod template changed', doc('web', 'b') + svc(80), doc('web', 'a') + svc(80), ['Deployment/web']],
    ['only the Service changed', doc('web', 'a') + svc(81), doc('web', 'a') + svc(80), []],
    [
      'a workload new in this revision',
      doc('web', 'a') + doc('api', 'a'),
      doc('web', 'a'),
      ['Deployment/api']
    ],
    [
      'a DaemonSet changed',
      doc('agent', 'b', 'DaemonSet'),
      doc('agent', 'a', 'DaemonSet'),
      ['DaemonSet/agent']
    ]
  ])('%s', (_what, now, before, expected) => {
    expect([...changedTargets(now, before)]).toEqual(expected);
  });
});
