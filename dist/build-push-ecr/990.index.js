"use strict";
exports.id = 990;
exports.ids = [990];
exports.modules = {

/***/ 1990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildFailureSummary: () => (/* binding */ buildFailureSummary),
/* harmony export */   buildSummary: () => (/* binding */ buildSummary)
/* harmony export */ });
/* unused harmony export formatBytes */
/* harmony import */ var _src_lib_summary__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1119);
/* harmony import */ var _scanGate__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2018);
/** The job summary: what was pushed (or reused), where, and how long each phase took. */


function formatBytes(n) {
    if (n === undefined)
        return '';
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(1)} ${units[i]}`;
}
const TAG_RESULT = {
    pushed: 'pushed',
    moved: 'moved here',
    unchanged: 'already here',
    immutable: '⚠️ not moved (immutable repository)'
};
function buildSummary(r) {
    const total = r.phases.reduce((n, [, ms]) => n + ms, 0);
    const s = new _src_lib_summary__WEBPACK_IMPORTED_MODULE_1__/* .SummaryBuilder */ .CF()
        .heading(`build-push-ecr: ${r.skipped ? 'reused existing image' : r.digest ? 'built and pushed' : 'built (not pushed)'}`)
        .facts([
        ['Image', (0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.image)],
        ['Tag', (0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.tag)],
        ['Digest', (0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.digest)],
        ['Size', formatBytes(r.sizeBytes)],
        [
            'Result',
            r.skipped
                ? 'reused: the tag already existed, no build'
                : r.digest
                    ? 'built and pushed'
                    : 'built only (push: false)'
        ],
        ['Builder', r.builder ?? ''],
        ['Total', (0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(total)]
    ])
        .table(['Tag', 'Result'], r.tagReports.map(t => [(0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(t.tag), TAG_RESULT[t.result] ?? t.result]))
        .table(['Phase', 'Seconds'], r.phases.map(([name, ms]) => [name, (ms / 1000).toFixed(1)]));
    if (r.scan)
        s.add((0,_scanGate__WEBPACK_IMPORTED_MODULE_0__/* .scanSummary */ .yK)(r.scan));
    if (r.warnings.length)
        s.add(r.warnings.map(w => `> ⚠️ ${w}`).join('\n>\n'));
    return s.toString();
}
/** What a failed run knew (outputs set before the failure) and the error, for the job summary. */
function buildFailureSummary(known, err) {
    const message = err instanceof Error ? err.message : String(err);
    return new _src_lib_summary__WEBPACK_IMPORTED_MODULE_1__/* .SummaryBuilder */ .CF()
        .heading('build-push-ecr: failed')
        .facts([
        ['Image', (0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(known['image'])],
        ['Tag', (0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(known['tag'])]
    ])
        .add((0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(message))
        .toString();
}


/***/ })

};
;