/**
 * The STS endpoint an EKS token is presigned for, resolved by the AWS SDK itself rather than a
 * hand-written host table: @aws-sdk/client-sts builds (but never sends) a GetCallerIdentity
 * request and the host it would have gone to is read back. That is the SDK's endpoint ruleset
 * for every partition (aws, aws-cn, aws-us-gov, aws-iso `c2s.ic.gov`, aws-iso-b
 * `sc2s.sgov.gov`, and the ones added after this was written), AWS_USE_FIPS_ENDPOINT
 * (`sts-fips.<region>…`), AWS_USE_DUALSTACK_ENDPOINT, and AWS_ENDPOINT_URL_STS /
 * AWS_ENDPOINT_URL / the shared config file's `endpoint_url` — read from process.env and the
 * profile exactly as every other SDK client of the action reads them.
 */
import type { StsEndpoint } from './eksToken';

export async function resolveStsEndpoint(region: string): Promise<StsEndpoint> {
  const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
  // Static placeholder credentials: the request is stopped before it is signed or sent, but the
  // SDK resolves an identity while choosing the auth scheme.
  const client = new STSClient({
    region,
    credentials: { accessKeyId: 'endpoint-probe', secretAccessKey: 'endpoint-probe' }
  });
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
    { step: 'build', priority: 'low', name: 'flygtaxiCaptureStsEndpoint' }
  );
  try {
    await client.send(new GetCallerIdentityCommand({}));
  } finally {
    client.destroy();
  }
  if (!endpoint?.host) throw new Error(`the AWS SDK resolved no STS endpoint for region ${region}`);
  return endpoint;
}
