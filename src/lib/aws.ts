/**
 * What the AWS-facing actions share: region resolution and the client configuration. The SDK
 * itself is never imported here: each action loads its client with a lazy `import()` after its
 * inputs validated, so a validation failure does not pay for parsing the SDK.
 *
 * Endpoints: the SDK honours AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE> itself, which is how
 * tests point the real clients at a local moto server.
 */

/** The region from the input, else the environment the credentials action exports. */
export function resolveRegion(input: string, env: NodeJS.ProcessEnv): string {
  return input || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || '';
}

/** AWS regions look like eu-north-1, us-gov-west-1, cn-north-1. */
export const AWS_REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;

/** Client settings shared by every AWS client: adaptive retries for throttling. */
export function awsClientConfig(region: string): { region: string; maxAttempts: number; retryMode: string } {
  return { region, maxAttempts: 5, retryMode: 'adaptive' };
}

/** Turns an AWS SDK error into a sentence naming the call and the likely cause. */
export function describeAwsError(operation: string, err: unknown): string {
  const e = (err ?? {}) as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const name = e.name ?? 'Error';
  const status = e.$metadata?.httpStatusCode;
  const hint =
    name === 'CredentialsProviderError' || /Could not load credentials/i.test(e.message ?? '')
      ? ' No AWS credentials were found: run aws-actions/configure-aws-credentials (OIDC) before this step.'
      : name === 'AccessDeniedException' || name === 'UnauthorizedOperation' || status === 403
        ? ' The role is not allowed to do this: check its IAM policy.'
        : name === 'UnrecognizedClientException' ||
            name === 'InvalidSignatureException' ||
            name === 'ExpiredTokenException'
          ? ' The credentials were refused (expired or wrong region/partition).'
          : '';
  return `${operation} failed: ${name}${status ? ` (HTTP ${status})` : ''}: ${e.message ?? ''}.${hint}`.replace(
    /\.\./g,
    '.'
  );
}
