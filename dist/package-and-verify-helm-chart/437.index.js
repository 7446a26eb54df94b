"use strict";
exports.id = 437;
exports.ids = [437];
exports.modules = {

/***/ 7437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TemplateLocator: () => (/* reexport */ TemplateLocator),
  chartYamlOf: () => (/* reexport */ chartYamlOf),
  checkPackageEntries: () => (/* reexport */ checkPackageEntries),
  countKinds: () => (/* reexport */ countKinds),
  emitAnnotations: () => (/* reexport */ emitAnnotations),
  needsDependencyBuild: () => (/* reexport */ needsDependencyBuild),
  normalizePackage: () => (/* reexport */ normalizePackage),
  packageMtime: () => (/* reexport */ packageMtime),
  parseChartYaml: () => (/* reexport */ parseChartYaml),
  parseManifest: () => (/* reexport */ parseManifest),
  readChartSource: () => (/* reexport */ readChartSource),
  readTgz: () => (/* reexport */ readTgz),
  sha256Digest: () => (/* reexport */ sha256Digest),
  summaryMarkdown: () => (/* reexport */ summaryMarkdown),
  verifyManifest: () => (/* reexport */ verifyManifest)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/lib/kubeObject.ts
/** The value if it is a plain object, else {}. */
function rec(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function arr(v) {
    return Array.isArray(v) ? v : [];
}
/** A string, or a number as text; '' for anything else. */
function str(v) {
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}
/** A map of strings (labels, annotations, selectors); non-string values as text. */
function strMap(v) {
    const out = {};
    for (const [k, val] of Object.entries(rec(v)))
        out[k] = String(val);
    return out;
}
function metadataOf(o) {
    return rec(rec(o)['metadata']);
}
function labelsOf(o) {
    return strMap(metadataOf(o)['labels']);
}
function annotationsOf(o) {
    return strMap(metadataOf(o)['annotations']);
}
/** The Helm release an object belongs to (Helm's ownership annotation), '' when none. */
function helmReleaseOf(o) {
    return annotationsOf(o)['meta.helm.sh/release-name'] ?? '';
}
/** Kubernetes label-selector semantics (matchLabels + matchExpressions, or a plain map). */
function selectorMatches(selector, labels, plainMap = false) {
    const matchLabels = plainMap ? strMap(selector) : strMap(selector['matchLabels']);
    for (const [k, v] of Object.entries(matchLabels))
        if (labels[k] !== v)
            return false;
    if (plainMap)
        return true;
    for (const e of arr(selector['matchExpressions'])) {
        const ex = rec(e);
        const key = String(ex['key'] ?? '');
        const values = arr(ex['values']).map(String);
        const has = Object.prototype.hasOwnProperty.call(labels, key);
        switch (ex['operator']) {
            case 'In':
                if (!has || !values.includes(labels[key]))
                    return false;
                break;
            case 'NotIn':
                if (has && values.includes(labels[key]))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
            default:
                return false;
        }
    }
    return true;
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/lib/manifest.ts
/**
 * Parses a multi-document render (`helm template`, a release's manifest) into Kubernetes objects,
 * each with the `# Source:` template path Helm writes above it, so findings and diffs can point
 * at the template that produced an object. Documents are split on column-0 `---` lines (inside
 * a block scalar such a line would be indented), so one broken document does not hide the rest.
 * js-yaml with the YAML 1.2 core schema: several times faster than the `yaml` package on renders
 * (this sits on the action's critical path), no timestamp or merge-key magic, duplicate keys are
 * errors (the API server would reject them too).
 */


/** Parses one YAML document as Kubernetes tooling sees it; throws on syntax errors and duplicate keys. */
function parseYamlDocument(text) {
    return (0,js_yaml/* load */.Hh)(text, { schema: js_yaml/* CORE_SCHEMA */.OU });
}
const SOURCE_RE = /^#\s*Source:\s*(\S.*?)\s*$/m;
/** Splits the render into documents with their `# Source:` path; empty documents are dropped. */
function splitDocuments(text) {
    const docs = [];
    let current = [];
    let index = 0;
    const flush = () => {
        const body = current.join('\n');
        current = [];
        const meaningful = body.split('\n').some(l => l.trim() !== '' && !l.trimStart().startsWith('#'));
        if (meaningful)
            docs.push({ source: SOURCE_RE.exec(body)?.[1] ?? '', index: index++, text: body });
    };
    for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
        if (/^---(\s|$)/.test(line)) {
            flush();
            // `--- # Source: x` and `--- {inline: doc}` keep what follows the marker.
            const rest = line.slice(3).trim();
            if (rest)
                current.push(rest);
        }
        else if (/^\.\.\.\s*$/.test(line)) {
            flush();
        }
        else {
            current.push(line);
        }
    }
    flush();
    return docs;
}
function toObject(doc, source, index) {
    const meta = isRecord(doc['metadata']) ? doc['metadata'] : {};
    const kind = str(doc['kind']);
    const name = str(meta['name']);
    return {
        apiVersion: str(doc['apiVersion']),
        kind,
        name,
        namespace: str(meta['namespace']),
        source,
        index,
        id: `${kind || '<no kind>'}/${name || '<no name>'}`,
        doc
    };
}
/** Every document parsed; a document that is not YAML or not a mapping becomes an error entry. */
function parseManifest(text) {
    const objects = [];
    const errors = [];
    for (const raw of splitDocuments(text)) {
        let value;
        try {
            value = parseYamlDocument(raw.text);
        }
        catch (err) {
            errors.push({ source: raw.source, index: raw.index, message: firstLine(err.message) });
            continue;
        }
        if (value === null || value === undefined)
            continue;
        if (!isRecord(value)) {
            errors.push({
                source: raw.source,
                index: raw.index,
                message: `document is a ${Array.isArray(value) ? 'list' : typeof value}, not a Kubernetes object`
            });
            continue;
        }
        // A `kind: List` (kubectl style) carries its objects in items.
        if (value['kind'] === 'List' && Array.isArray(value['items'])) {
            for (const item of value['items']) {
                if (isRecord(item))
                    objects.push(toObject(item, raw.source, raw.index));
                else
                    errors.push({ source: raw.source, index: raw.index, message: 'a List item is not an object' });
            }
            continue;
        }
        objects.push(toObject(value, raw.source, raw.index));
    }
    return { objects, errors };
}
function firstLine(s) {
    return s.split('\n')[0] ?? s;
}
/** Kind → count, sorted by kind, for the `kinds` output. */
function countKinds(objects) {
    const counts = {};
    for (const o of [...objects].sort((a, b) => a.kind.localeCompare(b.kind)))
        counts[o.kind] = (counts[o.kind] ?? 0) + 1;
    return counts;
}
/** `frontdoor/templates/x.yaml` → `templates/x.yaml` (path inside the chart), '' when unknown. */
function templatePathInChart(source) {
    const i = source.indexOf('/');
    return i > 0 ? source.slice(i + 1) : '';
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/chartSource.ts
/**
 * What the action needs to know about the chart's source directory before running helm: its
 * metadata, whether `helm dependency build` is needed, and what the package must carry over.
 */





function parseChartYaml(text, where) {
    let doc;
    try {
        doc = parseYamlDocument(text);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`${where} is not valid YAML: ${err.message.split('\n')[0]}`);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new errors/* UserError */.yo(`${where} is not a YAML mapping`);
    const d = doc;
    const name = str(d['name']);
    if (!name)
        throw new errors/* UserError */.yo(`${where} has no name`);
    const deps = Array.isArray(d['dependencies']) ? d['dependencies'] : [];
    return {
        name,
        version: str(d['version']),
        appVersion: str(d['appVersion']),
        dependencies: deps.map(x => {
            const r = (typeof x === 'object' && x !== null ? x : {});
            return { name: str(r['name']), version: str(r['version']), repository: str(r['repository']) };
        })
    };
}
function countFiles(dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return 0;
    let n = 0;
    for (const e of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }))
        n += e.isDirectory() ? countFiles(external_node_path_.join(dir, e.name)) : 1;
    return n;
}
function readChartSource(dir) {
    const meta = parseChartYaml((0,external_node_fs_.readFileSync)(external_node_path_.join(dir, 'Chart.yaml'), 'utf8'), `${dir}/Chart.yaml`);
    return {
        dir,
        ...meta,
        hasValues: (0,external_node_fs_.existsSync)(external_node_path_.join(dir, 'values.yaml')),
        hasSchema: (0,external_node_fs_.existsSync)(external_node_path_.join(dir, 'values.schema.json')),
        templateCount: countFiles(external_node_path_.join(dir, 'templates'))
    };
}
/**
 * `helm dependency build` is needed when a declared dependency has neither a packaged
 * `charts/<name>-*.tgz` nor an unpacked `charts/<name>/` yet; skipping it otherwise saves a helm
 * process (and a network round trip) per run.
 */
function needsDependencyBuild(dir, deps) {
    if (deps.length === 0)
        return false;
    const chartsDir = external_node_path_.join(dir, 'charts');
    const present = (0,external_node_fs_.existsSync)(chartsDir) ? (0,external_node_fs_.readdirSync)(chartsDir) : [];
    return deps.some(d => {
        const unpacked = external_node_path_.join(chartsDir, d.name, 'Chart.yaml');
        // `<name>-<version>.tgz`; the digit check keeps `redis` from matching `redis-cluster-1.0.0.tgz`.
        const packed = present.some(f => f.startsWith(`${d.name}-`) &&
            /^v?\d/.test(f.slice(d.name.length + 1)) &&
            f.endsWith('.tgz') &&
            (0,external_node_fs_.statSync)(external_node_path_.join(chartsDir, f)).isFile());
        return !packed && !(0,external_node_fs_.existsSync)(unpacked);
    });
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
;// CONCATENATED MODULE: ./src/lib/tgz.ts
/**
 * Reading (and deterministically writing) gzip-compressed tar archives in-process: checking a
 * chart package's contents should not spawn `tar`.
 *
 * Reading is node-tar's Parser (ustar, PAX, GNU long names and long link names, GNU base-256
 * numbers, GNU-format headers whose atime/ctime sit where ustar keeps its prefix) over a buffer
 * gunzipped with node:zlib under a size limit (a zip bomb stops at `maxBytes`, helm's own
 * 100 MiB chart limit by default). On top of node-tar, two checks it does not make: a file whose
 * data is shorter than its header says, and an archive without its end-of-archive block, are
 * reported as truncated (Go's archive/tar, which helm uses, fails on both).
 *
 * Writing stays a loop of ours around node-tar's Header and Pax encoders: node-tar's Pack reads
 * files from disk (or streams asynchronously), while a package rewrite needs in-memory entries,
 * fixed owner/mtime and a synchronous result; and no library writes the gzip header fields
 * (FEXTRA, FCOMMENT) helm's packages carry, hence gzipDeterministic.
 */




const BLOCK = 512;
/** Helm's limit for a decompressed chart (MaxDecompressedChartSize). */
const MAX_DECOMPRESSED_BYTES = 100 * 1024 * 1024;
function typeOf(t) {
    switch (t) {
        case 'File':
        case 'OldFile':
        case 'ContiguousFile':
            return 'file';
        case 'Directory':
            return 'directory';
        case 'SymbolicLink':
            return 'symlink';
        case 'Link':
            return 'hardlink';
        default:
            return 'other';
    }
}
/** Entries of an uncompressed tar stream. Throws a UserError naming `what` when it is corrupt. */
function readTar(tar, what = 'archive') {
    const entries = [];
    let failure;
    let short;
    const parser = new index_min/* Parser */.iX({
        strict: true,
        onReadEntry: (e) => {
            const chunks = [];
            e.on('data', (c) => chunks.push(c));
            e.on('end', () => {
                const data = Buffer.concat(chunks);
                const size = e.size ?? 0;
                if (data.length < size && !short)
                    short = e.path;
                entries.push({
                    name: e.path,
                    type: typeOf(e.type),
                    mode: e.mode ?? 0,
                    size,
                    mtime: e.mtime ? Math.floor(e.mtime.getTime() / 1000) : 0,
                    linkName: e.linkpath ?? '',
                    data
                });
            });
        }
    });
    parser.on('error', (err) => {
        failure ??= err.message.replace(/^TAR_[A-Z_]+: /, '');
    });
    parser.on('warn', (code, message) => {
        failure ??= `${code}: ${typeof message === 'string' ? message : message.message}`;
    });
    parser.write(tar);
    parser.end();
    if (failure && /^Truncated input/.test(failure))
        throw new errors/* UserError */.yo(`${what} is truncated`);
    if (failure)
        throw new errors/* UserError */.yo(`${what} is not a valid tar archive: ${failure}`);
    if (short)
        throw new errors/* UserError */.yo(`${what} is truncated (inside ${short})`);
    // The end-of-archive marker (zero blocks) every writer emits, helm's included; without it the
    // archive was cut off, possibly right after a header node-tar was still waiting to complete.
    const tail = tar.length % BLOCK;
    const lastBlock = tar.subarray(tar.length - tail - BLOCK, tar.length - tail);
    if (tail && !tar.subarray(tar.length - tail).every(b => b === 0))
        throw new errors/* UserError */.yo(`${what} is truncated`);
    if (tar.length > 0 && (lastBlock.length < BLOCK || !lastBlock.every(b => b === 0)))
        throw new errors/* UserError */.yo(`${what} is truncated (no end-of-archive block)`);
    return entries;
}
/** Entries of a .tgz, decompressed up to `maxBytes`. */
function readTgz(tgz, what = 'archive', o = {}) {
    const maxBytes = o.maxBytes ?? MAX_DECOMPRESSED_BYTES;
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(tgz, { maxOutputLength: maxBytes });
    }
    catch (err) {
        if (err.code === 'ERR_BUFFER_TOO_LARGE')
            throw new errors/* UserError */.yo(`${what} decompresses to more than ${Math.round(maxBytes / 1024 / 1024)} MiB (helm's chart size limit); refusing it`);
        throw new errors/* UserError */.yo(`${what} is not gzip-compressed: ${err.message}`);
    }
    return readTar(tar, what);
}
function pad(size) {
    const rest = size % BLOCK;
    return Buffer.alloc(rest ? BLOCK - rest : 0);
}
/**
 * A tar stream with fixed owner (0/0), the given mtime for every entry and no user/group names,
 * so the same entries always give the same bytes. Headers are node-tar's encoding (ustar, with
 * a PAX header when a name does not fit).
 */
function writeTar(entries, mtime) {
    const parts = [];
    const when = new Date(mtime * 1000);
    for (const e of entries) {
        const data = e.type === 'file' ? (e.data ?? Buffer.alloc(0)) : Buffer.alloc(0);
        const fields = {
            path: e.name,
            mode: e.mode,
            uid: 0,
            gid: 0,
            size: data.length,
            mtime: when,
            type: e.type === 'file' ? 'File' : 'Directory',
            uname: '',
            gname: ''
        };
        const h = new index_min/* Header */.Y9(fields);
        const block = Buffer.alloc(BLOCK);
        if (h.encode(block, 0)) {
            // needPax: the name does not fit ustar's 100 + 155 bytes.
            parts.push(new index_min/* Pax */.un({ path: e.name }, false).encode());
        }
        parts.push(block, data, pad(data.length));
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
    return Buffer.concat([head, ...fields, (0,external_node_zlib_.deflateRawSync)(data, { level: 6 }), trailer]);
}
/** A deterministic .tgz of `entries`, every entry stamped with `mtime`. */
function writeTgz(entries, mtime, header = {}) {
    return gzipDeterministic(writeTar(entries, mtime), header);
}
/** CRC-32 for the gzip trailer: node:zlib's (Node ≥ 22.2; this project needs Node 24). */
function crc32(data) {
    return external_node_zlib_.crc32(data);
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

// EXTERNAL MODULE: ./src/lib/summary.ts
var summary = __webpack_require__(1119);
;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/report.ts
/**
 * Findings → GitHub annotations on the template that produced them, and the job summary.
 * Rendered output has no line numbers of its own; the annotation points at the template's
 * `kind:` line when the template states the kind literally, else at line 1.
 */




class TemplateLocator {
    chartDir;
    workspace;
    cache = new Map();
    constructor(chartDir, workspace) {
        this.chartDir = chartDir;
        this.workspace = workspace;
    }
    read(abs) {
        if (!this.cache.has(abs))
            this.cache.set(abs, (0,external_node_fs_.existsSync)(abs) ? (0,external_node_fs_.readFileSync)(abs, 'utf8') : undefined);
        return this.cache.get(abs);
    }
    /** `inChart` is a path inside the chart (`templates/service.yaml`); '' means Chart.yaml. */
    locate(inChart, kind = '') {
        const rel = inChart && !inChart.endsWith('/') ? inChart : 'Chart.yaml';
        const abs = external_node_path_.join(this.chartDir, rel);
        const text = this.read(abs);
        // A template of a packaged subchart is not on disk: annotate without a file.
        if (text === undefined)
            return {};
        let line = 1;
        if (kind) {
            const idx = text.split('\n').findIndex(l => new RegExp(`^\\s*kind:\\s*["']?${kind}["']?\\s*$`).test(l));
            if (idx >= 0)
                line = idx + 1;
        }
        return { file: external_node_path_.relative(this.workspace, abs).split(external_node_path_.sep).join('/'), line };
    }
    forFinding(f) {
        if (f.check === 'lint')
            return this.locate(f.source);
        const kind = f.object.split('/')[0] ?? '';
        return this.locate(f.source ? templatePathInChart(f.source) : '', kind);
    }
}
/** GitHub shows only the first few annotations per step; the rest stay in the log and summary. */
const MAX_ANNOTATIONS = 50;
/**
 * strict: findings keep their level. warn: everything becomes a warning (nothing fails).
 * off: the workload policy was not run; what is left is reported as warnings.
 */
function annotationLevel(f, policy) {
    return policy === 'strict' ? f.level : 'warning';
}
function emitAnnotations(sink, findings, locator, policy) {
    findings.slice(0, MAX_ANNOTATIONS).forEach(f => {
        const loc = locator.forFinding(f);
        const props = { title: `${f.check}${f.object ? ` (${f.object})` : ''}` };
        if (loc.file) {
            props.file = loc.file;
            props.startLine = loc.line ?? 1;
        }
        if (annotationLevel(f, policy) === 'error')
            sink.error(f.message, props);
        else
            sink.warning(f.message, props);
    });
    if (findings.length > MAX_ANNOTATIONS)
        sink.info(`${findings.length - MAX_ANNOTATIONS} more findings are listed in the job summary`);
}
const MAX_SUMMARY_ROWS = 200;
function summaryMarkdown(facts, findings, locator) {
    const errors = findings.filter(f => f.level === 'error').length;
    const warnings = findings.length - errors;
    const s = new summary/* SummaryBuilder */.CF().heading(`Helm chart ${facts.chartName} ${facts.chartVersion}: ${facts.result}`);
    s.facts([
        ['Result', facts.result],
        [
            'Findings',
            `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (policy ${facts.policy})`
        ],
        ['Chart', `${facts.chartName} ${facts.chartVersion} (app ${facts.appVersion || '-'})`],
        ['Package', (0,summary/* code */.aY)(facts.packagePath)],
        ['Digest', (0,summary/* code */.aY)(facts.digest) + (facts.reproducible ? ' (reproducible)' : '')],
        ['Values', facts.valuesFiles.map(summary/* code */.aY).join(' ')],
        [
            'Kinds',
            Object.entries(facts.kinds)
                .map(([k, n]) => `${k} ${n}`)
                .join(', ')
        ],
        ['Rendered manifest', (0,summary/* code */.aY)(facts.manifestPath)],
        ['Helm', facts.helm]
    ]);
    if (findings.length) {
        const rows = findings.slice(0, MAX_SUMMARY_ROWS).map(f => {
            const loc = locator.forFinding(f);
            return [f.level, f.check, f.object, loc.file ? `${loc.file}:${loc.line ?? 1}` : f.source, f.message];
        });
        s.table(['Level', 'Check', 'Object', 'Template', 'Message'], rows);
        if (findings.length > MAX_SUMMARY_ROWS)
            s.add(`… and ${findings.length - MAX_SUMMARY_ROWS} more (see the log).`);
    }
    return s.toString();
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/verify.ts
/**
 * The checks over a parsed render: structure, cross-resource consistency and workload policy.
 * Pure: objects in, findings out. Each finding names its check, the object and the template
 * (`# Source:`) it came from, so main can turn it into an annotation on the right file.
 */


const LONG_RUNNING = new Set([
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'ReplicationController'
]);
const WORKLOAD_KINDS = new Set([...LONG_RUNNING, 'Job', 'CronJob', 'Pod']);
function isTestHook(o) {
    const hooks = strMap(rec(rec(o.doc['metadata'])['annotations']))['helm.sh/hook'] ?? '';
    return hooks
        .split(',')
        .map(s => s.trim())
        .some(h => h === 'test' || h === 'test-success');
}
function podTemplateOf(o, defaultNamespace) {
    if (!WORKLOAD_KINDS.has(o.kind))
        return undefined;
    let tpl;
    if (o.kind === 'Pod')
        tpl = o.doc;
    else if (o.kind === 'CronJob')
        tpl = rec(rec(rec(rec(o.doc['spec'])['jobTemplate'])['spec'])['template']);
    else
        tpl = rec(rec(o.doc['spec'])['template']);
    return {
        owner: o,
        namespace: o.namespace || defaultNamespace,
        labels: strMap(rec(tpl['metadata'])['labels']),
        spec: rec(tpl['spec']),
        longRunning: LONG_RUNNING.has(o.kind),
        testHook: isTestHook(o)
    };
}
function isEmptySelector(selector) {
    return (Object.keys(strMap(selector['matchLabels'])).length === 0 &&
        arr(selector['matchExpressions']).length === 0);
}
function containersOf(spec) {
    const out = [];
    for (const c of arr(spec['initContainers']))
        out.push({ c: rec(c), name: String(rec(c)['name'] ?? '?'), init: true });
    for (const c of arr(spec['containers']))
        out.push({ c: rec(c), name: String(rec(c)['name'] ?? '?'), init: false });
    return out;
}
/** An IAM role ARN as IRSA expects it: partition, 12-digit account, role/ with an optional path. */
const IAM_ROLE_ARN = /^arn:aws(?:-cn|-us-gov|-iso|-iso-[a-z])?:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const IRSA_ANNOTATION = 'eks.amazonaws.com/role-arn';
/** Tags that are moved by design (the seed's `<image>-latest` included). */
const MUTABLE_TAGS = new Set([
    'latest',
    'main',
    'master',
    'stable',
    'edge',
    'nightly',
    'dev',
    'develop',
    'head'
]);
/** Splits `registry:5000/repo:tag@sha256:…` into its tag and digest ('' when absent). */
function parseImageRef(image) {
    let rest = image.trim();
    let digest = '';
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag = '';
    const colon = rest.lastIndexOf(':');
    // A colon after the last slash separates the tag; before it, it is a registry port.
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { name: rest, tag, digest };
}
function isMutableTag(tag) {
    const t = tag.toLowerCase();
    return t === '' || MUTABLE_TAGS.has(t) || t.endsWith('-latest');
}
class Collector {
    findings = [];
    add(level, check, o, message) {
        this.findings.push({ level, check, message, object: o ? o.id : '', source: o ? o.source : '' });
    }
}
function verifyManifest(objects, options) {
    const out = new Collector();
    const ns = options.namespace ?? 'default';
    const nsOf = (o) => o.namespace || ns;
    checkStructure(objects, options, out);
    const pods = objects.map(o => podTemplateOf(o, ns)).filter((p) => p !== undefined);
    // Services, PDBs and Ingresses route to long-running pods; hook pods are not traffic targets.
    const servedPods = pods.filter(p => !p.testHook && !hasHook(p.owner));
    checkWorkloadSelectors(pods, out);
    checkServices(objects, servedPods, nsOf, out);
    checkIngresses(objects, nsOf, out);
    checkServiceAccounts(objects, pods, options.externalServiceAccounts ?? [], out);
    checkIrsa(objects, out);
    checkPdbs(objects, servedPods, nsOf, out);
    checkHpas(objects, nsOf, out);
    if (options.workloadPolicy !== false)
        for (const p of pods)
            checkWorkloadPolicy(p, out);
    return out.findings;
}
function hasHook(o) {
    return strMap(rec(rec(o.doc['metadata'])['annotations']))['helm.sh/hook'] !== undefined;
}
function checkStructure(objects, options, out) {
    const kinds = new Set(objects.map(o => o.kind));
    for (const k of options.requiredKinds) {
        if (!kinds.has(k))
            out.add('error', 'required-kinds', undefined, `the render has no ${k} (required-kinds: ${options.requiredKinds.join(',')})`);
    }
    const seen = new Map();
    for (const o of objects) {
        const missing = [!o.apiVersion && 'apiVersion', !o.kind && 'kind', !o.name && 'metadata.name'].filter(Boolean);
        if (missing.length)
            out.add('error', 'object-fields', o, `document ${o.index + 1} has no ${missing.join(', ')}`);
        if (!o.kind || !o.name)
            continue;
        const key = `${o.kind}/${o.namespace}/${o.name}`;
        const first = seen.get(key);
        if (first) {
            out.add('error', 'duplicate', o, `${o.id} is defined twice (also in ${first.source || `document ${first.index + 1}`})`);
        }
        else
            seen.set(key, o);
    }
}
function checkWorkloadSelectors(pods, out) {
    for (const p of pods) {
        if (p.owner.kind === 'Pod' || p.owner.kind === 'Job' || p.owner.kind === 'CronJob')
            continue;
        const sel = rec(rec(p.owner.doc['spec'])['selector']);
        if (isEmptySelector(sel)) {
            out.add('error', 'workload-selector', p.owner, `${p.owner.id} has no spec.selector`);
        }
        else if (!selectorMatches(sel, p.labels)) {
            out.add('error', 'workload-selector', p.owner, `${p.owner.id}: spec.selector does not match its pod template labels`);
        }
    }
}
function portRef(v) {
    if (typeof v === 'number')
        return { number: v };
    if (typeof v === 'string' && /^\d+$/.test(v))
        return { number: Number(v) };
    if (typeof v === 'string' && v)
        return { name: v };
    return {};
}
function describePort(p) {
    return p.name !== undefined ? `"${p.name}"` : String(p.number);
}
function checkServices(objects, pods, nsOf, out) {
    for (const svc of objects.filter(o => o.kind === 'Service')) {
        const spec = rec(svc.doc['spec']);
        if (spec['type'] === 'ExternalName')
            continue;
        const selector = strMap(spec['selector']);
        // No selector means endpoints are managed elsewhere (a deliberate pattern), not a mistake.
        if (Object.keys(selector).length === 0)
            continue;
        const selected = pods.filter(p => p.namespace === nsOf(svc) && selectorMatches(selector, p.labels, true));
        if (selected.length === 0) {
            const wanted = Object.entries(selector)
                .map(([k, v]) => `${k}=${v}`)
                .join(',');
            out.add('error', 'service-selector', svc, `${svc.id} selects no pods of any workload in the render (selector ${wanted})`);
            continue;
        }
        for (const port of arr(spec['ports'])) {
            const p = rec(port);
            const target = portRef(p['targetPort'] ?? p['port']);
            if (target.number === undefined && target.name === undefined)
                continue;
            const ok = selected.some(pod => containersOf(pod.spec)
                .filter(c => !c.init)
                .some(c => arr(c.c['ports']).some(cp => {
                const q = rec(cp);
                return target.name !== undefined
                    ? q['name'] === target.name
                    : Number(q['containerPort']) === target.number;
            })));
            if (!ok) {
                const owners = [...new Set(selected.map(s => s.owner.id))].join(', ');
                out.add('error', 'service-target-port', svc, `${svc.id} port ${String(p['name'] ?? p['port'])} targets ${describePort(target)}, which no container of ${owners} exposes`);
            }
        }
    }
}
function ingressBackends(spec) {
    const backends = [];
    const def = rec(spec['defaultBackend'] ?? spec['backend']);
    if (Object.keys(def).length)
        backends.push(def);
    for (const rule of arr(spec['rules']))
        for (const p of arr(rec(rec(rule)['http'])['paths']))
            backends.push(rec(rec(p)['backend']));
    const out = [];
    for (const b of backends) {
        const svc = rec(b['service']);
        if (Object.keys(svc).length) {
            const port = rec(svc['port']);
            out.push({
                service: String(svc['name'] ?? ''),
                port: port['name'] !== undefined ? { name: String(port['name']) } : portRef(port['number'])
            });
        }
        else if (b['serviceName'] !== undefined) {
            // extensions/v1beta1 and networking.k8s.io/v1beta1 shape.
            out.push({ service: String(b['serviceName']), port: portRef(b['servicePort']) });
        }
    }
    return out;
}
function checkIngresses(objects, nsOf, out) {
    const services = objects.filter(o => o.kind === 'Service');
    for (const ing of objects.filter(o => o.kind === 'Ingress')) {
        for (const b of ingressBackends(rec(ing.doc['spec']))) {
            const svc = services.find(s => s.name === b.service && nsOf(s) === nsOf(ing));
            if (!svc) {
                out.add('error', 'ingress-backend', ing, `${ing.id} routes to Service "${b.service}", which is not in the render`);
                continue;
            }
            const ports = arr(rec(svc.doc['spec'])['ports']).map(rec);
            const ok = b.port.name !== undefined
                ? ports.some(p => p['name'] === b.port.name)
                : ports.some(p => Number(p['port']) === b.port.number);
            if (b.port.name === undefined && b.port.number === undefined) {
                out.add('error', 'ingress-backend', ing, `${ing.id} routes to Service "${b.service}" without a port`);
            }
            else if (!ok) {
                out.add('error', 'ingress-backend', ing, `${ing.id} routes to port ${describePort(b.port)} of Service "${b.service}", which has no such port`);
            }
        }
    }
}
function checkServiceAccounts(objects, pods, external, out) {
    const accounts = new Set(objects.filter(o => o.kind === 'ServiceAccount').map(o => o.name));
    for (const p of pods) {
        const name = String(p.spec['serviceAccountName'] ?? p.spec['serviceAccount'] ?? '');
        // The namespace's default account always exists; policy on using it is a separate matter.
        if (!name || name === 'default')
            continue;
        if (!accounts.has(name) && !external.includes(name)) {
            out.add('error', 'service-account', p.owner, `${p.owner.id} runs as ServiceAccount "${name}", which is not in the render (declare it in external-service-accounts if it exists outside the chart)`);
        }
    }
}
function checkIrsa(objects, out) {
    for (const sa of objects.filter(o => o.kind === 'ServiceAccount')) {
        const annotations = strMap(rec(sa.doc['metadata'])['annotations']);
        if (!(IRSA_ANNOTATION in annotations))
            continue;
        const arn = annotations[IRSA_ANNOTATION].trim();
        if (!IAM_ROLE_ARN.test(arn)) {
            out.add('error', 'irsa-role-arn', sa, `${sa.id}: ${IRSA_ANNOTATION} "${arn}" is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>)`);
        }
    }
}
function checkPdbs(objects, pods, nsOf, out) {
    for (const pdb of objects.filter(o => o.kind === 'PodDisruptionBudget')) {
        const sel = rec(rec(pdb.doc['spec'])['selector']);
        if (isEmptySelector(sel)) {
            out.add('error', 'pdb-target', pdb, `${pdb.id} has an empty selector (it would cover every pod in the namespace)`);
            continue;
        }
        if (!pods.some(p => p.namespace === nsOf(pdb) && selectorMatches(sel, p.labels))) {
            out.add('error', 'pdb-target', pdb, `${pdb.id} selects no pods of any workload in the render`);
        }
    }
}
function checkHpas(objects, nsOf, out) {
    for (const hpa of objects.filter(o => o.kind === 'HorizontalPodAutoscaler')) {
        const ref = rec(rec(hpa.doc['spec'])['scaleTargetRef']);
        const kind = String(ref['kind'] ?? '');
        const name = String(ref['name'] ?? '');
        if (!objects.some(o => o.kind === kind && o.name === name && nsOf(o) === nsOf(hpa))) {
            out.add('error', 'hpa-target', hpa, `${hpa.id} scales ${kind || '<no kind>'}/${name || '<no name>'}, which is not in the render`);
        }
    }
}
/** Effective securityContext value: the container's setting wins over the pod's. */
function effective(pod, c, key) {
    const cv = rec(c['securityContext'])[key];
    return cv !== undefined ? cv : rec(pod['securityContext'])[key];
}
function checkWorkloadPolicy(p, out) {
    const o = p.owner;
    const spec = p.spec;
    const where = (c) => `${o.id} ${c.init ? 'init container' : 'container'} "${c.name}"`;
    for (const key of ['hostNetwork', 'hostPID', 'hostIPC']) {
        if (spec[key] === true)
            out.add('error', 'host-access', o, `${o.id} sets ${key}: true`);
    }
    for (const v of arr(spec['volumes'])) {
        if (rec(v)['hostPath'] !== undefined)
            out.add('error', 'host-access', o, `${o.id} mounts hostPath volume "${String(rec(v)['name'] ?? '?')}"`);
    }
    const podSc = rec(spec['securityContext']);
    const podSeccomp = rec(podSc['seccompProfile'])['type'];
    for (const c of containersOf(spec)) {
        const sc = rec(c.c['securityContext']);
        if (sc['privileged'] === true)
            out.add('error', 'privileged', o, `${where(c)} is privileged`);
        for (const port of arr(c.c['ports'])) {
            if (rec(port)['hostPort'] !== undefined)
                out.add('error', 'host-access', o, `${where(c)} binds hostPort ${String(rec(port)['hostPort'])}`);
        }
        // Pod Security Standards "restricted".
        if (effective(spec, c.c, 'runAsNonRoot') !== true)
            out.add('error', 'security-context', o, `${where(c)} does not set runAsNonRoot: true`);
        if (effective(spec, c.c, 'runAsUser') === 0)
            out.add('error', 'security-context', o, `${where(c)} runs as UID 0`);
        if (sc['allowPrivilegeEscalation'] !== false)
            out.add('error', 'security-context', o, `${where(c)} does not set allowPrivilegeEscalation: false`);
        const caps = rec(sc['capabilities']);
        if (!arr(caps['drop']).map(String).includes('ALL'))
            out.add('error', 'security-context', o, `${where(c)} does not drop ALL capabilities`);
        const added = arr(caps['add'])
            .map(String)
            .filter(a => a !== 'NET_BIND_SERVICE');
        if (added.length)
            out.add('error', 'security-context', o, `${where(c)} adds capabilities ${added.join(', ')} (restricted allows only NET_BIND_SERVICE)`);
        const seccomp = rec(sc['seccompProfile'])['type'] ?? podSeccomp;
        if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') {
            out.add('error', 'security-context', o, `${where(c)} has no seccompProfile RuntimeDefault or Localhost`);
        }
        if (sc['readOnlyRootFilesystem'] !== true && !p.testHook) {
            out.add('warning', 'read-only-root-filesystem', o, `${where(c)} does not set readOnlyRootFilesystem: true`);
        }
        const image = String(c.c['image'] ?? '');
        if (!image)
            out.add('error', 'image-tag', o, `${where(c)} has no image`);
        else {
            const ref = parseImageRef(image);
            if (!ref.digest && isMutableTag(ref.tag)) {
                out.add('error', 'image-tag', o, `${where(c)} uses image "${image}" with ${ref.tag ? `the mutable tag "${ref.tag}"` : 'no tag (means latest)'} and no digest; pin a version or @sha256 digest`);
            }
        }
        const resources = rec(c.c['resources']);
        const requests = rec(resources['requests']);
        const limits = rec(resources['limits']);
        const missing = [
            requests['cpu'] === undefined && 'requests.cpu',
            requests['memory'] === undefined && 'requests.memory',
            limits['memory'] === undefined && 'limits.memory'
        ].filter(Boolean);
        // Test pods are short-lived; missing sizing there is worth a note, not a failed build.
        if (missing.length)
            out.add(p.testHook ? 'warning' : 'error', 'resources', o, `${where(c)} has no ${missing.join(', ')}`);
        if (p.longRunning && !c.init) {
            for (const probe of ['readinessProbe', 'livenessProbe']) {
                if (c.c[probe] === undefined)
                    out.add('error', 'probes', o, `${where(c)} has no ${probe}`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/lib/digest.ts
/**
 * Content digests in the form registries and charts are addressed by (`sha256:<hex>`).
 * node:crypto is loaded on first use: an action failing input validation never needs it.
 */
function sha256Digest(body) {
    const { createHash } = process.getBuiltinModule('node:crypto');
    return 'sha256:' + createHash('sha256').update(body).digest('hex');
}

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/analyze.ts
/**
 * Everything heavy, in one lazily loaded chunk: the YAML parser, node:zlib (the archive),
 * node:crypto (the digest) and the checks. run.ts starts helm first and loads this while helm
 * works, so none of it sits before the first helm process or on the validation-failure path.
 */









/***/ })

};
;