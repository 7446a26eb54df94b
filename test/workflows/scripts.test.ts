/**
 * The shell helpers the composites and workflows run (scripts/composite, scripts/workflow),
 * executed with bash as the runner would, in temporary directories.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parseFileCommands } from '../helpers/runAction';
import { repoRoot, toolsBin } from '../helpers/stack';

interface Run {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
}

function runScript(script: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Run {
  const outputFile = join(mkdtempSync(join(tmpdir(), 'ft-script-')), 'output');
  writeFileSync(outputFile, '');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', join(repoRoot, script), ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_OUTPUT: outputFile, ...env },
    encoding: 'utf8'
  });
  return {
    code: r.status ?? 1,
    stdout: r.stdout + r.stderr,
    outputs: parseFileCommands(readFileSync(outputFile, 'utf8'))
  };
}

describe('scripts/workflow/plan-deploy.sh', () => {
  const ws = mkdtempSync(join(tmpdir(), 'ft-plan-'));
  mkdirSync(join(ws, 'charts/frontdoor'), { recursive: true });
  writeFileSync(join(ws, 'charts/frontdoor/Chart.yaml'), 'apiVersion: v2\nname: frontdoor\nversion: 0.1.0\n');
  writeFileSync(join(ws, 'charts/frontdoor/values-dev.yaml'), 'replicaCount: 1\n');
  writeFileSync(join(ws, 'custom.yaml'), '{}\n');
  const plan = (env: NodeJS.ProcessEnv): Run =>
    runScript(
      'scripts/workflow/plan-deploy.sh',
      [],
      { CHART: 'charts/frontdoor', ENVIRONMENT: 'dev', TIMEOUT: '5m', ...env },
      ws
    );

  test.each([
    ['5m', '300s', '20'],
    ['90s', '90s', '13'],
    ['1h30m', '5400s', '190'],
    ['2m30s', '150s', '15'],
    ['300', '300s', '20']
  ])('timeout %s: helm %s, deploy job %s minutes (2 x timeout + 10)', (timeout, helm, minutes) => {
    const r = plan({ TIMEOUT: timeout });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      'values-file': 'charts/frontdoor/values-dev.yaml',
      'helm-timeout': helm,
      'deploy-timeout-minutes': minutes
    });
  });

  test('an explicit values file wins over values-<environment>.yaml', () => {
    expect(plan({ VALUES_FILE: 'custom.yaml', ENVIRONMENT: 'prod' }).outputs['values-file']).toBe(
      'custom.yaml'
    );
  });

  test.each([
    [
      { ENVIRONMENT: 'staging' },
      'values-file',
      'no values file for environment "staging": expected charts/frontdoor/values-staging.yaml'
    ],
    [{ VALUES_FILE: 'nope.yaml' }, 'values-file', 'values-file "nope.yaml" does not exist'],
    [{ CHART: 'charts/missing' }, 'chart', 'chart "charts/missing" is not a chart directory'],
    [{ TIMEOUT: '5 minutes' }, 'timeout', 'timeout "5 minutes" is not a duration'],
    [{ TIMEOUT: '0s' }, 'timeout', 'must be at least 1s'],
    [{ ENVIRONMENT: 'dev;rm' }, 'environment', 'environment "dev;rm" is not valid']
  ])('bad input %j fails naming %s', (env, input, message) => {
    const r = plan(env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error title=${input}::`);
    expect(r.stdout).toContain(message);
    expect(r.outputs).toEqual({});
  });
});

describe('scripts/workflow/check-role.sh', () => {
  const check = (value: string): Run =>
    runScript(
      'scripts/workflow/check-role.sh',
      ['deploy-role-arn', 'FLYGTAXI_DEPLOY_ROLE_ARN', value],
      {},
      tmpdir()
    );

  test.each([
    'arn:aws:iam::123456789012:role/deploy',
    'arn:aws-cn:iam::123456789012:role/path/to/Deploy-Role_1'
  ])('accepts %s', arn => {
    expect(check(arn).code).toBe(0);
  });

  test('a missing role names the input and the variable', () => {
    const r = check('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error title=deploy-role-arn::deploy-role-arn is required: pass the deploy-role-arn input or set the FLYGTAXI_DEPLOY_ROLE_ARN variable'
    );
  });

  test.each(['deploy', 'arn:aws:iam::12345:role/x', 'arn:aws:iam::123456789012:user/x'])(
    'rejects %s',
    arn => {
      const r = check(arn);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`deploy-role-arn "${arn}" is not an IAM role ARN`);
    }
  );
});

describe('scripts/workflow/verify-chart.sh', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ft-chart-'));
  const bytes = Buffer.from('not really a chart, but bytes with a digest');
  writeFileSync(join(dir, 'frontdoor-0.1.0.tgz'), bytes);
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

  test('passes the one package whose digest matches', () => {
    const r = runScript('scripts/workflow/verify-chart.sh', [dir, digest], {}, tmpdir());
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ path: join(dir, 'frontdoor-0.1.0.tgz') });
  });

  test('refuses a package whose digest differs', () => {
    const r = runScript('scripts/workflow/verify-chart.sh', [dir, `sha256:${'0'.repeat(64)}`], {}, tmpdir());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `frontdoor-0.1.0.tgz has digest ${digest}, but the chart job verified sha256:${'0'.repeat(64)}; refusing to deploy`
    );
  });

  test('refuses an artifact without exactly one package', () => {
    const empty = mkdtempSync(join(tmpdir(), 'ft-chart-empty-'));
    const r = runScript('scripts/workflow/verify-chart.sh', [empty, digest], {}, tmpdir());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('expected one .tgz in the chart artifact, found 0');
  });
});

describe('scripts/workflow/move-major-tag.sh (GitHub API cannot exist locally: a fake gh records the call)', () => {
  const git = (cwd: string, ...args: string[]): string => {
    const r = spawnSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t'
      }
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };
  const repo = mkdtempSync(join(tmpdir(), 'ft-release-'));
  const bin = mkdtempSync(join(tmpdir(), 'ft-fake-gh-'));
  const calls = join(bin, 'calls');
  writeFileSync(join(bin, 'gh'), `#!/usr/bin/env bash\nprintf '%s\\n' "$*" >> ${JSON.stringify(calls)}\n`);
  chmodSync(join(bin, 'gh'), 0o755);
  git(repo, 'init', '-q', '-b', 'main');
  const commit = (msg: string): string => {
    writeFileSync(join(repo, 'f'), msg);
    git(repo, 'add', 'f');
    git(repo, 'commit', '-q', '-m', msg);
    return git(repo, 'rev-parse', 'HEAD');
  };
  const c1 = commit('one');
  git(repo, 'tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
  git(repo, 'tag', 'v1');
  const c2 = commit('two');
  git(repo, 'tag', '-a', 'v1.1.0', '-m', 'v1.1.0');
  commit('three');
  git(repo, 'tag', '-a', 'v1.0.1', c1, '-m', 'backport');
  git(repo, 'tag', '-a', 'v2.0.0', '-m', 'v2.0.0');
  const c3 = git(repo, 'rev-parse', 'HEAD');

  const move = (tag: string, prerelease = 'false'): Run & { calls: string } => {
    writeFileSync(calls, '');
    const r = runScript(
      'scripts/workflow/move-major-tag.sh',
      [],
      {
        TAG: tag,
        PRERELEASE: prerelease,
        REPO: 'flygtaxi/flygtaxi-actions',
        GH_TOKEN: 'x',
        PATH: `${bin}${delimiter}${process.env.PATH}`
      },
      repo
    );
    return { ...r, calls: readFileSync(calls, 'utf8') };
  };

  test('moves an existing major tag with one forced ref update', () => {
    const r = move('v1.1.0');
    expect(r.code).toBe(0);
    expect(r.calls).toBe(
      `api --method PATCH repos/flygtaxi/flygtaxi-actions/git/refs/tags/v1 -f sha=${c2} -F force=true\n`
    );
  });

  test('creates a missing major tag', () => {
    const r = move('v2.0.0');
    expect(r.code).toBe(0);
    expect(r.calls).toBe(
      `api --method POST repos/flygtaxi/flygtaxi-actions/git/refs -f ref=refs/tags/v2 -f sha=${c3}\n`
    );
  });

  test('never moves the major tag back to an older release', () => {
    const r = move('v1.0.1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('v1.0.1 is not the highest v1 release (v1.1.0)');
    expect(r.calls).toBe('');
  });

  test('leaves pre-releases alone and rejects tags that are not vX.Y.Z', () => {
    expect(move('v1.2.0-rc.1', 'true').calls).toBe('');
    const r = move('release-1');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('"release-1" is not a release tag vMAJOR.MINOR.PATCH');
    expect(r.calls).toBe('');
  });
});

describe('scripts/composite/artifacts.sh: what the composites deploy and where their chart goes', () => {
  const PINNED = `sha256:${'a'.repeat(64)}`;
  const art = (mode: string, env: NodeJS.ProcessEnv): Run =>
    runScript('scripts/composite/artifacts.sh', [mode], env, tmpdir());

  test('check: an image-ref by digest is split into repository and digest; nothing given, nothing set', () => {
    expect(art('check', { IMAGE_REF: `r.example:5000/flygtaxi/web@${PINNED}` }).outputs).toEqual({
      'image-repository': 'r.example:5000/flygtaxi/web',
      'image-digest': PINNED
    });
    expect(art('check', {}).outputs).toEqual({ 'image-repository': '', 'image-digest': '' });
  });

  test.each([
    [
      'the image repository has a prefix',
      { IMAGE: 'r.example/flygtaxi/frontdoor' },
      'oci://r.example/flygtaxi/charts',
      'true'
    ],
    ['a deeper prefix', { IMAGE: '127.0.0.1:5000/a/b/web' }, 'oci://127.0.0.1:5000/a/b/charts', 'true'],
    ['no prefix', { IMAGE: 'localhost:5000/web' }, 'oci://localhost:5000/charts', 'true'],
    [
      'an ECR image',
      { IMAGE: '123456789012.dkr.ecr.eu-north-1.amazonaws.com/flygtaxi/frontdoor' },
      'oci://123456789012.dkr.ecr.eu-north-1.amazonaws.com/flygtaxi/charts',
      'true'
    ],
    [
      'push-to given, another registry',
      { IMAGE: 'r.example/x', PUSH_TO: 'oci://charts.example/c' },
      'oci://charts.example/c',
      'false'
    ],
    ['push-to given, no image', { PUSH_TO: 'oci://charts.example/c' }, 'oci://charts.example/c', 'false'],
    [
      'chart-ref given: nothing is pushed',
      { IMAGE: 'r.example/x', CHART_REF: `oci://r.example/c/web@${PINNED}` },
      '',
      'true'
    ]
  ] as [string, NodeJS.ProcessEnv, string, string][])('chart-repository, %s', (_what, env, pushTo, same) => {
    const r = art('chart-repository', env);
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ 'push-to': pushTo, 'same-registry': same });
  });

  test.each([
    ['check', { IMAGE_REF: 'r.example/web:1.0' }, 'image-ref', /a tag can move, a digest cannot/],
    ['check', { IMAGE_REF: `web@${PINNED}` }, 'image-ref', /not an image pinned by digest/],
    ['check', { CHART_REF: 'r.example/c/web@' + PINNED }, 'chart-ref', /not oci:/],
    ['check', { PUSH_TO: `oci://r.example/c@${PINNED}` }, 'push-to', /no tag, no digest/],
    ['chart-repository', {}, 'push-to', /push-to is required: .*no image is given/],
    ['chart-repository', { IMAGE: 'team/web' }, 'push-to', /image "team\/web" names no registry/],
    ['nonsense', {}, 'artifacts', /usage/]
  ] as [string, NodeJS.ProcessEnv, string, RegExp][])(
    '%s refuses %j naming %s',
    (mode, env, input, message) => {
      const r = art(mode, env);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(new RegExp(`^::error title=${input}::`, 'm'));
      expect(r.stdout).toMatch(message);
      expect(r.outputs).toEqual({});
    }
  );
});

describe('scripts/composite/resolve-node.sh', () => {
  const resolve = (want: string, env: NodeJS.ProcessEnv): string => {
    const r = spawnSync('bash', [join(repoRoot, 'scripts/composite/resolve-node.sh'), want], {
      env,
      encoding: 'utf8'
    });
    expect(r.status).toBe(0);
    return r.stdout.trim();
  };
  const node = process.execPath;
  const major = Number(process.versions.node.split('.')[0]);
  // A PATH with bash and coreutils but no node.
  const noNode = mkdtempSync(join(tmpdir(), 'ft-nonode-'));
  for (const tool of ['bash', 'find', 'sort', 'dirname']) {
    const p = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    symlinkSync(p, join(noNode, tool));
  }

  test('takes node from PATH when it is new enough', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-node-path-'));
    symlinkSync(node, join(dir, 'node'));
    expect(resolve(String(major), { PATH: `${dir}${delimiter}${noNode}` })).toBe(join(dir, 'node'));
  });

  test('falls back to the newest adequate Node in the runner tool cache', () => {
    const cache = mkdtempSync(join(tmpdir(), 'ft-toolcache-'));
    const bin = join(cache, 'node', `${process.versions.node}`, 'x64', 'bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync(node, join(bin, 'node'));
    expect(resolve(String(major), { PATH: noNode, RUNNER_TOOL_CACHE: cache })).toBe(join(bin, 'node'));
  });

  test('prints nothing when no Node is new enough (the composite then runs setup-node)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-node-old-'));
    symlinkSync(node, join(dir, 'node'));
    expect(resolve(String(major + 1), { PATH: `${dir}${delimiter}${noNode}` })).toBe('');
    expect(resolve('24', { PATH: noNode })).toBe('');
  });

  test('finds Node 24 on the bootstrapped PATH', () => {
    expect(resolve('24', { PATH: `${toolsBin}${delimiter}${process.env.PATH}` })).toMatch(/node$/);
  });
});

describe('scripts/composite/run-action.sh', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ft-run-action-'));
  writeFileSync(
    join(dir, 'action.yml'),
    "name: t\nruns:\n  using: node24\n  main: dist/main.js\n  post: 'dist/main.js' # same bundle\n  post-if: always()\n"
  );
  mkdirSync(join(dir, 'dist'));
  // The main saves state in the runner's file format (as src/lib/runtime.ts does) and fails;
  // the post (same file, told apart by its state) prints what it was given.
  writeFileSync(
    join(dir, 'dist', 'main.js'),
    [
      "const fs = require('node:fs');",
      "if (process.env.STATE_isPost === 'true') {",
      "  console.log(`post: dir=${process.env.STATE_dir} multi=${JSON.stringify(process.env.STATE_multi)} input=${process.env['INPUT_RELEASE-NAME']}`);",
      '} else {',
      "  console.log(`main: input=${process.env['INPUT_RELEASE-NAME']}`);",
      "  if (process.env.SAVE !== 'no') fs.appendFileSync(process.env.GITHUB_STATE, 'isPost<<EOF_1\\ntrue\\nEOF_1\\ndir=/tmp/x\\nmulti<<EOF_2\\na\\nb\\nEOF_2\\n');",
      '  process.exitCode = 3;',
      '}',
      ''
    ].join('\n')
  );
  const runIt = (env: NodeJS.ProcessEnv): Run =>
    runScript(
      'scripts/composite/run-action.sh',
      [dir],
      { 'INPUT_RELEASE-NAME': 'web', RUNNER_TEMP: dir, FT_NODE: process.execPath, ...env },
      dir
    );

  test("runs main, then post with the saved state as STATE_*, and exits with main's status", () => {
    const r = runIt({});
    expect(r.code).toBe(3);
    expect(r.stdout.trim().split('\n')).toEqual([
      'main: input=web',
      'post: dir=/tmp/x multi="a\\nb" input=web'
    ]);
  });

  test('skips post when main saved nothing (it stopped before doing anything to undo)', () => {
    const r = runIt({ SAVE: 'no' });
    expect(r.code).toBe(3);
    expect(r.stdout.trim()).toBe('main: input=web');
  });

  test('the real build-push-ecr with bad input: one error, no second run as a post step', () => {
    const r = runScript(
      'scripts/composite/run-action.sh',
      [join(repoRoot, 'actions', 'build-push-ecr')],
      {
        INPUT_BUILDER: 'kaniko',
        RUNNER_TEMP: dir,
        FT_NODE: join(toolsBin, 'node'),
        GITHUB_WORKSPACE: repoRoot
      },
      repoRoot
    );
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(l => l.startsWith('::error'))).toHaveLength(1);
    expect(r.stdout).toContain('builder: \\"kaniko\\"'.replace(/\\/g, ''));
  });
});

describe('scripts/composite/run-action.sh passes a cancel on to node (the runner signals the step process only)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ft-run-action-signal-'));
  writeFileSync(
    join(dir, 'action.yml'),
    'name: t\nruns:\n  using: node24\n  main: main.js\n  post: post.js\n  post-if: always()\n'
  );
  // main saves state, then waits; HANDLE=yes: on a signal it cleans up for 300 ms and exits 1
  // (as deploy-to-eks does); HANDLE=no: Node's default, killed by the signal.
  writeFileSync(
    join(dir, 'main.js'),
    [
      "const fs = require('node:fs');",
      "fs.appendFileSync(process.env.GITHUB_STATE, 'auth=/tmp/auth\\n');",
      "if (process.env.HANDLE === 'yes') for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => {",
      '  console.log(`main got ${s}`);',
      '  setTimeout(() => process.exit(1), 300);',
      '});',
      "console.log('main started');",
      'setTimeout(() => {}, 60_000);',
      ''
    ].join('\n')
  );
  writeFileSync(join(dir, 'post.js'), 'console.log(`post cleans ${process.env.STATE_auth}`);\n');

  const cancel = async (env: NodeJS.ProcessEnv, signal: NodeJS.Signals) => {
    const { spawn } = await import('node:child_process');
    const child = spawn('bash', [join(repoRoot, 'scripts/composite/run-action.sh'), dir], {
      env: { PATH: process.env.PATH, RUNNER_TEMP: dir, FT_NODE: process.execPath, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    for (let i = 0; i < 100 && !out.includes('main started'); i++) await new Promise(r => setTimeout(r, 50));
    const sent = Date.now();
    child.kill(signal);
    const exit = await new Promise<{ code: number | null; ms: number }>(resolve => {
      const t = setTimeout(() => resolve({ code: null, ms: Date.now() - sent }), 5000);
      child.once('exit', code => {
        clearTimeout(t);
        resolve({ code, ms: Date.now() - sent });
      });
    });
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // nothing left
      }
    }
    return { ...exit, out };
  };

  test.each(['SIGINT', 'SIGTERM'] as const)(
    "%s reaches node's own handler, then the post step runs, and the exit status is main's",
    async signal => {
      const r = await cancel({ HANDLE: 'yes' }, signal);
      expect(r.out.trim().split('\n')).toEqual([
        'main started',
        `main got ${signal}`,
        'post cleans /tmp/auth'
      ]);
      expect(r.code).toBe(1);
      expect(r.ms).toBeLessThan(3000);
    }
  );

  test('SIGINT ends a node without a handler (as for a JS action), then the post step runs', async () => {
    const r = await cancel({ HANDLE: 'no' }, 'SIGINT');
    expect(r.out.trim().split('\n')).toEqual(['main started', 'post cleans /tmp/auth']);
    expect(r.code).toBe(130);
  });
});

describe('scripts/workflow/plan-access.sh', () => {
  const access = (job: string, env: NodeJS.ProcessEnv): Run =>
    runScript('scripts/workflow/plan-access.sh', [job], env, tmpdir());
  const role = 'arn:aws:iam::123456789012:role/build';

  test.each([
    [{ REGISTRY: '', ROLE_ARN: role, AWS_REGION_INPUT: 'eu-north-1' }, 'true'],
    [
      {
        REGISTRY: '123456789012.dkr.ecr.eu-north-1.amazonaws.com',
        ROLE_ARN: role,
        AWS_REGION_INPUT: 'eu-north-1'
      },
      'true'
    ],
    [{ REGISTRY: 'ghcr.io' }, 'false'],
    [{ REGISTRY: '127.0.0.1:5000' }, 'false']
  ])('build %j: aws=%s', (env, aws) => {
    const r = access('build', env);
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ aws });
  });

  test.each([
    [{ REGISTRY: '' }, 'build-role-arn is required'],
    [{ REGISTRY: '', ROLE_ARN: role }, 'aws-region is required'],
    [
      { REGISTRY: '123456789012.dkr.ecr.eu-north-1.amazonaws.com', ROLE_ARN: 'x' },
      'build-role-arn "x" is not an IAM role ARN'
    ]
  ])('build %j fails: %s', (env, message) => {
    const r = access('build', env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(message);
    expect(r.outputs).toEqual({});
  });

  test('deploy with a kubeconfig secret: no role, no cluster name needed', () => {
    const r = access('deploy', { HAS_KUBECONFIG: 'true' });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ aws: 'false' });
  });

  test('deploy to EKS: the role, the cluster name and the region are required, by name', () => {
    expect(access('deploy', { HAS_KUBECONFIG: 'false' }).stdout).toContain('deploy-role-arn is required');
    const r = access('deploy', { HAS_KUBECONFIG: 'false', ROLE_ARN: role, AWS_REGION_INPUT: 'eu-north-1' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=cluster-name::cluster-name is required');
    const ok = access('deploy', { ROLE_ARN: role, CLUSTER_NAME: 'dev', AWS_REGION_INPUT: 'eu-north-1' });
    expect(ok.outputs).toEqual({ aws: 'true' });
  });
});

test('plan-access.sh build refuses a malformed environment before anything is built', () => {
  const r = spawnSync('bash', [join(repoRoot, 'scripts/workflow/plan-access.sh'), 'build'], {
    env: { PATH: process.env.PATH, ENVIRONMENT: 'dev;rm', REGISTRY: 'ghcr.io', GITHUB_OUTPUT: '/dev/null' },
    encoding: 'utf8'
  });
  expect(r.status).toBe(1);
  expect(r.stdout).toContain('::error title=environment::environment "dev;rm" is not valid');
});

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const IMAGE = `123456789012.dkr.ecr.eu-north-1.amazonaws.com/frontdoor@${DIGEST}`;
const CHART_REF = `oci://123456789012.dkr.ecr.eu-north-1.amazonaws.com/charts/frontdoor@${DIGEST}`;

describe('scripts/workflow/resolve-artifacts.sh (deploy.yml resolve job: what to build, what to deploy)', () => {
  const resolve = (env: NodeJS.ProcessEnv): Run =>
    runScript('scripts/workflow/resolve-artifacts.sh', [], env, tmpdir());

  test('nothing given: build and package, from the build repository', () => {
    const r = resolve({ ECR_REPOSITORY: 'frontdoor' });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      build: 'true',
      package: 'true',
      image: '',
      'image-repository': '',
      'image-digest': '',
      'chart-ref': ''
    });
  });

  test('an image by digest and a chart reference given: neither build nor package', () => {
    const r = resolve({ IMAGE, CHART_REF });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      build: 'false',
      package: 'false',
      image: IMAGE,
      'image-repository': '123456789012.dkr.ecr.eu-north-1.amazonaws.com/frontdoor',
      'image-digest': DIGEST,
      'chart-ref': CHART_REF
    });
  });

  test('a local registry with a port and a nested repository', () => {
    const image = `127.0.0.1:5000/team/frontdoor@${DIGEST}`;
    const r = resolve({ IMAGE: image, CHART_REPOSITORY: 'oci://127.0.0.1:5000/charts' });
    expect(r.outputs).toEqual(
      expect.objectContaining({
        build: 'false',
        package: 'true',
        'image-repository': '127.0.0.1:5000/team/frontdoor'
      })
    );
  });

  test.each([
    [{}, 'ecr-repository', 'ecr-repository is required to build the image'],
    [{ IMAGE: 'registry.example/frontdoor:v1' }, 'image', 'is not an image pinned by digest'],
    [{ IMAGE: `frontdoor@${DIGEST}` }, 'image', 'is not an image pinned by digest'],
    [{ IMAGE, CHART_REF: 'oci://registry.example/charts/frontdoor:0.1.0' }, 'chart-ref', 'is not oci://'],
    [
      { IMAGE, CHART_REF: `https://registry.example/charts/frontdoor@${DIGEST}` },
      'chart-ref',
      'is not oci://'
    ],
    [
      { ECR_REPOSITORY: 'frontdoor', CHART_REPOSITORY: `oci://registry.example/charts@${DIGEST}` },
      'chart-repository',
      'no tag, no digest'
    ]
  ])('%j is refused naming %s, no output written', (env, input, message) => {
    const r = resolve(env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error title=${input}::`);
    expect(r.stdout).toContain(message);
    expect(r.outputs).toEqual({});
  });
});

describe('scripts/workflow/promote-source.sh (promote.yml source job: the pinned references)', () => {
  const source = (env: NodeJS.ProcessEnv, args: string[] = []): Run =>
    runScript(
      'scripts/workflow/promote-source.sh',
      args,
      {
        FROM: 'staging',
        TO: 'prod',
        IMAGE_REF: IMAGE,
        CHART_REPOSITORY: 'oci://123456789012.dkr.ecr.eu-north-1.amazonaws.com/charts',
        CHART_NAME: 'frontdoor',
        CHART_MANIFEST: DIGEST,
        ...env
      },
      tmpdir()
    );

  test('the recorded image and chart, pinned by digest, in the chart repository', () => {
    const r = source({});
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ image: IMAGE, 'chart-ref': CHART_REF });
    expect(
      source({ CHART_REPOSITORY: 'oci://123456789012.dkr.ecr.eu-north-1.amazonaws.com/charts/' }).code
    ).toBe(1);
  });

  test('check: two valid, different environments', () => {
    expect(source({}, ['check']).outputs).toEqual({});
    expect(source({}, ['check']).code).toBe(0);
    const same = source({ TO: 'staging' }, ['check']);
    expect(same.code).toBe(1);
    expect(same.stdout).toContain('::error title=to::from and to are both "staging"');
  });

  test.each([
    [{ FROM: 'dev;rm' }, 'from', 'from "dev;rm" is not a valid environment name'],
    [
      { IMAGE_REF: '' },
      'promote',
      'the last successful revision in staging records no image pinned by digest'
    ],
    [{ IMAGE_REF: 'registry.example/frontdoor:v1' }, 'promote', 'records no image pinned by digest'],
    [{ CHART_NAME: '' }, 'promote', 'records no chart name'],
    [
      { CHART_MANIFEST: '' },
      'promote',
      'was deployed from a chart package, not from a chart repository by digest'
    ],
    [{ CHART_REPOSITORY: '' }, 'chart-repository', 'is not oci://<registry>/<path>']
  ])('%j is refused naming %s, nothing promoted', (env, input, message) => {
    const r = source(env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error title=${input}::`);
    expect(r.stdout).toContain(message);
    expect(r.stdout).toContain('nothing was promoted');
    expect(r.outputs).toEqual({});
  });
});

describe('scripts/workflow/chart-source.sh (plan and deploy jobs: a reference or the verified artifact)', () => {
  test('a chart reference is passed on as it is', () => {
    const r = runScript(
      'scripts/workflow/chart-source.sh',
      [],
      { CHART_REF, CHART_DIR: '/nonexistent' },
      tmpdir()
    );
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ path: CHART_REF, oci: 'true' });
  });

  test('no reference: the artifact must hold the verified package', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-chart-src-'));
    writeFileSync(join(dir, 'frontdoor-0.1.0.tgz'), 'bytes');
    const digest = `sha256:${createHash('sha256').update('bytes').digest('hex')}`;
    const ok = runScript(
      'scripts/workflow/chart-source.sh',
      [],
      { CHART_DIR: dir, CHART_DIGEST: digest },
      tmpdir()
    );
    expect(ok.outputs).toEqual({ path: join(dir, 'frontdoor-0.1.0.tgz'), oci: 'false' });
    const bad = runScript(
      'scripts/workflow/chart-source.sh',
      [],
      { CHART_DIR: dir, CHART_DIGEST: DIGEST },
      tmpdir()
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('refusing to deploy');
    expect(bad.outputs).toEqual({});
  });

  test('a reference that is not pinned by digest is refused', () => {
    const r = runScript(
      'scripts/workflow/chart-source.sh',
      [],
      { CHART_REF: 'oci://registry.example/charts/frontdoor:0.1.0' },
      tmpdir()
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=chart-ref::');
  });
});

describe('scripts/workflow/plan-access.sh chart and plan', () => {
  const access = (job: string, env: NodeJS.ProcessEnv): Run =>
    runScript('scripts/workflow/plan-access.sh', [job], env, tmpdir());
  const role = 'arn:aws:iam::123456789012:role/plan';

  test.each([
    [{}, 'false'],
    [{ CHART_REPOSITORY: 'oci://127.0.0.1:5000/charts' }, 'false'],
    [
      {
        CHART_REPOSITORY: 'oci://123456789012.dkr.ecr.eu-north-1.amazonaws.com/charts',
        ROLE_ARN: role,
        AWS_REGION_INPUT: 'eu-north-1'
      },
      'true'
    ]
  ])('chart %j: aws=%s', (env, aws) => {
    const r = access('chart', env);
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ aws });
  });

  test('chart to ECR without the build role: refused by name', () => {
    const r = access('chart', {
      CHART_REPOSITORY: 'oci://123456789012.dkr.ecr.eu-north-1.amazonaws.com/charts'
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('build-role-arn is required');
  });

  test('plan: the read-only role by its own names, or a plan-kubeconfig secret', () => {
    const missing = access('plan', { HAS_KUBECONFIG: 'false' });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(
      '::error title=plan-role-arn::plan-role-arn is required: pass the plan-role-arn input or set the FLYGTAXI_PLAN_ROLE_ARN variable'
    );
    expect(access('plan', { HAS_KUBECONFIG: 'true' }).outputs).toEqual({ aws: 'false' });
    const noCluster = access('plan', { ROLE_ARN: role, AWS_REGION_INPUT: 'eu-north-1' });
    expect(noCluster.stdout).toContain('or pass a plan-kubeconfig secret for a cluster that is not EKS');
    expect(
      access('plan', { ROLE_ARN: role, CLUSTER_NAME: 'prod', AWS_REGION_INPUT: 'eu-north-1' }).outputs
    ).toEqual({
      aws: 'true'
    });
  });
});
