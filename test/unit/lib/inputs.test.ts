import {
  DURATION_MAX_SECONDS,
  InputReader,
  durationProblem,
  formatDuration,
  hasUnescapedComma,
  parseDuration,
  portProblem,
  splitList,
  envLookup,
  DNS1123_LABEL,
  SHA256_DIGEST
} from '../../../src/lib/inputs';
import { InputError } from '../../../src/lib/errors';

const reader = (inputs: Record<string, string>, workspace = '/ws') =>
  new InputReader(n => inputs[n], workspace);

describe('parseDuration', () => {
  test.each([
    ['90s', 90],
    ['5m', 300],
    ['1h30m', 5400],
    ['300', 300],
    ['1.5m', 90],
    ['500ms', 0.5]
  ])('%s = %d s', (text, seconds) => expect(parseDuration(text)).toBe(seconds));
  test.each(['', '5 minutes', 'm5', '-3s', '5x'])('rejects %p', text =>
    expect(parseDuration(text)).toBeUndefined()
  );
  test.each([
    ['08', 8],
    ['010', 10],
    ['1500us', 0.0015],
    ['2562047h', 2562047 * 3600]
  ])('one grammar for actions and workflow scripts: %s = %d s', (text, seconds) =>
    expect(parseDuration(text)).toBeCloseTo(seconds, 6)
  );
  test("beyond Go's time.Duration (what helm parses) is refused, by a sentence", () => {
    expect(parseDuration('2562048h')).toBeUndefined();
    expect(parseDuration('99999999999999h')).toBeUndefined();
    expect(parseDuration(String(DURATION_MAX_SECONDS + 1))).toBeUndefined();
    expect(durationProblem('99999999999999h')).toBe(
      '"99999999999999h" is longer than helm accepts (at most 2562047h)'
    );
    expect(durationProblem('soon')).toBe('"soon" is not a duration (examples: 90s, 5m, 1h30m)');
    expect(durationProblem('5m')).toBeUndefined();
    expect(formatDuration(DURATION_MAX_SECONDS)).toBe(`${DURATION_MAX_SECONDS}s`);
  });
});

describe('portProblem and hasUnescapedComma', () => {
  test.each([
    ['127.0.0.1:5000', undefined],
    ['ghcr.io', undefined],
    ['[::1]:443', undefined],
    ['host:65536', 'port 65536 is out of range (1 to 65535)'],
    ['host:0', 'port 0 is out of range (1 to 65535)']
  ])('%s', (hostPort, want) => expect(portProblem(hostPort)).toBe(want));
  test.each([
    ['a,b', true],
    ['a\\,b', false],
    ['{a,b}', false],
    ['x=y', false],
    ['a\\\\,b', true]
  ])('%s has an unescaped comma: %p', (v, want) => expect(hasUnescapedComma(v)).toBe(want));
});

describe('splitList', () => {
  test('trims, drops blanks and comments', () => {
    expect(splitList(' a \n\n# note\n b\n')).toEqual(['a', 'b']);
  });
  test('commas only when asked', () => {
    expect(splitList('a,b\nc')).toEqual(['a,b', 'c']);
    expect(splitList('a, b\nc', { commas: true })).toEqual(['a', 'b', 'c']);
  });
});

describe('InputReader', () => {
  test('collects every problem, naming each input, and throws once', () => {
    const r = reader({
      push: 'maybe',
      'history-max': 'ten',
      timeout: 'soon',
      policy: 'lenient',
      'build-args': 'NOEQUALS\nOK=1'
    });
    r.bool('push', true);
    r.int('history-max', 10);
    r.duration('timeout', '5m');
    r.enumOf('policy', ['strict', 'warn', 'off'] as const, 'strict');
    const kv = r.keyValues('build-args');
    r.string('repository', { required: true });
    expect(kv).toEqual([{ key: 'OK', value: '1' }]);
    let err: unknown;
    try {
      r.finish();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const problems = (err as InputError).problems.map(p => p.input);
    expect(problems).toEqual(['push', 'history-max', 'timeout', 'policy', 'build-args', 'repository']);
    expect((err as InputError).message).toMatch(
      /^6 invalid inputs; nothing was changed:\n {2}- push: "maybe" is not a boolean/
    );
  });

  test('defaults apply to empty inputs and finish() passes', () => {
    const r = reader({});
    expect(r.bool('wait', true)).toBe(true);
    expect(r.int('history-max', 10)).toBe(10);
    expect(r.duration('timeout', '5m')).toBe(300);
    expect(r.enumOf('dry-run', ['none', 'client', 'server'] as const, 'none')).toBe('none');
    expect(() => r.finish()).not.toThrow();
  });

  test('values keep their = signs', () => {
    expect(reader({ set: 'a.b=x=y' }).keyValues('set')).toEqual([{ key: 'a.b', value: 'x=y' }]);
  });

  test('int range', () => {
    const r = reader({ n: '0' });
    r.int('n', 1, { min: 1, max: 5 });
    expect(r.hasProblems()).toBe(true);
  });

  test('exactlyOneOf', () => {
    expect(reader({ a: 'x' }).exactlyOneOf(['a', 'b'])).toBe('a');
    const none = reader({});
    expect(none.exactlyOneOf(['a', 'b'])).toBeUndefined();
    expect(() => none.finish()).toThrow(/a \/ b: set exactly one of a or b \(none is set\)/);
    const both = reader({ a: 'x', b: 'y' });
    both.exactlyOneOf(['a', 'b']);
    expect(() => both.finish()).toThrow(/both are set/);
  });

  test('path: stays inside the workspace and checks existence', () => {
    const r = reader({});
    const fsx = {
      realpath: (p: string) => {
        if (p === '/ws' || p === '/ws/app') return p;
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      },
      isFile: () => false,
      isDirectory: (p: string) => p === '/ws/app' || p === '/ws'
    };
    expect(r.path('context', 'app', fsx, { want: 'directory' })).toEqual({
      path: '/ws/app',
      kind: 'directory'
    });
    r.path('context', '../etc', fsx);
    r.path('dockerfile', 'missing/Dockerfile', fsx, { missing: 'file "missing/Dockerfile" does not exist' });
    expect(() => r.finish()).toThrow(
      /context: "..\/etc" is outside the workspace[\s\S]*dockerfile: file "missing\/Dockerfile" does not exist/
    );
  });

  test('string pattern', () => {
    const r = reader({ 'release-name': 'Bad_Name' });
    r.string('release-name', { pattern: DNS1123_LABEL, hint: 'lower-case letters, digits and -' });
    expect(() => r.finish()).toThrow(/release-name: "Bad_Name" is not valid: lower-case/);
  });

  test('envLookup maps names as the runner does', () => {
    expect(envLookup({ 'INPUT_AWS-REGION': 'eu-north-1' })('aws-region')).toBe('eu-north-1');
    expect(envLookup({ INPUT_MY_INPUT: 'x' })('my input')).toBe('x');
  });

  test('patterns', () => {
    expect(SHA256_DIGEST.test('sha256:' + 'a'.repeat(64))).toBe(true);
    expect(SHA256_DIGEST.test('sha256:' + 'A'.repeat(64))).toBe(false);
    expect(DNS1123_LABEL.test('flygtaxi-dev')).toBe(true);
    expect(DNS1123_LABEL.test('-x')).toBe(false);
  });
});
