"use strict";
exports.id = 90;
exports.ids = [90];
exports.modules = {

/***/ 6098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ NO_ARTIFACT),
/* harmony export */   L4: () => (/* binding */ stateOf),
/* harmony export */   S5: () => (/* binding */ checkCancelled),
/* harmony export */   SZ: () => (/* binding */ initialResult),
/* harmony export */   WA: () => (/* binding */ ReleaseFailure),
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


/***/ }),

/***/ 90:
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
// EXTERNAL MODULE: ./src/lib/entry.ts + 1 modules
var entry = __webpack_require__(8237);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/exec.ts
var exec = __webpack_require__(766);
// EXTERNAL MODULE: ./src/lib/proxy.ts + 1 modules
var lib_proxy = __webpack_require__(8244);
;// CONCATENATED MODULE: ./src/lib/kube.ts




/** The RBAC attributes of an API request, from its method and path. */
function rbacAttributes(method, apiPath) {
    const [p, query = ''] = apiPath.split('?');
    const seg = p.split('/').filter(Boolean).map(decodeURIComponent);
    let group = '';
    let rest;
    if (seg[0] === 'api' && seg.length >= 2)
        rest = seg.slice(2);
    else if (seg[0] === 'apis' && seg.length >= 3) {
        group = seg[1];
        rest = seg.slice(3);
    }
    else
        return undefined;
    let namespace;
    if (rest[0] === 'namespaces' && rest.length >= 3) {
        namespace = rest[1];
        rest = rest.slice(2);
    }
    const [res, name, ...sub] = rest;
    if (!res)
        return undefined;
    const m = method.toUpperCase();
    const watch = /(^|&)watch=(true|1)/.test(query);
    const verb = m === 'GET'
        ? name
            ? 'get'
            : watch
                ? 'watch'
                : 'list'
        : m === 'POST'
            ? 'create'
            : m === 'PUT'
                ? 'update'
                : m === 'PATCH'
                    ? 'patch'
                    : m === 'DELETE'
                        ? name
                            ? 'delete'
                            : 'deletecollection'
                        : m.toLowerCase();
    const resource = (group ? `${res}.${group}` : res) + (sub.length ? `/${sub[0]}` : '');
    return { verb, resource, ...(namespace ? { namespace } : {}), ...(name ? { name } : {}) };
}
/** A sentence for an RBAC refusal: who may not do what, where. */
function describeForbidden(method, apiPath, serverMessage) {
    const a = rbacAttributes(method, apiPath);
    const who = /User "([^"]+)"/.exec(serverMessage)?.[1];
    const identity = who ? `the deploy identity (${who})` : 'the deploy identity';
    if (!a)
        return `The Kubernetes API denied ${method} ${apiPath} to ${identity} (HTTP 403).`;
    const where = a.namespace ? ` in namespace "${a.namespace}"` : ' (cluster-wide)';
    return (`${identity[0]?.toUpperCase()}${identity.slice(1)} may not ${a.verb} ${a.resource}${where} (HTTP 403 Forbidden): ` +
        `grant it a ${a.namespace ? 'Role' : 'ClusterRole'} that allows "${a.verb}" on "${a.resource}"${a.namespace ? ` in "${a.namespace}"` : ''}.`);
}
/**
 * An API error response (the server answered with a non-2xx status). A user error: it says
 * what the cluster refused (for 401/403, in one sentence naming the verb, resource and namespace
 * the identity lacks), never a bug in this action.
 */
class KubeApiError extends errors/* UserError */.yo {
    status;
    reason;
    method;
    path;
    constructor(status, reason, message, method, path) {
        super(status === 403
            ? describeForbidden(method, path, message)
            : status === 401
                ? `The Kubernetes API refused the credentials for ${method} ${path.split('?')[0]} (HTTP 401 Unauthorized): ${message}`
                : message);
        this.status = status;
        this.reason = reason;
        this.method = method;
        this.path = path;
        this.name = 'KubeApiError';
    }
}
const JSON_MERGE_PATCH = 'application/merge-patch+json';
/** Why a connection failed, in terms a person can act on. */
function describeConnectionError(server, err, eks, proxy) {
    const e = err;
    const code = e?.code ?? '';
    const base = `Cannot reach the Kubernetes API at ${server}${proxy ? ` through the proxy ${(0,lib_proxy/* displayProxy */.ri)(proxy)}` : ''}`;
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
            ? (0,lib_proxy/* parseProxyUrl */.Pr)(conn.proxyUrl, 'the kubeconfig proxy-url')
            : (0,lib_proxy/* proxyFor */.iJ)(this.url, (0,lib_proxy/* proxySettingsFromEnv */.zH)(opts.env ?? process.env));
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
        return (0,lib_proxy/* agentFor */.Pf)(this.url, this.proxy, { keepAlive: true, maxSockets: 8, ...tls });
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
        const command = x.command.includes('/') || x.command.includes(external_node_path_.sep)
            ? external_node_path_.resolve(x.baseDir, x.command)
            : x.command;
        const env = { ...(this.opts.env ?? process.env), ...x.env, KUBERNETES_EXEC_INFO: this.execInfo(x) };
        let res;
        try {
            res = await (0,exec/* exec */.m0)(command, x.args, { env, timeoutMs: 60_000, forwardSignals: false });
        }
        catch (err) {
            if (err instanceof exec/* CommandNotFoundError */.v$ && x.installHint)
                throw new errors/* UserError */.yo(`The kubeconfig's credential plugin ${x.command} cannot be run: ${x.installHint.trim()}`);
            throw err;
        }
        if (res.exitCode !== 0) {
            throw new errors/* UserError */.yo(`The kubeconfig's credential plugin ${external_node_path_.basename(command)} failed (exit ${res.exitCode}): ${res.stderr.trim().split('\n').slice(-3).join(' ')}`);
        }
        let status;
        try {
            status = JSON.parse(res.stdout).status ?? {};
        }
        catch {
            throw new errors/* UserError */.yo(`The kubeconfig's credential plugin ${external_node_path_.basename(command)} did not print an ExecCredential`);
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
                if (err instanceof KubeApiError && (err.status === 404 || err.status === 403)) {
                    // 404: the namespace does not exist yet (helm may create it); 403 on get namespace is
                    // fine when the role is namespace-scoped. Authentication itself worked.
                    if (err.status === 403 && /system:anonymous/.test(err.message))
                        throw err;
                    return;
                }
                throw err;
            });
        }
        catch (err) {
            if (err instanceof KubeApiError) {
                if (err.status === 401) {
                    throw new errors/* UserError */.yo(`The Kubernetes API at ${this.server} refused the credentials (HTTP 401 Unauthorized)` +
                        (eks
                            ? ': the role has no EKS access entry (or aws-auth mapping) on this cluster, or the token was minted for another cluster/region.'
                            : ': the kubeconfig user is not accepted by this cluster.'));
                }
                if (err.status === 403) {
                    throw new errors/* UserError */.yo(`The Kubernetes API at ${this.server} denied access: ${err.message}` +
                        (eks ? ' On EKS: give the deploy role an access entry with a policy for this namespace.' : ''));
                }
                throw new errors/* UserError */.yo(`The Kubernetes API at ${this.server} answered HTTP ${err.status}: ${err.message}`);
            }
            if (err instanceof errors/* UserError */.yo)
                throw err;
            throw new errors/* UserError */.yo(describeConnectionError(this.server, err, eks, this.proxy));
        }
    }
}

// EXTERNAL MODULE: ./src/lib/kubeconfig.ts
var kubeconfig = __webpack_require__(6660);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/lib/privateFiles.ts
/**
 * Where secrets touch the disk: a 0700 directory under RUNNER_TEMP holding 0600 files (registry
 * auth, kubeconfig). Both actions that write credentials use this one mechanism; each removes its
 * directory in `finally`, and removal never throws (cleanup must not mask the real error).
 */


/** A fresh directory `<runnerTemp>/<prefix>XXXXXX` only this user can enter. */
function createPrivateDir(runnerTemp, prefix) {
    (0,external_node_fs_.mkdirSync)(runnerTemp, { recursive: true });
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(runnerTemp, prefix));
    (0,external_node_fs_.chmodSync)(dir, 0o700);
    return dir;
}
/** Writes `text` with mode 0600 from the start (no moment in which it is readable by others). */
function writePrivateFile(file, text) {
    (0,external_node_fs_.writeFileSync)(file, text, { mode: 0o600, flag: 'w' });
    // The mode option is masked by umask and ignored for an existing file: set it explicitly.
    (0,external_node_fs_.chmodSync)(file, 0o600);
}
/** Removes a directory made by createPrivateDir, and only such a directory (checked by its prefix). */
function removePrivateDir(dir, prefix) {
    try {
        if (!external_node_path_.basename(dir).startsWith(prefix))
            return false;
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        return true;
    }
    catch {
        return false;
    }
}

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
    const dir = createPrivateDir(i.runnerTemp, PRIVATE_DIR_PREFIX);
    const dispose = () => void removePrivateDir(dir, PRIVATE_DIR_PREFIX);
    try {
        const file = external_node_path_.join(dir, 'kubeconfig');
        if (c.kind === 'kubeconfig') {
            const text = c.inline ?? '';
            const connection = (0,kubeconfig/* connectionFromKubeconfig */.Q6)(await (0,kubeconfig/* parseKubeconfigText */.Uj)(text), dir);
            writePrivateFile(file, text);
            return { kubeconfigPath: file, connection, eks: false, endpoint: connection.server, dispose };
        }
        const info = await deps.describeCluster(c.clusterName, c.region);
        const text = (0,kubeconfig/* eksKubeconfig */.PZ)({
            clusterName: c.clusterName,
            region: c.region,
            endpoint: info.endpoint,
            caData: info.caData,
            nodePath: deps.nodePath,
            tokenCliPath: deps.tokenCliPath
        });
        writePrivateFile(file, text);
        const connection = (0,kubeconfig/* connectionFromKubeconfig */.Q6)(JSON.parse(text), dir);
        return { kubeconfigPath: file, connection, eks: true, endpoint: info.endpoint, dispose };
    }
    catch (err) {
        dispose();
        throw err;
    }
}

// EXTERNAL MODULE: ./src/lib/digest.ts
var digest = __webpack_require__(8899);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/gates/gateRecord.ts
const GATES_LABEL = 'deploy-to-eks.flygtaxi.io/gates';
const FAILED_GATE_LABEL = 'deploy-to-eks.flygtaxi.io/failed-gate';
/**
 * `--labels` for the upgrade that creates a revision: pending when gates will run, else none.
 * `null` (delete the inherited label) means something only to an upgrade: an install would
 * store the word itself.
 */
function gateLabelArgs(gatesEnabled, firstInstall) {
    if (firstInstall)
        return gatesEnabled ? ['--labels', `${GATES_LABEL}=pending`] : [];
    return ['--labels', `${GATES_LABEL}=${gatesEnabled ? 'pending' : 'null'},${FAILED_GATE_LABEL}=null`];
}
/** The API path of a revision's record (a Secret, or a ConfigMap with HELM_DRIVER=configmap). */
function recordPath(namespace, rec) {
    const kind = rec.driver === 'configmap' ? 'configmaps' : 'secrets';
    return `/api/v1/namespaces/${encodeURIComponent(namespace)}/${kind}/${encodeURIComponent(rec.secretName)}`;
}
/** Records the verdict on the revision's release record (merge patch of two labels). */
async function recordGateVerdict(kube, namespace, rec, verdict, failedGate = '') {
    await kube.mergePatch(recordPath(namespace, rec), {
        metadata: { labels: { [GATES_LABEL]: verdict, [FAILED_GATE_LABEL]: failedGate || null } }
    });
}
/**
 * Why skip-unchanged must not skip to this revision, or undefined when it may: it failed a gate,
 * its gates never finished, or gates are enabled now and never ran on it.
 */
function skipRefusal(rec, gatesEnabled) {
    const verdict = rec.labels[GATES_LABEL];
    const where = `revision ${rec.revision}`;
    if (verdict === 'failed') {
        const gate = rec.labels[FAILED_GATE_LABEL];
        return `${where} failed the ${gate || 'post-deploy'} gate`;
    }
    if (verdict === 'pending')
        return `${where}'s gates never finished (the run that deployed it stopped first)`;
    if (verdict === undefined && gatesEnabled)
        return `${where} was deployed without the gates that are enabled now`;
    return undefined;
}

// EXTERNAL MODULE: ./src/lib/helm.ts
var helm = __webpack_require__(7407);
// EXTERNAL MODULE: ./src/lib/inputs.ts
var inputs = __webpack_require__(1662);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/helmArgs.ts
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
    const args = (0,helm/* helmValuesArgs */.md)(i.valuesFiles, i.set);
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
    args.push('--timeout', (0,inputs/* formatDuration */.a3)(i.timeoutSeconds));
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
        (0,inputs/* formatDuration */.a3)(i.timeoutSeconds),
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
        (0,inputs/* formatDuration */.a3)(i.timeoutSeconds)
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
/** The image as the summary shows it: repository@digest, else repository:tag. */
function imageRef(image) {
    if (!image.repository)
        return image.digest || image.tag;
    if (image.digest)
        return `${image.repository}@${image.digest}`;
    return image.tag ? `${image.repository}:${image.tag}` : image.repository;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/releaseStore.ts
/**
 * Helm's release records as the Kubernetes API stores them (Helm 3 and 4 share the format), in
 * the storage backend HELM_DRIVER selects, exactly as helm does:
 * - `secret`/`secrets` (helm's default): Secrets `sh.helm.release.v1.<name>.v<revision>` of type
 *   helm.sh/release.v1; `data.release` is base64 (the Secret encoding) of base64(gzip(JSON));
 * - `configmap`/`configmaps`: ConfigMaps of the same name and labels; `data.release` is
 *   base64(gzip(JSON)) as a string.
 * Both are labelled owner=helm, name, status, version. `memory` (nothing stored in the cluster)
 * and `sql` (a PostgreSQL database this action has no client for) are refused by name before
 * anything is changed, so stuck-release recovery and skip-unchanged never work from a store helm
 * does not use. Reading the records directly is one API call, cheaper than `helm history` plus
 * `helm get`, and it is the only way to mark a stuck release failed: Helm has no command for that
 * and refuses every operation while a release is pending.
 */


/** The release store of HELM_DRIVER, as helm reads it; a UserError for one this action cannot read. */
function releaseDriverFromEnv(env) {
    const raw = (env['HELM_DRIVER'] ?? '').trim();
    const d = raw.toLowerCase();
    if (d === '' || d === 'secret' || d === 'secrets')
        return 'secret';
    if (d === 'configmap' || d === 'configmaps')
        return 'configmap';
    if (d === 'memory')
        throw new errors/* UserError */.yo('HELM_DRIVER=memory keeps releases only inside one helm process, so nothing could be upgraded, recovered or rolled back across runs: unset HELM_DRIVER (Secrets) or use configmap');
    if (d === 'sql')
        throw new errors/* UserError */.yo('HELM_DRIVER=sql (releases in PostgreSQL) is not supported by this action: it reads release records from the cluster for stuck-release recovery and skip-unchanged; unset HELM_DRIVER (Secrets) or use configmap');
    throw new errors/* UserError */.yo(`HELM_DRIVER="${raw}" is not a helm storage driver (secret, configmap, memory or sql); this action supports secret and configmap`);
}
const PENDING = new Set([
    'pending-install',
    'pending-upgrade',
    'pending-rollback'
]);
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
/** `data.release` (as the API returns it) → release JSON. */
function decodeReleaseData(data, driver = 'secret') {
    const helmB64 = driver === 'secret' ? Buffer.from(data, 'base64').toString('utf8') : data;
    let raw = Buffer.from(helmB64, 'base64');
    if (raw.subarray(0, 3).equals(GZIP_MAGIC))
        raw = (0,external_node_zlib_.gunzipSync)(raw);
    return JSON.parse(raw.toString('utf8'));
}
/** Release JSON → `data.release` value for the API (the inverse of decodeReleaseData). */
function encodeReleaseData(rel, driver = 'secret') {
    const gz = (0,external_node_zlib_.gzipSync)(Buffer.from(JSON.stringify(rel), 'utf8'), { level: external_node_zlib_.constants.Z_BEST_COMPRESSION });
    const helmB64 = gz.toString('base64');
    return driver === 'secret' ? Buffer.from(helmB64, 'utf8').toString('base64') : helmB64;
}
/** A Secret (or, with driver configmap, a ConfigMap) as a release record. */
function secretToRecord(s, driver = 'secret') {
    if (!s.data?.release)
        return undefined;
    const release = decodeReleaseData(s.data.release, driver);
    const labels = s.metadata.labels ?? {};
    const stamp = Number(labels['modifiedAt'] ?? labels['createdAt'] ?? NaN);
    const updatedAt = Number.isFinite(stamp)
        ? new Date(stamp * 1000)
        : new Date(release.info.last_deployed ?? s.metadata.creationTimestamp ?? 0);
    return {
        secretName: s.metadata.name,
        driver,
        resourceVersion: s.metadata.resourceVersion ?? '',
        revision: release.version,
        status: (release.info.status ?? labels['status'] ?? 'unknown'),
        updatedAt,
        labels,
        release
    };
}
const storePath = (namespace, driver) => `/api/v1/namespaces/${encodeURIComponent(namespace)}/${driver === 'secret' ? 'secrets' : 'configmaps'}`;
/** Every stored revision of a release, oldest first, from the store HELM_DRIVER selects. */
async function listReleaseRecords(kube, namespace, name, driver = releaseDriverFromEnv(process.env)) {
    const items = await kube.list(storePath(namespace, driver), {
        labelSelector: `owner=helm,name=${name}`
    });
    return items
        .map(s => secretToRecord(s, driver))
        .filter((r) => r !== undefined)
        .sort((a, b) => a.revision - b.revision);
}
/**
 * Marks a stuck revision failed, the way Helm itself records a failed operation: status label and
 * info.status. The resourceVersion precondition makes this a no-op conflict (HTTP 409) if another
 * run touched the record meanwhile, so a live operation is never overwritten.
 */
async function markReleaseFailed(kube, namespace, rec, why, now) {
    const release = {
        ...rec.release,
        info: { ...rec.release.info, status: 'failed', description: why }
    };
    const driver = rec.driver ?? 'secret';
    await kube.mergePatch(`${storePath(namespace, driver)}/${encodeURIComponent(rec.secretName)}`, {
        metadata: {
            resourceVersion: rec.resourceVersion,
            labels: { status: 'failed', modifiedAt: String(Math.floor(now.getTime() / 1000)) }
        },
        data: { release: encodeReleaseData(release, driver) }
    });
}
/**
 * What to do about the latest revision. A pending revision younger than `timeoutSeconds` may
 * belong to a run that is still waiting on its own `--timeout`, so it is not touched.
 */
function planRecovery(records, now, timeoutSeconds) {
    const latest = records[records.length - 1];
    if (!latest || !PENDING.has(latest.status))
        return { action: 'none' };
    const ageSeconds = Math.max(0, Math.round((now.getTime() - latest.updatedAt.getTime()) / 1000));
    if (ageSeconds < timeoutSeconds)
        return { action: 'busy', stuck: latest, ageSeconds };
    const earlier = records.filter(r => r.revision < latest.revision);
    const good = [...earlier].reverse().find(r => r.status === 'deployed') ??
        [...earlier].reverse().find(r => r.status === 'superseded');
    if (good)
        return { action: 'rollback', stuck: latest, to: good.revision, ageSeconds };
    if (latest.status === 'pending-install' &&
        earlier.every(r => r.status === 'uninstalled' || r.status === 'failed')) {
        return { action: 'uninstall', stuck: latest, ageSeconds };
    }
    return { action: 'mark-failed', stuck: latest, ageSeconds };
}
/** The revision a user would call "the deployed one" (status deployed, highest). */
function deployedRecord(records) {
    return [...records].reverse().find(r => r.status === 'deployed');
}

// EXTERNAL MODULE: ./src/lib/kubeObject.ts
var kubeObject = __webpack_require__(1005);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/rolloutWatcher.ts

const WORKLOAD_PATHS = [
    ['Deployment', 'deployments'],
    ['StatefulSet', 'statefulsets'],
    ['DaemonSet', 'daemonsets']
];
const num = (v) => (typeof v === 'number' ? v : 0);
function belongs(o, release) {
    return (0,kubeObject/* helmReleaseOf */.n_)(o) === release;
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
        labels: (0,kubeObject/* labelsOf */.PC)(p)
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
    return Object.keys(sel).length > 0 && (0,kubeObject/* selectorMatches */.de)(sel, labels, true);
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

// EXTERNAL MODULE: ./src/lib/retry.ts
var retry = __webpack_require__(1737);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/smokePath.ts
var smokePath = __webpack_require__(8309);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/smoke.ts
/**
 * The smoke request after a successful rollout: GET a path of the release's Service through the
 * API server's service proxy (/api/v1/namespaces/<ns>/services/<name>:<port>/proxy/<path>), so
 * it needs no ingress, load balancer or port-forward — only the deploy role's API access.
 */





function serviceInfo(o) {
    const ports = ((o['spec'] ?? {})['ports'] ?? []).map(p => ({
        name: String(p['name'] ?? ''),
        port: Number(p['port'])
    }));
    return { name: String((0,kubeObject/* metadataOf */.Nk)(o)['name']), ports, release: (0,kubeObject/* helmReleaseOf */.n_)(o) };
}
/** Which Service and port to call: the input's, else the release's only one (or the one named like it). */
function pickService(services, release, target) {
    // Only the release's own Services: the request runs with the deploy identity.
    const own = services.filter(s => s.release === release);
    let svc;
    if (target.service) {
        svc = own.find(s => s.name === target.service);
        if (!svc) {
            throw new errors/* UserError */.yo(services.some(s => s.name === target.service)
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
/** GETs the path, retrying briefly (endpoints lag a just-finished rollout); throws a UserError naming the URL. */
async function smokeRequest(kube, namespace, release, target, opts = {}) {
    const services = (await kube.list(`/api/v1/namespaces/${encodeURIComponent(namespace)}/services`)).map(serviceInfo);
    const { name, port } = pickService(services, release, target);
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
        const why = last instanceof KubeApiError
            ? `HTTP ${last.status}${last.reason ? ` ${last.reason}` : ''}: ${last.message.split('\n')[0]}`
            : String(last?.message ?? last);
        throw new errors/* UserError */.yo(`Smoke request GET ${target.path} to service ${name}:${port} failed after ${attempts} attempts (${p}): ${why}`);
    }
}

// EXTERNAL MODULE: ./src/lib/untrusted.ts
var untrusted = __webpack_require__(881);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/gates/helmTest.ts
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
        (0,inputs/* formatDuration */.a3)(timeoutSeconds),
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

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/progressive/follow.ts
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
        return items.filter(o => (0,kubeObject/* helmReleaseOf */.n_)(o) === release).map(map);
    }
    catch (err) {
        if (err instanceof KubeApiError && err.status === 404)
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
        if (!(err instanceof KubeApiError && err.status === 403))
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
        this.log.info((0,untrusted/* untrustedText */.Ui)(line));
        this.printed.set(name, line);
    }
}
/** `<Kind> <name> events (N):` and the last ten events of that object, oldest first. */
async function objectEvents(kube, namespace, kind, name) {
    try {
        const events = (await kube.list(`/api/v1/namespaces/${encodeURIComponent(namespace)}/events`, {
            fieldSelector: `involvedObject.kind=${kind},involvedObject.name=${name}`
        }))
            .map(eventLine)
            .sort((a, b) => a.time.localeCompare(b.time))
            .slice(-10);
        return [
            `${kind} ${name} events (${events.length}):`,
            ...events.map(e => `  ${e.time} ${e.reason}${e.count > 1 ? ` x${e.count}` : ''}: ${e.message}`)
        ];
    }
    catch (err) {
        return [`  (events unavailable: ${(0,errors/* describeError */.Uc)(err)})`];
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




const argoRollouts_num = (v) => (typeof v === 'number' ? v : 0);
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
    const observed = !/^\d+$/.test(observedRaw) || Number(observedRaw) >= argoRollouts_num(meta['generation']);
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
        ready: argoRollouts_num(st['readyReplicas']),
        desired: spec['replicas'] === undefined ? 1 : argoRollouts_num(spec['replicas']),
        updated: argoRollouts_num(st['updatedReplicas']),
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
    return listReleaseObjects(kube, rolloutsPath(namespace), release, rolloutState);
}
/** Promotes a Rollout paused at a step, the way `kubectl argo rollouts promote` does. */
async function promoteRollout(kube, namespace, r) {
    const p = `${rolloutsPath(namespace)}/${encodeURIComponent(r.name)}`;
    if (r.pauseConditions > 0) {
        try {
            await kube.mergePatch(`${p}/status`, { status: { pauseConditions: null } });
        }
        catch (err) {
            if (!(err instanceof KubeApiError && err.status === 404))
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
    })).map(podState);
}
/**
 * Conditions, events and the canary's pods of a failed Rollout. An abort scales the canary down
 * at once, so `seen` (the canary pods of the last poll that still had them) stands in for them.
 */
async function rolloutDiagnostics(kube, namespace, r, seen = []) {
    const lines = [
        ...conditionLines('Rollout', r.name, r.conditions),
        ...(await objectEvents(kube, namespace, 'Rollout', r.name))
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
                lines.push(`  ${describePod(p)}`);
        }
        catch (err) {
            lines.push(`  (canary pods unavailable: ${(0,errors/* describeError */.Uc)(err)})`);
        }
    }
    return lines;
}
/** Follows every Rollout of the release until Healthy (or failed / timed out). */
async function followRollouts(i, d) {
    const first = await firstList(() => listRollouts(d.kube, i.namespace, i.releaseName), d, i, 'Argo Rollouts', 'rollouts.argoproj.io');
    if (!first.length)
        return NOT_FOUND;
    const { pollMs, deadline } = pollSettings(i, d);
    const progress = new ProgressLines(d.log);
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
        await sleep(pollMs);
        states = (await listRollouts(d.kube, i.namespace, i.releaseName)) ?? [];
    }
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/progressive/helmWait.ts
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
        if (err instanceof KubeApiError && (err.status === 404 || err.status === 403))
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

// EXTERNAL MODULE: ./src/lib/manifest.ts
var lib_manifest = __webpack_require__(5634);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/progressive/flagger.ts




/** Phases in which Flagger is working on a revision (its scheduler's "should advance" set). */
const ACTIVE_PHASES = [
    'Initializing',
    'Progressing',
    'Waiting',
    'WaitingPromotion',
    'Promoting',
    'Finalising'
];
const flagger_num = (v) => (typeof v === 'number' ? v : 0);
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
    const t = Date.parse((0,kubeObject/* str */.gx)(st['lastTransitionTime']));
    return {
        name: (0,kubeObject/* str */.gx)(meta['name']),
        phase: (0,kubeObject/* str */.gx)(st['phase']),
        message: (0,kubeObject/* str */.gx)(promoted?.['message']),
        weight: flagger_num(st['canaryWeight']),
        iterations: flagger_num(st['iterations']),
        failedChecks: flagger_num(st['failedChecks']),
        threshold: flagger_num(analysis['threshold']) || 1,
        maxIterations: flagger_num(analysis['iterations']),
        intervalMs: goDurationMs((0,kubeObject/* str */.gx)(analysis['interval'])) ?? 60_000,
        lastTransition: Number.isNaN(t) ? undefined : t,
        lastAppliedSpec: (0,kubeObject/* str */.gx)(st['lastAppliedSpec']),
        target: { kind: (0,kubeObject/* str */.gx)(ref['kind']) || 'Deployment', name: (0,kubeObject/* str */.gx)(ref['name']) },
        conditions: conds.map(c => ({
            type: (0,kubeObject/* str */.gx)(c['type']),
            status: (0,kubeObject/* str */.gx)(c['status']),
            reason: (0,kubeObject/* str */.gx)(c['reason']),
            message: (0,kubeObject/* str */.gx)(c['message'])
        }))
    };
}
/** `canary/web Progressing: iteration 2/5, canary weight 0%, 0/5 failed checks — message`. */
function formatCanary(c) {
    const parts = [
        c.maxIterations ? `iteration ${Math.min(c.iterations, c.maxIterations)}/${c.maxIterations}` : '',
        `canary weight ${c.weight}%`,
        `${c.failedChecks}/${c.threshold} failed checks`
    ].filter(Boolean);
    return `canary/${c.name} ${c.phase || 'not initialised yet'}: ${parts.join(', ')}${c.message ? ` — ${c.message}` : ''}`;
}
/**
 * The verdict on the revision deployed at `deployedAt` (ms, the runner's clock; Flagger's
 * timestamps have whole seconds, hence the floor). `stale`: the Canary still shows an earlier
 * revision's verdict — Flagger has not noticed this one yet. `before`: for a target whose pod
 * template this revision changed, what the Canary showed before the upgrade; a known hash decides
 * instead of the time.
 */
function judgeCanary(c, deployedAt, before = {}) {
    if (c.phase === 'Waiting' || c.phase === 'WaitingPromotion')
        return 'paused';
    if (ACTIVE_PHASES.includes(c.phase) || c.phase === '')
        return 'progressing';
    const fresh = before.appliedSpec
        ? before.analysed === true || c.lastAppliedSpec !== before.appliedSpec
        : c.lastTransition !== undefined && c.lastTransition >= Math.floor(deployedAt / 1000) * 1000;
    if (!fresh)
        return 'stale';
    if (c.phase === 'Succeeded' || c.phase === 'Initialized')
        return 'passed';
    if (c.phase === 'Failed')
        return 'failed';
    return 'progressing';
}
const canariesPath = (ns) => `/apis/flagger.app/v1beta1/namespaces/${encodeURIComponent(ns)}/canaries`;
/** The release's Canaries, or undefined when the cluster has no Flagger API (CRD not installed). */
function listCanaries(kube, namespace, release) {
    return listReleaseObjects(kube, canariesPath(namespace), release, canaryState);
}
/**
 * Each Canary's `status.lastAppliedSpec` by name, read before helm changes the release; undefined
 * when it cannot be read (no Flagger API, a refused list, any API error): the follower then judges
 * by time alone, and the deploy goes on.
 */
async function canarySpecs(kube, namespace, release) {
    const states = await listCanaries(kube, namespace, release).catch(() => undefined);
    return states && new Map(states.map(c => [c.name, c.lastAppliedSpec]));
}
/**
 * The Canary targets whose pod template this revision changed (or that are new in it), from the
 * two release manifests: Flagger starts an analysis only for those. Without a previous manifest
 * every target counts as changed.
 */
function changedTargets(manifest, previous) {
    const templates = (text) => {
        const m = new Map();
        for (const o of (0,lib_manifest.parseManifest)(text ?? '').objects) {
            const spec = o.doc['spec'];
            if ((0,kubeObject/* isRecord */.u4)(spec) && (0,kubeObject/* isRecord */.u4)(spec['template']))
                m.set(`${o.kind}/${o.name}`, JSON.stringify(spec['template']));
        }
        return m;
    };
    const now = templates(manifest);
    if (previous === undefined)
        return new Set(now.keys());
    const before = templates(previous);
    return new Set([...now].filter(([k, v]) => before.get(k) !== v).map(([k]) => k));
}
/** The canary's own pods: the target's selector (Flagger gives the primary's pods `-primary` labels). */
async function targetPods(kube, namespace, c) {
    const ns = encodeURIComponent(namespace);
    const kinds = { Deployment: 'deployments', DaemonSet: 'daemonsets' };
    const plural = kinds[c.target.kind];
    if (!plural || !c.target.name)
        return [];
    const t = await kube.get(`/apis/apps/v1/namespaces/${ns}/${plural}/${encodeURIComponent(c.target.name)}`);
    const sel = (0,kubeObject/* strMap */.qR)(((t['spec'] ?? {})['selector'] ?? {})['matchLabels']);
    if (!Object.keys(sel).length)
        return [];
    return (await kube.list(`/api/v1/namespaces/${ns}/pods`, { labelSelector: labelSelector(sel) })).map(podState);
}
/** Conditions, events and the canary's pods of a failed Canary (`seen`: as last seen while analysed). */
async function canaryDiagnostics(kube, namespace, c, seen = []) {
    const lines = [
        ...conditionLines('Canary', c.name, c.conditions),
        ...(await objectEvents(kube, namespace, 'Canary', c.name))
    ];
    let pods = await targetPods(kube, namespace, c).catch(() => []);
    let note = '';
    if (!pods.length && seen.length) {
        pods = seen;
        note = ', as last seen before Flagger scaled them down';
    }
    lines.push(`Canary pods of ${c.target.kind.toLowerCase()}/${c.target.name} (${pods.length}${note}):`);
    for (const p of pods)
        lines.push(`  ${describePod(p)}`);
    return lines;
}
/** Follows every Canary of the release until Flagger has judged this revision (or timeout). */
async function followCanaries(i, run, d) {
    let states = await firstList(() => listCanaries(d.kube, i.namespace, i.releaseName), d, i, 'Flagger Canaries', 'canaries.flagger.app');
    if (!states.length)
        return NOT_FOUND;
    const changed = changedTargets(run.manifest, run.previousManifest);
    const unchanged = new Set(states.filter(c => !changed.has(`${c.target.kind}/${c.target.name}`)).map(c => c.name));
    const { pollMs, deadline } = pollSettings(i, d);
    const progress = new ProgressLines(d.log);
    const seenPods = new Map();
    const waitedOn = new Set();
    const analysed = new Set();
    d.log.info(`Following ${states.length} Flagger Canary(ies) until this revision is analysed: ${states.map(c => c.name).join(', ')}.`);
    for (const name of unchanged)
        d.log.info(`canary/${name}: this revision does not change its target's pod template; Flagger has nothing to analyse.`);
    for (;;) {
        for (const c of states)
            progress.show(c.name, formatCanary(c));
        // Initializing is a first version's phase, never an upgrade's analysis.
        for (const c of states)
            if (ACTIVE_PHASES.includes(c.phase) && c.phase !== 'Initializing')
                analysed.add(c.name);
        const verdicts = states.map(c => {
            if (unchanged.has(c.name)) {
                const v = judgeCanary(c, run.deployedAt);
                return [c, v === 'stale' ? 'passed' : v];
            }
            const before = { appliedSpec: run.specsBefore?.get(c.name), analysed: analysed.has(c.name) };
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
            const where = `Canary ${c.name} is ${c.phase} (a Flagger confirm gate)`;
            if (i.gates.rolloutPause === 'fail')
                return {
                    found: true,
                    ok: false,
                    lines: states.map(formatCanary),
                    error: `${where} and rollout-pause is fail`
                };
            if (!waitedOn.has(`${c.name}/${c.phase}`)) {
                d.log.info(`${where}: waiting for its webhook to approve (rollout-pause: ${i.gates.rolloutPause}; Flagger has no API to promote), up to the timeout.`);
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
            return {
                found: true,
                ok: false,
                lines,
                error: `Flagger Canary(ies) ${slow.map(([c]) => c.name).join(', ')} not promoted within ${i.timeoutSeconds}s` +
                    (stale.length
                        ? ` (Flagger never started analysing this revision of ${stale.join(', ')}: is its controller running?)`
                        : '')
            };
        }
        await sleep(pollMs);
        states = (await listCanaries(d.kube, i.namespace, i.releaseName)) ?? [];
    }
}

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
 */











function gatesEnabled(i) {
    // Rollout following is not counted: it runs whenever the release has Rollouts, gate or not.
    return !!i.smoke || i.gates.helmTest;
}
async function smokeGate(i, d) {
    if (!i.smoke)
        return { ok: true, line: '' };
    try {
        const s = await smokeRequest(d.kube, i.namespace, i.releaseName, i.smoke, { delayMs: d.smokeDelayMs });
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
async function helmTestGate(i, d, run) {
    d.log.startGroup(`helm test ${i.releaseName}`);
    try {
        const res = await d.helm(helmTestArgs(i, i.gates.helmTestTimeoutSeconds), 'test');
        // helm wrote each test's last run into this revision's record: read that one record only.
        const rec = await d.kube
            .get(recordPath(i.namespace, run.revision))
            .then(o => secretToRecord(o, run.revision.driver))
            .catch(() => undefined);
        const reports = testReports(rec?.release, res.stdout);
        d.log.info((0,untrusted/* untrustedText */.Ui)(formatTestReports(reports).join('\n')));
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
        const res = await d.helm(helmUninstallArgs(i, d.helmMajor), 'uninstall');
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
    const args = helmRollbackArgs(i, to.revision, d.helmMajor, true);
    const res = await d.helm(hasRollouts ? legacyWait(args) : args, 'rollback');
    if (res.exitCode !== 0) {
        out.afterGate = `Rolling back to revision ${to.revision} failed: ${d.helmError(res)}`;
        return;
    }
    const recs = await listReleaseRecords(d.kube, i.namespace, i.releaseName);
    const now = recs[recs.length - 1];
    // helm's --wait already waited; one more look says so in the log from the API's point of view.
    const ws = await new RolloutWatcher(d.kube, i.namespace, i.releaseName).workloads().catch(() => []);
    out.rolledBack = true;
    out.rolledBackTo = String(to.revision);
    if (now) {
        out.revision = String(now.revision);
        out.status = now.status;
    }
    let ready = `${workloadsReady(ws) ? 'Ready again' : 'not Ready yet'}: ${formatProgress(ws)}`;
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
/** Runs the enabled gates on the revision this run created; never throws for a failed gate. */
async function verifyGates(i, d, run) {
    const out = { ok: true, gatesRun: [], failedGate: '' };
    const t0 = d.now().getTime();
    const fail = (gate, error) => {
        out.ok = false;
        out.failedGate = gate;
        out.error = `Gate ${gate} failed: ${error}`;
    };
    const rollouts = await followRollouts(i, d);
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
    const canaries = out.ok
        ? await followCanaries(i, canaryRun(run), d)
        : { found: false, ok: true, lines: [] };
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
    if (out.ok && i.smoke) {
        out.gatesRun?.push('smoke');
        const s = await smokeGate(i, d);
        out.smoke = s.line;
        if (!s.ok)
            fail('smoke', s.error ?? 'the smoke request failed');
    }
    if (out.ok && i.gates.helmTest) {
        out.gatesRun?.push('helm-test');
        const t = await helmTestGate(i, d, run);
        out.tests = t.reports;
        if (!t.ok)
            fail('helm-test', t.error ?? 'helm test failed');
    }
    if (!out.gatesRun?.length)
        return out;
    const gated = gatesEnabled(i) || rollouts.found || canaries.found;
    if (gated) {
        await recordGateVerdict(d.kube, i.namespace, run.revision, out.ok ? 'passed' : 'failed', out.failedGate).catch(err => d.log.warning(`Could not record the gate result on revision ${run.revision.revision}: ${(0,errors/* describeError */.Uc)(err)}`));
    }
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
;// CONCATENATED MODULE: ./src/lib/tgz.ts
/**
 * Reading (and deterministically writing) gzip-compressed tar archives in-process: checking a
 * chart package's contents should not spawn `tar`.
 *
 * Reading is node-tar's Parser (ustar, PAX, GNU long names and long link names, GNU base-256
 * numbers, GNU-format headers whose atime/ctime sit where ustar keeps its prefix) over a buffer
 * gunzipped with node:zlib under a size limit (a zip bomb stops at `maxBytes`, helm's own
 * 100 MiB chart limit by default). On top of node-tar, two checks it does not make: a file whose
 * data is shorter than its header says, and an archive without its end-of-archive block, are
 * reported as truncated (Go's archive/tar, which helm uses, fails on both).
 *
 * Writing stays a loop of ours around node-tar's Header and Pax encoders: node-tar's Pack reads
 * files from disk (or streams asynchronously), while a package rewrite needs in-memory entries,
 * fixed owner/mtime and a synchronous result; and no library writes the gzip header fields
 * (FEXTRA, FCOMMENT) helm's packages carry, hence gzipDeterministic.
 */




const BLOCK = 512;
/** Helm's limit for a decompressed chart (MaxDecompressedChartSize). */
const MAX_DECOMPRESSED_BYTES = 100 * 1024 * 1024;
function typeOf(t) {
    switch (t) {
        case 'File':
        case 'OldFile':
        case 'ContiguousFile':
            return 'file';
        case 'Directory':
            return 'directory';
        case 'SymbolicLink':
            return 'symlink';
        case 'Link':
            return 'hardlink';
        default:
            return 'other';
    }
}
/** Entries of an uncompressed tar stream. Throws a UserError naming `what` when it is corrupt. */
function readTar(tar, what = 'archive') {
    const entries = [];
    let failure;
    let short;
    const parser = new index_min/* Parser */.iX({
        strict: true,
        onReadEntry: (e) => {
            const chunks = [];
            e.on('data', (c) => chunks.push(c));
            e.on('end', () => {
                const data = Buffer.concat(chunks);
                const size = e.size ?? 0;
                if (data.length < size && !short)
                    short = e.path;
                entries.push({
                    name: e.path,
                    type: typeOf(e.type),
                    mode: e.mode ?? 0,
                    size,
                    mtime: e.mtime ? Math.floor(e.mtime.getTime() / 1000) : 0,
                    linkName: e.linkpath ?? '',
                    data
                });
            });
        }
    });
    parser.on('error', (err) => {
        failure ??= err.message.replace(/^TAR_[A-Z_]+: /, '');
    });
    parser.on('warn', (code, message) => {
        failure ??= `${code}: ${typeof message === 'string' ? message : message.message}`;
    });
    parser.write(tar);
    parser.end();
    if (failure && /^Truncated input/.test(failure))
        throw new errors/* UserError */.yo(`${what} is truncated`);
    if (failure)
        throw new errors/* UserError */.yo(`${what} is not a valid tar archive: ${failure}`);
    if (short)
        throw new errors/* UserError */.yo(`${what} is truncated (inside ${short})`);
    // The end-of-archive marker (zero blocks) every writer emits, helm's included; without it the
    // archive was cut off, possibly right after a header node-tar was still waiting to complete.
    const tail = tar.length % BLOCK;
    const lastBlock = tar.subarray(tar.length - tail - BLOCK, tar.length - tail);
    if (tail && !tar.subarray(tar.length - tail).every(b => b === 0))
        throw new errors/* UserError */.yo(`${what} is truncated`);
    if (tar.length > 0 && (lastBlock.length < BLOCK || !lastBlock.every(b => b === 0)))
        throw new errors/* UserError */.yo(`${what} is truncated (no end-of-archive block)`);
    return entries;
}
/** Entries of a .tgz, decompressed up to `maxBytes`. */
function readTgz(tgz, what = 'archive', o = {}) {
    const maxBytes = o.maxBytes ?? MAX_DECOMPRESSED_BYTES;
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(tgz, { maxOutputLength: maxBytes });
    }
    catch (err) {
        if (err.code === 'ERR_BUFFER_TOO_LARGE')
            throw new errors/* UserError */.yo(`${what} decompresses to more than ${Math.round(maxBytes / 1024 / 1024)} MiB (helm's chart size limit); refusing it`);
        throw new errors/* UserError */.yo(`${what} is not gzip-compressed: ${err.message}`);
    }
    return readTar(tar, what);
}
function pad(size) {
    const rest = size % BLOCK;
    return Buffer.alloc(rest ? BLOCK - rest : 0);
}
/**
 * A tar stream with fixed owner (0/0), the given mtime for every entry and no user/group names,
 * so the same entries always give the same bytes. Headers are node-tar's encoding (ustar, with
 * a PAX header when a name does not fit).
 */
function writeTar(entries, mtime) {
    const parts = [];
    const when = new Date(mtime * 1000);
    for (const e of entries) {
        const data = e.type === 'file' ? (e.data ?? Buffer.alloc(0)) : Buffer.alloc(0);
        const fields = {
            path: e.name,
            mode: e.mode,
            uid: 0,
            gid: 0,
            size: data.length,
            mtime: when,
            type: e.type === 'file' ? 'File' : 'Directory',
            uname: '',
            gname: ''
        };
        const h = new Header(fields);
        const block = Buffer.alloc(BLOCK);
        if (h.encode(block, 0)) {
            // needPax: the name does not fit ustar's 100 + 155 bytes.
            parts.push(new Pax({ path: e.name }, false).encode());
        }
        parts.push(block, data, pad(data.length));
    }
    parts.push(Buffer.alloc(BLOCK * 2));
    return Buffer.concat(parts);
}
/** The FEXTRA and FCOMMENT fields of a gzip member's header, to carry them over on a rewrite. */
function readGzipHeader(gz) {
    if (gz.length < 10 || gz[0] !== 0x1f || gz[1] !== 0x8b)
        return {};
    const flags = gz[3];
    let pos = 10;
    const out = {};
    if (flags & 0x04) {
        const len = gz.readUInt16LE(pos);
        out.extra = Buffer.from(gz.subarray(pos + 2, pos + 2 + len));
        pos += 2 + len;
    }
    if (flags & 0x08)
        pos = gz.indexOf(0, pos) + 1; // FNAME, not kept
    if (flags & 0x10) {
        const end = gz.indexOf(0, pos);
        out.comment = gz.toString('latin1', pos, end);
    }
    return out;
}
/**
 * A gzip member with MTIME 0 and OS "unknown", so the bytes depend on the content only;
 * node:zlib cannot write FEXTRA/FCOMMENT, hence the hand-made header around raw deflate.
 */
function gzipDeterministic(data, header = {}) {
    let flags = 0;
    const fields = [];
    if (header.extra) {
        flags |= 0x04;
        const len = Buffer.alloc(2);
        len.writeUInt16LE(header.extra.length);
        fields.push(len, header.extra);
    }
    if (header.comment !== undefined) {
        flags |= 0x10;
        fields.push(Buffer.from(header.comment + '\0', 'latin1'));
    }
    const head = Buffer.from([0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 255]);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc32(data), 0);
    trailer.writeUInt32LE(data.length % 2 ** 32, 4);
    return Buffer.concat([head, ...fields, deflateRawSync(data, { level: 6 }), trailer]);
}
/** A deterministic .tgz of `entries`, every entry stamped with `mtime`. */
function writeTgz(entries, mtime, header = {}) {
    return gzipDeterministic(writeTar(entries, mtime), header);
}
/** CRC-32 for the gzip trailer: node:zlib's (Node ≥ 22.2; this project needs Node 24). */
function crc32(data) {
    return zlib.crc32(data);
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/inputsFingerprint.ts
/**
 * A fingerprint of everything that determines a release's computed values and rendered
 * manifest: the chart's files (contents, not tar metadata, so re-packaging the same sources
 * gives the same fingerprint), the values files, the --set lines, the image values and the Helm
 * major version. It is stored on the release as a Helm release label, bound to the revision it
 * was deployed as, so a redeploy with the same inputs is recognised without running helm at all
 * (the dry-run comparison remains for releases without it, e.g. deployed by another tool).
 */





const FINGERPRINT_LABEL = 'deploy-to-eks.flygtaxi.io/inputs-sha256';
const FINGERPRINT_REVISION_LABEL = 'deploy-to-eks.flygtaxi.io/revision';
/** Label values are at most 63 characters; 60 hex digits are 240 bits. */
const LABEL_LENGTH = 60;
function chartFiles(dir, base = dir, out = []) {
    for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
        const p = external_node_path_.join(dir, name);
        const st = (0,external_node_fs_.statSync)(p);
        if (st.isDirectory())
            chartFiles(p, base, out);
        else if (st.isFile())
            out.push([external_node_path_.relative(base, p).split(external_node_path_.sep).join('/'), (0,external_node_fs_.readFileSync)(p)]);
    }
    return out;
}
/** `<relative path>\0<sha256>` per chart file, sorted; archive paths lose their top directory. */
function chartDigestLines(chart) {
    if (chart.kind === 'oci') {
        // A tag can be re-pushed; only a digest pins the content.
        return /@sha256:[a-f0-9]{64}$/.test(chart.ref) ? [`oci\0${chart.ref}`] : undefined;
    }
    const files = chart.kind === 'directory'
        ? chartFiles(chart.path)
        : readTgz((0,external_node_fs_.readFileSync)(chart.path), `chart ${chart.path}`)
            .filter(e => e.type === 'file')
            .map(e => [e.name.replace(/^[^/]+\//, ''), e.data]);
    return files.map(([name, data]) => `${name}\0${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`).sort();
}
/** The fingerprint, or undefined when the chart content is not known locally (oci:// by tag). */
function inputsFingerprint(i, helmMajor) {
    const chart = chartDigestLines(i.chart);
    if (!chart)
        return undefined;
    const h = (0,external_node_crypto_.createHash)('sha256');
    const part = (s) => {
        h.update(String(Buffer.byteLength(s)) + ':');
        h.update(s);
    };
    part(`helm-major ${helmMajor}`);
    for (const line of chart)
        part(line);
    part('values-files');
    for (const f of i.valuesFiles)
        part((0,external_node_fs_.readFileSync)(f));
    // The values arguments as helm gets them (set lines and image keys), file paths excluded.
    part(JSON.stringify(helmValueArgs({ valuesFiles: [], set: i.set, image: i.image })));
    return h.digest('hex').slice(0, LABEL_LENGTH);
}
/**
 * The fingerprint a revision was deployed with, if the label can be trusted: it must name this
 * revision (labels are carried over by a plain `helm upgrade`), or the revision must be a
 * rollback to the revision it names (helm copies the target's labels on rollback).
 */
function recordedFingerprint(rec) {
    const fp = rec.labels[FINGERPRINT_LABEL];
    const rev = rec.labels[FINGERPRINT_REVISION_LABEL];
    if (!fp || fp === 'null' || !rev)
        return undefined;
    if (rev === String(rec.revision))
        return fp;
    return new RegExp(`^Rollback to ${rev}$`).test(rec.release.info.description ?? '') ? fp : undefined;
}
/** `--labels` for the release about to be created as `revision`. */
function fingerprintLabelArgs(fp, revision) {
    return fp ? ['--labels', `${FINGERPRINT_LABEL}=${fp},${FINGERPRINT_REVISION_LABEL}=${revision}`] : [];
}

// EXTERNAL MODULE: ./actions/deploy-to-eks/src/release.ts
var src_release = __webpack_require__(6098);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/failureFacts.ts
function helmUninstalledRelease(res) {
    return /\buninstalled due to\b|\bhas been uninstalled\b/i.test(`${res.stderr}\n${res.stdout}`);
}

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

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/releaseDiff.ts
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

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/read.ts



async function readRelease(i, d) {
    return (0,src_release/* stateOf */.L4)(await listReleaseRecords(d.kube, i.namespace, i.releaseName, releaseDriverFromEnv(d.helmEnv)));
}
/**
 * Each Flagger Canary's lastAppliedSpec before helm changes an existing release (one API call);
 * undefined for a first install (nothing there yet) or when it cannot be read.
 */
function readCanarySpecs(i, d, s) {
    return s.deployed ? canarySpecs(d.kube, i.namespace, i.releaseName) : Promise.resolve(undefined);
}
/** The one line the log starts with: what is there before this run. */
function describeState(i, s) {
    const { latest, deployed } = s;
    return latest
        ? `Release ${i.releaseName} in ${i.namespace}: revision ${latest.revision} is ${latest.status}${deployed && deployed !== latest ? ` (deployed: ${deployed.revision})` : ''}.`
        : `Release ${i.releaseName} does not exist in ${i.namespace} yet: first install.`;
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/recover.ts
/**
 * Recover: a release whose latest revision is pending-install/upgrade/rollback blocks every helm
 * operation. Young (within the timeout): another run may own it, so refuse and change nothing.
 * Old: mark it failed (Helm has no command for that) and roll back to the last good revision, or
 * uninstall a first install that never completed. The decision is releaseStore's planRecovery.
 */





/** What was done ('' = nothing was stuck); throws a UserError when the release must be left alone. */
async function recoverStuck(i, d, s) {
    const latest = s.latest;
    if (!latest || !PENDING.has(latest.status))
        return '';
    const plan = planRecovery(s.records, d.now(), i.timeoutSeconds);
    if (plan.action === 'none')
        return '';
    const where = `release ${i.releaseName} revision ${latest.revision} is ${latest.status}`;
    if (plan.action === 'busy') {
        throw new errors/* UserError */.yo(`Another deploy is changing ${i.releaseName} right now: revision ${latest.revision} is ${latest.status}, last updated ${plan.ageSeconds}s ago (less than the ${i.timeoutSeconds}s timeout). ` +
            'Nothing was changed; re-run when it has finished (use a workflow `concurrency` group per release to queue deploys).');
    }
    if (!i.recoverStuck) {
        throw new errors/* UserError */.yo(`${where} (left by a cancelled or killed run ${plan.ageSeconds}s ago) and recover-stuck is false; nothing was changed`);
    }
    const why = `Marked failed by deploy-to-eks: stuck in ${latest.status} for ${plan.ageSeconds}s (a cancelled or killed run)`;
    d.log.startGroup(`Recovering stuck release: ${where} for ${plan.ageSeconds}s`);
    try {
        try {
            await markReleaseFailed(d.kube, i.namespace, latest, why, d.now());
        }
        catch (err) {
            if (err instanceof KubeApiError && err.status === 409) {
                throw new errors/* UserError */.yo(`Another deploy changed ${i.releaseName} while this run was recovering it; nothing else was changed. Re-run.`);
            }
            throw err;
        }
        d.log.info(`Marked revision ${latest.revision} failed (it was ${latest.status}).`);
        let msg;
        if (plan.action === 'rollback') {
            const res = await (0,src_release/* helmRun */.ku)(d, helmRollbackArgs(i, plan.to, d.helm.major, false), 'rollback');
            if (res.exitCode !== 0)
                throw new errors/* UserError */.yo(`Rolling back the stuck release ${i.releaseName} to revision ${plan.to} failed: ${(0,src_release/* helmError */.lY)(res)}`);
            msg = `Recovered: revision ${latest.revision} (${latest.status}) marked failed and rolled back to revision ${plan.to}.`;
        }
        else if (plan.action === 'uninstall') {
            const res = await (0,src_release/* helmRun */.ku)(d, helmUninstallArgs(i, d.helm.major), 'uninstall');
            if (res.exitCode !== 0)
                throw new errors/* UserError */.yo(`Cleaning up the never-completed install of ${i.releaseName} failed: ${(0,src_release/* helmError */.lY)(res)}`);
            msg = `Recovered: the first install (revision ${latest.revision}) never completed; it was marked failed and uninstalled with helm.`;
        }
        else {
            msg = `Recovered: revision ${latest.revision} (${latest.status}) marked failed; no earlier good revision to roll back to.`;
        }
        d.log.info(msg);
        return msg;
    }
    finally {
        d.log.endGroup();
    }
}

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
        return helmRollbackArgs(i, change.revision, d.helm.major, i.wait);
    // A release with Argo Rollouts: helm 4's watcher wait cannot judge them (progressive/helmWait.ts).
    const args = await rolloutAwareArgs(helmUpgradeArgs(i, d.helm.major), {
        kube: d.kube,
        render: async () => parseHelmReleaseOutput((await (0,src_release/* helmRun */.ku)(d, helmUpgradeArgs(i, d.helm.major, 'client'), 'dry run', false)).stdout)?.manifest,
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
    (0,src_release/* checkCancelled */.S5)(d, `the ${verb}`);
    const args = await changeArgs(i, d, change);
    const watcher = new RolloutWatcher(d.kube, i.namespace, i.releaseName);
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
        res = await (0,src_release/* helmRun */.ku)(d, args, verb, true, failFast?.signal);
    }
    finally {
        stop();
        d.log.endGroup();
    }
    if (failFast?.hopeless && res.exitCode !== 0) {
        // The judge stopped helm, which marks the revision failed (and rolls back) itself; should it
        // have died before that, recover here so the release is never left pending.
        result.recovery = await readRelease(i, d)
            .then(s => recoverStuck({ ...i, timeoutSeconds: 0 }, d, s))
            .catch(err => `Recovery after the early stop failed: ${(0,errors/* describeError */.Uc)(err)}`);
    }
    const after = await readRelease(i, d).catch(() => before);
    const last = after.latest;
    const latest = before.latest;
    result.changed = last !== undefined && (latest === undefined || last.revision !== latest.revision);
    if (res.exitCode === 0) {
        const rel = verb === 'upgrade' ? parseHelmReleaseOutput(res.stdout) : undefined;
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
        result.error = `Another deploy of ${i.releaseName} started at the same time and won; this run changed nothing (helm: ${(0,src_release/* helmError */.lY)(res).split('\n').pop()}).`;
        result.changed = false;
        return after;
    }
    else {
        const nowDeployed = after.deployed;
        result.error =
            `helm ${verb} of ${i.releaseName} failed: ${(0,src_release/* helmError */.lY)(res).split('\n').slice(-2).join(' ')}` +
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
        d.log.info((0,untrusted/* untrustedText */.Ui)(formatDiagnostics(result.diagnostics)));
        d.log.endGroup();
    }
    return after;
}

// EXTERNAL MODULE: ./actions/build-push-ecr/src/imageNames.ts
var imageNames = __webpack_require__(4235);
// EXTERNAL MODULE: ./src/lib/ociRef.ts
var ociRef = __webpack_require__(6457);
;// CONCATENATED MODULE: ./src/lib/ociChart.ts
/**
 * Charts as OCI artifacts, shared by package-and-verify-helm-chart (push) and deploy-to-eks
 * (pull by digest): helm itself moves the chart (`helm push`, `helm pull`), logged in with
 * `helm registry login --password-stdin` into a private HELM_REGISTRY_CONFIG under RUNNER_TEMP
 * (never ~/.config/helm); this module checks, with the registry client, that the manifest the
 * reference names carries exactly the package's bytes (its chart layer's digest is the .tgz's
 * sha256), so a reference whose content does not match is refused before anything uses it.
 * The reference grammar is ociRef.ts (light: inputs.ts imports it); the registry client loads lazily.
 */









const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const PREFIX = 'flygtaxi-helm-registry-';
function helmFailure(what, res) {
    const text = (0,untrusted/* oneLine */.TN)((res.stderr || res.stdout).trim().split('\n').slice(-3).join(' '));
    return `${what} failed (exit ${res.exitCode}): ${text.replace(/^Error: /, '')}`;
}
/** A private registry config, logged in when there are credentials; `close()` removes it. */
async function openOciSession(helm, o, env) {
    const { RegistryClient } = await __webpack_require__.e(/* import() */ 928).then(__webpack_require__.bind(__webpack_require__, 9928));
    const dir = createPrivateDir(o.runnerTemp, PREFIX);
    const config = external_node_path_.join(dir, 'registry.json');
    const sessionEnv = {
        ...env,
        HELM_REGISTRY_CONFIG: config,
        // helm also caches under these; keep them out of $HOME too.
        HELM_REPOSITORY_CACHE: external_node_path_.join(dir, 'cache'),
        HELM_REPOSITORY_CONFIG: external_node_path_.join(dir, 'repositories.yaml'),
        HELM_CACHE_HOME: external_node_path_.join(dir, 'cache-home')
    };
    const registry = new RegistryClient({
        registry: o.host,
        credentials: o.credentials,
        insecure: o.plainHttp,
        env
    });
    const close = () => {
        registry.close();
        removePrivateDir(dir, PREFIX);
    };
    try {
        if (o.credentials) {
            const res = await helm.run([
                'registry',
                'login',
                o.host,
                '--username',
                o.credentials.username,
                '--password-stdin',
                '--registry-config',
                config,
                ...(o.plainHttp ? ['--plain-http'] : [])
            ], { env: sessionEnv, input: o.credentials.password });
            if (res.exitCode !== 0)
                throw new errors/* UserError */.yo(helmFailure(`helm registry login to ${o.host}`, res));
        }
        return {
            flags: ['--registry-config', config, ...(o.plainHttp ? ['--plain-http'] : [])],
            env: sessionEnv,
            registry,
            dir,
            close
        };
    }
    catch (err) {
        close();
        throw err;
    }
}
/**
 * Why a registry refused to let this job read a chart, and how to grant it: for ECR (often the
 * build account, pulled cross-account) both sides of the grant, else the credentials.
 */
function pullRefusal(ref, detail) {
    const ecr = imageNames/* ECR_HOST */.u0.exec(ref.host);
    const grant = ecr
        ? `the identity of this job cannot pull from ${ref.host} (account ${ecr[1]}): grant it in the repository policy ` +
            '(terraform/modules/ecr pull_accounts (account_id, principal_arns): ecr:BatchGetImage, ecr:GetDownloadUrlForLayer) ' +
            "and in the role's IAM policy (terraform/modules/github-oidc, with ecr:GetAuthorizationToken); " +
            'see docs/promote.md "Cross-account pull"'
        : `the registry credentials (registry-username / registry-password) may not read ${ref.repository}`;
    return `cannot pull chart oci://${ref.host}/${ref.repository}: ${grant} (${(0,untrusted/* oneLine */.TN)(detail)}); nothing was changed`;
}
/** A refusal by the registry (401/403, "denied") in helm's own words. */
const REFUSED = /\b(401|403)\b|unauthorized|denied|forbidden/i;
/** The manifest digest an unpinned reference's tag names now (reported, then used as the pin). */
async function resolveChartDigest(s, ref) {
    if (ref.digest)
        return ref.digest;
    const where = `oci://${ref.host}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}`;
    if (!ref.tag)
        throw new errors/* UserError */.yo(`chart ${where} names no version: pin it by digest (@sha256:…, package-and-verify's chart-ref) or give chart-version; nothing was changed`);
    const info = await guarded(ref, () => s.registry.headManifest(ref.repository, ref.tag));
    if (!info)
        throw new errors/* UserError */.yo(`chart ${where} does not exist in ${ref.host}; nothing was changed`);
    return info.digest;
}
async function guarded(ref, f) {
    const { RegistryAuthError } = await __webpack_require__.e(/* import() */ 928).then(__webpack_require__.bind(__webpack_require__, 9928));
    try {
        return await f();
    }
    catch (err) {
        if (err instanceof RegistryAuthError)
            throw new errors/* UserError */.yo(pullRefusal(ref, err.message));
        throw err;
    }
}
/** The chart layer digest of the manifest `digest` names; refuses a manifest that is not one chart. */
async function chartLayerDigest(s, ref, digest) {
    const pinned = (0,ociRef/* formatOciChartRef */.oQ)({ ...ref, digest });
    // getManifest checks that the body hashes to the digest asked for.
    const m = await guarded(ref, () => s.registry.getManifest(ref.repository, digest));
    if (!m)
        throw new errors/* UserError */.yo(`chart ${pinned} does not exist in ${ref.host} (no manifest with that digest in ${ref.repository}); nothing was changed`);
    if (m.digest !== digest)
        throw new errors/* UserError */.yo(`chart ${pinned}: the registry's manifest hashes to ${m.digest}, not to the digest of the reference; refused, nothing was changed`);
    let layers = [];
    try {
        layers = JSON.parse(m.body.toString('utf8')).layers ?? [];
    }
    catch {
        /* not JSON: no layers */
    }
    const charts = layers.filter(l => l.mediaType === HELM_CHART_LAYER);
    if (charts.length !== 1 || !charts[0]?.digest)
        throw new errors/* UserError */.yo(`${pinned} is not a Helm chart (${charts.length} chart layers); nothing was changed`);
    return charts[0].digest;
}
/** Pushes the package; returns the pinned reference after checking the registry holds these bytes. */
async function pushChart(helm, s, packagePath, target) {
    const chartDigest = sha256Digest(readFileSync(packagePath));
    const dest = `oci://${target.host}${target.path ? `/${target.path}` : ''}`;
    const res = await helm.run(['push', packagePath, dest, ...s.flags], { env: s.env });
    if (res.exitCode !== 0)
        throw new UserError(helmFailure(`helm push of ${path.basename(packagePath)} to ${dest}`, res));
    const out = `${res.stdout}\n${res.stderr}`;
    const digest = /^Digest:\s*(sha256:[a-f0-9]{64})/m.exec(out)?.[1];
    const pushed = /^Pushed:\s*(\S+)/m.exec(out)?.[1];
    if (!digest || !pushed)
        throw new UserError(`helm push to ${dest} printed no digest: ${oneLine(out.trim().split('\n').pop() ?? '')}`);
    const name = pushed
        .replace(/:[^/:]+$/, '')
        .split('/')
        .pop();
    const ref = {
        host: target.host,
        repository: `${target.path ? `${target.path}/` : ''}${name}`,
        name,
        digest,
        tag: ''
    };
    const layer = await chartLayerDigest(s, ref, digest);
    if (layer !== chartDigest)
        throw new UserError(`the registry holds another package under ${formatOciChartRef(ref)} (chart layer ${layer}, the verified package is ${chartDigest})`);
    return { ref: formatOciChartRef(ref), manifestDigest: digest, chartDigest };
}
/**
 * Pulls `ref` (by digest, resolving a tag first) into `destDir` and returns the .tgz path, after
 * checking that the manifest names one chart layer and that the pulled bytes hash to it; anything
 * else is refused.
 */
async function pullVerifiedChart(helm, s, ref, destDir) {
    const manifestDigest = await resolveChartDigest(s, ref);
    const pinned = (0,ociRef/* formatOciChartRef */.oQ)({ ...ref, digest: manifestDigest });
    const expected = await chartLayerDigest(s, ref, manifestDigest);
    const res = await helm.run(['pull', pinned, '--destination', destDir, ...s.flags], { env: s.env });
    if (res.exitCode !== 0 && REFUSED.test(res.stderr))
        throw new errors/* UserError */.yo(pullRefusal(ref, helmFailure('helm pull', res)));
    if (res.exitCode !== 0)
        throw new errors/* UserError */.yo(`${helmFailure(`helm pull of ${pinned}`, res)}; nothing was changed`);
    const files = (0,external_node_fs_.readdirSync)(destDir).filter(f => f.endsWith('.tgz'));
    if (files.length !== 1)
        throw new errors/* UserError */.yo(`helm pull of ${pinned} left ${files.length} packages; nothing was changed`);
    const file = external_node_path_.join(destDir, files[0]);
    const got = (0,digest/* sha256Digest */.s)((0,external_node_fs_.readFileSync)(file));
    if (got !== expected)
        throw new errors/* UserError */.yo(`chart ${pinned}: the pulled package hashes to ${got}, not to the ${expected} its manifest names; refused, nothing was changed`);
    return { path: file, chartDigest: got, manifestDigest };
}
/**
 * The credentials for a chart registry: the given username/password, else for an ECR host a
 * GetAuthorizationToken of that account and region (through the SDK, the runner's AWS
 * credentials), else none (an anonymous registry). Every secret goes through `mask` first.
 */
async function ociCredentials(host, given, ecrAuth, mask) {
    if (given.username && given.password) {
        mask(given.password);
        return { username: given.username, password: given.password };
    }
    const ecr = imageNames/* ECR_HOST */.u0.exec(host);
    if (!ecr)
        return undefined;
    const c = await ecrAuth(ecr[2], ecr[1]);
    mask(c.password);
    return c;
}
/** ECR auth through build-push-ecr's SDK wrapper, loaded only when an ECR host needs it. */
const sdkEcrAuth = async (region, accountId) => {
    const { loadEcrApi } = await __webpack_require__.e(/* import() */ 238).then(__webpack_require__.bind(__webpack_require__, 5238));
    const api = await loadEcrApi(region, () => undefined);
    const a = await api.authorization(accountId);
    return { username: a.username, password: a.password };
};

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/chart.ts
/**
 * Before read: a chart given as `oci://<host>/<path>/<name>@sha256:<digest>` is pulled into a
 * private directory under RUNNER_TEMP and checked against its digest (src/lib/ociChart.ts)
 * before anything else runs; one given by tag (chart-version) is resolved to its digest once,
 * the digest reported, and then treated the same. The deploy uses the verified local package, so
 * the fingerprint and the record name exactly these bytes. A mismatch, a missing manifest or a
 * registry that refuses the credentials is refused with nothing changed.
 */





async function fetchChart(i, d) {
    if (i.chart.kind !== 'oci')
        return { inputs: i, chartManifest: '', chartRef: '', close: () => undefined };
    const ref = (0,ociRef/* parseOciChartRef */.Yx)(i.chart.ref, i.chart.version);
    if (!ref)
        throw new errors/* UserError */.yo(`chart: "${i.chart.ref}" is not an oci:// chart reference; nothing was changed`);
    const credentials = await ociCredentials(ref.host, { username: i.registryUsername, password: i.registryPassword }, d.ecrAuth ?? sdkEcrAuth, d.mask ?? (() => undefined));
    const session = await openOciSession(d.helm, { host: ref.host, credentials, plainHttp: i.registryPlainHttp, runnerTemp: i.runnerTemp }, d.helmEnv).catch((err) => {
        // A refused login: nothing was touched yet either.
        if (err instanceof errors/* UserError */.yo && !/nothing was changed/.test(err.message))
            throw new errors/* UserError */.yo(`${err.message}; nothing was changed`, err.details);
        throw err;
    });
    try {
        const dest = external_node_path_.join(session.dir, 'chart');
        (0,external_node_fs_.mkdirSync)(dest, { mode: 0o700 });
        const pulled = await pullVerifiedChart(d.helm, session, ref, dest);
        const pinned = (0,ociRef/* formatOciChartRef */.oQ)({ ...ref, digest: pulled.manifestDigest });
        if (!ref.digest)
            d.log.warning((0,untrusted/* untrustedText */.Ui)(`chart oci://${ref.host}/${ref.repository}:${ref.tag} is not pinned: it resolved to ${pinned}; deploy that reference to be sure of the content.`));
        d.log.info((0,untrusted/* untrustedText */.Ui)(`Pulled ${pinned}: the package hashes to ${pulled.chartDigest}, as its manifest names.`));
        return {
            inputs: { ...i, chart: { kind: 'archive', path: pulled.path } },
            chartManifest: pulled.manifestDigest,
            chartRef: pinned,
            close: () => session.close()
        };
    }
    catch (err) {
        session.close();
        throw err;
    }
}

// EXTERNAL MODULE: ./src/lib/aws.ts
var aws = __webpack_require__(2986);
;// CONCATENATED MODULE: ./src/lib/awsIdentity.ts
/**
 * Who the runner's AWS credentials are (STS GetCallerIdentity), for a refusal that names who was
 * refused. Its own module so that only deploy-to-eks's image check bundles the STS client.
 */

/**
 * STS GetCallerIdentity with the runner's credentials, for a sentence that names who was refused;
 * undefined when even that fails (no credentials, no network), so it never hides the refusal.
 */
async function callerIdentity(region, log = () => undefined) {
    try {
        const sts = await Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
        const client = new sts.STSClient(await (0,aws/* awsClientOptions */.BE)(region, 'STS', log));
        try {
            const r = await client.send(new sts.GetCallerIdentityCommand({}));
            return r.Arn && r.Account ? { arn: r.Arn, account: r.Account } : undefined;
        }
        finally {
            client.destroy();
        }
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/image.ts
/**
 * Read (the artifact): before anything changes, the manifest of the image this run deploys is
 * read with the credentials this job has for its registry, so that a promotion to an environment
 * that may not read the image (the seed builds in one AWS account and runs in another) is refused
 * naming the image, who asked and how to grant the pull, instead of ending in ImagePullBackOff.
 *
 * - ECR (`<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`, the hosts the other ECR code
 *   recognises): BatchGetImage, the call a pull makes, with registryId = the host's account,
 *   through build-push-ecr's SDK wrapper (the SDK's credentials, endpoint and retries). On a
 *   refusal, STS GetCallerIdentity names who asked.
 * - any other registry: GET of the manifest by digest with the registry client (registry.ts),
 *   whose digest is computed from the body; credentials are registry-username/-password when the
 *   image is on the oci:// chart's registry (or there is no oci:// chart), else what the runner's
 *   auth files and credential helpers hold (registryAuth.ts), never sent to another host.
 *
 * What it proves: the artifact exists at that digest and this job's identity can read it. The
 * nodes pull with their own identity (the node role, imagePullSecrets), so it does not prove that
 * they can; the refusal says that the node role needs the grant too. A definite answer (absent,
 * denied, credentials refused) refuses; no answer (unreachable, no credentials to ask with) is a
 * warning under `auto` and a refusal under `on` (inputs.ts IMAGE_CHECK_MODES).
 */





/** What to check, or why nothing is ('' when there is nothing to say: rollback, record). */
function imageToCheck(i) {
    if (i.rollbackTo || i.dryRun === 'record')
        return { skip: '' };
    if (i.imageCheck === 'off')
        return { skip: 'Image not checked (image-check: off).' };
    const { repository: image, digest, tag } = i.image;
    if (!image)
        return { skip: "Image not checked: no image input (the chart's values name it)." };
    if (!digest && (i.imageCheck === 'auto' || !tag))
        return {
            skip: `Image ${image}${tag ? `:${tag}` : ''} not checked: it is not pinned by image-digest (image-check: on resolves a tag).`
        };
    const slash = image.indexOf('/');
    const first = slash > 0 ? image.slice(0, slash) : '';
    // Docker's rule: the first component is a registry when it has a dot or a port, or is localhost.
    const host = /[.:]/.test(first) || first === 'localhost' ? first : '';
    const ref = `${image}${digest ? `@${digest}` : `:${tag}`}`;
    if (!host) {
        const why = `image ${ref} names no registry host (a Docker Hub short name): image-check cannot read it; give <registry>/<repository>, or set image-check: off`;
        if (i.imageCheck === 'on')
            throw new errors/* UserError */.yo(`${why}; nothing was changed`);
        return { skip: `Image not checked: ${why}.` };
    }
    return { host, repository: image.slice(slash + 1), digest, tag, ref };
}
/**
 * Checks the image and logs the result; throws (a UserError, nothing changed) on a refusal, and
 * under image-check: on when it could not check. `chartRef` is the oci:// chart as pulled ('' for
 * a local chart): its host decides whether the registry-* inputs apply to the image's registry.
 */
async function checkImage(i, d, chartRef) {
    const t = imageToCheck(i);
    if ('skip' in t) {
        if (t.skip)
            d.log.info(t.skip);
        return undefined;
    }
    const ecr = (0,imageNames/* parseEcrHost */.wl)(t.host);
    const outcome = ecr ? await readFromEcr(t, ecr, d) : await readFromRegistry(t, i, d, chartRef);
    if (outcome.kind === 'unchecked')
        outcome.why = outcome.why.replace(/[.\s]+$/, '');
    if (outcome.kind === 'readable')
        d.log.info(outcome.line);
    else if (outcome.kind === 'refused')
        throw new errors/* UserError */.yo(`${outcome.message}; nothing was changed`);
    else if (i.imageCheck === 'on')
        throw new errors/* UserError */.yo(`image-check: on could not check ${t.ref}: ${outcome.why}; nothing was changed`);
    else
        d.log.warning(`Image ${t.ref} not checked: ${outcome.why}. The nodes pull it with their own identity; image-check: on makes this a refusal.`);
    return outcome;
}
/**
 * How the pull is granted: within the repository's account, the identities' IAM policies; from
 * another account, the repository policy as well (terraform/modules/ecr pull_accounts), for the
 * node role that pulls the image and the roles that read it before the deploy.
 */
function ecrImageGrant(ecr, askerAccount) {
    const policies = "each role's own IAM policy (node role: AmazonEC2ContainerRegistryReadOnly or the same actions; " +
        'deploy and plan roles: terraform/modules/github-oidc ecr_read_repository_arns, with ecr:GetAuthorizationToken)';
    const docs = 'see docs/promote.md "Cross-account pull"';
    if (askerAccount === ecr.accountId)
        return `grant ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on the repository in ${policies}; ${docs}`;
    return (`grant the pull in the repository policy of account ${ecr.accountId} (terraform/modules/ecr pull_accounts: ` +
        `account_id ${askerAccount ?? '<the target account>'}, principal_arns naming the target cluster's node role, which pulls the image, and ` +
        'the deploy and plan roles, which read it before the deploy; ecr:BatchGetImage, ecr:GetDownloadUrlForLayer) ' +
        `and in ${policies}; ${docs}`);
}
const asked = (who) => who ? `${who.arn} (account ${who.account})` : 'the AWS identity of this job (GetCallerIdentity failed)';
async function readFromEcr(t, ecr, d) {
    const where = `ECR repository ${t.repository} of account ${ecr.accountId} (${ecr.region})`;
    const who = () => callerIdentity(ecr.region, m => d.log.info(m));
    try {
        const { loadEcrApi } = await __webpack_require__.e(/* import() */ 238).then(__webpack_require__.bind(__webpack_require__, 5238));
        const api = await loadEcrApi(ecr.region, m => d.log.info(m));
        const got = await api.imageManifest(t.repository, t.digest ? { digest: t.digest } : { tag: t.tag }, ecr.accountId);
        if (got.found) {
            if (t.digest && got.digest !== t.digest)
                return {
                    kind: 'refused',
                    message: `ECR answered ${got.digest} for ${t.ref} (another digest); refused`
                };
            return {
                kind: 'readable',
                digest: got.digest,
                fact: `readable by this job (ECR BatchGetImage, account ${ecr.accountId})`,
                line: `Image ${t.ref} is readable by this job: ECR BatchGetImage in ${where} returned its manifest${got.mediaType ? ` (${got.mediaType})` : ''}${t.digest ? '' : `, digest ${got.digest}`}.`
            };
        }
        const by = asked(await who());
        if (got.code === 'ImageNotFound')
            return {
                kind: 'refused',
                message: `image ${t.ref} does not exist in ${where}: BatchGetImage as ${by} found no image ${t.digest ? 'with that digest' : 'with that tag'}; ` +
                    'push it there, or for split registries copy it by digest (scripts/workflow/copy-by-digest.sh) and deploy the copy'
            };
        return {
            kind: 'refused',
            message: `ECR BatchGetImage of ${t.ref} as ${by} failed: ${(0,untrusted/* oneLine */.TN)(got.code)}${got.reason ? `: ${(0,untrusted/* oneLine */.TN)(got.reason)}` : ''}`
        };
    }
    catch (err) {
        const e = err;
        const name = e.name ?? '';
        const status = e.$metadata?.httpStatusCode;
        // An error body the SDK could not parse says nothing: the status does.
        const detail = name === 'SyntaxError' || !e.message
            ? `HTTP ${status ?? '?'}`
            : (0,untrusted/* oneLine */.TN)(e.message.split('\n')[0] ?? '').slice(0, 400);
        if (name === 'AccessDeniedException' ||
            name === 'AccessDenied' ||
            (status === 403 && !(err instanceof errors/* UserError */.yo))) {
            const me = await who();
            return {
                kind: 'refused',
                message: `${asked(me)} may not read image ${t.ref} from ${where}: ${ecrImageGrant(ecr, me?.account)} (ECR: ${detail})`
            };
        }
        if (name === 'RepositoryNotFoundException') {
            const me = await who();
            const other = me?.account !== ecr.accountId;
            return {
                kind: 'refused',
                message: other
                    ? `image ${t.ref}: ${where} does not exist or is not visible to ${asked(me)}: create it, or ${ecrImageGrant(ecr, me?.account)} (ECR: ${detail})`
                    : `image ${t.ref}: ${where} does not exist (asked as ${asked(me)}); push the image there (ECR: ${detail})`
            };
        }
        // No answer (no credentials, unreachable, throttled past the retries): said, not hidden.
        if (err instanceof errors/* UserError */.yo)
            return { kind: 'unchecked', why: (0,errors/* describeError */.Uc)(err) };
        throw err;
    }
}
/** The registry-* inputs apply to the image's registry when it is the chart's, or there is no oci:// chart. */
function inputsApplyTo(host, chartRef) {
    return !chartRef || (0,ociRef/* parseOciChartRef */.Yx)(chartRef)?.host === host;
}
async function readFromRegistry(t, i, d, chartRef) {
    const env = d.helmEnv;
    const { loadRegistriesConf, findRegistry } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(934)]).then(__webpack_require__.bind(__webpack_require__, 6934));
    const { findRegistryCredentials } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(858)]).then(__webpack_require__.bind(__webpack_require__, 7858));
    const { RegistryClient, RegistryAuthError, RegistryError } = await __webpack_require__.e(/* import() */ 928).then(__webpack_require__.bind(__webpack_require__, 9928));
    const mask = d.mask ?? (() => undefined);
    const own = inputsApplyTo(t.host, chartRef);
    let credentials;
    let source = '';
    let insecure = own && i.registryPlainHttp;
    try {
        const conf = loadRegistriesConf(env);
        insecure ||= findRegistry(conf, `${t.host}/${t.repository}`)?.insecure ?? false;
        if (own && i.registryUsername && i.registryPassword) {
            credentials = { username: i.registryUsername, password: i.registryPassword };
            source = 'registry-username / registry-password';
        }
        else {
            const found = await findRegistryCredentials(t.host, t.repository, {
                env,
                helpers: conf.credentialHelpers,
                log: m => d.log.info(m)
            });
            if (found) {
                credentials = found.credentials;
                source = found.source;
            }
        }
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            return { kind: 'unchecked', why: (0,errors/* describeError */.Uc)(err) };
        throw err;
    }
    if (credentials)
        mask(credentials.password);
    const client = new RegistryClient({
        registry: t.host,
        insecure,
        env,
        // Under auto an unanswered check is only a warning: one try. Under on it refuses: retried.
        retry: { attempts: i.imageCheck === 'on' ? 3 : 1 },
        ...(credentials ? { credentials } : {})
    });
    const as = credentials ? `user ${credentials.username} (${source})` : 'no credentials';
    try {
        // GET: the digest is computed from the body (HEAD would trust a header).
        const m = await client.getManifest(t.repository, t.digest || t.tag);
        if (!m)
            return {
                kind: 'refused',
                message: `image ${t.ref} does not exist in registry ${t.host} (no manifest ${t.digest ? 'with that digest' : 'with that tag'} in ${t.repository}, read as ${as}); ` +
                    'push it there, or for split registries copy it by digest (scripts/workflow/copy-by-digest.sh) and deploy the copy'
            };
        if (t.digest && m.digest !== t.digest)
            return {
                kind: 'refused',
                message: `registry ${t.host} answered ${m.digest} for ${t.ref} (another digest); refused`
            };
        return {
            kind: 'readable',
            digest: m.digest,
            fact: `readable by this job (registry GET, ${as})`,
            line: `Image ${t.ref} is readable by this job: registry ${t.host} returned its manifest as ${as}${m.mediaType ? ` (${m.mediaType})` : ''}${t.digest ? '' : `, digest ${m.digest}`}.`
        };
    }
    catch (err) {
        if (err instanceof RegistryAuthError && credentials)
            return {
                kind: 'refused',
                message: `registry ${t.host} refused to let ${as} read image ${t.ref} (${(0,untrusted/* oneLine */.TN)(err.message)}): ` +
                    `grant that identity pull access to ${t.repository}, or give this job the registry's credentials (${own ? 'registry-username / registry-password' : "the runner's auth file or credential helper for that host"})`
            };
        if (err instanceof RegistryAuthError)
            return {
                kind: 'unchecked',
                why: `registry ${t.host} wants credentials and this job has none for it (${own ? 'registry-username / registry-password' : "the runner's auth files and credential helpers"}): the nodes may pull with imagePullSecrets`
            };
        if (err instanceof RegistryError)
            return { kind: 'unchecked', why: (0,untrusted/* oneLine */.TN)(err.message) };
        throw err;
    }
    finally {
        client.close();
    }
}
/** The summary's "Image check" fact ('' when nothing was checked). */
function imageCheckFact(o) {
    if (!o)
        return '';
    return o.kind === 'readable' ? o.fact : o.kind === 'unchecked' ? `not checked: ${o.why}` : 'refused';
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/serverValidation.ts
/**
 * The server-side dry run done properly: every rendered object is sent to the API server as a
 * server-side apply with dryRun=All, so it passes through the same validation and admission as
 * a real apply (`restartPolicy: Sometimes`, a bad label value, an immutable selector change)
 * while nothing is persisted. `helm --dry-run=server` only checks the OpenAPI schema and would
 * let those through. The manifest parser (yaml) is loaded lazily.
 */

/** `/api/v1` for the core group, `/apis/<group>/<version>` otherwise. */
function groupVersionPath(apiVersion) {
    return apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
}
async function validateOnServer(kube, manifest, namespace, fieldManager = 'helm') {
    const { parseManifest } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5634));
    const parsed = parseManifest(manifest);
    const problems = parsed.errors.map(e => ({
        object: e.source || `document ${e.index}`,
        message: e.message
    }));
    const skipped = [];
    const discovery = new Map();
    let checked = 0;
    for (const o of parsed.objects) {
        const gv = groupVersionPath(o.apiVersion);
        if (!discovery.has(gv)) {
            const list = await kube.getOptional(gv);
            discovery.set(gv, list?.resources?.filter(r => !r.name.includes('/')));
        }
        const res = discovery.get(gv)?.find(r => r.kind === o.kind);
        if (!res) {
            problems.push({ object: o.id, message: `the cluster does not serve ${o.apiVersion} ${o.kind}` });
            continue;
        }
        const ns = o.namespace || namespace;
        const base = res.namespaced
            ? `${gv}/namespaces/${encodeURIComponent(ns)}/${res.name}`
            : `${gv}/${res.name}`;
        const q = new URLSearchParams({ dryRun: 'All', fieldManager, force: 'true', fieldValidation: 'Strict' });
        try {
            await kube.request('PATCH', `${base}/${encodeURIComponent(o.name)}?${q}`, {
                body: {
                    ...o.doc,
                    metadata: { ...o.doc['metadata'], namespace: res.namespaced ? ns : undefined }
                },
                contentType: 'application/apply-patch+yaml'
            });
            checked++;
        }
        catch (err) {
            if (err instanceof KubeApiError &&
                err.status === 404 &&
                res.namespaced &&
                /namespaces? "?[^"]*"? not found/.test(err.message)) {
                // First install into a namespace helm has not created yet: nothing to validate against.
                skipped.push(`${o.id} (namespace ${ns} does not exist yet)`);
                continue;
            }
            if (err instanceof KubeApiError)
                problems.push({ object: o.id, message: err.message });
            else
                throw err;
        }
    }
    return { checked, problems, skipped };
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/plan.ts
/**
 * Plan: decide what the apply step will do, changing nothing. Skip-unchanged first, cheaply when
 * the deployed revision records the fingerprint of the inputs it was deployed with; otherwise
 * (no trustworthy record, or a client/server dry run) render with `helm upgrade --dry-run -o
 * json` and compare with the deployed revision. A server dry run also validates every object on
 * the API server (dryRun=All). A revision that failed a gate (or never finished its gates) is
 * never one to skip to (gates/gateRecord.ts).
 */









/** The would-be release (`helm upgrade --dry-run=<mode> -o json`), or a message why not. */
async function renderRelease(i, d, mode, stream) {
    const res = await (0,src_release/* helmRun */.ku)(d, helmUpgradeArgs(i, d.helm.major, mode), 'dry run', stream);
    if (res.exitCode !== 0)
        return {
            error: `The ${mode}-side dry run of ${i.releaseName} failed; nothing was changed: ${(0,src_release/* helmError */.lY)(res)}`
        };
    const release = parseHelmReleaseOutput(res.stdout);
    if (!release)
        throw new errors/* UserError */.yo('helm printed no release for the dry run (unexpected output)');
    return { release };
}
const chartNameOf = (r) => `${r.chart?.metadata?.name ?? ''}-${r.chart?.metadata?.version ?? ''}`;
/** Rendered manifest plus hook manifests: what a release puts on the cluster. */
function releaseManifest(r) {
    return [r.manifest ?? '', ...(r.hooks ?? []).map(h => h.manifest ?? '')].join('\n---\n');
}
async function planDeploy(i, d, s, fingerprint) {
    const { deployed, latest } = s;
    const dryRun = i.dryRun === 'client' || i.dryRun === 'server' ? i.dryRun : undefined;
    const refusal = deployed && i.skipUnchanged ? skipRefusal(deployed, gatesEnabled(i)) : undefined;
    if (refusal && !dryRun)
        d.log.info(`Not skipping: ${refusal}; deploying again so the gates run.`);
    const candidate = !dryRun && i.skipUnchanged && deployed !== undefined && latest === deployed && !refusal
        ? deployed
        : undefined;
    const recorded = candidate ? recordedFingerprint(candidate) : undefined;
    if (candidate && fingerprint && recorded === fingerprint) {
        return {
            kind: 'skip',
            revision: candidate,
            message: `Unchanged: chart, values and image equal revision ${candidate.revision} (inputs fingerprint ${fingerprint.slice(0, 12)}); nothing to deploy.`
        };
    }
    if (candidate && fingerprint && recorded) {
        d.log.info(`Changes against revision ${candidate.revision}: the chart, values or image differ (fingerprint ${recorded.slice(0, 12)} → ${fingerprint.slice(0, 12)}).`);
        return { kind: 'apply', differences: ['inputs (chart, values or image)'] };
    }
    if (!dryRun && !candidate)
        return { kind: 'apply', differences: [] };
    // No trustworthy fingerprint on the deployed revision, or a dry run: render and compare.
    (0,src_release/* checkCancelled */.S5)(d, 'the dry run');
    const mode = dryRun ?? 'server';
    const rendered = await renderRelease(i, d, mode, dryRun !== undefined);
    if (!rendered.release) {
        if (dryRun)
            return { kind: 'dry-run', ok: false, differences: [], error: rendered.error };
        throw new errors/* UserError */.yo(rendered.error ?? 'the dry run failed');
    }
    const next = rendered.release;
    const chart = chartNameOf(next);
    if (dryRun === 'server') {
        const v = await validateOnServer(d.kube, releaseManifest(next), i.namespace);
        for (const sk of v.skipped)
            d.log.warning(`Not validated on the server: ${sk}`);
        if (v.problems.length) {
            const lines = v.problems.map(p => `${p.object}: ${p.message}`);
            d.log.info((0,untrusted/* untrustedText */.Ui)(lines.map(l => `  rejected: ${l}`)));
            return {
                kind: 'dry-run',
                ok: false,
                chart,
                differences: [],
                error: `The server-side dry run of ${i.releaseName} was rejected by the API server; nothing was changed: ${lines.join('; ')}`
            };
        }
        d.log.info(`The API server accepted all ${v.checked} objects (server-side apply, dryRun=All).`);
    }
    if (dryRun) {
        const differences = deployed ? releaseDifferences(next, deployed.release) : ['first install'];
        d.log.info(`Dry run (${mode}) passed: would ${deployed ? `upgrade revision ${deployed.revision} (changes: ${differences.join(', ') || 'none'})` : 'install'}.`);
        return { kind: 'dry-run', ok: true, chart, differences };
    }
    const cand = candidate;
    const differences = releaseDifferences(next, cand.release);
    if (!differences.length) {
        return {
            kind: 'skip',
            revision: cand,
            message: `Unchanged: chart, values and rendered manifest equal revision ${cand.revision}; nothing to deploy.`
        };
    }
    d.log.info(`Changes against revision ${cand.revision}: ${differences.join(', ')}.`);
    return { kind: 'apply', differences, chart };
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/diff.ts
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
 * Starts the offline render: it needs nothing from the cluster, so it starts before the read
 * step (run.ts: as soon as helm is known) and the two overlap.
 */
function startOfflineRender(i, d) {
    const res = (0,src_release/* helmRun */.ku)(d, helmOfflineRenderArgs(i), 'render', false);
    const lib = __webpack_require__.e(/* import() */ 223).then(__webpack_require__.bind(__webpack_require__, 2223));
    res.catch(() => undefined);
    lib.catch(() => undefined);
    return { res, lib };
}
/** Fills `result` with the diff (or the error of the render); changes nothing. */
async function planDiff(i, d, s, result, render = startOfflineRender(i, d)) {
    (0,src_release/* checkCancelled */.S5)(d, 'the diff');
    const res = await render.res;
    if (res.exitCode !== 0)
        return {
            ...result,
            error: `Rendering ${i.releaseName} for the diff failed; nothing was changed: ${(0,src_release/* helmError */.lY)(res)}`
        };
    const next = parseHelmReleaseOutput(res.stdout);
    if (!next)
        throw new errors/* UserError */.yo('helm printed no release for the render (unexpected output)');
    const m = await render.lib;
    const sideOf = (r) => ({
        manifest: releaseManifest(r),
        values: m.computedValues(r.chart?.values ?? {}, r.config ?? {})
    });
    const report = m.diffReleases(s.deployed && sideOf(s.deployed.release), sideOf(next));
    const text = m.diffText(report);
    const file = external_node_path_.join(i.runnerTemp, `deploy-to-eks-${i.namespace}-${i.releaseName}.diff`);
    (0,external_node_fs_.writeFileSync)(file, text, { mode: 0o600 });
    d.log.info(`Diff against ${s.deployed ? `revision ${s.deployed.revision}` : 'nothing (first install)'}: ${m.countsLine(report)}.`);
    d.log.startGroup('Diff (Secret data redacted)');
    d.log.info((0,untrusted/* untrustedText */.Ui)(text.split('\n').filter(l => l !== '')));
    d.log.endGroup();
    const c = report.counts;
    return {
        ...result,
        ok: true,
        status: 'dry-run',
        chart: chartNameOf(next),
        changed: c.added + c.changed + c.removed > 0 || report.values.change !== 'unchanged',
        differences: [report.values, ...report.objects].filter(o => o.change !== 'unchanged').map(o => o.id),
        diffFile: file,
        diffCounts: c,
        diffMarkdown: m.diffMarkdown(report)
    };
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/record.ts
/**
 * Record: every revision this action creates carries what it runs, as Helm release labels
 * (`helm upgrade --labels`, Helm ≥ 3.13; stored as labels of the release record and copied by
 * `helm rollback`), next to the inputs fingerprint:
 *
 *   deploy-to-eks.flygtaxi.io/image-digest    the image manifest digest
 *   deploy-to-eks.flygtaxi.io/chart-digest    sha256 of the chart package (.tgz)
 *   deploy-to-eks.flygtaxi.io/chart-manifest  the chart's OCI manifest digest (oci:// deploys)
 *
 * A Kubernetes label value is at most 63 characters of [A-Za-z0-9._-]; `sha256:` + 64 hex digits
 * does not fit, so a digest is stored as its 256-bit number in base 36 (50 characters; written
 * here because no library does this one conversion). A record is trusted only on the revision it
 * names (or a "Rollback to <n>" of it), the same rule as the fingerprint.
 */


const IMAGE_DIGEST_LABEL = 'deploy-to-eks.flygtaxi.io/image-digest';
const CHART_DIGEST_LABEL = 'deploy-to-eks.flygtaxi.io/chart-digest';
const CHART_MANIFEST_LABEL = 'deploy-to-eks.flygtaxi.io/chart-manifest';
const DIGEST = /^sha256:([a-f0-9]{64})$/;
/** `sha256:<hex>` → base 36 label value ('' when not a sha256 digest). */
function digestToLabel(digest) {
    const m = DIGEST.exec(digest);
    return m ? BigInt(`0x${m[1]}`).toString(36) : '';
}
/** The inverse of digestToLabel ('' when the value is not one). */
function labelToDigest(value) {
    // 'null' is how a removed label is asked for; a first install stores it as given.
    if (!value || value === 'null' || !/^[0-9a-z]{1,50}$/.test(value))
        return '';
    let n = 0n;
    for (const c of value)
        n = n * 36n + BigInt(parseInt(c, 36));
    const hex = n.toString(16);
    return hex.length > 64 ? '' : `sha256:${hex.padStart(64, '0')}`;
}
/** The labels to record on the revision about to be created (one `--labels`, repeated keys merge). */
function recordLabels(a, revision) {
    const labels = {};
    // helm upgrade carries the previous revision's labels over: an unknown digest is removed
    // ('null'), or the new revision would seem to run the old one's.
    const put = (k, d) => {
        labels[k] = digestToLabel(d) || 'null';
    };
    labels[FINGERPRINT_LABEL] = a.fingerprint || 'null';
    put(IMAGE_DIGEST_LABEL, a.imageDigest);
    put(CHART_DIGEST_LABEL, a.chartDigest);
    put(CHART_MANIFEST_LABEL, a.chartManifest);
    labels[FINGERPRINT_REVISION_LABEL] = String(revision);
    return labels;
}
function recordLabelArgs(a, revision) {
    const pairs = Object.entries(recordLabels(a, revision)).map(([k, v]) => `${k}=${v}`);
    return ['--labels', pairs.join(',')];
}
/** What a revision records it runs, NO_ARTIFACT when it has no trustworthy record. */
function recordOf(rec) {
    if (!rec)
        return src_release/* NO_ARTIFACT */.B0;
    const rev = rec.labels[FINGERPRINT_REVISION_LABEL];
    const trusted = !!rev &&
        (rev === String(rec.revision) ||
            new RegExp(`^Rollback to ${rev}$`).test(rec.release.info.description ?? ''));
    if (!trusted)
        return src_release/* NO_ARTIFACT */.B0;
    return {
        imageDigest: labelToDigest(rec.labels[IMAGE_DIGEST_LABEL]),
        chartDigest: labelToDigest(rec.labels[CHART_DIGEST_LABEL]),
        chartManifest: labelToDigest(rec.labels[CHART_MANIFEST_LABEL]),
        fingerprint: recordedFingerprint(rec) ?? ''
    };
}
/**
 * After the apply: the record as the cluster now stores it on `rec`, compared with what was meant
 * to be recorded. A difference (an older helm without --labels) is a warning, never a failure:
 * the deploy itself succeeded.
 */
function checkRecorded(rec, meant) {
    const artifact = recordOf(rec);
    const missing = [];
    if (meant.imageDigest && artifact.imageDigest !== meant.imageDigest)
        missing.push('image digest');
    if (meant.chartDigest && artifact.chartDigest !== meant.chartDigest)
        missing.push('chart digest');
    if (meant.fingerprint && artifact.fingerprint !== meant.fingerprint)
        missing.push('inputs fingerprint');
    return { artifact: missing.length ? { ...meant } : artifact, missing };
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/rollback.ts
/**
 * Plan for rollback on demand (`rollback-to: previous|<revision>`): which stored revision's
 * content becomes the new revision. Only a revision that once was deployed successfully
 * (superseded or deployed) qualifies; anything else is refused here, before anything changes,
 * naming the revisions that can be rolled back to.
 */

const GOOD = new Set(['deployed', 'superseded']);
function planRollback(i, s) {
    const { deployed } = s;
    const good = s.records.filter(r => GOOD.has(r.status));
    const choices = good.map(r => r.revision).join(', ') || 'none';
    if (!deployed) {
        throw new errors/* UserError */.yo(`rollback-to: release ${i.releaseName} in ${i.namespace} has no deployed revision to roll back from${s.latest ? ` (revision ${s.latest.revision} is ${s.latest.status})` : ' (it does not exist)'}; nothing was changed`);
    }
    let target;
    if (i.rollbackTo === 'previous') {
        target = [...good].reverse().find(r => r.revision < deployed.revision);
        if (!target)
            throw new errors/* UserError */.yo(`rollback-to: previous: release ${i.releaseName} has no successful revision before the deployed revision ${deployed.revision}; nothing was changed`);
    }
    else {
        const n = Number(i.rollbackTo);
        const rec = s.records.find(r => r.revision === n);
        if (!rec)
            throw new errors/* UserError */.yo(`rollback-to: revision ${i.rollbackTo} of ${i.releaseName} does not exist (kept revisions: ${s.records.map(r => r.revision).join(', ')}; successful ones: ${choices}); nothing was changed`);
        if (!GOOD.has(rec.status))
            throw new errors/* UserError */.yo(`rollback-to: revision ${n} of ${i.releaseName} is ${rec.status}, never a successful deploy (successful revisions: ${choices}); nothing was changed`);
        target = rec;
    }
    if (target === deployed)
        return {
            kind: 'nothing',
            revision: target,
            message: `Revision ${target.revision} is already the deployed one; nothing to roll back.`
        };
    return {
        kind: 'rollback',
        revision: target,
        message: `Rolling back ${i.releaseName} from revision ${deployed.revision} to the content of revision ${target.revision}.`
    };
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/source.ts
/**
 * `dry-run: record`, promotion's source: what the environment's last successful revision runs,
 * from its record (steps/record.ts) — image repository and digest, chart name and OCI manifest
 * digest — so the next environment gets exactly that artifact. Refused, naming why, when there is
 * nothing promotable: no successful revision, or one that records no digest to pin.
 */


function valueAt(config, dotted) {
    let v = config;
    for (const k of dotted.split('.'))
        v = v && typeof v === 'object' ? v[k] : undefined;
    return v;
}
function promotionSource(i, s) {
    const where = `release ${i.releaseName} in ${i.namespace}`;
    const rev = s.deployed;
    if (!rev)
        throw new errors/* UserError */.yo(`${where} has no successful revision to promote${s.latest ? ` (revision ${s.latest.revision} is ${s.latest.status})` : ' (it was never deployed)'}; nothing was changed`);
    const a = recordOf(rev);
    const repo = valueAt(rev.release.config, `${i.image.valuesKey}.repository`);
    const meta = rev.release.chart?.metadata ?? {};
    const missing = [];
    if (!a.imageDigest)
        missing.push('no image digest (it was deployed by tag, or not by deploy-to-eks)');
    if (typeof repo !== 'string' || !repo)
        missing.push(`no ${i.image.valuesKey}.repository value`);
    if (!a.chartManifest)
        missing.push('no chart reference (its chart was not deployed from oci://…@sha256:; deploy a chart pushed with package-and-verify push-to, by its chart-ref)');
    if (missing.length)
        throw new errors/* UserError */.yo(`${where}: revision ${rev.revision} cannot be promoted, it records ${missing.join('; ')}; nothing was changed`);
    return {
        revision: rev.revision,
        imageRef: `${repo}@${a.imageDigest}`,
        imageDigest: a.imageDigest,
        chartName: meta.name ?? '',
        chartVersion: meta.version ?? '',
        chartDigest: a.chartDigest,
        chartManifestDigest: a.chartManifest
    };
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/verify.ts


async function verifyRelease(i, d, result, revision, deployedBefore, canarySpecsBefore) {
    (0,src_release/* checkCancelled */.S5)(d, 'the gates');
    if (!revision)
        return;
    const gateDeps = {
        ...d,
        helm: (a, w) => (0,src_release/* helmRun */.ku)(d, a, w),
        helmMajor: d.helm.major,
        helmError: src_release/* helmError */.lY
    };
    Object.assign(result, await verifyGates(i, gateDeps, { revision, deployedBefore, canarySpecsBefore }));
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/deploy.ts
/**
 * The deploy as named steps over one release model (release.ts), each a module of steps/:
 * chart → read (and, alongside, the image check: steps/image.ts) → recover → plan → apply → verify
 * → record. Rollback on demand is the same steps with another plan (steps/rollback.ts); the dry
 * runs stop after plan (steps/plan.ts, diff.ts, source.ts). Side effects (helm, the Kubernetes
 * client, clock, logger) are injected so tests run this against the real cluster.
 */




















/** `--labels` on upgrade/install exists since Helm 3.13. */
function supportsReleaseLabels(version) {
    const m = /^v?(\d+)\.(\d+)/.exec(version);
    return !!m && (Number(m[1]) > 3 || (Number(m[1]) === 3 && Number(m[2]) >= 13));
}
/** What these inputs will run: image and chart by digest, and the inputs fingerprint. */
function intendedArtifact(i, helmMajor, chartManifest = '') {
    return {
        imageDigest: i.image.digest,
        chartDigest: i.chart.kind === 'archive' ? (0,digest/* sha256Digest */.s)((0,external_node_fs_.readFileSync)(i.chart.path)) : '',
        chartManifest,
        fingerprint: inputsFingerprint(i, helmMajor) ?? ''
    };
}
async function deploy(input, d) {
    // chart: an oci:// chart is pulled and checked against its digest before anything else.
    const fetched = await fetchChart(input, d);
    try {
        return await releaseSteps(fetched.inputs, d, fetched.chartManifest, fetched.chartRef);
    }
    finally {
        fetched.close();
    }
}
async function releaseSteps(i, d, chartManifest, chartRef) {
    const started = d.now();
    // The diff's offline render needs nothing from the cluster: it runs while read does.
    const render = i.dryRun === 'diff' ? (d.offlineRender ?? startOfflineRender(i, d)) : undefined;
    // read: the release, and (at the same time, read-only too) whether this job can read the image.
    const imageRead = checkImage(i, d, chartRef);
    imageRead.catch(() => undefined);
    let state = await readRelease(i, d);
    const result = (0,src_release/* initialResult */.SZ)(state, state.deployed ? recordOf(state.deployed) : undefined);
    result.chartRef = chartRef;
    d.log.info(describeState(i, state));
    try {
        result.imageCheck = imageCheckFact(await imageRead);
        // recover
        state = await recover(i, d, state, result);
        // plan
        const planned = await plan(i, d, state, result, chartManifest, render);
        if ('done' in planned)
            return planned.done;
        // apply (what Flagger last acted on is read first: the verify step needs the "before")
        const canariesBefore = await readCanarySpecs(i, d, state);
        const after = await applyChange(i, d, state, planned.change, result, started);
        // Failed (and maybe rolled back by helm): the outputs name what the deployed revision runs.
        if (!result.ok)
            return { ...result, to: after.deployed ? recordOf(after.deployed) : undefined };
        // verify
        const revision = after.records.find(r => String(r.revision) === result.revision) ?? after.latest;
        await verifyRelease(i, d, result, revision, state.deployed, canariesBefore);
        // record
        await record(i, d, result, revision, planned.meant);
        return result;
    }
    catch (err) {
        // Stopped before or between steps: what is known so far goes with the error.
        // Anything else is a bug, reported as such by the entry.
        if (err instanceof src_release/* ReleaseFailure */.WA || !(err instanceof errors/* UserError */.yo))
            throw err;
        throw new src_release/* ReleaseFailure */.WA((0,errors/* describeError */.Uc)(err), result, err.details);
    }
}
/** Recover runs only when this run will change the release; a dry run reports and leaves it. */
async function recover(i, d, s, result) {
    if (i.dryRun !== 'none') {
        if (s.latest && PENDING.has(s.latest.status))
            d.log.warning(`Revision ${s.latest.revision} is ${s.latest.status}; a dry run does not recover it.`);
        return s;
    }
    result.recovery = await recoverStuck(i, d, s);
    return result.recovery ? readRelease(i, d) : s;
}
async function plan(i, d, s, result, chartManifest, render) {
    const unchanged = { ...result, to: result.from };
    if (i.rollbackTo) {
        const target = planRollback(i, s);
        d.log.info(target.message);
        if (target.kind === 'nothing')
            return {
                done: {
                    ...unchanged,
                    ok: true,
                    revision: String(target.revision.revision),
                    status: target.revision.status
                }
            };
        result.rollbackOf = String(target.revision.revision);
        return { change: { kind: 'rollback', revision: target.revision.revision } };
    }
    if (i.dryRun === 'record') {
        const src = promotionSource(i, s);
        d.log.info(`Revision ${src.revision} of ${i.releaseName} runs ${src.imageRef} and chart ${src.chartName} ${src.chartVersion} (chart package ${src.chartDigest || '-'}, OCI manifest ${src.chartManifestDigest}).`);
        return {
            done: { ...unchanged, ok: true, status: 'dry-run', revision: String(src.revision), source: src }
        };
    }
    if (i.dryRun === 'diff')
        return { done: await planDiff(i, d, s, unchanged, render) };
    const meant = i.dryRun === 'none' ? intendedArtifact(i, d.helm.major, chartManifest) : undefined;
    const p = await planDeploy(i, d, s, meant?.fingerprint || undefined);
    if (p.kind === 'skip') {
        d.log.info(p.message);
        return {
            done: { ...unchanged, ok: true, revision: String(p.revision.revision), status: p.revision.status }
        };
    }
    result.differences = p.differences;
    if (p.chart)
        result.chart = p.chart;
    if (p.kind === 'dry-run')
        return {
            done: p.ok
                ? { ...result, to: result.from, ok: true, status: 'dry-run', changed: p.differences.length > 0 }
                : { ...result, error: p.error }
        };
    const labelArgs = supportsReleaseLabels(d.helm.version)
        ? [
            ...recordLabelArgs(meant, (s.latest?.revision ?? 0) + 1),
            ...gateLabelArgs(gatesEnabled(i), s.latest === undefined)
        ]
        : [];
    return { change: { kind: 'upgrade', labelArgs }, meant };
}
/** record: what the deployed revision now runs, as the cluster stores it; from → to in the log. */
async function record(i, d, result, revision, meant) {
    if (result.rolledBack) {
        // A gate failed and the release went back: it runs what the deployed revision records.
        const now = await readRelease(i, d).catch(() => undefined);
        result.to = now?.deployed ? recordOf(now.deployed) : undefined;
    }
    else if (!meant)
        result.to = recordOf(revision);
    else {
        const { artifact, missing } = checkRecorded(revision, meant);
        result.to = artifact;
        if (missing.length && supportsReleaseLabels(d.helm.version))
            d.log.warning(`Revision ${result.revision} does not record its ${missing.join(', ')} (release labels).`);
    }
    const moves = (0,src_release/* artifactMoves */.ze)(result.from, result.to);
    if (moves.length)
        d.log.info(`Runs now: ${moves.join('; ')}.`);
}

// EXTERNAL MODULE: ./src/lib/summary.ts
var summary = __webpack_require__(1119);
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
        b.details('helm test: phases and last log lines', (0,summary/* codeBlock */.DV)(formatTestReports(r.tests).join('\n')));
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
        ['Image', i.image.repository || i.image.digest || i.image.tag ? (0,summary/* code */.aY)(imageRef(i.image)) : ''],
        ['Image check', r.imageCheck ?? ''],
        ['Runs', (0,src_release/* artifactMoves */.ze)(r.from, r.to).join('<br>')],
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
        b.details('Diagnostics (pods, Warning events, logs)', (0,summary/* codeBlock */.DV)(formatDiagnostics(r.diagnostics).join('\n')));
    }
    return b.toString();
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/run.ts
/**
 * Wires validated inputs → cluster access → helm → deploy → outputs and job summary. Loaded by
 * main.ts only after validation passed (this module pulls in https/tls, zlib and child_process);
 * the AWS SDK and yaml come in through further lazy imports only when needed.
 */










const defaultDeps = {
    now: () => new Date(),
    resolveHelm: async (i, env, log) => {
        const { resolveHelm } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7407));
        return resolveHelm({ helmPath: i.helmPath, version: i.helmVersion, env, log });
    },
    describeCluster: async (name, region, log) => (await __webpack_require__.e(/* import() */ 442).then(__webpack_require__.bind(__webpack_require__, 7442))).describeCluster(name, region, log),
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
function summaryOf(facts) {
    const i = facts.inputs;
    if (facts.result)
        return deploySummary(i, facts.result.result, facts.result.seconds);
    return `### deploy-to-eks: ${i.releaseName} ❌ failed\n\n${(0,errors/* describeError */.Uc)(facts.error).split('\n')[0]}\n`;
}
async function run(ctx, deps = {}) {
    const d = { ...defaultDeps, ...deps };
    const { inputs: i, rt, signal } = ctx;
    const started = d.now();
    const access = await prepareClusterAccess(i, {
        describeCluster: (n, r) => d.describeCluster(n, r, m => rt.info(m)),
        nodePath: d.nodePath,
        tokenCliPath: d.tokenCliPath
    });
    const kube = new KubeClient(access.connection, {
        env: rt.env,
        eks: access.eks,
        onToken: t => rt.setSecret(t)
    });
    try {
        // Every credential of the kubeconfig (token, password, client key), printed or not.
        for (const secret of access.connection.secrets ?? [])
            rt.setSecret(secret);
        rt.info(`Cluster: ${access.eks ? `EKS ${i.cluster.kind === 'eks' ? i.cluster.clusterName : ''} ` : ''}${access.endpoint}`);
        // Independent: finding helm (it runs `helm version`) overlaps the first API round trip.
        const helmPromise = d.resolveHelm(i, rt.env, m => rt.info(m));
        helmPromise.catch(() => undefined);
        const env = helmEnv(rt.env, access.kubeconfigPath);
        // dry-run diff of a local chart: its offline render needs no cluster, so it starts as soon
        // as helm is known, while the API is reached (steps/diff.ts).
        const offlineRender = i.dryRun === 'diff' && i.chart.kind !== 'oci'
            ? helmPromise.then(h => startOfflineRender(i, { helm: h, helmEnv: env, log: rt }))
            : undefined;
        offlineRender?.catch(() => undefined);
        await kube.verifyAccess(i.namespace);
        const helm = await helmPromise;
        let result;
        try {
            result = await deploy(i, {
                helm,
                kube,
                helmEnv: env,
                offlineRender: await offlineRender,
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
            if (err instanceof src_release/* ReleaseFailure */.WA && err.partial) {
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
        kube.close();
        access.dispose();
    }
}


/***/ }),

/***/ 8899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256Digest)
/* harmony export */ });
/**
 * Content digests in the form registries and charts are addressed by (`sha256:<hex>`).
 * node:crypto is loaded on first use: an action failing input validation never needs it.
 */
function sha256Digest(body) {
    const { createHash } = process.getBuiltinModule('node:crypto');
    return 'sha256:' + createHash('sha256').update(body).digest('hex');
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
 * The child is started as the leader of its own process group (detached) so that a timeout ends
 * the whole group: a grandchild (a credential plugin's helper, `sh -c` running a tool) would
 * otherwise keep the pipes open and the step would hang after its child was killed.
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
    return new Promise((resolve, reject) => {
        const spawnOpts = {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            // Its own process group, so that a timeout can end its descendants too (see killGroup).
            detached: true
        };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, spawnOpts);
        /** Signals the child's whole process group; falls back to the child alone. */
        const killGroup = (sig) => {
            try {
                if (child.pid)
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
        // The runner signals only this process (the child is in its own group): pass it on to the
        // child, which as a tool (helm) stops its own work cleanly.
        const forward = (sig) => () => {
            child.kill(sig);
        };
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