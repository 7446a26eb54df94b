/**
 * Finding (or installing) the pinned Helm CLI, shared by package-and-verify-helm-chart and
 * deploy-to-eks. Order: an explicit `helm-path` as is; `helm` on PATH when its version is the
 * wanted one; else the official release from get.helm.sh through @actions/tool-cache, verified
 * against the published `.sha256sum` before it is cached. @actions/tool-cache is loaded lazily:
 * it is heavy and most runs never need it.
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync } from 'node:fs';
import * as path from 'node:path';
import { exec, findOnPath, type ExecOptions, type ExecResult } from './exec';
import { UserError, describeError } from './errors';
import { HELM_VERSION_RE as VERSION_RE, normalizeHelmVersion } from './helmInputs';
import type { KeyValue } from './inputs';

export { normalizeHelmVersion };

export interface Helm {
  path: string;
  /** As `helm version` prints it, e.g. v4.3.1. */
  version: string;
  major: number;
  run(args: string[], opts?: ExecOptions): Promise<ExecResult>;
}

/** Must equal HELM_VERSION in tools/versions.env (what the bootstrap builds); a test checks it. */
export const DEFAULT_HELM_VERSION = 'v4.3.1';

export const HELM_DOWNLOAD_BASE = 'https://get.helm.sh';

export interface ResolveHelmOptions {
  helmPath?: string;
  version?: string;
  env: NodeJS.ProcessEnv;
  log: (msg: string) => void;
  /** Where releases are downloaded from; tests point it at a local stand-in. */
  downloadBaseUrl?: string;
  platform?: NodeJS.Platform;
  arch?: string;
}

export function helmMajor(version: string): number {
  const m = VERSION_RE.exec(version.trim());
  if (!m) throw new UserError(`"${version}" is not a Helm version (expected e.g. ${DEFAULT_HELM_VERSION})`);
  return Number(m[1]);
}

export interface HelmPlatform {
  os: string;
  arch: string;
  archive: 'tar.gz' | 'zip';
  binary: string;
}

const OS_NAMES: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows'
};
const ARCH_NAMES: Record<string, string> = {
  x64: 'amd64',
  arm64: 'arm64',
  arm: 'arm',
  ia32: '386',
  ppc64: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64'
};

/** Node's platform/arch names → the names Helm's release files use. */
export function helmPlatform(platform: NodeJS.Platform, arch: string): HelmPlatform {
  const os = OS_NAMES[platform];
  const a = ARCH_NAMES[arch];
  if (!os || !a)
    throw new UserError(
      `Helm publishes no release for ${platform}/${arch}; install helm yourself and set helm-path`
    );
  const windows = os === 'windows';
  return { os, arch: a, archive: windows ? 'zip' : 'tar.gz', binary: windows ? 'helm.exe' : 'helm' };
}

export interface HelmDownload {
  fileName: string;
  archiveUrl: string;
  checksumUrl: string;
  /** Directory inside the archive that holds the binary (`linux-amd64`). */
  innerDir: string;
  binary: string;
}

export function helmDownload(version: string, p: HelmPlatform, base = HELM_DOWNLOAD_BASE): HelmDownload {
  const fileName = `helm-${version}-${p.os}-${p.arch}.${p.archive}`;
  const root = base.replace(/\/+$/, '');
  return {
    fileName,
    archiveUrl: `${root}/${fileName}`,
    checksumUrl: `${root}/${fileName}.sha256sum`,
    innerDir: `${p.os}-${p.arch}`,
    binary: p.binary
  };
}

/**
 * The hex digest from a `.sha256sum` file (`<hex>  <file>` as sha256sum writes it, or the bare
 * hex). When the file names files, the line for `fileName` is the one that counts.
 */
export function parseSha256Sum(text: string, fileName: string): string {
  const lines = text
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean);
  for (const line of lines) {
    const m = /^([a-fA-F0-9]{64})(?:\s+\*?(\S+))?$/.exec(line);
    if (!m) continue;
    if (m[2] === undefined || path.basename(m[2]) === fileName) return (m[1] as string).toLowerCase();
  }
  throw new UserError(`the checksum file for ${fileName} holds no sha256 for it`);
}

export async function sha256File(file: string): Promise<string> {
  // node:crypto is loaded only here: the entry chunk stays light for the validation-failure path.
  const { createHash } = await import('node:crypto');
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file)
      .on('data', d => h.update(d))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')));
  });
}

/** The version of a helm binary (from its build info, else `helm version`), or undefined when it does not run. */
export async function helmVersionOf(helmPath: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const fromBinary = helmVersionFromBuildInfo(helmPath);
  if (fromBinary) return fromBinary;
  try {
    const res = await exec(helmPath, ['version', '--template', '{{.Version}}'], {
      env,
      timeoutMs: 30_000,
      forwardSignals: false
    });
    if (res.exitCode !== 0) return undefined;
    return normalizeHelmVersion(res.stdout.trim());
  } catch {
    return undefined;
  }
}

/**
 * The version of a helm binary read from its Go build info, without running it (a helm process
 * costs 50-150 ms of CPU; this costs a few small reads). ELF only (Linux runners); undefined for
 * anything else (other formats, wrappers, old Go, not helm), and the caller runs `helm version`.
 * Prefers the `-X .../internal/version.version=` link flag (what `helm version` prints), then the
 * main module version (`go install helm.sh/helm/v4/cmd/helm@v4.3.1`).
 */
export function helmVersionFromBuildInfo(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const info = readGoBuildInfo(fd);
    if (!info) return undefined;
    const lines = info.split('\n');
    const mainPath = lines.find(l => l.startsWith('path\t'))?.slice(5);
    if (!mainPath || !/^helm\.sh\/helm(\/v\d+)?\/cmd\/helm$/.test(mainPath)) return undefined;
    const ldflags = lines.find(l => l.startsWith('build\t-ldflags='));
    const x = ldflags && /helm\.sh\/helm(?:\/v\d+)?\/internal\/version\.version=([^\s"']+)/.exec(ldflags);
    if (x) return normalizeHelmVersion(x[1] as string);
    const mod = lines.find(l => l.startsWith('mod\t'))?.split('\t')[2];
    return mod ? normalizeHelmVersion(mod) : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readAt(fd: number, offset: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, offset);
  return buf.subarray(0, n);
}

/** The module info string of an ELF Go binary's .go.buildinfo section (Go ≥ 1.18 layout). */
function readGoBuildInfo(fd: number): string | undefined {
  const eh = readAt(fd, 0, 64);
  if (eh.length < 64 || eh.readUInt32BE(0) !== 0x7f454c46) return undefined;
  const is64 = eh[4] === 2;
  const le = eh[5] === 1;
  const u16 = (b: Buffer, o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (b: Buffer, o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const uw = (b: Buffer, o: number) =>
    is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
  const shoff = uw(eh, is64 ? 0x28 : 0x20);
  const shentsize = u16(eh, is64 ? 0x3a : 0x2e);
  const shnum = u16(eh, is64 ? 0x3c : 0x30);
  const shstrndx = u16(eh, is64 ? 0x3e : 0x32);
  if (!shoff || !shnum || shnum > 4096) return undefined;
  const sh = readAt(fd, shoff, shentsize * shnum);
  const section = (i: number) => {
    const o = i * shentsize;
    return {
      name: u32(sh, o),
      offset: uw(sh, o + (is64 ? 0x18 : 0x10)),
      size: uw(sh, o + (is64 ? 0x20 : 0x14))
    };
  };
  const strtab = section(shstrndx);
  const names = readAt(fd, strtab.offset, Math.min(strtab.size, 1 << 16));
  for (let i = 0; i < shnum; i++) {
    const s = section(i);
    const end = names.indexOf(0, s.name);
    if (names.toString('latin1', s.name, end) !== '.go.buildinfo') continue;
    const blob = readAt(fd, s.offset, Math.min(s.size, 1 << 20));
    // 32-byte header: "\xff Go buildinf:", pointer size, flags (bit 1: strings inline).
    if (blob.toString('latin1', 0, 14) !== '\xff Go buildinf:' || !((blob[15] as number) & 2))
      return undefined;
    let pos = 32;
    const str = () => {
      let len = 0;
      for (let shift = 0; ; shift += 7) {
        const b = blob[pos++] as number;
        len += (b & 0x7f) * 2 ** shift;
        if (!(b & 0x80)) break;
      }
      const v = blob.subarray(pos, pos + len);
      pos += len;
      return v;
    };
    str(); // Go version
    const mod = str();
    // Module info is framed by 16-byte (binary) sentinels.
    return mod.length > 32 ? mod.subarray(16, mod.length - 16).toString('utf8') : undefined;
  }
  return undefined;
}

export function makeHelm(helmPath: string, version: string, env: NodeJS.ProcessEnv): Helm {
  return {
    path: helmPath,
    version,
    major: helmMajor(version),
    run: (args, opts = {}) => exec(helmPath, args, { env, ...opts })
  };
}

/** `--values` for each file, then `--set` for each line: the order helm merges them in. */
export function helmValuesArgs(valuesFiles: readonly string[], set: readonly KeyValue[]): string[] {
  const args: string[] = [];
  for (const f of valuesFiles) args.push('--values', f);
  for (const kv of set) args.push('--set', `${kv.key}=${kv.value}`);
  return args;
}

// Kept exported from here too: callers that resolve helm look it up where helm lives.
export { findOnPath };

export interface HelmCandidate {
  /** The binary resolveHelm would pick without installing; runnable before its version is confirmed. */
  helm: Helm;
  /**
   * The confirmed Helm (version read from the binary), or undefined when the PATH helm has another
   * version (then installHelm). Rejects with a UserError when helm-path does not run as helm.
   */
  confirmed: Promise<Helm | undefined>;
}

/** The wanted version, normalized; a UserError naming helm-version when it is not a version. */
export function wantedHelmVersion(version: string | undefined): string {
  const wanted = normalizeHelmVersion(version || DEFAULT_HELM_VERSION);
  if (!wanted)
    throw new UserError(`helm-version "${version}" is not a version (expected e.g. ${DEFAULT_HELM_VERSION})`);
  return wanted;
}

/**
 * helm-path, else helm on PATH, with its version check started but not awaited: a caller can
 * start helm work that does not depend on the version (lint, package) while the check runs, and
 * must discard that work when `confirmed` gives undefined. undefined when there is no candidate.
 */
export function helmCandidate(opts: ResolveHelmOptions): HelmCandidate | undefined {
  const wanted = wantedHelmVersion(opts.version);
  const bin = opts.helmPath || findOnPath('helm', opts.env, opts.platform ?? process.platform);
  if (!bin) return undefined;
  const where = opts.helmPath ? `helm-path ${bin}` : `PATH (${bin})`;
  const fromBinary = helmVersionFromBuildInfo(bin);
  const how = fromBinary ? '; version read from its build info' : '';
  const confirmed = (fromBinary ? Promise.resolve(fromBinary) : helmVersionOf(bin, opts.env)).then(v => {
    if (opts.helmPath) {
      if (!v) throw new UserError(`helm-path: ${bin} does not run as helm (\`helm version\` failed)`);
      opts.log(`Using helm ${v} from ${where}${how}`);
      return makeHelm(bin, v, opts.env);
    }
    if (v === wanted) {
      opts.log(`Using helm ${v} from ${where}${how}`);
      return makeHelm(bin, v, opts.env);
    }
    opts.log(`helm on PATH is ${v ?? 'not runnable'} (${bin}); installing ${wanted}`);
    return undefined;
  });
  // Callers may not await it when their own work fails first; that is not an unhandled rejection.
  confirmed.catch(() => undefined);
  return { helm: makeHelm(bin, wanted, opts.env), confirmed };
}

/**
 * Work that may start on a helm before its version is confirmed: given `confirmed` (the pending
 * check of `helm`), it must return undefined, having undone what it did, when the check gives
 * undefined (another version); without `confirmed`, `helm` is already the right one.
 */
export type HelmAttempt<R> = (helm: Helm, confirmed?: Promise<Helm | undefined>) => Promise<R | undefined>;

/** How withHelm finds and installs helm (tests hand in a fixed helm or a counting stand-in). */
export interface HelmSources {
  candidate: (opts: ResolveHelmOptions) => HelmCandidate | undefined;
  install: (version: string, opts: ResolveHelmOptions) => Promise<Helm>;
}

/**
 * Runs `attempt` on the candidate helm (helm-path, else PATH) while its version check runs, so
 * version-independent work overlaps `helm version`; when the candidate turns out to be another
 * version (or there is none), installs the wanted one and runs `attempt` once more on it.
 */
export async function withHelm<R>(
  opts: ResolveHelmOptions,
  attempt: HelmAttempt<R>,
  sources: HelmSources = { candidate: helmCandidate, install: installHelm }
): Promise<R> {
  const candidate = sources.candidate(opts);
  if (candidate) {
    const result = await attempt(candidate.helm, candidate.confirmed);
    if (result !== undefined) return result;
  }
  const helm = await sources.install(wantedHelmVersion(opts.version), opts);
  const result = await attempt(helm);
  if (result === undefined)
    throw new Error('the helm work discarded its result although its helm was confirmed');
  return result;
}

export async function resolveHelm(opts: ResolveHelmOptions): Promise<Helm> {
  const wanted = wantedHelmVersion(opts.version);
  const candidate = helmCandidate(opts);
  const confirmed = candidate ? await candidate.confirmed : undefined;
  return confirmed ?? installHelm(wanted, opts);
}

/** Downloads, verifies and caches the official release; reuses the tool cache when it has it. */
export async function installHelm(version: string, opts: ResolveHelmOptions): Promise<Helm> {
  const p = helmPlatform(opts.platform ?? process.platform, opts.arch ?? process.arch);
  const dl = helmDownload(version, p, opts.downloadBaseUrl);
  const tc = await import('@actions/tool-cache');
  const semver = version.slice(1);

  // tool-cache reads these from process.env (a runner always sets them).
  const unset = ['RUNNER_TOOL_CACHE', 'RUNNER_TEMP'].filter(k => !process.env[k]);
  if (unset.length) {
    throw new UserError(
      `helm ${version} is not on PATH and ${unset.join(' and ')} ${unset.length === 1 ? 'is' : 'are'} unset, so it cannot be installed; put helm ${version} on PATH or set helm-path`
    );
  }
  let dir = tc.find('helm', semver, p.arch);
  if (!dir) {
    opts.log(`Downloading ${dl.archiveUrl}`);
    let archive: string;
    let sumFile: string;
    try {
      sumFile = await tc.downloadTool(dl.checksumUrl);
      archive = await tc.downloadTool(dl.archiveUrl);
    } catch (err) {
      throw new UserError(`downloading helm ${version} from ${dl.archiveUrl} failed: ${describeError(err)}`);
    }
    const expected = parseSha256Sum(readFileSync(sumFile, 'utf8'), dl.fileName);
    const actual = await sha256File(archive);
    if (actual !== expected) {
      throw new UserError(
        `checksum mismatch for ${dl.fileName}: expected sha256 ${expected}, downloaded ${actual}; refusing to use it`
      );
    }
    const extracted = p.archive === 'zip' ? await tc.extractZip(archive) : await tc.extractTar(archive);
    dir = await tc.cacheDir(path.join(extracted, dl.innerDir), 'helm', semver, p.arch);
    opts.log(`Installed helm ${version} (sha256 ${actual}) into the tool cache`);
  } else {
    opts.log(`Using helm ${version} from the tool cache`);
  }
  const bin = path.join(dir, dl.binary);
  const v = await helmVersionOf(bin, opts.env);
  if (!v) throw new UserError(`the installed helm ${bin} does not run`);
  if (v !== version) throw new UserError(`the installed helm reports ${v}, expected ${version}`);
  return makeHelm(bin, v, opts.env);
}
