/**
 * The registries configuration buildah and podman read (containers-registries.conf(5), TOML),
 * so that the action's own registry calls treat a registry as the builder's push does. The
 * files and their merge follow containers/image (pkg/sysregistriesv2): $CONTAINERS_REGISTRIES_CONF
 * (must exist), else ~/.config/containers/registries.conf when it exists (then only the user's
 * registries.conf.d), else /etc/containers/registries.conf (may be missing); then the drop-ins
 * (*.conf, sorted, v2 format only) of /etc/containers/registries.conf.d and
 * ~/.config/containers/registries.conf.d, each replacing [[registry]] tables of the same prefix and
 * the top-level lists it sets. The v1 format ([registries.search|insecure|block]) is converted.
 *
 * What applies to the action's calls, which all address the push destination (the tag check,
 * the digest check after the push, the tag moves) — the way containers/image treats an image
 * destination: the [[registry]] with the longest matching prefix (`*.example.com` wildcards too)
 * gives `insecure` (plain HTTP or unverified TLS) and `blocked` (refused before anything runs),
 * and the top-level `credential-helpers` decide where credentials come from (registryAuth.ts).
 * Fields that only steer pulls — `location` rewriting, `[[registry.mirror]]`, `pull-from-mirror`,
 * `mirror-by-digest-only` — are validated and reported, not used: a push goes to the named
 * registry itself, mirrors are read-only copies (a tag check against a mirror would see a stale
 * tag), and the builder pulls base images through them by itself. Short-name settings
 * (`unqualified-search-registries`, `short-name-mode`; [aliases] only as a table) are validated
 * and not used: the action never resolves a short name (its image is always
 * registry/repository); nor is `additional-layer-store-auth-helper` (pull-side storage). Keys
 * containers/image does not know are reported as ignored, as containers/image ignores them.
 *
 * Parsed with smol-toml (TOML 1.0): the parsing is the library's, the schema checks are here.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { UserError } from './errors';

export const SYSTEM_REGISTRIES_CONF = '/etc/containers/registries.conf';
export const SYSTEM_REGISTRIES_CONF_DIR = '/etc/containers/registries.conf.d';
/** credential-helpers' name for "the auth files" (containers-auth.json(5)). */
export const AUTH_FILES_HELPER = 'containers-auth.json';

export interface RegistryEndpoint {
  location: string;
  insecure: boolean;
}

export interface RegistryMirror extends RegistryEndpoint {
  pullFromMirror?: 'all' | 'digest-only' | 'tag-only';
}

export interface RegistryEntry extends RegistryEndpoint {
  prefix: string;
  blocked: boolean;
  mirrors: RegistryMirror[];
  mirrorByDigestOnly: boolean;
  /** The file the entry came from (for messages). */
  file: string;
}

export interface RegistriesConf {
  /** Unique by prefix, sorted by prefix (as containers/image keeps them). */
  registries: RegistryEntry[];
  unqualifiedSearchRegistries: string[];
  credentialHelpers: string[];
  shortNameMode?: 'disabled' | 'enforcing' | 'permissive';
  /** The files read, in order. */
  files: string[];
  /** Keys no containers tool knows, as `file: key` (reported, then ignored as containers/image does). */
  unknownKeys: string[];
}

/** One file's content before merging: undefined lists were not set in it. */
interface ParsedFile {
  registries: RegistryEntry[];
  unqualifiedSearchRegistries?: string[];
  credentialHelpers?: string[];
  shortNameMode?: RegistriesConf['shortNameMode'];
  unknownKeys: string[];
}

export interface RegistriesConfPaths {
  file: string;
  /** The file was named explicitly ($CONTAINERS_REGISTRIES_CONF): it must exist. */
  explicit: boolean;
  dirs: string[];
}

export interface RegistriesConfOptions {
  /** Overrides of the system-wide paths (tests; containers/image builds them in). */
  systemFile?: string;
  systemDir?: string;
}

/** Which files a builder on this runner reads, in containers/image's order. */
export function registriesConfPaths(
  env: NodeJS.ProcessEnv,
  opts: RegistriesConfOptions = {}
): RegistriesConfPaths {
  const home = env['HOME'] || os.homedir();
  const userFile = path.join(home, '.config', 'containers', 'registries.conf');
  const userDir = path.join(home, '.config', 'containers', 'registries.conf.d');
  const systemDir = opts.systemDir ?? SYSTEM_REGISTRIES_CONF_DIR;
  const explicit = env['CONTAINERS_REGISTRIES_CONF'];
  if (explicit) return { file: explicit, explicit: true, dirs: [systemDir, userDir] };
  if (existsSync(userFile)) return { file: userFile, explicit: false, dirs: [userDir] };
  return { file: opts.systemFile ?? SYSTEM_REGISTRIES_CONF, explicit: false, dirs: [systemDir, userDir] };
}

/** Reads and merges the registries configuration; a UserError naming file and key when invalid. */
export function loadRegistriesConf(env: NodeJS.ProcessEnv, opts: RegistriesConfOptions = {}): RegistriesConf {
  const where = registriesConfPaths(env, opts);
  const conf: RegistriesConf = {
    registries: [],
    unqualifiedSearchRegistries: [],
    credentialHelpers: [],
    files: [],
    unknownKeys: []
  };
  const main = readIfExists(where.file);
  if (main === undefined && where.explicit)
    throw new UserError(`CONTAINERS_REGISTRIES_CONF names ${where.file}, which cannot be read`);
  if (main !== undefined) merge(conf, parseRegistriesConf(main, where.file, false), where.file);
  for (const dir of where.dirs) {
    let names: string[];
    try {
      names = readdirSync(dir, { withFileTypes: true })
        .filter(d => !d.isDirectory() && d.name.endsWith('.conf'))
        .map(d => d.name)
        .sort();
    } catch {
      continue; // most systems have no registries.conf.d
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const text = readIfExists(file);
      if (text !== undefined) merge(conf, parseRegistriesConf(text, file, true), file);
    }
  }
  if (!conf.credentialHelpers.length) conf.credentialHelpers = [AUTH_FILES_HELPER];
  return conf;
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function merge(conf: RegistriesConf, parsed: ParsedFile, file: string): void {
  conf.files.push(file);
  const byPrefix = new Map(conf.registries.map(r => [r.prefix, r]));
  // Within one file the first table of a prefix wins; a later file (a drop-in) replaces it.
  const own = new Map<string, RegistryEntry>();
  for (const r of parsed.registries) if (!own.has(r.prefix)) own.set(r.prefix, r);
  for (const [prefix, r] of own) byPrefix.set(prefix, r);
  conf.registries = [...byPrefix.keys()].sort().map(p => byPrefix.get(p) as RegistryEntry);
  if (parsed.unqualifiedSearchRegistries)
    conf.unqualifiedSearchRegistries = parsed.unqualifiedSearchRegistries;
  if (parsed.credentialHelpers) conf.credentialHelpers = parsed.credentialHelpers;
  if (parsed.shortNameMode) conf.shortNameMode = parsed.shortNameMode;
  conf.unknownKeys.push(...parsed.unknownKeys);
}

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v);

const TOP_KEYS = new Set([
  'registry',
  'unqualified-search-registries',
  'credential-helpers',
  'short-name-mode',
  'aliases',
  'additional-layer-store-auth-helper',
  'registries'
]);
const REGISTRY_KEYS = new Set([
  'prefix',
  'location',
  'insecure',
  'blocked',
  'mirror',
  'mirror-by-digest-only'
]);
const MIRROR_KEYS = new Set(['location', 'insecure', 'pull-from-mirror']);
const SHORT_NAME_MODES = ['disabled', 'enforcing', 'permissive'] as const;
const PULL_FROM_MIRROR = ['all', 'digest-only', 'tag-only'] as const;
/** A host[:port] as containers/image's reference.DomainRegexp accepts it (IPv6 in brackets too). */
const DOMAIN =
  /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;

/**
 * One file's content, checked against containers-registries.conf(5) the way containers/image
 * checks it; every problem of the file in one UserError. `dropIn` files must be in v2 format.
 */
export function parseRegistriesConf(text: string, file: string, dropIn: boolean): ParsedFile {
  let doc: Table;
  try {
    doc = parseToml(text) as Table;
  } catch (err) {
    const at = err instanceof TomlError ? ` (line ${err.line}, column ${err.column})` : '';
    throw new UserError(`${file} is not valid TOML${at}: buildah and podman cannot read it either`);
  }
  const problems: string[] = [];
  const unknownKeys: string[] = [];
  const out: ParsedFile = { registries: [], unknownKeys };
  for (const key of Object.keys(doc)) if (!TOP_KEYS.has(key)) unknownKeys.push(`${file}: ${key}`);

  const str = (v: unknown, key: string): string | undefined => {
    if (v === undefined) return undefined;
    if (typeof v === 'string') return v;
    problems.push(`${key} must be a string`);
    return undefined;
  };
  const bool = (v: unknown, key: string): boolean => {
    if (v === undefined) return false;
    if (typeof v === 'boolean') return v;
    problems.push(`${key} must be true or false`);
    return false;
  };
  const strings = (v: unknown, key: string): string[] | undefined => {
    if (v === undefined) return undefined;
    if (Array.isArray(v) && v.every(s => typeof s === 'string')) return v as string[];
    problems.push(`${key} must be an array of strings`);
    return undefined;
  };
  const location = (v: string | undefined, key: string): string => {
    const trimmed = (v ?? '').replace(/\/+$/, '');
    if (/^https?:\/\//.test(trimmed)) problems.push(`${key} "${trimmed}": URI schemes are not supported`);
    return trimmed;
  };

  // v1: [registries.search] / [registries.insecure] / [registries.block], each `registries = [...]`.
  const v1 = doc['registries'];
  const v1Lists: Record<'search' | 'insecure' | 'block', string[]> = { search: [], insecure: [], block: [] };
  let isV1 = false;
  if (v1 !== undefined) {
    if (!isTable(v1)) problems.push('registries must be a table ([registries.search] and so on)');
    else
      for (const [k, v] of Object.entries(v1)) {
        if (k !== 'search' && k !== 'insecure' && k !== 'block') {
          unknownKeys.push(`${file}: registries.${k}`);
          continue;
        }
        const list = isTable(v) ? strings(v['registries'], `registries.${k}.registries`) : undefined;
        if (!isTable(v)) problems.push(`registries.${k} must be a table`);
        if (list) {
          v1Lists[k] = list;
          if (list.length) isV1 = true;
        }
      }
  }

  const regs = doc['registry'];
  if (regs !== undefined && !(Array.isArray(regs) && regs.every(isTable)))
    problems.push('registry must be an array of tables ([[registry]])');
  const tables = Array.isArray(regs) ? (regs.filter(isTable) as Table[]) : [];
  tables.forEach((t, i) => {
    const at = `registry[${i + 1}]`;
    for (const k of Object.keys(t)) if (!REGISTRY_KEYS.has(k)) unknownKeys.push(`${file}: ${at}.${k}`);
    const loc = location(str(t['location'], `${at}.location`), `${at}.location`);
    let prefix = location(str(t['prefix'], `${at}.prefix`), `${at}.prefix`);
    if (!prefix) {
      if (!loc) problems.push(`${at}: both location and prefix are unset`);
      prefix = loc;
    } else if (!prefix.startsWith('*.') && !loc) {
      problems.push(`${at}: location is unset and prefix "${prefix}" is not in the format *.example.com`);
    }
    if (prefix.startsWith('*.') && /[/@:]/.test(prefix))
      problems.push(`${at}.prefix "${prefix}": a wildcard prefix must be in the format *.example.com`);
    if (t['pull-from-mirror'] !== undefined)
      problems.push(`${at}: pull-from-mirror must not be set for a non-mirror registry`);
    const byDigest = bool(t['mirror-by-digest-only'], `${at}.mirror-by-digest-only`);
    const mirrorsRaw = t['mirror'];
    if (mirrorsRaw !== undefined && !(Array.isArray(mirrorsRaw) && mirrorsRaw.every(isTable)))
      problems.push(`${at}.mirror must be an array of tables ([[registry.mirror]])`);
    const mirrors: RegistryMirror[] = (
      Array.isArray(mirrorsRaw) ? (mirrorsRaw.filter(isTable) as Table[]) : []
    ).map((m, j) => {
      const mat = `${at}.mirror[${j + 1}]`;
      for (const k of Object.keys(m)) if (!MIRROR_KEYS.has(k)) unknownKeys.push(`${file}: ${mat}.${k}`);
      const mloc = location(str(m['location'], `${mat}.location`), `${mat}.location`);
      if (!mloc) problems.push(`${mat}: location is unset`);
      const pfm = str(m['pull-from-mirror'], `${mat}.pull-from-mirror`);
      if (pfm !== undefined && !(PULL_FROM_MIRROR as readonly string[]).includes(pfm))
        problems.push(`${mat}.pull-from-mirror "${pfm}" is not one of ${PULL_FROM_MIRROR.join(', ')}`);
      if (pfm !== undefined && byDigest)
        problems.push(`${mat}: pull-from-mirror and the registry's mirror-by-digest-only cannot both be set`);
      return {
        location: mloc,
        insecure: bool(m['insecure'], `${mat}.insecure`),
        ...(pfm ? { pullFromMirror: pfm as RegistryMirror['pullFromMirror'] } : {})
      };
    });
    out.registries.push({
      prefix,
      location: loc,
      insecure: bool(t['insecure'], `${at}.insecure`),
      blocked: bool(t['blocked'], `${at}.blocked`),
      mirrors,
      mirrorByDigestOnly: byDigest,
      file
    });
  });

  const search = strings(doc['unqualified-search-registries'], 'unqualified-search-registries');
  if (search) {
    out.unqualifiedSearchRegistries = search.map(s => location(s, 'unqualified-search-registries'));
    for (const s of out.unqualifiedSearchRegistries)
      if (!DOMAIN.test(s)) problems.push(`unqualified-search-registries entry "${s}" is not a host[:port]`);
  }
  const helpers = strings(doc['credential-helpers'], 'credential-helpers');
  if (helpers) out.credentialHelpers = helpers;
  const mode = str(doc['short-name-mode'], 'short-name-mode');
  if (mode !== undefined) {
    if ((SHORT_NAME_MODES as readonly string[]).includes(mode))
      out.shortNameMode = mode as RegistriesConf['shortNameMode'];
    else problems.push(`short-name-mode "${mode}" is not one of ${SHORT_NAME_MODES.join(', ')}`);
  }
  if (doc['aliases'] !== undefined && !isTable(doc['aliases'])) problems.push('aliases must be a table');
  str(doc['additional-layer-store-auth-helper'], 'additional-layer-store-auth-helper');

  if (isV1) {
    const v2Set = tables.length > 0 || search !== undefined || helpers !== undefined || mode !== undefined;
    if (dropIn)
      problems.push('a registries.conf.d drop-in must be in the v2 format, not v1 ([registries.*])');
    else if (v2Set) problems.push('mixes the v1 ([registries.*]) and v2 formats');
    else {
      const entries = new Map<string, RegistryEntry>();
      const entry = (loc: string): RegistryEntry => {
        const l = location(loc, 'registries');
        let e = entries.get(l);
        if (!e) {
          e = {
            prefix: l,
            location: l,
            insecure: false,
            blocked: false,
            mirrors: [],
            mirrorByDigestOnly: false,
            file
          };
          entries.set(l, e);
        }
        return e;
      };
      for (const r of v1Lists.block) entry(r).blocked = true;
      for (const r of v1Lists.insecure) entry(r).insecure = true;
      out.registries = [...entries.values()];
      out.unqualifiedSearchRegistries = v1Lists.search;
    }
  }

  // One registry (location) named several times must agree on insecure and blocked.
  const seen = new Map<string, RegistryEntry>();
  for (const r of out.registries) {
    const key = r.location || r.prefix;
    const other = seen.get(key);
    if (!other) seen.set(key, r);
    else
      for (const f of ['insecure', 'blocked'] as const)
        if (other[f] !== r[f])
          problems.push(`registry "${key}" is defined several times with conflicting ${f}`);
  }
  if (problems.length)
    throw new UserError(
      `${file} is not a valid registries.conf (containers-registries.conf(5)); buildah and podman refuse it too:`,
      [...new Set(problems)].map(p => `  - ${p}`)
    );
  return out;
}

/** containers/image's refMatchingPrefix: `ref` starts with `prefix` at a component boundary. */
function matches(ref: string, prefix: string): boolean {
  if (prefix.startsWith('*.')) {
    const host = ref.split('/')[0] ?? '';
    const name = host.replace(/:\d+$/, '');
    return name.endsWith(prefix.slice(1));
  }
  if (ref === prefix) return true;
  return ref.startsWith(prefix) && [':', '/', '@'].includes(ref[prefix.length] ?? '');
}

/** The entry with the longest prefix matching `ref` (host[:port]/repository), if any. */
export function findRegistry(
  conf: Pick<RegistriesConf, 'registries'>,
  ref: string
): RegistryEntry | undefined {
  let best: RegistryEntry | undefined;
  for (const r of conf.registries)
    if (matches(ref, r.prefix) && (!best || r.prefix.length > best.prefix.length)) best = r;
  return best;
}

/** How the action's calls treat a push destination (host[:port] and repository) by this configuration. */
export interface DestinationSettings {
  /** `insecure = true` in the matching [[registry]]. */
  insecure: boolean;
  entry?: RegistryEntry;
  /** What the log says about the configuration for this destination (pull-only fields, unknown keys). */
  notes: string[];
}

/** The destination's settings; a UserError when the configuration blocks it (before anything runs). */
export function destinationSettings(
  conf: RegistriesConf,
  registry: string,
  repository: string
): DestinationSettings {
  const ref = `${registry}/${repository}`;
  const entry = findRegistry(conf, ref);
  const notes = conf.unknownKeys.map(
    k =>
      `registries.conf: ${k} is not a containers-registries.conf(5) key; ignored, as buildah and podman ignore it`
  );
  if (!entry) return { insecure: false, notes };
  if (entry.blocked)
    throw new UserError(
      `registry ${entry.prefix} is blocked in ${entry.file} (blocked = true): pushing ${ref} is refused, as buildah and podman refuse it`
    );
  if (entry.insecure)
    notes.push(
      `registries.conf: ${entry.prefix} is insecure in ${entry.file}: plain HTTP or unverified TLS, as buildah and podman reach it`
    );
  const pullOnly = [
    entry.location && entry.location !== entry.prefix ? `location ${entry.location}` : '',
    entry.mirrors.length
      ? `${entry.mirrors.length} mirror(s) (${entry.mirrors.map(m => m.location).join(', ')})`
      : ''
  ].filter(Boolean);
  if (pullOnly.length)
    notes.push(
      `registries.conf: ${pullOnly.join(' and ')} of ${entry.prefix} in ${entry.file} apply to pulls only; ${ref} is checked and pushed at ${registry} itself, as buildah and podman push`
    );
  return { insecure: entry.insecure, entry, notes };
}
