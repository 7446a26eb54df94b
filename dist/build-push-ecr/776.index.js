"use strict";
exports.id = 776;
exports.ids = [776];
exports.modules = {

/***/ 6776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildFailureSummary: () => (/* binding */ buildFailureSummary),
  buildSummary: () => (/* binding */ buildSummary),
  formatBytes: () => (/* binding */ formatBytes)
});

;// CONCATENATED MODULE: ./src/lib/summary.ts
/**
 * Job summary building blocks (GitHub-flavoured Markdown). Pure string builders: the runtime
 * appends the result to GITHUB_STEP_SUMMARY.
 */
/** Escapes text for a Markdown table cell (pipes and newlines would break the row). */
function cell(value) {
    return String(value ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function code(value) {
    const s = String(value ?? '');
    return s ? '`' + s.replace(/`/g, "'") + '`' : '';
}
function table(header, rows) {
    const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    for (const r of rows)
        lines.push(`| ${r.map(cell).join(' | ')} |`);
    return lines.join('\n');
}
/** A two-column key/value table, the five-second read at the top of every summary. */
function facts(rows) {
    return table(['', ''], rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [`**${k}**`, v]));
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function codeBlock(text, lang = '') {
    return '```' + lang + '\n' + text.replace(/```/g, "'''") + '\n```';
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
class SummaryBuilder {
    parts = [];
    heading(text, level = 3) {
        this.parts.push(`${'#'.repeat(level)} ${text}`);
        return this;
    }
    add(markdown) {
        if (markdown)
            this.parts.push(markdown);
        return this;
    }
    facts(rows) {
        return this.add(facts(rows));
    }
    table(header, rows) {
        return rows.length ? this.add(table(header, rows)) : this;
    }
    details(summary, body) {
        return this.add(details(summary, body));
    }
    toString() {
        return this.parts.join('\n\n') + '\n';
    }
}

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/summary.ts
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
    const s = new SummaryBuilder()
        .heading(`build-push-ecr: ${r.skipped ? 'reused existing image' : r.digest ? 'built and pushed' : 'built (not pushed)'}`)
        .facts([
        ['Image', code(r.image)],
        ['Tag', code(r.tag)],
        ['Digest', code(r.digest)],
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
        ['Total', seconds(total)]
    ])
        .table(['Tag', 'Result'], r.tagReports.map(t => [code(t.tag), TAG_RESULT[t.result] ?? t.result]))
        .table(['Phase', 'Seconds'], r.phases.map(([name, ms]) => [name, (ms / 1000).toFixed(1)]));
    if (r.warnings.length)
        s.add(r.warnings.map(w => `> ⚠️ ${w}`).join('\n>\n'));
    return s.toString();
}
/** What a failed run knew (outputs set before the failure) and the error, for the job summary. */
function buildFailureSummary(known, err) {
    const message = err instanceof Error ? err.message : String(err);
    return new SummaryBuilder()
        .heading('build-push-ecr: failed')
        .facts([
        ['Image', code(known['image'])],
        ['Tag', code(known['tag'])]
    ])
        .add(codeBlock(message))
        .toString();
}


/***/ })

};
;