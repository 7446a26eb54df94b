/**
 * The release model's pure decisions: the record labels (digest encoding, trust rule), the
 * rollback-on-demand target, and the "from → to" lines of the summary. Tables over records as
 * Helm stores them (secretToRecord of a real encoding).
 */
import {
  encodeReleaseData,
  secretToRecord,
  type ReleaseRecord
} from '../../actions/deploy-to-eks/src/releaseStore';
import {
  CHART_DIGEST_LABEL,
  CHART_MANIFEST_LABEL,
  IMAGE_DIGEST_LABEL,
  digestToLabel,
  labelToDigest,
  recordLabelArgs,
  recordLabels,
  recordOf
} from '../../actions/deploy-to-eks/src/steps/record';
import { planRollback } from '../../actions/deploy-to-eks/src/steps/rollback';
import { artifactMoves, echoArgs, stateOf, NO_ARTIFACT } from '../../actions/deploy-to-eks/src/release';
import { FINGERPRINT_REVISION_LABEL } from '../../actions/deploy-to-eks/src/fingerprintLabels';

const D = (c: string) => 'sha256:' + c.repeat(64);

function rec(
  revision: number,
  status: string,
  labels: Record<string, string> = {},
  description = ''
): ReleaseRecord {
  const r = secretToRecord({
    metadata: {
      name: `sh.helm.release.v1.web.v${revision}`,
      labels: { owner: 'helm', name: 'web', status, ...labels }
    },
    data: {
      release: encodeReleaseData({
        name: 'web',
        version: revision,
        info: { status: status as ReleaseRecord['status'], description }
      })
    }
  });
  if (!r) throw new Error('no record');
  return r;
}

describe('record labels', () => {
  test.each([
    D('0'),
    D('f'),
    D('a'),
    'sha256:00000000000000000000000000000000000000000000000000000000000000ff'
  ])('%s fits a label value and comes back whole', d => {
    const v = digestToLabel(d);
    expect(v).toMatch(/^[0-9a-z]{1,50}$/);
    expect(v.length).toBeLessThanOrEqual(63);
    expect(labelToDigest(v)).toBe(d);
  });
  test.each([
    ['', ''],
    ['sha256:abc', ''],
    ['md5:' + 'a'.repeat(32), '']
  ])('not a sha256 digest: %p → %p', (d, v) => expect(digestToLabel(d)).toBe(v));
  test.each([
    [undefined],
    [''],
    ['UPPER'],
    ['null'],
    ['a'.repeat(51)],
    ['zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz']
  ])('a label that is not a digest (%p) reads as none', v => expect(labelToDigest(v)).toBe(''));
  test('one --labels with the revision it belongs to; an unknown digest removes the carried-over one', () => {
    const a = { imageDigest: D('a'), chartDigest: D('b'), chartManifest: '', fingerprint: 'f'.repeat(60) };
    expect(recordLabels(a, 7)).toEqual({
      [CHART_DIGEST_LABEL]: digestToLabel(D('b')),
      [IMAGE_DIGEST_LABEL]: digestToLabel(D('a')),
      [CHART_MANIFEST_LABEL]: 'null',
      'deploy-to-eks.flygtaxi.io/inputs-sha256': 'f'.repeat(60),
      [FINGERPRINT_REVISION_LABEL]: '7'
    });
    const args = recordLabelArgs(a, 7);
    expect(args[0]).toBe('--labels');
    expect(args[1]).toContain(`${FINGERPRINT_REVISION_LABEL}=7`);
    // Deployed by tag from a directory: every label of the last revision is removed ('null').
    expect(recordLabelArgs(NO_ARTIFACT, 7)[1]).toBe(
      [
        'deploy-to-eks.flygtaxi.io/inputs-sha256=null',
        `${IMAGE_DIGEST_LABEL}=null`,
        `${CHART_DIGEST_LABEL}=null`,
        `${CHART_MANIFEST_LABEL}=null`,
        `${FINGERPRINT_REVISION_LABEL}=7`
      ].join(',')
    );
  });
  test.each([
    ['naming its own revision: trusted', 3, '3', '', true],
    ['carried over by a plain helm upgrade: not trusted', 4, '3', 'Upgrade complete', false],
    ['on a helm rollback to the revision it names: trusted', 5, '3', 'Rollback to 3', true],
    ['on a rollback to another revision: not trusted', 5, '3', 'Rollback to 2', false]
  ])('a record %s', (_n, revision, labelRev, description, trusted) => {
    const labels = recordLabels({ ...NO_ARTIFACT, imageDigest: D('c') }, Number(labelRev));
    expect(recordOf(rec(revision, 'deployed', labels, description)).imageDigest).toBe(trusted ? D('c') : '');
  });
});

describe('rollback on demand: the target', () => {
  const good = (n: number, status = 'superseded') => rec(n, status);
  const s = stateOf([good(1), good(2), rec(3, 'failed'), good(4, 'deployed')]);
  const plan = (to: string, st = s) =>
    planRollback({ releaseName: 'web', namespace: 'apps', rollbackTo: to }, st);
  test('previous: the last successful revision before the deployed one (failed ones skipped)', () => {
    const p = plan('previous');
    expect(p.kind).toBe('rollback');
    expect(p.revision.revision).toBe(2);
    expect(p.message).toBe('Rolling back web from revision 4 to the content of revision 2.');
  });
  test('a named successful revision', () => expect(plan('1').revision.revision).toBe(1));
  test('the deployed revision itself: nothing to do', () => expect(plan('4').kind).toBe('nothing'));
  test.each([
    [
      '9',
      /revision 9 of web does not exist \(kept revisions: 1, 2, 3, 4; successful ones: 1, 2, 4\); nothing was changed/
    ],
    ['3', /revision 3 of web is failed, never a successful deploy/]
  ])('refused: %s', (to, msg) => expect(() => plan(to)).toThrow(msg));
  test('refused without a deployed revision, or without an earlier good one', () => {
    expect(() => plan('previous', stateOf([]))).toThrow(
      /has no deployed revision to roll back from \(it does not exist\)/
    );
    expect(() => plan('previous', stateOf([good(1, 'deployed')]))).toThrow(
      /no successful revision before the deployed revision 1/
    );
  });
});

test('summary lines say which digests moved', () => {
  expect(
    artifactMoves({ ...NO_ARTIFACT, imageDigest: D('a') }, { ...NO_ARTIFACT, imageDigest: D('c') })
  ).toEqual(['image sha256:aaaaaaaaaaaa… → sha256:cccccccccccc…']);
  expect(artifactMoves(undefined, { ...NO_ARTIFACT, chartDigest: D('b') })).toEqual([
    'chart - → sha256:bbbbbbbbbbbb…'
  ]);
  expect(artifactMoves(undefined, undefined)).toEqual([]);
});

test.each([
  [['--set', 'dbPassword=s3cret', '--set', 'replicaCount=3'], '--set dbPassword=*** --set replicaCount=3'],
  [['--set-string', 'api.token=abc'], '--set-string api.token=***'],
  [['--values', 'password.yaml', 'a b'], '--values password.yaml "a b"']
])('the echoed helm command never shows a credential-named --set value: %j', (args, line) =>
  expect(echoArgs(args)).toBe(line)
);
