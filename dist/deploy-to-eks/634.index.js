"use strict";
exports.id = 634;
exports.ids = [634];
exports.modules = {

/***/ 1005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ metadataOf),
/* harmony export */   PC: () => (/* binding */ labelsOf),
/* harmony export */   de: () => (/* binding */ selectorMatches),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   n_: () => (/* binding */ helmReleaseOf),
/* harmony export */   qR: () => (/* binding */ strMap),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports rec, arr */
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


/***/ }),

/***/ 5634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseManifest: () => (/* binding */ parseManifest)
/* harmony export */ });
/* unused harmony exports parseYamlDocument, keyLinePattern, parseYamlLikeHelm, splitDocuments, toObject, countKinds, templatePathInChart */
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
    return load(text, { schema: CORE_SCHEMA });
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
            const value = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__.load)(scratch, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__.CORE_SCHEMA });
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
    return { value: (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__.load)(text, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__.CORE_SCHEMA, json: true }), duplicates };
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