"use strict";
exports.id = 634;
exports.ids = [634];
exports.modules = {

/***/ 5634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseManifest: () => (/* binding */ parseManifest)
/* harmony export */ });
/* unused harmony exports parseYamlDocument, splitDocuments, toObject, countKinds, templatePathInChart */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _kubeObject__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1005);
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
    return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__.load)(text, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__.CORE_SCHEMA });
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


/***/ })

};
;