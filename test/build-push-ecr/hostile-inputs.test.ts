/**
 * Hostile inputs, every input of build-push-ecr, through the real bundle: each row must be
 * refused by name before anything happens (no process, no request, nothing written), without
 * echoing credentials or file contents. See test/helpers/hostileHarness.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expectRefusedCleanly, sandbox, type Row, type Sandbox } from '../helpers/hostileHarness';
import { repoRoot } from '../helpers/stack';

jest.setTimeout(120_000);

let sb: Sandbox;
beforeAll(async () => {
  sb = await sandbox();
});
afterAll(() => sb.close());

const PASSWORD = 'hostile-registry-password-4711';
const LONG = 'x'.repeat(300);

/** A valid non-ECR run (a local registry with username/password). */
const plain = (): Record<string, string> => ({
  registry: sb.endpoint,
  username: 'u',
  password: PASSWORD,
  repository: 'team/app',
  'image-name': 'app',
  context: 'app',
  builder: 'buildah'
});
/** A valid ECR run (region from AWS_REGION). */
const ecr = (): Record<string, string> => ({ repository: 'eks-dev', 'image-name': 'app', context: 'app' });

const row = (
  input: string,
  why: string,
  over: Record<string, string>,
  expectRe: RegExp,
  base: () => Record<string, string> = plain,
  secret?: string
): Row => ({
  input,
  why,
  make: () => ({ input, why, inputs: { ...base(), ...over }, expect: expectRe, secret })
});

const CASES: Row[] = [
  row(
    'aws-region',
    'not a region',
    { 'aws-region': 'eu-north-1; rm -rf /' },
    /^aws-region: .*not valid/,
    ecr
  ),
  row(
    'aws-region',
    'disagrees with the ECR host',
    { registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', 'aws-region': 'us-east-1' },
    /^aws-region: "us-east-1" does not match the region eu-west-1/,
    ecr
  ),
  row('registry', 'a scheme', { registry: 'https://ghcr.io' }, /^registry: .*without scheme or path/),
  row('registry', 'a path', { registry: 'ghcr.io/../evil' }, /^registry: .*without scheme or path/),
  row(
    'registry',
    'a port above 65535',
    { registry: '127.0.0.1:99999' },
    /^registry: .*port 99999 is out of range/
  ),
  row('registry', 'port 0', { registry: 'localhost:0' }, /^registry: .*port 0 is out of range/),
  row('registry', 'a space', { registry: 'ghcr io' }, /^registry: .*not a valid registry/),
  row(
    'insecure-registry',
    'not a boolean',
    { 'insecure-registry': 'maybe' },
    /^insecure-registry: "maybe" is not a boolean/
  ),
  row(
    'insecure-registry',
    'with ECR',
    { 'insecure-registry': 'true' },
    /^insecure-registry: cannot be used with ECR/,
    ecr
  ),
  row('repository', 'upper case', { repository: 'Team/App' }, /^repository: /),
  row('repository', 'dot segments', { repository: '../etc' }, /^repository: /),
  row('repository', 'missing', { repository: '' }, /^repository: is required/),
  row(
    'image-name',
    'a workflow command',
    { 'image-name': '::add-mask::x' },
    /^image-name: .*cannot start a tag/
  ),
  row('image-name', 'starting with -', { 'image-name': '-x' }, /^image-name: /),
  row('sha', 'a space', { sha: 'abc def' }, /^sha: .*cannot be part of a tag/),
  row('sha', 'a path', { sha: '../../x' }, /^sha: .*cannot be part of a tag/),
  row('tags', 'starting with .', { tags: '.bad' }, /^tags: /),
  row('tags', 'longer than 128', { tags: 'x'.repeat(129) }, /^tags: /),
  row('tags', 'a colon', { tags: 'a:b' }, /^tags: /),
  row('latest-tag', 'not a boolean', { 'latest-tag': 'sometimes' }, /^latest-tag: /),
  row(
    'context',
    'outside the workspace',
    { context: '../outside' },
    /^context: "..\/outside" is outside the workspace/
  ),
  row(
    'context',
    'an absolute path outside',
    { context: '/etc' },
    /^context: "\/etc" is outside the workspace/
  ),
  row(
    'context',
    'a symlink out of the workspace',
    { context: 'outside-dir' },
    /^context: .*leads outside the workspace through a symlink/
  ),
  row('context', 'a symlink loop', { context: 'loop-a' }, /^context: "loop-a" is a symlink loop/),
  row('context', 'a component over 255 bytes', { context: LONG }, /^context: .*longer than 255 bytes/),
  row('context', 'a file', { context: 'policy.json' }, /^context: "policy.json" is not a directory/),
  row(
    'dockerfile',
    'a symlink to /etc/passwd',
    { dockerfile: 'passwd-link' },
    /^dockerfile: .*through a symlink/,
    plain,
    'root:x:0:0'
  ),
  row('dockerfile', 'a symlink loop', { dockerfile: 'loop-b' }, /^dockerfile: "loop-b" is a symlink loop/),
  row('dockerfile', 'missing', { dockerfile: 'app/Nope' }, /^dockerfile: file "app\/Nope" does not exist/),
  row(
    'dockerfile',
    'outside the workspace',
    { dockerfile: '../outside/Dockerfile' },
    /^dockerfile: .*outside the workspace/
  ),
  row(
    'dockerfile',
    'a component over 255 bytes',
    { dockerfile: `app/${LONG}` },
    /^dockerfile: .*longer than 255 bytes/
  ),
  row(
    'dockerfile',
    'no Dockerfile in the context',
    { context: 'empty-dir' },
    /^dockerfile: no Dockerfile in context/
  ),
  row(
    'build-args',
    'no =, maybe a pasted secret',
    { 'build-args': 'ghp_buildargsecret0000' },
    /^build-args: line 1 is not KEY=VALUE/,
    plain,
    'ghp_buildargsecret0000'
  ),
  row(
    'build-args',
    'a key starting with a digit',
    { 'build-args': '1BAD=x' },
    /^build-args: line 1: "1BAD" is not a valid key/
  ),
  row('target', 'starting with -', { target: '-x' }, /^target: /),
  row('target', 'a space', { target: 'a b' }, /^target: /),
  row('platforms', 'no os/', { platforms: 'amd64' }, /^platforms: "amd64" is not os\/arch/),
  row('platforms', 'upper case', { platforms: 'linux/AMD64' }, /^platforms: /),
  row('labels', 'no key', { labels: '=nokey' }, /^labels: line 1 is not KEY=VALUE/),
  row('labels', 'a bad key', { labels: '-x=y' }, /^labels: line 1: "-x" is not a valid key/),
  row('default-labels', 'not a boolean', { 'default-labels': 'nah' }, /^default-labels: /),
  row('builder', 'unknown', { builder: 'kaniko' }, /^builder: "kaniko" is not one of/),
  row('cache', 'unknown', { cache: 's3' }, /^cache: "s3" is not one of/),
  row(
    'cache',
    'a buildx cache with buildah',
    { cache: 'registry' },
    /^cache: "registry" is a docker buildx cache/
  ),
  row('skip-if-exists', 'not a boolean', { 'skip-if-exists': 'maybe' }, /^skip-if-exists: /),
  row('create-repository', 'not a boolean', { 'create-repository': 'maybe' }, /^create-repository: /),
  row(
    'create-repository',
    'with a non-ECR registry',
    { 'create-repository': 'true' },
    /^create-repository: only works with ECR/
  ),
  row('scan-on-push', 'not a boolean', { 'scan-on-push': 'maybe' }, /^scan-on-push: /),
  row('immutable-tags', 'not a boolean', { 'immutable-tags': 'maybe' }, /^immutable-tags: /),
  row(
    'lifecycle-policy',
    'a symlink to /etc/passwd (printed 10 bytes of it before)',
    { 'create-repository': 'true', 'lifecycle-policy': 'passwd-link' },
    /^lifecycle-policy: "passwd-link" leads outside the workspace through a symlink/,
    ecr,
    'root:x'
  ),
  row(
    'lifecycle-policy',
    'not JSON (never quoted)',
    { 'create-repository': 'true', 'lifecycle-policy': 'bad-policy.json' },
    /^lifecycle-policy: "bad-policy.json" is not valid JSON/,
    ecr,
    'root:x'
  ),
  row(
    'lifecycle-policy',
    'a symlink loop',
    { 'create-repository': 'true', 'lifecycle-policy': 'loop-a' },
    /^lifecycle-policy: "loop-a" is a symlink loop/,
    ecr
  ),
  row(
    'lifecycle-policy',
    'outside the workspace',
    { 'create-repository': 'true', 'lifecycle-policy': '/etc/passwd' },
    /^lifecycle-policy: .*outside the workspace/,
    ecr,
    'root:x'
  ),
  row(
    'lifecycle-policy',
    'a directory',
    { 'create-repository': 'true', 'lifecycle-policy': 'app' },
    /^lifecycle-policy: "app" is a directory/,
    ecr
  ),
  row(
    'lifecycle-policy',
    'without create-repository',
    { 'lifecycle-policy': 'policy.json' },
    /^lifecycle-policy: is applied only with create-repository/,
    ecr
  ),
  row('username', 'with ECR', { username: 'u' }, /^username: is for non-ECR registries/, ecr),
  row(
    'username',
    'password without username',
    { username: '' },
    /^username: is required when password is set/,
    plain,
    PASSWORD
  ),
  row(
    'password',
    'username without password',
    { password: '' },
    /^password: is required when username is set/
  ),
  row(
    'password',
    'with ECR (never echoed)',
    { password: PASSWORD },
    /^password: is for non-ECR registries/,
    ecr,
    PASSWORD
  ),
  row(
    'scan-severity-threshold',
    'not a severity',
    { 'scan-severity-threshold': 'severe' },
    /^scan-severity-threshold: .*severe/,
    ecr
  ),
  row(
    'scan-severity-threshold',
    'with a non-ECR registry',
    { 'scan-severity-threshold': 'high' },
    /^scan-severity-threshold: reads ECR's scan findings; registry .* is not ECR/
  ),
  row(
    'scan-severity-threshold',
    'with push: false (nothing to scan)',
    { 'scan-severity-threshold': 'high', push: 'false' },
    /^scan-severity-threshold: needs push: true/,
    ecr
  ),
  row('scan-wait-timeout', 'not a duration', { 'scan-wait-timeout': 'soon' }, /^scan-wait-timeout: /, ecr),
  row('scan-wait-timeout', 'negative', { 'scan-wait-timeout': '-5m' }, /^scan-wait-timeout: /, ecr),
  row('push', 'not a boolean', { push: 'yes please' }, /^push: /)
];

test('control: the sandbox notices side effects (a valid run reaches the registry)', async () => {
  const h = await sb.run('build-push-ecr', plain(), 5000);
  expect(h.connections + h.spawned.length).toBeGreaterThan(0);
});

test.each(CASES.map(r => [r.input, r.why, r] as const))('%s: %s', async (_input, _why, r) => {
  const c = r.make();
  expectRefusedCleanly(await sb.run('build-push-ecr', c.inputs), c);
});

test('every input of action.yml has a hostile row', () => {
  const yml = parse(readFileSync(join(repoRoot, 'actions/build-push-ecr/action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
  };
  const covered = new Set(CASES.map(r => r.input));
  expect(Object.keys(yml.inputs).filter(i => !covered.has(i))).toEqual([]);
});
