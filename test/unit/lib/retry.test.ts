import { withRetry, backoffDelay, isTransientError, retryLine } from '../../../src/lib/retry';

describe('backoffDelay', () => {
  test('grows exponentially up to the cap, scaled by jitter', () => {
    expect([1, 2, 3, 4, 5, 6].map(a => backoffDelay(a, 500, 8000, () => 1))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000
    ]);
    expect(backoffDelay(3, 500, 8000, () => 0.5)).toBe(1000);
  });
});

describe('withRetry', () => {
  test('retries transient errors with logged waits, then succeeds', async () => {
    const waits: number[] = [];
    const seen: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw Object.assign(new Error('reset'), { code: 'ECONNRESET' });
        return 'ok';
      },
      {
        isTransient: isTransientError,
        sleep: async ms => void waits.push(ms),
        random: () => 1,
        onRetry: (_e, a) => seen.push(a)
      }
    );
    expect(result).toBe('ok');
    expect(waits).toEqual([500, 1000]);
    expect(seen).toEqual([1, 2]);
  });

  test('gives up after the attempt budget with the last error', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw Object.assign(new Error('503'), { status: 503 });
        },
        { attempts: 3, isTransient: isTransientError, sleep: async () => undefined }
      )
    ).rejects.toThrow('503');
    expect(calls).toBe(3);
  });

  test('does not retry a final error', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw Object.assign(new Error('denied'), { status: 401 });
        },
        { isTransient: isTransientError, sleep: async () => undefined }
      )
    ).rejects.toThrow('denied');
    expect(calls).toBe(1);
  });
});

describe('isTransientError', () => {
  test.each([
    [{ code: 'ECONNRESET' }, true],
    [{ name: 'ThrottlingException' }, true],
    [{ $metadata: { httpStatusCode: 502 } }, true],
    [{ status: 429 }, true],
    [{ cause: { code: 'ECONNREFUSED' } }, true],
    [{ status: 404 }, false],
    [{ name: 'RepositoryNotFoundException' }, false],
    ['boom', false]
  ])('%p -> %p', (err, expected) => expect(isTransientError(err)).toBe(expected));
});

describe('retryLine', () => {
  test('names what failed, why (first line), the wait and the next attempt', () => {
    expect(retryLine('DescribeCluster', new Error('Throttling\nmore'), 1, 1234)).toBe(
      'DescribeCluster failed (Throttling); retrying in 1.2 s (attempt 2)'
    );
  });
  test('takes a given reason as is (a tool’s last output line)', () => {
    expect(retryLine('buildah push', 'error: connection reset', 2, 500)).toBe(
      'buildah push failed (error: connection reset); retrying in 0.5 s (attempt 3)'
    );
  });
});
