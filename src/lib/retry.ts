/**
 * Bounded exponential backoff with full jitter for transient failures (throttling, 5xx,
 * connection resets). Clock and randomness are injected so the schedule is testable.
 */
export interface RetryOptions {
  attempts?: number;
  baseMs?: number;
  maxMs?: number;
  /** Decides whether an error is worth another try. */
  isTransient: (err: unknown) => boolean;
  /** Called before each wait, e.g. to log "retrying in 1.2 s (attempt 2/4): ...". */
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));

/**
 * The one retry log line: `<what> failed (<reason>); retrying in 1.2 s (attempt 2)`. The reason is
 * the error's first line, or the text given (a tool's own last line of output, say).
 */
export function retryLine(what: string, err: unknown, attempt: number, delayMs: number): string {
  const reason =
    typeof err === 'string' ? err : (err instanceof Error ? err.message : String(err)).split('\n')[0];
  return `${what} failed (${reason}); retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1})`;
}

/** Delay before retry `attempt` (1-based): uniform in [0, min(max, base * 2^(attempt-1))]. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const cap = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(random() * cap);
}

export async function withRetry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  const attempts = opts.attempts ?? 4;
  const baseMs = opts.baseMs ?? 500;
  const maxMs = opts.maxMs ?? 8000;
  const wait = opts.sleep ?? sleep;
  const random = opts.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= attempts || !opts.isTransient(err)) throw err;
      const delay = backoffDelay(attempt, baseMs, maxMs, random);
      opts.onRetry?.(err, attempt, delay);
      await wait(delay);
    }
  }
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET'
]);
const TRANSIENT_AWS = new Set([
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

/** Network errors, HTTP 429/5xx and AWS throttling are transient; everything else is final. */
export function isTransientError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as {
    code?: string;
    name?: string;
    status?: number;
    statusCode?: number;
    $metadata?: { httpStatusCode?: number };
    cause?: unknown;
  };
  if (e.code && TRANSIENT_CODES.has(e.code)) return true;
  if (e.name && TRANSIENT_AWS.has(e.name)) return true;
  const status = e.status ?? e.statusCode ?? e.$metadata?.httpStatusCode;
  if (status !== undefined && (status === 429 || status >= 500)) return true;
  return e.cause !== undefined && e.cause !== err ? isTransientError(e.cause) : false;
}
