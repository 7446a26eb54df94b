/**
 * The OCI chart reference grammar (src/lib/ociRef.ts) and where a chart registry's credentials
 * come from (src/lib/ociChart.ts ociCredentials): tables, pure. ECR's GetAuthorizationToken is a
 * stand-in here (a fake named as such); the SDK path itself is build-push-ecr's, tested on moto.
 */
import {
  formatOciChartRef,
  ociChartRefProblem,
  parseOciChartRef,
  parseOciRepository
} from '../../src/lib/ociRef';
import { ociCredentials, pullRefusal } from '../../src/lib/ociChart';

const H = 'a'.repeat(64);

test.each([
  [
    `oci://r.example/charts/web@sha256:${H}`,
    '',
    { host: 'r.example', repository: 'charts/web', name: 'web', digest: `sha256:${H}`, tag: '' }
  ],
  [
    'oci://127.0.0.1:5000/web',
    '1.2.3+build',
    { host: '127.0.0.1:5000', repository: 'web', name: 'web', digest: '', tag: '1.2.3_build' }
  ],
  [
    'oci://r.example/a/b/web:0.1.0',
    '',
    { host: 'r.example', repository: 'a/b/web', name: 'web', digest: '', tag: '0.1.0' }
  ],
  ['oci://r.example/web', '', { host: 'r.example', repository: 'web', name: 'web', digest: '', tag: '' }]
])('parses %s (version %p)', (ref, version, want) => {
  expect(ociChartRefProblem(ref)).toBeUndefined();
  expect(parseOciChartRef(ref, version)).toEqual(want);
});

test.each([
  ['oci://r.example/Charts/web', /repository path must be lower-case/],
  [`oci://r.example/web@sha256:${H.slice(1)}`, /the digest must be sha256: followed by 64/],
  ['oci://r.example/web@latest', /the digest must be sha256/],
  ['oci://r.example', /is not oci:\/\/<registry>\/<path>\/<name>/],
  ['https://r.example/web', /is not oci:\/\//]
])('refuses %s', (ref, msg) => {
  expect(ociChartRefProblem(ref)).toMatch(msg);
  expect(parseOciChartRef(ref)).toBeUndefined();
});

test('format pins by digest', () =>
  expect(formatOciChartRef({ host: 'r.example', repository: 'c/web', digest: `sha256:${H}` })).toBe(
    `oci://r.example/c/web@sha256:${H}`
  ));

test.each([
  ['oci://r.example/charts', { host: 'r.example', path: 'charts' }],
  ['oci://r.example/charts/', { host: 'r.example', path: 'charts' }],
  ['oci://r.example', { host: 'r.example', path: '' }],
  ['oci://127.0.0.1:5000/a/b', { host: '127.0.0.1:5000', path: 'a/b' }],
  ['oci://r.example/charts:1.0', undefined],
  ['oci://r.example/Charts', undefined],
  ['r.example/charts', undefined]
])('push target %s', (v, want) => expect(parseOciRepository(v)).toEqual(want));

describe('registry credentials', () => {
  const masked: string[] = [];
  const mask = (s: string) => masked.push(s);
  // Stand-in for ECR GetAuthorizationToken: records which account and region were asked.
  const asked: string[] = [];
  const fakeEcr = async (region: string, account: string) => {
    asked.push(`${account}/${region}`);
    return { username: 'AWS', password: `ecr-token-${account}` };
  };

  test('given credentials win and the password is masked', async () => {
    await expect(
      ociCredentials(
        '123456789012.dkr.ecr.eu-north-1.amazonaws.com',
        { username: 'u', password: 'p' },
        fakeEcr,
        mask
      )
    ).resolves.toEqual({ username: 'u', password: 'p' });
    expect(asked).toEqual([]);
    expect(masked).toContain('p');
  });

  test('an ECR host without credentials: the SDK auth of that account and region, masked', async () => {
    await expect(
      ociCredentials('123456789012.dkr.ecr.eu-north-1.amazonaws.com', {}, fakeEcr, mask)
    ).resolves.toEqual({ username: 'AWS', password: 'ecr-token-123456789012' });
    expect(asked).toEqual(['123456789012/eu-north-1']);
    expect(masked).toContain('ecr-token-123456789012');
  });

  test('any other host without credentials: anonymous', async () => {
    await expect(ociCredentials('ghcr.io', {}, fakeEcr, mask)).resolves.toBeUndefined();
  });
});

test('a refused pull says how to grant it: both sides of an ECR cross-account grant, else the credentials', () => {
  expect(
    pullRefusal(
      { host: '123456789012.dkr.ecr.eu-north-1.amazonaws.com', repository: 'flygtaxi/charts/frontdoor' },
      'denied: not authorized'
    )
  ).toBe(
    'cannot pull chart oci://123456789012.dkr.ecr.eu-north-1.amazonaws.com/flygtaxi/charts/frontdoor: ' +
      'the identity of this job cannot pull from 123456789012.dkr.ecr.eu-north-1.amazonaws.com (account 123456789012): ' +
      'grant it in the repository policy (terraform/modules/ecr pull_accounts (account_id, principal_arns): ecr:BatchGetImage, ecr:GetDownloadUrlForLayer) ' +
      "and in the role's IAM policy (terraform/modules/github-oidc, with ecr:GetAuthorizationToken); " +
      'see docs/promote.md "Cross-account pull" (denied: not authorized); nothing was changed'
  );
  expect(pullRefusal({ host: 'ghcr.io', repository: 'org/charts/web' }, 'HTTP 401')).toBe(
    'cannot pull chart oci://ghcr.io/org/charts/web: the registry credentials (registry-username / registry-password) may not read org/charts/web (HTTP 401); nothing was changed'
  );
});
