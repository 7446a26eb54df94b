"use strict";
exports.id = 274;
exports.ids = [274];
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

/***/ 4274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploySummary: () => (/* binding */ deploySummary)
});

// EXTERNAL MODULE: ./src/lib/summary.ts
var summary = __webpack_require__(1119);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/release.ts
var release = __webpack_require__(6098);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/helmArgs.ts
var helmArgs = __webpack_require__(5206);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/rolloutWatcher.ts
var rolloutWatcher = __webpack_require__(9720);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/gates/helmTest.ts
var helmTest = __webpack_require__(7422);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/gates/gateSummary.ts
/** The gates' part of the job summary: facts for the top table, then details a person opens. */


function gateFacts(r) {
    return [
        ['Gates', r.gatesRun?.length ? r.gatesRun.join(', ') : ''],
        ['Failed gate', r.failedGate ?? ''],
        ['After the gate', r.afterGate ?? ''],
        ['Stopped early', r.stoppedEarly ?? ''],
        [
            'helm test',
            r.tests?.length ? r.tests.map(t => `${t.name}: ${t.phase}`).join(', ') : r.tests ? 'no test hooks' : ''
        ]
    ];
}
function gateDetails(b, r) {
    if (r.rollouts?.length) {
        const engines = [
            r.rollouts.some(l => l.startsWith('rollout/')) ? 'Argo Rollouts' : '',
            r.rollouts.some(l => l.startsWith('canary/')) ? 'Flagger Canaries' : ''
        ].filter(Boolean);
        b.details(`Progressive delivery: ${engines.join(', ') || 'Argo Rollouts'}`, (0,summary/* codeBlock */.DV)(r.rollouts.join('\n')));
    }
    if (r.tests)
        b.details('helm test: phases and last log lines', (0,summary/* codeBlock */.DV)((0,helmTest/* formatTestReports */.L9)(r.tests).join('\n')));
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/summary.ts
/**
 * The job summary: a five-second read (release, revision before → after, image, what it runs
 * from → to, status), then details (gates, the diff of a dry-run diff, diagnostics).
 */





function deploySummary(i, r, seconds) {
    const outcome = !r.ok
        ? r.rolledBack
            ? '❌ failed, rolled back'
            : '❌ failed'
        : i.dryRun !== 'none'
            ? `✅ dry run (${i.dryRun}) passed`
            : i.rollbackTo
                ? r.changed
                    ? `✅ rolled back to the content of revision ${r.rollbackOf}`
                    : '✅ unchanged (already the deployed revision)'
                : r.changed
                    ? '✅ deployed'
                    : '✅ unchanged (skipped)';
    const revision = r.previousRevision && r.previousRevision !== r.revision
        ? `${r.previousRevision} → ${r.revision}`
        : r.revision || '-';
    const b = new summary/* SummaryBuilder */.CF().heading(`deploy-to-eks: ${i.releaseName} ${outcome}`);
    b.facts([
        ['Release', (0,summary/* code */.aY)(i.releaseName)],
        ['Namespace', `${(0,summary/* code */.aY)(i.namespace)}${r.namespace ? ` — ${r.namespace.summary}` : ''}`],
        [
            'Cluster',
            i.cluster.kind === 'eks' ? `EKS ${(0,summary/* code */.aY)(i.cluster.clusterName)} (${i.cluster.region})` : 'kubeconfig'
        ],
        ['Chart', r.chart ? (0,summary/* code */.aY)(r.chart) : ''],
        ['Revision', revision],
        ['Chart reference', r.chartRef ? (0,summary/* code */.aY)(r.chartRef) : ''],
        ['Image', i.image.repository || i.image.digest || i.image.tag ? (0,summary/* code */.aY)((0,helmArgs/* imageRef */.D6)(i.image)) : ''],
        ['Image check', r.imageCheck ?? ''],
        ['Runs', (0,release/* artifactMoves */.ze)(r.from, r.to).join('<br>')],
        [
            'Source',
            r.source
                ? `${(0,summary/* code */.aY)(r.source.imageRef)}, chart ${(0,summary/* code */.aY)(r.source.chartName)} ${(0,summary/* code */.aY)(r.source.chartManifestDigest || r.source.chartDigest)}`
                : ''
        ],
        ['Status', r.status],
        ['Changed', r.changed ? 'yes' : 'no'],
        ['Rolled back', r.rolledBack ? `yes${r.rolledBackTo ? ` to revision ${r.rolledBackTo}` : ''}` : ''],
        ['Recovery', r.recovery],
        ['Smoke', r.smoke ? `${i.smoke?.path}: ${r.smoke}` : ''],
        ...gateFacts(r),
        ['Duration', `${seconds.toFixed(1)} s`]
    ]);
    gateDetails(b, r);
    if (r.diffMarkdown)
        b.add(r.diffMarkdown);
    if (r.differences.length && r.changed)
        b.add(`Changed against the deployed revision: ${r.differences.join(', ')}.`);
    if (r.error)
        b.add(`**Error:** ${r.error.split('\n')[0]}`);
    if (r.diagnostics) {
        const bad = r.diagnostics.pods.filter(p => !p.ready);
        b.table(['Pod', 'Phase', 'Problem'], bad.map(p => [
            p.name,
            p.phase,
            [
                ...p.containers.filter(c => c.reason || !c.ready).map(c => `${c.name}: ${c.reason || 'not ready'}`),
                ...p.conditions
            ].join('; ')
        ]));
        b.details('Diagnostics (pods, Warning events, logs)', (0,summary/* codeBlock */.DV)((0,rolloutWatcher/* formatDiagnostics */.oO)(r.diagnostics).join('\n')));
    }
    return b.toString();
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