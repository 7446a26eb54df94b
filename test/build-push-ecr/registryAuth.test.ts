/**
 * Credentials from where the builders find them (src/lib/registryAuth.ts): the auth files in
 * containers/image's order and key forms, credential helpers (credHelpers, credsStore,
 * registries.conf's credential-helpers) run as real executables — small shell scripts written
 * here, stand-ins for docker-credential-ecr-login and the like, speaking the
 * docker-credential-helpers protocol — and the result against the stack's real htpasswd registry,
 * also through build-push-ecr's run() together with a registries.conf whose insecure and mirror
 * entries name the stack's two real registries.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { getInputs } from '../../actions/build-push-ecr/src/inputs';
import { authFileContent } from '../../actions/build-push-ecr/src/privateDir';
import { run } from '../../actions/build-push-ecr/src/run';
import { UserError } from '../../src/lib/errors';
import { RegistryAuthError, RegistryClient } from '../../src/lib/registry';
import { authFilePaths, findRegistryCredentials } from '../../src/lib/registryAuth';
import { memoryRuntime } from '../helpers/memoryRuntime';
import { loadStack, toolEnv, type Stack } from '../helpers/stack';

const b64 = (s: string) => Buffer.from(s).toString('base64');

function home(): string {
  return mkdtempSync(join(tmpdir(), 'bpe-authfiles-'));
}

function write(file: string, doc: unknown): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
}

/** Auth-file lookups that never reach the machine's own /run/containers or ~/.dockercfg. */
function envFor(h: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { HOME: h, XDG_RUNTIME_DIR: join(h, 'run'), PATH: process.env['PATH'], ...extra };
}

interface StandIn {
  /** Directory to put first on PATH. */
  bin: string;
  /** What the helper was given: argv and stdin, one line per call. */
  calls: () => string[];
}

/**
 * A stand-in credential helper `docker-credential-<name>`: a real executable that records its
 * argument and stdin, then answers as `behaviour` says.
 */
function standInHelper(
  name: string,
  behaviour: string,
  dir = mkdtempSync(join(tmpdir(), 'bpe-helper-'))
): StandIn {
  const log = join(dir, `${name}.calls`);
  const file = join(dir, `docker-credential-${name}`);
  writeFileSync(file, `#!/bin/sh\nread -r server\necho "$1 $server" >> '${log}'\n${behaviour}\n`);
  chmodSync(file, 0o755);
  return {
    bin: dir,
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [])
  };
}

const answer = (user: string, secret: string) =>
  `printf '%s' '${JSON.stringify({ ServerURL: 'x', Username: user, Secret: secret })}'`;

describe('auth files the builders read', () => {
  test("the order (containers/image's): REGISTRY_AUTH_FILE alone, else runtime dir, config home, DOCKER_CONFIG, ~/.dockercfg", () => {
    expect(authFilePaths({ HOME: '/h', REGISTRY_AUTH_FILE: '/a.json', XDG_RUNTIME_DIR: '/run/u' })).toEqual([
      '/a.json'
    ]);
    expect(
      authFilePaths({ HOME: '/h', XDG_RUNTIME_DIR: '/run/u', XDG_CONFIG_HOME: '/cfg', DOCKER_CONFIG: '/d' })
    ).toEqual([
      '/run/u/containers/auth.json',
      '/cfg/containers/auth.json',
      '/d/config.json',
      '/h/.dockercfg'
    ]);
    expect(authFilePaths({ HOME: '/h' }, 1001)).toEqual([
      '/run/containers/1001/auth.json',
      '/h/.config/containers/auth.json',
      '/h/.docker/config.json',
      '/h/.dockercfg'
    ]);
  });

  test('the first file with an entry wins; keys as host, URL, docker.io forms and namespaces (most specific first)', async () => {
    const h = home();
    write(join(h, '.config/containers/auth.json'), {
      auths: {
        'ghcr.io': { auth: b64('podman-user:p1') },
        'quay.io/team': { auth: b64('team:p4') },
        'quay.io/team/app': { auth: b64('app:p5') },
        'quay.io': { auth: b64('any:p6') }
      }
    });
    write(join(h, '.docker/config.json'), {
      auths: {
        'ghcr.io': { auth: b64('docker-user:p2') },
        'https://registry.example.com:5000/v1/': { auth: b64('u:pass:with:colons') },
        'https://index.docker.io/v1/': { auth: b64('hub:p3') }
      }
    });
    write(join(h, '.dockercfg'), { 'https://legacy.example.com/v1/': { auth: b64('old:p7') } });
    const lookup = { env: envFor(h) };
    const creds = async (registry: string, repository = 'r') =>
      (await findRegistryCredentials(registry, repository, lookup))?.credentials;
    expect(await creds('ghcr.io')).toEqual({ username: 'podman-user', password: 'p1' });
    expect(await creds('registry.example.com:5000')).toEqual({ username: 'u', password: 'pass:with:colons' });
    expect(await creds('docker.io')).toEqual({ username: 'hub', password: 'p3' });
    expect(await creds('quay.io', 'team/app')).toEqual({ username: 'app', password: 'p5' });
    expect(await creds('quay.io', 'team/other')).toEqual({ username: 'team', password: 'p4' });
    expect(await creds('quay.io', 'elsewhere')).toEqual({ username: 'any', password: 'p6' });
    expect(await creds('legacy.example.com')).toEqual({ username: 'old', password: 'p7' });
    expect(await creds('registry.example.com')).toBeUndefined();
    expect((await findRegistryCredentials('quay.io', 'team/app', lookup))?.source).toBe(
      `auths["quay.io/team/app"] in ${join(h, '.config/containers/auth.json')}`
    );
  });

  test('a broken file is skipped; an identity token is refused by name', async () => {
    const h = home();
    write(join(h, '.config/containers/auth.json'), '{not json');
    write(join(h, '.docker/config.json'), {
      auths: { 'acr.example.com': { identitytoken: 'refresh-token-value' } }
    });
    const err = await findRegistryCredentials('acr.example.com', 'r', { env: envFor(h) }).catch(
      e => e as UserError
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(
      /^auths\["acr\.example\.com"\] in .*config\.json holds an identity token .*: set the username and password inputs$/
    );
    expect((err as UserError).message).not.toContain('refresh-token-value');
    expect(await findRegistryCredentials('ghcr.io', 'r', { env: envFor(h) })).toBeUndefined();
  });
});

describe('credential helpers (stand-in helper executables)', () => {
  test('credHelpers: docker-credential-<name> get, the server URL on stdin; its answer is final for that file', async () => {
    const h = home();
    const helper = standInHelper('standin', answer('helper-user', 'helper-secret'));
    write(join(h, '.docker/config.json'), {
      credHelpers: { 'ghcr.io': 'standin', 'docker.io': 'standin', 'https://quay.io': 'standin' },
      auths: { 'ghcr.io': { auth: b64('file-user:file-pass') } }
    });
    const env = envFor(h, { PATH: `${helper.bin}${delimiter}${process.env['PATH']}` });
    const found = await findRegistryCredentials('ghcr.io', 'team/app', { env });
    expect(found).toEqual({
      credentials: { username: 'helper-user', password: 'helper-secret' },
      source: `credential helper docker-credential-standin (credHelpers["ghcr.io"] in ${join(h, '.docker/config.json')})`
    });
    await findRegistryCredentials('docker.io', 'library/x', { env });
    await findRegistryCredentials('quay.io', 'team/app', { env });
    expect(helper.calls()).toEqual(['get ghcr.io', 'get https://index.docker.io/v1/', 'get quay.io']);
  });

  test('"not found" from a helper: the next file is asked (containers/image), then docker\'s credsStore', async () => {
    const h = home();
    const missing = standInHelper('missing', "echo 'credentials not found in native keychain'; exit 1");
    standInHelper('store', answer('store-user', 'store-secret'), missing.bin);
    write(join(h, '.config/containers/auth.json'), { credHelpers: { 'ghcr.io': 'missing' } });
    write(join(h, '.docker/config.json'), { credsStore: 'store', auths: { 'ghcr.io': {} } });
    const env = envFor(h, { PATH: `${missing.bin}${delimiter}${process.env['PATH']}` });
    const found = await findRegistryCredentials('ghcr.io', 'r', { env });
    expect(found?.credentials).toEqual({ username: 'store-user', password: 'store-secret' });
    expect(found?.source).toMatch(/docker-credential-store \(credsStore in .*\.docker\/config\.json\)/);
    expect(missing.calls()).toEqual(['get ghcr.io']);
  });

  test("registries.conf's credential-helpers: asked in its order, containers-auth.json meaning the auth files", async () => {
    const h = home();
    const first = standInHelper('first', "echo 'credentials not found in native keychain'; exit 1");
    standInHelper('second', answer('second-user', 'second-secret'), first.bin);
    write(join(h, '.docker/config.json'), { auths: { 'ghcr.io': { auth: b64('file-user:file-pass') } } });
    const env = envFor(h, { PATH: `${first.bin}${delimiter}${process.env['PATH']}` });
    const creds = async (helpers: string[]) =>
      (await findRegistryCredentials('ghcr.io', 'r', { env, helpers }))?.credentials.username;
    expect(await creds(['first', 'second', 'containers-auth.json'])).toBe('second-user');
    expect(await creds(['first', 'containers-auth.json', 'second'])).toBe('file-user');
    expect(await creds(['first'])).toBeUndefined();
  });

  test.each([
    ['a path', '../../../../bin/sh'],
    ['an absolute path', '/usr/bin/env'],
    ['a Windows path', 'dir\\helper'],
    ['whitespace', 'two words'],
    ['empty', '']
  ])('hostile: a helper name that is %s is refused, nothing is run', async (_why, name) => {
    const h = home();
    const marker = join(h, 'ran');
    write(join(h, '.docker/config.json'), { credHelpers: { 'ghcr.io': name } });
    const err = (await findRegistryCredentials('ghcr.io', 'r', {
      env: envFor(h),
      runHelper: async () => {
        writeFileSync(marker, 'ran');
        return undefined;
      }
    }).catch(e => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(
      /names credential helper .*: a helper is a name \(docker-credential-<name> on PATH\), not a path; refusing to run it$/
    );
    expect(existsSync(marker)).toBe(false);
  });

  test('a failing helper: exit status only, never its output (which may hold a secret); no JSON, no Username; an identity token; not on PATH', async () => {
    const h = home();
    const bin = mkdtempSync(join(tmpdir(), 'bpe-helper-'));
    standInHelper('leaky', "echo 'oops the-secret-4711'; echo 'stderr-secret-4711' >&2; exit 3", bin);
    standInHelper('garbled', "echo 'the-secret-4711 is not json'", bin);
    standInHelper('partial', `printf '%s' '{"Username":"u"}'`, bin);
    standInHelper('token', answer('<token>', 'refresh-4711'), bin);
    const env = envFor(h, { PATH: `${bin}${delimiter}${process.env['PATH']}` });
    const fail = async (helper: string) =>
      ((await findRegistryCredentials('ghcr.io', 'r', { env, helpers: [helper] }).catch(e => e)) as UserError)
        .message;
    for (const helper of ['leaky', 'garbled', 'partial', 'token', 'absent']) {
      const message = await fail(helper);
      expect(message).not.toMatch(/4711/);
    }
    expect(await fail('leaky')).toBe(
      'credential helper docker-credential-leaky failed for ghcr.io (exit 3); its output is not shown'
    );
    expect(await fail('garbled')).toBe(
      'credential helper docker-credential-garbled did not answer JSON for ghcr.io'
    );
    expect(await fail('partial')).toMatch(/answered without Username and Secret/);
    expect(await fail('token')).toMatch(/docker-credential-token .* holds an identity token/);
    expect(await fail('absent')).toBe('credential helper docker-credential-absent is not on PATH');
  });

  test("docker's credsStore naming a helper that is not installed: passed over with a line (buildah ignores credsStore), the next source answers", async () => {
    const h = home();
    write(join(h, '.docker/config.json'), { credsStore: 'desktop', auths: { 'ghcr.io': {} } });
    write(join(h, '.dockercfg'), { 'ghcr.io': { auth: b64('legacy-user:legacy-pass') } });
    const lines: string[] = [];
    const found = await findRegistryCredentials('ghcr.io', 'r', { env: envFor(h), log: m => lines.push(m) });
    expect(found?.credentials.username).toBe('legacy-user');
    expect(lines).toEqual([
      `credsStore in ${join(h, '.docker/config.json')} names docker-credential-desktop, which is not on PATH: passed over (buildah and podman do not read credsStore; docker would fail on it)`
    ]);
  });
});

describe('against the real registries of the stack', () => {
  let s: Stack;
  let work: string;
  const repo = `bpe-helper/app-${process.pid}`;
  const tag = 'app-abc1234';
  const digests: Record<string, string> = {};

  /** One image per registry under the same name, with different content: the two digests differ. */
  beforeAll(() => {
    s = loadStack();
    work = mkdtempSync(join(tmpdir(), 'bpe-helper-reg-'));
    const env = toolEnv();
    writeFileSync(join(work, 'auth.json'), authFileContent(s.registry, s.registryUser, s.registryPassword), {
      mode: 0o600
    });
    for (const reg of [s.registry, s.registryNoAuth]) {
      const ctx = join(work, reg.replace(/\W/g, '_'));
      mkdirSync(ctx);
      writeFileSync(join(ctx, 'which.txt'), `${reg} ${Date.now()}\n`);
      writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY which.txt /which.txt\n');
      const local = `localhost/${repo}:${reg.replace(/\W/g, '-')}`;
      const buildah = (args: string[]) => {
        const r = spawnSync('buildah', args, { env, encoding: 'utf8', timeout: 120_000 });
        if (r.status !== 0) throw new Error(`buildah ${args[0]} failed: ${r.stderr}`);
      };
      buildah(['build', '--quiet', '-t', local, ctx]);
      const digestFile = join(ctx, 'digest');
      buildah([
        'push',
        '--authfile',
        join(work, 'auth.json'),
        '--tls-verify=false',
        '--digestfile',
        digestFile,
        local,
        `docker://${reg}/${repo}:${tag}`
      ]);
      digests[reg] = readFileSync(digestFile, 'utf8').trim();
      buildah(['rmi', '-f', local]);
    }
    expect(digests[s.registry]).not.toBe(digests[s.registryNoAuth]);
  });

  test('a credHelpers stand-in answers with the htpasswd user: the client reads the manifest; without it, an auth error', async () => {
    const h = home();
    const helper = standInHelper('local', answer(s.registryUser, s.registryPassword));
    write(join(h, '.docker/config.json'), { credHelpers: { [s.registry]: 'local' } });
    const env = envFor(h, { PATH: `${helper.bin}${delimiter}${process.env['PATH']}` });
    const found = await findRegistryCredentials(s.registry, repo, { env });
    const authed = new RegistryClient({
      registry: s.registry,
      insecure: true,
      credentials: found?.credentials,
      retry: { attempts: 1 }
    });
    expect((await authed.headManifest(repo, tag))?.digest).toBe(digests[s.registry]);
    authed.close();
    expect(helper.calls()).toEqual([`get ${s.registry}`]);
    const anonymous = new RegistryClient({ registry: s.registry, insecure: true, retry: { attempts: 1 } });
    await expect(anonymous.headManifest(repo, tag)).rejects.toBeInstanceOf(RegistryAuthError);
    anonymous.close();
  });

  /** build-push-ecr's run() for the existing tag (skip-if-exists: no build), no username/password or insecure-registry input. */
  async function runFor(h: string, env: NodeJS.ProcessEnv) {
    const ws = mkdtempSync(join(tmpdir(), 'bpe-helper-ws-'));
    writeFileSync(join(ws, 'Dockerfile'), 'FROM scratch\n');
    const full = { ...env, GITHUB_WORKSPACE: ws, RUNNER_TEMP: ws, GITHUB_SHA: 'abc1234' };
    const inputs = getInputs(
      n => ({ registry: s.registry, repository: repo, 'image-name': 'app', 'latest-tag': 'false' })[n],
      full
    );
    const { rt, io } = memoryRuntime(full);
    const outputs: Record<string, string> = {};
    const result = await run(
      { inputs, rt, signal: new AbortController().signal },
      {
        env: full,
        retry: { attempts: 1 },
        output: (k, v) => (outputs[k] = v),
        registriesConf: { systemFile: join(h, 'none.conf'), systemDir: join(h, 'none.d') }
      }
    ).catch(e => e as Error);
    return { result, io, outputs };
  }

  test('run(): registries.conf marks the registry insecure and names the other registry as its mirror; a credHelpers stand-in signs in; the secret is masked and the helper output never logged', async () => {
    const h = home();
    const helper = standInHelper('local', answer(s.registryUser, s.registryPassword));
    write(join(h, '.docker/config.json'), { credHelpers: { [s.registry]: 'local' } });
    const conf = join(h, 'registries.conf');
    write(
      conf,
      `[[registry]]\nlocation = "${s.registry}"\ninsecure = true\n[[registry.mirror]]\nlocation = "${s.registryNoAuth}"\ninsecure = true\n`
    );
    const { result, io, outputs } = await runFor(
      h,
      envFor(h, { PATH: `${helper.bin}${delimiter}${toolEnv()['PATH']}`, CONTAINERS_REGISTRIES_CONF: conf })
    );
    expect(result).not.toBeInstanceOf(Error);
    // The primary's image, not the mirror's: a push destination is checked where it is pushed.
    expect(outputs['digest']).toBe(digests[s.registry]);
    expect(outputs['skipped']).toBe('true');
    expect(io.recorded.secrets).toContain(s.registryPassword);
    expect(io.log).toContain(`registries.conf: ${s.registry} is insecure in ${conf}`);
    expect(io.log).toMatch(/1 mirror\(s\) .* apply to pulls only/);
    expect(io.log).toContain(
      `credentials for ${s.registry}: user ${s.registryUser} from credential helper docker-credential-local`
    );
    expect(io.log.split(s.registryPassword).length).toBe(
      1 + io.recorded.secrets.filter(x => x === s.registryPassword).length
    );
    expect(helper.calls()).toEqual([`get ${s.registry}`]);
  });

  test('run(): without registries.conf the plain-HTTP registry is not reached insecurely; blocked = true stops before anything, naming the file', async () => {
    const h = home();
    const conf = join(h, 'registries.conf');
    write(
      conf,
      `[[registry]]\nprefix = "${s.registry}/bpe-helper"\nlocation = "${s.registry}/bpe-helper"\nblocked = true\n`
    );
    const helper = standInHelper('local', answer(s.registryUser, s.registryPassword));
    write(join(h, '.docker/config.json'), { credHelpers: { [s.registry]: 'local' } });
    const env = envFor(h, { PATH: `${helper.bin}${delimiter}${toolEnv()['PATH']}` });
    const blocked = await runFor(h, { ...env, CONTAINERS_REGISTRIES_CONF: conf });
    expect(blocked.result).toBeInstanceOf(UserError);
    expect((blocked.result as Error).message).toBe(
      `registry ${s.registry}/bpe-helper is blocked in ${conf} (blocked = true): pushing ${s.registry}/${repo} is refused, as buildah and podman refuse it`
    );
    expect(helper.calls()).toEqual([]); // refused before any credential lookup
    expect(blocked.outputs).toEqual({});

    const secure = await runFor(h, env);
    expect(secure.result).toBeInstanceOf(Error);
    expect((secure.result as Error).message).toMatch(/cannot reach registry|HTTP|https/i);
  });
});
