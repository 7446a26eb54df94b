/**
 * AWS calls: the SDK's standard retry strategy as the one retry layer (each retry logged), and
 * every HTTP client of the actions through a proxy — the real SDK clients against moto and the
 * registry client against the stack's registry, through a real forward proxy on 127.0.0.1
 * (test/helpers/forwardProxy.ts; targets named `*.proxy.test`, which it resolves to 127.0.0.1).
 *
 * Errors the local emulator cannot be made to return (throttling, SlowDown, a skewed clock, a
 * request that hangs, a 500 every time) come from a STAND-IN endpoint in front of moto that
 * answers the first requests with that error and forwards the rest to the real moto.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { awsClientOptions } from '../../src/lib/aws';
import { RegistryClient } from '../../src/lib/registry';
import { createEcrApi, loadEcrApi } from '../../actions/build-push-ecr/src/ecrApi';
import { describeCluster } from '../../actions/deploy-to-eks/src/eksCluster';
import { startForwardProxy, viaProxyName, type ForwardProxy } from '../helpers/forwardProxy';
import { loadStack } from '../helpers/stack';

const VARS = [
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_ECR',
  'AWS_ENDPOINT_URL_EKS',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_REGION',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE'
];
let saved: Record<string, string | undefined> = {};
let proxy: ForwardProxy;

beforeAll(async () => {
  saved = Object.fromEntries(VARS.map(k => [k, process.env[k]]));
  for (const k of VARS) delete process.env[k];
  const s = loadStack();
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: s.aws.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s.aws.secretAccessKey,
    AWS_REGION: s.aws.region,
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null'
  });
  proxy = await startForwardProxy();
});

afterAll(async () => {
  for (const k of VARS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  await proxy.close();
});

beforeEach(() => {
  proxy.seen.length = 0;
  delete process.env['AWS_ENDPOINT_URL'];
  delete process.env['HTTP_PROXY'];
});

type Fault = (res: http.ServerResponse) => void;

/** A STAND-IN endpoint: answers with `faults` in turn, then forwards to the real moto. */
async function standIn(
  faults: Fault[]
): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  const moto = new URL(loadStack().motoEndpoint);
  let n = 0;
  const server = http.createServer((req, res) => {
    const fault = faults[n++];
    if (fault) {
      req.resume();
      return fault(res);
    }
    const up = http.request(
      { host: moto.hostname, port: moto.port, path: req.url, method: req.method, headers: req.headers },
      r => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      }
    );
    req.pipe(up);
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => n,
    close: () =>
      new Promise<void>(r => {
        server.closeAllConnections();
        server.close(() => r());
      })
  };
}

const awsError =
  (status: number, type: string, headers: Record<string, string> = {}): Fault =>
  res => {
    res.writeHead(status, {
      'Content-Type': 'application/x-amz-json-1.1',
      'x-amzn-ErrorType': type,
      ...headers
    });
    res.end(JSON.stringify({ __type: type, message: `stand-in ${type}` }));
  };

describe('AWS SDK retries: one layer (the SDK standard strategy), each retry logged', () => {
  test.each<[string, Fault]>([
    ['ThrottlingException', awsError(400, 'ThrottlingException')],
    ['SlowDown', awsError(503, 'SlowDown')],
    [
      'a clock-skewed signature (the SDK corrects its clock and retries)',
      awsError(403, 'InvalidSignatureException', { Date: new Date(Date.now() + 3_600_000).toUTCString() })
    ],
    ['a dropped connection', res => res.socket?.destroy()]
  ])('ECR GetAuthorizationToken after %s: retried by the SDK and logged', async (_what, fault) => {
    const s = await standIn([fault]);
    process.env['AWS_ENDPOINT_URL'] = s.url;
    const logs: string[] = [];
    try {
      const api = await loadEcrApi(loadStack().aws.region, m => logs.push(m));
      const auth = await api.authorization();
      expect(auth.username).toBe('AWS');
      expect(s.requests()).toBe(2);
      expect(logs).toHaveLength(1);
      expect(logs[0]).toMatch(/^ECR: .*; the AWS SDK retries in \d+\.\d s \(attempt 2 of 5\)$/);
    } finally {
      await s.close();
    }
  });

  test('ECR: a request that hangs is a TimeoutError, retried by the SDK', async () => {
    const hang: Fault = () => undefined; // never answers
    const s = await standIn([hang]);
    process.env['AWS_ENDPOINT_URL'] = s.url;
    const logs: string[] = [];
    try {
      const sdk = await import('@aws-sdk/client-ecr');
      const options = await awsClientOptions(loadStack().aws.region, 'ECR', m => logs.push(m));
      options.requestHandler.updateHttpClientConfig('requestTimeout', 500);
      const client = new sdk.ECRClient(options);
      const auth = await createEcrApi(client, sdk).authorization();
      client.destroy();
      expect(auth.username).toBe('AWS');
      expect(logs).toEqual([expect.stringMatching(/^ECR: TimeoutError: .*attempt 2 of 5\)$/)]);
    } finally {
      await s.close();
    }
  });

  test('EKS DescribeCluster against an endpoint failing every time: 5 calls in all (not 4 × 5), 4 retries logged', async () => {
    const s = await standIn(Array.from({ length: 50 }, () => awsError(500, 'ServerException')));
    process.env['AWS_ENDPOINT_URL'] = s.url;
    const logs: string[] = [];
    try {
      await expect(describeCluster('any', loadStack().aws.region, m => logs.push(m))).rejects.toThrow(
        /DescribeCluster any \(.*\) failed: ServerException \(HTTP 500\)/
      );
      expect(s.requests()).toBe(5);
      expect(logs).toHaveLength(4);
      expect(logs[3]).toMatch(/^EKS DescribeCluster any: ServerException \(HTTP 500\).*attempt 5 of 5\)$/);
    } finally {
      await s.close();
    }
  }, 60_000);
});

describe('proxies: every HTTP client through a real forward proxy', () => {
  test('the AWS SDK (ECR against moto) goes through HTTP_PROXY', async () => {
    process.env['AWS_ENDPOINT_URL'] = viaProxyName(loadStack().motoEndpoint, 'moto');
    process.env['HTTP_PROXY'] = proxy.url;
    const api = await loadEcrApi(loadStack().aws.region, () => undefined);
    const auth = await api.authorization();
    expect(auth.username).toBe('AWS');
    expect(proxy.seen).toContain(`POST moto.proxy.test:${new URL(loadStack().motoEndpoint).port}`);
  });

  test('the registry client goes through HTTP_PROXY (the registry and nothing else)', async () => {
    const s = loadStack();
    const registry = viaProxyName(`http://${s.registry}`, 'registry').replace(/^http:\/\//, '');
    const client = new RegistryClient({
      registry,
      insecure: true,
      credentials: { username: s.registryUser, password: s.registryPassword },
      env: { HTTP_PROXY: proxy.url },
      retry: { attempts: 1 }
    });
    expect(await client.headManifest('no/such-image', 'latest')).toBeUndefined();
    client.close();
    expect(proxy.seen.length).toBeGreaterThan(0);
    expect(proxy.seen.every(t => t.endsWith(`registry.proxy.test:${s.registry.split(':')[1]}`))).toBe(true);
  });

  test('NO_PROXY naming the domain keeps the registry client direct (where the name does not resolve)', async () => {
    const s = loadStack();
    const registry = viaProxyName(`http://${s.registry}`, 'registry').replace(/^http:\/\//, '');
    const client = new RegistryClient({
      registry,
      insecure: true,
      env: { HTTP_PROXY: proxy.url, NO_PROXY: 'proxy.test' },
      retry: { attempts: 1 }
    });
    await expect(client.headManifest('no/such-image', 'latest')).rejects.toThrow(
      /host name does not resolve/
    );
    client.close();
    expect(proxy.seen).toEqual([]);
  });
});
