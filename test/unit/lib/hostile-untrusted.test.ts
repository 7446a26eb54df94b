/**
 * The untrusted-output neutraliser against a model of the runner's command parser
 * (test/helpers/hostileRunner.ts): whatever an app, a registry or a file prints, the runner
 * executes none of it; harmless text is printed unchanged.
 */
import { couldBeCommand, oneLine, untrustedLines, untrustedText } from '../../../src/lib/untrusted';
import { readAsRunner } from '../../helpers/hostileRunner';

const HOSTILE = [
  '::stop-commands::x',
  '::warning::from the app',
  '::add-mask::frontdoor',
  '  ::error::leading spaces',
  '\t::notice::a tab first',
  'text ##[set-env name=X]legacy form mid-line',
  'ok\r::add-path::/tmp/evil',
  'a\r\n::set-output name=x::y',
  '::x::',
  '::untrusted-0000::'
];

describe('the runner model (what the test assertions rely on)', () => {
  test('reads raw hostile text as commands, the way the runner does', () => {
    const r = readAsRunner(HOSTILE.join('\n'));
    // stop-commands::x swallows everything up to ::x::, which resumes.
    expect(r.executed.map(c => c.name)).toEqual(['stop-commands', 'x']);
    const r2 = readAsRunner(HOSTILE.slice(1).join('\n'));
    expect(r2.executed.map(c => c.name)).toEqual([
      'warning',
      'add-mask',
      'error',
      'notice',
      'set-env',
      'add-path',
      'set-output'
    ]);
  });
});

describe('untrustedLines', () => {
  test('harmless lines are printed as they are, no block', () => {
    const lines = ['Pods (2, 1 not ready):', '  web-1: CrashLoopBackOff', 'a :: b', '#[x] and ## [y]'];
    expect(untrustedLines(lines)).toEqual(lines);
    expect(couldBeCommand(lines.join('\n'))).toBe(false);
  });

  test.each(HOSTILE.map(h => [h]))('%j runs no command and reads verbatim', hostile => {
    const text = untrustedText(['Last log lines of web-1/app:', `  ${hostile}`, 'after']);
    const r = readAsRunner(text);
    expect(r.stoppedAtEnd).toBe(false);
    // Only our own stop/resume pair, with an unguessable token.
    expect(r.executed).toHaveLength(2);
    const [stop, resume] = r.executed;
    expect(stop?.name).toBe('stop-commands');
    expect(stop?.data).toMatch(/^untrusted-[0-9a-f]{32}$/);
    expect(resume?.name).toBe(stop?.data);
    expect(r.protectedLines.join('\n')).toContain(hostile.split(/\r\n|\r/).pop() as string);
  });

  test('a token the text happens to contain is never used', () => {
    const tokens = ['untrusted-0000', 'untrusted-0000', 'untrusted-1111'];
    const out = untrustedLines(['::untrusted-0000::'], () => tokens.shift() as string);
    expect(out[0]).toBe('::stop-commands::untrusted-1111');
    expect(out[out.length - 1]).toBe('::untrusted-1111::');
    expect(readAsRunner(out.join('\n')).executed.map(c => c.name)).toEqual([
      'stop-commands',
      'untrusted-1111'
    ]);
  });

  test('each block has a fresh token', () => {
    const a = untrustedLines(['::add-mask::x'])[0];
    const b = untrustedLines(['::add-mask::x'])[0];
    expect(a).not.toBe(b);
  });
});

describe('oneLine', () => {
  test('line breaks and runs of spaces become one space; long text is cut', () => {
    expect(oneLine('MANIFEST_INVALID: bad\n::add-mask::x\r\n  y')).toBe(
      'MANIFEST_INVALID: bad ::add-mask::x y'
    );
    expect(oneLine('x'.repeat(400))).toHaveLength(301);
  });
});
