"use strict";
exports.id = 319;
exports.ids = [319];
exports.modules = {

/***/ 7319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: lintFindings, shouldFail

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/errors.ts
var lib_errors = __webpack_require__(8112);
// EXTERNAL MODULE: ./src/lib/exec.ts + 1 modules
var exec = __webpack_require__(1090);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/lib/tgz.ts
/**
 * Reading (and deterministically writing) gzip-compressed tar archives in-process, with
 * node:zlib and a small ustar reader: checking a chart package's contents should not spawn `tar`.
 * Understands ustar prefixes, PAX extended headers (`path`, `mtime`) and GNU long names, which is
 * everything Go's archive/tar (helm) and common tar implementations write.
 */


const BLOCK = 512;
function cstring(buf, start, len) {
    const end = buf.indexOf(0, start);
    return buf.toString('utf8', start, end < 0 || end > start + len ? start + len : end);
}
function octal(buf, start, len) {
    // GNU base-256 encoding for large values: high bit of the first byte set.
    if (buf[start] & 0x80) {
        let n = buf[start] & 0x7f;
        for (let i = 1; i < len; i++)
            n = n * 256 + buf[start + i];
        return n;
    }
    const s = cstring(buf, start, len).trim();
    return s ? parseInt(s, 8) : 0;
}
function typeOf(flag) {
    switch (flag) {
        case '0':
        case '\0':
        case '':
        case '7':
            return 'file';
        case '5':
            return 'directory';
        case '2':
            return 'symlink';
        case '1':
            return 'hardlink';
        default:
            return 'other';
    }
}
/** PAX records: `<len> <key>=<value>\n`. */
function parsePax(data) {
    const out = {};
    let pos = 0;
    while (pos < data.length) {
        const sp = data.indexOf(0x20, pos);
        if (sp < 0)
            break;
        const len = parseInt(data.toString('utf8', pos, sp), 10);
        if (!len)
            break;
        const rec = data.toString('utf8', sp + 1, pos + len - 1);
        const eq = rec.indexOf('=');
        if (eq > 0)
            out[rec.slice(0, eq)] = rec.slice(eq + 1);
        pos += len;
    }
    return out;
}
function headerChecksumOk(h) {
    const stored = octal(h, 148, 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : h[i];
    return sum === stored;
}
/** Entries of an uncompressed tar stream. Throws a UserError naming `what` when it is corrupt. */
function readTar(tar, what = 'archive') {
    const entries = [];
    let pos = 0;
    let pax = {};
    let longName;
    while (pos + BLOCK <= tar.length) {
        const h = tar.subarray(pos, pos + BLOCK);
        if (h.every(b => b === 0))
            break;
        if (!headerChecksumOk(h))
            throw new lib_errors/* UserError */.yo(`${what} is not a valid tar archive (bad header checksum at offset ${pos})`);
        const size = octal(h, 124, 12);
        const flag = String.fromCharCode(h[156]);
        const dataStart = pos + BLOCK;
        if (dataStart + size > tar.length)
            throw new lib_errors/* UserError */.yo(`${what} is truncated`);
        const data = tar.subarray(dataStart, dataStart + size);
        pos = dataStart + Math.ceil(size / BLOCK) * BLOCK;
        if (flag === 'x') {
            pax = { ...pax, ...parsePax(data) };
            continue;
        }
        if (flag === 'g')
            continue;
        if (flag === 'L') {
            longName = cstring(data, 0, data.length);
            continue;
        }
        const magic = h.toString('latin1', 257, 263);
        const prefix = magic.startsWith('ustar') ? cstring(h, 345, 155) : '';
        const baseName = cstring(h, 0, 100);
        const name = pax['path'] ?? longName ?? (prefix ? `${prefix}/${baseName}` : baseName);
        entries.push({
            name,
            type: typeOf(flag),
            mode: octal(h, 100, 8),
            size,
            mtime: pax['mtime'] !== undefined ? Math.floor(Number(pax['mtime'])) : octal(h, 136, 12),
            linkName: pax['linkpath'] ?? cstring(h, 157, 100),
            data: Buffer.from(data)
        });
        pax = {};
        longName = undefined;
    }
    // A partial header at the end (not zero padding) means the archive was cut off.
    if (pos < tar.length && pos + BLOCK > tar.length && !tar.subarray(pos).every(b => b === 0))
        throw new lib_errors/* UserError */.yo(`${what} is truncated`);
    return entries;
}
/** Entries of a .tgz. */
function readTgz(tgz, what = 'archive') {
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(tgz);
    }
    catch (err) {
        throw new lib_errors/* UserError */.yo(`${what} is not gzip-compressed: ${err.message}`);
    }
    return readTar(tar, what);
}
function writeOctal(h, value, start, len) {
    h.write(value.toString(8).padStart(len - 1, '0') + '\0', start, len, 'latin1');
}
/** Splits a long name into ustar prefix/base; undefined when it does not fit (PAX needed). */
function ustarName(name) {
    if (Buffer.byteLength(name) <= 100)
        return { base: name, prefix: '' };
    for (let cut = name.indexOf('/'); cut > 0; cut = name.indexOf('/', cut + 1)) {
        const prefix = name.slice(0, cut);
        const base = name.slice(cut + 1);
        if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(base) <= 100)
            return { base, prefix };
    }
    return undefined;
}
function header(name, type, mode, size, mtime) {
    const h = Buffer.alloc(BLOCK);
    const split = ustarName(name) ?? { base: name.slice(0, 100), prefix: '' };
    h.write(split.base, 0, 100, 'utf8');
    writeOctal(h, mode, 100, 8);
    writeOctal(h, 0, 108, 8);
    writeOctal(h, 0, 116, 8);
    writeOctal(h, size, 124, 12);
    writeOctal(h, mtime, 136, 12);
    h.write(type === 'file' ? '0' : type === 'directory' ? '5' : 'x', 156, 1, 'latin1');
    h.write('ustar\0', 257, 6, 'latin1');
    h.write('00', 263, 2, 'latin1');
    h.write(split.prefix, 345, 155, 'utf8');
    h.fill(0x20, 148, 156);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += h[i];
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
    return h;
}
function pad(size) {
    const rest = size % BLOCK;
    return Buffer.alloc(rest ? BLOCK - rest : 0);
}
/** One PAX record, `<len> <key>=<value>\n`, where len counts its own digits. */
function paxRecord(key, value) {
    const body = Buffer.byteLength(` ${key}=${value}\n`);
    let len = body + 1;
    while (String(len).length + body !== len)
        len = String(len).length + body;
    return Buffer.from(`${len} ${key}=${value}\n`, 'utf8');
}
/**
 * A tar stream with fixed owner (0/0), the given mtime for every entry and no user/group names,
 * so the same entries always give the same bytes.
 */
function writeTar(entries, mtime) {
    const parts = [];
    for (const e of entries) {
        const data = e.type === 'file' ? (e.data ?? Buffer.alloc(0)) : Buffer.alloc(0);
        if (!ustarName(e.name)) {
            const rec = paxRecord('path', e.name);
            parts.push(header('PaxHeader', 'pax', 0o644, rec.length, mtime), rec, pad(rec.length));
        }
        parts.push(header(e.name, e.type, e.mode, data.length, mtime), data, pad(data.length));
    }
    parts.push(Buffer.alloc(BLOCK * 2));
    return Buffer.concat(parts);
}
/** The FEXTRA and FCOMMENT fields of a gzip member's header, to carry them over on a rewrite. */
function readGzipHeader(gz) {
    if (gz.length < 10 || gz[0] !== 0x1f || gz[1] !== 0x8b)
        return {};
    const flags = gz[3];
    let pos = 10;
    const out = {};
    if (flags & 0x04) {
        const len = gz.readUInt16LE(pos);
        out.extra = Buffer.from(gz.subarray(pos + 2, pos + 2 + len));
        pos += 2 + len;
    }
    if (flags & 0x08)
        pos = gz.indexOf(0, pos) + 1; // FNAME, not kept
    if (flags & 0x10) {
        const end = gz.indexOf(0, pos);
        out.comment = gz.toString('latin1', pos, end);
    }
    return out;
}
/**
 * A gzip member with MTIME 0 and OS "unknown", so the bytes depend on the content only;
 * node:zlib cannot write FEXTRA/FCOMMENT, hence the hand-made header around raw deflate.
 */
function gzipDeterministic(data, header = {}) {
    let flags = 0;
    const fields = [];
    if (header.extra) {
        flags |= 0x04;
        const len = Buffer.alloc(2);
        len.writeUInt16LE(header.extra.length);
        fields.push(len, header.extra);
    }
    if (header.comment !== undefined) {
        flags |= 0x10;
        fields.push(Buffer.from(header.comment + '\0', 'latin1'));
    }
    const head = Buffer.from([0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 255]);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc32(data), 0);
    trailer.writeUInt32LE(data.length % 2 ** 32, 4);
    return Buffer.concat([head, ...fields, (0,external_node_zlib_.deflateRawSync)(data, { level: 9 }), trailer]);
}
/** A deterministic .tgz of `entries`, every entry stamped with `mtime`. */
function writeTgz(entries, mtime, header = {}) {
    return gzipDeterministic(writeTar(entries, mtime), header);
}
let crcTable;
function crc32(data) {
    if (!crcTable) {
        crcTable = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++)
                c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            crcTable[n] = c >>> 0;
        }
    }
    let crc = 0xffffffff;
    for (let i = 0; i < data.length; i++)
        crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/helmArgs.ts
function valuesArgs(i) {
    const args = ['--namespace', i.namespace];
    for (const f of i.valuesFiles)
        args.push('--values', f);
    for (const kv of i.set)
        args.push('--set', `${kv.key}=${kv.value}`);
    if (i.kubeVersion)
        args.push('--kube-version', i.kubeVersion);
    return args;
}
function helmDependencyBuildArgs(chart) {
    return ['dependency', 'build', chart];
}
function helmLintArgs(chart, i) {
    return ['lint', chart, '--strict', ...valuesArgs(i)];
}
function helmPackageArgs(chart, i) {
    const args = ['package', chart, '--destination', i.destination];
    if (i.chartVersion)
        args.push('--version', i.chartVersion);
    if (i.appVersion)
        args.push('--app-version', i.appVersion);
    return args;
}
/** Renders the packaged .tgz (not the source directory): what is verified is what gets deployed. */
function helmTemplateArgs(releaseName, packagePath, i) {
    return ['template', releaseName, packagePath, ...valuesArgs(i)];
}
/** The path from `Successfully packaged chart and saved it to: <path>`. */
function parsePackagedPath(stdout) {
    const m = /saved it to:\s*(.+?)\s*$/m.exec(stdout);
    return m?.[1];
}
/** `[ERROR] templates/x.yaml: message` lines of `helm lint` output. */
function parseLintOutput(text) {
    const out = [];
    for (const line of text.split('\n')) {
        const m = /^\s*\[(INFO|WARNING|ERROR)\]\s+(.*)$/.exec(line);
        if (!m)
            continue;
        const rest = m[2].trim();
        const pm = /^([\w.\-/]+?):\s+(.*)$/.exec(rest);
        out.push({
            level: m[1],
            path: pm ? pm[1] : '',
            message: pm ? pm[2] : rest
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/packageContents.ts
/**
 * What must (and must not) be inside a packaged chart, checked on the archive's entries in
 * process, plus the deterministic rewrite that makes two packages of the same sources
 * byte-identical whatever the files' modification times.
 */

/** Names that have no business in a chart package: VCS data, keys, credentials. */
const FORBIDDEN = [
    { re: /(^|\/)\.(git|svn|hg)(\/|$)/, what: 'version-control data' },
    { re: /(^|\/)\.env(\.[^/]*)?$/, what: 'an environment file' },
    { re: /\.(pem|key|p12|pfx|jks|keystore|crt\.key)$/i, what: 'key or certificate material' },
    { re: /(^|\/)id_(rsa|dsa|ecdsa|ed25519)(\.pub)?$/, what: 'an SSH key' },
    {
        re: /(^|\/)(kubeconfig|\.kube\/config|credentials|\.npmrc|\.netrc|\.dockerconfigjson|\.pypirc)$/i,
        what: 'credentials'
    },
    { re: /\.(tfstate|tfstate\.backup|tfvars)$/, what: 'Terraform state or variables' }
];
function finding(message, level = 'error') {
    return { level, check: 'package-contents', message, object: '', source: '' };
}
function checkPackageEntries(entries, expected) {
    const out = [];
    const root = `${expected.name}/`;
    const names = new Set(entries.map(e => e.name));
    for (const e of entries) {
        if (e.name.startsWith('/') || e.name.split('/').includes('..')) {
            out.push(finding(`entry "${e.name}" escapes the chart directory`));
            continue;
        }
        if (!e.name.startsWith(root))
            out.push(finding(`entry "${e.name}" is outside the chart's top-level directory ${root}`));
        if (e.type === 'symlink' || e.type === 'hardlink')
            out.push(finding(`entry "${e.name}" is a link (to ${e.linkName})`));
        const inner = e.name.slice(root.length);
        for (const f of FORBIDDEN)
            if (f.re.test(inner))
                out.push(finding(`"${e.name}" looks like ${f.what}; add it to .helmignore`));
        // Packaged dependencies live in charts/<dep>.tgz; an archive anywhere else is a stray build artefact.
        if (/\.(tgz|tar\.gz|tar|zip)$/i.test(inner) && !/^charts\/[^/]+\.tgz$/.test(inner)) {
            out.push(finding(`"${e.name}" is an archive inside the chart; add it to .helmignore`));
        }
    }
    if (!names.has(`${root}Chart.yaml`))
        out.push(finding(`${root}Chart.yaml is missing from the package`));
    if (expected.sourceHasValues && !names.has(`${root}values.yaml`))
        out.push(finding(`${root}values.yaml is in the source but not in the package`));
    if (expected.sourceHasSchema && !names.has(`${root}values.schema.json`)) {
        out.push(finding(`${root}values.schema.json is in the source but not in the package (is it in .helmignore?)`));
    }
    const templates = entries.filter(e => e.name.startsWith(`${root}templates/`)).length;
    if (expected.sourceTemplateCount > 0 && templates === 0)
        out.push(finding(`the package has no templates although the source has ${expected.sourceTemplateCount}`));
    return out;
}
function chartYamlOf(entries, name) {
    return entries.find(e => e.name === `${name}/Chart.yaml`)?.data.toString('utf8');
}
/**
 * Rewrites a helm package with every entry stamped `mtime` (Helm 4 copies each file's mtime, so
 * a fresh checkout gives different bytes). Entry order, names, modes and helm's gzip header are
 * kept; `helm template` then reads the rewritten archive, which proves it is still a chart.
 */
function normalizePackage(tgz, entries, mtime) {
    return writeTgz(entries
        .filter(e => e.type === 'file' || e.type === 'directory')
        .map(e => ({ name: e.name, type: e.type, mode: e.mode, data: e.data })), mtime, readGzipHeader(tgz));
}
/** SOURCE_DATE_EPOCH (the reproducible-builds convention) when set, else 1980-01-01 (as ZIP-based tools use). */
function packageMtime(env) {
    const s = env['SOURCE_DATE_EPOCH'];
    return s && /^\d+$/.test(s) ? Number(s) : 315532800;
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/run.ts
/**
 * The work, after the inputs are valid: dependency build when needed, lint, package, check the
 * package's contents, render the packaged chart and verify the render. At most three helm
 * processes per run besides the version check; lint runs beside package → template, since
 * neither needs the other's result. This module stays light (no YAML parser): helm starts first,
 * and the parsing/verifying chunk (analyze.ts) loads while helm works.
 */








function lintFindings(res) {
    const msgs = parseLintOutput(res.stdout + '\n' + res.stderr).filter(m => m.level !== 'INFO');
    const findings = msgs.map(m => ({
        level: m.level === 'ERROR' || res.exitCode !== 0 ? 'error' : 'warning',
        check: 'lint',
        message: m.message,
        object: '',
        source: m.path
    }));
    if (res.exitCode !== 0 && findings.length === 0) {
        findings.push({
            level: 'error',
            check: 'lint',
            message: `helm lint --strict failed: ${(0,exec/* tail */.RT)(res.stderr || res.stdout, 5)}`,
            object: '',
            source: ''
        });
    }
    return findings;
}
/** A top-level scalar of Chart.yaml without a YAML parser (only for a fallback file name). */
function chartField(chartYaml, key) {
    return new RegExp(`^${key}:\\s*["']?([^"'\\s]+)`, 'm').exec(chartYaml)?.[1] ?? '';
}
function shouldFail(inputs, findings) {
    // A render that does not parse cannot be deployed, whatever the policy.
    if (findings.some(f => f.check === 'parse'))
        return true;
    return inputs.policy === 'strict' && findings.some(f => f.level === 'error');
}
/** Settles a promise into a value, so awaiting it later never throws or goes unhandled. */
function settle(p) {
    return p.then(value => ({ ok: true, value }), (error) => ({ ok: false, error }));
}
/**
 * Runs the action's work. `deps.confirmHelm`, when given, is the pending version check of
 * `deps.helm`: lint and package start before it settles (they take the same arguments whatever
 * the version), and when it says the version is wrong their results are discarded, the package
 * removed, and undefined returned (nothing reported) so main can install the right helm and rerun.
 */
async function run(inputs, deps) {
    const { rt } = deps;
    let helm = deps.helm;
    const helmCommands = [];
    const runHelm = (args) => {
        helmCommands.push(args);
        rt.debug(`helm ${args.join(' ')}`);
        return helm.run(args).then(r => {
            rt.debug(`helm ${args[0]} exited ${r.exitCode} after ${r.durationMs} ms (at ${Math.round(performance.now())} ms)`);
            return r;
        });
    };
    const fail = (what, res) => new lib_errors/* UserError */.yo(`${what} failed (exit ${res.exitCode}):\n${(0,exec/* tail */.RT)(res.stderr || res.stdout)}`);
    let confirmP = deps.confirmHelm ? settle(deps.confirmHelm) : undefined;
    /** The confirmed helm, or undefined when the candidate has the wrong version. */
    const confirm = async () => {
        if (!confirmP)
            return helm;
        const c = await confirmP;
        confirmP = undefined;
        if (!c.ok)
            throw c.error;
        if (c.value)
            helm = c.value;
        return c.value;
    };
    const chartYaml = (0,external_node_fs_.readFileSync)(external_node_path_.join(inputs.chart, 'Chart.yaml'), 'utf8');
    // Only a chart that declares dependencies can need a dependency build; parse it to find out.
    if (/^dependencies\s*:/m.test(chartYaml)) {
        const { readChartSource, needsDependencyBuild } = await Promise.all(/* import() */[__webpack_require__.e(905), __webpack_require__.e(757)]).then(__webpack_require__.bind(__webpack_require__, 5757));
        const declared = readChartSource(inputs.chart);
        if (needsDependencyBuild(inputs.chart, declared.dependencies)) {
            // Writes into the chart's charts/ directory: only with a helm known to be the right one.
            if (!(await confirm()))
                return undefined;
            rt.info(`Building the dependencies of ${declared.name} (${declared.dependencies.map(d => d.name).join(', ')})`);
            const dep = await runHelm(helmDependencyBuildArgs(inputs.chart));
            if (dep.exitCode !== 0)
                throw fail('helm dependency build', dep);
        }
    }
    (0,external_node_fs_.mkdirSync)(inputs.destination, { recursive: true });
    // lint runs beside package → template: neither needs the other's result.
    const lintP = settle(runHelm(helmLintArgs(inputs.chart, inputs)));
    const pkgP = settle(runHelm(helmPackageArgs(inputs.chart, inputs)));
    const analyzeP = settle(Promise.all(/* import() */[__webpack_require__.e(905), __webpack_require__.e(757)]).then(__webpack_require__.bind(__webpack_require__, 5757)));
    let confirmed;
    try {
        confirmed = await confirm();
    }
    catch (err) {
        await Promise.all([lintP, pkgP]);
        throw err;
    }
    const pkgSettled = await pkgP;
    if (!confirmed) {
        await lintP;
        const made = pkgSettled.ok ? parsePackagedPath(pkgSettled.value.stdout) : undefined;
        if (made)
            (0,external_node_fs_.rmSync)(made, { force: true });
        return undefined;
    }
    if (!pkgSettled.ok) {
        await lintP;
        throw pkgSettled.error;
    }
    const pkg = pkgSettled.value;
    if (pkg.exitCode !== 0) {
        await lintP;
        throw fail('helm package', pkg);
    }
    const packagePath = external_node_path_.resolve(parsePackagedPath(pkg.stdout) ??
        external_node_path_.join(inputs.destination, `${chartField(chartYaml, 'name')}-${inputs.chartVersion || chartField(chartYaml, 'version')}.tgz`));
    // The render and the digest are of the rewritten archive: what gets deployed is what was checked.
    const original = (0,external_node_fs_.readFileSync)(packagePath);
    const entries = readTgz(original, packagePath);
    const bytes = inputs.reproducible ? normalizePackage(original, entries, packageMtime(deps.env)) : original;
    if (bytes !== original)
        (0,external_node_fs_.writeFileSync)(packagePath, bytes);
    const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
    const tplP = settle(runHelm(helmTemplateArgs(inputs.releaseName, packagePath, inputs)));
    const analyzed = await analyzeP;
    if (!analyzed.ok)
        throw analyzed.error;
    const { countKinds, emitAnnotations, parseChartYaml, parseManifest, readChartSource, summaryMarkdown, TemplateLocator, verifyManifest } = analyzed.value;
    const source = readChartSource(inputs.chart);
    // Contents and metadata come from the package itself: it is what gets deployed.
    const findings = checkPackageEntries(entries, {
        name: source.name,
        sourceHasValues: source.hasValues,
        sourceHasSchema: source.hasSchema,
        sourceTemplateCount: source.templateCount
    });
    const packedChartYaml = chartYamlOf(entries, source.name);
    const meta = packedChartYaml
        ? parseChartYaml(packedChartYaml, `${external_node_path_.basename(packagePath)}:Chart.yaml`)
        : source;
    rt.setOutput('chart-path', packagePath);
    rt.setOutput('chart-name', meta.name);
    rt.setOutput('chart-version', meta.version);
    rt.setOutput('app-version', meta.appVersion);
    rt.setOutput('chart-digest', digest);
    rt.info(`Packaged ${meta.name} ${meta.version} (app ${meta.appVersion || '-'}) → ${packagePath} (${digest})`);
    const tplSettled = await tplP;
    if (!tplSettled.ok)
        throw tplSettled.error;
    const tpl = tplSettled.value;
    const lint = await lintP;
    if (!lint.ok)
        throw lint.error;
    findings.push(...lintFindings(lint.value));
    if (tpl.exitCode !== 0) {
        const locator = new TemplateLocator(inputs.chart, inputs.workspace);
        emitAnnotations(rt, findings, locator, 'strict');
        throw fail(`helm template of ${external_node_path_.basename(packagePath)}`, tpl);
    }
    const renderDir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(inputs.tempDir, 'helm-render-'));
    const manifestPath = external_node_path_.join(renderDir, `${meta.name}-${meta.version}.yaml`);
    // The render may carry Secrets made from values: readable by the runner user only.
    (0,external_node_fs_.writeFileSync)(manifestPath, tpl.stdout, { mode: 0o600 });
    rt.setOutput('manifest-path', manifestPath);
    const parsed = parseManifest(tpl.stdout);
    for (const e of parsed.errors) {
        findings.push({
            level: 'error',
            check: 'parse',
            message: `document ${e.index + 1} does not parse: ${e.message}`,
            object: '',
            source: e.source
        });
    }
    findings.push(...verifyManifest(parsed.objects, {
        requiredKinds: inputs.requiredKinds,
        externalServiceAccounts: inputs.externalServiceAccounts,
        namespace: inputs.namespace,
        workloadPolicy: inputs.policy !== 'off'
    }));
    const kinds = countKinds(parsed.objects);
    rt.setOutput('findings', findings.length);
    rt.setOutput('kinds', JSON.stringify(kinds));
    const failed = shouldFail(inputs, findings);
    const locator = new TemplateLocator(inputs.chart, inputs.workspace);
    emitAnnotations(rt, findings, locator, inputs.policy);
    const errors = findings.filter(f => f.level === 'error').length;
    const result = failed
        ? 'failed'
        : errors
            ? `passed with ${errors} error-level finding${errors === 1 ? '' : 's'} (policy ${inputs.policy})`
            : 'passed';
    rt.appendSummary(summaryMarkdown({
        chartName: meta.name,
        chartVersion: meta.version,
        appVersion: meta.appVersion,
        packagePath,
        digest,
        reproducible: inputs.reproducible,
        manifestPath,
        helm: helm.version,
        policy: inputs.policy,
        valuesFiles: inputs.valuesFiles.map(f => external_node_path_.relative(inputs.workspace, f)),
        kinds,
        result
    }, findings, locator));
    return {
        packagePath,
        chartName: meta.name,
        chartVersion: meta.version,
        appVersion: meta.appVersion,
        digest,
        manifestPath,
        findings,
        kinds,
        helmCommands,
        failed
    };
}


/***/ })

};
;