"use strict";
exports.id = 171;
exports.ids = [171];
exports.modules = {

/***/ 7422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ formatTestReports),
/* harmony export */   Qj: () => (/* binding */ helmTestArgs),
/* harmony export */   UN: () => (/* binding */ testReports)
/* harmony export */ });
/* unused harmony export parseTestLogs */
/* harmony import */ var _src_lib_inputs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1662);
/**
 * The `helm test` gate: runs the release's test hooks with `helm test --logs` and reports each
 * test's phase and last log lines. Phases come from the release record Helm updates after the run
 * (hooks[].last_run.phase); logs from `--logs`, which Helm 4 fetches before it deletes the test
 * pods (hook-delete-policy hook-succeeded would otherwise remove them before anyone looked).
 */

function helmTestArgs(i, timeoutSeconds) {
    return [
        'test',
        i.releaseName,
        '--namespace',
        i.namespace,
        '--timeout',
        (0,_src_lib_inputs__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutSeconds),
        '--logs'
    ];
}
/** `POD LOGS: <pod> (<container>)` sections of helm's stdout → pod → container → last lines. */
function parseTestLogs(stdout, lastLines = 20) {
    const out = new Map();
    let current;
    for (const line of stdout.split('\n')) {
        const m = /^POD LOGS: (\S+) \(([^)]+)\)$/.exec(line);
        if (m) {
            current = { container: m[2], lines: [] };
            const list = out.get(m[1]) ?? [];
            list.push(current);
            out.set(m[1], list);
        }
        else if (current && line.trim())
            current.lines.push(line);
    }
    for (const list of out.values())
        for (const c of list)
            c.lines = c.lines.slice(-lastLines);
    return out;
}
/** The test hooks of a release and their last run's phase, with the logs helm printed. */
function testReports(rel, stdout) {
    const logs = parseTestLogs(stdout);
    return (rel?.hooks ?? [])
        .filter(h => (h.events ?? []).some(e => e === 'test' || e === 'test-success'))
        .map(h => {
        const lastRun = h.last_run;
        return {
            name: String(h.name ?? ''),
            kind: String(h.kind ?? ''),
            phase: lastRun?.phase || 'Unknown',
            logs: logs.get(String(h.name ?? '')) ?? []
        };
    });
}
/** Lines for the log and the summary's details: one per test, then its last log lines. */
function formatTestReports(reports) {
    if (!reports.length)
        return ['The chart has no test hooks (helm.sh/hook: test); nothing was tested.'];
    const lines = [];
    for (const r of reports) {
        lines.push(`${r.kind.toLowerCase()}/${r.name}: ${r.phase}`);
        for (const c of r.logs) {
            lines.push(`  last log lines of ${r.name}/${c.container}:`);
            for (const l of c.lines)
                lines.push(`    ${l}`);
            if (!c.lines.length)
                lines.push('    (no output)');
        }
    }
    return lines;
}


/***/ }),

/***/ 970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d0: () => (/* binding */ rolloutAwareArgs),
/* harmony export */   tz: () => (/* binding */ legacyWait)
/* harmony export */ });
/* unused harmony exports servesRollouts, manifestHasRollout */
/* harmony import */ var _src_lib_kube__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2534);
/**
 * How helm waits when the release contains Argo Rollouts. Helm 4's default wait (`--wait=watcher`,
 * kstatus) cannot read a Rollout: its `status.observedGeneration` is a string where kstatus wants
 * an integer, so the Rollout stays "Unknown" and helm waits out its whole timeout, then fails (seen
 * on the local stack with helm v4.3.1). For such a release helm waits with its legacy waiter, which
 * checks the kinds it knows and skips custom resources, and the Rollouts are judged afterwards by
 * their own controller's status (argoRollouts.ts). Only clusters that serve the Rollout API pay for
 * finding out (one discovery request, then a client-side render of the release).
 */

/** Whether the cluster serves argoproj.io/v1alpha1 rollouts (the CRD is installed). */
async function servesRollouts(kube) {
    try {
        const res = await kube.get('/apis/argoproj.io/v1alpha1');
        return (res.resources ?? []).some(r => r.name === 'rollouts');
    }
    catch (err) {
        if (err instanceof _src_lib_kube__WEBPACK_IMPORTED_MODULE_0__/* .KubeApiError */ .W3 && (err.status === 404 || err.status === 403))
            return false;
        throw err;
    }
}
/** A rendered manifest with an argoproj.io Rollout in it. */
function manifestHasRollout(manifest) {
    return manifest
        .split(/^---\s*$/m)
        .some(doc => /^kind:\s*["']?Rollout["']?\s*$/m.test(doc) && /^apiVersion:\s*["']?argoproj\.io\//m.test(doc));
}
/** The upgrade argv with helm 4's watcher wait replaced by its legacy waiter. */
function legacyWait(args) {
    return args.map(a => (a === '--wait=watcher' ? '--wait=legacy' : a));
}
/**
 * The upgrade argv to use: unchanged unless helm 4 would wait with the watcher on a release that
 * contains Rollouts. `render` returns the release's manifest (a client-side dry run).
 */
async function rolloutAwareArgs(args, d) {
    if (!args.includes('--wait=watcher') || !(await servesRollouts(d.kube)))
        return args;
    const manifest = await d.render();
    if (!manifest || !manifestHasRollout(manifest))
        return args;
    d.log('The release contains Argo Rollouts: helm waits with --wait=legacy (its watcher cannot read a Rollout status); the Rollouts are followed to Healthy after helm.');
    return legacyWait(args);
}


/***/ }),

/***/ 6171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyRelease: () => (/* binding */ verifyRelease)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/manifest.ts
var manifest = __webpack_require__(5634);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/helmArgs.ts
var helmArgs = __webpack_require__(5206);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/releaseStore.ts
var releaseStore = __webpack_require__(85);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/rolloutWatcher.ts
var rolloutWatcher = __webpack_require__(9720);
// EXTERNAL MODULE: ./src/lib/kube.ts
var lib_kube = __webpack_require__(2534);
// EXTERNAL MODULE: ./src/lib/kubeObject.ts
var kubeObject = __webpack_require__(1005);
// EXTERNAL MODULE: ./src/lib/retry.ts
var retry = __webpack_require__(1737);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/smokePath.ts
var smokePath = __webpack_require__(8309);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/smoke.ts
/**
 * The smoke request after a successful rollout: GET a path of the release's Service through the
 * API server's service proxy (/api/v1/namespaces/<ns>/services/<name>:<port>/proxy/<path>), so
 * it needs no ingress, load balancer or port-forward — only the deploy role's API access.
 *
 * The release's Services come from the revision's rendered manifest, which the release model
 * already holds, not from a Service list: right after helm wrote them, a consistent list of
 * Services waits for the API server's watch cache to catch up (it asks etcd for progress every
 * 100 ms), measured at ~70 ms of a ~90 ms smoke gate on the local stack. Only a smoke-service that
 * is not in the manifest costs a request (one GET, to say whether it exists outside the release).
 */





function serviceInfo(o) {
    const ports = ((o['spec'] ?? {})['ports'] ?? []).map(p => ({
        name: String(p['name'] ?? ''),
        port: Number(p['port'])
    }));
    return { name: (0,kubeObject/* str */.gx)((0,kubeObject/* metadataOf */.Nk)(o)['name']), ports };
}
/**
 * The release's own Services in `namespace`: the core/v1 Services of its rendered manifest that
 * helm created there (no namespace of their own, or this one). Only these are smoke targets: the
 * request runs with the deploy identity.
 */
function releaseServices(objects, namespace) {
    return objects
        .filter(o => o.kind === 'Service' &&
        o.apiVersion === 'v1' &&
        o.name !== '' &&
        (o.namespace === '' || o.namespace === namespace))
        .map(o => serviceInfo(o.doc));
}
/**
 * Which Service and port to call: the input's, else the release's only one (or the one named like
 * it). `own` are the release's Services; `elsewhere` says whether a smoke-service missing from
 * them exists in the namespace all the same (outside the release), for the message.
 */
function pickService(own, release, target, elsewhere = false) {
    let svc;
    if (target.service) {
        svc = own.find(s => s.name === target.service);
        if (!svc) {
            throw new errors/* UserError */.yo(elsewhere
                ? `smoke-service: Service "${target.service}" is not part of release ${release}; a smoke request goes only to the release's own Services`
                : `smoke-service: no Service "${target.service}" in the namespace`);
        }
    }
    else {
        svc =
            own.length === 1
                ? own[0]
                : (own.find(s => s.name === release) ?? own.find(s => s.name.startsWith(release)));
        if (!svc) {
            throw new errors/* UserError */.yo(own.length
                ? `smoke-path: the release has ${own.length} Services (${own.map(s => s.name).join(', ')}); choose one with smoke-service`
                : 'smoke-path: the release has no Service to send the smoke request to');
        }
    }
    const port = target.port || (svc.ports[0] ? svc.ports[0].name || String(svc.ports[0].port) : '');
    if (!port)
        throw new errors/* UserError */.yo(`smoke-path: Service ${svc.name} has no ports`);
    return { name: svc.name, port };
}
/** The confined service-proxy request path (see smokePath.ts); throws when it is not confined. */
function proxyPath(namespace, service, port, urlPath) {
    const p = (0,smokePath/* confinedProxyPath */.E9)(namespace, service, port, urlPath);
    if (!p)
        throw new errors/* UserError */.yo(`smoke-path: the request would leave the service proxy of ${service}:${port}; nothing was requested`);
    return p;
}
/**
 * GETs the path from one of `services` (the release's own, releaseServices), retrying briefly
 * (endpoints lag a just-finished rollout; the first try goes at once); throws a UserError naming
 * the URL.
 */
async function smokeRequest(kube, namespace, release, target, services, opts = {}) {
    // A smoke-service the release does not render: one GET says whether it exists outside it. When
    // that cannot be told (no get on Services), "not part of the release" is still true.
    const elsewhere = !!target.service &&
        !services.some(s => s.name === target.service) &&
        (await kube
            .getOptional(`/api/v1/namespaces/${encodeURIComponent(namespace)}/services/${encodeURIComponent(target.service)}`)
            .then(found => found !== undefined, () => true));
    const { name, port } = pickService(services, release, target, elsewhere);
    const p = proxyPath(namespace, name, port, target.path);
    const attempts = opts.attempts ?? 3;
    const delayMs = opts.delayMs ?? 2000;
    let tries = 0;
    try {
        // Every failure is worth another try here: endpoints lag a rollout that just finished.
        const body = await (0,retry/* withRetry */.bD)(async (attempt) => {
            tries = attempt;
            return kube.get(p, { text: true, timeoutMs: 10_000 });
        }, { attempts, baseMs: delayMs, maxMs: delayMs, random: () => 1, isTransient: () => true });
        return { url: p, attempts: tries, body };
    }
    catch (last) {
        // What the service (or the API server) answered; refused credentials or a missing
        // permission in the client's sentence.
        const why = last instanceof lib_kube/* KubeApiError */.W3
            ? last.refusal || last.status === 401
                ? last.message
                : `HTTP ${last.status}${last.reason ? ` ${last.reason}` : ''}: ${last.serverMessage.split('\n')[0]}`
            : String(last?.message ?? last);
        throw new errors/* UserError */.yo(`Smoke request GET ${target.path} to service ${name}:${port} failed after ${attempts} attempts (${p}): ${why}`);
    }
}

// EXTERNAL MODULE: ./src/lib/untrusted.ts
var untrusted = __webpack_require__(881);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/gates/gateRecord.ts
var gateRecord = __webpack_require__(7772);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/gates/helmTest.ts
var helmTest = __webpack_require__(7422);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/progressive/follow.ts
var follow = __webpack_require__(9510);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/progressive/argoRollouts.ts
/**
 * Progressive delivery judged by the engine that runs it: the release's Argo Rollouts `Rollout`
 * objects are followed through the API (one list per interval, whatever the replica count) until
 * each is Healthy, with a progress line whenever one changes (step N of M, canary weight, ready
 * replicas). Degraded or aborted is a failed rollout; a step paused without a duration is waited
 * on, promoted, or failed by `rollout-pause`. Promotion patches the Rollout as
 * `kubectl argo rollouts promote` does (argo-rollouts pkg/kubectl-argo-rollouts/cmd/promote):
 * `spec.paused=false` when the spec is paused, `status.pauseConditions=null` through the status
 * subresource when the controller paused it.
 *
 * Phases are the controller's own (`status.phase`, computed controller-side since v1.0), read
 * only once `status.observedGeneration` has caught up with the spec, as the plugin's
 * GetRolloutPhase does. Hand-written: no JavaScript client for Argo Rollouts exists.
 */




const num = (v) => (typeof v === 'number' ? v : 0);
function rolloutState(o) {
    const meta = (o['metadata'] ?? {});
    const spec = (o['spec'] ?? {});
    const st = (o['status'] ?? {});
    const strategy = (spec['strategy'] ?? {});
    const steps = ((strategy['canary'] ?? {})['steps'] ?? []);
    const stepIndex = typeof st['currentStepIndex'] === 'number' ? st['currentStepIndex'] : undefined;
    let weight;
    const traffic = ((st['canary'] ?? {})['weights'] ?? {})['canary'];
    if (traffic && typeof traffic['weight'] === 'number')
        weight = traffic['weight'];
    else if (stepIndex !== undefined && steps.length) {
        weight = 0;
        for (const s of steps.slice(0, Math.min(stepIndex + 1, steps.length)))
            if (typeof s['setWeight'] === 'number')
                weight = s['setWeight'];
        if (stepIndex >= steps.length)
            weight = 100;
    }
    const current = stepIndex !== undefined ? steps[stepIndex] : undefined;
    const pauseConditions = Array.isArray(st['pauseConditions']) ? st['pauseConditions'] : [];
    const pause = current?.['pause'];
    const observedRaw = String(st['observedGeneration'] ?? '');
    const observed = !/^\d+$/.test(observedRaw) || Number(observedRaw) >= num(meta['generation']);
    const conds = (Array.isArray(st['conditions']) ? st['conditions'] : []);
    return {
        name: String(meta['name']),
        phase: String(st['phase'] ?? ''),
        message: String(st['message'] ?? ''),
        observed,
        aborted: st['abort'] === true,
        step: stepIndex,
        steps: steps.length,
        weight,
        ready: num(st['readyReplicas']),
        desired: spec['replicas'] === undefined ? 1 : num(spec['replicas']),
        updated: num(st['updatedReplicas']),
        indefinitePause: pause !== undefined &&
            pause['duration'] === undefined &&
            pauseConditions.some(c => c['reason'] === 'CanaryPauseStep'),
        specPaused: spec['paused'] === true,
        pauseConditions: pauseConditions.length,
        currentPodHash: String(st['currentPodHash'] ?? ''),
        stableRS: String(st['stableRS'] ?? ''),
        conditions: conds.map(c => ({
            type: String(c['type'] ?? ''),
            status: String(c['status'] ?? ''),
            reason: String(c['reason'] ?? ''),
            message: String(c['message'] ?? '')
        }))
    };
}
/** `rollout/web Progressing: step 2/4, canary weight 20%, 3/4 ready (1 updated)`. */
function formatRollout(r) {
    const parts = [
        r.steps
            ? `step ${Math.min((r.step ?? 0) + (r.step !== undefined && r.step < r.steps ? 1 : 0), r.steps)}/${r.steps}`
            : '',
        r.weight !== undefined ? `canary weight ${r.weight}%` : '',
        `${r.ready}/${r.desired} ready (${r.updated} updated)`
    ].filter(Boolean);
    const phase = r.observed ? r.phase || 'Progressing' : 'Progressing';
    return `rollout/${r.name} ${phase}${r.aborted ? ' (aborted)' : ''}: ${parts.join(', ')}${r.message ? ` — ${r.message}` : ''}`;
}
function judgeRollout(r) {
    if (!r.observed)
        return 'progressing';
    if (r.aborted || r.phase === 'Degraded')
        return 'failed';
    if (r.phase === 'Healthy')
        return 'healthy';
    if (r.phase === 'Paused' && r.indefinitePause)
        return 'paused';
    return 'progressing';
}
const rolloutsPath = (ns) => `/apis/argoproj.io/v1alpha1/namespaces/${encodeURIComponent(ns)}/rollouts`;
/** The release's Rollouts, or undefined when the cluster has no Rollout API (CRDs not installed). */
function listRollouts(kube, namespace, release) {
    return (0,follow/* listReleaseObjects */.id)(kube, rolloutsPath(namespace), release, rolloutState);
}
/** Promotes a Rollout paused at a step, the way `kubectl argo rollouts promote` does. */
async function promoteRollout(kube, namespace, r) {
    const p = `${rolloutsPath(namespace)}/${encodeURIComponent(r.name)}`;
    if (r.pauseConditions > 0) {
        try {
            await kube.mergePatch(`${p}/status`, { status: { pauseConditions: null } });
        }
        catch (err) {
            if (!(err instanceof lib_kube/* KubeApiError */.W3 && err.status === 404))
                throw err;
            // No status subresource: the plugin's unified patch on the object itself.
            await kube.mergePatch(p, { spec: { paused: false }, status: { pauseConditions: null } });
            return;
        }
    }
    if (r.specPaused)
        await kube.mergePatch(p, { spec: { paused: false } });
}
/** The canary's pods (the Rollout's current pod template), one list by its hash label. */
async function canaryPods(kube, namespace, r) {
    if (!r.currentPodHash)
        return [];
    return (await kube.list(`/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`, {
        labelSelector: `rollouts-pod-template-hash=${r.currentPodHash}`
    })).map(rolloutWatcher/* podState */.TP);
}
/**
 * Conditions, events and the canary's pods of a failed Rollout. An abort scales the canary down
 * at once, so `seen` (the canary pods of the last poll that still had them) stands in for them.
 */
async function rolloutDiagnostics(kube, namespace, r, seen = []) {
    const lines = [
        ...(0,follow/* conditionLines */.Hf)('Rollout', r.name, r.conditions),
        ...(await (0,follow/* objectEvents */.fe)(kube, namespace, 'Rollout', r.name))
    ];
    if (r.currentPodHash) {
        try {
            let pods = await canaryPods(kube, namespace, r);
            let note = '';
            if (!pods.length && seen.length) {
                pods = seen;
                note = ', as last seen before the abort scaled them down';
            }
            lines.push(`Canary pods (${pods.length}, template ${r.currentPodHash}${note}):`);
            for (const p of pods)
                lines.push(`  ${(0,rolloutWatcher/* describePod */.Fx)(p)}`);
        }
        catch (err) {
            lines.push(`  (canary pods unavailable: ${(0,errors/* describeError */.Uc)(err)})`);
        }
    }
    return lines;
}
/** Follows every Rollout of the release until Healthy (or failed / timed out). */
async function followRollouts(i, d) {
    const first = await (0,follow/* firstList */.vB)(() => listRollouts(d.kube, i.namespace, i.releaseName), d, i, 'Argo Rollouts', 'rollouts.argoproj.io');
    if (!first.length)
        return follow/* NOT_FOUND */.p2;
    const { pollMs, deadline } = (0,follow/* pollSettings */.ZQ)(i, d);
    const progress = new follow/* ProgressLines */.xy(d.log);
    const promoted = new Set();
    /** Not-ready canary pods of the last poll, per Rollout, for the diagnostics after an abort. */
    const canarySeen = new Map();
    let states = first;
    d.log.info(`Following ${states.length} Argo Rollout(s) until Healthy: ${states.map(r => r.name).join(', ')}.`);
    for (;;) {
        for (const r of states)
            progress.show(r.name, formatRollout(r));
        const verdicts = states.map(r => [r, judgeRollout(r)]);
        // While a canary runs: one pod list per Rollout per poll (by its template hash).
        for (const [r, v] of verdicts)
            if (v === 'progressing' && r.currentPodHash && r.currentPodHash !== r.stableRS) {
                const pods = (await canaryPods(d.kube, i.namespace, r).catch(() => [])).filter(p => !p.ready);
                if (pods.length)
                    canarySeen.set(r.name, pods);
            }
        const failed = verdicts.find(([, v]) => v === 'failed');
        if (failed) {
            const r = failed[0];
            const lines = await rolloutDiagnostics(d.kube, i.namespace, r, canarySeen.get(r.name));
            return {
                found: true,
                ok: false,
                lines: [...states.map(formatRollout), ...lines],
                error: `Argo Rollout ${r.name} is ${r.aborted ? 'aborted' : r.phase}${r.message ? `: ${r.message}` : ''}`
            };
        }
        for (const [r, v] of verdicts) {
            if (v !== 'paused')
                continue;
            const where = `Rollout ${r.name} is paused at step ${(r.step ?? 0) + 1}/${r.steps} (a pause without a duration)`;
            if (i.gates.rolloutPause === 'fail') {
                return {
                    found: true,
                    ok: false,
                    lines: states.map(formatRollout),
                    error: `${where} and rollout-pause is fail`
                };
            }
            if (i.gates.rolloutPause === 'promote' && !promoted.has(`${r.name}/${r.step}`)) {
                d.log.info(`${where}: promoting it (rollout-pause: promote).`);
                await promoteRollout(d.kube, i.namespace, r);
                promoted.add(`${r.name}/${r.step}`);
            }
            else if (i.gates.rolloutPause === 'wait' && !promoted.has(`${r.name}/${r.step}`)) {
                d.log.info(`${where}: waiting for someone to promote it (rollout-pause: wait, up to the timeout).`);
                promoted.add(`${r.name}/${r.step}`);
            }
        }
        if (verdicts.every(([, v]) => v === 'healthy')) {
            d.log.info(`All ${states.length} Rollout(s) Healthy.`);
            return { found: true, ok: true, lines: states.map(formatRollout) };
        }
        if (d.now().getTime() >= deadline) {
            const slow = verdicts.filter(([, v]) => v !== 'healthy').map(([r]) => r);
            const lines = [...states.map(formatRollout)];
            for (const r of slow)
                lines.push(...(await rolloutDiagnostics(d.kube, i.namespace, r, canarySeen.get(r.name))));
            return {
                found: true,
                ok: false,
                lines,
                error: `Argo Rollout(s) ${slow.map(r => r.name).join(', ')} not Healthy within ${i.timeoutSeconds}s`
            };
        }
        await (0,follow/* sleep */.yy)(pollMs);
        states = (await listRollouts(d.kube, i.namespace, i.releaseName)) ?? [];
    }
}

// EXTERNAL MODULE: ./actions/deploy-to-eks/src/progressive/helmWait.ts
var helmWait = __webpack_require__(970);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/progressive/flagger.ts
var flagger = __webpack_require__(2099);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/gates/verify.ts
/**
 * The verify step's gates, run after the rollout is Ready, in order: progressive delivery (each
 * Argo Rollout followed to Healthy, each Flagger Canary until it has analysed this revision), the
 * smoke request, `helm test`. The first failure stops the rest; the verdict is recorded on the
 * revision (gateRecord.ts); then, by `on-gate-failure`, the release is rolled back to the revision
 * deployed before this run and waited for, or left as it is. A first install has nothing to roll
 * back to: `on-first-install-gate-failure` uninstalls it or keeps it.
 *
 * Narrow interface: the caller hands in its helm runner and the records; this module owns no
 * release logic beyond "which revision to return to".
 *
 * What the gates read comes from the revision's rendered manifest where it can (parsed once): the
 * Services a smoke request may go to, and whether there are Rollouts or Canaries to follow at
 * all. A list right after helm wrote those objects waits for the API server's watch cache
 * (~70 ms measured for the Service list); a release without Rollouts or Canaries asks nothing.
 * The verdict is recorded while the helm test record is read: both only need helm to have exited.
 */













async function smokeGate(i, d, rendered) {
    if (!i.smoke)
        return { ok: true, line: '' };
    try {
        const s = await smokeRequest(d.kube, i.namespace, i.releaseName, i.smoke, releaseServices(rendered, i.namespace), { delayMs: d.smokeDelayMs });
        const line = `GET ${i.smoke.path} OK (attempt ${s.attempts})`;
        // What the service answered, so a person sees it was the app (not just any 2xx).
        const body = s.body.replace(/\s+/g, ' ').trim();
        d.log.info((0,untrusted/* untrustedText */.Ui)(`Smoke request: ${line}${body ? `; response: ${body.length > 300 ? `${body.slice(0, 300)}…` : body}` : ''}`));
        return { ok: true, line };
    }
    catch (err) {
        return { ok: false, line: 'failed', error: (0,errors/* describeError */.Uc)(err) };
    }
}
/** `decided` hears the verdict as soon as helm exits, before the test record is read. */
async function helmTestGate(i, d, run, decided) {
    d.log.startGroup(`helm test ${i.releaseName}`);
    try {
        const res = await d.helm((0,helmTest/* helmTestArgs */.Qj)(i, i.gates.helmTestTimeoutSeconds), 'test');
        decided(res.exitCode === 0);
        // helm wrote each test's last run into this revision's record: read that one record only.
        const rec = await d.kube
            .get((0,gateRecord/* recordPath */.lX)(i.namespace, run.revision))
            .then(o => (0,releaseStore/* secretToRecord */.$V)(o, run.revision.driver))
            .catch(() => undefined);
        const reports = (0,helmTest/* testReports */.UN)(rec?.release, res.stdout);
        d.log.info((0,untrusted/* untrustedText */.Ui)((0,helmTest/* formatTestReports */.L9)(reports).join('\n')));
        if (res.exitCode === 0)
            return { ok: true, reports };
        const failed = reports.filter(r => r.phase !== 'Succeeded').map(r => `${r.name} ${r.phase}`);
        return {
            ok: false,
            reports,
            error: `helm test of ${i.releaseName} failed${failed.length ? ` (${failed.join(', ')})` : ''}: ${d.helmError(res).split('\n').pop()}`
        };
    }
    finally {
        d.log.endGroup();
    }
}
/** Rolls back (or uninstalls / keeps) after a failed gate, by the inputs; waits for Ready. */
async function afterFailure(i, d, run, out, hasRollouts) {
    if (i.gates.onGateFailure === 'fail') {
        out.afterGate = `on-gate-failure is fail: revision ${run.revision.revision} stays deployed.`;
        return;
    }
    const to = run.deployedBefore;
    if (!to) {
        if (i.gates.onFirstInstallGateFailure === 'keep') {
            out.afterGate = `First install: nothing to roll back to; on-first-install-gate-failure is keep, so revision ${run.revision.revision} stays.`;
            return;
        }
        const res = await d.helm((0,helmArgs/* helmUninstallArgs */.kN)(i, d.helmMajor), 'uninstall');
        if (res.exitCode !== 0) {
            out.afterGate = `First install: uninstalling it failed: ${d.helmError(res)}`;
            return;
        }
        out.rolledBack = true;
        out.rolledBackTo = '';
        out.status = 'uninstalled';
        out.afterGate =
            'First install: nothing to roll back to; it was uninstalled (on-first-install-gate-failure: uninstall).';
        return;
    }
    const args = (0,helmArgs/* helmRollbackArgs */.S6)(i, to.revision, d.helmMajor, true);
    const res = await d.helm(hasRollouts ? (0,helmWait/* legacyWait */.tz)(args) : args, 'rollback');
    if (res.exitCode !== 0) {
        out.afterGate = `Rolling back to revision ${to.revision} failed: ${d.helmError(res)}`;
        return;
    }
    const recs = await (0,releaseStore/* listReleaseRecords */.W_)(d.kube, i.namespace, i.releaseName);
    const now = recs[recs.length - 1];
    // helm's --wait already waited; one more look says so in the log from the API's point of view.
    const ws = await new rolloutWatcher/* RolloutWatcher */.AQ(d.kube, i.namespace, i.releaseName).workloads().catch(() => []);
    out.rolledBack = true;
    out.rolledBackTo = String(to.revision);
    if (now) {
        out.revision = String(now.revision);
        out.status = now.status;
    }
    let ready = `${(0,rolloutWatcher/* workloadsReady */.ei)(ws) ? 'Ready again' : 'not Ready yet'}: ${(0,rolloutWatcher/* formatProgress */.Vu)(ws)}`;
    if (hasRollouts) {
        // The Rollout's controller returns to the stable pods; wait for it as for any Rollout.
        const again = await followRollouts({ ...i, gates: { ...i.gates, rolloutPause: 'promote' } }, d);
        ready = again.ok ? 'Rollouts Healthy again' : `Rollouts not Healthy again: ${again.error ?? ''}`;
    }
    out.afterGate = `Rolled back to revision ${to.revision} (now revision ${now?.revision ?? '?'}, ${now?.status ?? 'unknown'}); ${ready}.`;
}
/** What the Flagger follower needs to know about this run's revision. */
function canaryRun(run) {
    const at = Date.parse(run.revision.release.info.last_deployed ?? '');
    return {
        deployedAt: Number.isNaN(at) ? run.revision.updatedAt.getTime() : at,
        manifest: run.revision.release.manifest,
        previousManifest: run.deployedBefore ? (run.deployedBefore.release.manifest ?? '') : undefined,
        specsBefore: run.canarySpecsBefore
    };
}
/** Whether the rendered objects include one of this kind in this API group. */
function renders(objects, group, kind) {
    return objects.some(o => o.kind === kind && o.apiVersion.startsWith(`${group}/`));
}
/** Runs the enabled gates on the revision this run created; never throws for a failed gate. */
async function verifyGates(i, d, run) {
    const out = { ok: true, gatesRun: [], failedGate: '' };
    const t0 = d.now().getTime();
    const fail = (gate, error) => {
        out.ok = false;
        out.failedGate = gate;
        out.error = `Gate ${gate} failed: ${error}`;
    };
    const rendered = (0,manifest.parseManifest)(run.revision.release.manifest ?? '').objects;
    // Rollouts and Canaries are the chart's own objects (followed by Helm's ownership annotation):
    // a revision that renders none has none to follow.
    const rollouts = renders(rendered, 'argoproj.io', 'Rollout') ? await followRollouts(i, d) : follow/* NOT_FOUND */.p2;
    if (rollouts.found) {
        out.gatesRun?.push('rollout');
        out.rollouts = rollouts.lines;
        if (!rollouts.ok) {
            fail('rollout', rollouts.error ?? 'a Rollout did not become Healthy');
            d.log.startGroup('Diagnostics: Argo Rollouts (conditions, events, canary pods)');
            d.log.info((0,untrusted/* untrustedText */.Ui)(rollouts.lines.join('\n')));
            d.log.endGroup();
        }
    }
    const canaries = out.ok && renders(rendered, 'flagger.app', 'Canary')
        ? await (0,flagger.followCanaries)(i, canaryRun(run), d)
        : follow/* NOT_FOUND */.p2;
    if (canaries.found) {
        if (!rollouts.found)
            out.gatesRun?.push('rollout');
        out.rollouts = [...(out.rollouts ?? []), ...canaries.lines];
        if (!canaries.ok) {
            fail('rollout', canaries.error ?? 'a Flagger Canary was not promoted');
            d.log.startGroup('Diagnostics: Flagger Canaries (conditions, events, canary pods)');
            d.log.info((0,untrusted/* untrustedText */.Ui)(canaries.lines.join('\n')));
            d.log.endGroup();
        }
    }
    const gated = (0,gateRecord/* gatesEnabled */.kn)(i) || rollouts.found || canaries.found;
    let recorded;
    /** Records the verdict on the revision, once; a failure to record is a warning. */
    const record = (ok, failedGate) => (recorded ??= (0,gateRecord/* recordGateVerdict */.mm)(d.kube, i.namespace, run.revision, ok ? 'passed' : 'failed', failedGate).catch(err => d.log.warning(`Could not record the gate result on revision ${run.revision.revision}: ${(0,errors/* describeError */.Uc)(err)}`)));
    if (out.ok && i.smoke) {
        out.gatesRun?.push('smoke');
        const s = await smokeGate(i, d, rendered);
        out.smoke = s.line;
        if (!s.ok)
            fail('smoke', s.error ?? 'the smoke request failed');
    }
    if (out.ok && i.gates.helmTest) {
        out.gatesRun?.push('helm-test');
        // The last gate: its exit code is the verdict, recorded while its test record is read.
        const t = await helmTestGate(i, d, run, ok => {
            if (gated)
                void record(ok, ok ? '' : 'helm-test');
        });
        out.tests = t.reports;
        if (!t.ok)
            fail('helm-test', t.error ?? 'helm test failed');
    }
    if (!out.gatesRun?.length)
        return out;
    if (gated)
        await record(out.ok, out.failedGate ?? '');
    if (out.ok) {
        const secs = ((d.now().getTime() - t0) / 1000).toFixed(2);
        d.log.info(`Gates passed: ${out.gatesRun?.join(', ')} (${secs} s).`);
        return out;
    }
    d.log.info((0,untrusted/* untrustedText */.Ui)(out.error ?? ''));
    d.log.startGroup(`After the failed ${out.failedGate} gate`);
    try {
        await afterFailure(i, d, run, out, rollouts.found);
        d.log.info(out.afterGate ?? '');
        out.error = `${out.error ?? ''} ${out.afterGate ?? ''}`.trim();
    }
    finally {
        d.log.endGroup();
    }
    return out;
}

// EXTERNAL MODULE: ./actions/deploy-to-eks/src/release.ts
var release = __webpack_require__(6098);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/verify.ts


async function verifyRelease(i, d, result, revision, deployedBefore, canarySpecsBefore) {
    (0,release/* checkCancelled */.S5)(d, 'the gates');
    if (!revision)
        return;
    const gateDeps = {
        ...d,
        helm: (a, w) => (0,release/* helmRun */.ku)(d, a, w),
        helmMajor: d.helm.major,
        helmError: release/* helmError */.lY
    };
    Object.assign(result, await verifyGates(i, gateDeps, { revision, deployedBefore, canarySpecsBefore }));
}


/***/ }),

/***/ 1737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   bV: () => (/* binding */ isTransientError)
/* harmony export */ });
/* unused harmony exports sleep, retryLine, backoffDelay */
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
/**
 * The one retry log line: `<what> failed (<reason>); retrying in 1.2 s (attempt 2)`. The reason is
 * the error's first line, or the text given (a tool's own last line of output, say).
 */
function retryLine(what, err, attempt, delayMs) {
    const reason = typeof err === 'string' ? err : (err instanceof Error ? err.message : String(err)).split('\n')[0];
    return `${what} failed (${reason}); retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1})`;
}
/** Delay before retry `attempt` (1-based): uniform in [0, min(max, base * 2^(attempt-1))]. */
function backoffDelay(attempt, baseMs, maxMs, random) {
    const cap = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
    return Math.round(random() * cap);
}
async function withRetry(fn, opts) {
    const attempts = opts.attempts ?? 4;
    const baseMs = opts.baseMs ?? 500;
    const maxMs = opts.maxMs ?? 8000;
    const wait = opts.sleep ?? sleep;
    const random = opts.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (attempt >= attempts || !opts.isTransient(err))
                throw err;
            const delay = backoffDelay(attempt, baseMs, maxMs, random);
            opts.onRetry?.(err, attempt, delay);
            await wait(delay);
        }
    }
}
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENOTFOUND',
    'UND_ERR_SOCKET'
]);
/** Network errors and HTTP 429/5xx are transient; everything else is final. */
function isTransientError(err) {
    if (!err || typeof err !== 'object')
        return false;
    const e = err;
    if (e.code && TRANSIENT_CODES.has(e.code))
        return true;
    const status = e.status ?? e.statusCode;
    if (status !== undefined && (status === 429 || status >= 500))
        return true;
    return e.cause !== undefined && e.cause !== err ? isTransientError(e.cause) : false;
}


/***/ })

};
;