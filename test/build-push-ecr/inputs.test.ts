/** Input validation: every problem reported at once, each naming its input; nothing else runs. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs, type Inputs } from '../../actions/build-push-ecr/src/inputs';
import { InputError } from '../../src/lib/errors';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

const ws = mkdtempSync(join(tmpdir(), 'bpe-inputs-'));
mkdirSync(join(ws, 'app'));
writeFileSync(join(ws, 'app', 'Dockerfile'), 'FROM scratch\n');
mkdirSync(join(ws, 'nodockerfile'));
writeFileSync(join(ws, 'policy.json'), JSON.stringify({ rules: [] }));
writeFileSync(join(ws, 'bad-policy.json'), '{ not json');
const outside = mkdtempSync(join(tmpdir(), 'bpe-outside-'));
writeFileSync(join(outside, 'Dockerfile'), 'FROM scratch\n');
symlinkSync(outside, join(ws, 'escape'));

const SHA = '0123456789abcdef0123456789abcdef01234567';
const env = { GITHUB_WORKSPACE: ws, GITHUB_SHA: SHA, AWS_REGION: 'eu-north-1', RUNNER_TEMP: '/tmp/rt' };

function read(inputs: Record<string, string>, e: NodeJS.ProcessEnv = env): Inputs {
  return getInputs(name => inputs[name], e);
}

function problems(inputs: Record<string, string>, e: NodeJS.ProcessEnv = env): Record<string, string> {
  try {
    read(inputs, e);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    const out: Record<string, string> = {};
    for (const p of (err as InputError).problems) out[p.input] = p.message;
    return out;
  }
  throw new Error('expected an InputError');
}

const base = { repository: 'eks-dev-eu-north-1', 'image-name': 'frontdoor', context: 'app' };

describe('build-push-ecr inputs', () => {
  test('defaults: ECR, the seed tags, OCI labels on, skip-if-exists on, push on', () => {
    const i = read(base);
    expect(i.ecr).toBe(true);
    expect(i.registry).toBe('');
    expect(i.awsRegion).toBe('eu-north-1');
    expect(i.tags).toEqual({
      primary: `frontdoor-${SHA}`,
      others: ['frontdoor-latest'],
      moving: 'frontdoor-latest'
    });
    expect(i.context).toBe(join(ws, 'app'));
    expect(i.dockerfile).toBe(join(ws, 'app', 'Dockerfile'));
    expect(i.skipIfExists && i.push && i.defaultLabels && i.latestTag).toBe(true);
    expect(i.builder).toBe('auto');
    expect(i.cache).toBe('none');
    expect(i.runnerTemp).toBe('/tmp/rt');
  });

  test('a non-ECR registry with username/password, extra tags, build args, labels, platforms', () => {
    const i = read({
      ...base,
      registry: '127.0.0.1:5000',
      username: 'u',
      password: 'p=w',
      'insecure-registry': 'true',
      tags: 'v1.2.3\nfrontdoor-latest\n',
      'latest-tag': 'false',
      'build-args': 'BUILD_IMAGE=127.0.0.1:5000/base/node:24\nRUNTIME_IMAGE=x=y',
      labels: 'com.example/team=platform',
      platforms: 'linux/amd64, linux/arm64',
      target: 'runtime',
      sha: 'abc1234'
    });
    expect(i.ecr).toBe(false);
    expect(i.registry).toBe('127.0.0.1:5000');
    expect(i.tags).toEqual({ primary: 'frontdoor-abc1234', others: ['v1.2.3', 'frontdoor-latest'] });
    expect(i.buildArgs).toEqual([
      { key: 'BUILD_IMAGE', value: '127.0.0.1:5000/base/node:24' },
      { key: 'RUNTIME_IMAGE', value: 'x=y' }
    ]);
    expect(i.labels).toEqual([{ key: 'com.example/team', value: 'platform' }]);
    expect(i.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(i.insecureRegistry).toBe(true);
    expect(i.awsRegion).toBe('');
  });

  test('an explicit ECR host gives the region and account', () => {
    const i = read(
      { ...base, registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com' },
      { ...env, AWS_REGION: '' }
    );
    expect(i.ecr).toBe(true);
    expect(i.awsRegion).toBe('eu-west-1');
    expect(i.ecrAccountId).toBe('123456789012');
  });

  test('every problem is reported at once, each naming its input', () => {
    const p = problems({
      repository: 'Bad_Repo!',
      'image-name': '-frontdoor',
      registry: 'https://ghcr.io',
      tags: 'ok\n.bad\n' + 'x'.repeat(129),
      context: '../outside',
      'build-args': 'NOEQUALS\n1BAD=x',
      labels: '=nokey',
      platforms: 'amd64',
      target: '-x',
      builder: 'kaniko',
      cache: 's3',
      'skip-if-exists': 'maybe',
      push: 'yes please',
      username: 'u',
      'lifecycle-policy': 'policy.json'
    });
    expect(Object.keys(p).sort()).toEqual(
      [
        'build-args',
        'builder',
        'cache',
        'context',
        'image-name',
        'labels',
        'lifecycle-policy',
        'password',
        'platforms',
        'push',
        'registry',
        'repository',
        'skip-if-exists',
        'tags',
        'target'
      ].sort()
    );
    expect(p['registry']).toMatch(/without scheme/);
    expect(p['context']).toMatch(/outside the workspace/);
    expect(p['builder']).toMatch(/auto, docker, buildah, podman/);
    expect(p['password']).toMatch(/required when username is set/);
  });

  test('the message lists every problem and says nothing changed', () => {
    try {
      read({ repository: '', 'image-name': '' }, { ...env, GITHUB_SHA: '', AWS_REGION: '' });
      throw new Error('expected an InputError');
    } catch (err) {
      const msg = (err as Error).message;
      expect(msg).toMatch(/^\d+ invalid inputs; nothing was changed:/);
      for (const name of ['repository', 'image-name', 'sha', 'aws-region'])
        expect(msg).toContain(`  - ${name}: `);
    }
  });

  test.each([
    [
      'ECR repository with upper case',
      { repository: 'Frontdoor' },
      'repository',
      /not a valid ECR repository/
    ],
    ['ECR repository too short', { repository: 'a' }, 'repository', /2 to 256/],
    ['ECR repository with a double separator', { repository: 'a__b' }, 'repository', /not a valid ECR/],
    ['tag longer than 128 with the sha', { 'image-name': 'x'.repeat(100) }, 'image-name', /longer than 128/],
    ['sha with a slash', { sha: 'feature/x' }, 'sha', /cannot be part of a tag/],
    ['Dockerfile missing from the context', { context: 'nodockerfile' }, 'dockerfile', /no Dockerfile/],
    ['dockerfile that does not exist', { dockerfile: 'app/Nope' }, 'dockerfile', /does not exist/],
    [
      'context through a symlink leading outside',
      { context: 'escape' },
      'context',
      /outside the workspace through a symlink/
    ],
    ['context that is a file', { context: 'policy.json' }, 'context', /"policy.json" is not a directory/],
    ['region that is not one', { 'aws-region': 'europe' }, 'aws-region', /not valid/],
    [
      'region not matching the ECR host',
      { registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', 'aws-region': 'eu-north-1' },
      'aws-region',
      /does not match/
    ],
    ['username with ECR', { username: 'u', password: 'p' }, 'username', /non-ECR/],
    ['insecure with ECR', { 'insecure-registry': 'true' }, 'insecure-registry', /cannot be used with ECR/],
    [
      'create-repository on another registry',
      { registry: 'ghcr.io', 'create-repository': 'true' },
      'create-repository',
      /only works with ECR/
    ],
    [
      'lifecycle policy that is not JSON',
      { 'create-repository': 'true', 'lifecycle-policy': 'bad-policy.json' },
      'lifecycle-policy',
      /not valid JSON/
    ],
    ['cache with buildah', { builder: 'buildah', cache: 'registry' }, 'cache', /docker buildx cache/],
    [
      'password without username',
      { registry: 'ghcr.io', password: 'p' },
      'username',
      /required when password/
    ],
    [
      'OCI repository with upper case on another registry',
      { registry: 'ghcr.io', repository: 'Org/App' },
      'repository',
      /not a valid repository/
    ]
  ])('%s', (_name, extra, input, message) => {
    const p = problems({ ...base, ...(extra as Record<string, string>) });
    expect(p[input as string]).toMatch(message as RegExp);
  });

  test('a lifecycle policy is read and kept with create-repository', () => {
    const i = read({ ...base, 'create-repository': 'true', 'lifecycle-policy': 'policy.json' });
    expect(i.lifecyclePolicy).toBe(JSON.stringify({ rules: [] }));
  });

  test('the OCI source label URL comes from the runner environment', () => {
    const i = read(base, {
      ...env,
      GITHUB_REPOSITORY: 'acme/frontdoor',
      GITHUB_SERVER_URL: 'https://github.example.com'
    });
    expect(i.sourceUrl).toBe('https://github.example.com/acme/frontdoor');
  });

  test('action.yml declares exactly the inputs getInputs reads, and the outputs run() sets', () => {
    const yml = parse(readFileSync(join(__dirname, '../../actions/build-push-ecr/action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    const read = new Set<string>();
    getInputs(name => {
      read.add(name);
      return base[name as keyof typeof base];
    }, env);
    expect([...read].sort()).toEqual(Object.keys(yml.inputs).sort());
    expect(Object.keys(yml.outputs).sort()).toEqual([
      'digest',
      'image',
      'image-ref',
      'registry',
      'repository',
      'scan-findings',
      'skipped',
      'tag',
      'tags'
    ]);
  });
});
