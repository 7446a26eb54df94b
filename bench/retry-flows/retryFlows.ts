/**
 * The two retry designs bench/retry.ts compares, for one AWS call each (bundled by the bench with
 * ncc, since the shipped sources use extension-less imports that Node's type stripping cannot load):
 *
 * - `one-layer`: the shipped code as it is — deploy-to-eks's describeCluster and build-push-ecr's
 *   loadEcrApi().authorization(), whose clients carry the SDK's standard retry strategy (5
 *   attempts, each retry logged) and nothing around it.
 * - `double`: the design before issue #11, rebuilt from its history (commit e3cfc32's parent):
 *   EKS with the SDK's adaptive retries (maxAttempts 5) inside withRetry (4 attempts, 0.5 s base,
 *   8 s cap); ECR with the SDK's retries off (maxAttempts 1) and withRetry alone, both deciding
 *   with the old hand-written classifier below.
 *
 * The endpoint comes from AWS_ENDPOINT_URL, which the SDK reads when a client is made.
 */
import { describeCluster } from '../../actions/deploy-to-eks/src/eksCluster';
import { loadEcrApi } from '../../actions/build-push-ecr/src/ecrApi';
import { isTransientError, withRetry } from '../../src/lib/retry';

export type Op = 'eks' | 'ecr';
export type Flow = 'one-layer' | 'double';

export interface CallOutcome {
  ok: boolean;
  /** The error's first line when it failed. */
  error?: string;
  /** Retry lines the flow logged. */
  retryLines: number;
}

/**
 * The classifier of the old withRetry (src/lib/retry.ts before e3cfc32): today's network-code and
 * HTTP-status checks, plus the AWS error names and the SDK's $metadata status it also read.
 */
const OLD_AWS = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalFailure',
  'InternalServerError',
  'ServerException',
  'RequestTimeout',
  'RequestTimeoutException'
]);
function oldIsTransient(err: unknown): boolean {
  if (isTransientError(err)) return true;
  if (!err || typeof err !== 'object') return false;
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number }; cause?: unknown };
  if (e.name && OLD_AWS.has(e.name)) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && (status === 429 || status >= 500)) return true;
  return e.cause !== undefined && e.cause !== err ? oldIsTransient(e.cause) : false;
}

async function doubleEks(cluster: string, region: string, log: () => void): Promise<void> {
  const { EKSClient, DescribeClusterCommand } = await import('@aws-sdk/client-eks');
  const client = new EKSClient({ region, maxAttempts: 5, retryMode: 'adaptive' });
  try {
    await withRetry(() => client.send(new DescribeClusterCommand({ name: cluster })), {
      isTransient: oldIsTransient,
      onRetry: log
    });
  } finally {
    client.destroy();
  }
}

async function doubleEcr(region: string, log: () => void): Promise<void> {
  const { ECRClient, GetAuthorizationTokenCommand } = await import('@aws-sdk/client-ecr');
  const client = new ECRClient({ region, maxAttempts: 1, retryMode: 'adaptive' });
  try {
    await withRetry(() => client.send(new GetAuthorizationTokenCommand({})), {
      isTransient: oldIsTransient,
      onRetry: log
    });
  } finally {
    client.destroy();
  }
}

/** One logical call (DescribeCluster or GetAuthorizationToken) through one design. */
export async function callOnce(op: Op, flow: Flow, cluster: string, region: string): Promise<CallOutcome> {
  let retryLines = 0;
  const log = () => {
    retryLines++;
  };
  try {
    if (flow === 'one-layer') {
      if (op === 'eks') await describeCluster(cluster, region, log);
      else await (await loadEcrApi(region, log)).authorization();
    } else if (op === 'eks') await doubleEks(cluster, region, log);
    else await doubleEcr(region, log);
    return { ok: true, retryLines };
  } catch (err) {
    return {
      ok: false,
      error: (err instanceof Error ? err.message : String(err)).split('\n')[0],
      retryLines
    };
  }
}
