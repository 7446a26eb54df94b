"use strict";
exports.id = 934;
exports.ids = [934];
exports.modules = {

/***/ 6934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WG: () => (/* binding */ AUTH_FILES_HELPER),
/* harmony export */   findRegistry: () => (/* binding */ findRegistry),
/* harmony export */   loadRegistriesConf: () => (/* binding */ loadRegistriesConf)
/* harmony export */ });
/* unused harmony exports SYSTEM_REGISTRIES_CONF, SYSTEM_REGISTRIES_CONF_DIR, registriesConfPaths, parseRegistriesConf, destinationSettings */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3292);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7268);
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





const SYSTEM_REGISTRIES_CONF = '/etc/containers/registries.conf';
const SYSTEM_REGISTRIES_CONF_DIR = '/etc/containers/registries.conf.d';
/** credential-helpers' name for "the auth files" (containers-auth.json(5)). */
const AUTH_FILES_HELPER = 'containers-auth.json';
/** Which files a builder on this runner reads, in containers/image's order. */
function registriesConfPaths(env, opts = {}) {
    const home = env['HOME'] || node_os__WEBPACK_IMPORTED_MODULE_1__.homedir();
    const userFile = node_path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.config', 'containers', 'registries.conf');
    const userDir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.config', 'containers', 'registries.conf.d');
    const systemDir = opts.systemDir ?? SYSTEM_REGISTRIES_CONF_DIR;
    const explicit = env['CONTAINERS_REGISTRIES_CONF'];
    if (explicit)
        return { file: explicit, explicit: true, dirs: [systemDir, userDir] };
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(userFile))
        return { file: userFile, explicit: false, dirs: [userDir] };
    return { file: opts.systemFile ?? SYSTEM_REGISTRIES_CONF, explicit: false, dirs: [systemDir, userDir] };
}
/** Reads and merges the registries configuration; a UserError naming file and key when invalid. */
function loadRegistriesConf(env, opts = {}) {
    const where = registriesConfPaths(env, opts);
    const conf = {
        registries: [],
        unqualifiedSearchRegistries: [],
        credentialHelpers: [],
        files: [],
        unknownKeys: []
    };
    const main = readIfExists(where.file);
    if (main === undefined && where.explicit)
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`CONTAINERS_REGISTRIES_CONF names ${where.file}, which cannot be read`);
    if (main !== undefined)
        merge(conf, parseRegistriesConf(main, where.file, false), where.file);
    for (const dir of where.dirs) {
        let names;
        try {
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })
                .filter(d => !d.isDirectory() && d.name.endsWith('.conf'))
                .map(d => d.name)
                .sort();
        }
        catch {
            continue; // most systems have no registries.conf.d
        }
        for (const name of names) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name);
            const text = readIfExists(file);
            if (text !== undefined)
                merge(conf, parseRegistriesConf(text, file, true), file);
        }
    }
    if (!conf.credentialHelpers.length)
        conf.credentialHelpers = [AUTH_FILES_HELPER];
    return conf;
}
function readIfExists(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
function merge(conf, parsed, file) {
    conf.files.push(file);
    const byPrefix = new Map(conf.registries.map(r => [r.prefix, r]));
    // Within one file the first table of a prefix wins; a later file (a drop-in) replaces it.
    const own = new Map();
    for (const r of parsed.registries)
        if (!own.has(r.prefix))
            own.set(r.prefix, r);
    for (const [prefix, r] of own)
        byPrefix.set(prefix, r);
    conf.registries = [...byPrefix.keys()].sort().map(p => byPrefix.get(p));
    if (parsed.unqualifiedSearchRegistries)
        conf.unqualifiedSearchRegistries = parsed.unqualifiedSearchRegistries;
    if (parsed.credentialHelpers)
        conf.credentialHelpers = parsed.credentialHelpers;
    if (parsed.shortNameMode)
        conf.shortNameMode = parsed.shortNameMode;
    conf.unknownKeys.push(...parsed.unknownKeys);
}
const isTable = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
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
const SHORT_NAME_MODES = ['disabled', 'enforcing', 'permissive'];
const PULL_FROM_MIRROR = ['all', 'digest-only', 'tag-only'];
/** A host[:port] as containers/image's reference.DomainRegexp accepts it (IPv6 in brackets too). */
const DOMAIN = /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;
/**
 * One file's content, checked against containers-registries.conf(5) the way containers/image
 * checks it; every problem of the file in one UserError. `dropIn` files must be in v2 format.
 */
function parseRegistriesConf(text, file, dropIn) {
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(text);
    }
    catch (err) {
        const at = err instanceof smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .TomlError */ .zx ? ` (line ${err.line}, column ${err.column})` : '';
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file} is not valid TOML${at}: buildah and podman cannot read it either`);
    }
    const problems = [];
    const unknownKeys = [];
    const out = { registries: [], unknownKeys };
    for (const key of Object.keys(doc))
        if (!TOP_KEYS.has(key))
            unknownKeys.push(`${file}: ${key}`);
    const str = (v, key) => {
        if (v === undefined)
            return undefined;
        if (typeof v === 'string')
            return v;
        problems.push(`${key} must be a string`);
        return undefined;
    };
    const bool = (v, key) => {
        if (v === undefined)
            return false;
        if (typeof v === 'boolean')
            return v;
        problems.push(`${key} must be true or false`);
        return false;
    };
    const strings = (v, key) => {
        if (v === undefined)
            return undefined;
        if (Array.isArray(v) && v.every(s => typeof s === 'string'))
            return v;
        problems.push(`${key} must be an array of strings`);
        return undefined;
    };
    const location = (v, key) => {
        const trimmed = (v ?? '').replace(/\/+$/, '');
        if (/^https?:\/\//.test(trimmed))
            problems.push(`${key} "${trimmed}": URI schemes are not supported`);
        return trimmed;
    };
    // v1: [registries.search] / [registries.insecure] / [registries.block], each `registries = [...]`.
    const v1 = doc['registries'];
    const v1Lists = { search: [], insecure: [], block: [] };
    let isV1 = false;
    if (v1 !== undefined) {
        if (!isTable(v1))
            problems.push('registries must be a table ([registries.search] and so on)');
        else
            for (const [k, v] of Object.entries(v1)) {
                if (k !== 'search' && k !== 'insecure' && k !== 'block') {
                    unknownKeys.push(`${file}: registries.${k}`);
                    continue;
                }
                const list = isTable(v) ? strings(v['registries'], `registries.${k}.registries`) : undefined;
                if (!isTable(v))
                    problems.push(`registries.${k} must be a table`);
                if (list) {
                    v1Lists[k] = list;
                    if (list.length)
                        isV1 = true;
                }
            }
    }
    const regs = doc['registry'];
    if (regs !== undefined && !(Array.isArray(regs) && regs.every(isTable)))
        problems.push('registry must be an array of tables ([[registry]])');
    const tables = Array.isArray(regs) ? regs.filter(isTable) : [];
    tables.forEach((t, i) => {
        const at = `registry[${i + 1}]`;
        for (const k of Object.keys(t))
            if (!REGISTRY_KEYS.has(k))
                unknownKeys.push(`${file}: ${at}.${k}`);
        const loc = location(str(t['location'], `${at}.location`), `${at}.location`);
        let prefix = location(str(t['prefix'], `${at}.prefix`), `${at}.prefix`);
        if (!prefix) {
            if (!loc)
                problems.push(`${at}: both location and prefix are unset`);
            prefix = loc;
        }
        else if (!prefix.startsWith('*.') && !loc) {
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
        const mirrors = (Array.isArray(mirrorsRaw) ? mirrorsRaw.filter(isTable) : []).map((m, j) => {
            const mat = `${at}.mirror[${j + 1}]`;
            for (const k of Object.keys(m))
                if (!MIRROR_KEYS.has(k))
                    unknownKeys.push(`${file}: ${mat}.${k}`);
            const mloc = location(str(m['location'], `${mat}.location`), `${mat}.location`);
            if (!mloc)
                problems.push(`${mat}: location is unset`);
            const pfm = str(m['pull-from-mirror'], `${mat}.pull-from-mirror`);
            if (pfm !== undefined && !PULL_FROM_MIRROR.includes(pfm))
                problems.push(`${mat}.pull-from-mirror "${pfm}" is not one of ${PULL_FROM_MIRROR.join(', ')}`);
            if (pfm !== undefined && byDigest)
                problems.push(`${mat}: pull-from-mirror and the registry's mirror-by-digest-only cannot both be set`);
            return {
                location: mloc,
                insecure: bool(m['insecure'], `${mat}.insecure`),
                ...(pfm ? { pullFromMirror: pfm } : {})
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
            if (!DOMAIN.test(s))
                problems.push(`unqualified-search-registries entry "${s}" is not a host[:port]`);
    }
    const helpers = strings(doc['credential-helpers'], 'credential-helpers');
    if (helpers)
        out.credentialHelpers = helpers;
    const mode = str(doc['short-name-mode'], 'short-name-mode');
    if (mode !== undefined) {
        if (SHORT_NAME_MODES.includes(mode))
            out.shortNameMode = mode;
        else
            problems.push(`short-name-mode "${mode}" is not one of ${SHORT_NAME_MODES.join(', ')}`);
    }
    if (doc['aliases'] !== undefined && !isTable(doc['aliases']))
        problems.push('aliases must be a table');
    str(doc['additional-layer-store-auth-helper'], 'additional-layer-store-auth-helper');
    if (isV1) {
        const v2Set = tables.length > 0 || search !== undefined || helpers !== undefined || mode !== undefined;
        if (dropIn)
            problems.push('a registries.conf.d drop-in must be in the v2 format, not v1 ([registries.*])');
        else if (v2Set)
            problems.push('mixes the v1 ([registries.*]) and v2 formats');
        else {
            const entries = new Map();
            const entry = (loc) => {
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
            for (const r of v1Lists.block)
                entry(r).blocked = true;
            for (const r of v1Lists.insecure)
                entry(r).insecure = true;
            out.registries = [...entries.values()];
            out.unqualifiedSearchRegistries = v1Lists.search;
        }
    }
    // One registry (location) named several times must agree on insecure and blocked.
    const seen = new Map();
    for (const r of out.registries) {
        const key = r.location || r.prefix;
        const other = seen.get(key);
        if (!other)
            seen.set(key, r);
        else
            for (const f of ['insecure', 'blocked'])
                if (other[f] !== r[f])
                    problems.push(`registry "${key}" is defined several times with conflicting ${f}`);
    }
    if (problems.length)
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file} is not a valid registries.conf (containers-registries.conf(5)); buildah and podman refuse it too:`, [...new Set(problems)].map(p => `  - ${p}`));
    return out;
}
/** containers/image's refMatchingPrefix: `ref` starts with `prefix` at a component boundary. */
function matches(ref, prefix) {
    if (prefix.startsWith('*.')) {
        const host = ref.split('/')[0] ?? '';
        const name = host.replace(/:\d+$/, '');
        return name.endsWith(prefix.slice(1));
    }
    if (ref === prefix)
        return true;
    return ref.startsWith(prefix) && [':', '/', '@'].includes(ref[prefix.length] ?? '');
}
/** The entry with the longest prefix matching `ref` (host[:port]/repository), if any. */
function findRegistry(conf, ref) {
    let best;
    for (const r of conf.registries)
        if (matches(ref, r.prefix) && (!best || r.prefix.length > best.prefix.length))
            best = r;
    return best;
}
/** The destination's settings; a UserError when the configuration blocks it (before anything runs). */
function destinationSettings(conf, registry, repository) {
    const ref = `${registry}/${repository}`;
    const entry = findRegistry(conf, ref);
    const notes = conf.unknownKeys.map(k => `registries.conf: ${k} is not a containers-registries.conf(5) key; ignored, as buildah and podman ignore it`);
    if (!entry)
        return { insecure: false, notes };
    if (entry.blocked)
        throw new UserError(`registry ${entry.prefix} is blocked in ${entry.file} (blocked = true): pushing ${ref} is refused, as buildah and podman refuse it`);
    if (entry.insecure)
        notes.push(`registries.conf: ${entry.prefix} is insecure in ${entry.file}: plain HTTP or unverified TLS, as buildah and podman reach it`);
    const pullOnly = [
        entry.location && entry.location !== entry.prefix ? `location ${entry.location}` : '',
        entry.mirrors.length
            ? `${entry.mirrors.length} mirror(s) (${entry.mirrors.map(m => m.location).join(', ')})`
            : ''
    ].filter(Boolean);
    if (pullOnly.length)
        notes.push(`registries.conf: ${pullOnly.join(' and ')} of ${entry.prefix} in ${entry.file} apply to pulls only; ${ref} is checked and pushed at ${registry} itself, as buildah and podman push`);
    return { insecure: entry.insecure, entry, notes };
}


/***/ })

};
;