/**
 * Workflow-command injection through the reusable workflow's scripts (scripts/workflow/*.sh,
 * issue #17 item 4): whatever an input, an artifact's file name or a tag holds, the only workflow
 * commands in the log are the scripts' own, and GITHUB_OUTPUT holds only the scripts' outputs.
 * The log is read the way the runner reads it: line by line, leading white space trimmed, `::`
 * and the legacy `##[` syntax both commands. Also the duration grammar the workflow shares with
 * the actions (#17 item 9, workflow part): base 10, bounded.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDuration, parseDuration } from '../../src/lib/inputs';
import { parseFileCommands } from '../helpers/runAction';
import { repoRoot } from '../helpers/stack';

interface Run {
  code: number;
  stdout: string;
  /** GITHUB_OUTPUT as the runner parses it. */
  outputs: Record<string, string>;
  rawOutput: string;
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Run {
  const outputFile = join(mkdtempSync(join(tmpdir(), 'ft-inject-')), 'output');
  writeFileSync(outputFile, '');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', join(repoRoot, script), ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_OUTPUT: outputFile, ...env },
    encoding: 'utf8'
  });
  const rawOutput = readFileSync(outputFile, 'utf8');
  return {
    code: r.status ?? 1,
    stdout: r.stdout + r.stderr,
    outputs: parseFileCommands(rawOutput),
    rawOutput
  };
}

interface Command {
  name: string;
  properties: string;
  data: string;
}

/** The workflow commands the runner would execute from this log. */
function commands(log: string): Command[] {
  const out: Command[] = [];
  for (const raw of log.split('\n')) {
    const line = raw.trimStart();
    let m = /^::([^\s:]+)(?:\s+([^:]*))?::(.*)$/.exec(line);
    if (m) out.push({ name: m[1] as string, properties: m[2] ?? '', data: m[3] as string });
    else if ((m = /^##\[([^\]\s;]+)[^\]]*\](.*)$/.exec(line)))
      out.push({ name: m[1] as string, properties: '', data: m[2] as string });
  }
  return out;
}

/** The runner's unescaping of command data. */
const unescape = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

const HOSTILE: [string, string][] = [
  ['a newline and ::warning::', 'x\n::warning::injected'],
  ['CR LF and ::add-mask::', 'x\r\n::add-mask::injected'],
  ['a newline and ::stop-commands::', 'x\n::stop-commands::tok\n::error::after'],
  ['an indented ::set-output', 'x\n   ::set-output name=revision::666'],
  ['the legacy ##[ syntax', 'x\n##[warning]injected'],
  ['an output line', 'x\ndeploy-timeout-minutes=99999']
];

const ws = mkdtempSync(join(tmpdir(), 'ft-inject-ws-'));
mkdirSync(join(ws, 'charts/frontdoor'), { recursive: true });
writeFileSync(join(ws, 'charts/frontdoor/Chart.yaml'), 'apiVersion: v2\nname: frontdoor\nversion: 0.1.0\n');
writeFileSync(join(ws, 'charts/frontdoor/values-dev.yaml'), 'replicaCount: 1\n');

const plan = (env: NodeJS.ProcessEnv): Run =>
  run(
    'scripts/workflow/plan-deploy.sh',
    [],
    { CHART: 'charts/frontdoor', ENVIRONMENT: 'dev', TIMEOUT: '5m', ...env },
    ws
  );

describe('plan-deploy.sh: no input can start a workflow command or add an output', () => {
  describe.each([
    ['CHART', 'chart'],
    ['ENVIRONMENT', 'environment'],
    ['VALUES_FILE', 'values-file'],
    ['TIMEOUT', 'timeout']
  ])('%s', (variable, input) => {
    test.each(HOSTILE)('%s: one error naming the input, no output', (_what, value) => {
      const r = plan({ [variable]: value });
      expect(r.code).toBe(1);
      expect(commands(r.stdout)).toEqual([
        { name: 'error', properties: `title=${input}`, data: expect.stringContaining(input) as string }
      ]);
      expect(r.outputs).toEqual({});
    });
  });

  test('a values file whose name carries an output line is refused, not written to GITHUB_OUTPUT', () => {
    const name = 'values.yaml\ndeploy-timeout-minutes=99999';
    writeFileSync(join(ws, name), '{}\n');
    const r = plan({ VALUES_FILE: name });
    expect(r.code).toBe(1);
    expect(commands(r.stdout).map(c => c.name)).toEqual(['error']);
    expect(r.rawOutput).toBe('');
  });

  test('`%0A` in a value stays literal text (the runner would turn an unescaped one into a newline)', () => {
    const r = plan({ ENVIRONMENT: 'dev%0A::warning::x' });
    const [error] = commands(r.stdout);
    expect(unescape(error?.data ?? '')).toContain('environment "dev%0A::warning::x" is not valid');
  });

  test('outputs are random-delimiter blocks, a new delimiter each time', () => {
    const a = plan({});
    const b = plan({});
    expect(a.code).toBe(0);
    expect(a.outputs).toEqual({
      'values-file': 'charts/frontdoor/values-dev.yaml',
      'helm-timeout': '300s',
      'deploy-timeout-minutes': '20'
    });
    const delimiters = (raw: string): string[] => [...raw.matchAll(/<<(\S+)\n/g)].map(m => m[1] as string);
    expect(delimiters(a.rawOutput)).toHaveLength(3);
    expect(delimiters(a.rawOutput).every(d => /^ghadelimiter_[0-9a-f]{32}$/.test(d))).toBe(true);
    expect(delimiters(a.rawOutput).filter(d => delimiters(b.rawOutput).includes(d))).toEqual([]);
  });
});

describe('check-role.sh', () => {
  test.each(HOSTILE)('%s in the role: one error naming the input', (_what, value) => {
    const r = run(
      'scripts/workflow/check-role.sh',
      ['deploy-role-arn', 'FLYGTAXI_DEPLOY_ROLE_ARN', `arn:aws:iam::123456789012:role/${value}`],
      {},
      tmpdir()
    );
    expect(r.code).toBe(1);
    expect(commands(r.stdout)).toEqual([
      {
        name: 'error',
        properties: 'title=deploy-role-arn',
        data: expect.stringContaining('deploy-role-arn') as string
      }
    ]);
  });

  test('a malformed one-line role is echoed escaped: `::` inside the data is text', () => {
    const r = run(
      'scripts/workflow/check-role.sh',
      ['deploy-role-arn', 'V', 'x::warning::y%z'],
      {},
      tmpdir()
    );
    const cmds = commands(r.stdout);
    expect(cmds.map(c => c.name)).toEqual(['error']);
    expect(unescape(cmds[0]?.data ?? '')).toContain(
      'deploy-role-arn "x::warning::y%z" is not an IAM role ARN'
    );
  });
});

describe('verify-chart.sh: the artifact decides the file name', () => {
  test.each(HOSTILE)(
    'a package named with %s is refused before it reaches the log or the outputs',
    (_what, value) => {
      const dir = mkdtempSync(join(tmpdir(), 'ft-inject-chart-'));
      const bytes = Buffer.from('a package');
      writeFileSync(join(dir, `${value.replace(/\r/g, '')}.tgz`), bytes);
      const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
      const r = run('scripts/workflow/verify-chart.sh', [dir, digest], {}, tmpdir());
      expect(r.code).toBe(1);
      expect(commands(r.stdout)).toEqual([
        {
          name: 'error',
          properties: 'title=chart artifact',
          data: expect.stringContaining('refusing to deploy') as string
        }
      ]);
      expect(r.rawOutput).toBe('');
    }
  );

  test('an injected expected digest is echoed escaped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-inject-chart-'));
    writeFileSync(join(dir, 'frontdoor-0.1.0.tgz'), 'x');
    const r = run('scripts/workflow/verify-chart.sh', [dir, 'sha256:0\n::warning::x'], {}, tmpdir());
    expect(r.code).toBe(1);
    expect(commands(r.stdout).map(c => c.name)).toEqual(['error']);
  });
});

describe('plan-access.sh', () => {
  test.each(HOSTILE)('%s in the registry: one error naming it, no output', (_what, value) => {
    const r = run('scripts/workflow/plan-access.sh', ['build'], { REGISTRY: `ghcr.io${value}` }, tmpdir());
    expect(r.code).toBe(1);
    expect(commands(r.stdout).map(c => [c.name, c.properties])).toEqual([['error', 'title=registry']]);
    expect(r.outputs).toEqual({});
  });

  test.each(HOSTILE)('%s in the cluster name: one error naming it, no output', (_what, value) => {
    const r = run(
      'scripts/workflow/plan-access.sh',
      ['deploy'],
      {
        ROLE_ARN: 'arn:aws:iam::123456789012:role/d',
        CLUSTER_NAME: `dev${value}`,
        AWS_REGION_INPUT: 'eu-north-1'
      },
      tmpdir()
    );
    expect(r.code).toBe(1);
    expect(commands(r.stdout).map(c => [c.name, c.properties])).toEqual([['error', 'title=cluster-name']]);
    expect(r.outputs).toEqual({});
  });
});

describe('move-major-tag.sh', () => {
  test.each(HOSTILE)('%s in the release tag: one error', (_what, value) => {
    const r = run(
      'scripts/workflow/move-major-tag.sh',
      [],
      { TAG: `v1.2.3${value}`, PRERELEASE: 'false' },
      tmpdir()
    );
    expect(r.code).toBe(1);
    expect(commands(r.stdout).map(c => [c.name, c.properties])).toEqual([['error', 'title=release tag']]);
  });

  test.each(HOSTILE)('%s in a pre-release tag: a plain log line, no command', (_what, value) => {
    const r = run(
      'scripts/workflow/move-major-tag.sh',
      [],
      { TAG: `v2.0.0-rc.1${value}`, PRERELEASE: 'true' },
      tmpdir()
    );
    expect(r.code).toBe(0);
    expect(commands(r.stdout)).toEqual([]);
  });
});

describe('lib.sh', () => {
  const lib = (snippet: string, env: NodeJS.ProcessEnv = {}): Run => {
    const file = join(mkdtempSync(join(tmpdir(), 'ft-lib-')), 'snippet.sh');
    writeFileSync(file, `source ${JSON.stringify(join(repoRoot, 'scripts/workflow/lib.sh'))}\n${snippet}\n`);
    const outputFile = join(mkdtempSync(join(tmpdir(), 'ft-lib-out-')), 'output');
    writeFileSync(outputFile, '');
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: outputFile, GITHUB_ENV: outputFile, ...env },
      encoding: 'utf8'
    });
    const rawOutput = readFileSync(outputFile, 'utf8');
    return {
      code: r.status ?? 1,
      stdout: r.stdout + r.stderr,
      outputs: parseFileCommands(rawOutput),
      rawOutput
    };
  };

  test('ft_output and ft_env keep a multi-line value whole, whatever lines it holds', () => {
    const value = 'line 1\nEOF\nname=other\n::warning::x';
    const r = lib('ft_output multi "$V"; ft_env FT_VAR "$V"', { V: value });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ multi: value, FT_VAR: value });
  });

  test('ft_output refuses a name that is not one', () => {
    const r = lib('ft_output "a=b" x', {});
    expect(r.code).toBe(1);
    expect(r.rawOutput).toBe('');
  });

  test.each([
    ['::warning::x', '> ::warning::x'],
    ['  ##[error]x', '>   ##[error]x'],
    ['a\n::warning::b', 'a%0A::warning::b']
  ])('ft_log %j prints one line that is no command', (text, line) => {
    const r = lib('ft_log "$T"', { T: text });
    expect(r.stdout).toBe(`${line}\n`);
    expect(commands(r.stdout)).toEqual([]);
  });

  // Expected: seconds, 'not a duration' (rc 1) or 'too long' (rc 2). The grammar of
  // src/lib/inputs.ts parseDuration: whole seconds in base 10, or Go durations (ns..h, fractions),
  // at most what Go's int64 nanoseconds hold (9223372036 s).
  test.each([
    ['300', '300'],
    ['08', '8'],
    ['010', '10'],
    ['  5m  ', '300'],
    ['90s', '90'],
    ['1h30m', '5400'],
    ['2m30s', '150'],
    ['1.5h', '5400'],
    ['1500ms', '2'],
    ['5ms', '0'],
    ['1m0.5s', '61'],
    ['1000000000ns', '1'],
    ['2000000us', '2'],
    ['3µs', '0'],
    ['9223372036', '9223372036'],
    ['2562047h', '9223369200'],
    ['00000000000000000008', '8'],
    ['9223372037', 'too long'],
    ['99999999999999h', 'too long'],
    ['2562048h', 'too long'],
    ['99999999999999999999', 'too long'],
    ['9223372036s1ns', 'too long'],
    ['123456789012345678901', 'not a duration'],
    ['5 minutes', 'not a duration'],
    ['', 'not a duration'],
    ['.5s', 'not a duration'],
    ['1.s', 'not a duration'],
    ['-5m', 'not a duration'],
    ['1d', 'not a duration'],
    ['0x10', 'not a duration'],
    ['1e3s', 'not a duration'],
    ['5m\n::warning::x', 'not a duration']
  ])('ft_duration %j = %s', (text, expected) => {
    const r = lib('rc=0; s=$(ft_duration "$T") || rc=$?; echo "$rc $s"', { T: text });
    const [rc, seconds] = r.stdout.trim().split(' ');
    expect(rc === '0' ? seconds : rc === '2' ? 'too long' : 'not a duration').toBe(expected);
  });

  // The same answers as the actions' parser (src/lib/inputs.ts), read through its formatter.
  test.each([
    '300',
    '08',
    '010',
    ' 5m ',
    '90s',
    '1h30m',
    '2m30s',
    '1.5h',
    '1500ms',
    '5 minutes',
    '',
    '.5s',
    '-5m',
    '1d',
    '0x10'
  ])('ft_duration %j agrees with src/lib parseDuration', text => {
    const r = lib('rc=0; s=$(ft_duration "$T") || rc=$?; echo "$rc $s"', { T: text });
    const [rc, seconds] = r.stdout.trim().split(' ');
    const ts = parseDuration(text);
    expect(rc === '0' ? `${seconds}s` : 'refused').toBe(ts === undefined ? 'refused' : formatDuration(ts));
  });

  test.each([
    ['08', '8s', '11'],
    ['010', '10s', '11'],
    ['59h55m', '215700s', '7200']
  ])('plan-deploy.sh: timeout %s is helm %s and a %s-minute deploy job', (timeout, helm, minutes) => {
    const r = plan({ TIMEOUT: timeout });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'helm-timeout': helm, 'deploy-timeout-minutes': minutes });
  });

  test.each([
    ['99999999999999h', 'longer than helm accepts'],
    ['59h56m', 'is too long: the deploy job runs up to 2 x timeout + 10 minutes'],
    ['500ms', 'must be at least 1s']
  ])('plan-deploy.sh: timeout %s is refused by name', (timeout, message) => {
    const r = plan({ TIMEOUT: timeout });
    expect(r.code).toBe(1);
    expect(commands(r.stdout)).toEqual([
      { name: 'error', properties: 'title=timeout', data: expect.stringContaining(message) as string }
    ]);
    expect(r.outputs).toEqual({});
  });
});

const PINNED = `sha256:${'ab'.repeat(32)}`;

describe("resolve-artifacts.sh, promote-source.sh, chart-source.sh, copy-by-digest.sh, the composites' artifacts.sh: no value can start a command or add an output", () => {
  const cases: [string, string, Record<string, string>, string[], string][] = [
    ['resolve-artifacts.sh', 'IMAGE', { ECR_REPOSITORY: 'frontdoor' }, [], 'image'],
    ['resolve-artifacts.sh', 'CHART_REF', { ECR_REPOSITORY: 'frontdoor' }, [], 'chart-ref'],
    ['resolve-artifacts.sh', 'CHART_REPOSITORY', { ECR_REPOSITORY: 'frontdoor' }, [], 'chart-repository'],
    ['resolve-artifacts.sh', 'ECR_REPOSITORY', {}, [], 'ecr-repository'],
    ['promote-source.sh', 'FROM', { TO: 'prod' }, ['check'], 'from'],
    ['promote-source.sh', 'TO', { FROM: 'dev' }, ['check'], 'to'],
    [
      'promote-source.sh',
      'IMAGE_REF',
      {
        FROM: 'dev',
        TO: 'prod',
        CHART_REPOSITORY: 'oci://r.example/c',
        CHART_NAME: 'web',
        CHART_MANIFEST: PINNED
      },
      [],
      'image-ref'
    ],
    [
      'promote-source.sh',
      'CHART_NAME',
      {
        FROM: 'dev',
        TO: 'prod',
        IMAGE_REF: `r.example/web@${PINNED}`,
        CHART_REPOSITORY: 'oci://r.example/c',
        CHART_MANIFEST: PINNED
      },
      [],
      'chart-name'
    ],
    [
      'promote-source.sh',
      'CHART_MANIFEST',
      {
        FROM: 'dev',
        TO: 'prod',
        IMAGE_REF: `r.example/web@${PINNED}`,
        CHART_REPOSITORY: 'oci://r.example/c',
        CHART_NAME: 'web'
      },
      [],
      'chart-manifest-digest'
    ],
    ['chart-source.sh', 'CHART_REF', { CHART_DIR: '/nonexistent' }, [], 'chart-ref'],
    ['rollback-request.sh', 'ENVIRONMENT', { REVISION: 'previous' }, [], 'environment'],
    ['rollback-request.sh', 'REVISION', { ENVIRONMENT: 'dev' }, [], 'revision'],
    ['plan-access.sh', 'CHART_REPOSITORY', {}, ['chart'], 'chart-repository'],
    ['plan-access.sh', 'SOURCE', { DESTINATION: 'r.example/web' }, ['copy'], 'image'],
    ['plan-access.sh', 'DESTINATION', { SOURCE: `r.example/web@${PINNED}` }, ['copy'], 'copy-to'],
    [
      'copy-by-digest.sh',
      'SOURCE_USERNAME',
      { SOURCE: `r.example/web@${PINNED}`, DESTINATION: 'r.example/web' },
      [],
      'source-username'
    ],
    [
      'copy-by-digest.sh',
      'DESTINATION_USERNAME',
      { SOURCE: `r.example/web@${PINNED}`, DESTINATION: 'r.example/web' },
      [],
      'destination-username'
    ],
    ['copy-by-digest.sh', 'SOURCE', { DESTINATION: 'r.example/web' }, [], 'source'],
    ['copy-by-digest.sh', 'DESTINATION', { SOURCE: `r.example/web@${PINNED}` }, [], 'destination'],
    [
      'copy-by-digest.sh',
      'DESTINATION_TAG',
      { SOURCE: `r.example/web@${PINNED}`, DESTINATION: 'r.example/web' },
      [],
      'destination-tag'
    ],
    [
      'copy-by-digest.sh',
      'AUTH_FILE',
      { SOURCE: `r.example/web@${PINNED}`, DESTINATION: 'r.example/web' },
      [],
      'auth-file'
    ]
  ];
  describe.each(cases)('%s %s', (script, variable, base, args, input) => {
    test.each(HOSTILE)(`%s: one error titled ${input}, nothing in GITHUB_OUTPUT`, (_what, value) => {
      const r = run(`scripts/workflow/${script}`, args, { ...base, [variable]: `x${value}` }, tmpdir());
      expect(r.code).toBe(1);
      expect(commands(r.stdout).map(c => [c.name, c.properties])).toEqual([['error', `title=${input}`]]);
      expect(r.rawOutput).toBe('');
    });
  });

  describe.each([
    ['check', 'IMAGE_REF', {}, 'image-ref'],
    ['check', 'CHART_REF', {}, 'chart-ref'],
    ['check', 'PUSH_TO', {}, 'push-to'],
    ['chart-repository', 'IMAGE', {}, 'image'],
    ['chart-repository', 'PUSH_TO', { IMAGE: 'r.example/flygtaxi/web' }, 'push-to'],
    ['chart-repository', 'CHART_REF', { IMAGE: 'r.example/flygtaxi/web' }, 'chart-ref']
  ] as [string, string, Record<string, string>, string][])(
    'scripts/composite/artifacts.sh %s %s',
    (mode, variable, base, input) => {
      test.each(HOSTILE)(`%s: one error titled ${input}, nothing in GITHUB_OUTPUT`, (_what, value) => {
        const r = run(
          'scripts/composite/artifacts.sh',
          [mode],
          { ...base, [variable]: `x${value}` },
          tmpdir()
        );
        expect(r.code).toBe(1);
        expect(commands(r.stdout).map(c => [c.name, c.properties])).toEqual([['error', `title=${input}`]]);
        expect(r.rawOutput).toBe('');
      });
    }
  );

  test('a hostile value with the plan mode: the cluster name is refused by name', () => {
    const r = run(
      'scripts/workflow/plan-access.sh',
      ['plan'],
      {
        ROLE_ARN: 'arn:aws:iam::123456789012:role/p',
        CLUSTER_NAME: 'x\n::warning::y',
        AWS_REGION_INPUT: 'eu-north-1'
      },
      tmpdir()
    );
    expect(commands(r.stdout).map(c => [c.name, c.properties])).toEqual([['error', 'title=cluster-name']]);
    expect(r.rawOutput).toBe('');
  });
});
