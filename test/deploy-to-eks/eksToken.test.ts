import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import {
  amzDate,
  eksToken,
  execApiVersion,
  execCredential,
  presignGetCallerIdentity,
  uriEncode,
  type StsEndpoint
} from '../../actions/deploy-to-eks/src/eksToken';
import { resolveStsEndpoint } from '../../actions/deploy-to-eks/src/eksTokenEndpoint';
import {
  credentialsFromEnv,
  formatStsEndpoint,
  parseArgs,
  parseStsEndpoint,
  runCli
} from '../../actions/deploy-to-eks/src/eksTokenCommand';

const ROOT = path.resolve(__dirname, '../..');
/** botocore ships with moto in the project venv; EKS_TOKEN_PYTHON points elsewhere if needed. */
const PYTHON = process.env['EKS_TOKEN_PYTHON'] ?? path.join(ROOT, '.tools/venv/bin/python');
const SCRIPT = path.join(__dirname, 'fixtures/botocore_eks_token.py');

const EU_NORTH: StsEndpoint = { protocol: 'https:', host: 'sts.eu-north-1.amazonaws.com', path: '/' };

// AWS's documented example key pair (not a real account), plus a token with characters that need encoding.
const CREDS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

/** No shared config or credentials files from the machine: only the variables a case sets. */
const ISOLATED: NodeJS.ProcessEnv = {
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null'
};
const ENDPOINT_VARS = [
  'AWS_USE_FIPS_ENDPOINT',
  'AWS_USE_DUALSTACK_ENDPOINT',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_STS',
  'AWS_STS_REGIONAL_ENDPOINTS',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_PROFILE'
];

/** The SDK's resolution under exactly `env` (process.env is what the SDK reads; restored after). */
async function sdkEndpoint(region: string, env: NodeJS.ProcessEnv): Promise<StsEndpoint> {
  const saved = Object.fromEntries(ENDPOINT_VARS.map(k => [k, process.env[k]]));
  for (const k of ENDPOINT_VARS) delete process.env[k];
  Object.assign(process.env, ISOLATED, env);
  try {
    return await resolveStsEndpoint(region);
  } finally {
    for (const k of ENDPOINT_VARS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
}

function botocore(
  cluster: string,
  region: string,
  when: string,
  token?: string,
  env: NodeJS.ProcessEnv = {}
): { token: string; url: string } {
  if (!existsSync(PYTHON))
    throw new Error(
      `${PYTHON} is missing: run scripts/bootstrap.sh --only python (botocore comes with moto)`
    );
  const args = [SCRIPT, cluster, region, when, CREDS.accessKeyId, CREDS.secretAccessKey];
  if (token) args.push(token);
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !ENDPOINT_VARS.includes(k)));
  return JSON.parse(
    execFileSync(PYTHON, args, { encoding: 'utf8', env: { ...base, ...ISOLATED, ...env } })
  ) as { token: string; url: string };
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
    async (cluster, region, when, sessionToken) => {
      const expected = botocore(cluster, region, when, sessionToken);
      const endpoint = await sdkEndpoint(region, {});
      const url = presignGetCallerIdentity({
        clusterName: cluster,
        region,
        now: new Date(when),
        credentials: { ...CREDS, sessionToken },
        endpoint
      });
      expect(url).toBe(expected.url);
      expect(
        eksToken({
          clusterName: cluster,
          region,
          now: new Date(when),
          credentials: { ...CREDS, sessionToken },
          endpoint
        })
      ).toBe(expected.token);
    }
  );

  // Each partition, FIPS and the endpoint overrides: the host comes from the SDK's endpoint
  // ruleset, the signature from our signer, and both must equal what botocore produces.
  const partitions: [string, string, NodeJS.ProcessEnv, string][] = [
    ['aws', 'eu-north-1', {}, 'https://sts.eu-north-1.amazonaws.com/'],
    ['aws-cn', 'cn-northwest-1', {}, 'https://sts.cn-northwest-1.amazonaws.com.cn/'],
    ['aws-us-gov', 'us-gov-west-1', {}, 'https://sts.us-gov-west-1.amazonaws.com/'],
    ['aws-iso', 'us-iso-east-1', {}, 'https://sts.us-iso-east-1.c2s.ic.gov/'],
    ['aws-iso-b', 'us-isob-east-1', {}, 'https://sts.us-isob-east-1.sc2s.sgov.gov/'],
    [
      'aws + FIPS',
      'us-east-1',
      { AWS_USE_FIPS_ENDPOINT: 'true' },
      'https://sts-fips.us-east-1.amazonaws.com/'
    ],
    [
      'aws-us-gov + FIPS',
      'us-gov-east-1',
      { AWS_USE_FIPS_ENDPOINT: 'true' },
      'https://sts.us-gov-east-1.amazonaws.com/'
    ],
    [
      'AWS_ENDPOINT_URL_STS',
      'eu-north-1',
      { AWS_ENDPOINT_URL_STS: 'https://sts.vpce.example.test:8443' },
      'https://sts.vpce.example.test:8443/'
    ],
    [
      'AWS_ENDPOINT_URL (all services)',
      'eu-north-1',
      { AWS_ENDPOINT_URL: 'http://aws.example.test:5000' },
      'http://aws.example.test:5000/'
    ]
  ];
  test.each(partitions)(
    '%s (%s): STS endpoint from the SDK ruleset, token signed exactly like botocore',
    async (_what, region, env, prefix) => {
      const when = '2026-03-04T05:06:07Z';
      const expected = botocore('prod-eks', region, when, 'FwoGZXIvYXdzE/tok+en==', env);
      const endpoint = await sdkEndpoint(region, env);
      const url = presignGetCallerIdentity({
        clusterName: 'prod-eks',
        region,
        now: new Date(when),
        credentials: { ...CREDS, sessionToken: 'FwoGZXIvYXdzE/tok+en==' },
        endpoint
      });
      expect(url.startsWith(`${prefix}?Action=GetCallerIdentity&`)).toBe(true);
      expect(url).toBe(expected.url);
    }
  );

  test('the token is k8s-aws-v1. + unpadded base64url of a 60 s presigned URL with x-k8s-aws-id signed', () => {
    const t = eksToken({
      clusterName: 'x',
      region: 'eu-north-1',
      now: new Date('2026-01-01T00:00:00Z'),
      credentials: CREDS,
      endpoint: EU_NORTH
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
    [['--bogus', '--cluster-name', 'a', '--region', 'r'], {}, 'a', 'r', ['unknown argument "--bogus"']],
    [['--cluster-name=a', '--region=r', '--sts-endpoint=https://sts.r.amazonaws.com/'], {}, 'a', 'r', []],
    [
      ['--cluster-name=a', '--region=r', '--sts-endpoint', 'ftp://sts'],
      {},
      'a',
      'r',
      ['--sts-endpoint "ftp://sts" is not an http(s)://host[:port][/path] URL']
    ],
    [
      ['--cluster-name=a', '--region=r', '--sts-endpoint', 'https://u:p@sts/?x=1'],
      {},
      'a',
      'r',
      ['--sts-endpoint "https://u:p@sts/?x=1" is not an http(s)://host[:port][/path] URL']
    ]
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
      () => new Date('2026-01-02T03:04:05Z'),
      () => Promise.resolve(EU_NORTH)
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
        credentials: CREDS,
        endpoint: EU_NORTH
      })
    );
  });

  test.each([
    [
      { protocol: 'https:', host: 'sts.eu-north-1.amazonaws.com', path: '/' },
      'https://sts.eu-north-1.amazonaws.com/'
    ],
    [{ protocol: 'http:', host: '127.0.0.1:5000', path: '/base/' }, 'http://127.0.0.1:5000/base/'],
    [
      { protocol: 'https:', host: 'sts.cn-north-1.amazonaws.com.cn', path: '/' },
      'https://sts.cn-north-1.amazonaws.com.cn/'
    ]
  ] as const)('--sts-endpoint round trip: %p ⇄ %s', (endpoint, text) => {
    expect(formatStsEndpoint(endpoint)).toBe(text);
    expect(parseStsEndpoint(text)).toEqual(endpoint);
  });

  test('with --sts-endpoint the SDK resolution is not run; the token is the one for that endpoint', async () => {
    let out = '';
    let resolved = 0;
    const code = await runCli(
      ['--cluster-name', 'demo', '--region', 'eu-north-1', '--sts-endpoint', formatStsEndpoint(EU_NORTH)],
      CREDS_ENV,
      s => (out += s),
      () => undefined,
      () => new Date('2026-01-02T03:04:05Z'),
      () => {
        resolved++;
        return Promise.resolve(EU_NORTH);
      }
    );
    expect(code).toBe(0);
    expect(resolved).toBe(0);
    expect((JSON.parse(out) as { status: { token: string } }).status.token).toBe(
      eksToken({
        clusterName: 'demo',
        region: 'eu-north-1',
        now: new Date('2026-01-02T03:04:05Z'),
        credentials: CREDS,
        endpoint: EU_NORTH
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

/** The whole STS client, built but stopped before signing: where it would send GetCallerIdentity. */
async function fullClientEndpoint(region: string): Promise<StsEndpoint> {
  const client = new STSClient({ region, credentials: { accessKeyId: 'probe', secretAccessKey: 'probe' } });
  let endpoint: StsEndpoint | undefined;
  client.middlewareStack.add(
    () => async args => {
      const r = args.request as { protocol?: string; hostname?: string; port?: number; path?: string };
      endpoint = {
        protocol: r.protocol === 'http:' ? 'http:' : 'https:',
        host: r.port ? `${r.hostname}:${r.port}` : (r.hostname ?? ''),
        path: r.path || '/'
      };
      return { output: { $metadata: {} }, response: {} } as never;
    },
    { step: 'build', priority: 'low', name: 'testCaptureStsEndpoint' }
  );
  try {
    await client.send(new GetCallerIdentityCommand({}));
  } finally {
    client.destroy();
  }
  if (!endpoint) throw new Error('no endpoint captured');
  return endpoint;
}

describe('STS endpoint: the ruleset modules alone give what the whole STSClient gives', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eks-token-endpoint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const configFile = (name: string, text: string): string => {
    const f = path.join(dir, name);
    writeFileSync(f, text);
    return f;
  };
  const cases: [string, string, NodeJS.ProcessEnv][] = [
    ['aws', 'eu-north-1', {}],
    ['aws us-east-1 (regional, not the global endpoint)', 'us-east-1', {}],
    ['aws-global pseudo region', 'aws-global', {}],
    ['aws-cn', 'cn-north-1', {}],
    ['aws-us-gov', 'us-gov-west-1', {}],
    ['aws-iso', 'us-iso-east-1', {}],
    ['aws-iso-b', 'us-isob-east-1', {}],
    ['FIPS', 'us-west-2', { AWS_USE_FIPS_ENDPOINT: 'true' }],
    ['fips- pseudo region', 'fips-us-east-2', {}],
    ['dualstack', 'eu-west-1', { AWS_USE_DUALSTACK_ENDPOINT: 'true' }],
    ['FIPS + dualstack', 'us-east-1', { AWS_USE_FIPS_ENDPOINT: 'true', AWS_USE_DUALSTACK_ENDPOINT: 'true' }],
    [
      'AWS_ENDPOINT_URL_STS with a port',
      'eu-north-1',
      { AWS_ENDPOINT_URL_STS: 'https://sts.vpce.example.test:8443' }
    ],
    [
      'AWS_ENDPOINT_URL_STS with a base path',
      'eu-north-1',
      { AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:5000/sts' }
    ],
    ['AWS_ENDPOINT_URL', 'eu-north-1', { AWS_ENDPOINT_URL: 'http://aws.example.test:5000' }],
    [
      'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
      'eu-north-1',
      { AWS_ENDPOINT_URL_STS: 'http://ignored.example.test', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }
    ],
    ['config file: FIPS in the profile', 'us-east-1', { AWS_CONFIG_FILE: 'fips' }],
    ['config file: endpoint_url in the profile', 'eu-north-1', { AWS_CONFIG_FILE: 'endpoint' }],
    [
      'config file: [services] sts endpoint_url',
      'eu-north-1',
      { AWS_CONFIG_FILE: 'services', AWS_PROFILE: 'dev' }
    ]
  ];
  const files: Record<string, string> = {
    fips: '[default]\nuse_fips_endpoint = true\n',
    endpoint: '[default]\nendpoint_url = https://profile.example.test\n',
    services:
      '[profile dev]\nservices = local\n\n[services local]\nsts =\n  endpoint_url = http://127.0.0.1:4566\n'
  };
  test.each(cases)('%s (%s)', async (_what, region, env) => {
    const e = { ...env };
    if (e['AWS_CONFIG_FILE'])
      e['AWS_CONFIG_FILE'] = configFile(e['AWS_CONFIG_FILE'], files[e['AWS_CONFIG_FILE']] ?? '');
    const saved = { ...process.env };
    const keys = [...ENDPOINT_VARS, 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'];
    for (const k of keys) delete process.env[k];
    Object.assign(process.env, ISOLATED, e);
    try {
      const expected = await fullClientEndpoint(region);
      await expect(resolveStsEndpoint(region)).resolves.toEqual(expected);
      // What the action passes the plugin (--sts-endpoint) reads back as the same endpoint.
      expect(parseStsEndpoint(formatStsEndpoint(expected))).toEqual(expected);
    } finally {
      for (const k of keys) delete process.env[k];
      for (const k of keys) if (saved[k] !== undefined) process.env[k] = saved[k];
    }
  });

  test('a region that is not a host label is refused, as the client refuses it', async () => {
    await expect(fullClientEndpoint('eu north')).rejects.toThrow();
    await expect(resolveStsEndpoint('eu north')).rejects.toThrow();
  });
});
