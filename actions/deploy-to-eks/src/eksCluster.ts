/**
 * EKS cluster access without the aws CLI: DescribeCluster through @aws-sdk/client-eks (loaded
 * lazily, after validation) for the endpoint and CA, and a kubeconfig whose user is this action's
 * own token command (eksTokenCli.ts) run with node. The SDK's standard retry strategy is the one
 * retry layer (at most 5 attempts, each retry logged; src/lib/aws.ts).
 */
import { awsClientOptions, describeAwsError } from '../../../src/lib/aws';
import { UserError } from '../../../src/lib/errors';

export interface EksClusterInfo {
  name: string;
  endpoint: string;
  /** Base64 PEM. */
  caData: string;
  status: string;
  version: string;
}

export async function describeCluster(
  name: string,
  region: string,
  log: (m: string) => void
): Promise<EksClusterInfo> {
  const { EKSClient, DescribeClusterCommand } = await import('@aws-sdk/client-eks');
  const client = new EKSClient(await awsClientOptions(region, `EKS DescribeCluster ${name}`, log));
  try {
    const res = await client.send(new DescribeClusterCommand({ name }));
    const c = res.cluster;
    if (!c?.endpoint || !c.certificateAuthority?.data) {
      throw new UserError(
        `EKS cluster ${name} in ${region} has no endpoint or CA yet (status ${c?.status ?? 'unknown'})`
      );
    }
    if (c.status && c.status !== 'ACTIVE' && c.status !== 'UPDATING') {
      throw new UserError(`EKS cluster ${name} in ${region} is ${c.status}, not ACTIVE`);
    }
    return {
      name,
      endpoint: c.endpoint,
      caData: c.certificateAuthority.data,
      status: c.status ?? '',
      version: c.version ?? ''
    };
  } catch (err) {
    if (err instanceof UserError) throw err;
    const e = err as { name?: string };
    if (e.name === 'ResourceNotFoundException') {
      throw new UserError(
        `EKS cluster "${name}" was not found in ${region}: check cluster-name and aws-region`
      );
    }
    throw new UserError(describeAwsError(`DescribeCluster ${name} (${region})`, err));
  } finally {
    client.destroy();
  }
}
