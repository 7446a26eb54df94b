/**
 * scripts/workflow/copy-by-digest.sh, the split-registry fallback of a promotion, on the local
 * stack's two real registries (the one with htpasswd auth stands for the build account, the one
 * without for a target that may not pull cross-account): an image built once with real buildah
 * is copied by digest with real skopeo, and the target serves exactly that manifest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authFileContent } from '../../actions/build-push-ecr/src/privateDir';
import { parseFileCommands } from '../helpers/runAction';
import { loadStack, repoRoot, toolEnv, toolsBin } from '../helpers/stack';

jest.setTimeout(180_000);

const work = mkdtempSync(join(tmpdir(), 'ft-copy-'));
const repo = `copy-${process.pid}/web`;
let digest = '';
let authFile = '';

function tool(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { env: toolEnv(), encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

function copy(env: NodeJS.ProcessEnv): { code: number; log: string; outputs: Record<string, string> } {
  const out = join(mkdtempSync(join(tmpdir(), 'ft-copy-out-')), 'output');
  writeFileSync(out, '');
  const r = spawnSync('bash', [join(repoRoot, 'scripts/workflow/copy-by-digest.sh')], {
    env: toolEnv({ GITHUB_OUTPUT: out, ...env }),
    encoding: 'utf8',
    timeout: 120_000
  });
  return {
    code: r.status ?? 1,
    log: r.stdout + r.stderr,
    outputs: parseFileCommands(readFileSync(out, 'utf8'))
  };
}

async function manifestDigest(
  registry: string,
  repository: string,
  ref: string,
  auth = false
): Promise<string> {
  const s = loadStack();
  const res = await fetch(`http://${registry}/v2/${repository}/manifests/${ref}`, {
    headers: {
      Accept:
        'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
      ...(auth
        ? {
            Authorization: `Basic ${Buffer.from(`${s.registryUser}:${s.registryPassword}`).toString('base64')}`
          }
        : {})
    }
  });
  return res.ok ? (res.headers.get('docker-content-digest') ?? '') : `HTTP ${res.status}`;
}

beforeAll(() => {
  const s = loadStack();
  mkdirSync(join(work, 'ctx'));
  writeFileSync(join(work, 'ctx', 'app.txt'), `built once ${Date.now()}\n`);
  writeFileSync(join(work, 'ctx', 'Dockerfile'), 'FROM scratch\nCOPY app.txt /app.txt\n');
  authFile = join(work, 'auth.json');
  writeFileSync(authFile, authFileContent(s.registry, s.registryUser, s.registryPassword), { mode: 0o600 });
  const local = `localhost/${repo}:build`;
  tool('buildah', ['build', '--quiet', '-t', local, join(work, 'ctx')]);
  tool('buildah', [
    'push',
    '--authfile',
    authFile,
    '--tls-verify=false',
    '--digestfile',
    join(work, 'digest'),
    local,
    `docker://${s.registry}/${repo}:web-abc1234`
  ]);
  digest = readFileSync(join(work, 'digest'), 'utf8').trim();
  tool('buildah', ['rmi', '-f', local]);
});

test('copies an image from the build registry to a split registry by digest: the same digest, verified', async () => {
  const s = loadStack();
  expect(await manifestDigest(s.registryNoAuth, `split-${process.pid}/web`, digest)).toMatch(/^HTTP 404/);
  const r = copy({
    SOURCE: `${s.registry}/${repo}@${digest}`,
    DESTINATION: `${s.registryNoAuth}/split-${process.pid}/web`,
    AUTH_FILE: authFile,
    SOURCE_TLS_VERIFY: 'false',
    DESTINATION_TLS_VERIFY: 'false'
  });
  expect(r.log).not.toContain('::error');
  expect(r.code).toBe(0);
  expect(r.outputs).toEqual({ image: `${s.registryNoAuth}/split-${process.pid}/web@${digest}`, digest });
  // The target serves that manifest by digest and under the promoted tag.
  expect(await manifestDigest(s.registryNoAuth, `split-${process.pid}/web`, digest)).toBe(digest);
  expect(
    await manifestDigest(s.registryNoAuth, `split-${process.pid}/web`, `promoted-${digest.slice(7, 19)}`)
  ).toBe(digest);
  expect(await manifestDigest(s.registry, repo, digest, true)).toBe(digest);
});

test('credentials as SOURCE_USERNAME/SOURCE_PASSWORD (promote.yml copy-to): a private auth file, removed afterwards, never argv', async () => {
  const s = loadStack();
  const temp = mkdtempSync(join(tmpdir(), 'ft-copy-rt-'));
  const bin = mkdtempSync(join(tmpdir(), 'ft-copy-argv-'));
  // A recording wrapper around the real skopeo: what its command lines held.
  const argv = join(bin, 'argv');
  writeFileSync(
    join(bin, 'skopeo'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> ${JSON.stringify(argv)}\nexec ${JSON.stringify(join(toolsBin, 'skopeo'))} "$@"\n`,
    { mode: 0o755 }
  );
  const destination = `${s.registryNoAuth}/split-creds-${process.pid}/web`;
  const r = copy({
    SOURCE: `${s.registry}/${repo}@${digest}`,
    DESTINATION: destination,
    SOURCE_USERNAME: s.registryUser,
    SOURCE_PASSWORD: s.registryPassword,
    SOURCE_TLS_VERIFY: 'false',
    DESTINATION_TLS_VERIFY: 'false',
    RUNNER_TEMP: temp,
    PATH: `${bin}:${toolEnv().PATH ?? ''}`
  });
  expect(r.log).not.toContain('::error');
  expect(r.code).toBe(0);
  expect(r.outputs).toEqual({ image: `${destination}@${digest}`, digest });
  expect(await manifestDigest(s.registryNoAuth, `split-creds-${process.pid}/web`, digest)).toBe(digest);
  const lines = readFileSync(argv, 'utf8');
  expect(lines).toContain('--authfile');
  expect(lines).not.toContain(s.registryPassword);
  expect(r.log).not.toContain(s.registryPassword);
  // The auth file was under RUNNER_TEMP and is gone.
  expect(readdirSync(temp)).toEqual([]);
});

test('an ECR registry without the ECR credential helper: refused naming it, before skopeo runs', () => {
  const r = copy({
    SOURCE: `123456789012.dkr.ecr.eu-north-1.amazonaws.com/flygtaxi/web@sha256:${'a'.repeat(64)}`,
    DESTINATION: 'registry.example/web',
    PATH: '/usr/bin:/bin'
  });
  expect(r.code).toBe(1);
  expect(r.log).toMatch(/::error title=source::.*docker-credential-ecr-login/);
  expect(r.outputs).toEqual({});
});

test('a digest the source does not have: refused, nothing promoted, no output', () => {
  const s = loadStack();
  const r = copy({
    SOURCE: `${s.registry}/${repo}@sha256:${'0'.repeat(64)}`,
    DESTINATION: `${s.registryNoAuth}/split-${process.pid}/missing`,
    AUTH_FILE: authFile,
    SOURCE_TLS_VERIFY: 'false',
    DESTINATION_TLS_VERIFY: 'false'
  });
  expect(r.code).toBe(1);
  expect(r.log).toContain('::error title=copy::copying');
  expect(r.log).toContain('nothing was promoted');
  expect(r.outputs).toEqual({});
});

test.each([
  [{ SOURCE: 'registry.example/web:v1', DESTINATION: 'registry.example/web' }, 'source'],
  [
    { SOURCE: `registry.example/web@sha256:${'a'.repeat(64)}`, DESTINATION: 'registry.example/web:v1' },
    'destination'
  ],
  [
    {
      SOURCE: `registry.example/web@sha256:${'a'.repeat(64)}`,
      DESTINATION: 'registry.example/web',
      DESTINATION_TAG: 'a b'
    },
    'destination-tag'
  ],
  [
    {
      SOURCE: `registry.example/web@sha256:${'a'.repeat(64)}`,
      DESTINATION: 'registry.example/web',
      SOURCE_TLS_VERIFY: 'no'
    },
    'source-tls-verify'
  ],
  [
    {
      SOURCE: `registry.example/web@sha256:${'a'.repeat(64)}\n::warning::x`,
      DESTINATION: 'registry.example/web'
    },
    'source'
  ]
])('bad input %j is refused naming %s before skopeo runs (a recording stand-in skopeo)', (env, input) => {
  const bin = mkdtempSync(join(tmpdir(), 'ft-copy-bin-'));
  const called = join(bin, 'called');
  writeFileSync(join(bin, 'skopeo'), `#!/bin/sh\necho "$@" >> ${JSON.stringify(called)}\nexit 1\n`, {
    mode: 0o755
  });
  const r = copy({ ...env, PATH: `${bin}:/usr/bin:/bin` });
  expect(r.code).toBe(1);
  expect(r.log).toContain(`::error title=${input}::`);
  expect(r.log.match(/::error/g)).toHaveLength(1);
  expect(r.outputs).toEqual({});
  expect(existsSync(called)).toBe(false);
});
