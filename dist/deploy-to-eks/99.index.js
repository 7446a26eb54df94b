"use strict";
exports.id = 99;
exports.ids = [99,634];
exports.modules = {

/***/ 2099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTIVE_PHASES: () => (/* binding */ ACTIVE_PHASES),
/* harmony export */   backToPromoted: () => (/* binding */ backToPromoted),
/* harmony export */   canaryDiagnostics: () => (/* binding */ canaryDiagnostics),
/* harmony export */   canarySpecs: () => (/* binding */ canarySpecs),
/* harmony export */   canaryState: () => (/* binding */ canaryState),
/* harmony export */   cannotPromote: () => (/* binding */ cannotPromote),
/* harmony export */   changedConfigs: () => (/* binding */ changedConfigs),
/* harmony export */   changedTargets: () => (/* binding */ changedTargets),
/* harmony export */   followCanaries: () => (/* binding */ followCanaries),
/* harmony export */   formatCanary: () => (/* binding */ formatCanary),
/* harmony export */   gateName: () => (/* binding */ gateName),
/* harmony export */   goDurationMs: () => (/* binding */ goDurationMs),
/* harmony export */   judgeCanary: () => (/* binding */ judgeCanary),
/* harmony export */   listCanaries: () => (/* binding */ listCanaries),
/* harmony export */   podTemplates: () => (/* binding */ podTemplates)
/* harmony export */ });
/* harmony import */ var _src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1005);
/* harmony import */ var _src_lib_manifest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5634);
/* harmony import */ var _src_lib_untrusted__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(881);
/* harmony import */ var _rolloutWatcher__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9720);
/* harmony import */ var _follow__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9510);





/** Phases in which Flagger is working on a revision (its scheduler's "should advance" set). */
const ACTIVE_PHASES = [
    'Initializing',
    'Progressing',
    'Waiting',
    'WaitingPromotion',
    'Promoting',
    'Finalising'
];
const num = (v) => (typeof v === 'number' ? v : 0);
/** `15s`, `1m`, `1m30s`, `500ms` (Go durations as Flagger's CRD takes them) in ms. */
function goDurationMs(s) {
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
    if (!/^(\d+(?:\.\d+)?(ms|s|m|h))+$/.test(s))
        return undefined;
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
    let total = 0;
    for (const m of s.matchAll(re))
        total += Number(m[1]) * unit[m[2]];
    return total;
}
function canaryState(o) {
    const meta = (o['metadata'] ?? {});
    const spec = (o['spec'] ?? {});
    const st = (o['status'] ?? {});
    const analysis = (spec['analysis'] ?? spec['canaryAnalysis'] ?? {});
    const ref = (spec['targetRef'] ?? {});
    const conds = (Array.isArray(st['conditions']) ? st['conditions'] : []);
    const promoted = conds.find(c => c['type'] === 'Promoted');
    const t = Date.parse((0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(st['lastTransitionTime']));
    const pt = Date.parse((0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(promoted?.['lastUpdateTime']));
    const tracked = (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .strMap */ .qR)(st['trackedConfigs']);
    const configs = Object.keys(tracked).length ? JSON.stringify(Object.entries(tracked).sort()) : '';
    const hooks = (Array.isArray(analysis['webhooks']) ? analysis['webhooks'] : []);
    return {
        name: (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(meta['name']),
        phase: (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(st['phase']),
        message: (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(promoted?.['message']),
        weight: num(st['canaryWeight']),
        iterations: num(st['iterations']),
        failedChecks: num(st['failedChecks']),
        threshold: num(analysis['threshold']) || 1,
        maxIterations: num(analysis['iterations']),
        intervalMs: goDurationMs((0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(analysis['interval'])) ?? 60_000,
        lastTransition: Number.isNaN(t) ? undefined : t,
        lastAppliedSpec: (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(st['lastAppliedSpec']),
        trackedConfigs: tracked,
        configs,
        applied: configs ? `${(0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(st['lastAppliedSpec'])} ${configs}` : (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(st['lastAppliedSpec']),
        lastPromotedSpec: (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(st['lastPromotedSpec']),
        promotedStamp: promoted ? `${(0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(promoted['reason'])}@${(0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(promoted['lastUpdateTime'])}` : '',
        promotedAt: Number.isNaN(pt) ? undefined : pt,
        gates: hooks
            .map(h => ({ name: (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(h['name']), type: (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(h['type']) }))
            .filter((h) => h.type === 'confirm-rollout' || h.type === 'confirm-promotion'),
        skipAnalysis: spec['skipAnalysis'] === true,
        target: { kind: (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(ref['kind']) || 'Deployment', name: (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(ref['name']) },
        conditions: conds.map(c => ({
            type: (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(c['type']),
            status: (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(c['status']),
            reason: (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(c['reason']),
            message: (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(c['message'])
        }))
    };
}
/** `canary/web Progressing: iteration 2/5, canary weight 0%, 0/5 failed checks — message`. */
function formatCanary(c) {
    const parts = [
        // While WaitingPromotion, Flagger toggles iterations between N-1 and N on every tick it asks.
        c.maxIterations && c.phase !== 'WaitingPromotion'
            ? `iteration ${Math.min(c.iterations, c.maxIterations)}/${c.maxIterations}`
            : '',
        `canary weight ${c.weight}%`,
        `${c.failedChecks}/${c.threshold} failed checks`
    ].filter(Boolean);
    return `canary/${c.name} ${c.phase || 'not initialised yet'}: ${parts.join(', ')}${c.message ? ` — ${c.message}` : ''}`;
}
/**
 * The verdict on the revision deployed at `deployedAt` (ms, the runner's clock; Flagger's
 * timestamps have whole seconds, hence the floor). `stale`: the Canary still shows an earlier
 * revision's verdict — Flagger has not noticed this one yet (or, right after a Failed, is between
 * its two writes). `before`: for a target whose pod template this revision changed, the snapshot
 * taken before the upgrade; a known hash and condition stamp decide instead of the time (see the
 * module's header for why both).
 */
function judgeCanary(c, deployedAt, before = {}) {
    if (c.phase === 'Waiting' || c.phase === 'WaitingPromotion')
        return 'paused';
    if (ACTIVE_PHASES.includes(c.phase) || c.phase === '')
        return 'progressing';
    if (backToPromoted(c, before))
        return 'passed';
    const at = c.promotedAt ?? c.lastTransition;
    const fresh = before.appliedSpec
        ? (before.analysed === true || c.applied !== before.appliedSpec) &&
            (!before.promotedStamp || c.promotedStamp !== before.promotedStamp)
        : at !== undefined && at >= Math.floor(deployedAt / 1000) * 1000;
    if (!fresh)
        return 'stale';
    if (c.phase === 'Succeeded' || c.phase === 'Initialized')
        return 'passed';
    if (c.phase === 'Failed')
        return 'failed';
    return 'progressing';
}
/**
 * A Failed Canary whose target this revision set back to the pod template its primary runs (the
 * Failed re-sync wrote that template's hash, equal to lastPromotedSpec, and the tracked configs did
 * not change): Flagger will not analyse it (hasSpecChanged: "do not trigger a canary deployment
 * on manual rollback") and keeps the Canary Failed, while the primary already serves this
 * revision's template. Nothing is left to wait for.
 */
function backToPromoted(c, before) {
    return (c.phase === 'Failed' &&
        !!before.appliedSpec &&
        !!c.lastPromotedSpec &&
        c.lastAppliedSpec === c.lastPromotedSpec &&
        c.applied !== before.appliedSpec &&
        (before.configs ?? '') === c.configs &&
        (!before.promotedStamp || c.promotedStamp === before.promotedStamp));
}
const canariesPath = (ns) => `/apis/flagger.app/v1beta1/namespaces/${encodeURIComponent(ns)}/canaries`;
/** The release's Canaries, or undefined when the cluster has no Flagger API (CRD not installed). */
function listCanaries(kube, namespace, release) {
    return (0,_follow__WEBPACK_IMPORTED_MODULE_1__/* .listReleaseObjects */ .id)(kube, canariesPath(namespace), release, canaryState);
}
/**
 * Each Canary's snapshot (`status.lastAppliedSpec` and trackedConfigs, Promoted condition stamp)
 * by name, read before helm changes the release; undefined when it cannot be read (no Flagger API,
 * a refused list, any API error): the follower then judges by time alone, and the deploy goes on.
 */
async function canarySpecs(kube, namespace, release) {
    const states = await listCanaries(kube, namespace, release).catch(() => undefined);
    return (states &&
        new Map(states.map(c => [
            c.name,
            { appliedSpec: c.applied, promotedStamp: c.promotedStamp, configs: c.configs }
        ])));
}
/**
 * The Canary targets whose pod template this revision changed (or that are new in it), from the
 * two release manifests: Flagger starts an analysis only for those. Without a previous manifest
 * every target counts as changed.
 */
function changedTargets(manifest, previous) {
    const now = podTemplates(manifest);
    if (previous === undefined)
        return new Set(now.keys());
    const before = podTemplates(previous);
    return new Set([...now].filter(([k, v]) => before.get(k) !== v).map(([k]) => k));
}
/** The release manifest's pod templates by `Kind/name` (what a Canary's targetRef can name). */
function podTemplates(manifest) {
    const m = new Map();
    for (const o of (0,_src_lib_manifest__WEBPACK_IMPORTED_MODULE_0__.parseManifest)(manifest ?? '').objects) {
        const spec = o.doc['spec'];
        if ((0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(spec) && (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(spec['template']))
            m.set(`${o.kind}/${o.name}`, JSON.stringify(spec['template']));
    }
    return m;
}
/**
 * Which of the configs Flagger tracks for a Canary's target (status.trackedConfigs keys:
 * `configmap/<name>`, `secret/<name>`) this revision changed, from the two release manifests: a
 * ConfigMap's `data`, a Secret's data as the API server will store it (stringData merged in), the
 * same fields Flagger's config tracker checksums. A config in neither manifest (made by something
 * else) is not this revision's change. Without a previous manifest every one counts as changed.
 */
function changedConfigs(manifest, previous, tracked) {
    if (previous === undefined)
        return tracked;
    const contents = (text) => {
        const m = new Map();
        for (const o of (0,_src_lib_manifest__WEBPACK_IMPORTED_MODULE_0__.parseManifest)(text ?? '').objects) {
            let data;
            if (o.kind === 'ConfigMap')
                data = (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .strMap */ .qR)(o.doc['data']);
            if (o.kind === 'Secret') {
                data = (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .strMap */ .qR)(o.doc['data']);
                for (const [k, v] of Object.entries((0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .strMap */ .qR)(o.doc['stringData'])))
                    data[k] = Buffer.from(v).toString('base64');
            }
            if (data)
                m.set(`${o.kind.toLowerCase()}/${o.name}`, JSON.stringify(Object.entries(data).sort()));
        }
        return m;
    };
    const now = contents(manifest);
    const before = contents(previous);
    return tracked.filter(k => now.get(k) !== before.get(k));
}
/** The canary's own pods: the target's selector (Flagger gives the primary's pods `-primary` labels). */
async function targetPods(kube, namespace, c) {
    const ns = encodeURIComponent(namespace);
    const kinds = { Deployment: 'deployments', DaemonSet: 'daemonsets' };
    const plural = kinds[c.target.kind];
    if (!plural || !c.target.name)
        return [];
    const t = await kube.get(`/apis/apps/v1/namespaces/${ns}/${plural}/${encodeURIComponent(c.target.name)}`);
    const sel = (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .strMap */ .qR)(((t['spec'] ?? {})['selector'] ?? {})['matchLabels']);
    if (!Object.keys(sel).length)
        return [];
    return (await kube.list(`/api/v1/namespaces/${ns}/pods`, { labelSelector: (0,_rolloutWatcher__WEBPACK_IMPORTED_MODULE_3__/* .labelSelector */ .wb)(sel) })).map(_rolloutWatcher__WEBPACK_IMPORTED_MODULE_3__/* .podState */ .TP);
}
/** Conditions, events and the canary's pods of a failed Canary (`seen`: as last seen while analysed). */
async function canaryDiagnostics(kube, namespace, c, seen = []) {
    const lines = [
        ...(0,_follow__WEBPACK_IMPORTED_MODULE_1__/* .conditionLines */ .Hf)('Canary', c.name, c.conditions),
        ...(await (0,_follow__WEBPACK_IMPORTED_MODULE_1__/* .objectEvents */ .fe)(kube, namespace, 'Canary', c.name))
    ];
    let pods = await targetPods(kube, namespace, c).catch(() => []);
    let note = '';
    if (!pods.length && seen.length) {
        pods = seen;
        note = ', as last seen before Flagger scaled them down';
    }
    lines.push(`Canary pods of ${c.target.kind.toLowerCase()}/${c.target.name} (${pods.length}${note}):`);
    for (const p of pods)
        lines.push(`  ${(0,_rolloutWatcher__WEBPACK_IMPORTED_MODULE_3__/* .describePod */ .Fx)(p)}`);
    return lines;
}
/** `its confirm-promotion webhook promotion-gate`: the webhook a paused Canary waits on (never its URL). */
function gateName(c) {
    const type = c.phase === 'WaitingPromotion' ? 'confirm-promotion' : 'confirm-rollout';
    const names = c.gates.filter(g => g.type === type).map(g => g.name);
    return `its ${type} webhook${names.length > 1 ? 's' : ''}${names.length ? ` ${names.join(', ')}` : ''}`;
}
/** Why `rollout-pause: promote` does not promote a Flagger Canary. */
function cannotPromote(c) {
    return `rollout-pause: promote cannot promote a Flagger Canary: Flagger has no promote API and advances only when ${gateName(c)} answers 2xx`;
}
/** Follows every Canary of the release until Flagger has judged this revision (or timeout). */
async function followCanaries(i, run, d) {
    let states = await (0,_follow__WEBPACK_IMPORTED_MODULE_1__/* .firstList */ .vB)(() => listCanaries(d.kube, i.namespace, i.releaseName), d, i, 'Flagger Canaries', 'canaries.flagger.app');
    if (!states.length)
        return _follow__WEBPACK_IMPORTED_MODULE_1__/* .NOT_FOUND */ .p2;
    const changed = changedTargets(run.manifest, run.previousManifest);
    const inRelease = podTemplates(run.manifest);
    const targetOf = (c) => `${c.target.kind}/${c.target.name}`;
    const configsOf = (c) => changedConfigs(run.manifest, run.previousManifest, Object.keys(c.trackedConfigs));
    const unchanged = new Set(states.filter(c => !changed.has(targetOf(c)) && !configsOf(c).length).map(c => c.name));
    const { pollMs, deadline } = (0,_follow__WEBPACK_IMPORTED_MODULE_1__/* .pollSettings */ .ZQ)(i, d);
    const progress = new _follow__WEBPACK_IMPORTED_MODULE_1__/* .ProgressLines */ .xy(d.log);
    const seenPods = new Map();
    const waitedOn = new Set();
    const analysed = new Set();
    d.log.info(`Following ${states.length} Flagger Canary(ies) until this revision is analysed: ${states.map(c => c.name).join(', ')}.`);
    for (const c of states.filter(x => unchanged.has(x.name)))
        d.log.info(inRelease.has(targetOf(c))
            ? `canary/${c.name}: this revision does not change its target's pod template; Flagger has nothing to analyse.`
            : `canary/${c.name}: its target ${c.target.kind.toLowerCase()}/${c.target.name} is not part of this release; nothing of this revision to analyse.`);
    for (const c of states.filter(x => !unchanged.has(x.name) && !changed.has(targetOf(x))))
        d.log.info(`canary/${c.name}: this revision changes ${configsOf(c).join(', ')}, which Flagger tracks for its target; following the analysis.`);
    for (;;) {
        for (const c of states)
            progress.show(c.name, formatCanary(c));
        // Initializing is a first version's phase, never an upgrade's analysis; an active phase on the
        // old template (Waiting at confirm-rollout, or still promoting the previous one) is not either.
        for (const c of states) {
            const old = run.specsBefore?.get(c.name)?.appliedSpec;
            if (ACTIVE_PHASES.includes(c.phase) && c.phase !== 'Initializing' && (!old || c.applied !== old))
                analysed.add(c.name);
        }
        const verdicts = states.map(c => {
            if (unchanged.has(c.name)) {
                const v = judgeCanary(c, run.deployedAt);
                return [c, v === 'stale' ? 'passed' : v];
            }
            const before = { ...run.specsBefore?.get(c.name), analysed: analysed.has(c.name) };
            if (backToPromoted(c, before) && !waitedOn.has(`${c.name}/promoted`)) {
                d.log.info(`canary/${c.name}: this revision sets its target back to the pod template its primary runs; Flagger does not analyse that again (it stays Failed from the earlier revision), and the primary already serves it.`);
                waitedOn.add(`${c.name}/promoted`);
            }
            return [c, judgeCanary(c, run.deployedAt, before)];
        });
        // While Flagger analyses: one pod list per Canary per poll, kept for the diagnostics.
        for (const [c, v] of verdicts)
            if (v === 'progressing' && c.phase === 'Progressing') {
                const pods = (await targetPods(d.kube, i.namespace, c).catch(() => [])).filter(p => !p.ready);
                if (pods.length)
                    seenPods.set(c.name, pods);
            }
        const failed = verdicts.find(([, v]) => v === 'failed');
        if (failed) {
            const c = failed[0];
            return {
                found: true,
                ok: false,
                lines: [
                    ...states.map(formatCanary),
                    ...(await canaryDiagnostics(d.kube, i.namespace, c, seenPods.get(c.name)))
                ],
                error: `Flagger Canary ${c.name} Failed${c.message ? `: ${c.message}` : ''}`
            };
        }
        for (const [c, v] of verdicts) {
            if (v !== 'paused')
                continue;
            const where = `Canary ${c.name} is ${c.phase} (${gateName(c)} has not approved)`;
            if (i.gates.rolloutPause === 'fail')
                return {
                    found: true,
                    ok: false,
                    lines: states.map(formatCanary),
                    error: `${where} and rollout-pause is fail`
                };
            if (!waitedOn.has(`${c.name}/${c.phase}`)) {
                // Webhook names come from the Canary's spec, as the status text does.
                d.log.info((0,_src_lib_untrusted__WEBPACK_IMPORTED_MODULE_4__/* .untrustedText */ .Ui)(i.gates.rolloutPause === 'promote'
                    ? `${where}: ${cannotPromote(c)}; waiting for the webhook, up to the timeout.`
                    : `${where}: waiting for its webhook to approve (rollout-pause: wait), up to the timeout.`));
                waitedOn.add(`${c.name}/${c.phase}`);
            }
        }
        if (verdicts.every(([, v]) => v === 'passed')) {
            d.log.info(`All ${states.length} Canary(ies) analysed and promoted.`);
            return { found: true, ok: true, lines: states.map(formatCanary) };
        }
        if (d.now().getTime() >= deadline) {
            const slow = verdicts.filter(([, v]) => v !== 'passed');
            const lines = [...states.map(formatCanary)];
            for (const [c] of slow)
                lines.push(...(await canaryDiagnostics(d.kube, i.namespace, c, seenPods.get(c.name))));
            const stale = slow.filter(([, v]) => v === 'stale').map(([c]) => c.name);
            const paused = slow.filter(([, v]) => v === 'paused').map(([c]) => c);
            return {
                found: true,
                ok: false,
                lines,
                error: `Flagger Canary(ies) ${slow.map(([c]) => c.name).join(', ')} not promoted within ${i.timeoutSeconds}s` +
                    (stale.length
                        ? ` (Flagger never started analysing this revision of ${stale.join(', ')}: is its controller running?)`
                        : '') +
                    paused
                        .map(c => `; Canary ${c.name} is still ${c.phase}: ${gateName(c)} did not approve` +
                        (i.gates.rolloutPause === 'promote' ? ` (${cannotPromote(c)})` : ''))
                        .join('')
            };
        }
        await (0,_follow__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy)(pollMs);
        states = (await listCanaries(d.kube, i.namespace, i.releaseName)) ?? [];
    }
}


/***/ }),

/***/ 9510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ conditionLines),
/* harmony export */   ZQ: () => (/* binding */ pollSettings),
/* harmony export */   fe: () => (/* binding */ objectEvents),
/* harmony export */   id: () => (/* binding */ listReleaseObjects),
/* harmony export */   p2: () => (/* binding */ NOT_FOUND),
/* harmony export */   vB: () => (/* binding */ firstList),
/* harmony export */   xy: () => (/* binding */ ProgressLines),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var _src_lib_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _src_lib_kube__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2534);
/* harmony import */ var _src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1005);
/* harmony import */ var _src_lib_untrusted__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(881);
/* harmony import */ var _rolloutWatcher__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9720);
/**
 * What following a progressive-delivery engine's objects has in common, whichever engine (Argo
 * Rollouts, Flagger): the result shape, the poll settings, listing the release's objects with a
 * missing permission as a warning (not a failed deploy), a progress line only when it changed,
 * and an object's recent events for the diagnostics.
 */





const NOT_FOUND = { found: false, ok: true, lines: [] };
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
/**
 * The release's objects of a custom resource (by Helm's ownership annotation), mapped; undefined
 * when the cluster does not serve that resource (its CRD is not installed).
 */
async function listReleaseObjects(kube, path, release, map) {
    try {
        const items = await kube.list(path);
        return items.filter(o => (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_2__/* .helmReleaseOf */ .n_)(o) === release).map(map);
    }
    catch (err) {
        if (err instanceof _src_lib_kube__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W3 && err.status === 404)
            return undefined;
        throw err;
    }
}
/** The poll interval and the deadline of a follow that starts now. */
function pollSettings(i, d) {
    return {
        pollMs: d.rollouts?.pollMs ?? d.progressIntervalMs ?? 3000,
        deadline: d.now().getTime() + (d.rollouts?.timeoutSeconds ?? i.timeoutSeconds) * 1000
    };
}
/**
 * The first list of the release's objects; [] when there are none, the API is not served, or the
 * deploy role may not list them (a namespace-scoped role: said as a warning naming the grant).
 */
async function firstList(list, d, i, what, resource) {
    try {
        return (await list()) ?? [];
    }
    catch (err) {
        // Only a missing permission is worth going on without; any other 403 keeps its own message.
        if (!(err instanceof _src_lib_kube__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W3 && err.refusal))
            throw err;
        d.log.warning(`Cannot list ${what} in ${i.namespace} (HTTP 403); grant get/list on ${resource} to have them followed: ${err.message}`);
        return [];
    }
}
/** Prints each object's progress line when it differs from the one printed last. */
class ProgressLines {
    log;
    printed = new Map();
    constructor(log) {
        this.log = log;
    }
    show(name, line) {
        if (this.printed.get(name) === line)
            return;
        // The controller's status text can carry pod, event and webhook text.
        this.log.info((0,_src_lib_untrusted__WEBPACK_IMPORTED_MODULE_3__/* .untrustedText */ .Ui)(line));
        this.printed.set(name, line);
    }
}
/** `<Kind> <name> events (N):` and the last ten events of that object, oldest first. */
async function objectEvents(kube, namespace, kind, name) {
    try {
        const events = (await kube.list(`/api/v1/namespaces/${encodeURIComponent(namespace)}/events`, {
            fieldSelector: `involvedObject.kind=${kind},involvedObject.name=${name}`
        }))
            .map(_rolloutWatcher__WEBPACK_IMPORTED_MODULE_4__/* .eventLine */ .V8)
            .sort((a, b) => a.time.localeCompare(b.time))
            .slice(-10);
        return [
            `${kind} ${name} events (${events.length}):`,
            ...events.map(e => `  ${e.time} ${e.reason}${e.count > 1 ? ` x${e.count}` : ''}: ${e.message}`)
        ];
    }
    catch (err) {
        return [`  (events unavailable: ${(0,_src_lib_errors__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err)})`];
    }
}
/** `<Kind> <name> conditions:` and one line per condition. */
function conditionLines(kind, name, conditions) {
    const lines = [`${kind} ${name} conditions:`];
    for (const c of conditions)
        lines.push(`  ${c.type}=${c.status} ${c.reason}${c.message ? `: ${c.message}` : ''}`);
    if (!conditions.length)
        lines.push('  (none)');
    return lines;
}


/***/ }),

/***/ 9720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ RolloutWatcher),
/* harmony export */   Fx: () => (/* binding */ describePod),
/* harmony export */   TP: () => (/* binding */ podState),
/* harmony export */   V8: () => (/* binding */ eventLine),
/* harmony export */   Vu: () => (/* binding */ formatProgress),
/* harmony export */   ei: () => (/* binding */ workloadsReady),
/* harmony export */   oO: () => (/* binding */ formatDiagnostics),
/* harmony export */   wb: () => (/* binding */ labelSelector)
/* harmony export */ });
/* unused harmony exports workloadStatus, matchesLabels */
/* harmony import */ var _src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1005);

const WORKLOAD_PATHS = [
    ['Deployment', 'deployments'],
    ['StatefulSet', 'statefulsets'],
    ['DaemonSet', 'daemonsets']
];
const num = (v) => (typeof v === 'number' ? v : 0);
function belongs(o, release) {
    return (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__/* .helmReleaseOf */ .n_)(o) === release;
}
/** matchLabels as a label selector query (`a=b,c=d`), for the server to filter by. */
function labelSelector(labels) {
    return Object.entries(labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}
function workloadStatus(kind, o) {
    const meta = (o['metadata'] ?? {});
    const spec = (o['spec'] ?? {});
    const st = (o['status'] ?? {});
    const matchLabels = ((spec['selector'] ?? {})['matchLabels'] ?? {});
    const observed = num(st['observedGeneration']) >= num(meta['generation']);
    const uid = String(meta['uid'] ?? '');
    if (kind === 'DaemonSet') {
        return {
            kind,
            name: String(meta['name']),
            desired: num(st['desiredNumberScheduled']),
            ready: num(st['numberReady']),
            updated: num(st['updatedNumberScheduled']),
            observed,
            matchLabels,
            uid,
            revision: String(meta['generation'] ?? '')
        };
    }
    const ann = (meta['annotations'] ?? {});
    return {
        kind,
        name: String(meta['name']),
        desired: spec['replicas'] === undefined ? 1 : num(spec['replicas']),
        ready: num(st['readyReplicas']),
        updated: num(st['updatedReplicas']),
        observed,
        matchLabels,
        uid,
        revision: kind === 'Deployment'
            ? (ann['deployment.kubernetes.io/revision'] ?? '')
            : String(st['updateRevision'] ?? '')
    };
}
/** `deployment/web 2/3 ready (3 updated)` for each workload, joined. */
function formatProgress(ws) {
    if (!ws.length)
        return 'no workloads yet';
    return ws
        .map(w => {
        const updated = w.updated !== w.desired ? `, ${w.updated}/${w.desired} updated` : '';
        return `${w.kind.toLowerCase()}/${w.name} ${w.ready}/${w.desired} ready${updated}`;
    })
        .join('; ');
}
function workloadsReady(ws) {
    return ws.every(w => w.observed && w.ready >= w.desired && w.updated >= w.desired);
}
function podState(p) {
    const meta = (p['metadata'] ?? {});
    const st = (p['status'] ?? {});
    const conds = (Array.isArray(st['conditions']) ? st['conditions'] : []);
    const statuses = [
        ...(Array.isArray(st['initContainerStatuses']) ? st['initContainerStatuses'] : []),
        ...(Array.isArray(st['containerStatuses']) ? st['containerStatuses'] : [])
    ];
    const containers = statuses.map(c => {
        const state = (c['state'] ?? {});
        const last = (c['lastState'] ?? {});
        const waiting = state['waiting'];
        const terminated = (state['terminated'] ?? last['terminated']);
        const reason = String(waiting?.['reason'] ?? (state['terminated'] ? (terminated?.['reason'] ?? '') : ''));
        return {
            name: String(c['name']),
            ready: c['ready'] === true,
            restarts: num(c['restartCount']),
            reason,
            message: String(waiting?.['message'] ?? (state['terminated'] ? (terminated?.['message'] ?? '') : '')),
            exitCode: terminated && typeof terminated['exitCode'] === 'number'
                ? terminated['exitCode']
                : undefined
        };
    });
    const conditions = conds
        .filter(c => c['status'] === 'False' && (c['type'] === 'PodScheduled' || c['reason']))
        .map(c => `${String(c['type'])}=False${c['reason'] ? ` ${String(c['reason'])}` : ''}${c['message'] ? `: ${String(c['message'])}` : ''}`);
    const ready = conds.some(c => c['type'] === 'Ready' && c['status'] === 'True');
    const unsched = conds.find(c => c['type'] === 'PodScheduled' && c['status'] === 'False' && c['reason'] === 'Unschedulable');
    return {
        name: String(meta['name']),
        phase: String(st['phase'] ?? 'Unknown'),
        ready,
        conditions,
        containers,
        unschedulable: unsched ? String(unsched['message'] ?? '') : undefined,
        labels: (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__/* .labelsOf */ .PC)(p)
    };
}
/** One line per pod: `web-abc Running, not ready: app CrashLoopBackOff (exit 1, 4 restarts)`. */
function describePod(p) {
    const parts = p.containers
        .filter(c => !c.ready || c.reason)
        .map(c => {
        const extra = [
            c.exitCode !== undefined ? `exit ${c.exitCode}` : '',
            c.restarts ? `${c.restarts} restarts` : ''
        ]
            .filter(Boolean)
            .join(', ');
        return `${c.name} ${c.reason || 'not ready'}${extra ? ` (${extra})` : ''}${c.message ? `: ${c.message}` : ''}`;
    });
    const conds = p.conditions.length ? ` [${p.conditions.join('; ')}]` : '';
    return `${p.name} ${p.phase}${p.ready ? ', ready' : ', not ready'}${parts.length ? ': ' + parts.join('; ') : ''}${conds}`;
}
/** An empty selector matches nothing here: a workload without one owns no pods we could wait for. */
function matchesLabels(labels, sel) {
    return Object.keys(sel).length > 0 && (0,_src_lib_kubeObject__WEBPACK_IMPORTED_MODULE_0__/* .selectorMatches */ .de)(sel, labels, true);
}
function eventLine(e) {
    const inv = (e['involvedObject'] ?? e['regarding'] ?? {});
    const time = String(e['lastTimestamp'] ?? e['eventTime'] ?? e['metadata']?.['creationTimestamp'] ?? '');
    return {
        object: `${String(inv['kind'] ?? '').toLowerCase()}/${String(inv['name'] ?? '')}`,
        reason: String(e['reason'] ?? ''),
        message: String(e['message'] ?? e['note'] ?? '').trim(),
        count: num(e['count']) || 1,
        time
    };
}
/** The text a person reads first: pods, then events, then logs. */
function formatDiagnostics(d) {
    const lines = [];
    const bad = d.pods.filter(p => !p.ready);
    lines.push(`Pods (${d.pods.length}, ${bad.length} not ready):`);
    for (const p of d.pods)
        lines.push(`  ${describePod(p)}`);
    if (!d.pods.length)
        lines.push('  (none found)');
    lines.push(`Recent Warning events (${d.events.length}):`);
    for (const e of d.events)
        lines.push(`  ${e.time} ${e.object} ${e.reason}${e.count > 1 ? ` x${e.count}` : ''}: ${e.message}`);
    if (!d.events.length)
        lines.push('  (none)');
    for (const l of d.logs) {
        lines.push(`Last log lines of ${l.pod}/${l.container}:`);
        if (l.error)
            lines.push(`  (logs unavailable: ${l.error})`);
        else
            for (const x of l.lines)
                lines.push(`  ${x}`);
    }
    return lines;
}
class RolloutWatcher {
    kube;
    namespace;
    release;
    /** The last non-empty set of unhealthy pods seen, kept for the diagnostics. */
    lastUnhealthy = [];
    lastWorkloads = [];
    /** Last log lines of failing containers, fetched while the pods still exist. */
    logCache = new Map();
    constructor(kube, namespace, release) {
        this.kube = kube;
        this.namespace = namespace;
        this.release = release;
    }
    ns() {
        return encodeURIComponent(this.namespace);
    }
    async workloads() {
        const out = [];
        const lists = await Promise.all(WORKLOAD_PATHS.map(([, p]) => this.kube.list(`/apis/apps/v1/namespaces/${this.ns()}/${p}`).catch(() => [])));
        lists.forEach((items, i) => {
            const kind = WORKLOAD_PATHS[i][0];
            for (const o of items)
                if (belongs(o, this.release))
                    out.push(workloadStatus(kind, o));
        });
        this.lastWorkloads = out;
        return out;
    }
    /** The workloads' pods: one list per workload, by its selector (the server filters). */
    async pods(ws) {
        const seen = new Map();
        const lists = await Promise.all(ws
            .filter(w => Object.keys(w.matchLabels).length)
            .map(w => this.kube.list(`/api/v1/namespaces/${this.ns()}/pods`, {
            labelSelector: labelSelector(w.matchLabels)
        })));
        for (const items of lists)
            for (const p of items) {
                const s = podState(p);
                seen.set(s.name, s);
            }
        return [...seen.values()];
    }
    /**
     * The pods of each workload's newest revision (a Deployment's new ReplicaSet, a StatefulSet's
     * updateRevision, a DaemonSet's generation): the ones this rollout created, so a crash-looping
     * pod of the old revision is not held against the new one.
     */
    async newRevisionPods(ws, pods) {
        const marks = [];
        for (const w of ws) {
            if (w.kind === 'Deployment') {
                const rss = await this.kube.list(`/apis/apps/v1/namespaces/${this.ns()}/replicasets`, {
                    labelSelector: labelSelector(w.matchLabels)
                });
                const rs = rss.find(r => {
                    const m = (r['metadata'] ?? {});
                    const owners = (m['ownerReferences'] ?? []);
                    const ann = (m['annotations'] ?? {});
                    return (owners.some(o => o['uid'] === w.uid) && ann['deployment.kubernetes.io/revision'] === w.revision);
                });
                const hash = rs?.['metadata']?.['labels']?.['pod-template-hash'];
                if (hash)
                    marks.push([w.matchLabels, 'pod-template-hash', hash]);
            }
            else if (w.kind === 'StatefulSet' && w.revision) {
                marks.push([w.matchLabels, 'controller-revision-hash', w.revision]);
            }
            else if (w.kind === 'DaemonSet' && w.revision) {
                marks.push([w.matchLabels, 'pod-template-generation', w.revision]);
            }
        }
        return pods.filter(p => marks.some(([sel, k, v]) => matchesLabels(p.labels, sel) && p.labels[k] === v));
    }
    /** One progress poll: the line to print, and a snapshot of unhealthy pods. */
    async poll(judge) {
        const ws = await this.workloads();
        if (!workloadsReady(ws)) {
            const pods = await this.pods(ws);
            const bad = pods.filter(p => !p.ready);
            if (bad.length)
                this.lastUnhealthy = bad;
            await this.cacheFailingLogs(bad);
            if (judge)
                judge(await this.newRevisionPods(ws, pods));
        }
        return formatProgress(ws);
    }
    /** Crashed containers' logs, at most every 15 s per container and for a few containers. */
    async cacheFailingLogs(bad) {
        const now = Date.now();
        const crashed = bad
            .flatMap(p => p.containers.filter(c => c.restarts > 0 || c.exitCode !== undefined).map(c => ({ pod: p.name, c })))
            .slice(0, 3);
        for (const { pod, c } of crashed) {
            const key = `${pod}/${c.name}`;
            const prev = this.logCache.get(key);
            if (prev && now - prev.at < 15_000)
                continue;
            const entry = await this.fetchLogs(pod, c, 20);
            if (!entry.error || !prev)
                this.logCache.set(key, { ...entry, at: now });
        }
    }
    async fetchLogs(pod, c, lines) {
        const q = new URLSearchParams({ container: c.name, tailLines: String(lines) });
        // A restarting container's useful output is in its previous instance.
        if (c.restarts > 0)
            q.set('previous', 'true');
        try {
            const text = await this.kube.get(`/api/v1/namespaces/${this.ns()}/pods/${encodeURIComponent(pod)}/log?${q}`, {
                text: true,
                timeoutMs: 10_000
            });
            return { pod, container: c.name, lines: text.split('\n').filter(Boolean).slice(-lines) };
        }
        catch (err) {
            return { pod, container: c.name, lines: [], error: err.message.split('\n')[0] };
        }
    }
    /**
     * Polls every `intervalMs` until stopped; errors are reported, never thrown. `judge` sees the
     * new revision's pods on every poll while the workloads are not ready (fail-fast).
     */
    start(intervalMs, onLine, elapsed, judge) {
        let stopped = false;
        let timer;
        const tick = async () => {
            if (stopped)
                return;
            try {
                const line = await this.poll(judge);
                if (!stopped)
                    onLine(`[${Math.round(elapsed() / 1000)}s] ${line}`);
            }
            catch (err) {
                if (!stopped)
                    onLine(`[${Math.round(elapsed() / 1000)}s] (progress unavailable: ${err.message})`);
            }
            if (!stopped)
                timer = setTimeout(() => void tick(), intervalMs);
        };
        timer = setTimeout(() => void tick(), intervalMs);
        return () => {
            stopped = true;
            if (timer)
                clearTimeout(timer);
        };
    }
    /** Pods (current, else the last unhealthy snapshot), Warning events since `since`, failing logs. */
    async diagnostics(since, maxEvents = 15, logLines = 20) {
        let pods = [];
        try {
            pods = await this.pods(await this.workloads());
        }
        catch {
            /* the API may be unreachable now; the snapshot below still tells the story */
        }
        const names = new Set(pods.map(p => p.name));
        // Pods of the failed revision are gone after a rollback: keep what the watcher saw.
        for (const p of this.lastUnhealthy)
            if (!names.has(p.name))
                pods.push({ ...p, name: `${p.name} (before rollback)` });
        let events = [];
        try {
            const raw = await this.kube.list(`/api/v1/namespaces/${this.ns()}/events`, {
                fieldSelector: 'type=Warning'
            });
            events = raw
                .map(eventLine)
                .filter(e => !e.time || Date.parse(e.time) >= since.getTime() - 60_000)
                .sort((a, b) => a.time.localeCompare(b.time))
                .slice(-maxEvents);
        }
        catch (err) {
            events = [{ object: '-', reason: 'Unavailable', message: err.message, count: 1, time: '' }];
        }
        const logs = [];
        for (const p of pods.filter(x => !x.ready).slice(0, 3)) {
            const podName = p.name.replace(/ \(before rollback\)$/, '');
            for (const c of p.containers.filter(x => !x.ready).slice(0, 2)) {
                const fresh = await this.fetchLogs(podName, c, logLines);
                // A pod deleted by the rollback has no logs any more: use what the watcher fetched.
                const cached = this.logCache.get(`${podName}/${c.name}`);
                logs.push(fresh.error && cached && !cached.error ? cached : fresh);
            }
        }
        return { pods, events, logs };
    }
}


/***/ }),

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