"use strict";
exports.id = 177;
exports.ids = [177,186];
exports.modules = {

/***/ 8432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ pushRetriesItself),
/* harmony export */   Mr: () => (/* binding */ mergeLabels),
/* harmony export */   Nm: () => (/* binding */ defaultLabels),
/* harmony export */   Xl: () => (/* binding */ containerPushArgs),
/* harmony export */   hg: () => (/* binding */ isMultiPlatform),
/* harmony export */   i6: () => (/* binding */ digestFromBuildxMetadata),
/* harmony export */   nt: () => (/* binding */ containerBuildArgs),
/* harmony export */   w$: () => (/* binding */ buildxArgs)
/* harmony export */ });
/** The OCI labels every image gets unless default-labels is false. */
function defaultLabels(sourceUrl, sha, created) {
    const out = [];
    if (sourceUrl)
        out.push({ key: 'org.opencontainers.image.source', value: sourceUrl });
    out.push({ key: 'org.opencontainers.image.revision', value: sha });
    out.push({ key: 'org.opencontainers.image.created', value: created.toISOString() });
    return out;
}
/** Defaults first, user labels override by key (last one wins, like the builders do). */
function mergeLabels(defaults, user) {
    const byKey = new Map();
    for (const kv of [...defaults, ...user])
        byKey.set(kv.key, kv.value);
    return [...byKey].map(([key, value]) => ({ key, value }));
}
function commonBuildFlags(spec) {
    const a = ['--file', spec.dockerfile];
    for (const b of spec.buildArgs)
        a.push('--build-arg', `${b.key}=${b.value}`);
    for (const l of spec.labels)
        a.push('--label', `${l.key}=${l.value}`);
    if (spec.target)
        a.push('--target', spec.target);
    return a;
}
/** A multi-platform build goes into a manifest list, pushed with `manifest push --all`. */
function isMultiPlatform(spec) {
    return spec.platforms.length > 1;
}
/** `buildah build` / `podman build` (the same flags in both). */
function containerBuildArgs(_tool, spec, o) {
    // No --layers: committing every intermediate step doubled a small build on vfs storage. A
    // persistent (self-hosted) runner that wants the layer cache sets BUILDAH_LAYERS=true.
    const a = ['build', ...commonBuildFlags(spec)];
    if (spec.platforms.length)
        a.push('--platform', spec.platforms.join(','));
    if (isMultiPlatform(spec))
        a.push('--manifest', o.localRef);
    else
        a.push('--tag', o.localRef);
    // Base images may come from the same private/insecure registry (stand-in images in tests).
    if (o.authFile)
        a.push('--authfile', o.authFile);
    if (o.insecure)
        a.push('--tls-verify=false');
    a.push(spec.context);
    return a;
}
/**
 * `buildah push` / `podman push` (or `manifest push --all` for a list), writing the pushed
 * manifest digest to digestFile. No retry flags: see pushRetriesItself.
 */
function containerPushArgs(_tool, o) {
    const a = o.multiPlatform ? ['manifest', 'push', '--all'] : ['push'];
    a.push('--digestfile', o.digestFile);
    if (o.authFile)
        a.push('--authfile', o.authFile);
    if (o.insecure)
        a.push('--tls-verify=false');
    a.push(o.localRef, `docker://${o.destination}`);
    return a;
}
/**
 * Whether the push command retries transient failures itself, so that the action must not
 * retry it again (one retry layer). Measured against a registry port with nothing listening:
 * `buildah push` (1.28) retries 3 times 2 s apart whatever `--retry` says (`--retry 0` and
 * `--retry 1` both took 6.0 s), `podman push` (4.3, no --retry flag) 3 times 1 s apart (3.1 s);
 * `buildah/podman manifest push` do not retry (0.03 s / 0.13 s). Stacked inside the action's 4
 * attempts, `buildah push` took 26 s to give up; each layer alone is one retry schedule.
 */
function pushRetriesItself(_tool, multiPlatform) {
    return !multiPlatform;
}
/**
 * `docker buildx build`. Decisions:
 * - `--provenance=false`: with provenance attestations buildx pushes an index even for one
 *   platform, so the digest deployments pin would not be the image manifest's, and ECR lists
 *   the attestation as an untagged image (which lifecycle rules then count).
 * - registry cache as an OCI image manifest (`image-manifest=true,oci-mediatypes=true`): the
 *   form ECR accepts; stored under the mutable tag `<image-name>-buildcache`.
 * - an insecure registry through `--output …,registry.insecure=true` (buildkit's option), since
 *   `--push` cannot say so.
 */
function buildxArgs(spec, o) {
    const a = ['buildx', 'build', ...commonBuildFlags(spec), '--tag', o.image];
    if (spec.platforms.length)
        a.push('--platform', spec.platforms.join(','));
    a.push('--metadata-file', o.metadataFile, '--provenance=false');
    if (o.push) {
        if (o.insecure)
            a.push('--output', `type=image,name=${o.image},push=true,registry.insecure=true`);
        else
            a.push('--push');
    }
    else if (!isMultiPlatform(spec)) {
        // Not pushed: load a single-platform result into the local image store so it can be used.
        a.push('--load');
    }
    if (o.cache === 'registry') {
        const ref = `${o.imageName}:${o.cacheKey}`;
        const insecure = o.insecure ? ',registry.insecure=true' : '';
        a.push('--cache-from', `type=registry,ref=${ref}${insecure}`);
        if (o.push)
            a.push('--cache-to', `type=registry,ref=${ref},mode=max,image-manifest=true,oci-mediatypes=true${insecure}`);
    }
    else if (o.cache === 'gha') {
        a.push('--cache-from', `type=gha,scope=${o.cacheKey}`);
        a.push('--cache-to', `type=gha,scope=${o.cacheKey},mode=max`);
    }
    a.push(spec.context);
    return a;
}
/** The digest buildx reports in its metadata file (`containerimage.digest`). */
function digestFromBuildxMetadata(text) {
    try {
        const m = JSON.parse(text);
        const d = m['containerimage.digest'];
        return typeof d === 'string' ? d : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 3186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PRIVATE_DIR_STATE: () => (/* binding */ PRIVATE_DIR_STATE),
  b4: () => (/* binding */ privateDir_createPrivateDir),
  Qo: () => (/* binding */ linkDockerState),
  removePrivateDir: () => (/* binding */ privateDir_removePrivateDir),
  Yt: () => (/* binding */ writeAuthFile)
});

// UNUSED EXPORTS: PRIVATE_DIR_PREFIX, authFileContent

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/lib/privateFiles.ts
/**
 * Where secrets touch the disk: a 0700 directory under RUNNER_TEMP holding 0600 files (registry
 * auth, kubeconfig). Both actions that write credentials use this one mechanism; each removes its
 * directory in `finally`, and removal never throws (cleanup must not mask the real error).
 */


/** A fresh directory `<runnerTemp>/<prefix>XXXXXX` only this user can enter. */
function createPrivateDir(runnerTemp, prefix) {
    (0,external_node_fs_.mkdirSync)(runnerTemp, { recursive: true });
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(runnerTemp, prefix));
    (0,external_node_fs_.chmodSync)(dir, 0o700);
    return dir;
}
/** Writes `text` with mode 0600 from the start (no moment in which it is readable by others). */
function writePrivateFile(file, text) {
    (0,external_node_fs_.writeFileSync)(file, text, { mode: 0o600, flag: 'w' });
    // The mode option is masked by umask and ignored for an existing file: set it explicitly.
    (0,external_node_fs_.chmodSync)(file, 0o600);
}
/** Removes a directory made by createPrivateDir, and only such a directory (checked by its prefix). */
function removePrivateDir(dir, prefix) {
    try {
        if (!external_node_path_.basename(dir).startsWith(prefix))
            return false;
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/privateDir.ts
/**
 * The one place credentials touch the disk: a 0700 directory under RUNNER_TEMP holding a 0600
 * auth file in the format buildah, podman and docker all read (`{"auths":{host:{auth}}}`).
 * buildah/podman get `--authfile <dir>/config.json`; docker gets DOCKER_CONFIG=<dir>, so
 * ~/.docker is never written. The directory is removed in `finally` by run(), and again by the
 * post step (found by its path, saved in state: no secret is ever saved).
 */




const PRIVATE_DIR_PREFIX = 'flygtaxi-build-push-';
/** The state entry the post step finds the directory by (its path; never a secret). */
const PRIVATE_DIR_STATE = 'private-dir';
function privateDir_createPrivateDir(runnerTemp) {
    return { dir: createPrivateDir(runnerTemp, PRIVATE_DIR_PREFIX) };
}
/** The auth file body: one registry, `auth` = base64(user:password). */
function authFileContent(registry, username, password) {
    const auth = Buffer.from(`${username}:${password}`).toString('base64');
    return JSON.stringify({ auths: { [registry]: { auth } } });
}
function writeAuthFile(p, registry, username, password) {
    const file = external_node_path_.join(p.dir, 'config.json');
    writePrivateFile(file, authFileContent(registry, username, password));
    p.authFile = file;
    return file;
}
/**
 * docker with DOCKER_CONFIG=<dir> would lose the user's buildx builders and CLI plugins (set up
 * by docker/setup-buildx-action under ~/.docker): link them into the private directory.
 */
function linkDockerState(p, env) {
    const original = env['DOCKER_CONFIG'] || external_node_path_.join(external_node_os_.homedir(), '.docker');
    for (const name of ['buildx', 'cli-plugins', 'contexts']) {
        const src = external_node_path_.join(original, name);
        if (external_node_fs_.existsSync(src))
            external_node_fs_.symlinkSync(src, external_node_path_.join(p.dir, name));
    }
}
/** Removes the directory and everything in it; never throws (cleanup must not mask the real error). */
function privateDir_removePrivateDir(dir) {
    return removePrivateDir(dir, PRIVATE_DIR_PREFIX);
}


/***/ }),

/***/ 2177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ensureRepository: () => (/* binding */ ensureRepository),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/exec.ts
var exec = __webpack_require__(766);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/lib/registriesConf.ts
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
    const home = env['HOME'] || external_node_os_.homedir();
    const userFile = external_node_path_.join(home, '.config', 'containers', 'registries.conf');
    const userDir = external_node_path_.join(home, '.config', 'containers', 'registries.conf.d');
    const systemDir = opts.systemDir ?? SYSTEM_REGISTRIES_CONF_DIR;
    const explicit = env['CONTAINERS_REGISTRIES_CONF'];
    if (explicit)
        return { file: explicit, explicit: true, dirs: [systemDir, userDir] };
    if ((0,external_node_fs_.existsSync)(userFile))
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
        throw new errors/* UserError */.yo(`CONTAINERS_REGISTRIES_CONF names ${where.file}, which cannot be read`);
    if (main !== undefined)
        merge(conf, parseRegistriesConf(main, where.file, false), where.file);
    for (const dir of where.dirs) {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
                .filter(d => !d.isDirectory() && d.name.endsWith('.conf'))
                .map(d => d.name)
                .sort();
        }
        catch {
            continue; // most systems have no registries.conf.d
        }
        for (const name of names) {
            const file = external_node_path_.join(dir, name);
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
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
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
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        const at = err instanceof dist/* TomlError */.zx ? ` (line ${err.line}, column ${err.column})` : '';
        throw new errors/* UserError */.yo(`${file} is not valid TOML${at}: buildah and podman cannot read it either`);
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
        throw new errors/* UserError */.yo(`${file} is not a valid registries.conf (containers-registries.conf(5)); buildah and podman refuse it too:`, [...new Set(problems)].map(p => `  - ${p}`));
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
        throw new errors/* UserError */.yo(`registry ${entry.prefix} is blocked in ${entry.file} (blocked = true): pushing ${ref} is refused, as buildah and podman refuse it`);
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

;// CONCATENATED MODULE: ./src/lib/registryAuth.ts
/**
 * Registry credentials from where the builders find them, for a registry the action was given no
 * username/password for (a runner where docker/login-action, `buildah login`, `podman login` or a
 * credential helper set things up): the skip-if-exists check and the tag moves then authenticate
 * as the push will.
 *
 * The lookup is containers/image's (pkg/docker/config): the `credential-helpers` of registries.conf
 * (registriesConf.ts; default ["containers-auth.json"]) in order, where "containers-auth.json"
 * means the auth files — REGISTRY_AUTH_FILE alone when set, else $XDG_RUNTIME_DIR/containers/auth.json
 * (/run/containers/<uid>/auth.json without it), $XDG_CONFIG_HOME/containers/auth.json
 * (~/.config), docker's $DOCKER_CONFIG/config.json (~/.docker) and the legacy ~/.dockercfg — and any
 * other name a credential helper. In a file: `credHelpers[<registry>]` first (the helper's answer
 * is final for that file), then `auths` by the most specific key (registry/namespace/repository
 * down to the registry, then URL forms such as `https://host/v1/`), then docker's `credsStore`
 * (which containers/image does not read; docker uses it for every registry without an entry).
 *
 * A credential helper is the program `docker-credential-<name>` on PATH, run with the argument
 * `get` and the server URL on stdin; it answers JSON {"Username","Secret"} (the protocol of
 * docker-credential-helpers), or "credentials not found in native keychain". Its name must be a
 * name: one with a path separator is refused. Its output is never logged (not even when it fails:
 * only its exit status is reported), and the secret is masked by the caller. A credsStore whose
 * helper is not installed is passed over with a log line (buildah and podman ignore credsStore;
 * docker would fail); any other helper that is missing or fails stops the step. Refused by name:
 * identity tokens (`identitytoken` in an auths entry, a helper's Username "<token>"): exchanging an
 * OAuth2 refresh token at the registry's token service is not implemented.
 */






/** The auth files to look in, in order. */
function authFiles(env, uid = process.getuid?.() ?? 0) {
    const home = env['HOME'] || external_node_os_.homedir();
    if (env['REGISTRY_AUTH_FILE'])
        return [{ path: env['REGISTRY_AUTH_FILE'], legacy: false }];
    const files = [
        env['XDG_RUNTIME_DIR']
            ? external_node_path_.join(env['XDG_RUNTIME_DIR'], 'containers', 'auth.json')
            : `/run/containers/${uid}/auth.json`,
        external_node_path_.join(env['XDG_CONFIG_HOME'] || external_node_path_.join(home, '.config'), 'containers', 'auth.json'),
        external_node_path_.join(env['DOCKER_CONFIG'] || external_node_path_.join(home, '.docker'), 'config.json')
    ].map(p => ({ path: p, legacy: false }));
    files.push({ path: external_node_path_.join(home, '.dockercfg'), legacy: true });
    return files;
}
/** Paths only (kept for callers that list them). */
function authFilePaths(env, uid) {
    return authFiles(env, uid).map(f => f.path);
}
/** docker.io's aliases as containers/image normalises them. */
function normalizeRegistry(host) {
    const h = host.toLowerCase();
    return h === 'docker.io' || h === 'registry-1.docker.io' ? 'index.docker.io' : h;
}
/** The registry an auths key with a scheme (or any key of a legacy file) names. */
function normalizeKey(key, legacy) {
    const stripped = key.replace(/^https?:\/\//i, '');
    return normalizeRegistry(legacy || stripped !== key ? (stripped.split('/')[0] ?? '') : stripped);
}
/** What a credential helper gets on stdin for a registry (docker keeps Docker Hub under its old URL). */
function helperServerUrl(registry) {
    return normalizeRegistry(registry) === 'index.docker.io' ? 'https://index.docker.io/v1/' : registry;
}
const NOT_FOUND = 'credentials not found in native keychain';
/** The helper program is not on PATH. */
class HelperNotFoundError extends errors/* UserError */.yo {
    program;
    constructor(program) {
        super(`credential helper ${program} is not on PATH`);
        this.program = program;
        this.name = 'HelperNotFoundError';
    }
}
/** A helper name: no path separators, no whitespace or control characters. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
function checkHelperName(name, where) {
    if (!HELPER_NAME.test(name))
        throw new errors/* UserError */.yo(`${where} names credential helper ${JSON.stringify(name)}: a helper is a name (docker-credential-<name> on PATH), not a path; refusing to run it`);
}
/** The real helper: docker-credential-<name> from PATH, `get`, the server URL on stdin. */
const runCredentialHelper = async (name, serverUrl, env) => {
    const program = `docker-credential-${name}`;
    const bin = (0,exec/* findOnPath */.aY)(program, env);
    if (!bin)
        throw new HelperNotFoundError(program);
    const res = await (0,exec/* exec */.m0)(bin, ['get'], { input: serverUrl, env, timeoutMs: 60_000 });
    if (res.exitCode !== 0) {
        if (res.stdout.trim() === NOT_FOUND)
            return undefined;
        // Its output is not shown: a failing helper may still have printed a secret.
        throw new errors/* UserError */.yo(`credential helper ${program} failed for ${serverUrl} (${res.timedOut ? 'timed out after 60 s' : `exit ${res.exitCode}`}); its output is not shown`);
    }
    let reply;
    try {
        reply = JSON.parse(res.stdout);
    }
    catch {
        throw new errors/* UserError */.yo(`credential helper ${program} did not answer JSON for ${serverUrl}`);
    }
    if (typeof reply.Username !== 'string' || typeof reply.Secret !== 'string')
        throw new errors/* UserError */.yo(`credential helper ${program} answered without Username and Secret for ${serverUrl}`);
    return { username: reply.Username, secret: reply.Secret };
};
function defaultRead(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
function decode(entry, where) {
    if (!entry || typeof entry !== 'object')
        return undefined;
    const e = entry;
    if (typeof e.identitytoken === 'string' && e.identitytoken)
        throw identityToken(where);
    if (typeof e.auth === 'string' && e.auth) {
        const text = Buffer.from(e.auth, 'base64').toString('utf8');
        const colon = text.indexOf(':');
        if (colon > 0)
            return { username: text.slice(0, colon), password: text.slice(colon + 1).replace(/\0+$/, '') };
    }
    if (typeof e.username === 'string' && typeof e.password === 'string' && e.username)
        return { username: e.username, password: e.password };
    return undefined;
}
function identityToken(where) {
    return new errors/* UserError */.yo(`${where} holds an identity token (an OAuth2 refresh token), which this action cannot exchange at the registry's token service: set the username and password inputs`);
}
/**
 * Credentials for `registry` (host[:port]) and `repository` from the configured helpers and the
 * builders' auth files, or undefined when none has them.
 */
async function findRegistryCredentials(registry, repository, lookup) {
    const read = lookup.read ?? defaultRead;
    const runHelper = lookup.runHelper ?? runCredentialHelper;
    const ask = async (name, where) => {
        checkHelperName(name, where);
        const reply = await runHelper(name, helperServerUrl(registry), lookup.env);
        if (!reply || (!reply.username && !reply.secret))
            return undefined;
        const source = `credential helper docker-credential-${name} (${where})`;
        if (reply.username === '<token>')
            throw identityToken(`the answer of ${source}`);
        return { credentials: { username: reply.username, password: reply.secret }, source };
    };
    for (const helper of lookup.helpers ?? [AUTH_FILES_HELPER]) {
        const found = helper === AUTH_FILES_HELPER
            ? await fromAuthFiles(registry, repository, lookup.env, read, ask, lookup.log ?? (() => undefined))
            : await ask(helper, 'credential-helpers in registries.conf');
        if (found)
            return found;
    }
    return undefined;
}
async function fromAuthFiles(registry, repository, env, read, ask, log) {
    const want = normalizeRegistry(registry);
    for (const file of authFiles(env)) {
        const text = read(file.path);
        if (text === undefined)
            continue;
        let doc;
        try {
            const parsed = JSON.parse(text);
            doc = file.legacy ? { auths: parsed } : (parsed ?? {});
        }
        catch {
            continue; // not JSON: the builders would fail on it too, and say so themselves
        }
        const helpers = (doc.credHelpers && typeof doc.credHelpers === 'object' ? doc.credHelpers : {});
        const helperKey = Object.keys(helpers).find(k => normalizeKey(k, false) === want);
        if (helperKey !== undefined) {
            const name = helpers[helperKey];
            const where = `credHelpers["${helperKey}"] in ${file.path}`;
            if (typeof name !== 'string')
                throw new errors/* UserError */.yo(`${where} is not a helper name`);
            // The helper's answer is final for this file, found or not (as in containers/image).
            const found = await ask(name, where);
            if (found)
                return found;
            continue;
        }
        const auths = (doc.auths && typeof doc.auths === 'object' ? doc.auths : {});
        // Most specific first: registry/namespace/repository, …, registry; then URL-form keys.
        const keys = [];
        if (!file.legacy) {
            let k = `${registry}/${repository}`;
            for (;;) {
                keys.push(k);
                const slash = k.lastIndexOf('/');
                if (slash < 0)
                    break;
                k = k.slice(0, slash);
            }
        }
        for (const k of keys) {
            const creds = decode(auths[k], `auths["${k}"] in ${file.path}`);
            if (creds)
                return { credentials: creds, source: `auths["${k}"] in ${file.path}` };
        }
        for (const [k, entry] of Object.entries(auths)) {
            if (normalizeKey(k, file.legacy) !== want)
                continue;
            const creds = decode(entry, `auths["${k}"] in ${file.path}`);
            if (creds)
                return { credentials: creds, source: `auths["${k}"] in ${file.path}` };
        }
        if (typeof doc.credsStore === 'string' && doc.credsStore) {
            try {
                const found = await ask(doc.credsStore, `credsStore in ${file.path}`);
                if (found)
                    return found;
            }
            catch (err) {
                // docker would fail here; buildah and podman do not read credsStore at all.
                if (!(err instanceof HelperNotFoundError))
                    throw err;
                log(`credsStore in ${file.path} names ${err.program}, which is not on PATH: passed over (buildah and podman do not read credsStore; docker would fail on it)`);
            }
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/lib/proxy.ts
var proxy = __webpack_require__(7087);
// EXTERNAL MODULE: ./src/lib/retry.ts
var lib_retry = __webpack_require__(1737);
;// CONCATENATED MODULE: ./src/lib/digest.ts
/**
 * Content digests in the form registries and charts are addressed by (`sha256:<hex>`).
 * node:crypto is loaded on first use: an action failing input validation never needs it.
 */
function sha256Digest(body) {
    const { createHash } = process.getBuiltinModule('node:crypto');
    return 'sha256:' + createHash('sha256').update(body).digest('hex');
}

// EXTERNAL MODULE: ./src/lib/untrusted.ts
var untrusted = __webpack_require__(881);
;// CONCATENATED MODULE: ./src/lib/registry.ts





/** Every manifest type we accept, in order of preference (an index first: multi-platform). */
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json'
];
/** A registry answered with an error, or could not be reached. */
class RegistryError extends errors/* UserError */.yo {
    status;
    code;
    constructor(message, status, code) {
        super(message);
        this.status = status;
        this.code = code;
        this.name = 'RegistryError';
    }
}
/** The registry wants credentials we do not have, or refused the ones we sent. Never retried. */
class RegistryAuthError extends RegistryError {
    constructor(message, status) {
        super(message, status);
        this.name = 'RegistryAuthError';
    }
}
/** Parses `Bearer realm="…",service="…",scope="…"` (or `Basic realm="…"`). */
function parseChallenge(header) {
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (const p of (m[2] ?? '').matchAll(re)) {
        params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
    }
    return { scheme: m[1].toLowerCase(), params };
}

/**
 * The image's size as registries report it: config plus compressed layers. Undefined for an
 * index (each platform has its own size) or a document we do not understand.
 */
function imageSizeFromManifest(body) {
    try {
        const m = JSON.parse(body.toString());
        if (!m.config || !Array.isArray(m.layers))
            return undefined;
        return (m.config.size ?? 0) + m.layers.reduce((n, l) => n + (l.size ?? 0), 0);
    }
    catch {
        return undefined;
    }
}
/** What a TLS-only server does with a plain-HTTP request: a 400 naming HTTPS, a redirect to https, or a dropped connection. */
const PLAIN_TO_TLS_REFUSAL = /https/i;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ERR_INVALID_HTTP_RESPONSE', 'HPE_INVALID_CONSTANT']);
function header(h, name) {
    const v = h[name];
    return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}
class RegistryClient {
    opts;
    registry;
    scheme;
    /** Authorization header value per token scope ('' = registry-wide Basic). */
    auth = new Map();
    basic = false;
    agents;
    constructor(opts) {
        this.opts = opts;
        this.registry = opts.registry;
        if (!opts.insecure)
            this.scheme = 'https';
        this.agents = new proxy/* ProxyAgents */.LT((0,proxy/* proxySettingsFromEnv */.zH)(opts.env ?? process.env), {
            keepAlive: true,
            ...(opts.insecure ? { rejectUnauthorized: false } : {})
        });
    }
    /** Closes idle connections. */
    close() {
        this.agents.destroy();
    }
    /** The manifest's digest, media type and size, or undefined when the tag/digest does not exist. */
    async headManifest(repository, reference) {
        const res = await this.call('HEAD', repository, `/v2/${repository}/manifests/${reference}`, {
            Accept: MANIFEST_MEDIA_TYPES.join(', ')
        });
        if (res.status === 404)
            return undefined;
        this.expectOk(res, `HEAD manifest ${repository}:${reference}`);
        const digest = header(res.headers, 'docker-content-digest');
        if (!digest) {
            // Some registries omit the digest on HEAD; GET and hash the body instead.
            const m = await this.getManifest(repository, reference);
            return m && { digest: m.digest, mediaType: m.mediaType, size: m.size };
        }
        return {
            digest,
            mediaType: header(res.headers, 'content-type'),
            size: Number(header(res.headers, 'content-length') || 0)
        };
    }
    /** The manifest document; its digest is computed from the bytes and checked against the header. */
    async getManifest(repository, reference) {
        const res = await this.call('GET', repository, `/v2/${repository}/manifests/${reference}`, {
            Accept: MANIFEST_MEDIA_TYPES.join(', ')
        });
        if (res.status === 404)
            return undefined;
        this.expectOk(res, `GET manifest ${repository}:${reference}`);
        const digest = sha256Digest(res.body);
        const claimed = header(res.headers, 'docker-content-digest');
        if (claimed && claimed !== digest) {
            throw new RegistryError(`${this.registry} sent manifest ${repository}:${reference} with digest header ${claimed} but its content hashes to ${digest}`);
        }
        return { digest, mediaType: header(res.headers, 'content-type'), size: res.body.length, body: res.body };
    }
    /** Stores a manifest under a tag (how a tag is moved without re-pushing blobs). Returns its digest. */
    async putManifest(repository, tag, manifest) {
        const res = await this.call('PUT', repository, `/v2/${repository}/manifests/${tag}`, { 'Content-Type': manifest.mediaType }, manifest.body);
        this.expectOk(res, `PUT manifest ${repository}:${tag}`, [201]);
        return header(res.headers, 'docker-content-digest') || sha256Digest(manifest.body);
    }
    /**
     * A blob's bytes, checked against its digest (and `size`, a descriptor's, when given);
     * undefined when the registry has no such blob. Registries may answer with a redirect (ECR and
     * S3-backed storage send one to a pre-signed URL): it is followed, and another host never gets
     * the registry's credentials.
     */
    async getBlob(repository, digest, size) {
        const what = `GET blob ${repository}@${digest}`;
        let res = await this.call('GET', repository, `/v2/${repository}/blobs/${digest}`, {});
        for (let hops = 0; REDIRECTS.has(res.status); hops++) {
            const location = header(res.headers, 'location');
            if (!location || hops >= 5)
                throw new RegistryError(`${what} on ${this.registry}: HTTP ${res.status} without a usable Location`);
            const url = new URL(location, `${this.scheme ?? 'https'}://${this.registry}`);
            res =
                url.host === this.registry && url.protocol === `${this.scheme ?? 'https'}:`
                    ? await this.call('GET', repository, `${url.pathname}${url.search}`, {})
                    : await (0,lib_retry/* withRetry */.bD)(async () => {
                        try {
                            const r = await this.sendUrl('GET', url, {});
                            if (r.status === 429 || r.status >= 500)
                                throw new RegistryError(`${what} (redirected to ${url.host}): HTTP ${r.status}`, r.status);
                            return r;
                        }
                        catch (err) {
                            throw this.describeFailure(err, 'GET', `${url.host} (redirected ${what})`);
                        }
                    }, { ...(this.opts.retry ?? {}), isTransient: lib_retry/* isTransientError */.bV });
        }
        if (res.status === 404)
            return undefined;
        this.expectOk(res, what);
        const got = sha256Digest(res.body);
        if (got !== digest)
            throw new RegistryError(`${this.registry} sent blob ${repository}@${digest} whose content hashes to ${got}`);
        if (size !== undefined && res.body.length !== size)
            throw new RegistryError(`${this.registry} sent blob ${repository}@${digest} of ${res.body.length} bytes; its descriptor says ${size}`);
        return res.body;
    }
    expectOk(res, what, ok = [200]) {
        if (ok.includes(res.status))
            return;
        const detail = registryErrorDetail(res.body);
        const msg = `${what} on ${this.registry}: HTTP ${res.status}${detail ? ` (${detail})` : ''}`;
        if (res.status === 401 || res.status === 403)
            throw new RegistryAuthError(msg, res.status);
        throw new RegistryError(msg, res.status);
    }
    /** One logical request: retried when transient, authenticated on a 401 challenge. */
    call(method, repository, path, headers, body) {
        const r = this.opts.retry ?? {};
        return (0,lib_retry/* withRetry */.bD)(async () => {
            let res;
            try {
                res = await this.authorized(method, repository, path, headers, body);
            }
            catch (err) {
                // Described here, per attempt, so that each logged retry says what went wrong.
                throw this.describeFailure(err, method, path);
            }
            if (res.status === 429 || res.status >= 500) {
                throw new RegistryError(`${method} ${path} on ${this.registry}: HTTP ${res.status}`, res.status);
            }
            return res;
        }, { ...r, isTransient: err => !(err instanceof RegistryAuthError) && (0,lib_retry/* isTransientError */.bV)(err) });
    }
    describeFailure(err, method, path) {
        if (err instanceof RegistryError)
            return err;
        const e = err;
        const code = e?.code ?? '';
        const why = code === 'ECONNREFUSED'
            ? 'connection refused (is the registry running and the host:port right?)'
            : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
                ? 'host name does not resolve'
                : code === 'ETIMEDOUT'
                    ? 'timed out'
                    : (e?.message ?? String(err));
        return new RegistryError(`cannot reach registry ${this.registry} (${method} ${path}): ${why}`, undefined, code);
    }
    async authorized(method, repository, path, headers, body) {
        const scopeKey = this.basic ? '' : `repository:${repository}:${method === 'PUT' ? 'pull,push' : 'pull'}`;
        const cached = this.auth.get(scopeKey);
        const first = await this.send(method, path, cached ? { ...headers, Authorization: cached } : headers, body);
        if (first.status !== 401)
            return first;
        const challenge = parseChallenge(header(first.headers, 'www-authenticate'));
        const creds = this.opts.credentials;
        if (!challenge || challenge.scheme === 'basic') {
            if (!creds)
                throw this.needsCredentials(first.status);
            if (cached)
                throw this.refused(first.status);
            this.basic = true;
            const value = 'Basic ' + Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
            this.auth.set('', value);
            const again = await this.send(method, path, { ...headers, Authorization: value }, body);
            if (again.status === 401)
                throw this.refused(again.status);
            return again;
        }
        if (challenge.scheme !== 'bearer') {
            throw new RegistryAuthError(`${this.registry} asks for unsupported auth scheme "${challenge.scheme}"`, 401);
        }
        const token = await this.fetchToken(challenge.params);
        const value = `Bearer ${token}`;
        this.auth.set(scopeKey, value);
        const again = await this.send(method, path, { ...headers, Authorization: value }, body);
        if (again.status === 401)
            throw this.refused(again.status);
        return again;
    }
    async fetchToken(params) {
        const realm = params['realm'];
        if (!realm)
            throw new RegistryAuthError(`${this.registry} sent a Bearer challenge without a realm`, 401);
        const url = new URL(realm);
        if (params['service'])
            url.searchParams.set('service', params['service']);
        if (params['scope'])
            url.searchParams.set('scope', params['scope']);
        const creds = this.opts.credentials;
        const headers = {};
        if (creds)
            headers['Authorization'] =
                'Basic ' + Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
        const res = await this.sendUrl('GET', url, headers);
        if (res.status === 401 || res.status === 403)
            throw creds ? this.refused(res.status) : this.needsCredentials(res.status);
        if (res.status !== 200)
            throw new RegistryError(`token endpoint ${url.host} answered HTTP ${res.status}`, res.status);
        let parsed;
        try {
            parsed = JSON.parse(res.body.toString());
        }
        catch {
            throw new RegistryError(`token endpoint ${url.host} did not return JSON`);
        }
        const token = parsed.token ?? parsed.access_token;
        if (!token)
            throw new RegistryError(`token endpoint ${url.host} returned no token`);
        return token;
    }
    needsCredentials(status) {
        return new RegistryAuthError(`registry ${this.registry} requires authentication: set username and password`, status);
    }
    refused(status) {
        const user = this.opts.credentials?.username ?? '';
        return new RegistryAuthError(`registry ${this.registry} refused the credentials of user "${user}" (HTTP ${status}): check username and password`, status);
    }
    async send(method, path, headers, body) {
        if (this.scheme)
            return this.sendUrl(method, new URL(`${this.scheme}://${this.registry}${path}`), headers, body);
        // Insecure and not yet probed: plain HTTP first, then HTTPS without verification when the
        // server turns out to speak only TLS. Plain first because it needs no TLS stack (tens of ms
        // to load) for the common case, a local plain registry; the probe carries no credentials
        // (they are only sent after a 401 challenge), and insecure means unverified TLS anyway.
        try {
            const res = await this.sendUrl(method, new URL(`http://${this.registry}${path}`), headers, body);
            const refused = res.status === 400 && PLAIN_TO_TLS_REFUSAL.test(res.body.toString());
            const redirected = res.status >= 300 && res.status < 400 && /^https:/i.test(header(res.headers, 'location'));
            if (!refused && !redirected) {
                this.scheme = 'http';
                return res;
            }
        }
        catch (err) {
            if (!DROPPED.has(err.code ?? ''))
                throw err;
        }
        this.scheme = 'https';
        return this.sendUrl(method, new URL(`https://${this.registry}${path}`), headers, body);
    }
    sendUrl(method, url, headers, body) {
        // Loaded on first use: node:https brings the TLS stack, which a plain local registry never needs.
        const mod = process.getBuiltinModule(url.protocol === 'http:' ? 'node:http' : 'node:https');
        const h = { 'User-Agent': this.opts.userAgent ?? 'flygtaxi-actions', ...headers };
        if (body)
            h['Content-Length'] = String(body.length);
        return new Promise((resolve, reject) => {
            const req = mod.request(url, {
                method,
                headers: h,
                timeout: this.opts.timeoutMs ?? 30000,
                agent: this.agents.for(url),
                ...(url.protocol === 'https:' && this.opts.insecure ? { rejectUnauthorized: false } : {})
            }, res => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
                res.on('error', reject);
            });
            req.on('timeout', () => {
                const e = new Error(`no answer within ${this.opts.timeoutMs ?? 30000} ms`);
                e.code = 'ETIMEDOUT';
                req.destroy(e);
            });
            req.on('error', reject);
            req.end(body);
        });
    }
}
/** The first error of a distribution-spec error body: `{"errors":[{"code":"…","message":"…"}]}`. */
function registryErrorDetail(body) {
    try {
        const j = JSON.parse(body.toString());
        const e = j.errors?.[0];
        return e ? (0,untrusted/* oneLine */.TN)([e.code, e.message].filter(Boolean).join(': ')) : '';
    }
    catch {
        return '';
    }
}

// EXTERNAL MODULE: ./actions/build-push-ecr/src/builderArgs.ts
var builderArgs = __webpack_require__(8432);
// EXTERNAL MODULE: ./src/lib/aws.ts
var aws = __webpack_require__(2986);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/ecrApi.ts



/**
 * The SDK errors imageManifest passes through unwrapped: an absent repository, and a denial by
 * name or by HTTP 403 alone (an error body the SDK cannot parse, as emulators send, is still one).
 */
function isEcrReadRefusal(err) {
    const name = errName(err);
    const status = err?.$metadata?.httpStatusCode;
    return (name === 'RepositoryNotFoundException' ||
        name === 'AccessDeniedException' ||
        name === 'AccessDenied' ||
        status === 403);
}
/** Loads the SDK and returns the API bound to a real client for `region`; retries go to `log`. */
async function loadEcrApi(region, log) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
    const client = new sdk.ECRClient(await (0,aws/* awsClientOptions */.BE)(region, 'ECR', log));
    return createEcrApi(client, sdk);
}
function errName(err) {
    return err?.name ?? '';
}
function createEcrApi(client, sdk) {
    /** One API call (the SDK retried it as needed); a failure is one clear UserError. */
    async function call(operation, fn, passThrough = []) {
        try {
            return await fn();
        }
        catch (err) {
            if (typeof passThrough === 'function' ? passThrough(err) : passThrough.includes(errName(err)))
                throw err;
            throw new errors/* UserError */.yo((0,aws/* describeAwsError */.Pp)(`ECR ${operation}`, err));
        }
    }
    const registryIds = (id) => (id ? { registryId: id } : {});
    return {
        async authorization(registryId) {
            const res = await call('GetAuthorizationToken', () => client.send(new sdk.GetAuthorizationTokenCommand(registryId ? { registryIds: [registryId] } : {})));
            const data = res.authorizationData?.[0];
            if (!data?.authorizationToken || !data.proxyEndpoint) {
                throw new errors/* UserError */.yo('ECR GetAuthorizationToken returned no token');
            }
            const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon <= 0)
                throw new errors/* UserError */.yo('ECR GetAuthorizationToken returned a token that is not "user:password"');
            return {
                registry: new URL(data.proxyEndpoint.includes('://') ? data.proxyEndpoint : `https://${data.proxyEndpoint}`).host,
                username: decoded.slice(0, colon),
                password: decoded.slice(colon + 1),
                token: data.authorizationToken,
                ...(data.expiresAt ? { expiresAt: data.expiresAt } : {})
            };
        },
        async describeRepository(name, registryId) {
            try {
                const res = await call('DescribeRepositories', () => client.send(new sdk.DescribeRepositoriesCommand({ repositoryNames: [name], ...registryIds(registryId) })), ['RepositoryNotFoundException']);
                const r = res.repositories?.[0];
                return r ? toRepository(r) : undefined;
            }
            catch (err) {
                if (errName(err) === 'RepositoryNotFoundException')
                    return undefined;
                throw err;
            }
        },
        async createRepository(name, o) {
            const res = await call('CreateRepository', () => client.send(new sdk.CreateRepositoryCommand({
                repositoryName: name,
                imageScanningConfiguration: { scanOnPush: o.scanOnPush },
                imageTagMutability: o.immutable ? 'IMMUTABLE' : 'MUTABLE'
            })));
            if (!res.repository)
                throw new errors/* UserError */.yo(`ECR CreateRepository returned no repository for ${name}`);
            return toRepository(res.repository);
        },
        async putScanOnPush(name, scanOnPush, registryId) {
            await call('PutImageScanningConfiguration', () => client.send(new sdk.PutImageScanningConfigurationCommand({
                repositoryName: name,
                imageScanningConfiguration: { scanOnPush },
                ...registryIds(registryId)
            })));
        },
        async putLifecyclePolicy(name, policyText, registryId) {
            await call('PutLifecyclePolicy', () => client.send(new sdk.PutLifecyclePolicyCommand({
                repositoryName: name,
                lifecyclePolicyText: policyText,
                ...registryIds(registryId)
            })));
        },
        async describeImageByTag(name, tag, registryId) {
            try {
                const res = await call('DescribeImages', () => client.send(new sdk.DescribeImagesCommand({
                    repositoryName: name,
                    imageIds: [{ imageTag: tag }],
                    ...registryIds(registryId)
                })), ['ImageNotFoundException']);
                const d = res.imageDetails?.[0];
                if (!d?.imageDigest)
                    return undefined;
                return {
                    digest: d.imageDigest,
                    ...(d.imageSizeInBytes !== undefined ? { sizeBytes: d.imageSizeInBytes } : {}),
                    tags: d.imageTags ?? []
                };
            }
            catch (err) {
                if (errName(err) === 'ImageNotFoundException')
                    return undefined;
                throw err;
            }
        },
        async tagImage(name, digest, tag, registryId) {
            const current = await this.describeImageByTag(name, tag, registryId);
            if (current?.digest === digest)
                return 'unchanged';
            const got = await call('BatchGetImage', () => client.send(new sdk.BatchGetImageCommand({
                repositoryName: name,
                imageIds: [{ imageDigest: digest }],
                acceptedMediaTypes: [...MANIFEST_MEDIA_TYPES],
                ...registryIds(registryId)
            })));
            const image = got.images?.[0];
            if (!image?.imageManifest)
                throw new errors/* UserError */.yo(`ECR BatchGetImage found no manifest ${digest} in ${name}`);
            try {
                await call('PutImage', () => client.send(new sdk.PutImageCommand({
                    repositoryName: name,
                    imageTag: tag,
                    imageManifest: image.imageManifest,
                    ...(image.imageManifestMediaType
                        ? { imageManifestMediaType: image.imageManifestMediaType }
                        : {}),
                    imageDigest: digest,
                    ...registryIds(registryId)
                })), ['ImageTagAlreadyExistsException', 'ImageAlreadyExistsException']);
                return 'moved';
            }
            catch (err) {
                // ImageTagAlreadyExists: the repository is immutable and the tag points elsewhere.
                // ImageAlreadyExists: the same (emulators also use it for the immutable case).
                if (errName(err) === 'ImageTagAlreadyExistsException' ||
                    errName(err) === 'ImageAlreadyExistsException') {
                    const now = await this.describeImageByTag(name, tag, registryId);
                    return now?.digest === digest ? 'unchanged' : 'immutable';
                }
                throw err;
            }
        },
        async imageManifest(name, ref, registryId) {
            const res = await call('BatchGetImage', () => client.send(new sdk.BatchGetImageCommand({
                repositoryName: name,
                imageIds: ['digest' in ref ? { imageDigest: ref.digest } : { imageTag: ref.tag }],
                acceptedMediaTypes: [...MANIFEST_MEDIA_TYPES],
                ...registryIds(registryId)
            })), isEcrReadRefusal);
            const image = res.images?.[0];
            if (image?.imageManifest && image.imageId?.imageDigest)
                return {
                    found: true,
                    digest: image.imageId.imageDigest,
                    mediaType: image.imageManifestMediaType ?? '',
                    manifest: image.imageManifest
                };
            const f = res.failures?.[0];
            return { found: false, code: f?.failureCode ?? 'ImageNotFound', reason: f?.failureReason ?? '' };
        }
    };
}
function toRepository(r) {
    return {
        name: r.repositoryName ?? '',
        uri: r.repositoryUri ?? '',
        immutable: (r.imageTagMutability ?? '').startsWith('IMMUTABLE'),
        scanOnPush: r.imageScanningConfiguration?.scanOnPush ?? false
    };
}

// EXTERNAL MODULE: ./actions/build-push-ecr/src/imageNames.ts
var imageNames = __webpack_require__(4235);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/imageStore.ts
/**
 * "The repository" as the action needs it, whatever the registry: does a tag exist (and with
 * which digest and size), and point another tag at a digest. ECR answers through its API
 * (DescribeImages, BatchGetImage + PutImage); any other registry through the OCI distribution
 * API (manifest HEAD/GET/PUT). Moving a tag this way copies one small manifest, no layers.
 */


function ecrStore(api, repository, registryId) {
    return {
        async find(tag) {
            const img = await api.describeImageByTag(repository, tag, registryId);
            return (img && { digest: img.digest, ...(img.sizeBytes !== undefined ? { sizeBytes: img.sizeBytes } : {}) });
        },
        tag: (tag, digest) => api.tagImage(repository, digest, tag, registryId)
    };
}
function registryStore(client, repository) {
    // Manifests are immutable by digest: the one read by find() serves the tag copies after it.
    const byDigest = new Map();
    const manifest = async (digest) => {
        const cached = byDigest.get(digest);
        if (cached)
            return cached;
        const m = await client.getManifest(repository, digest);
        if (m)
            byDigest.set(digest, m);
        return m;
    };
    return {
        async find(tag) {
            const head = await client.headManifest(repository, tag);
            if (!head)
                return undefined;
            const m = await manifest(head.digest);
            const size = m ? imageSizeFromManifest(m.body) : undefined;
            return { digest: head.digest, ...(size !== undefined ? { sizeBytes: size } : {}) };
        },
        async tag(tag, digest) {
            const current = await client.headManifest(repository, tag);
            if (current?.digest === digest)
                return 'unchanged';
            const m = await manifest(digest);
            if (!m)
                throw new RegistryError(`${client.registry}/${repository}@${digest} does not exist`);
            try {
                await client.putManifest(repository, tag, m);
                return 'moved';
            }
            catch (err) {
                if (err instanceof RegistryError &&
                    err.status !== undefined &&
                    err.status < 500 &&
                    imageNames/* IMMUTABLE_TAG_REFUSAL */.$q.test(err.message)) {
                    return 'immutable';
                }
                throw err;
            }
        }
    };
}

// EXTERNAL MODULE: ./actions/build-push-ecr/src/privateDir.ts + 1 modules
var privateDir = __webpack_require__(3186);
// EXTERNAL MODULE: ./actions/build-push-ecr/src/scanGate.ts
var scanGate = __webpack_require__(2018);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/run.ts











/**
 * The action's work, in the skeleton's shape (src/lib/entry.ts): logs, outputs and the private
 * directory's state go through ctx.rt unless `overrides` says otherwise (tests).
 */
async function run(ctx, overrides = {}) {
    const { inputs, rt } = ctx;
    const deps = {
        log: rt,
        env: rt.env,
        output: (name, value) => rt.setOutput(name, value),
        onPrivateDir: dir => rt.saveState(privateDir.PRIVATE_DIR_STATE, dir),
        ...overrides
    };
    const { log } = deps;
    const clock = deps.clockMs ?? Date.now;
    const phases = [];
    const warnings = [];
    const warn = (m) => {
        warnings.push(m);
        log.warning(m);
    };
    const timed = async (name, fn) => {
        const t = clock();
        try {
            return await fn();
        }
        finally {
            phases.push([name, clock() - t]);
        }
    };
    const out = (name, value) => deps.output?.(name, value);
    const retry = {
        ...deps.retry,
        // The error may quote a registry's response body: printed so it can never be a command.
        onRetry: (err, attempt, delay) => log.info((0,untrusted/* untrustedText */.Ui)((0,lib_retry/* retryLine */.Rn)('registry call', err, attempt, delay)))
    };
    // 1. Credentials and the repository.
    const { registry, store, credentials } = await timed('auth', () => connect(inputs, deps, retry, warn));
    const image = `${registry}/${inputs.repository}`;
    out('registry', registry);
    out('repository', inputs.repository);
    out('image', image);
    out('tag', inputs.tags.primary);
    const finish = (digest, skipped, tagReports, extra) => {
        const tags = tagReports.filter(t => t.result !== 'immutable').map(t => t.tag);
        const imageRef = digest ? `${image}@${digest}` : '';
        out('tags', JSON.stringify(tags));
        out('digest', digest);
        out('image-ref', imageRef);
        out('skipped', String(skipped));
        return {
            registry,
            repository: inputs.repository,
            image,
            tag: inputs.tags.primary,
            tags,
            tagReports,
            digest,
            imageRef,
            skipped,
            phases,
            warnings,
            ...extra
        };
    };
    // The scan gate judges the image whichever way it got here (pushed now, or reused).
    const gated = async (r) => {
        const scan = await timed('scan', () => (0,scanGate/* gateImage */.Fz)(inputs, r.digest, { log, output: out, ...deps.scan }));
        return scan ? { ...r, scan } : r;
    };
    // 2. Is the commit's tag already there? (Also proves the credentials before a long build.)
    const existing = inputs.push ? await timed('check', () => store.find(inputs.tags.primary)) : undefined;
    if (existing && inputs.skipIfExists) {
        log.info(`${image}:${inputs.tags.primary} already exists (${existing.digest}): not rebuilding`);
        const reports = await timed('tag', () => pointTags(inputs, store, existing.digest, warn));
        return gated(finish(existing.digest, true, [{ tag: inputs.tags.primary, result: 'unchanged' }, ...reports], {
            ...(existing.sizeBytes !== undefined ? { sizeBytes: existing.sizeBytes } : {})
        }));
    }
    if (existing)
        log.info(`${image}:${inputs.tags.primary} exists (${existing.digest}); skip-if-exists is off: rebuilding`);
    // 3. Build and push the primary tag with credentials in a private file, removed whatever happens.
    const priv = (0,privateDir/* createPrivateDir */.b4)(inputs.runnerTemp);
    deps.onPrivateDir?.(priv.dir);
    try {
        if (credentials)
            (0,privateDir/* writeAuthFile */.Yt)(priv, registry, credentials.username, credentials.password);
        // Loaded only to build: a skipped run never needs child_process and the builders.
        const { createBuilder, detectBuilder } = await __webpack_require__.e(/* import() */ 668).then(__webpack_require__.bind(__webpack_require__, 2668));
        const bdeps = { log, env: deps.env, retry, ...deps.builderDeps };
        const kind = await detectBuilder(inputs.builder, bdeps);
        if (kind !== 'docker' && inputs.cache !== 'none')
            warn(`cache: ${inputs.cache} applies to docker buildx only; ${kind} keeps its layers locally`);
        log.info(`builder: ${kind}`);
        const labels = (0,builderArgs/* mergeLabels */.Mr)(inputs.defaultLabels
            ? (0,builderArgs/* defaultLabels */.Nm)(inputs.sourceUrl, inputs.sha, (deps.now ?? (() => new Date()))())
            : [], inputs.labels);
        const outcome = await createBuilder(kind, bdeps).build({
            spec: {
                context: inputs.context,
                dockerfile: inputs.dockerfile,
                buildArgs: inputs.buildArgs,
                labels,
                target: inputs.target,
                platforms: inputs.platforms
            },
            image,
            registry,
            primaryTag: inputs.tags.primary,
            push: inputs.push,
            insecure: inputs.insecureRegistry,
            cache: inputs.cache,
            cacheKey: `${inputs.imageName}-buildcache`,
            privateDir: priv
        });
        phases.push(...outcome.phases);
        if (!inputs.push) {
            log.info('push: false — built only; nothing was pushed');
            return finish('', false, [], { builder: kind });
        }
        // 4. The registry must hold what the builder says it pushed.
        const pushed = await timed('verify', () => store.find(inputs.tags.primary));
        if (!pushed)
            throw new errors/* UserError */.yo(`${image}:${inputs.tags.primary} is not in the registry after the push`);
        if (outcome.digest && pushed.digest !== outcome.digest) {
            throw new errors/* UserError */.yo(`${image}:${inputs.tags.primary} is ${pushed.digest} in the registry but ${kind} pushed ${outcome.digest} (another run pushed the same tag concurrently?)`);
        }
        log.info(`pushed ${image}:${inputs.tags.primary} = ${pushed.digest}`);
        const reports = await timed('tag', () => pointTags(inputs, store, pushed.digest, warn));
        // Not awaited here: the credentials directory is removed (finally) before the scan wait.
        return gated(finish(pushed.digest, false, [{ tag: inputs.tags.primary, result: 'pushed' }, ...reports], {
            builder: kind,
            ...(pushed.sizeBytes !== undefined ? { sizeBytes: pushed.sizeBytes } : {})
        }));
    }
    finally {
        (0,privateDir.removePrivateDir)(priv.dir);
    }
}
async function connect(inputs, deps, retry, warn) {
    // The builders' registries.conf: a blocked destination stops here, before any build or push.
    const conf = loadRegistriesConf(deps.env, deps.registriesConf);
    const settingsFor = (registry) => {
        const settings = destinationSettings(conf, registry, inputs.repository);
        for (const note of settings.notes)
            deps.log.info(note);
        return settings;
    };
    if (!inputs.ecr) {
        const settings = settingsFor(inputs.registry);
        // No username/password: what a login step or a credential helper left for the builders.
        let credentials;
        if (inputs.username)
            credentials = { username: inputs.username, password: inputs.password };
        else {
            const found = await findRegistryCredentials(inputs.registry, inputs.repository, {
                env: deps.env,
                helpers: conf.credentialHelpers,
                log: m => deps.log.info(m)
            });
            if (found) {
                credentials = found.credentials;
                deps.log.setSecret(found.credentials.password);
                deps.log.info(`credentials for ${inputs.registry}: user ${found.credentials.username} from ${found.source}`);
            }
        }
        if (credentials)
            deps.log.setSecret(credentials.password);
        const client = new RegistryClient({
            registry: inputs.registry,
            insecure: inputs.insecureRegistry || settings.insecure,
            retry,
            ...(credentials ? { credentials } : {})
        });
        return {
            registry: inputs.registry,
            store: registryStore(client, inputs.repository),
            ...(credentials ? { credentials } : {})
        };
    }
    const api = await (deps.loadEcr ?? (region => loadEcrApi(region, m => deps.log.info(m))))(inputs.awsRegion);
    const auth = await api.authorization(inputs.ecrAccountId);
    deps.log.setSecret(auth.token);
    deps.log.setSecret(auth.password);
    const registry = inputs.registry || auth.registry;
    settingsFor(registry);
    await ensureRepository(api, inputs, registry, deps.log, warn);
    return {
        registry,
        store: ecrStore(api, inputs.repository, inputs.ecrAccountId),
        credentials: { username: auth.username, password: auth.password }
    };
}
/** Checks the repository exists; with create-repository, creates it or brings its settings in line. */
async function ensureRepository(api, inputs, registry, log, warn) {
    const id = inputs.ecrAccountId;
    const repo = await api.describeRepository(inputs.repository, id);
    if (!repo) {
        if (!inputs.createRepository) {
            throw new errors/* UserError */.yo(`ECR repository "${inputs.repository}" does not exist in ${registry}: create it (terraform/modules/ecr) or set create-repository: true`);
        }
        await api.createRepository(inputs.repository, {
            scanOnPush: inputs.scanOnPush,
            immutable: inputs.immutableTags
        });
        log.info(`created ECR repository ${inputs.repository} (scan on push: ${inputs.scanOnPush}, tags ${inputs.immutableTags ? 'immutable' : 'mutable'})`);
    }
    else if (inputs.createRepository) {
        if (repo.scanOnPush !== inputs.scanOnPush) {
            await api.putScanOnPush(inputs.repository, inputs.scanOnPush, id);
            log.info(`ECR repository ${inputs.repository}: scan on push set to ${inputs.scanOnPush}`);
        }
        if (repo.immutable !== inputs.immutableTags) {
            // Flipping mutability of a repository in use changes what other pipelines may push: reported, not done.
            warn(`ECR repository ${inputs.repository} has ${repo.immutable ? 'immutable' : 'mutable'} tags but immutable-tags is ${inputs.immutableTags}; left unchanged`);
        }
    }
    if (inputs.createRepository && inputs.lifecyclePolicy !== undefined) {
        await api.putLifecyclePolicy(inputs.repository, inputs.lifecyclePolicy, id);
        log.info(`ECR repository ${inputs.repository}: lifecycle policy applied`);
    }
}
/** Points the moving and extra tags at `digest`. An immutable moving tag is a warning; an extra tag an error. */
async function pointTags(inputs, store, digest, warn) {
    if (!inputs.push)
        return [];
    const reports = [];
    const refused = [];
    for (const tag of inputs.tags.others) {
        const result = await store.tag(tag, digest);
        reports.push({ tag, result });
        if (result !== 'immutable')
            continue;
        if (tag === inputs.tags.moving) {
            warn(`moving tag ${tag} was not moved: the repository's tags are immutable, so it still names the previous image`);
        }
        else {
            refused.push(tag);
        }
    }
    if (refused.length) {
        throw new errors/* UserError */.yo(`the repository's tags are immutable and already exist elsewhere: ${refused.join(', ')}`);
    }
    return reports;
}


/***/ }),

/***/ 2018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fz: () => (/* binding */ gateImage),
/* harmony export */   GO: () => (/* binding */ scanFailureFact),
/* harmony export */   yK: () => (/* binding */ scanSummary)
/* harmony export */ });
/* unused harmony exports toSeverity, normaliseCounts, blockingCount, topFindings, formatCounts, formatFinding, scanFindingsOutput, scanGate, createScanApi, loadScanApi */
/* harmony import */ var _src_lib_aws__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2986);
/* harmony import */ var _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
/* harmony import */ var _src_lib_summary__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1119);
/* harmony import */ var _src_lib_untrusted__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(881);
/* harmony import */ var _scanSeverity__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4810);





const TOP = 5;
/** Still being scanned; anything else not COMPLETE/ACTIVE is terminal. */
const IN_PROGRESS = new Set(['IN_PROGRESS', 'PENDING', 'NOT_FOUND']);
const DONE = new Set(['COMPLETE', 'ACTIVE']);
const MAX_PAGES = 20;
function toSeverity(raw) {
    const s = (raw ?? '').toLowerCase();
    return _scanSeverity__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .o.includes(s) ? s : 'informational';
}
const rank = (s) => _scanSeverity__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .o.indexOf(s);
/** ECR's counts, lower-cased into every severity (UNDEFINED/UNTRIAGED count as informational). */
function normaliseCounts(raw) {
    const counts = Object.fromEntries(_scanSeverity__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .o.map(s => [s, 0]));
    for (const [k, n] of Object.entries(raw))
        counts[toSeverity(k)] += n;
    return counts;
}
function blockingCount(counts, threshold) {
    if (threshold === 'none')
        return 0;
    return _scanSeverity__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .o.filter(s => rank(s) >= rank(threshold)).reduce((n, s) => n + counts[s], 0);
}
function topFindings(findings, n = TOP) {
    return [...findings]
        .sort((a, b) => rank(b.severity) - rank(a.severity) || a.id.localeCompare(b.id))
        .slice(0, n);
}
/** `critical 1, high 2, medium 0, low 0, informational 3`. */
function formatCounts(counts) {
    return [..._scanSeverity__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .o]
        .reverse()
        .map(s => `${s} ${counts[s]}`)
        .join(', ');
}
function formatFinding(f) {
    return `${f.severity.toUpperCase()} ${f.id}${f.pkg ? ` in ${f.pkg}` : ''}`;
}
/** The `scan-findings` output: counts per severity plus the verdict, as one JSON object. */
function scanFindingsOutput(r) {
    return JSON.stringify({
        ...r.counts,
        total: _scanSeverity__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .o.reduce((n, s) => n + r.counts[s], 0),
        threshold: r.threshold,
        blocking: r.blocking,
        status: r.status,
        scanType: r.scanType
    });
}
/** Markdown for the job summary: verdict, counts per severity, the top findings. */
function scanSummary(r) {
    const verdict = r.blocking
        ? `❌ ${r.blocking} finding(s) at or above ${r.threshold}`
        : `✅ nothing at or above ${r.threshold}`;
    const lines = [
        `**Scan (${r.scanType}, ${r.status}, ${r.seconds.toFixed(0)} s):** ${verdict}`,
        '',
        `| ${[..._scanSeverity__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .o].reverse().join(' | ')} |`,
        `| ${_scanSeverity__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .o.map(() => '---').join(' | ')} |`,
        `| ${[..._scanSeverity__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .o]
            .reverse()
            .map(s => String(r.counts[s]))
            .join(' | ')} |`
    ];
    if (r.top.length) {
        lines.push('', ...r.top.map(f => `- ${f.severity.toUpperCase()} ${f.uri ? `[${f.id}](${f.uri})` : (0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(f.id)}${f.pkg ? ` in ${(0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(f.pkg)}` : ''}`));
    }
    return lines.join('\n');
}
/**
 * The scan line of a failed run's summary, from the `scan-findings` output (set before the gate
 * throws): `high 1, critical 0, ... (threshold high: 1 blocking)`; undefined without one.
 */
function scanFailureFact(output) {
    if (!output)
        return undefined;
    try {
        const o = JSON.parse(output);
        const counts = Object.fromEntries(_scanSeverity__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .o.map(s => [s, Number(o[s] ?? 0)]));
        return `${formatCounts(counts)} (threshold ${String(o.threshold)}: ${Number(o.blocking ?? 0)} blocking)`;
    }
    catch {
        return undefined;
    }
}
/**
 * Waits for the scan of `digest` and judges it. Throws a UserError naming the top findings when
 * `blocking` > 0, after `onReport` has seen the report (so outputs and the summary get it too).
 */
async function scanGate(api, repository, digest, registryId, o, onReport = () => undefined) {
    const clock = o.clockMs ?? Date.now;
    const sleep = o.sleep ?? (ms => new Promise(res => setTimeout(res, ms)));
    const started = clock();
    const deadline = started + o.timeoutSeconds * 1000;
    const pollMs = (o.pollSeconds ?? 5) * 1000;
    let started_scan = false;
    let page;
    for (;;) {
        page = await api.describeFindings(repository, digest, registryId);
        if (page.status === 'NOT_FOUND' && !started_scan) {
            // No scan registered: either scan on push has not picked the image up yet, or the
            // repository does not scan on push. A basic scan is started once; ECR allows one per day.
            o.log(`scan: no scan of ${digest} yet; starting a basic scan (StartImageScan)`);
            await api.startScan(repository, digest, registryId);
            started_scan = true;
            continue;
        }
        if (DONE.has(page.status))
            break;
        if (!IN_PROGRESS.has(page.status)) {
            throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the ECR scan of ${repository}@${digest} ended ${page.status}${page.description ? `: ${page.description}` : ''}; the image is not judged safe to deploy (set scan-severity-threshold: none to deploy unscanned images)`);
        }
        if (clock() >= deadline) {
            throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the ECR scan of ${repository}@${digest} was still ${page.status} after scan-wait-timeout (${o.timeoutSeconds}s); nothing was judged. Raise scan-wait-timeout or check the repository's scanning configuration.`);
        }
        o.log(`scan: ${page.status.toLowerCase().replace('_', ' ')}; checking again in ${pollMs / 1000}s`);
        await sleep(pollMs);
    }
    const findings = [...page.findings];
    let next = page.nextToken;
    for (let i = 0; next && i < MAX_PAGES; i++) {
        const more = await api.describeFindings(repository, digest, registryId, next);
        findings.push(...more.findings);
        next = more.nextToken;
    }
    const counts = normaliseCounts(page.counts);
    const report = {
        digest,
        scanType: page.enhanced || page.status === 'ACTIVE' ? 'enhanced' : 'basic',
        status: page.status,
        counts,
        top: topFindings(findings),
        threshold: o.threshold,
        blocking: blockingCount(counts, o.threshold),
        seconds: (clock() - started) / 1000
    };
    o.log(`scan: ${report.status.toLowerCase()} (${report.scanType}): ${formatCounts(counts)}`);
    if (report.top.length)
        o.log((0,_src_lib_untrusted__WEBPACK_IMPORTED_MODULE_4__/* .untrustedText */ .Ui)(report.top.map(f => `  ${formatFinding(f)}${f.uri ? ` ${f.uri}` : ''}`)));
    onReport(report);
    if (report.blocking) {
        throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${repository}@${digest} has ${report.blocking} vulnerability finding(s) at or above scan-severity-threshold ${o.threshold} (${formatCounts(counts)}): ${report.top
            .filter(f => rank(f.severity) >= rank(o.threshold))
            .map(formatFinding)
            .join('; ')}. Fix the image (base image, packages) or raise the threshold; nothing was deployed.`);
    }
    return report;
}
/** The gate for run(): nothing without a threshold or a pushed digest; else wait and judge. */
async function gateImage(inputs, digest, deps) {
    if (inputs.scanSeverityThreshold === 'none' || !digest)
        return undefined;
    const api = await (deps.loadScan ?? loadScanApi)(inputs.awsRegion, m => deps.log.info(m));
    const output = deps.output ?? (() => undefined);
    return scanGate(api, inputs.repository, digest, inputs.ecrAccountId, {
        threshold: inputs.scanSeverityThreshold,
        timeoutSeconds: inputs.scanWaitTimeout,
        log: m => deps.log.info(m),
        ...(deps.sleep ? { sleep: deps.sleep } : {})
    }, r => output('scan-findings', scanFindingsOutput(r)));
}
/** The ScanApi over the real SDK client. */
function createScanApi(client, sdk) {
    return {
        async describeFindings(repository, digest, registryId, nextToken) {
            try {
                const res = await client.send(new sdk.DescribeImageScanFindingsCommand({
                    repositoryName: repository,
                    imageId: { imageDigest: digest },
                    ...(registryId ? { registryId } : {}),
                    ...(nextToken ? { nextToken } : {}),
                    maxResults: 1000
                }));
                const f = res.imageScanFindings;
                const basic = (f?.findings ?? []).map(x => {
                    const attr = (k) => x.attributes?.find(a => a.key === k)?.value ?? '';
                    return {
                        id: x.name ?? '',
                        severity: toSeverity(x.severity),
                        pkg: [attr('package_name'), attr('package_version')].filter(Boolean).join(' '),
                        uri: x.uri ?? ''
                    };
                });
                const enhanced = (f?.enhancedFindings ?? []).map(x => {
                    const p = x.packageVulnerabilityDetails;
                    const pkg = p?.vulnerablePackages?.[0];
                    return {
                        id: p?.vulnerabilityId ?? x.title ?? '',
                        severity: toSeverity(x.severity),
                        pkg: [pkg?.name, pkg?.version].filter(Boolean).join(' '),
                        uri: p?.sourceUrl ?? ''
                    };
                });
                return {
                    status: res.imageScanStatus?.status ?? 'IN_PROGRESS',
                    ...(res.imageScanStatus?.description ? { description: res.imageScanStatus.description } : {}),
                    counts: (f?.findingSeverityCounts ?? {}),
                    findings: [...basic, ...enhanced],
                    enhanced: (f?.enhancedFindings?.length ?? 0) > 0,
                    ...(res.nextToken ? { nextToken: res.nextToken } : {})
                };
            }
            catch (err) {
                if (err.name === 'ScanNotFoundException')
                    return { status: 'NOT_FOUND', counts: {}, findings: [], enhanced: false };
                throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo((0,_src_lib_aws__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)('DescribeImageScanFindings', err));
            }
        },
        async startScan(repository, digest, registryId) {
            try {
                await client.send(new sdk.StartImageScanCommand({
                    repositoryName: repository,
                    imageId: { imageDigest: digest },
                    ...(registryId ? { registryId } : {})
                }));
            }
            catch (err) {
                const name = err.name ?? '';
                // Scanned once today already (basic scanning allows one manual scan per day): read that.
                if (name === 'LimitExceededException')
                    return;
                if (name === 'UnsupportedImageTypeException')
                    throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`ECR cannot scan ${repository}@${digest} (UnsupportedImageTypeException); set scan-severity-threshold: none for this image`);
                throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo((0,_src_lib_aws__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)('StartImageScan', err));
            }
        }
    };
}
/** Loads the SDK (after validation, like ecrApi.ts) and returns the ScanApi for `region`. */
async function loadScanApi(region, log) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
    return createScanApi(new sdk.ECRClient(await (0,_src_lib_aws__WEBPACK_IMPORTED_MODULE_0__/* .awsClientOptions */ .BE)(region, 'ECR', log)), sdk);
}


/***/ }),

/***/ 766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   aY: () => (/* binding */ findOnPath),
/* harmony export */   m0: () => (/* binding */ exec)
/* harmony export */ });
/* unused harmony exports CommandNotFoundError, execChecked */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7268);
/**
 * Process execution with argument arrays only (never a shell string built from input).
 * Secrets travel on stdin or in files; output can be streamed line by line and is captured for
 * error messages. SIGINT/SIGTERM sent to this process (a cancelled workflow run) are passed on to
 * the child so tools such as helm can stop cleanly.
 * Why not @actions/exec: its ExecOptions (1.1.1) have no timeout and nothing that kills or signals
 * the child, and it does not pass a cancelled run's SIGINT/SIGTERM on; both are needed here.
 *
 * Process groups: a child with a `timeoutMs` is started as the leader of its own process group
 * (`detached`, i.e. setsid) so that the timeout ends the whole group. The timeout ends in SIGKILL,
 * which no tool can clean up after: a grandchild (a credential plugin's helper, `sh -c` running a
 * tool) would otherwise keep the pipes open and the step would hang after its child was killed.
 * Every other child stays attached: in this process's group and session. Why, measured: `setsid`
 * also makes the child a session of its own, and with Linux's autogroup scheduler
 * (kernel.sched_autogroup_enabled=1, as on this machine) every session is its own scheduling
 * group, whose wake-ups wait behind the other groups on a busy machine. A bare `helm test` (nearly
 * all wake-ups: watch events) spawned detached took 1.68× the wall time of an attached one at
 * load 20–30 (session 2), and 1.26× at load 5–10 in session 3 (medians of 15, interleaved:
 * detached 554 ms, attached 440 ms, spawnSync 460 ms); session 2 saw the same CPU time either
 * way. On a quiet machine (load < 3) it is 0.98–1.02×. bench/gates.ts keeps a detached bare helm test as a control. helm upgrade and test, the
 * gates' critical path, have no timeout here (helm's own --timeout bounds them): they run attached.
 *
 * Cancelling: the runner signals only this process (kill(pid), not the group), so SIGINT/SIGTERM
 * are passed on: to the whole group of a detached child (its grandchildren get the runner's
 * signal too), to an attached child itself. An attached child's own children are in this
 * process's group; a tool stops them on SIGINT/SIGTERM (helm does), and whatever outlives
 * the step is ended by the runner's orphan-process cleanup when the job ends. A terminal's Ctrl-C
 * (the whole foreground group) reaches an attached child directly and once more forwarded: helm
 * install/upgrade cancel on the first and ignore a repeat (helm v4 pkg/cmd/upgrade.go reads its
 * signal channel once), its other commands exit on the first.
 */




/** Thrown when a command cannot be started at all (not installed, not executable). */
class CommandNotFoundError extends _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
    constructor(command, hint = '') {
        super(`${command} was not found or cannot be executed${hint ? `: ${hint}` : ''}`);
        this.name = 'CommandNotFoundError';
    }
}
function lineSplitter(onLine) {
    let rest = '';
    return {
        push(chunk) {
            if (!onLine)
                return;
            rest += chunk;
            let i;
            while ((i = rest.indexOf('\n')) >= 0) {
                onLine(rest.slice(0, i).replace(/\r$/, ''));
                rest = rest.slice(i + 1);
            }
        },
        flush() {
            if (onLine && rest)
                onLine(rest);
            rest = '';
        }
    };
}
/** Runs a command to completion; resolves with its result whatever the exit code. */
function exec(command, args, opts = {}) {
    const started = Date.now();
    const ownGroup = !!opts.timeoutMs;
    return new Promise((resolve, reject) => {
        const spawnOpts = {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            // Its own process group only when a timeout may have to end its descendants (killGroup).
            detached: ownGroup
        };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, spawnOpts);
        /** Signals the child's whole process group when it has one of its own, else the child. */
        const killGroup = (sig) => {
            try {
                if (ownGroup && child.pid)
                    process.kill(-child.pid, sig);
                else
                    child.kill(sig);
            }
            catch {
                child.kill(sig);
            }
        };
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        const out = lineSplitter(opts.onStdoutLine);
        const err = lineSplitter(opts.onStderrLine);
        // The runner signals only this process: pass it on (see the header), and the tool (helm)
        // stops its own work cleanly.
        const forward = (sig) => () => killGroup(sig);
        const onInt = forward('SIGINT');
        const onTerm = forward('SIGTERM');
        if (opts.forwardSignals !== false) {
            process.on('SIGINT', onInt);
            process.on('SIGTERM', onTerm);
        }
        const onAbort = () => child.kill('SIGINT');
        opts.abort?.addEventListener('abort', onAbort, { once: true });
        let killTimer;
        let hardKillTimer;
        if (opts.timeoutMs) {
            killTimer = setTimeout(() => {
                timedOut = true;
                killGroup('SIGTERM');
                hardKillTimer = setTimeout(() => killGroup('SIGKILL'), 5000);
                hardKillTimer.unref();
            }, opts.timeoutMs);
        }
        const cleanup = () => {
            process.off('SIGINT', onInt);
            process.off('SIGTERM', onTerm);
            opts.abort?.removeEventListener('abort', onAbort);
            if (killTimer)
                clearTimeout(killTimer);
            if (hardKillTimer)
                clearTimeout(hardKillTimer);
        };
        child.stdout?.setEncoding('utf8');
        child.stderr?.setEncoding('utf8');
        child.stdout?.on('data', (d) => {
            stdout += d;
            out.push(d);
        });
        child.stderr?.on('data', (d) => {
            stderr += d;
            err.push(d);
        });
        child.on('error', e => {
            cleanup();
            const code = e.code;
            if (code === 'ENOENT' || code === 'EACCES')
                reject(new CommandNotFoundError(command));
            else
                reject(e);
        });
        child.on('close', (code, signal) => {
            cleanup();
            out.flush();
            err.flush();
            resolve({
                command,
                args,
                exitCode: code ?? (signal ? 128 : 1),
                signal,
                stdout,
                stderr,
                durationMs: Date.now() - started,
                timedOut
            });
        });
        child.stdin?.on('error', () => {
            /* the child may exit before reading stdin; its exit code tells the story */
        });
        if (opts.input !== undefined)
            child.stdin?.end(opts.input);
        else
            child.stdin?.end();
    });
}
/** The last `n` non-empty lines of a tool's output, for an error message. */
function tail(text, n = 15) {
    return text
        .split('\n')
        .map(l => l.trimEnd())
        .filter(Boolean)
        .slice(-n)
        .join('\n');
}
/** Runs a command and throws a UserError with its output's tail when it fails. */
async function execChecked(command, args, opts = {}) {
    const res = await exec(command, args, opts);
    if (res.exitCode !== 0) {
        const what = opts.what ?? `${command} ${args[0] ?? ''}`.trim();
        const reason = res.timedOut ? 'timed out' : `exited with code ${res.exitCode}`;
        throw new UserError(`${what} ${reason}:\n${tail(res.stderr || res.stdout)}`);
    }
    return res;
}
/**
 * The first executable `name` on PATH (no shell `which`); on Windows also `name.exe`. The one
 * lookup the actions share: helm resolution and builder detection both use it.
 */
function findOnPath(name, env, platform = process.platform) {
    const dirs = (env['PATH'] ?? env['Path'] ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean);
    const names = platform === 'win32' ? [`${name}.exe`, name] : [name];
    for (const d of dirs) {
        for (const n of names) {
            const p = node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, n);
            try {
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(p).isFile())
                    continue;
                if (platform !== 'win32')
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(p, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
                return p;
            }
            catch {
                /* not here, or not executable: next */
            }
        }
    }
    return undefined;
}


/***/ }),

/***/ 1737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ retryLine),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   bV: () => (/* binding */ isTransientError)
/* harmony export */ });
/* unused harmony exports sleep, backoffDelay */
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
/**
 * The one retry log line: `<what> failed (<reason>); retrying in 1.2 s (attempt 2)`. The reason is
 * the error's first line, or the text given (a tool's own last line of output, say).
 */
function retryLine(what, err, attempt, delayMs) {
    const reason = typeof err === 'string' ? err : (err instanceof Error ? err.message : String(err)).split('\n')[0];
    return `${what} failed (${reason}); retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1})`;
}
/** Delay before retry `attempt` (1-based): uniform in [0, min(max, base * 2^(attempt-1))]. */
function backoffDelay(attempt, baseMs, maxMs, random) {
    const cap = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
    return Math.round(random() * cap);
}
async function withRetry(fn, opts) {
    const attempts = opts.attempts ?? 4;
    const baseMs = opts.baseMs ?? 500;
    const maxMs = opts.maxMs ?? 8000;
    const wait = opts.sleep ?? sleep;
    const random = opts.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (attempt >= attempts || !opts.isTransient(err))
                throw err;
            const delay = backoffDelay(attempt, baseMs, maxMs, random);
            opts.onRetry?.(err, attempt, delay);
            await wait(delay);
        }
    }
}
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENOTFOUND',
    'UND_ERR_SOCKET'
]);
/** Network errors and HTTP 429/5xx are transient; everything else is final. */
function isTransientError(err) {
    if (!err || typeof err !== 'object')
        return false;
    const e = err;
    if (e.code && TRANSIENT_CODES.has(e.code))
        return true;
    const status = e.status ?? e.statusCode;
    if (status !== undefined && (status === 429 || status >= 500))
        return true;
    return e.cause !== undefined && e.cause !== err ? isTransientError(e.cause) : false;
}


/***/ }),

/***/ 881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Ui: () => (/* binding */ untrustedText)
/* harmony export */ });
/* unused harmony exports couldBeCommand, untrustedLines */
/**
 * Text from untrusted sources (container logs, Kubernetes events, helm and builder output,
 * registry error bodies, file contents) printed so the runner can never read it as a workflow
 * command. The runner treats a stdout line as a command when it starts with `::` after leading
 * whitespace (`::add-mask::`, `::stop-commands::`…) or contains the legacy `##[name]` form
 * anywhere; it also splits lines at a lone `\r`. Such text is printed inside a
 * `::stop-commands::<token>` … `::<token>::` block with a fresh unguessable token (the runner's
 * own mechanism, the one @actions/core's stop-commands support writes), so it reads verbatim in the
 * log. Harmless text is printed as is.
 *
 * Hand-written because @actions/core has no "print this untrusted text" helper; the block is
 * written in one call (one synchronous write), so no command of ours (a mask) can fall inside it.
 */
/** The runner's own line splitting: \r\n, \n and a lone \r all end a line. */
const LINE_BREAK = /\r\n|\r|\n/;
/** True when the runner could take any line of `text` for a workflow command. */
function couldBeCommand(text) {
    return text.split(LINE_BREAK).some(l => l.trimStart().startsWith('::') || l.includes('##['));
}
function newToken() {
    // Loaded on first use only: node:crypto costs tens of ms at start-up (see runtime.ts).
    const { randomBytes } = process.getBuiltinModule('node:crypto');
    return `untrusted-${randomBytes(16).toString('hex')}`;
}
/**
 * `lines` ready to print, one string per runner line: unchanged when none could be a command,
 * else wrapped in a stop-commands block whose token none of them contains.
 */
function untrustedLines(lines, token = newToken) {
    const flat = lines.flatMap(l => l.split(LINE_BREAK));
    if (!flat.some(l => couldBeCommand(l)))
        return flat;
    let t = token();
    while (flat.some(l => l.includes(t)))
        t = token();
    return [`::stop-commands::${t}`, ...flat, `::${t}::`];
}
/** One string to print with a single write (lines joined by \n), see `untrustedLines`. */
function untrustedText(text, token) {
    return untrustedLines(typeof text === 'string' ? [text] : text, token).join('\n');
}
/**
 * Untrusted text to embed in one of our own messages (an error, a retry line): line breaks and
 * runs of whitespace become one space, and it is cut at `max` characters, so it can never
 * start a line of its own. Printing the message still goes through untrustedText.
 */
function oneLine(text, max = 300) {
    const t = text.replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max)}…` : t;
}


/***/ })

};
;