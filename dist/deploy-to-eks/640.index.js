"use strict";
exports.id = 640;
exports.ids = [640];
exports.modules = {

/***/ 5206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ imageRef),
/* harmony export */   E_: () => (/* binding */ helmUpgradeArgs),
/* harmony export */   RO: () => (/* binding */ helmOfflineRenderArgs),
/* harmony export */   S6: () => (/* binding */ helmRollbackArgs),
/* harmony export */   Ti: () => (/* binding */ helmValueArgs),
/* harmony export */   hh: () => (/* binding */ offlineHelmEnv),
/* harmony export */   kN: () => (/* binding */ helmUninstallArgs),
/* harmony export */   y4: () => (/* binding */ helmEnv)
/* harmony export */ });
/* unused harmony export chartArgs */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _src_lib_helm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7407);
/* harmony import */ var _src_lib_inputs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1662);
/**
 * Pure argv builders for the helm commands this action runs. Helm 4 and Helm 3 differ in the
 * wait and rollback flags (`--wait=watcher` / `--rollback-on-failure` vs `--wait` / `--atomic`);
 * everything else is shared. Values never pass through a shell: each is one argv element.
 */



function chartArgs(chart) {
    if (chart.kind === 'oci')
        return chart.version ? [chart.ref, '--version', chart.version] : [chart.ref];
    return [chart.path];
}
/** Values files, --set lines, then the image (so the image wins over a values file's default). */
function helmValueArgs(i) {
    const args = (0,_src_lib_helm__WEBPACK_IMPORTED_MODULE_1__/* .helmValuesArgs */ .md)(i.valuesFiles, i.set);
    const k = i.image.valuesKey;
    if (i.image.repository)
        args.push('--set', `${k}.repository=${i.image.repository}`);
    // --set-string: a tag such as 1.10 or 0123 must stay a string, not become a number.
    if (i.image.tag)
        args.push('--set-string', `${k}.tag=${i.image.tag}`);
    if (i.image.digest)
        args.push('--set-string', `${k}.digest=${i.image.digest}`);
    return args;
}
function waitArgs(major, wait) {
    if (!wait)
        return [];
    return major >= 4 ? ['--wait=watcher', '--wait-for-jobs'] : ['--wait', '--wait-for-jobs'];
}
/** `helm upgrade --install` for the real deploy (`dryRun` 'none') or a dry run. */
function helmUpgradeArgs(i, major, dryRun = 'none') {
    const args = ['upgrade', '--install', i.releaseName, ...chartArgs(i.chart), '--namespace', i.namespace];
    args.push(...helmValueArgs(i));
    if (dryRun !== 'none') {
        // A dry run renders and validates only; -o json returns the would-be release for comparison.
        args.push(`--dry-run=${dryRun}`, '--output', 'json');
        return args;
    }
    // No --create-namespace: namespace.ts creates it through the API, with Pod Security labels.
    args.push(...waitArgs(major, i.wait || i.rollbackOnFailure));
    args.push('--timeout', (0,_src_lib_inputs__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(i.timeoutSeconds));
    if (i.rollbackOnFailure)
        args.push(major >= 4 ? '--rollback-on-failure' : '--atomic');
    args.push('--cleanup-on-fail', '--history-max', String(i.historyMax));
    if (i.forceConflicts && major >= 4)
        args.push('--force-conflicts');
    args.push('--output', 'json');
    return args;
}
/**
 * The would-be release rendered offline (`helm install --dry-run=client -o json`: no cluster
 * connection, as `helm template` renders, but with the computed values in the output): what
 * `dry-run: diff` compares with the live revision.
 */
function helmOfflineRenderArgs(i) {
    return [
        'install',
        i.releaseName,
        ...chartArgs(i.chart),
        '--namespace',
        i.namespace,
        ...helmValueArgs(i),
        '--dry-run=client',
        '--output',
        'json'
    ];
}
function helmRollbackArgs(i, revision, major, wait) {
    return [
        'rollback',
        i.releaseName,
        String(revision),
        '--namespace',
        i.namespace,
        ...waitArgs(major, wait),
        '--timeout',
        (0,_src_lib_inputs__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(i.timeoutSeconds),
        '--history-max',
        String(i.historyMax)
    ];
}
function helmUninstallArgs(i, major) {
    return [
        'uninstall',
        i.releaseName,
        '--namespace',
        i.namespace,
        ...waitArgs(major, true).slice(0, 1),
        '--timeout',
        (0,_src_lib_inputs__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(i.timeoutSeconds)
    ];
}
/** The environment every helm call gets: the kubeconfig, and nothing from ~/.kube. */
function helmEnv(base, kubeconfigPath) {
    const env = { ...base, KUBECONFIG: kubeconfigPath };
    // helm would otherwise honour a stray HELM_KUBECONTEXT / HELM_NAMESPACE from the runner.
    delete env['HELM_KUBECONTEXT'];
    delete env['HELM_NAMESPACE'];
    return env;
}
/**
 * Environment for an offline render (`helm install --dry-run=client`, steps/diff.ts): no cluster.
 * helm reads KUBECONFIG even when it connects to nothing; the null device is an empty one.
 */
function offlineHelmEnv(base) {
    return helmEnv(base, node_os__WEBPACK_IMPORTED_MODULE_0__.devNull);
}
/** The image as the summary shows it: repository@digest, else repository:tag. */
function imageRef(image) {
    if (!image.repository)
        return image.digest || image.tag;
    if (image.digest)
        return `${image.repository}@${image.digest}`;
    return image.tag ? `${image.repository}:${image.tag}` : image.repository;
}


/***/ }),

/***/ 6098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ NO_ARTIFACT),
/* harmony export */   FU: () => (/* binding */ chartNameOf),
/* harmony export */   L4: () => (/* binding */ stateOf),
/* harmony export */   S5: () => (/* binding */ checkCancelled),
/* harmony export */   SZ: () => (/* binding */ initialResult),
/* harmony export */   WA: () => (/* binding */ ReleaseFailure),
/* harmony export */   Xo: () => (/* binding */ releaseManifest),
/* harmony export */   ku: () => (/* binding */ helmRun),
/* harmony export */   lY: () => (/* binding */ helmError),
/* harmony export */   px: () => (/* binding */ SECRET_VALUE_KEY),
/* harmony export */   ze: () => (/* binding */ artifactMoves)
/* harmony export */ });
/* unused harmony exports echoArgs, shortDigest */
/* harmony import */ var _src_lib_entry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8237);
/* harmony import */ var _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
/* harmony import */ var _src_lib_exec__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(766);
/* harmony import */ var _src_lib_untrusted__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(881);
/**
 * The one model of a release that deploy-to-eks's steps pass along (deploy.ts runs them):
 *
 *   steps/chart.ts    an oci:// chart pulled and checked against its digest (before anything)
 *   steps/read.ts     what is deployed: Helm's records, and what each revision records it runs
 *   steps/image.ts    the image to deploy can be read by this job, by digest (while read runs)
 *   steps/recover.ts  a release stuck in pending-* (left by a killed run)
 *   steps/plan.ts     skip-unchanged and the client/server dry runs
 *   steps/diff.ts     `dry-run: diff`, the line-level plan an approver reads
 *   steps/rollback.ts `rollback-to`: which stored revision comes back
 *   steps/source.ts   `dry-run: record`: what the deployed revision runs
 *   steps/apply.ts    helm upgrade --install (or helm rollback) with progress and rollback facts
 *   steps/verify.ts   after the rollout: the gates (gates/verify.ts)
 *   steps/record.ts   the record (image digest, chart digest, inputs fingerprint) on the revision
 *
 * A failure once the result is (partly) known is a ReleaseFailure carrying that partial result,
 * so the outputs and the summary still say what happened.
 */




const NO_ARTIFACT = { imageDigest: '', chartDigest: '', chartManifest: '', fingerprint: '' };
/** A step failed after the result was (partly) known: the outputs of `partial` are still true. */
class ReleaseFailure extends _src_lib_entry__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR {
    constructor(message, partial, details = []) {
        super(message, partial, details);
        this.name = 'ReleaseFailure';
    }
}
function stateOf(records) {
    return {
        records,
        latest: records[records.length - 1],
        deployed: [...records].reverse().find(r => r.status === 'deployed')
    };
}
/** The result before any step ran: what is there now. */
function initialResult(s, from) {
    return {
        ok: false,
        revision: s.latest ? String(s.latest.revision) : '',
        previousRevision: s.deployed ? String(s.deployed.revision) : '',
        status: s.latest?.status ?? '',
        changed: false,
        rolledBack: false,
        rolledBackTo: '',
        recovery: '',
        differences: [],
        from
    };
}
/** helm's message minus its "Error: " prefix and client-go's debug lines. */
function helmError(res) {
    const text = (0,_src_lib_exec__WEBPACK_IMPORTED_MODULE_2__/* .tail */ .RT)(res.stderr || res.stdout, 8)
        .split('\n')
        .filter(l => !/^level=(DEBUG|INFO)/.test(l))
        .join('\n');
    return text.replace(/^Error: /m, '');
}
/** Values keys that hold credentials by their name (a --set password=… must not be printed). */
const SECRET_VALUE_KEY = /pass(word|wd)?|secret|token|credential|private[-_]?key|api[-_]?key/i;
/** `--set` values whose key names a credential are never echoed (manifestDiff redacts them too). */
function echoArgs(args) {
    return args
        .map((a, n) => {
        const eq = a.indexOf('=');
        if (/^--set(-string|-literal|-json)?$/.test(args[n - 1] ?? '') &&
            eq > 0 &&
            SECRET_VALUE_KEY.test(a.slice(0, eq)))
            return `${a.slice(0, eq)}=***`;
        return /^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a);
    })
        .join(' ');
}
/** Runs helm with the cluster's environment, echoing the command line (values are argv elements). */
async function helmRun(d, args, what, stream = true, abort) {
    d.log.info((0,_src_lib_untrusted__WEBPACK_IMPORTED_MODULE_3__/* .untrustedText */ .Ui)(`$ helm ${echoArgs(args)}`));
    const res = await d.helm.run(args, {
        env: d.helmEnv,
        abort,
        onStderrLine: stream ? l => l.trim() && d.log.info((0,_src_lib_untrusted__WEBPACK_IMPORTED_MODULE_3__/* .untrustedText */ .Ui)(`  ${l}`)) : undefined
    });
    if (res.exitCode !== 0 && res.signal === null && !res.stderr && !res.stdout) {
        throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`helm ${what} exited with code ${res.exitCode} and no output`);
    }
    return res;
}
function checkCancelled(d, step) {
    if (d.cancelled?.())
        throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Cancelled before ${step}; the release was not changed by this step.`);
}
/** `sha256:abcdef123456…` for a summary line; '' stays ''. */
function shortDigest(digest) {
    return digest ? `${digest.slice(0, 19)}…` : '';
}
/** "image sha256:ab… → sha256:cd…" lines for what moved between two artifacts. */
function artifactMoves(from, to) {
    const out = [];
    const move = (what, a = '', b = '') => {
        if (!a && !b)
            return;
        out.push(a === b
            ? `${what} ${shortDigest(a)} (unchanged)`
            : `${what} ${shortDigest(a) || '-'} → ${shortDigest(b) || '-'}`);
    };
    move('image', from?.imageDigest, to?.imageDigest);
    move('chart', from?.chartDigest, to?.chartDigest);
    return out;
}
/** `name-version` of a release's chart. */
const chartNameOf = (r) => `${r.chart?.metadata?.name ?? ''}-${r.chart?.metadata?.version ?? ''}`;
/** Rendered manifest plus hook manifests: what a release puts on the cluster. */
function releaseManifest(r) {
    return [r.manifest ?? '', ...(r.hooks ?? []).map(h => h.manifest ?? '')].join('\n---\n');
}


/***/ }),

/***/ 3753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mR: () => (/* binding */ releaseDifferences),
/* harmony export */   s3: () => (/* binding */ parseHelmReleaseOutput)
/* harmony export */ });
/* unused harmony export canonicalJson */
/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonicalJson(v) {
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    if (v && typeof v === 'object') {
        const o = v;
        return `{${Object.keys(o)
            .filter(k => o[k] !== undefined)
            .sort()
            .map(k => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v ?? null);
}
function hooksKey(rel) {
    return canonicalJson((rel.hooks ?? []).map(h => ({
        name: h.name,
        kind: h.kind,
        path: h.path,
        manifest: h.manifest,
        events: h.events
    })));
}
/** What differs between the would-be release and the deployed one; empty = unchanged. */
function releaseDifferences(next, deployed) {
    const diffs = [];
    const a = next.chart?.metadata ?? {};
    const b = deployed.chart?.metadata ?? {};
    if (a.name !== b.name || a.version !== b.version || a.appVersion !== b.appVersion) {
        diffs.push(`chart ${b.name}-${b.version} (app ${b.appVersion ?? '-'}) → ${a.name}-${a.version} (app ${a.appVersion ?? '-'})`);
    }
    if (canonicalJson(next.chart?.values ?? {}) !== canonicalJson(deployed.chart?.values ?? {}))
        diffs.push('chart default values');
    if (canonicalJson(next.config ?? {}) !== canonicalJson(deployed.config ?? {}))
        diffs.push('values');
    if ((next.manifest ?? '').trim() !== (deployed.manifest ?? '').trim())
        diffs.push('rendered manifest');
    if (hooksKey(next) !== hooksKey(deployed))
        diffs.push('hooks');
    return diffs;
}
/** Parses `helm upgrade --dry-run -o json` output (helm may print warnings before the JSON). */
function parseHelmReleaseOutput(stdout) {
    const start = stdout.indexOf('{');
    if (start < 0)
        return undefined;
    try {
        const rel = JSON.parse(stdout.slice(start));
        return rel && typeof rel === 'object' && typeof rel.version === 'number' ? rel : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultDeps: () => (/* binding */ defaultDeps),
  run: () => (/* binding */ run),
  setOutputs: () => (/* binding */ setOutputs),
  summaryOf: () => (/* binding */ summaryOf)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/lib/entry.ts + 1 modules
var entry = __webpack_require__(8237);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/kube.ts
var lib_kube = __webpack_require__(2534);
// EXTERNAL MODULE: ./src/lib/kubeconfig.ts
var kubeconfig = __webpack_require__(6660);
// EXTERNAL MODULE: ./src/lib/privateFiles.ts
var privateFiles = __webpack_require__(8165);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/clusterAccess.ts
/**
 * Turns the cluster inputs into a kubeconfig file helm can use and a connection for our own API
 * client. EKS: DescribeCluster + a generated kubeconfig with the exec token plugin. kubeconfig
 * input: a path is used in place; inline content is written out. Generated files live in a
 * private directory under RUNNER_TEMP (0700, files 0600) and are removed by `dispose()`.
 */



/** Prefix of the private directory holding a generated kubeconfig. */
const PRIVATE_DIR_PREFIX = 'deploy-to-eks-';
async function prepareClusterAccess(i, deps) {
    const c = i.cluster;
    if (c.kind === 'kubeconfig' && c.path) {
        const connection = await (0,kubeconfig/* loadKubeconfigFile */.YJ)(c.path);
        return {
            kubeconfigPath: c.path,
            connection,
            eks: false,
            endpoint: connection.server,
            dispose: () => undefined
        };
    }
    const dir = (0,privateFiles/* createPrivateDir */.b4)(i.runnerTemp, PRIVATE_DIR_PREFIX);
    const dispose = () => void (0,privateFiles/* removePrivateDir */.VZ)(dir, PRIVATE_DIR_PREFIX);
    try {
        const file = external_node_path_.join(dir, 'kubeconfig');
        if (c.kind === 'kubeconfig') {
            const text = c.inline ?? '';
            const connection = (0,kubeconfig/* connectionFromKubeconfig */.Q6)(await (0,kubeconfig/* parseKubeconfigText */.Uj)(text), dir);
            (0,privateFiles/* writePrivateFile */.Pl)(file, text);
            return { kubeconfigPath: file, connection, eks: false, endpoint: connection.server, dispose };
        }
        const sts = deps.stsEndpoint?.(c.region).catch(() => undefined);
        const info = await deps.describeCluster(c.clusterName, c.region);
        const stsEndpoint = await sts;
        const text = (0,kubeconfig/* eksKubeconfig */.PZ)({
            clusterName: c.clusterName,
            region: c.region,
            endpoint: info.endpoint,
            caData: info.caData,
            nodePath: deps.nodePath,
            tokenCliPath: deps.tokenCliPath,
            ...(stsEndpoint ? { stsEndpoint } : {})
        });
        (0,privateFiles/* writePrivateFile */.Pl)(file, text);
        const connection = (0,kubeconfig/* connectionFromKubeconfig */.Q6)(JSON.parse(text), dir);
        return { kubeconfigPath: file, connection, eks: true, endpoint: info.endpoint, dispose };
    }
    catch (err) {
        dispose();
        throw err;
    }
}

// EXTERNAL MODULE: ./actions/deploy-to-eks/src/release.ts
var release = __webpack_require__(6098);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/steps/diff.ts
var diff = __webpack_require__(1400);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/helmArgs.ts
var helmArgs = __webpack_require__(5206);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/run.ts
/**
 * Wires validated inputs → cluster access → helm → deploy → outputs and job summary. Loaded by
 * main.ts only after validation passed (this module pulls in https/tls and child_process). The
 * rest comes in lazily: the release steps (deploy.ts) once helm is started on what can start
 * first (the offline render of `dry-run: diff`), the summary at the end, the AWS SDK and yaml
 * only when needed.
 */









const defaultDeps = {
    now: () => new Date(),
    resolveHelm: async (i, env, log) => {
        const { resolveHelm } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7407));
        return resolveHelm({ helmPath: i.helmPath, version: i.helmVersion, env, log });
    },
    describeCluster: async (name, region, log) => (await __webpack_require__.e(/* import() */ 442).then(__webpack_require__.bind(__webpack_require__, 7442))).describeCluster(name, region, log),
    stsEndpoint: async (region) => {
        const [{ resolveStsEndpoint }, { formatStsEndpoint }] = await Promise.all([
            __webpack_require__.e(/* import() */ 264).then(__webpack_require__.bind(__webpack_require__, 4264)),
            __webpack_require__.e(/* import() */ 688).then(__webpack_require__.bind(__webpack_require__, 1307))
        ]);
        return formatStsEndpoint(await resolveStsEndpoint(region));
    },
    nodePath: process.execPath,
    // The bundle's launcher sits next to index.js: dist/deploy-to-eks/eks-token.js.
    tokenCliPath: external_node_path_.join(__dirname, 'eks-token.js')
};
function setOutputs(rt, r, durationSeconds) {
    rt.setOutput('revision', r.revision);
    rt.setOutput('previous-revision', r.previousRevision);
    rt.setOutput('status', r.status);
    rt.setOutput('changed', r.changed);
    rt.setOutput('rolled-back', r.rolledBack);
    rt.setOutput('rolled-back-to', r.rolledBackTo);
    rt.setOutput('failed-gate', r.failedGate ?? '');
    rt.setOutput('duration-seconds', durationSeconds.toFixed(1));
    // What the deployed revision runs (its record) after this run, and before it; the diff file;
    // what dry-run record read. Set only when known: in a composite, act lets a later step's
    // output of the same name (build's image-ref, package's chart-digest) be overwritten.
    const out = (name, value) => value && rt.setOutput(name, value);
    out('image-digest', r.to?.imageDigest);
    out('chart-digest', r.to?.chartDigest);
    out('previous-image-digest', r.from?.imageDigest);
    out('diff-file', r.diffFile);
    out('image-ref', r.source?.imageRef);
    out('chart-name', r.source?.chartName);
    out('chart-manifest-digest', r.source?.chartManifestDigest);
}
/** The job summary, from the same facts on success and failure (the skeleton calls it). */
async function summaryOf(facts) {
    const i = facts.inputs;
    if (facts.result)
        return (await __webpack_require__.e(/* import() */ 274).then(__webpack_require__.bind(__webpack_require__, 4274))).deploySummary(i, facts.result.result, facts.result.seconds);
    return `### deploy-to-eks: ${i.releaseName} ❌ failed\n\n${(0,errors/* describeError */.Uc)(facts.error).split('\n')[0]}\n`;
}
async function run(ctx, deps = {}) {
    const d = { ...defaultDeps, ...deps };
    const { inputs: i, rt, signal } = ctx;
    const started = d.now();
    // Independent of the cluster: finding helm (a few reads of its build info, or `helm version`),
    // and, for `dry-run: diff` of a local chart, its offline render, which starts first of all, so
    // helm renders while this process loads its cluster client and reads the release
    // (steps/diff.ts). The render is given no cluster at all (KUBECONFIG is the null device): it
    // needs none, and so it cannot reach one. Errors surface in order below, after cluster access.
    const helmPromise = d.resolveHelm(i, rt.env, m => rt.info(m));
    helmPromise.catch(() => undefined);
    const offlineRender = i.dryRun === 'diff' && i.chart.kind !== 'oci'
        ? helmPromise.then(h => (0,diff/* startOfflineRender */.y)(i, { helm: h, helmEnv: rt.env, log: rt }))
        : undefined;
    offlineRender?.catch(() => undefined);
    // Let it spawn helm before this process's own cluster set-up takes the CPU: when helm is known
    // from its build info that is a few microtasks; a `helm version` or an install is not waited for.
    if (offlineRender)
        await Promise.race([offlineRender.catch(() => undefined), (0,promises_.setImmediate)()]);
    // The release steps (and the gates, rollout watcher, OCI client they use) load meanwhile.
    const steps = __webpack_require__.e(/* import() */ 411).then(__webpack_require__.bind(__webpack_require__, 7792));
    steps.catch(() => undefined);
    // An oci:// chart is pulled and checked against its digest (registry reads only: nothing
    // changes) while the cluster is reached; its errors still come after cluster access's.
    const fetchedChart = i.chart.kind === 'oci'
        ? Promise.all([steps, helmPromise]).then(([m, helm]) => m.fetchOciChart(i, { helm, helmEnv: rt.env, log: rt, mask: secret => rt.setSecret(secret) }))
        : undefined;
    fetchedChart?.catch(() => undefined);
    // Its private directory goes once done with, also when this run stops before the deploy took
    // it (after a pull still in flight has ended; closing twice is harmless).
    const closeChart = async () => fetchedChart?.then(f => f.close(), () => undefined);
    let access;
    try {
        access = await prepareClusterAccess(i, {
            describeCluster: (n, r) => d.describeCluster(n, r, m => rt.info(m)),
            stsEndpoint: r => d.stsEndpoint(r),
            nodePath: d.nodePath,
            tokenCliPath: d.tokenCliPath
        });
    }
    catch (err) {
        await closeChart();
        throw err;
    }
    const kube = new lib_kube/* KubeClient */.Bx(access.connection, {
        env: rt.env,
        eks: access.eks,
        onToken: t => rt.setSecret(t)
    });
    try {
        // Every credential of the kubeconfig (token, password, client key), printed or not.
        for (const secret of access.connection.secrets ?? [])
            rt.setSecret(secret);
        rt.info(`Cluster: ${access.eks ? `EKS ${i.cluster.kind === 'eks' ? i.cluster.clusterName : ''} ` : ''}${access.endpoint}`);
        const env = (0,helmArgs/* helmEnv */.y4)(rt.env, access.kubeconfigPath);
        await kube.verifyAccess(i.namespace);
        const helm = await helmPromise;
        let result;
        try {
            result = await (await steps).deploy(i, {
                helm,
                kube,
                helmEnv: env,
                offlineRender: await offlineRender,
                ...(fetchedChart ? { fetchedChart } : {}),
                log: rt,
                now: d.now,
                progressIntervalMs: d.progressIntervalMs,
                smokeDelayMs: d.smokeDelayMs,
                mask: secret => rt.setSecret(secret),
                // The runner cancels with SIGINT, then SIGTERM; exec passes both on to helm.
                cancelled: () => signal.aborted
            });
        }
        catch (err) {
            const seconds = (d.now().getTime() - started.getTime()) / 1000;
            // Stopped between steps (busy release, failed recovery, refused rollback): the partial
            // result's outputs are still true, and the summary is written from it.
            if (err instanceof release/* ReleaseFailure */.WA && err.partial) {
                const partial = { ...err.partial, ok: false, error: err.message };
                setOutputs(rt, partial, seconds);
                throw new entry/* ActionFailure */.dR(err.message, { result: partial, seconds }, err.details);
            }
            // Stopped before reading the release (the chart pull, a bug): what is known is written.
            rt.setOutput('changed', false);
            rt.setOutput('rolled-back', false);
            rt.setOutput('duration-seconds', seconds.toFixed(1));
            throw err;
        }
        const seconds = (d.now().getTime() - started.getTime()) / 1000;
        setOutputs(rt, result, seconds);
        if (!result.ok)
            throw new entry/* ActionFailure */.dR(result.error ?? 'the deploy failed', { result, seconds });
        return { result, seconds };
    }
    finally {
        await closeChart();
        kube.close();
        access.dispose();
    }
}


/***/ }),

/***/ 1400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ planDiff),
/* harmony export */   y: () => (/* binding */ startOfflineRender)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _src_lib_untrusted__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(881);
/* harmony import */ var _src_lib_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7268);
/* harmony import */ var _helmArgs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5206);
/* harmony import */ var _releaseDiff__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3753);
/* harmony import */ var _release__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6098);
/**
 * `dry-run: diff`, the plan an approver reads: the would-be release against the live deployed
 * revision (read by steps/read.ts), object by object and for the computed values
 * (manifestDiff.ts: Secret data redacted, Helm's bookkeeping filtered). Written to a 0600 file
 * under RUNNER_TEMP (the diff-file output), to the log in a group, and to the summary.
 *
 * The would-be release is rendered offline, as `helm template` renders (`helm install
 * --dry-run=client -o json`, which also returns the computed values): no cluster connection, so
 * the only access the plan needs is reading the release records (get/list) and a read-only plan
 * identity can run it; and it costs one helm process instead of helm's full API discovery of an
 * upgrade dry run (5× the time). The price: `lookup` renders empty and the capabilities are
 * helm's defaults, exactly as in `helm template`; `dry-run: server` renders against the cluster.
 */







/**
 * Starts the offline render: it needs nothing from the cluster, so it starts first (run.ts: as
 * soon as helm is known, before cluster access) and overlaps everything up to the diff. helm gets
 * no cluster (offlineHelmEnv: KUBECONFIG is the null device), whatever `d.helmEnv` points at.
 */
function startOfflineRender(i, d) {
    const res = (0,_release__WEBPACK_IMPORTED_MODULE_4__/* .helmRun */ .ku)({ ...d, helmEnv: (0,_helmArgs__WEBPACK_IMPORTED_MODULE_3__/* .offlineHelmEnv */ .hh)(d.helmEnv) }, (0,_helmArgs__WEBPACK_IMPORTED_MODULE_3__/* .helmOfflineRenderArgs */ .RO)(i), 'render', false);
    const lib = Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(223)]).then(__webpack_require__.bind(__webpack_require__, 2223));
    res.catch(() => undefined);
    lib.catch(() => undefined);
    return { res, lib };
}
/** Fills `result` with the diff (or the error of the render); changes nothing. */
async function planDiff(i, d, s, result, render = startOfflineRender(i, d)) {
    (0,_release__WEBPACK_IMPORTED_MODULE_4__/* .checkCancelled */ .S5)(d, 'the diff');
    const m = await render.lib;
    const sideOf = (r) => ({
        manifest: (0,_release__WEBPACK_IMPORTED_MODULE_4__/* .releaseManifest */ .Xo)(r),
        values: m.computedValues(r.chart?.values ?? {}, r.config ?? {})
    });
    // The live side is parsed and serialised while helm still renders the other one.
    const live = s.deployed && m.prepareSide(sideOf(s.deployed.release));
    const res = await render.res;
    if (res.exitCode !== 0)
        return {
            ...result,
            error: `Rendering ${i.releaseName} for the diff failed; nothing was changed: ${(0,_release__WEBPACK_IMPORTED_MODULE_4__/* .helmError */ .lY)(res)}`
        };
    const next = (0,_releaseDiff__WEBPACK_IMPORTED_MODULE_5__/* .parseHelmReleaseOutput */ .s3)(res.stdout);
    if (!next)
        throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('helm printed no release for the render (unexpected output)');
    const report = m.diffReleases(live, sideOf(next));
    const text = m.diffText(report);
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(i.runnerTemp, `deploy-to-eks-${i.namespace}-${i.releaseName}.diff`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, text, { mode: 0o600 });
    d.log.info(`Diff against ${s.deployed ? `revision ${s.deployed.revision}` : 'nothing (first install)'}: ${m.countsLine(report)}.`);
    d.log.startGroup('Diff (Secret data redacted)');
    d.log.info((0,_src_lib_untrusted__WEBPACK_IMPORTED_MODULE_6__/* .untrustedText */ .Ui)(text.split('\n').filter(l => l !== '')));
    d.log.endGroup();
    const c = report.counts;
    return {
        ...result,
        ok: true,
        status: 'dry-run',
        chart: (0,_release__WEBPACK_IMPORTED_MODULE_4__/* .chartNameOf */ .FU)(next),
        changed: c.added + c.changed + c.removed > 0 || report.values.change !== 'unchanged',
        differences: [report.values, ...report.objects].filter(o => o.change !== 'unchanged').map(o => o.id),
        diffFile: file,
        diffCounts: c,
        diffMarkdown: m.diffMarkdown(report)
    };
}


/***/ }),

/***/ 766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   aY: () => (/* binding */ findOnPath),
/* harmony export */   m0: () => (/* binding */ exec),
/* harmony export */   v$: () => (/* binding */ CommandNotFoundError)
/* harmony export */ });
/* unused harmony export execChecked */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7268);
/**
 * Process execution with argument arrays only (never a shell string built from input).
 * Secrets travel on stdin or in files; output can be streamed line by line and is captured for
 * error messages. SIGINT/SIGTERM sent to this process (a cancelled workflow run) are passed on to
 * the child so tools such as helm can stop cleanly.
 * Why not @actions/exec: its ExecOptions (1.1.1) have no timeout and nothing that kills or signals
 * the child, and it does not pass a cancelled run's SIGINT/SIGTERM on; both are needed here.
 *
 * Process groups: a child with a `timeoutMs` is started as the leader of its own process group
 * (`detached`, i.e. setsid) so that the timeout ends the whole group. The timeout ends in SIGKILL,
 * which no tool can clean up after: a grandchild (a credential plugin's helper, `sh -c` running a
 * tool) would otherwise keep the pipes open and the step would hang after its child was killed.
 * Every other child stays attached: in this process's group and session. Why, measured: `setsid`
 * also makes the child a session of its own, and with Linux's autogroup scheduler
 * (kernel.sched_autogroup_enabled=1, as on this machine) every session is its own scheduling
 * group, whose wake-ups wait behind the other groups on a busy machine. A bare `helm test` (nearly
 * all wake-ups: watch events) spawned detached took 1.68× the wall time of an attached one at
 * load 20–30 (session 2), and 1.26× at load 5–10 in session 3 (medians of 15, interleaved:
 * detached 554 ms, attached 440 ms, spawnSync 460 ms); session 2 saw the same CPU time either
 * way. On a quiet machine (load < 3) it is 0.98–1.02×. bench/gates.ts keeps a detached bare helm test as a control. helm upgrade and test, the
 * gates' critical path, have no timeout here (helm's own --timeout bounds them): they run attached.
 *
 * Cancelling: the runner signals only this process (kill(pid), not the group), so SIGINT/SIGTERM
 * are passed on: to the whole group of a detached child (its grandchildren get the runner's
 * signal too), to an attached child itself. An attached child's own children are in this
 * process's group; a tool stops them on SIGINT/SIGTERM (helm does), and whatever outlives
 * the step is ended by the runner's orphan-process cleanup when the job ends. A terminal's Ctrl-C
 * (the whole foreground group) reaches an attached child directly and once more forwarded: helm
 * install/upgrade cancel on the first and ignore a repeat (helm v4 pkg/cmd/upgrade.go reads its
 * signal channel once), its other commands exit on the first.
 */




/** Thrown when a command cannot be started at all (not installed, not executable). */
class CommandNotFoundError extends _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
    constructor(command, hint = '') {
        super(`${command} was not found or cannot be executed${hint ? `: ${hint}` : ''}`);
        this.name = 'CommandNotFoundError';
    }
}
function lineSplitter(onLine) {
    let rest = '';
    return {
        push(chunk) {
            if (!onLine)
                return;
            rest += chunk;
            let i;
            while ((i = rest.indexOf('\n')) >= 0) {
                onLine(rest.slice(0, i).replace(/\r$/, ''));
                rest = rest.slice(i + 1);
            }
        },
        flush() {
            if (onLine && rest)
                onLine(rest);
            rest = '';
        }
    };
}
/** Runs a command to completion; resolves with its result whatever the exit code. */
function exec(command, args, opts = {}) {
    const started = Date.now();
    const ownGroup = !!opts.timeoutMs;
    return new Promise((resolve, reject) => {
        const spawnOpts = {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            // Its own process group only when a timeout may have to end its descendants (killGroup).
            detached: ownGroup
        };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, spawnOpts);
        /** Signals the child's whole process group when it has one of its own, else the child. */
        const killGroup = (sig) => {
            try {
                if (ownGroup && child.pid)
                    process.kill(-child.pid, sig);
                else
                    child.kill(sig);
            }
            catch {
                child.kill(sig);
            }
        };
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        const out = lineSplitter(opts.onStdoutLine);
        const err = lineSplitter(opts.onStderrLine);
        // The runner signals only this process: pass it on (see the header), and the tool (helm)
        // stops its own work cleanly.
        const forward = (sig) => () => killGroup(sig);
        const onInt = forward('SIGINT');
        const onTerm = forward('SIGTERM');
        if (opts.forwardSignals !== false) {
            process.on('SIGINT', onInt);
            process.on('SIGTERM', onTerm);
        }
        const onAbort = () => child.kill('SIGINT');
        opts.abort?.addEventListener('abort', onAbort, { once: true });
        let killTimer;
        let hardKillTimer;
        if (opts.timeoutMs) {
            killTimer = setTimeout(() => {
                timedOut = true;
                killGroup('SIGTERM');
                hardKillTimer = setTimeout(() => killGroup('SIGKILL'), 5000);
                hardKillTimer.unref();
            }, opts.timeoutMs);
        }
        const cleanup = () => {
            process.off('SIGINT', onInt);
            process.off('SIGTERM', onTerm);
            opts.abort?.removeEventListener('abort', onAbort);
            if (killTimer)
                clearTimeout(killTimer);
            if (hardKillTimer)
                clearTimeout(hardKillTimer);
        };
        child.stdout?.setEncoding('utf8');
        child.stderr?.setEncoding('utf8');
        child.stdout?.on('data', (d) => {
            stdout += d;
            out.push(d);
        });
        child.stderr?.on('data', (d) => {
            stderr += d;
            err.push(d);
        });
        child.on('error', e => {
            cleanup();
            const code = e.code;
            if (code === 'ENOENT' || code === 'EACCES')
                reject(new CommandNotFoundError(command));
            else
                reject(e);
        });
        child.on('close', (code, signal) => {
            cleanup();
            out.flush();
            err.flush();
            resolve({
                command,
                args,
                exitCode: code ?? (signal ? 128 : 1),
                signal,
                stdout,
                stderr,
                durationMs: Date.now() - started,
                timedOut
            });
        });
        child.stdin?.on('error', () => {
            /* the child may exit before reading stdin; its exit code tells the story */
        });
        if (opts.input !== undefined)
            child.stdin?.end(opts.input);
        else
            child.stdin?.end();
    });
}
/** The last `n` non-empty lines of a tool's output, for an error message. */
function tail(text, n = 15) {
    return text
        .split('\n')
        .map(l => l.trimEnd())
        .filter(Boolean)
        .slice(-n)
        .join('\n');
}
/** Runs a command and throws a UserError with its output's tail when it fails. */
async function execChecked(command, args, opts = {}) {
    const res = await exec(command, args, opts);
    if (res.exitCode !== 0) {
        const what = opts.what ?? `${command} ${args[0] ?? ''}`.trim();
        const reason = res.timedOut ? 'timed out' : `exited with code ${res.exitCode}`;
        throw new UserError(`${what} ${reason}:\n${tail(res.stderr || res.stdout)}`);
    }
    return res;
}
/**
 * The first executable `name` on PATH (no shell `which`); on Windows also `name.exe`. The one
 * lookup the actions share: helm resolution and builder detection both use it.
 */
function findOnPath(name, env, platform = process.platform) {
    const dirs = (env['PATH'] ?? env['Path'] ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean);
    const names = platform === 'win32' ? [`${name}.exe`, name] : [name];
    for (const d of dirs) {
        for (const n of names) {
            const p = node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, n);
            try {
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(p).isFile())
                    continue;
                if (platform !== 'win32')
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(p, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
                return p;
            }
            catch {
                /* not here, or not executable: next */
            }
        }
    }
    return undefined;
}


/***/ }),

/***/ 7407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   md: () => (/* binding */ helmValuesArgs),
/* harmony export */   resolveHelm: () => (/* binding */ resolveHelm)
/* harmony export */ });
/* unused harmony exports DEFAULT_HELM_VERSION, HELM_DOWNLOAD_BASE, helmMajor, helmPlatform, helmDownload, parseSha256Sum, sha256File, helmVersionOf, helmVersionFromBuildInfo, makeHelm, wantedHelmVersion, helmCandidate, withHelm, installHelm */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(766);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7268);
/* harmony import */ var _helmInputs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(962);
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
function helmMajor(version) {
    const m = _helmInputs__WEBPACK_IMPORTED_MODULE_4__/* .HELM_VERSION_RE */ .QY.exec(version.trim());
    if (!m)
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`"${version}" is not a Helm version (expected e.g. ${DEFAULT_HELM_VERSION})`);
    return Number(m[1]);
}
const OS_NAMES = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'windows'
};
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Helm publishes no release for ${platform}/${arch}; install helm yourself and set helm-path`);
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
        if (m[2] === undefined || node_path__WEBPACK_IMPORTED_MODULE_1__.basename(m[2]) === fileName)
            return m[1].toLowerCase();
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the checksum file for ${fileName} holds no sha256 for it`);
}
async function sha256File(file) {
    // node:crypto is loaded only here: the entry chunk stays light for the validation-failure path.
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
    return new Promise((resolve, reject) => {
        const h = createHash('sha256');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file)
            .on('data', d => h.update(d))
            .on('error', reject)
            .on('end', () => resolve(h.digest('hex')));
    });
}
/** The version of a helm binary (from its build info, else `helm version`), or undefined when it does not run. */
async function helmVersionOf(helmPath, env) {
    const fromBinary = helmVersionFromBuildInfo(helmPath);
    if (fromBinary)
        return fromBinary;
    try {
        const res = await (0,_exec__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)(helmPath, ['version', '--template', '{{.Version}}'], {
            env,
            timeoutMs: 30_000,
            forwardSignals: false
        });
        if (res.exitCode !== 0)
            return undefined;
        return (0,_helmInputs__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHelmVersion */ .AZ)(res.stdout.trim());
    }
    catch {
        return undefined;
    }
}
/**
 * The version of a helm binary read from its Go build info, without running it (a helm process
 * costs 50-150 ms of CPU; this costs a few small reads). ELF only (Linux runners); undefined for
 * anything else (other formats, wrappers, old Go, not helm), and the caller runs `helm version`.
 * Prefers the `-X .../internal/version.version=` link flag (what `helm version` prints), then the
 * main module version (`go install helm.sh/helm/v4/cmd/helm@v4.3.1`).
 */
function helmVersionFromBuildInfo(file) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
        const info = readGoBuildInfo(fd);
        if (!info)
            return undefined;
        const lines = info.split('\n');
        const mainPath = lines.find(l => l.startsWith('path\t'))?.slice(5);
        if (!mainPath || !/^helm\.sh\/helm(\/v\d+)?\/cmd\/helm$/.test(mainPath))
            return undefined;
        const ldflags = lines.find(l => l.startsWith('build\t-ldflags='));
        const x = ldflags && /helm\.sh\/helm(?:\/v\d+)?\/internal\/version\.version=([^\s"']+)/.exec(ldflags);
        if (x)
            return (0,_helmInputs__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHelmVersion */ .AZ)(x[1]);
        const mod = lines.find(l => l.startsWith('mod\t'))?.split('\t')[2];
        return mod ? (0,_helmInputs__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHelmVersion */ .AZ)(mod) : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function readAt(fd, offset, length) {
    const buf = Buffer.alloc(length);
    const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, length, offset);
    return buf.subarray(0, n);
}
/** The module info string of an ELF Go binary's .go.buildinfo section (Go ≥ 1.18 layout). */
function readGoBuildInfo(fd) {
    const eh = readAt(fd, 0, 64);
    if (eh.length < 64 || eh.readUInt32BE(0) !== 0x7f454c46)
        return undefined;
    const is64 = eh[4] === 2;
    const le = eh[5] === 1;
    const u16 = (b, o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (b, o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const uw = (b, o) => is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
    const shoff = uw(eh, is64 ? 0x28 : 0x20);
    const shentsize = u16(eh, is64 ? 0x3a : 0x2e);
    const shnum = u16(eh, is64 ? 0x3c : 0x30);
    const shstrndx = u16(eh, is64 ? 0x3e : 0x32);
    if (!shoff || !shnum || shnum > 4096)
        return undefined;
    const sh = readAt(fd, shoff, shentsize * shnum);
    const section = (i) => {
        const o = i * shentsize;
        return {
            name: u32(sh, o),
            offset: uw(sh, o + (is64 ? 0x18 : 0x10)),
            size: uw(sh, o + (is64 ? 0x20 : 0x14))
        };
    };
    const strtab = section(shstrndx);
    const names = readAt(fd, strtab.offset, Math.min(strtab.size, 1 << 16));
    for (let i = 0; i < shnum; i++) {
        const s = section(i);
        const end = names.indexOf(0, s.name);
        if (names.toString('latin1', s.name, end) !== '.go.buildinfo')
            continue;
        const blob = readAt(fd, s.offset, Math.min(s.size, 1 << 20));
        // 32-byte header: "\xff Go buildinf:", pointer size, flags (bit 1: strings inline).
        if (blob.toString('latin1', 0, 14) !== '\xff Go buildinf:' || !(blob[15] & 2))
            return undefined;
        let pos = 32;
        const str = () => {
            let len = 0;
            for (let shift = 0;; shift += 7) {
                const b = blob[pos++];
                len += (b & 0x7f) * 2 ** shift;
                if (!(b & 0x80))
                    break;
            }
            const v = blob.subarray(pos, pos + len);
            pos += len;
            return v;
        };
        str(); // Go version
        const mod = str();
        // Module info is framed by 16-byte (binary) sentinels.
        return mod.length > 32 ? mod.subarray(16, mod.length - 16).toString('utf8') : undefined;
    }
    return undefined;
}
function makeHelm(helmPath, version, env) {
    return {
        path: helmPath,
        version,
        major: helmMajor(version),
        run: (args, opts = {}) => (0,_exec__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)(helmPath, args, { env, ...opts })
    };
}
/** `--values` for each file, then `--set` for each line: the order helm merges them in. */
function helmValuesArgs(valuesFiles, set) {
    const args = [];
    for (const f of valuesFiles)
        args.push('--values', f);
    for (const kv of set)
        args.push('--set', `${kv.key}=${kv.value}`);
    return args;
}
// Kept exported from here too: callers that resolve helm look it up where helm lives.

/** The wanted version, normalized; a UserError naming helm-version when it is not a version. */
function wantedHelmVersion(version) {
    const wanted = (0,_helmInputs__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHelmVersion */ .AZ)(version || DEFAULT_HELM_VERSION);
    if (!wanted)
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`helm-version "${version}" is not a version (expected e.g. ${DEFAULT_HELM_VERSION})`);
    return wanted;
}
/**
 * helm-path, else helm on PATH, with its version check started but not awaited: a caller can
 * start helm work that does not depend on the version (lint, package) while the check runs, and
 * must discard that work when `confirmed` gives undefined. undefined when there is no candidate.
 */
function helmCandidate(opts) {
    const wanted = wantedHelmVersion(opts.version);
    const bin = opts.helmPath || (0,_exec__WEBPACK_IMPORTED_MODULE_2__/* .findOnPath */ .aY)('helm', opts.env, opts.platform ?? process.platform);
    if (!bin)
        return undefined;
    const where = opts.helmPath ? `helm-path ${bin}` : `PATH (${bin})`;
    const fromBinary = helmVersionFromBuildInfo(bin);
    const how = fromBinary ? '; version read from its build info' : '';
    const confirmed = (fromBinary ? Promise.resolve(fromBinary) : helmVersionOf(bin, opts.env)).then(v => {
        if (opts.helmPath) {
            if (!v)
                throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`helm-path: ${bin} does not run as helm (\`helm version\` failed)`);
            opts.log(`Using helm ${v} from ${where}${how}`);
            return makeHelm(bin, v, opts.env);
        }
        if (v === wanted) {
            opts.log(`Using helm ${v} from ${where}${how}`);
            return makeHelm(bin, v, opts.env);
        }
        opts.log(`helm on PATH is ${v ?? 'not runnable'} (${bin}); installing ${wanted}`);
        return undefined;
    });
    // Callers may not await it when their own work fails first; that is not an unhandled rejection.
    confirmed.catch(() => undefined);
    return { helm: makeHelm(bin, wanted, opts.env), confirmed };
}
/**
 * Runs `attempt` on the candidate helm (helm-path, else PATH) while its version check runs, so
 * version-independent work overlaps `helm version`; when the candidate turns out to be another
 * version (or there is none), installs the wanted one and runs `attempt` once more on it.
 */
async function withHelm(opts, attempt, sources = { candidate: helmCandidate, install: installHelm }) {
    const candidate = sources.candidate(opts);
    if (candidate) {
        const result = await attempt(candidate.helm, candidate.confirmed);
        if (result !== undefined)
            return result;
    }
    const helm = await sources.install(wantedHelmVersion(opts.version), opts);
    const result = await attempt(helm);
    if (result === undefined)
        throw new Error('the helm work discarded its result although its helm was confirmed');
    return result;
}
async function resolveHelm(opts) {
    const wanted = wantedHelmVersion(opts.version);
    const candidate = helmCandidate(opts);
    const confirmed = candidate ? await candidate.confirmed : undefined;
    return confirmed ?? installHelm(wanted, opts);
}
/** Downloads, verifies and caches the official release; reuses the tool cache when it has it. */
async function installHelm(version, opts) {
    const p = helmPlatform(opts.platform ?? process.platform, opts.arch ?? process.arch);
    const dl = helmDownload(version, p, opts.downloadBaseUrl);
    const tc = await __webpack_require__.e(/* import() */ 472).then(__webpack_require__.t.bind(__webpack_require__, 3472, 23));
    const semver = version.slice(1);
    // tool-cache reads these from process.env (a runner always sets them).
    const unset = ['RUNNER_TOOL_CACHE', 'RUNNER_TEMP'].filter(k => !process.env[k]);
    if (unset.length) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`helm ${version} is not on PATH and ${unset.join(' and ')} ${unset.length === 1 ? 'is' : 'are'} unset, so it cannot be installed; put helm ${version} on PATH or set helm-path`);
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`downloading helm ${version} from ${dl.archiveUrl} failed: ${(0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(err)}`);
        }
        const expected = parseSha256Sum((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(sumFile, 'utf8'), dl.fileName);
        const actual = await sha256File(archive);
        if (actual !== expected) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`checksum mismatch for ${dl.fileName}: expected sha256 ${expected}, downloaded ${actual}; refusing to use it`);
        }
        const extracted = p.archive === 'zip' ? await tc.extractZip(archive) : await tc.extractTar(archive);
        dir = await tc.cacheDir(node_path__WEBPACK_IMPORTED_MODULE_1__.join(extracted, dl.innerDir), 'helm', semver, p.arch);
        opts.log(`Installed helm ${version} (sha256 ${actual}) into the tool cache`);
    }
    else {
        opts.log(`Using helm ${version} from the tool cache`);
    }
    const bin = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, dl.binary);
    const v = await helmVersionOf(bin, opts.env);
    if (!v)
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the installed helm ${bin} does not run`);
    if (v !== version)
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the installed helm reports ${v}, expected ${version}`);
    return makeHelm(bin, v, opts.env);
}


/***/ }),

/***/ 2534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ KubeClient),
/* harmony export */   W3: () => (/* binding */ KubeApiError)
/* harmony export */ });
/* unused harmony exports authorizationRefusal, describeForbidden, describeConnectionError */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
/* harmony import */ var _exec__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(766);
/* harmony import */ var _proxy__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7087);




/** A Go %q string's contents (JSON shares its escapes but for \x and \U; those stay as written). */
function goUnquote(s) {
    try {
        return JSON.parse(`"${s}"`);
    }
    catch {
        return s;
    }
}
const GO_QUOTED = '"((?:[^"\\\\]|\\\\.)*)"';
/**
 * kube-apiserver's refusal sentence (k8s.io/apiserver pkg/endpoints/handlers/responsewriters/
 * errors.go, forbiddenMessage and ForbiddenStatusError, v0.37.2), inside NewForbidden's
 * `<resource> "<name>" is forbidden: …` (apimachinery pkg/api/errors):
 *   User %q cannot %s resource %q in API group %q in the namespace %q
 *   User %q cannot %s resource %q in API group %q at the cluster scope
 *   User %q cannot %s path %q
 * then `: <reason>` when the authorizer gave one. Any other 403 (an admission plugin or webhook,
 * Pod Security, a quota, a terminating namespace, a proxy in between, the proxied service itself)
 * is not a missing permission and keeps its own message.
 */
const REFUSAL = new RegExp(`User ${GO_QUOTED} cannot (\\S+) (?:resource ${GO_QUOTED} in API group ${GO_QUOTED}(?: in the namespace ${GO_QUOTED}| at the cluster scope)|path ${GO_QUOTED})(?:: ([^]*))?`);
/** The authorization refusal in a 403's Status message, undefined for any other 403. */
function authorizationRefusal(serverMessage) {
    const m = REFUSAL.exec(serverMessage);
    if (!m)
        return undefined;
    const [, user = '', verb = '', res, group = '', namespace, path, reason] = m;
    let resource;
    if (res === undefined)
        resource = goUnquote(path ?? '');
    else {
        const [base = '', ...sub] = goUnquote(res).split('/');
        const g = goUnquote(group);
        resource = (g ? `${base}.${g}` : base) + (sub.length ? `/${sub.join('/')}` : '');
    }
    return {
        user: goUnquote(user),
        verb,
        resource,
        nonResource: res === undefined,
        ...(namespace !== undefined ? { namespace: goUnquote(namespace) } : {}),
        ...(reason?.trim() ? { reason: reason.trim() } : {})
    };
}
/**
 * A sentence for a 403: for an authorization refusal, who may not do what, where, and the grant
 * that would allow it; for any other 403, the request and the server's own message.
 */
function describeForbidden(method, apiPath, serverMessage) {
    const r = authorizationRefusal(serverMessage);
    if (!r)
        return `The Kubernetes API refused ${method} ${apiPath.split('?')[0]} (HTTP 403 Forbidden): ${serverMessage}`;
    const identity = r.user ? `The deploy identity (${r.user})` : 'The deploy identity';
    if (r.nonResource)
        return `${identity} may not ${r.verb} the path "${r.resource}" (HTTP 403 Forbidden): grant it a ClusterRole that allows "${r.verb}" on the non-resource URL "${r.resource}".${r.reason ? ` The authorizer said: ${r.reason}` : ''}`;
    const where = r.namespace ? ` in namespace "${r.namespace}"` : ' (cluster-wide)';
    return (`${identity} may not ${r.verb} ${r.resource}${where} (HTTP 403 Forbidden): ` +
        `grant it a ${r.namespace ? 'Role' : 'ClusterRole'} that allows "${r.verb}" on "${r.resource}"${r.namespace ? ` in "${r.namespace}"` : ''}.` +
        (r.reason ? ` The authorizer said: ${r.reason}` : ''));
}
/**
 * An API error response (the server answered with a non-2xx status). A user error: it says
 * what the cluster refused (for 401, and for a 403 that is an authorization refusal, in one
 * sentence naming the verb, resource and namespace the identity lacks), never a bug in this
 * action. `serverMessage` is the Status message (or the body) as the server sent it.
 */
class KubeApiError extends _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    status;
    reason;
    serverMessage;
    method;
    path;
    /** For a 403: the authorization refusal it is, undefined for any other 403 (and status). */
    refusal;
    constructor(status, reason, serverMessage, method, path) {
        const message = serverMessage;
        super(status === 403
            ? describeForbidden(method, path, message)
            : status === 401
                ? `The Kubernetes API refused the credentials for ${method} ${path.split('?')[0]} (HTTP 401 Unauthorized): ${message}`
                : message);
        this.status = status;
        this.reason = reason;
        this.serverMessage = serverMessage;
        this.method = method;
        this.path = path;
        this.name = 'KubeApiError';
        this.refusal = status === 403 ? authorizationRefusal(serverMessage) : undefined;
    }
}
const JSON_MERGE_PATCH = 'application/merge-patch+json';
/** Why a connection failed, in terms a person can act on. */
function describeConnectionError(server, err, eks, proxy) {
    const e = err;
    const code = e?.code ?? '';
    const base = `Cannot reach the Kubernetes API at ${server}${proxy ? ` through the proxy ${(0,_proxy__WEBPACK_IMPORTED_MODULE_3__/* .displayProxy */ .ri)(proxy)}` : ''}`;
    const hint = code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? `: the host name does not resolve${eks ? ' (wrong region, or a private-only endpoint outside the VPC?)' : ''}`
        : code === 'ECONNREFUSED'
            ? `: connection refused (${proxy ? 'is the proxy running?' : 'is the cluster running and the address right?'})`
            : code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT'
                ? `: connection timed out${eks ? ' (a private endpoint, or the runner cannot reach the cluster network)' : ''}`
                : /certificate|self.signed|CERT_|UNABLE_TO_VERIFY/i.test(`${code} ${e?.message ?? ''}`)
                    ? ': the server certificate does not match the kubeconfig CA'
                    : `: ${e?.message ?? String(err)}`;
    return base + hint + '.';
}
class KubeClient {
    conn;
    opts;
    agent;
    /** The agent for the client certificate an exec plugin returned (its own TLS sessions). */
    execAgent;
    execToken;
    url;
    /** The proxy every request goes through, or undefined for direct connections. */
    proxy;
    constructor(conn, opts = {}) {
        this.conn = conn;
        this.opts = opts;
        this.url = new URL(conn.server);
        // client-go: the cluster's proxy-url wins; otherwise the environment, as Go reads it.
        this.proxy = conn.proxyUrl
            ? (0,_proxy__WEBPACK_IMPORTED_MODULE_3__/* .parseProxyUrl */ .Pr)(conn.proxyUrl, 'the kubeconfig proxy-url')
            : (0,_proxy__WEBPACK_IMPORTED_MODULE_3__/* .proxyFor */ .iJ)(this.url, (0,_proxy__WEBPACK_IMPORTED_MODULE_3__/* .proxySettingsFromEnv */ .zH)(opts.env ?? process.env));
        this.agent = this.newAgent(conn.clientCert, conn.clientKey);
    }
    newAgent(cert, key) {
        const tls = this.url.protocol === 'https:'
            ? {
                ca: this.conn.ca,
                cert,
                key,
                rejectUnauthorized: !this.conn.insecureSkipTlsVerify,
                ...(this.conn.tlsServerName ? { servername: this.conn.tlsServerName } : {})
            }
            : {};
        return (0,_proxy__WEBPACK_IMPORTED_MODULE_3__/* .agentFor */ .Pf)(this.url, this.proxy, { keepAlive: true, maxSockets: 8, ...tls });
    }
    get server() {
        return this.conn.server;
    }
    close() {
        this.agent.destroy();
        this.execAgent?.agent.destroy();
    }
    /** KUBERNETES_EXEC_INFO as client-go writes it (spec.cluster only with provideClusterInfo). */
    execInfo(x) {
        const c = this.conn;
        const cluster = x.provideClusterInfo
            ? {
                cluster: {
                    server: c.server,
                    ...(c.tlsServerName ? { 'tls-server-name': c.tlsServerName } : {}),
                    ...(c.insecureSkipTlsVerify ? { 'insecure-skip-tls-verify': true } : {}),
                    ...(c.ca ? { 'certificate-authority-data': c.ca.toString('base64') } : {}),
                    ...(c.proxyUrl ? { 'proxy-url': c.proxyUrl } : {})
                }
            }
            : {};
        return JSON.stringify({
            apiVersion: x.apiVersion,
            kind: 'ExecCredential',
            spec: { interactive: false, ...cluster }
        });
    }
    /** Runs the exec plugin (argv, never a shell) and caches its credential until it expires. */
    async execCredential(force = false) {
        const now = Date.now();
        if (!force && this.execToken && this.execToken.expiresAt - 30_000 > now)
            return this.execToken;
        const x = this.conn.exec;
        const command = x.command.includes('/') || x.command.includes(node_path__WEBPACK_IMPORTED_MODULE_0__.sep)
            ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(x.baseDir, x.command)
            : x.command;
        const env = { ...(this.opts.env ?? process.env), ...x.env, KUBERNETES_EXEC_INFO: this.execInfo(x) };
        let res;
        try {
            res = await (0,_exec__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)(command, x.args, { env, timeoutMs: 60_000, forwardSignals: false });
        }
        catch (err) {
            if (err instanceof _exec__WEBPACK_IMPORTED_MODULE_2__/* .CommandNotFoundError */ .v$ && x.installHint)
                throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The kubeconfig's credential plugin ${x.command} cannot be run: ${x.installHint.trim()}`);
            throw err;
        }
        if (res.exitCode !== 0) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The kubeconfig's credential plugin ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(command)} failed (exit ${res.exitCode}): ${res.stderr.trim().split('\n').slice(-3).join(' ')}`);
        }
        let status;
        try {
            status = JSON.parse(res.stdout).status ?? {};
        }
        catch {
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The kubeconfig's credential plugin ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(command)} did not print an ExecCredential`);
        }
        const expiresAt = status.expirationTimestamp ? Date.parse(status.expirationTimestamp) : now + 5 * 60_000;
        if (status.token)
            this.opts.onToken?.(status.token);
        if (status.clientKeyData)
            for (const line of status.clientKeyData.split(/\r?\n/))
                if (line.trim().length >= 8 && !line.startsWith('-----'))
                    this.opts.onToken?.(line.trim());
        this.execToken = {
            token: status.token,
            cert: status.clientCertificateData ? Buffer.from(status.clientCertificateData) : undefined,
            key: status.clientKeyData ? Buffer.from(status.clientKeyData) : undefined,
            expiresAt
        };
        return this.execToken;
    }
    async request(method, apiPath, o = {}) {
        try {
            return await this.requestOnce(method, apiPath, o, false);
        }
        catch (err) {
            // An exec token can be revoked or expire early: mint a new one once.
            if (err instanceof KubeApiError && err.status === 401 && this.usesExec())
                return this.requestOnce(method, apiPath, o, true);
            throw err;
        }
    }
    /** client-go: a static token or Basic credentials are sent as they are; exec only without them. */
    usesExec() {
        const c = this.conn;
        return !!c.exec && !c.token && !c.tokenFile && c.username === undefined;
    }
    staticAuthorization() {
        const c = this.conn;
        if (c.tokenFile) {
            // Re-read on each use, as client-go does (a rotated projected token); the last good value
            // stays when the file is briefly missing during a rotation.
            const fs = process.getBuiltinModule('node:fs');
            try {
                const t = fs.readFileSync(c.tokenFile, 'utf8').trim();
                if (t && t !== c.token) {
                    c.token = t;
                    this.opts.onToken?.(t);
                }
            }
            catch {
                /* keep the last value read */
            }
        }
        if (c.token)
            return `Bearer ${c.token}`;
        if (c.username !== undefined)
            return 'Basic ' + Buffer.from(`${c.username}:${c.password ?? ''}`).toString('base64');
        return undefined;
    }
    impersonationHeaders() {
        const i = this.conn.impersonate;
        if (!i)
            return {};
        const h = { 'Impersonate-User': i.user };
        if (i.uid)
            h['Impersonate-Uid'] = i.uid;
        if (i.groups.length)
            h['Impersonate-Group'] = i.groups;
        for (const [k, v] of Object.entries(i.extra))
            // client-go percent-encodes the key (it is a header name), not the values.
            h[`Impersonate-Extra-${encodeURIComponent(k)}`] = v;
        return h;
    }
    /** The agent for this request: the exec plugin's client certificate gets its own (cached). */
    agentFor(cert, key) {
        if (!cert)
            return this.agent;
        if (this.execAgent?.cert.equals(cert))
            return this.execAgent.agent;
        this.execAgent?.agent.destroy();
        this.execAgent = { cert, agent: this.newAgent(cert, key) };
        return this.execAgent.agent;
    }
    async requestOnce(method, apiPath, o, refresh) {
        const headers = {
            Accept: o.text ? '*/*' : 'application/json',
            ...this.impersonationHeaders()
        };
        let cert;
        let key;
        const auth = this.staticAuthorization();
        if (auth)
            headers['Authorization'] = auth;
        else if (this.usesExec()) {
            const c = await this.execCredential(refresh);
            if (c.token)
                headers['Authorization'] = `Bearer ${c.token}`;
            cert = c.cert;
            key = c.key;
        }
        let payload;
        if (o.body !== undefined) {
            payload = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
            headers['Content-Type'] = o.contentType ?? 'application/json';
            headers['Content-Length'] = String(Buffer.byteLength(payload));
        }
        const url = new URL(this.conn.server + apiPath);
        const mod = process.getBuiltinModule(url.protocol === 'https:' ? 'node:https' : 'node:http');
        const timeoutMs = o.timeoutMs ?? this.opts.defaultTimeoutMs ?? 30_000;
        return new Promise((resolve, reject) => {
            const req = mod.request(url, { method, headers, agent: this.agentFor(cert, key), timeout: timeoutMs }, res => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    const status = res.statusCode ?? 0;
                    if (status >= 200 && status < 300) {
                        if (o.text)
                            return resolve(text);
                        try {
                            resolve((text ? JSON.parse(text) : {}));
                        }
                        catch {
                            reject(new KubeApiError(status, 'BadResponse', `${method} ${apiPath}: the response is not JSON`, method, apiPath));
                        }
                        return;
                    }
                    let reason = '';
                    let message = text.trim().slice(0, 500);
                    try {
                        const s = JSON.parse(text);
                        reason = s.reason ?? '';
                        message = s.message ?? message;
                    }
                    catch {
                        /* not a Status object; keep the raw text */
                    }
                    reject(new KubeApiError(status, reason, message || `HTTP ${status}`, method, apiPath));
                });
                res.on('error', reject);
            });
            req.on('timeout', () => req.destroy(Object.assign(new Error(`request timed out after ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
            req.on('error', reject);
            req.end(payload);
        });
    }
    get(apiPath, o = {}) {
        return this.request('GET', apiPath, o);
    }
    /** GET that returns undefined for 404 instead of throwing. */
    async getOptional(apiPath) {
        try {
            return await this.get(apiPath);
        }
        catch (err) {
            if (err instanceof KubeApiError && err.status === 404)
                return undefined;
            throw err;
        }
    }
    async list(apiPath, query = {}) {
        const q = new URLSearchParams();
        for (const [k, v] of Object.entries(query))
            if (v !== undefined && v !== '')
                q.set(k, v);
        const qs = q.toString();
        const res = await this.get(qs ? `${apiPath}?${qs}` : apiPath);
        return res.items ?? [];
    }
    mergePatch(apiPath, patch) {
        return this.request('PATCH', apiPath, { body: patch, contentType: JSON_MERGE_PATCH });
    }
    /**
     * One cheap authenticated call to prove the endpoint and credentials work, turning failures
     * into one sentence naming the endpoint and the likely cause.
     */
    async verifyAccess(namespace) {
        const eks = this.opts.eks ?? false;
        try {
            await this.get(`/api/v1/namespaces/${encodeURIComponent(namespace)}`).catch(err => {
                // 404: the namespace does not exist yet (helm may create it). An authorization refusal
                // of get namespace is fine when the role is namespace-scoped: authentication itself
                // worked, unless the server took the caller for system:anonymous. Any other 403 (a
                // proxy in between, say) proves nothing and is reported.
                if (err instanceof KubeApiError && err.status === 404)
                    return;
                if (err instanceof KubeApiError && err.refusal && err.refusal.user !== 'system:anonymous')
                    return;
                throw err;
            });
        }
        catch (err) {
            if (err instanceof KubeApiError) {
                if (err.status === 401) {
                    throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The Kubernetes API at ${this.server} refused the credentials (HTTP 401 Unauthorized)` +
                        (eks
                            ? ': the role has no EKS access entry (or aws-auth mapping) on this cluster, or the token was minted for another cluster/region.'
                            : ': the kubeconfig user is not accepted by this cluster.'));
                }
                if (err.status === 403 && err.refusal) {
                    throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The Kubernetes API at ${this.server} denied access: ${err.message}` +
                        (eks ? ' On EKS: give the deploy role an access entry with a policy for this namespace.' : ''));
                }
                throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The Kubernetes API at ${this.server} answered HTTP ${err.status}${err.status === 403 ? ' Forbidden' : ''}: ${err.serverMessage}`);
            }
            if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
                throw err;
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(describeConnectionError(this.server, err, eks, this.proxy));
        }
    }
}


/***/ }),

/***/ 8165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ writePrivateFile),
/* harmony export */   VZ: () => (/* binding */ removePrivateDir),
/* harmony export */   b4: () => (/* binding */ createPrivateDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Where secrets touch the disk: a 0700 directory under RUNNER_TEMP holding 0600 files (registry
 * auth, kubeconfig). Both actions that write credentials use this one mechanism; each removes its
 * directory in `finally`, and removal never throws (cleanup must not mask the real error).
 */


/** A fresh directory `<runnerTemp>/<prefix>XXXXXX` only this user can enter. */
function createPrivateDir(runnerTemp, prefix) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(runnerTemp, { recursive: true });
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runnerTemp, prefix));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(dir, 0o700);
    return dir;
}
/** Writes `text` with mode 0600 from the start (no moment in which it is readable by others). */
function writePrivateFile(file, text) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, text, { mode: 0o600, flag: 'w' });
    // The mode option is masked by umask and ignored for an existing file: set it explicitly.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(file, 0o600);
}
/** Removes a directory made by createPrivateDir, and only such a directory (checked by its prefix). */
function removePrivateDir(dir, prefix) {
    try {
        if (!node_path__WEBPACK_IMPORTED_MODULE_1__.basename(dir).startsWith(prefix))
            return false;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        return true;
    }
    catch {
        return false;
    }
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