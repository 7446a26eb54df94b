import { createLogger, formatLogLine } from '../../example-app/src/logger';

const at = new Date('2025-12-09T10:30:05.123Z');

describe('example-app logger', () => {
  test('one JSON object per line with timestamp, level, logger, message and fields', () => {
    const line = formatLogLine('info', 'Status request', { method: 'GET', path: '/status', status: 200 }, at);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(JSON.parse(line)).toEqual({
      timestamp: '2025-12-09T10:30:05.123Z',
      level: 'info',
      logger: 'frontdoor',
      message: 'Status request',
      method: 'GET',
      path: '/status',
      status: 200
    });
  });

  test('control characters in fields cannot start a forged log line', () => {
    const line = formatLogLine('warning', 'Not found', { path: '/x\n{"level":"error"}\r' }, at);
    expect(line.split('\n')).toHaveLength(2);
    expect(JSON.parse(line).path).toBe('/x\n{"level":"error"}\r');
  });

  test.each([
    ['debug', ['debug', 'info', 'warning', 'error']],
    ['info', ['info', 'warning', 'error']],
    ['warning', ['warning', 'error']],
    ['error', ['error']]
  ] as const)('at LOG_LEVEL=%s only %j are written', (min, expected) => {
    const lines: string[] = [];
    const logger = createLogger(
      min,
      l => lines.push(l),
      () => at
    );
    for (const level of ['debug', 'info', 'warning', 'error'] as const) logger.log(level, `m-${level}`);
    expect(lines.map(l => JSON.parse(l).level)).toEqual(expected);
    expect(logger.enabled('debug')).toBe(min === 'debug');
  });
});
