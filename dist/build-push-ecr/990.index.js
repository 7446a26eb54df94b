"use strict";
exports.id = 990;
exports.ids = [990];
exports.modules = {

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
        ['Tag', (0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(known['tag'])],
        ['Scan', (0,_scanGate__WEBPACK_IMPORTED_MODULE_0__/* .scanFailureFact */ .GO)(known['scan-findings'])]
    ])
        .add((0,_src_lib_summary__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(message))
        .toString();
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