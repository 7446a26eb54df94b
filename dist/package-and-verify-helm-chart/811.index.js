"use strict";
exports.id = 811;
exports.ids = [811];
exports.modules = {

/***/ 8811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dependencySources: () => (/* binding */ dependencySources),
/* harmony export */   helmRegistryLoginArgs: () => (/* binding */ helmRegistryLoginArgs),
/* harmony export */   helmRepoAddArgs: () => (/* binding */ helmRepoAddArgs),
/* harmony export */   isLoopbackRegistry: () => (/* binding */ isLoopbackRegistry),
/* harmony export */   lockedDependencies: () => (/* binding */ lockedDependencies),
/* harmony export */   privateHelmConfig: () => (/* binding */ privateHelmConfig),
/* harmony export */   repoName: () => (/* binding */ repoName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _src_lib_manifest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5634);
/**
 * Before `helm dependency build`: the chart repositories its dependencies name must be known to
 * helm, as chart-testing does it. Every https repository of Chart.yaml and Chart.lock is added
 * (`helm repo add`) to a repository config private to this run under RUNNER_TEMP, never the
 * user's, with a CA file for repositories behind a private CA (never an insecure flag); OCI
 * registries get a `helm registry login` with the action's credentials (password on stdin)
 * into a private registry config. Pure argv and environment builders; run.ts runs them.
 */




/** The private helm config of one run (files helm creates on first use). */
function privateHelmConfig(dir) {
    return {
        HELM_REPOSITORY_CONFIG: node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'repositories.yaml'),
        HELM_REPOSITORY_CACHE: node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'repository-cache'),
        HELM_REGISTRY_CONFIG: node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'registry-config.json')
    };
}
/** Dependencies of Chart.lock (what `dependency build` fetches), when the chart has one. */
function lockedDependencies(chartDir) {
    const lock = node_path__WEBPACK_IMPORTED_MODULE_2__.join(chartDir, 'Chart.lock');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(lock))
        return [];
    const doc = (0,_src_lib_manifest__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlDocument */ .Iu)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(lock, 'utf8'));
    const deps = Array.isArray(doc?.['dependencies']) ? doc['dependencies'] : [];
    return deps.map(d => ({
        name: String(d['name'] ?? ''),
        version: String(d['version'] ?? ''),
        repository: String(d['repository'] ?? '')
    }));
}
function dependencySources(deps) {
    const repositories = new Set();
    const registries = new Set();
    const aliases = new Set();
    for (const d of deps) {
        const r = d.repository.trim();
        if (/^https?:\/\//.test(r))
            repositories.add(r.replace(/\/+$/, ''));
        else if (r.startsWith('oci://'))
            registries.add(r.slice('oci://'.length).split('/')[0]);
        else if (r.startsWith('@') || r.startsWith('alias:'))
            aliases.add(r.replace(/^@|^alias:/, ''));
    }
    return { repositories: [...repositories], registries: [...registries], aliases: [...aliases] };
}
/** A stable repository name for a URL (names only matter inside the private config). */
function repoName(url) {
    return `dep-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(url).digest('hex').slice(0, 12)}`;
}
function helmRepoAddArgs(url, caFile) {
    const args = ['repo', 'add', repoName(url), url, '--force-update'];
    if (caFile)
        args.push('--ca-file', caFile);
    return args;
}
/** A registry on the loopback interface (a local registry in CI or tests): plain HTTP, as Docker allows. */
function isLoopbackRegistry(host) {
    const name = host.replace(/:\d+$/, '');
    return name === 'localhost' || /^127(\.\d{1,3}){3}$/.test(name) || name === '[::1]';
}
function helmRegistryLoginArgs(host, username, caFile) {
    const args = ['registry', 'login', host, '--username', username, '--password-stdin'];
    if (isLoopbackRegistry(host))
        args.push('--plain-http');
    else if (caFile)
        args.push('--ca-file', caFile);
    return args;
}


/***/ }),

/***/ 5634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ parseYamlDocument),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   UH: () => (/* binding */ keyLinePattern),
/* harmony export */   tg: () => (/* binding */ templatePathInChart),
/* harmony export */   vw: () => (/* binding */ toObject),
/* harmony export */   xb: () => (/* binding */ countKinds)
/* harmony export */ });
/* unused harmony exports parseYamlLikeHelm, splitDocuments */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _kubeObject__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1005);
/**
 * Parses a multi-document render (`helm template`, a release's manifest) into Kubernetes objects,
 * each with the `# Source:` template path Helm writes above it, so findings and diffs can point
 * at the template that produced an object. Documents are split on column-0 `---` lines (inside
 * a block scalar such a line would be indented), so one broken document does not hide the rest.
 * js-yaml with the YAML 1.2 core schema: several times faster than the `yaml` package on renders
 * (this sits on the action's critical path), no timestamp or merge-key magic. Duplicate mapping
 * keys are parsed as Helm does (its YAML-to-JSON path keeps the last value, and the API server
 * receives valid JSON), and reported beside the object so a verifier can warn about them.
 */


/** Parses one YAML document strictly; throws on syntax errors and duplicate keys. */
function parseYamlDocument(text) {
    return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU });
}
const MAX_DUPLICATES = 100;
function keyAt(text, position) {
    const m = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\n:{},[\]]*?)\s*:(?:\s|$)/.exec(text.slice(position));
    if (!m || !m[1])
        return undefined;
    const k = m[1];
    if (k.startsWith('"'))
        return JSON.parse(k);
    if (k.startsWith("'"))
        return k.slice(1, -1).replace(/''/g, "'");
    return k;
}
/** Lines of `text` whose content starts with `key:` (block mappings, list items included). */
function keyLinePattern(key) {
    const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^\\s*(?:-\\s+)?(?:${esc}|"${esc}"|'${esc}')\\s*:(?:\\s|$)`);
}
/**
 * Parses one document as Helm does: duplicate keys keep the last value. js-yaml stops at the
 * first duplicate, so each one found is renamed in a scratch copy and the parse repeated, which
 * finds them all without a second YAML library; the value is then parsed from the original.
 */
function parseYamlLikeHelm(text) {
    const duplicates = [];
    let scratch = text;
    for (let i = 0; i <= MAX_DUPLICATES; i++) {
        try {
            const value = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(scratch, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU });
            if (!duplicates.length)
                return { value, duplicates };
            break;
        }
        catch (err) {
            const e = err;
            if (e.reason !== 'duplicated mapping key' || !e.mark || i === MAX_DUPLICATES)
                throw err;
            const key = keyAt(scratch, e.mark.position);
            if (key === undefined)
                throw err;
            const lines = text.split('\n');
            const pattern = keyLinePattern(key);
            const occurrence = lines.slice(0, e.mark.line + 1).filter(l => pattern.test(l)).length;
            duplicates.push({ key, line: e.mark.line + 1, occurrence: Math.max(occurrence, 1) });
            // The renamed key has the same line, so later marks keep pointing into the original text.
            scratch = `${scratch.slice(0, e.mark.position)}flygtaxi-dup-${i}-${scratch.slice(e.mark.position)}`;
        }
    }
    return { value: (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU, json: true }), duplicates };
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
    const meta = (0,_kubeObject__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(doc['metadata']) ? doc['metadata'] : {};
    const kind = (0,_kubeObject__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(doc['kind']);
    const name = (0,_kubeObject__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(meta['name']);
    return {
        apiVersion: (0,_kubeObject__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(doc['apiVersion']),
        kind,
        name,
        namespace: (0,_kubeObject__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(meta['namespace']),
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
    const duplicates = [];
    for (const raw of splitDocuments(text)) {
        let value;
        let dups;
        try {
            ({ value, duplicates: dups } = parseYamlLikeHelm(raw.text));
        }
        catch (err) {
            errors.push({ source: raw.source, index: raw.index, message: firstLine(err.message) });
            continue;
        }
        if (value === null || value === undefined)
            continue;
        if (!(0,_kubeObject__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value)) {
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
                if ((0,_kubeObject__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(item))
                    objects.push(toObject(item, raw.source, raw.index));
                else
                    errors.push({ source: raw.source, index: raw.index, message: 'a List item is not an object' });
            }
            continue;
        }
        const o = toObject(value, raw.source, raw.index);
        for (const d of dups)
            duplicates.push({ ...d, source: raw.source, index: raw.index, object: o.id });
        objects.push(o);
    }
    return { objects, errors, duplicates };
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


/***/ })

};
;