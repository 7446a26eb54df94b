/**
 * Who the runner's AWS credentials are (STS GetCallerIdentity), for a refusal that names who was
 * refused. Its own module so that only deploy-to-eks's image check bundles the STS client.
 */
import { awsClientOptions } from './aws';

/** The ARN and its account. */
export interface CallerIdentity {
  arn: string;
  account: string;
}

/**
 * STS GetCallerIdentity with the runner's credentials, for a sentence that names who was refused;
 * undefined when even that fails (no credentials, no network), so it never hides the refusal.
 */
export async function callerIdentity(
  region: string,
  log: (message: string) => void = () => undefined
): Promise<CallerIdentity | undefined> {
  try {
    const sts = await import('@aws-sdk/client-sts');
    const client = new sts.STSClient(await awsClientOptions(region, 'STS', log));
    try {
      const r = await client.send(new sts.GetCallerIdentityCommand({}));
      return r.Arn && r.Account ? { arn: r.Arn, account: r.Account } : undefined;
    } finally {
      client.destroy();
    }
  } catch {
    return undefined;
  }
}
