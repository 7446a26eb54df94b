"use strict";
exports.id = 676;
exports.ids = [676];
exports.modules = {

/***/ 3676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveHelm: () => (/* binding */ resolveHelm)
/* harmony export */ });
/* unused harmony exports DEFAULT_HELM_VERSION, HELM_DOWNLOAD_BASE, normalizeHelmVersion, helmMajor, helmPlatform, helmDownload, parseSha256Sum, sha256File, helmVersionOf, makeHelm, findOnPath, installHelm */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _exec__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2449);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8595);
/**
 * Finding (or installing) the pinned Helm CLI, shared by package-and-verify-helm-chart and
 * deploy-to-eks. Order: an explicit `helm-path` as is; `helm` on PATH when its version is the
 * wanted one; else the official release from get.helm.sh through @actions/tool-cache, verified
 * against the published `.sha256sum` before it is cached. @actions/tool-cache is loaded lazily:
 * it is heavy and most runs never need it.
 */





/** Must equal HELM_VERSION in tools/versions.env (what the bootstrap builds); a test checks it. */
const DEFAULT_HELM_VERSION = 'v4.3.1';
const HELM_DOWNLOAD_BASE = 'https://get.helm.sh';
const VERSION_RE = /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
/** `4.3.1` or `v4.3.1` → `v4.3.1`; undefined when it is not an exact SemVer version. */
function normalizeHelmVersion(text) {
    const t = text.trim();
    if (!VERSION_RE.test(t))
        return undefined;
    return t.startsWith('v') ? t : `v${t}`;
}
function helmMajor(version) {
    const m = VERSION_RE.exec(version.trim());
    if (!m)
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`"${version}" is not a Helm version (expected e.g. ${DEFAULT_HELM_VERSION})`);
    return Number(m[1]);
}
const OS_NAMES = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
const ARCH_NAMES = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ia32: '386',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64'
};
/** Node's platform/arch names → the names Helm's release files use. */
function helmPlatform(platform, arch) {
    const os = OS_NAMES[platform];
    const a = ARCH_NAMES[arch];
    if (!os || !a)
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Helm publishes no release for ${platform}/${arch}; install helm yourself and set helm-path`);
    const windows = os === 'windows';
    return { os, arch: a, archive: windows ? 'zip' : 'tar.gz', binary: windows ? 'helm.exe' : 'helm' };
}
function helmDownload(version, p, base = HELM_DOWNLOAD_BASE) {
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
function parseSha256Sum(text, fileName) {
    const lines = text
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean);
    for (const line of lines) {
        const m = /^([a-fA-F0-9]{64})(?:\s+\*?(\S+))?$/.exec(line);
        if (!m)
            continue;
        if (m[2] === undefined || node_path__WEBPACK_IMPORTED_MODULE_2__.basename(m[2]) === fileName)
            return m[1].toLowerCase();
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`the checksum file for ${fileName} holds no sha256 for it`);
}
function sha256File(file) {
    return new Promise((resolve, reject) => {
        const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)
            .on('data', d => h.update(d))
            .on('error', reject)
            .on('end', () => resolve(h.digest('hex')));
    });
}
/** The version a helm binary reports, or undefined when it does not run. */
async function helmVersionOf(helmPath, env) {
    try {
        const res = await (0,_exec__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m0)(helmPath, ['version', '--template', '{{.Version}}'], { env, timeoutMs: 30_000, forwardSignals: false });
        if (res.exitCode !== 0)
            return undefined;
        return normalizeHelmVersion(res.stdout.trim());
    }
    catch {
        return undefined;
    }
}
function makeHelm(helmPath, version, env) {
    return {
        path: helmPath,
        version,
        major: helmMajor(version),
        run: (args, opts = {}) => (0,_exec__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m0)(helmPath, args, { env, ...opts })
    };
}
/** The first `name` on PATH that is a file (no shell `which`). */
function findOnPath(name, env, platform = process.platform) {
    const dirs = (env['PATH'] ?? env['Path'] ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean);
    const names = platform === 'win32' ? [`${name}.exe`, name] : [name];
    for (const d of dirs) {
        for (const n of names) {
            const p = node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, n);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p))
                return p;
        }
    }
    return undefined;
}
async function resolveHelm(opts) {
    const wanted = normalizeHelmVersion(opts.version || DEFAULT_HELM_VERSION);
    if (!wanted)
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`helm-version "${opts.version}" is not a version (expected e.g. ${DEFAULT_HELM_VERSION})`);
    if (opts.helmPath) {
        const v = await helmVersionOf(opts.helmPath, opts.env);
        if (!v)
            throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`helm-path: ${opts.helmPath} does not run as helm (\`helm version\` failed)`);
        opts.log(`Using helm ${v} from helm-path ${opts.helmPath}`);
        return makeHelm(opts.helmPath, v, opts.env);
    }
    const onPath = findOnPath('helm', opts.env, opts.platform ?? process.platform);
    if (onPath) {
        const v = await helmVersionOf(onPath, opts.env);
        if (v === wanted) {
            opts.log(`Using helm ${v} from PATH (${onPath})`);
            return makeHelm(onPath, v, opts.env);
        }
        opts.log(`helm on PATH is ${v ?? 'not runnable'} (${onPath}); installing ${wanted}`);
    }
    return installHelm(wanted, opts);
}
/** Downloads, verifies and caches the official release; reuses the tool cache when it has it. */
async function installHelm(version, opts) {
    const p = helmPlatform(opts.platform ?? process.platform, opts.arch ?? process.arch);
    const dl = helmDownload(version, p, opts.downloadBaseUrl);
    const tc = await __webpack_require__.e(/* import() */ 104).then(__webpack_require__.t.bind(__webpack_require__, 5104, 23));
    const semver = version.slice(1);
    // tool-cache reads these from process.env (a runner always sets them).
    if (!process.env['RUNNER_TOOL_CACHE'] || !process.env['RUNNER_TEMP']) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`helm ${version} is not on PATH and RUNNER_TOOL_CACHE/RUNNER_TEMP are unset, so it cannot be installed; set helm-path`);
    }
    let dir = tc.find('helm', semver, p.arch);
    if (!dir) {
        opts.log(`Downloading ${dl.archiveUrl}`);
        let archive;
        let sumFile;
        try {
            sumFile = await tc.downloadTool(dl.checksumUrl);
            archive = await tc.downloadTool(dl.archiveUrl);
        }
        catch (err) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`downloading helm ${version} from ${dl.archiveUrl} failed: ${(0,_errors__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(err)}`);
        }
        const expected = parseSha256Sum((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(sumFile, 'utf8'), dl.fileName);
        const actual = await sha256File(archive);
        if (actual !== expected) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`checksum mismatch for ${dl.fileName}: expected sha256 ${expected}, downloaded ${actual}; refusing to use it`);
        }
        const extracted = p.archive === 'zip' ? await tc.extractZip(archive) : await tc.extractTar(archive);
        dir = await tc.cacheDir(node_path__WEBPACK_IMPORTED_MODULE_2__.join(extracted, dl.innerDir), 'helm', semver, p.arch);
        opts.log(`Installed helm ${version} (sha256 ${actual}) into the tool cache`);
    }
    else {
        opts.log(`Using helm ${version} from the tool cache`);
    }
    const bin = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, dl.binary);
    const v = await helmVersionOf(bin, opts.env);
    if (!v)
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`the installed helm ${bin} does not run`);
    if (v !== version)
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`the installed helm reports ${v}, expected ${version}`);
    return makeHelm(bin, v, opts.env);
}


/***/ })

};
;