"use strict";
exports.id = 232;
exports.ids = [232];
exports.modules = {

/***/ 9232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ emitAnnotations),
/* harmony export */   TemplateLocator: () => (/* binding */ TemplateLocator),
/* harmony export */   eH: () => (/* binding */ summaryMarkdown),
/* harmony export */   failureSummaryMarkdown: () => (/* binding */ failureSummaryMarkdown)
/* harmony export */ });
/* unused harmony exports MAX_ANNOTATIONS, annotationLevel, bySeverity, MAX_SUMMARY_ROWS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _src_lib_manifest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5634);
/* harmony import */ var _src_lib_summary__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1119);
/**
 * Findings → GitHub annotations on the template that produced them, and the job summary.
 * Rendered output has no line numbers of its own; the annotation points at the line a check
 * found (a duplicate key's line in the template), else at the template's `kind:` line when the
 * template states the kind literally, else at line 1. GitHub shows 10 error and 10 warning
 * annotations per step: the most severe go first, one notice says how many more the summary
 * holds. Exempted findings are not annotations; the summary lists them with their reason.
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
            this.cache.set(abs, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8') : undefined);
        return this.cache.get(abs);
    }
    /** `inChart` is a path inside the chart (`templates/service.yaml`); '' means Chart.yaml. */
    locate(inChart, kind = '') {
        const rel = inChart && !inChart.endsWith('/') ? inChart : 'Chart.yaml';
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.chartDir, rel);
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
        return { file: node_path__WEBPACK_IMPORTED_MODULE_1__.relative(this.workspace, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'), line };
    }
    /**
     * The template line of the `occurrence`-th `key:` line of a rendered document: the same
     * ordinal among the template's `key:` lines (the last one when the template has fewer, as
     * when a loop renders it), undefined when the template does not spell the key.
     */
    lineOfKey(source, key, occurrence) {
        const rel = (0,_src_lib_manifest__WEBPACK_IMPORTED_MODULE_2__/* .templatePathInChart */ .tg)(source);
        const text = rel ? this.read(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.chartDir, rel)) : undefined;
        if (text === undefined)
            return undefined;
        const pattern = (0,_src_lib_manifest__WEBPACK_IMPORTED_MODULE_2__/* .keyLinePattern */ .UH)(key);
        const lines = text
            .split('\n')
            .map((l, i) => (pattern.test(l) ? i + 1 : 0))
            .filter(n => n > 0);
        return lines.length ? lines[Math.min(occurrence, lines.length) - 1] : undefined;
    }
    forFinding(f) {
        if (f.check === 'lint')
            return this.locate(f.source);
        const kind = f.object.split('/')[0] ?? '';
        const loc = this.locate(f.source ? (0,_src_lib_manifest__WEBPACK_IMPORTED_MODULE_2__/* .templatePathInChart */ .tg)(f.source) : '', kind);
        return loc.file && f.line ? { ...loc, line: f.line } : loc;
    }
}
/** GitHub shows at most this many error and this many warning annotations per step. */
const MAX_ANNOTATIONS = { error: 10, warning: 10 };
/**
 * strict: findings keep their level. warn: everything becomes a warning (nothing fails).
 * off: the workload policy was not run; what is left is reported as warnings.
 */
function annotationLevel(f, policy) {
    return policy === 'strict' ? f.level : 'warning';
}
/** Most severe first (errors, then warnings, then exempted), stable within a level. */
function bySeverity(findings, policy) {
    // Effective level first, then the finding's own (under warn, former errors lead the warnings).
    const rank = (f) => f.exempted !== undefined
        ? 4
        : (annotationLevel(f, policy) === 'error' ? 0 : 2) + (f.level === 'error' ? 0 : 1);
    return findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
        .map(x => x.f);
}
function emitAnnotations(sink, findings, locator, policy) {
    const shown = { error: 0, warning: 0 };
    let more = 0;
    for (const f of bySeverity(findings, policy)) {
        if (f.exempted !== undefined)
            continue;
        const level = annotationLevel(f, policy);
        if (shown[level] >= MAX_ANNOTATIONS[level]) {
            more++;
            continue;
        }
        shown[level]++;
        const loc = locator.forFinding(f);
        const props = { title: `${f.check}${f.object ? ` (${f.object})` : ''}` };
        if (loc.file) {
            props.file = loc.file;
            props.startLine = loc.line ?? 1;
        }
        if (level === 'error')
            sink.error(f.message, props);
        else
            sink.warning(f.message, props);
    }
    const exempted = findings.filter(f => f.exempted !== undefined).length;
    if (more || exempted) {
        const parts = [
            more && `${more} more finding${more === 1 ? '' : 's'}`,
            exempted && `${exempted} exempted`
        ];
        sink.notice(`${parts.filter(Boolean).join(' and ')} in the job summary`, { title: 'package-and-verify' });
    }
}
const MAX_SUMMARY_ROWS = 200;
function summaryMarkdown(facts, findings, locator) {
    const active = findings.filter(f => f.exempted === undefined);
    const errors = active.filter(f => f.level === 'error').length;
    const warnings = active.length - errors;
    const exempted = findings.length - active.length;
    const s = new _src_lib_summary__WEBPACK_IMPORTED_MODULE_3__/* .SummaryBuilder */ .CF().heading(`Helm chart ${facts.chartName} ${facts.chartVersion}: ${facts.result}`);
    s.facts([
        ['Result', facts.result],
        [
            'Findings',
            `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}` +
                (exempted ? `, ${exempted} exempted` : '') +
                ` (policy ${facts.policy})`
        ],
        ['Chart', `${facts.chartName} ${facts.chartVersion} (app ${facts.appVersion || '-'})`],
        ['Package', (0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(facts.packagePath)],
        ['Digest', (0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(facts.digest) + (facts.reproducible ? ' (reproducible)' : '')],
        ['Values', facts.valuesFiles.map(_src_lib_summary__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY).join(' ')],
        [
            'Kinds',
            Object.entries(facts.kinds)
                .map(([k, n]) => `${k} ${n}`)
                .join(', ')
        ],
        ['Rendered manifest', (0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(facts.manifestPath)],
        ['Helm', facts.helm]
    ]);
    findingsTable(s, findings, locator, facts.policy);
    return s.toString();
}
function findingsTable(s, findings, locator, policy) {
    if (!findings.length)
        return;
    const rows = bySeverity(findings, policy)
        .slice(0, MAX_SUMMARY_ROWS)
        .map(f => {
        const loc = locator.forFinding(f);
        return [
            f.exempted !== undefined ? 'exempted' : f.level,
            f.check,
            f.object,
            loc.file ? `${loc.file}:${loc.line ?? 1}` : f.source,
            f.exempted !== undefined ? `${f.message} — exempted: ${f.exempted}` : f.message
        ];
    });
    s.table(['Level', 'Check', 'Object', 'Template', 'Message'], rows);
    if (findings.length > MAX_SUMMARY_ROWS)
        s.add(`… and ${findings.length - MAX_SUMMARY_ROWS} more (see the log).`);
}
/** The summary of a run that stopped before its verdict: which step failed, why, what was known. */
function failureSummaryMarkdown(facts, findings, locator) {
    const s = new _src_lib_summary__WEBPACK_IMPORTED_MODULE_3__/* .SummaryBuilder */ .CF().heading(`Helm chart ${facts.chart}: failed at ${facts.step}`);
    s.facts([
        ['Result', `failed at ${facts.step}`],
        ['Step', facts.step]
    ]);
    s.details(`Output of ${facts.step}`, '```\n' + facts.detail.replace(/```/g, "'''") + '\n```');
    findingsTable(s, findings, locator, facts.policy);
    return s.toString();
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