/**
 * src/lib/helm.ts: version/URL/checksum logic as tables, and resolveHelm against the real helm.
 * The download path cannot reach get.helm.sh here (no internet), so it is exercised against a
 * local stand-in for get.helm.sh on 127.0.0.1 serving a release-shaped tarball we build.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  DEFAULT_HELM_VERSION,
  findOnPath,
  helmCandidate,
  helmDownload,
  helmVersionFromBuildInfo,
  helmMajor,
  helmPlatform,
  normalizeHelmVersion,
  parseSha256Sum,
  resolveHelm,
  sha256File,
  withHelm,
  type HelmSources
} from '../../src/lib/helm';
import { UserError } from '../../src/lib/errors';
import { writeTar } from '../../src/lib/tgz';
import { realHelm, repoRoot, tempDir } from './helpers';

describe('helm version and release naming (pure)', () => {
  test.each([
    ['4.3.1', 'v4.3.1'],
    ['v4.3.1', 'v4.3.1'],
    [' v3.19.0 ', 'v3.19.0'],
    ['v4.0.0-rc.1', 'v4.0.0-rc.1'],
    ['v4.3', undefined],
    ['latest', undefined],
    ['', undefined]
  ])('normalizeHelmVersion(%p) = %p', (input, want) => {
    expect(normalizeHelmVersion(input)).toBe(want);
  });

  test.each([
    ['v4.3.1', 4],
    ['v3.19.2', 3]
  ])('helmMajor(%p) = %p', (v, major) => {
    expect(helmMajor(v)).toBe(major);
  });

  test('helmMajor rejects a non-version with a UserError', () => {
    expect(() => helmMajor('four')).toThrow(UserError);
  });

  test.each([
    ['linux', 'x64', 'linux', 'amd64', 'tar.gz', 'helm'],
    ['linux', 'arm64', 'linux', 'arm64', 'tar.gz', 'helm'],
    ['darwin', 'arm64', 'darwin', 'arm64', 'tar.gz', 'helm'],
    ['win32', 'x64', 'windows', 'amd64', 'zip', 'helm.exe']
  ] as const)('helmPlatform(%s, %s)', (platform, arch, os, harch, archive, binary) => {
    expect(helmPlatform(platform, arch)).toEqual({ os, arch: harch, archive, binary });
  });

  test('helmPlatform names the unsupported platform', () => {
    expect(() => helmPlatform('aix', 'ppc')).toThrow(/aix\/ppc.*helm-path/);
  });

  test('download URLs follow get.helm.sh naming', () => {
    const d = helmDownload('v4.3.1', helmPlatform('linux', 'x64'));
    expect(d).toEqual({
      fileName: 'helm-v4.3.1-linux-amd64.tar.gz',
      archiveUrl: 'https://get.helm.sh/helm-v4.3.1-linux-amd64.tar.gz',
      checksumUrl: 'https://get.helm.sh/helm-v4.3.1-linux-amd64.tar.gz.sha256sum',
      innerDir: 'linux-amd64',
      binary: 'helm'
    });
    expect(helmDownload('v4.3.1', helmPlatform('win32', 'x64'), 'http://127.0.0.1:9/').archiveUrl).toBe(
      'http://127.0.0.1:9/helm-v4.3.1-windows-amd64.zip'
    );
  });

  const hex = 'a'.repeat(64);
  test.each([
    [`${hex}  helm-v4.3.1-linux-amd64.tar.gz\n`, hex],
    [`${hex}\n`, hex],
    [`${'b'.repeat(64)}  other.tar.gz\n${hex} *helm-v4.3.1-linux-amd64.tar.gz\n`, hex],
    [`${hex.toUpperCase()}  helm-v4.3.1-linux-amd64.tar.gz`, hex]
  ])('parseSha256Sum picks the line for the file (%#)', (text, want) => {
    expect(parseSha256Sum(text, 'helm-v4.3.1-linux-amd64.tar.gz')).toBe(want);
  });

  test.each([['<html>not found</html>'], [`${'b'.repeat(64)}  other.tar.gz`], ['']])(
    'parseSha256Sum rejects %p',
    text => {
      expect(() => parseSha256Sum(text, 'helm-v4.3.1-linux-amd64.tar.gz')).toThrow(/no sha256/);
    }
  );
});

describe('pinned version', () => {
  test('DEFAULT_HELM_VERSION equals HELM_VERSION in tools/versions.env (what the bootstrap builds)', () => {
    const env = readFileSync(join(repoRoot, 'tools', 'versions.env'), 'utf8');
    const m = /^HELM_VERSION=(\S+)$/m.exec(env);
    expect(m?.[1]).toBe(DEFAULT_HELM_VERSION);
  });
});

describe('resolveHelm with the real helm', () => {
  test('helm-path is used as is and its version is read', async () => {
    const helm = await realHelm();
    const logs: string[] = [];
    const got = await resolveHelm({ helmPath: helm.path, env: process.env, log: m => logs.push(m) });
    expect(got.path).toBe(helm.path);
    expect(got.version).toBe(helm.version);
    expect(got.major).toBe(4);
    expect(logs.join('\n')).toMatch(/helm-path/);
    const res = await got.run(['version', '--short']);
    expect(res.exitCode).toBe(0);
  });

  test('a helm-path that is not helm is a clear error', async () => {
    const dir = tempDir();
    const fake = join(dir, 'helm');
    writeFileSync(fake, '#!/bin/sh\nexit 3\n');
    chmodSync(fake, 0o755);
    await expect(resolveHelm({ helmPath: fake, env: process.env, log: () => undefined })).rejects.toThrow(
      /helm-path: .* does not run as helm/
    );
  });

  test('helm on PATH is used when its version is the wanted one', async () => {
    const helm = await realHelm();
    const dir = join(helm.path, '..');
    const got = await resolveHelm({
      version: helm.version,
      env: { ...process.env, PATH: dir },
      log: () => undefined
    });
    expect(got.path).toBe(findOnPath('helm', { PATH: dir }));
    expect(got.version).toBe(helm.version);
  });

  test('helm on PATH with another version is not used: the installer runs (and here fails without a tool cache)', async () => {
    const helm = await realHelm();
    const logs: string[] = [];
    const env = { ...process.env, PATH: join(helm.path, '..') };
    const saved = { cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP };
    delete process.env.RUNNER_TOOL_CACHE;
    delete process.env.RUNNER_TEMP;
    try {
      await expect(resolveHelm({ version: 'v3.0.0', env, log: m => logs.push(m) })).rejects.toThrow(
        'helm v3.0.0 is not on PATH and RUNNER_TOOL_CACHE and RUNNER_TEMP are unset, so it cannot be installed; put helm v3.0.0 on PATH or set helm-path'
      );
      process.env.RUNNER_TEMP = '/tmp';
      await expect(resolveHelm({ version: 'v3.0.0', env, log: () => undefined })).rejects.toThrow(
        /and RUNNER_TOOL_CACHE is unset/
      );
    } finally {
      if (saved.cache !== undefined) process.env.RUNNER_TOOL_CACHE = saved.cache;
      if (saved.temp !== undefined) process.env.RUNNER_TEMP = saved.temp;
      else delete process.env.RUNNER_TEMP;
    }
    expect(logs.join('\n')).toContain(`helm on PATH is ${helm.version}`);
  });

  test('an invalid version is named', async () => {
    await expect(resolveHelm({ version: 'four', env: process.env, log: () => undefined })).rejects.toThrow(
      /helm-version "four"/
    );
  });
});

/**
 * A local stand-in for get.helm.sh: serves helm-<v>-linux-<arch>.tar.gz and its .sha256sum.
 * The archive's `helm` is a two-line wrapper exec'ing the real helm binary (a 120 MB binary
 * would make the test slow for nothing; the installer does not care what the file is).
 */
describe('installing helm from a local stand-in for get.helm.sh', () => {
  let server: Server;
  let base: string;
  const files = new Map<string, Buffer>();
  const requests: string[] = [];
  let cacheRoot: string;
  const saved = { cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP };

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const body = files.get((req.url ?? '').slice(1));
      if (!body) {
        res.writeHead(404).end('not found');
        return;
      }
      res
        .writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length })
        .end(body);
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    cacheRoot = tempDir('pvhc-toolcache-');
    process.env.RUNNER_TOOL_CACHE = join(cacheRoot, 'cache');
    process.env.RUNNER_TEMP = join(cacheRoot, 'temp');
    mkdirSync(process.env.RUNNER_TEMP, { recursive: true });
  });

  afterAll(async () => {
    await new Promise(r => server.close(r));
    if (saved.cache === undefined) delete process.env.RUNNER_TOOL_CACHE;
    else process.env.RUNNER_TOOL_CACHE = saved.cache;
    if (saved.temp === undefined) delete process.env.RUNNER_TEMP;
    else process.env.RUNNER_TEMP = saved.temp;
  });

  async function publish(version: string, arch: string, { corruptChecksum = false } = {}): Promise<string> {
    const helm = await realHelm();
    const wrapper = Buffer.from(`#!/bin/sh\nexec '${helm.path}' "$@"\n`);
    const tgz = gzipSync(
      writeTar([{ name: `linux-${arch}/helm`, type: 'file', mode: 0o755, data: wrapper }], 1_700_000_000)
    );
    const name = `helm-${version}-linux-${arch}.tar.gz`;
    files.set(name, tgz);
    const sum = createHash('sha256')
      .update(corruptChecksum ? Buffer.from('something else') : tgz)
      .digest('hex');
    files.set(`${name}.sha256sum`, Buffer.from(`${sum}  ${name}\n`));
    return sum;
  }

  test('downloads, verifies the sha256 and caches; the second resolve comes from the tool cache', async () => {
    const helm = await realHelm();
    // The wrapper runs the real binary, so it reports the real version; publish under that name.
    const version = helm.version;
    await publish(version, 'arm64');
    const logs: string[] = [];
    // arm64 is used so the machine's own PATH/tool-cache entries (amd64) cannot interfere.
    const opts = {
      version,
      env: { ...process.env, PATH: '/nonexistent' },
      log: (m: string) => logs.push(m),
      downloadBaseUrl: base,
      platform: 'linux' as const,
      arch: 'arm64'
    };
    const first = await resolveHelm(opts);
    expect(first.version).toBe(version);
    expect(first.path).toBe(
      join(process.env.RUNNER_TOOL_CACHE as string, 'helm', version.slice(1), 'arm64', 'helm')
    );
    expect(existsSync(first.path)).toBe(true);
    expect(requests).toEqual([
      `/helm-${version}-linux-arm64.tar.gz.sha256sum`,
      `/helm-${version}-linux-arm64.tar.gz`
    ]);
    expect(logs.join('\n')).toMatch(/Installed helm .* \(sha256 [0-9a-f]{64}\)/);

    requests.length = 0;
    const second = await resolveHelm(opts);
    expect(second.path).toBe(first.path);
    expect(requests).toEqual([]);
    expect(logs.join('\n')).toMatch(/from the tool cache/);
  });

  test('a checksum mismatch is refused and nothing is cached', async () => {
    const helm = await realHelm();
    await publish(helm.version, 'riscv64', { corruptChecksum: true });
    const opts = {
      version: helm.version,
      env: { ...process.env, PATH: '/nonexistent' },
      log: () => undefined,
      downloadBaseUrl: base,
      platform: 'linux' as const,
      arch: 'riscv64'
    };
    await expect(resolveHelm(opts)).rejects.toThrow(
      /checksum mismatch for helm-v[\d.]+-linux-riscv64\.tar\.gz.*refusing/s
    );
    expect(
      existsSync(join(process.env.RUNNER_TOOL_CACHE as string, 'helm', helm.version.slice(1), 'riscv64'))
    ).toBe(false);
  });

  test('a missing release is a clear download error', async () => {
    const opts = {
      version: 'v9.9.9',
      env: { ...process.env, PATH: '/nonexistent' },
      log: () => undefined,
      downloadBaseUrl: base,
      platform: 'linux' as const,
      arch: 's390x'
    };
    await expect(resolveHelm(opts)).rejects.toThrow(
      /downloading helm v9\.9\.9 from http:\/\/127\.0\.0\.1:\d+\/helm-v9\.9\.9-linux-s390x\.tar\.gz failed/
    );
  });

  test('sha256File hashes a file', async () => {
    const p = join(tempDir(), 'x');
    writeFileSync(p, 'abc');
    expect(await sha256File(p)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

/**
 * A minimal ELF file with a `.go.buildinfo` section laid out as Go ≥ 1.18 writes it (32-byte
 * header, then the Go version and the sentinel-framed module info as varint-prefixed strings).
 */
function fakeGoElf(modinfo: string, { littleEndian = true, is64 = true, inline = true } = {}): Buffer {
  const sentinelStart = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex');
  const sentinelEnd = Buffer.from('f932433186182072008242104116d8f2', 'hex');
  const uvarint = (n: number) => {
    const out: number[] = [];
    while (n >= 0x80) {
      out.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    out.push(n);
    return Buffer.from(out);
  };
  const mod = Buffer.concat([sentinelStart, Buffer.from(modinfo), sentinelEnd]);
  const goVersion = Buffer.from('go1.26.8');
  const header = Buffer.alloc(32);
  header.write('\xff Go buildinf:', 0, 'latin1');
  header[14] = is64 ? 8 : 4;
  header[15] = inline ? 2 : 0;
  const blob = Buffer.concat([header, uvarint(goVersion.length), goVersion, uvarint(mod.length), mod]);
  const shstrtab = Buffer.from('\0.shstrtab\0.go.buildinfo\0');
  const ehsize = is64 ? 64 : 52;
  const shentsize = is64 ? 64 : 40;
  const strOff = ehsize;
  const blobOff = strOff + shstrtab.length;
  const shoff = blobOff + blob.length;
  const eh = Buffer.alloc(ehsize);
  eh.writeUInt32BE(0x7f454c46, 0);
  eh[4] = is64 ? 2 : 1;
  eh[5] = littleEndian ? 1 : 2;
  const w16 = (b: Buffer, v: number, o: number) =>
    littleEndian ? b.writeUInt16LE(v, o) : b.writeUInt16BE(v, o);
  const w32 = (b: Buffer, v: number, o: number) =>
    littleEndian ? b.writeUInt32LE(v, o) : b.writeUInt32BE(v, o);
  const ww = (b: Buffer, v: number, o: number) =>
    is64
      ? littleEndian
        ? b.writeBigUInt64LE(BigInt(v), o)
        : b.writeBigUInt64BE(BigInt(v), o)
      : w32(b, v, o);
  ww(eh, shoff, is64 ? 0x28 : 0x20);
  w16(eh, shentsize, is64 ? 0x3a : 0x2e);
  w16(eh, 3, is64 ? 0x3c : 0x30);
  w16(eh, 1, is64 ? 0x3e : 0x32);
  const sh = Buffer.alloc(shentsize * 3);
  const section = (i: number, name: number, offset: number, size: number) => {
    w32(sh, name, i * shentsize);
    ww(sh, offset, i * shentsize + (is64 ? 0x18 : 0x10));
    ww(sh, size, i * shentsize + (is64 ? 0x20 : 0x14));
  };
  section(1, 1, strOff, shstrtab.length);
  section(2, 11, blobOff, blob.length);
  return Buffer.concat([eh, shstrtab, blob, sh]);
}

describe('reading the helm version from the binary (no process)', () => {
  const mod = (lines: string[]) => lines.join('\n') + '\n';
  const helmMod = [
    'path\thelm.sh/helm/v4/cmd/helm',
    'mod\thelm.sh/helm/v4\tv4.3.1\th1:abc=',
    'dep\tgithub.com/x/y\tv1.0.0\th1:def='
  ];
  const ldflags =
    'build\t-ldflags="-X helm.sh/helm/v4/internal/version.version=v4.3.2 -X helm.sh/helm/v4/internal/version.gitTreeState=clean"';

  function file(content: Buffer): string {
    const p = join(tempDir(), 'helm');
    writeFileSync(p, content);
    return p;
  }

  test.each([
    [
      'the -X version link flag wins (what `helm version` prints)',
      fakeGoElf(mod([...helmMod, ldflags])),
      'v4.3.2'
    ],
    ['else the main module version (go install ...@v4.3.1)', fakeGoElf(mod(helmMod)), 'v4.3.1'],
    ['big-endian ELF', fakeGoElf(mod(helmMod), { littleEndian: false }), 'v4.3.1'],
    ['32-bit ELF', fakeGoElf(mod(helmMod), { is64: false }), 'v4.3.1'],
    [
      'helm v3',
      fakeGoElf(mod(['path\thelm.sh/helm/v3/cmd/helm', 'mod\thelm.sh/helm/v3\tv3.19.2\t'])),
      'v3.19.2'
    ],
    [
      'a (devel) build: unknown, so helm version runs',
      fakeGoElf(mod(['path\thelm.sh/helm/v4/cmd/helm', 'mod\thelm.sh/helm/v4\t(devel)\t'])),
      undefined
    ],
    [
      'another Go program',
      fakeGoElf(mod(['path\tsigs.k8s.io/kwok/cmd/kwok', 'mod\tsigs.k8s.io/kwok\tv0.8.0\t'])),
      undefined
    ],
    ['pre-1.18 pointer layout', fakeGoElf(mod(helmMod), { inline: false }), undefined],
    ['a shell script', Buffer.from('#!/bin/sh\necho v4.3.1\n'), undefined],
    ['a truncated ELF', fakeGoElf(mod(helmMod)).subarray(0, 100), undefined]
  ])('%s', (_what, content, want) => {
    expect(helmVersionFromBuildInfo(file(content))).toBe(want);
  });

  test('a missing file is undefined, not an error', () => {
    expect(helmVersionFromBuildInfo('/nonexistent/helm')).toBeUndefined();
  });

  test('the real helm: the same version `helm version` prints', async () => {
    const helm = await realHelm();
    const res = await helm.run(['version', '--template', '{{.Version}}']);
    expect(helmVersionFromBuildInfo(helm.path)).toBe(res.stdout.trim());
  });

  test('helmCandidate confirms the real helm without a version process', async () => {
    const helm = await realHelm();
    const candidate = helmCandidate({
      version: helm.version,
      env: { PATH: join(helm.path, '..') },
      log: () => undefined
    });
    expect(candidate?.helm.path).toBe(helm.path);
    expect((await candidate?.confirmed)?.version).toBe(helm.version);
  });

  test('helmCandidate with another wanted version confirms undefined (the caller installs)', async () => {
    const helm = await realHelm();
    const logs: string[] = [];
    const candidate = helmCandidate({
      version: 'v3.0.0',
      env: { PATH: join(helm.path, '..') },
      log: m => logs.push(m)
    });
    expect(await candidate?.confirmed).toBeUndefined();
    expect(logs).toEqual([`helm on PATH is ${helm.version} (${helm.path}); installing v3.0.0`]);
  });

  test('no helm anywhere: no candidate', () => {
    expect(helmCandidate({ env: { PATH: tempDir() }, log: () => undefined })).toBeUndefined();
  });
});

describe('withHelm: one attempt on the candidate, another on the installed helm when needed', () => {
  /** Stand-in sources: the real helm as candidate (its check as given) and as the "installed" one. */
  async function sources(confirmed: 'right' | 'wrong' | 'none') {
    const helm = await realHelm();
    const installed: string[] = [];
    const s: HelmSources = {
      candidate: () =>
        confirmed === 'none'
          ? undefined
          : { helm, confirmed: Promise.resolve(confirmed === 'right' ? helm : undefined) },
      install: async version => (installed.push(version), helm)
    };
    return { s, installed };
  }
  const opts = { version: 'v4.0.0', env: {}, log: () => undefined };
  /** An attempt that, like packageAndVerify, gives up (undefined) when the check says wrong version. */
  const attempt = (calls: string[]) => async (_h: unknown, confirmed?: Promise<unknown>) => {
    calls.push(confirmed ? 'candidate' : 'installed');
    return confirmed && !(await confirmed) ? undefined : 'result';
  };

  test.each([
    ['right', ['candidate'], []],
    ['wrong', ['candidate', 'installed'], ['v4.0.0']],
    ['none', ['installed'], ['v4.0.0']]
  ] as const)('candidate version %s: attempts %j, installs %j', async (confirmed, attempts, installs) => {
    const { s, installed } = await sources(confirmed);
    const calls: string[] = [];
    expect(await withHelm(opts, attempt(calls), s)).toBe('result');
    expect(calls).toEqual(attempts);
    expect(installed).toEqual(installs);
  });

  test('an attempt that discards its work on a confirmed helm is a bug, not a silent retry loop', async () => {
    const { s } = await sources('none');
    await expect(withHelm(opts, async () => undefined, s)).rejects.toThrow(/discarded its result/);
  });
});
