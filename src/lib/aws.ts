/**
 * What the AWS-facing actions share: region resolution and the client configuration. The SDK
 * is loaded lazily (`import()` in awsClientOptions), after the inputs validated.
 *
 * - Retries: the SDK's standard retry strategy is the one retry layer for AWS calls (nothing
 *   wraps an SDK call in withRetry): it retries what the SDK classifies as throttling (including
 *   S3-style SlowDown), transient (TimeoutError, connection resets, a clock-skew-corrected
 *   signature error) or a server error, with its token bucket and backoff. A thin wrapper around
 *   it logs each retry, which the SDK itself never does.
 * - Proxies: a request handler that sends each request through the proxy Go would choose for its
 *   URL (proxy.ts: HTTPS_PROXY/HTTP_PROXY/NO_PROXY), with node's built-in proxy agents, so that the
 *   SDK's calls take the way helm and the builders take.
 * - Endpoints: the SDK honours AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE> itself, which is how
 *   tests point the real clients at a local moto server.
 */
import type { RetryErrorInfo, RetryStrategyV2, StandardRetryToken } from '@smithy/types';
import { agentFor, proxyFor, proxySettingsFromEnv, type ProxySettings } from './proxy';

/** The region from the input, else the environment the credentials action exports. */
export function resolveRegion(input: string, env: NodeJS.ProcessEnv): string {
  return input || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || '';
}

/** AWS regions look like eu-north-1, us-gov-west-1, cn-north-1. */
export const AWS_REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;

/** Attempts per AWS call (first try included), the SDK's standard retry strategy. */
export const AWS_MAX_ATTEMPTS = 5;

/** Client settings shared by every AWS client (see awsClientOptions for the full set). */
export function awsClientConfig(region: string): { region: string; maxAttempts: number; retryMode: string } {
  return { region, maxAttempts: AWS_MAX_ATTEMPTS, retryMode: 'standard' };
}

/** A one-line reason for a retry log line. */
function retryReason(info: RetryErrorInfo): string {
  const e = info.error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode;
  return `${e.name ?? 'Error'}${status ? ` (HTTP ${status})` : ''}${e.message ? `: ${e.message.split('\n')[0]?.slice(0, 200)}` : ''}`;
}

/**
 * The SDK's StandardRetryStrategy, deciding and timing every retry itself, with a log line per
 * retry: "<label>: <error>; the AWS SDK retries in 0.4 s (attempt 2 of 5)".
 */
export async function loggedRetryStrategy(
  label: string,
  log: (message: string) => void,
  maxAttempts = AWS_MAX_ATTEMPTS
): Promise<RetryStrategyV2> {
  const { StandardRetryStrategy } = await import('@smithy/core/retry');
  const inner = new StandardRetryStrategy(maxAttempts);
  return {
    mode: inner.mode,
    acquireInitialRetryToken: scope => inner.acquireInitialRetryToken(scope),
    async refreshRetryTokenForRetry(token, errorInfo) {
      const next = await inner.refreshRetryTokenForRetry(token as StandardRetryToken, errorInfo);
      log(
        `${label}: ${retryReason(errorInfo)}; the AWS SDK retries in ${(next.getRetryDelay() / 1000).toFixed(1)} s (attempt ${next.getRetryCount() + 1} of ${maxAttempts})`
      );
      return next;
    },
    recordSuccess: token => inner.recordSuccess(token as StandardRetryToken)
  } as RetryStrategyV2;
}

type NodeHttpHandlerClass = typeof import('@smithy/node-http-handler').NodeHttpHandler;
type Handler = InstanceType<NodeHttpHandlerClass>;

/**
 * An SDK request handler that picks, per request URL, a direct connection or the proxy Go would
 * use, delegating the HTTP itself to the SDK's NodeHttpHandler (one per route, reused).
 */
export class ProxyRoutingHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  private readonly routes = new Map<string, Handler>();
  private readonly config: Record<string, unknown> = {};

  constructor(
    private readonly NodeHttpHandler: NodeHttpHandlerClass,
    private readonly settings: ProxySettings
  ) {}

  private route(request: { protocol: string; hostname: string; port?: number }): Handler {
    const target = new URL(
      `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}`
    );
    const proxy = proxyFor(target, this.settings);
    const key = proxy?.href ?? 'direct';
    let h = this.routes.get(key);
    if (!h) {
      const agents = proxy
        ? {
            httpsAgent: agentFor(new URL('https://aws.invalid'), proxy, { keepAlive: true }),
            httpAgent: agentFor(new URL('http://aws.invalid'), proxy, { keepAlive: true })
          }
        : {};
      h = new this.NodeHttpHandler({ ...this.config, ...agents });
      this.routes.set(key, h);
    }
    return h;
  }

  handle(...args: Parameters<Handler['handle']>): ReturnType<Handler['handle']> {
    return this.route(args[0]).handle(...args);
  }

  updateHttpClientConfig(key: string, value: unknown): void {
    this.config[key] = value;
    for (const h of this.routes.values())
      h.updateHttpClientConfig(key as Parameters<Handler['updateHttpClientConfig']>[0], value as never);
  }

  httpHandlerConfigs(): Record<string, unknown> {
    return { ...this.config };
  }

  destroy(): void {
    for (const h of this.routes.values()) h.destroy();
    this.routes.clear();
  }
}

/**
 * The full client configuration: region, the logged standard retry strategy and the
 * proxy-aware request handler. `label` names the service in retry lines ("ECR", "EKS").
 */
export async function awsClientOptions(
  region: string,
  label: string,
  log: (message: string) => void,
  env: NodeJS.ProcessEnv = process.env
): Promise<{
  region: string;
  maxAttempts: number;
  retryStrategy: RetryStrategyV2;
  requestHandler: ProxyRoutingHandler;
}> {
  const { NodeHttpHandler } = await import('@smithy/node-http-handler');
  return {
    region,
    maxAttempts: AWS_MAX_ATTEMPTS,
    retryStrategy: await loggedRetryStrategy(label, log),
    requestHandler: new ProxyRoutingHandler(NodeHttpHandler, proxySettingsFromEnv(env))
  };
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
