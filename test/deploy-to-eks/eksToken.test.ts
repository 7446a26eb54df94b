import { execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { hmacSha256, sha256, toHex } from '../../actions/deploy-to-eks/src/sha256';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import {
  amzDate,
  eksToken,
  execApiVersion,
  execCredential,
  presignGetCallerIdentity,
  stsHost,
  uriEncode
} from '../../actions/deploy-to-eks/src/eksToken';
import { credentialsFromEnv, parseArgs, runCli } from '../../actions/deploy-to-eks/src/eksTokenCommand';

const ROOT = path.resolve(__dirname, '../..');
/** botocore ships with moto in the project venv; EKS_TOKEN_PYTHON points elsewhere if needed. */
const PYTHON = process.env['EKS_TOKEN_PYTHON'] ?? path.join(ROOT, '.tools/venv/bin/python');
const SCRIPT = path.join(__dirname, 'fixtures/botocore_eks_token.py');

// AWS's documented example key pair (not a real account), plus a token with characters that need encoding.
const CREDS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

function botocore(
  cluster: string,
  region: string,
  when: string,
  token?: string
): { token: string; url: string } {
  if (!existsSync(PYTHON))
    throw new Error(
      `${PYTHON} is missing: run scripts/bootstrap.sh --only python (botocore comes with moto)`
    );
  const args = [SCRIPT, cluster, region, when, CREDS.accessKeyId, CREDS.secretAccessKey];
  if (token) args.push(token);
  return JSON.parse(execFileSync(PYTHON, args, { encoding: 'utf8' })) as { token: string; url: string };
}

describe('EKS token known answers (botocore, the aws CLI library)', () => {
  const cases: [string, string, string, string | undefined][] = [
    ['my-cluster', 'eu-north-1', '2026-01-02T03:04:05Z', undefined],
    ['dev-col-eu-north-1-eks', 'eu-north-1', '2026-11-26T23:59:59Z', 'IQoJb3JpZ2luX2VjE/session+token=='],
    ['c', 'us-east-1', '2024-02-29T00:00:00Z', 'tok en~*!'],
    ['cluster.with.dots', 'cn-north-1', '2025-06-30T12:00:00Z', undefined]
  ];
  test.each(cases)(
    'cluster %s in %s at %s (session token %s) signs exactly like botocore',
    (cluster, region, when, sessionToken) => {
      const expected = botocore(cluster, region, when, sessionToken);
      const url = presignGetCallerIdentity({
        clusterName: cluster,
        region,
        now: new Date(when),
        credentials: { ...CREDS, sessionToken }
      });
      expect(url).toBe(expected.url);
      expect(
        eksToken({
          clusterName: cluster,
          region,
          now: new Date(when),
          credentials: { ...CREDS, sessionToken }
        })
      ).toBe(expected.token);
    }
  );

  test('the token is k8s-aws-v1. + unpadded base64url of a 60 s presigned URL with x-k8s-aws-id signed', () => {
    const t = eksToken({
      clusterName: 'x',
      region: 'eu-north-1',
      now: new Date('2026-01-01T00:00:00Z'),
      credentials: CREDS
    });
    expect(t.startsWith('k8s-aws-v1.')).toBe(true);
    const body = t.slice('k8s-aws-v1.'.length);
    expect(body).not.toMatch(/[=+/]/);
    const url = new URL(Buffer.from(body, 'base64url').toString('utf8'));
    expect(url.host).toBe('sts.eu-north-1.amazonaws.com');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('60');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('host;x-k8s-aws-id');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('EKS token helpers', () => {
  test.each([
    ['eu-north-1', 'sts.eu-north-1.amazonaws.com'],
    ['cn-northwest-1', 'sts.cn-northwest-1.amazonaws.com.cn'],
    ['us-gov-west-1', 'sts.us-gov-west-1.amazonaws.com']
  ])('regional STS host for %s is %s', (region, host) => expect(stsHost(region)).toBe(host));

  test('uriEncode encodes everything but unreserved characters', () => {
    expect(uriEncode("a-_.~ /+=!'()*")).toBe('a-_.~%20%2F%2B%3D%21%27%28%29%2A');
  });

  test('amzDate', () => expect(amzDate(new Date('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z'));

  test.each([
    [undefined, 'client.authentication.k8s.io/v1beta1'],
    ['', 'client.authentication.k8s.io/v1beta1'],
    [
      '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential"}',
      'client.authentication.k8s.io/v1'
    ],
    ['not json', 'client.authentication.k8s.io/v1beta1'],
    ['{"apiVersion":"evil/v1"}', 'client.authentication.k8s.io/v1beta1']
  ])('exec apiVersion from KUBERNETES_EXEC_INFO %p is %s', (info, v) => expect(execApiVersion(info)).toBe(v));

  test('ExecCredential expires 14 minutes after minting', () => {
    const c = execCredential(
      'k8s-aws-v1.x',
      new Date('2026-01-01T00:00:00.500Z'),
      'client.authentication.k8s.io/v1'
    );
    expect(c).toEqual({
      kind: 'ExecCredential',
      apiVersion: 'client.authentication.k8s.io/v1',
      spec: {},
      status: { expirationTimestamp: '2026-01-01T00:14:00Z', token: 'k8s-aws-v1.x' }
    });
  });
});

describe('eks-token command line', () => {
  test.each([
    [['--cluster-name', 'a', '--region', 'eu-north-1'], {}, 'a', 'eu-north-1', []],
    [['--cluster-name=a'], { AWS_REGION: 'us-east-1' }, 'a', 'us-east-1', []],
    [['--cluster-name=a'], { AWS_DEFAULT_REGION: 'us-west-2' }, 'a', 'us-west-2', []],
    [[], {}, '', '', ['--cluster-name is required', '--region is required (or set AWS_REGION)']],
    [
      ['--cluster-name'],
      { AWS_REGION: 'x' },
      '',
      'x',
      ['--cluster-name needs a value', '--cluster-name is required']
    ],
    [['--bogus', '--cluster-name', 'a', '--region', 'r'], {}, 'a', 'r', ['unknown argument "--bogus"']]
  ])('parseArgs(%p, %p)', (argv, env, cluster, region, problems) => {
    const r = parseArgs(argv, env);
    expect(r.args.clusterName).toBe(cluster);
    expect(r.args.region).toBe(region);
    expect(r.problems).toEqual(problems);
  });

  test('credentials from the environment (session token optional)', () => {
    expect(credentialsFromEnv({ AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' })).toEqual({
      accessKeyId: 'a',
      secretAccessKey: 'b',
      sessionToken: undefined
    });
    expect(credentialsFromEnv({ AWS_ACCESS_KEY_ID: 'a' })).toBeUndefined();
  });

  test('prints an ExecCredential for env credentials', async () => {
    let out = '';
    const code = await runCli(
      ['--cluster-name', 'demo', '--region', 'eu-north-1'],
      { ...CREDS_ENV, KUBERNETES_EXEC_INFO: '{"apiVersion":"client.authentication.k8s.io/v1"}' },
      s => (out += s),
      () => undefined,
      () => new Date('2026-01-02T03:04:05Z')
    );
    expect(code).toBe(0);
    const cred = JSON.parse(out) as {
      apiVersion: string;
      status: { token: string; expirationTimestamp: string };
    };
    expect(cred.apiVersion).toBe('client.authentication.k8s.io/v1');
    expect(cred.status.expirationTimestamp).toBe('2026-01-02T03:18:05Z');
    expect(cred.status.token).toBe(
      eksToken({
        clusterName: 'demo',
        region: 'eu-north-1',
        now: new Date('2026-01-02T03:04:05Z'),
        credentials: CREDS
      })
    );
  });

  test('bad arguments: exit 2 and a usage message naming the problem', async () => {
    let err = '';
    const code = await runCli(
      ['--region', 'eu-north-1'],
      {},
      () => undefined,
      s => (err += s)
    );
    expect(code).toBe(2);
    expect(err).toContain('--cluster-name is required');
    expect(err).toContain('Usage: eks-token');
  });
});

const CREDS_ENV = { AWS_ACCESS_KEY_ID: CREDS.accessKeyId, AWS_SECRET_ACCESS_KEY: CREDS.secretAccessKey };

describe('SHA-256 / HMAC-SHA256 without node:crypto (start-up), checked against node:crypto', () => {
  const inputs = [
    '',
    'abc',
    'a'.repeat(55),
    'a'.repeat(56),
    'a'.repeat(64),
    'x'.repeat(1000),
    'åäö ✓ unicode'
  ];
  test.each(inputs.map(s => [s.length, s]))('sha256 of %i bytes', (_n, s) => {
    expect(toHex(sha256(s))).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
  });
  test.each([
    ['key', 'The quick brown fox jumps over the lazy dog'],
    ['', ''],
    ['k'.repeat(64), 'exactly one block of key'],
    ['k'.repeat(100), 'a key longer than the block is hashed first']
  ])('hmac with key %p', (key, msg) => {
    expect(toHex(hmacSha256(key, msg))).toBe(createHmac('sha256', key).update(msg).digest('hex'));
  });
});
