/**
 * The EKS access path without the aws CLI: DescribeCluster through the real @aws-sdk/client-eks
 * against moto, the kubeconfig written from it (0600, exec plugin = this action's bundled token
 * command), the ExecCredential that command prints, and the whole action through its bundle up to
 * the point where a real EKS endpoint would be needed (moto's endpoint does not resolve here).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { prepareClusterAccess } from '../../actions/deploy-to-eks/src/clusterAccess';
import { describeCluster } from '../../actions/deploy-to-eks/src/eksCluster';
import { resolveStsEndpoint } from '../../actions/deploy-to-eks/src/eksTokenEndpoint';
import { defaultDeps } from '../../actions/deploy-to-eks/src/run';
import { runAction } from '../helpers/runAction';
import { loadStack, repoRoot } from '../helpers/stack';
import { FIXTURE_CHART } from './helpers';

const TOKEN_CLI = join(repoRoot, 'dist/deploy-to-eks/eks-token.js');
const CLUSTER = `dte-${process.pid}`;
let saved: NodeJS.ProcessEnv;

beforeAll(async () => {
  const s = loadStack();
  saved = { ...process.env };
  // The SDK honours AWS_ENDPOINT_URL_EKS: the action's own client goes to moto, unchanged.
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_EKS: s.motoEndpoint,
    AWS_ACCESS_KEY_ID: s.aws.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s.aws.secretAccessKey,
    AWS_REGION: s.aws.region
  });
  const eks = new EKSClient({ region: s.aws.region, endpoint: s.motoEndpoint, credentials: s.aws });
  await eks.send(
    new CreateClusterCommand({
      name: CLUSTER,
      roleArn: 'arn:aws:iam::000000000000:role/eks',
      resourcesVpcConfig: { subnetIds: ['subnet-1', 'subnet-2'] }
    })
  );
  eks.destroy();
});

afterAll(() => {
  process.env = saved;
});

describe('EKS access through moto and the real SDK', () => {
  test('DescribeCluster gives the endpoint and CA; the kubeconfig is private and runs the bundled token command', async () => {
    const s = loadStack();
    const info = await describeCluster(CLUSTER, s.aws.region, () => undefined);
    expect(info.endpoint).toMatch(/^https:\/\//);
    expect(info.caData.length).toBeGreaterThan(100);
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ft-eks-rt-'));
    const access = await prepareClusterAccess(
      { cluster: { kind: 'eks', clusterName: CLUSTER, region: s.aws.region }, runnerTemp },
      {
        describeCluster: (n, r) => describeCluster(n, r, () => undefined),
        nodePath: process.execPath,
        tokenCliPath: TOKEN_CLI
      }
    );
    try {
      expect(statSync(access.kubeconfigPath).mode & 0o777).toBe(0o600);
      expect(statSync(join(access.kubeconfigPath, '..')).mode & 0o777).toBe(0o700);
      const kc = JSON.parse(readFileSync(access.kubeconfigPath, 'utf8'));
      expect(kc.clusters[0].cluster).toEqual({
        server: info.endpoint,
        'certificate-authority-data': info.caData
      });
      const exec = kc.users[0].user.exec;
      expect(exec).toMatchObject({
        apiVersion: 'client.authentication.k8s.io/v1beta1',
        command: process.execPath,
        args: [TOKEN_CLI, '--cluster-name', CLUSTER, '--region', s.aws.region]
      });
      expect(JSON.stringify(kc)).not.toMatch(new RegExp(s.aws.secretAccessKey));

      // The ExecCredential, exactly as helm/client-go would run the plugin.
      expect(existsSync(TOKEN_CLI)).toBe(true);
      const res = spawnSync(exec.command, exec.args, {
        env: {
          ...process.env,
          KUBERNETES_EXEC_INFO:
            '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential"}'
        },
        encoding: 'utf8'
      });
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      const cred = JSON.parse(res.stdout);
      expect(cred.kind).toBe('ExecCredential');
      expect(cred.apiVersion).toBe('client.authentication.k8s.io/v1beta1');
      const expires = Date.parse(cred.status.expirationTimestamp) - Date.now();
      expect(expires).toBeGreaterThan(13 * 60_000);
      expect(expires).toBeLessThanOrEqual(14 * 60_000);
      const url = new URL(Buffer.from(cred.status.token.slice('k8s-aws-v1.'.length), 'base64url').toString());
      expect(url.host).toBe(`sts.${s.aws.region}.amazonaws.com`);
      expect(url.searchParams.get('Action')).toBe('GetCallerIdentity');
      expect(url.searchParams.get('X-Amz-Credential')).toMatch(
        new RegExp(`^${s.aws.accessKeyId}/\\d{8}/${s.aws.region}/sts/aws4_request$`)
      );
      expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('host;x-k8s-aws-id');
    } finally {
      access.dispose();
    }
    expect(existsSync(access.kubeconfigPath)).toBe(false);
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  test("the kubeconfig passes the plugin the STS endpoint the action resolved (the SDK's, same environment); its tokens are the same", async () => {
    const s = loadStack();
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ft-eks-rt-'));
    const access = await prepareClusterAccess(
      { cluster: { kind: 'eks', clusterName: CLUSTER, region: s.aws.region }, runnerTemp },
      {
        describeCluster: (n, r) => describeCluster(n, r, () => undefined),
        stsEndpoint: defaultDeps.stsEndpoint,
        nodePath: process.execPath,
        tokenCliPath: TOKEN_CLI
      }
    );
    try {
      const exec = JSON.parse(readFileSync(access.kubeconfigPath, 'utf8')).users[0].user.exec;
      const sdk = await resolveStsEndpoint(s.aws.region);
      expect(exec.args).toEqual([
        TOKEN_CLI,
        '--cluster-name',
        CLUSTER,
        '--region',
        s.aws.region,
        '--sts-endpoint',
        `${sdk.protocol}//${sdk.host}${sdk.path}`
      ]);
      const tokenUrl = (args: string[]) => {
        const res = spawnSync(exec.command, args, { env: process.env, encoding: 'utf8' });
        expect(res.status).toBe(0);
        const token = (JSON.parse(res.stdout) as { status: { token: string } }).status.token;
        const url = new URL(Buffer.from(token.slice('k8s-aws-v1.'.length), 'base64url').toString());
        for (const k of ['X-Amz-Date', 'X-Amz-Signature']) url.searchParams.delete(k);
        return url.href;
      };
      // With and without the flag: the same presigned request (bar its time and signature).
      expect(tokenUrl(exec.args)).toBe(tokenUrl(exec.args.slice(0, 5)));
    } finally {
      access.dispose();
    }
  });

  test('a cluster that does not exist: the name and region in one sentence', async () => {
    await expect(describeCluster('no-such-cluster', loadStack().aws.region, () => undefined)).rejects.toThrow(
      `EKS cluster "no-such-cluster" was not found in ${loadStack().aws.region}: check cluster-name and aws-region`
    );
  });

  test('the bundle end to end with cluster-name: DescribeCluster, token plugin, then a clear error for the unreachable endpoint; nothing left behind', async () => {
    const s = loadStack();
    const r = await runAction(
      'deploy-to-eks',
      {
        'cluster-name': CLUSTER,
        'aws-region': s.aws.region,
        'release-name': 'web',
        namespace: 'apps',
        chart: FIXTURE_CHART
      },
      {
        env: {
          AWS_ENDPOINT_URL_EKS: s.motoEndpoint,
          AWS_ACCESS_KEY_ID: s.aws.accessKeyId,
          AWS_SECRET_ACCESS_KEY: s.aws.secretAccessKey
        }
      }
    );
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`Cluster: EKS ${CLUSTER} https://`));
    expect(r.stdout).toMatch(
      /::error::Cannot reach the Kubernetes API at https:\/\/\S+: the host name does not resolve \(wrong region, or a private-only endpoint outside the VPC\?\)\./
    );
    // The token is registered with ::add-mask:: (the runner swallows that line) and appears nowhere else.
    const visible = r.stdout
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(r.stdout).toMatch(/::add-mask::k8s-aws-v1\./);
    expect(visible).not.toMatch(/k8s-aws-v1\.[A-Za-z0-9_-]{20,}/);
    expect(r.stdout).not.toContain(s.aws.secretAccessKey);
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(readdirSync(r.runnerTemp)).toEqual([]);
  });
});
