/**
 * The pure parts of the Flagger follower: Canary status interpretation (which revision a verdict
 * belongs to), progress lines, Go durations, and which Canary targets a revision changed. Tables,
 * no cluster; the follower itself against a stand-in API that replays the status sequences
 * Flagger v1.36.1's scheduler writes (pkg/controller/scheduler.go, pkg/canary/status.go).
 */
import type { GateInputs } from '../../actions/deploy-to-eks/src/gates/gateInputs';
import {
  cannotPromote,
  canaryState,
  changedConfigs,
  changedTargets,
  followCanaries,
  formatCanary,
  gateName,
  goDurationMs,
  judgeCanary,
  podTemplates
} from '../../actions/deploy-to-eks/src/progressive/flagger';
import type { KubeClient } from '../../src/lib/kube';

const DEPLOYED = Date.parse('2026-12-01T10:00:00.400Z');

function canaryObject(
  status: Record<string, unknown>,
  analysis: Record<string, unknown> = {},
  spec: Record<string, unknown> = {}
) {
  return {
    metadata: { name: 'web', annotations: { 'meta.helm.sh/release-name': 'web' } },
    spec: {
      targetRef: { kind: 'Deployment', name: 'web' },
      analysis: { interval: '10s', iterations: 3, ...analysis },
      ...spec
    },
    status
  };
}

function canary(
  status: Record<string, unknown>,
  analysis: Record<string, unknown> = {},
  spec: Record<string, unknown> = {}
) {
  return canaryState(canaryObject(status, analysis, spec));
}

/** Flagger's Promoted condition for a phase, written at `at` (MakeStatusConditions). */
function promoted(phase: string, at: string) {
  const status = { Initialized: 'True', Succeeded: 'True', Failed: 'False' }[phase] ?? 'Unknown';
  return [
    {
      type: 'Promoted',
      status,
      reason: phase,
      message: `${phase}.`,
      lastUpdateTime: at,
      lastTransitionTime: at
    }
  ];
}

/** A Canary status as Flagger writes it: phase, hash, Promoted condition time, status time. */
function st(phase: string, hash: string, condAt: string, at = condAt): Record<string, unknown> {
  return { phase, lastAppliedSpec: hash, lastTransitionTime: at, conditions: promoted(phase, condAt) };
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

  // An upgrade of a target whose pod template changed, with the Canary's lastAppliedSpec read
  // before helm ran ('h1'): the hash decides, not the time (Flagger may re-stamp the old verdict).
  const upgradeRows: [
    string,
    Record<string, unknown>,
    { analysed?: boolean; appliedSpec?: string },
    string
  ][] = [
    // [what, status, before, verdict]
    [
      'race: the first install’s Initialized re-stamped after the upgrade, hash unchanged',
      { phase: 'Initialized', lastTransitionTime: '2026-12-01T10:00:02Z', lastAppliedSpec: 'h1' },
      { appliedSpec: 'h1' },
      'stale'
    ],
    [
      'an earlier Succeeded re-stamped after the upgrade, hash unchanged',
      { phase: 'Succeeded', lastTransitionTime: '2026-12-01T10:00:05Z', lastAppliedSpec: 'h1' },
      { appliedSpec: 'h1' },
      'stale'
    ],
    [
      'an earlier Failed re-stamped after the upgrade, hash unchanged',
      { phase: 'Failed', lastTransitionTime: '2026-12-01T10:00:05Z', lastAppliedSpec: 'h1' },
      { appliedSpec: 'h1' },
      'stale'
    ],
    [
      'analysing the new template',
      { phase: 'Progressing', lastTransitionTime: '2026-12-01T10:00:05Z', lastAppliedSpec: 'h2' },
      { appliedSpec: 'h1' },
      'progressing'
    ],
    [
      'succeeded on the new template',
      { phase: 'Succeeded', lastTransitionTime: '2026-12-01T10:00:30Z', lastAppliedSpec: 'h2' },
      { appliedSpec: 'h1' },
      'passed'
    ],
    // The runner's clock ahead of the API server's: the hash still says it is this revision's.
    [
      'succeeded on the new template, stamped before the runner’s deploy time',
      { phase: 'Succeeded', lastTransitionTime: '2026-12-01T09:59:58Z', lastAppliedSpec: 'h2' },
      { appliedSpec: 'h1' },
      'passed'
    ],
    [
      'failed on the new template',
      { phase: 'Failed', lastTransitionTime: '2026-12-01T10:01:00Z', lastAppliedSpec: 'h2' },
      { appliedSpec: 'h1' },
      'failed'
    ],
    [
      'hash unchanged, but Flagger was seen analysing during this follow',
      { phase: 'Succeeded', lastTransitionTime: '2026-12-01T10:00:30Z', lastAppliedSpec: 'h1' },
      { appliedSpec: 'h1', analysed: true },
      'passed'
    ],
    // No hash before (Flagger had not acted on the old template): the time rule.
    [
      'no hash before, fresh transition',
      { phase: 'Succeeded', lastTransitionTime: '2026-12-01T10:00:30Z', lastAppliedSpec: 'h1' },
      { appliedSpec: '' },
      'passed'
    ],
    [
      'no hash before, old transition',
      { phase: 'Succeeded', lastTransitionTime: '2026-12-01T09:00:00Z', lastAppliedSpec: 'h1' },
      {},
      'stale'
    ]
  ];
  test.each(upgradeRows.map(([what, status, before, verdict]) => [what, verdict, status, before] as const))(
    'upgrade, %s → %s',
    (_what, verdict, status, before) => {
      expect(judgeCanary(canary(status), DEPLOYED, before)).toBe(verdict);
    }
  );

  // An upgrade after a Failed Canary (the previous deploy failed and was rolled back, or kept).
  // Snapshot before helm: Failed on h1, its Promoted condition written at 09:50. Flagger's first
  // tick after the upgrade (shouldAdvance) re-syncs Failed with the new template's hash h3 and a
  // fresh lastTransitionTime but keeps the condition (same status and reason), asks
  // confirm-rollout, and only then writes Progressing. Each row is one state of that sequence.
  const afterFailed = { appliedSpec: 'h1', promotedStamp: 'Failed@2026-12-01T09:50:00Z' };
  const failedRows: [string, Record<string, unknown>, { analysed?: boolean }, string][] = [
    [
      'the old Failed, re-stamped on a tick before Flagger saw the upgrade',
      st('Failed', 'h1', '2026-12-01T09:50:00Z', '2026-12-01T10:00:01Z'),
      {},
      'stale'
    ],
    [
      'the re-sync window: Failed on the new hash, old condition',
      st('Failed', 'h3', '2026-12-01T09:50:00Z', '2026-12-01T10:00:05Z'),
      {},
      'stale'
    ],
    ['confirm-rollout refused after the re-sync', st('Waiting', 'h3', '2026-12-01T10:00:05Z'), {}, 'paused'],
    [
      'analysing the new template',
      st('Progressing', 'h3', '2026-12-01T10:00:05Z'),
      { analysed: true },
      'progressing'
    ],
    [
      'the new template succeeded',
      st('Succeeded', 'h3', '2026-12-01T10:00:40Z'),
      { analysed: true },
      'passed'
    ],
    // Polls can miss the whole analysis (a long poll, a short one): the condition still moved.
    [
      'the new template succeeded, no active phase seen',
      st('Succeeded', 'h3', '2026-12-01T10:00:40Z'),
      {},
      'passed'
    ],
    [
      'the new template failed its analysis',
      st('Failed', 'h3', '2026-12-01T10:00:40Z'),
      { analysed: true },
      'failed'
    ],
    [
      'the new template failed, no active phase seen',
      st('Failed', 'h3', '2026-12-01T10:00:40Z'),
      {},
      'failed'
    ],
    // The primary not ready on the Failed tick: rollback() writes Failed again, the condition
    // unchanged, and Flagger never analyses h3 (its next tick sees no change): wait, time out.
    [
      'Flagger failed the primary before analysing the new template',
      st('Failed', 'h3', '2026-12-01T09:50:00Z', '2026-12-01T10:00:15Z'),
      {},
      'stale'
    ],
    // hasSpecChanged's manual-rollback rule: a template equal to the promoted one (the primary's)
    // is not analysed; the Canary stays Failed, and the primary already runs this revision.
    [
      'the new template is the promoted one (Flagger does not analyse it; the primary runs it)',
      { ...st('Failed', 'hP', '2026-12-01T09:50:00Z', '2026-12-01T10:00:05Z'), lastPromotedSpec: 'hP' },
      {},
      'passed'
    ],
    [
      'the re-sync window on a template that is not the promoted one',
      { ...st('Failed', 'h3', '2026-12-01T09:50:00Z', '2026-12-01T10:00:05Z'), lastPromotedSpec: 'hP' },
      {},
      'stale'
    ],
    // A tracked config changed too: HaveDependenciesChanged makes Flagger analyse it after all.
    [
      'the promoted template, but a tracked config changed',
      {
        ...st('Failed', 'hP', '2026-12-01T09:50:00Z', '2026-12-01T10:00:05Z'),
        lastPromotedSpec: 'hP',
        trackedConfigs: { 'configmap/web-config': 'c2' }
      },
      {},
      'stale'
    ]
  ];
  test.each(failedRows.map(([what, status, more, verdict]) => [what, verdict, status, more] as const))(
    'upgrade after a Failed, %s → %s',
    (_what, verdict, status, more) => {
      expect(judgeCanary(canary(status), DEPLOYED, { ...afterFailed, ...more })).toBe(verdict);
    }
  );

  // Other snapshots taken mid-flight.
  const midRows: [
    string,
    Record<string, unknown>,
    { appliedSpec: string; promotedStamp: string; analysed?: boolean },
    string
  ][] = [
    // Snapshot while Flagger was still promoting h1: it finishes h1 (Succeeded, new condition,
    // hash still h1) before it notices h2. An active phase on h1 is not h2's analysis.
    [
      'the previous revision finished promoting after the snapshot',
      st('Succeeded', 'h1', '2026-12-01T10:00:03Z'),
      { appliedSpec: 'h1', promotedStamp: 'Promoting@2026-12-01T09:59:55Z' },
      'stale'
    ],
    // Snapshot mid-analysis of h1: Flagger restarts with h2 (Progressing, condition unchanged),
    // then its verdict writes a new condition.
    [
      'restarted analysis of the new template, then succeeded',
      st('Succeeded', 'h2', '2026-12-01T10:00:40Z'),
      { appliedSpec: 'h1', promotedStamp: 'Progressing@2026-12-01T09:59:30Z' },
      'passed'
    ],
    [
      'confirm-promotion refused on the new template',
      st('WaitingPromotion', 'h2', '2026-12-01T10:00:20Z'),
      { appliedSpec: 'h1', promotedStamp: 'Succeeded@2026-12-01T09:00:00Z' },
      'paused'
    ]
  ];
  test.each(midRows.map(([what, status, before, verdict]) => [what, verdict, status, before] as const))(
    'upgrade, %s → %s',
    (_what, verdict, status, before) => {
      expect(judgeCanary(canary(status), DEPLOYED, before)).toBe(verdict);
    }
  );

  // No snapshot (the read was refused, or a Canary new in this revision): the time rule, on the
  // Promoted condition's time when there is one (a re-sync re-stamps only the status's).
  test.each([
    [
      'Failed re-synced after the deploy, its condition older',
      st('Failed', 'h3', '2026-12-01T09:50:00Z', '2026-12-01T10:00:05Z'),
      'stale',
      false
    ],
    ['Failed after the deploy', st('Failed', 'h3', '2026-12-01T10:00:40Z'), 'failed', false],
    [
      'Initialized after the deploy (first install)',
      st('Initialized', 'h1', '2026-12-01T10:00:03Z'),
      'passed',
      false
    ],
    // skipAnalysis: Flagger goes Progressing, then straight to Succeeded (shouldSkipAnalysis).
    [
      'skipAnalysis, promoted without analysis',
      st('Succeeded', 'h2', '2026-12-01T10:00:12Z'),
      'passed',
      true
    ],
    [
      'skipAnalysis, not noticed yet',
      st('Succeeded', 'h1', '2026-12-01T09:40:00Z', '2026-12-01T10:00:01Z'),
      'stale',
      true
    ]
  ] as const)('no snapshot, %s → %s', (_what, status, verdict, skip) => {
    expect(judgeCanary(canary(status, {}, skip ? { skipAnalysis: true } : {}), DEPLOYED)).toBe(verdict);
  });

  // A ConfigMap-only change: the pod template hash stays, trackedConfigs' checksum moves
  // (SyncStatus writes both on every sync).
  test.each([
    [
      'Progressing with the new config',
      {
        ...st('Progressing', 'h1', '2026-12-01T10:00:05Z'),
        trackedConfigs: { 'configmap/web-config': 'c2' }
      },
      'progressing'
    ],
    [
      'Succeeded with the new config',
      { ...st('Succeeded', 'h1', '2026-12-01T10:00:40Z'), trackedConfigs: { 'configmap/web-config': 'c2' } },
      'passed'
    ],
    [
      'the old verdict, old config',
      { ...st('Succeeded', 'h1', '2026-12-01T09:00:00Z'), trackedConfigs: { 'configmap/web-config': 'c1' } },
      'stale'
    ]
  ] as const)('config-only upgrade, %s → %s', (_what, status, verdict) => {
    const before = canary({
      ...st('Succeeded', 'h1', '2026-12-01T09:00:00Z'),
      trackedConfigs: { 'configmap/web-config': 'c1' }
    });
    expect(
      judgeCanary(canary(status), DEPLOYED, {
        appliedSpec: before.applied,
        promotedStamp: before.promotedStamp
      })
    ).toBe(verdict);
  });

  test('confirm gates: webhooks named by type (never their URLs), the iteration Flagger toggles while asking left out', () => {
    const hooks = [
      { name: 'load', type: 'rollout', url: 'http://tester/' },
      { name: 'ask', type: 'confirm-rollout', url: 'http://gate/?token=s3cret' },
      { name: 'promotion-gate', type: 'confirm-promotion', url: 'http://gate/p' }
    ];
    const waiting = canary(
      { phase: 'Waiting', conditions: promoted('Waiting', '2026-12-01T10:00:05Z') },
      { webhooks: hooks }
    );
    expect(waiting.gates).toEqual([
      { name: 'ask', type: 'confirm-rollout' },
      { name: 'promotion-gate', type: 'confirm-promotion' }
    ]);
    expect(gateName(waiting)).toBe('its confirm-rollout webhook ask');
    const atPromotion = canary({ phase: 'WaitingPromotion', iterations: 2 }, { webhooks: hooks });
    expect(gateName(atPromotion)).toBe('its confirm-promotion webhook promotion-gate');
    expect(cannotPromote(atPromotion)).toBe(
      'rollout-pause: promote cannot promote a Flagger Canary: Flagger has no promote API and advances only when its confirm-promotion webhook promotion-gate answers 2xx'
    );
    expect(formatCanary(atPromotion)).toBe(
      'canary/web WaitingPromotion: canary weight 0%, 0/1 failed checks'
    );
    expect(JSON.stringify(atPromotion)).not.toContain('s3cret');
    expect(canary({}, {}, { skipAnalysis: true }).skipAnalysis).toBe(true);
    expect(canary({}).skipAnalysis).toBe(false);
  });

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

describe('which tracked configs a revision changed', () => {
  const cm = (name: string, data: string) =>
    `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata: ${data}\n`;
  const secret = (name: string, fields: string) =>
    `---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\ntype: Opaque\n${fields}\n`;
  const tracked = ['configmap/web-config', 'secret/web-db'];
  test.each([
    ['first install: every tracked config', cm('web-config', '{a: "1"}'), undefined, tracked],
    ['nothing changed', cm('web-config', '{a: "1"}'), cm('web-config', '{a: "1"}'), []],
    [
      'ConfigMap data changed',
      cm('web-config', '{a: "2"}'),
      cm('web-config', '{a: "1"}'),
      ['configmap/web-config']
    ],
    [
      'ConfigMap keys reordered only',
      cm('web-config', '{b: "2", a: "1"}'),
      cm('web-config', '{a: "1", b: "2"}'),
      []
    ],
    // Flagger checksums data alone; binaryData is not tracked.
    [
      'ConfigMap binaryData only',
      cm('web-config', '{a: "1"}\nbinaryData: {x: eA==}'),
      cm('web-config', '{a: "1"}'),
      []
    ],
    [
      'Secret data changed',
      secret('web-db', 'data: {p: eA==}'),
      secret('web-db', 'data: {p: eQ==}'),
      ['secret/web-db']
    ],
    // The API server stores stringData as data: the same bytes are no change.
    [
      'Secret stringData equal to the old data',
      secret('web-db', 'stringData: {p: x}'),
      secret('web-db', 'data: {p: eA==}'),
      []
    ],
    [
      'a config the release does not hold (made elsewhere)',
      cm('other', '{a: "1"}'),
      cm('other', '{a: "2"}'),
      []
    ],
    ['a tracked config removed from the release', '', cm('web-config', '{a: "1"}'), ['configmap/web-config']]
  ] as const)('%s', (_what, now, before, expected) => {
    expect(changedConfigs(now, before, [...tracked])).toEqual(expected);
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

/**
 * The follower itself, against a stand-in API (not a cluster): each poll gets the next Canary list
 * of a script that replays what Flagger v1.36.1 writes; pods and events are empty.
 */
describe('followCanaries on scripted Flagger status sequences (stand-in API)', () => {
  const gates: GateInputs = {
    helmTest: false,
    helmTestTimeoutSeconds: 300,
    onGateFailure: 'rollback',
    onFirstInstallGateFailure: 'uninstall',
    rolloutPause: 'wait'
  };
  const manifest = (...names: string[]) =>
    names
      .map(
        n =>
          `---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${n}\nspec:\n  template:\n    spec:\n      containers: [{name: app, image: "web:${n}-2"}]\n`
      )
      .join('');
  const previous = manifest('web').replace('web-2', 'web-1');

  function standIn(script: Record<string, unknown>[][]) {
    let polls = 0;
    const kube = {
      list: (path: string) =>
        Promise.resolve(
          path.endsWith('/canaries') ? (script[Math.min(polls++, script.length - 1)] ?? []) : []
        ),
      get: () => Promise.reject(new Error('stand-in: no such object'))
    } as unknown as KubeClient;
    const lines: string[] = [];
    const log = { info: (m: string) => void lines.push(m), warning: (m: string) => void lines.push(m) };
    return {
      deps: { kube, log, now: () => new Date(), rollouts: { pollMs: 1, timeoutSeconds: 0.3 } },
      lines,
      polls: () => polls
    };
  }
  const webhooks = [{ name: 'promotion-gate', type: 'confirm-promotion', url: 'http://gate/' }];
  const obj = (status: Record<string, unknown>, spec: Record<string, unknown> = {}) =>
    canaryObject(status, { webhooks }, spec);

  test('an upgrade after a Failed: the re-sync window, Progressing, Succeeded → passed', async () => {
    const script = [
      [obj(st('Failed', 'h1', '2026-12-01T09:50:00Z', '2026-12-01T10:00:01Z'))],
      [obj(st('Failed', 'h3', '2026-12-01T09:50:00Z', '2026-12-01T10:00:05Z'))],
      [obj(st('Failed', 'h3', '2026-12-01T09:50:00Z', '2026-12-01T10:00:05Z'))],
      [obj(st('Progressing', 'h3', '2026-12-01T10:00:09Z'))],
      [obj(st('Succeeded', 'h3', '2026-12-01T10:00:40Z'))]
    ];
    const s = standIn(script);
    const r = await followCanaries(
      { namespace: 'ns', releaseName: 'web', timeoutSeconds: 60, gates },
      {
        deployedAt: DEPLOYED,
        manifest: manifest('web'),
        previousManifest: previous,
        specsBefore: new Map([['web', { appliedSpec: 'h1', promotedStamp: 'Failed@2026-12-01T09:50:00Z' }]])
      },
      { ...s.deps, rollouts: { pollMs: 1, timeoutSeconds: 10 } }
    );
    expect(r).toMatchObject({ found: true, ok: true });
    expect(s.polls()).toBe(script.length);
    expect(s.lines.join('\n')).toMatch(/canary\/web Progressing: [^]*canary\/web Succeeded: /);
  });

  test.each([
    [
      'wait',
      'Flagger Canary(ies) web not promoted within 60s; Canary web is still WaitingPromotion: its confirm-promotion webhook promotion-gate did not approve'
    ],
    [
      'promote',
      'Flagger Canary(ies) web not promoted within 60s; Canary web is still WaitingPromotion: its confirm-promotion webhook promotion-gate did not approve (rollout-pause: promote cannot promote a Flagger Canary: Flagger has no promote API and advances only when its confirm-promotion webhook promotion-gate answers 2xx)'
    ],
    [
      'fail',
      'Canary web is WaitingPromotion (its confirm-promotion webhook promotion-gate has not approved) and rollout-pause is fail'
    ]
  ] as const)('confirm-promotion not approved, rollout-pause %s → %j', async (pause, error) => {
    const s = standIn([
      [obj(st('Progressing', 'h2', '2026-12-01T10:00:05Z'))],
      [obj(st('WaitingPromotion', 'h2', '2026-12-01T10:00:15Z'))]
    ]);
    const r = await followCanaries(
      { namespace: 'ns', releaseName: 'web', timeoutSeconds: 60, gates: { ...gates, rolloutPause: pause } },
      {
        deployedAt: DEPLOYED,
        manifest: manifest('web'),
        previousManifest: previous,
        specsBefore: new Map([
          ['web', { appliedSpec: 'h1', promotedStamp: 'Succeeded@2026-12-01T09:00:00Z' }]
        ])
      },
      s.deps
    );
    expect(r).toMatchObject({ found: true, ok: false, error });
    if (pause !== 'fail')
      expect(s.lines).toContain(
        pause === 'promote'
          ? `Canary web is WaitingPromotion (its confirm-promotion webhook promotion-gate has not approved): ${cannotPromote(canary({ phase: 'WaitingPromotion' }, { webhooks }))}; waiting for the webhook, up to the timeout.`
          : 'Canary web is WaitingPromotion (its confirm-promotion webhook promotion-gate has not approved): waiting for its webhook to approve (rollout-pause: wait), up to the timeout.'
      );
  });

  test("a Canary of the release whose target is another release's workload: nothing of this revision to analyse", async () => {
    const s = standIn([
      [obj(st('Succeeded', 'h0', '2026-12-01T08:00:00Z'), { targetRef: { kind: 'Deployment', name: 'api' } })]
    ]);
    const r = await followCanaries(
      { namespace: 'ns', releaseName: 'web', timeoutSeconds: 60, gates },
      { deployedAt: DEPLOYED, manifest: manifest('web'), previousManifest: previous },
      s.deps
    );
    expect(r).toMatchObject({ found: true, ok: true });
    expect(s.lines).toContain(
      'canary/web: its target deployment/api is not part of this release; nothing of this revision to analyse.'
    );
    expect([...podTemplates(manifest('web')).keys()]).toEqual(['Deployment/web']);
  });
});
