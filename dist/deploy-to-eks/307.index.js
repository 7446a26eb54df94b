"use strict";
exports.id = 307;
exports.ids = [307];
exports.modules = {

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

/***/ 9307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyChange: () => (/* binding */ applyChange)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/untrusted.ts
var untrusted = __webpack_require__(881);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/failureFacts.ts
function helmUninstalledRelease(res) {
    return /\buninstalled due to\b|\bhas been uninstalled\b/i.test(`${res.stderr}\n${res.stdout}`);
}

// EXTERNAL MODULE: ./actions/deploy-to-eks/src/helmArgs.ts
var helmArgs = __webpack_require__(5206);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/namespace.ts
var namespace = __webpack_require__(8488);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/podJudge.ts
const IMAGE_PULL = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);
const CONFIG = new Set(['CreateContainerConfigError']);
function ruleText(reason, r) {
    switch (reason) {
        case 'image-pull':
            return `fail-fast-image-pull-grace ${r.imagePullGraceSeconds}s`;
        case 'config-error':
            return `fail-fast-config-error-grace ${r.configErrorGraceSeconds}s`;
        case 'unschedulable':
            return `fail-fast-unschedulable-grace ${r.unschedulableGraceSeconds}s`;
        case 'crash-loop':
            return `fail-fast-crashloop-restarts ${r.crashLoopRestarts}`;
    }
}
class PodJudge {
    rules;
    /** `<pod>/<container>/<reason>` → first time (ms) a poll saw it. */
    firstSeen = new Map();
    constructor(rules) {
        this.rules = rules;
    }
    /** The pods that make the rollout hopeless now (empty: keep waiting). */
    judge(pods, nowMs) {
        const seenNow = new Set();
        const out = [];
        const consider = (pod, container, reason, shown, message, graceSeconds, certain = false) => {
            const key = `${pod}/${container}/${reason}`;
            seenNow.add(key);
            const first = this.firstSeen.get(key) ?? nowMs;
            this.firstSeen.set(key, first);
            const seenSeconds = (nowMs - first) / 1000;
            if (certain || (graceSeconds !== undefined && seenSeconds >= graceSeconds))
                out.push({ pod, container, reason, shown, message, seenSeconds, rule: ruleText(reason, this.rules) });
        };
        for (const p of pods) {
            if (p.ready)
                continue;
            if (p.unschedulable !== undefined)
                consider(p.name, '', 'unschedulable', 'Unschedulable', p.unschedulable, this.rules.unschedulableGraceSeconds);
            for (const c of p.containers) {
                if (c.ready)
                    continue;
                if (IMAGE_PULL.has(c.reason))
                    consider(p.name, c.name, 'image-pull', c.reason, c.message, this.rules.imagePullGraceSeconds);
                else if (CONFIG.has(c.reason))
                    consider(p.name, c.name, 'config-error', c.reason, c.message, this.rules.configErrorGraceSeconds);
                else if (c.reason === 'CrashLoopBackOff')
                    consider(p.name, c.name, 'crash-loop', c.reason, c.message, undefined, c.restarts >= this.rules.crashLoopRestarts);
            }
        }
        // A reason that cleared starts its grace again if it comes back.
        for (const k of [...this.firstSeen.keys()])
            if (!seenNow.has(k))
                this.firstSeen.delete(k);
        return out;
    }
}
/** `web-abc/app ImagePullBackOff for 61s (fail-fast-image-pull-grace 60s): <message>`. */
function describeHopeless(h) {
    const where = h.container ? `${h.pod}/${h.container}` : h.pod;
    const how = h.reason === 'crash-loop' ? `restarting (${h.rule})` : `for ${Math.round(h.seenSeconds)}s (${h.rule})`;
    return `${where} ${h.shown} ${how}${h.message ? `: ${h.message}` : ''}`;
}
/**
 * The judge wired to a running helm: on the first hopeless verdict it logs which pods and why and
 * aborts `signal`, which the caller hands to helm's exec (SIGINT: helm marks the revision failed
 * and, with rollback-on-failure, rolls back itself — the release never stays pending).
 */
class FailFast {
    now;
    log;
    hopeless;
    /** When the verdict was reached (ms, the caller's clock). */
    at;
    controller = new AbortController();
    judgeOf;
    constructor(rules, now, log) {
        this.now = now;
        this.log = log;
        this.judgeOf = new PodJudge(rules);
    }
    get signal() {
        return this.controller.signal;
    }
    judge = (pods) => {
        if (this.hopeless)
            return;
        const h = this.judgeOf.judge(pods, this.now());
        if (!h.length)
            return;
        this.hopeless = h;
        this.at = this.now();
        this.log(`Fail fast: the new pods cannot become ready; stopping the wait.`);
        for (const x of h.slice(0, 5))
            this.log(`  ${describeHopeless(x)}`);
        this.controller.abort();
    };
    /** One sentence for the error and the summary. */
    describe() {
        const h = this.hopeless ?? [];
        const shown = h.slice(0, 3).map(describeHopeless).join('; ');
        return `${h.length} pod${h.length === 1 ? '' : 's'} of the new revision cannot become ready: ${shown}${h.length > 3 ? `; and ${h.length - 3} more` : ''}`;
    }
}

// EXTERNAL MODULE: ./actions/deploy-to-eks/src/progressive/helmWait.ts
var helmWait = __webpack_require__(970);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/releaseDiff.ts
var releaseDiff = __webpack_require__(3753);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/rolloutWatcher.ts
var rolloutWatcher = __webpack_require__(9720);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/release.ts
var release = __webpack_require__(6098);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/steps/read.ts
var read = __webpack_require__(2459);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/steps/recover.ts
var recover = __webpack_require__(9031);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/apply.ts
/**
 * Apply: the one step that changes the release. `helm upgrade --install` (or `helm rollback` for
 * rollback on demand) with progress lines from the workloads while helm waits and the fail-fast
 * judge watching the pods (podJudge.ts), then the facts: which revision exists now, whether helm
 * rolled back (and to what), and, on failure, why — pods, Warning events and last log lines,
 * collected while the failing pods still exist.
 */












async function changeArgs(i, d, change) {
    if (change.kind === 'rollback')
        return (0,helmArgs/* helmRollbackArgs */.S6)(i, change.revision, d.helm.major, i.wait);
    // A release with Argo Rollouts: helm 4's watcher wait cannot judge them (progressive/helmWait.ts).
    const args = await (0,helmWait/* rolloutAwareArgs */.d0)((0,helmArgs/* helmUpgradeArgs */.E_)(i, d.helm.major), {
        kube: d.kube,
        render: async () => (0,releaseDiff/* parseHelmReleaseOutput */.s3)((await (0,release/* helmRun */.ku)(d, (0,helmArgs/* helmUpgradeArgs */.E_)(i, d.helm.major, 'client'), 'dry run', false)).stdout)?.manifest,
        log: l => d.log.info(l)
    });
    return [...args, ...change.labelArgs];
}
/** Runs the change and fills in `result` (revision, status, changed, rolled back, error, diagnostics). */
async function applyChange(i, d, before, change, result, started) {
    const verb = change.kind;
    if (verb === 'upgrade') {
        // Created through the API with Pod Security labels (namespace.ts), not helm --create-namespace.
        result.namespace = await (0,namespace/* ensureNamespace */.Gv)(d.kube, i.namespace, i.namespacePodSecurity, i.createNamespace);
        d.log.info(result.namespace.summary);
    }
    (0,release/* checkCancelled */.S5)(d, `the ${verb}`);
    const args = await changeArgs(i, d, change);
    const watcher = new rolloutWatcher/* RolloutWatcher */.AQ(d.kube, i.namespace, i.releaseName);
    const failFast = i.gates.failFast
        ? new FailFast(i.gates.failFast, () => d.now().getTime(), l => d.log.info(l))
        : undefined;
    const stop = i.wait
        ? watcher.start(d.progressIntervalMs ?? 3000, l => d.log.info((0,untrusted/* untrustedText */.Ui)(l)), () => d.now().getTime() - started.getTime(), failFast?.judge)
        : () => undefined;
    d.log.startGroup(verb === 'upgrade'
        ? `helm upgrade --install ${i.releaseName}`
        : `helm rollback ${i.releaseName} ${change.kind === 'rollback' ? change.revision : ''}`);
    let res;
    try {
        res = await (0,release/* helmRun */.ku)(d, args, verb, true, failFast?.signal);
    }
    finally {
        stop();
        d.log.endGroup();
    }
    if (failFast?.hopeless && res.exitCode !== 0) {
        // The judge stopped helm, which marks the revision failed (and rolls back) itself; should it
        // have died before that, recover here so the release is never left pending.
        result.recovery = await (0,read/* readRelease */.iJ)(i, d)
            .then(s => (0,recover/* recoverStuck */.R)({ ...i, timeoutSeconds: 0 }, d, s))
            .catch(err => `Recovery after the early stop failed: ${(0,errors/* describeError */.Uc)(err)}`);
    }
    const after = await (0,read/* readRelease */.iJ)(i, d).catch(() => before);
    const last = after.latest;
    const latest = before.latest;
    result.changed = last !== undefined && (latest === undefined || last.revision !== latest.revision);
    if (res.exitCode === 0) {
        const rel = verb === 'upgrade' ? (0,releaseDiff/* parseHelmReleaseOutput */.s3)(res.stdout) : undefined;
        result.revision = String(rel?.version ?? last?.revision ?? '');
        result.status = rel?.info.status ?? last?.status ?? '';
        const meta = rel?.chart?.metadata ?? last?.release.chart?.metadata;
        if (meta)
            result.chart = `${meta.name}-${meta.version}`;
        result.ok = true;
        d.log.info(change.kind === 'upgrade'
            ? `Deployed ${i.releaseName} revision ${result.revision} (${result.status}).`
            : `Rolled ${i.releaseName} back to the content of revision ${change.revision}: now revision ${result.revision} (${result.status}).`);
        return after;
    }
    // Failed: what state is the release in, did it roll back, and why did it fail?
    result.ok = false;
    result.revision = last ? String(last.revision) : '';
    result.status = last?.status ?? 'uninstalled';
    const rolledBackRecord = last && /^Rollback to (\d+)/.exec(last.release.info.description ?? '');
    if (verb === 'upgrade' && rolledBackRecord && last.revision !== latest?.revision) {
        result.rolledBack = true;
        result.rolledBackTo = rolledBackRecord[1];
    }
    else if (verb === 'upgrade' &&
        !last &&
        latest === undefined &&
        i.rollbackOnFailure &&
        helmUninstalledRelease(res)) {
        // A failed first install with rollback-on-failure is uninstalled by helm (and says so).
        result.rolledBack = true;
    }
    // No release at all and helm removed nothing: it never installed one (e.g. it refused a flag).
    if (!last && !result.rolledBack)
        result.status = '';
    const signalled = d.cancelled?.() || res.signal !== null;
    const afterRollback = result.rolledBack
        ? result.rolledBackTo
            ? ` Rolled back to revision ${result.rolledBackTo} (now revision ${result.revision}, ${result.status}).`
            : ' The failed first install was removed.'
        : '';
    if (failFast?.hopeless && !signalled) {
        result.stoppedEarly = failFast.describe();
        result.error =
            `Stopped waiting after ${Math.round(((failFast.at ?? 0) - started.getTime()) / 1000)}s (fail fast): ${result.stoppedEarly}.` +
                (afterRollback || ` Revision ${result.revision || '-'} is ${result.status}.`);
        result.diagnostics = await watcher.diagnostics(started).catch(() => undefined);
    }
    else if (signalled) {
        result.error = `Cancelled: helm was stopped${res.signal ? ` (${res.signal})` : ''} during the ${verb}${result.rolledBack && result.rolledBackTo ? ` and rolled back to revision ${result.rolledBackTo}` : ''}; revision ${result.revision || '-'} is ${result.status}. The next run recovers the release if it was left pending.`;
        return after;
    }
    else if (/another operation \(install\/upgrade\/rollback\) is in progress|already exists/.test(res.stderr)) {
        result.error = `Another deploy of ${i.releaseName} started at the same time and won; this run changed nothing (helm: ${(0,release/* helmError */.lY)(res).split('\n').pop()}).`;
        result.changed = false;
        return after;
    }
    else {
        const nowDeployed = after.deployed;
        result.error =
            `helm ${verb} of ${i.releaseName} failed: ${(0,release/* helmError */.lY)(res).split('\n').slice(-2).join(' ')}` +
                (afterRollback ||
                    (nowDeployed
                        ? ` Revision ${nowDeployed.revision} is still the deployed one.`
                        : last
                            ? ''
                            : ' Nothing was installed.'));
        result.diagnostics = await watcher.diagnostics(started).catch(err => ({
            pods: [],
            events: [{ object: '-', reason: 'Unavailable', message: (0,errors/* describeError */.Uc)(err), count: 1, time: '' }],
            logs: []
        }));
    }
    if (result.diagnostics) {
        d.log.startGroup('Diagnostics: pods, Warning events, logs');
        d.log.info((0,untrusted/* untrustedText */.Ui)((0,rolloutWatcher/* formatDiagnostics */.oO)(result.diagnostics)));
        d.log.endGroup();
    }
    return after;
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


/***/ })

};
;