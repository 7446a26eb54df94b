/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 8309:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ confinedProxyPath),
/* harmony export */   Wc: () => (/* binding */ smokePathProblem)
/* harmony export */ });
/* unused harmony export serviceProxyPrefix */
/**
 * What a `smoke-path` may be, and the proof that a smoke request stays inside the service proxy
 * of the release's own Service. The smoke request runs with the deploy identity, so a path that
 * URL normalisation can move out of `/api/v1/namespaces/<ns>/services/<svc>:<port>/proxy/`
 * (`/../../secrets/x`, `%2e%2e`, `.%2E`, a backslash, a tab the URL parser drops, `//host`)
 * would make it read anything that identity can. Pure (no I/O), so input validation uses it.
 *
 * Hand-written: the rule is the WHATWG URL parser's own (node:url); the allow-list below is
 * RFC 3986's path and query characters minus everything that parser rewrites.
 */
/** RFC 3986 pchar (unreserved, sub-delims, ':' '@') plus '/', and %XX escapes. */
const PATH_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/]|^%[0-9A-Fa-f]{2}/;
/** Escapes of '.', '/', '\' and '%' (double encoding): a normaliser may turn them into structure. */
const DANGEROUS_ESCAPE = /%(2e|2f|5c|25)/i;
/** Why `value` is not a plain absolute URL path (optionally with a query), or undefined. */
function smokePathProblem(value) {
    const hint = 'a plain absolute URL path such as /health';
    if (!value.startsWith('/'))
        return `must start with / (${hint})`;
    if (value.startsWith('//'))
        return `must not start with // (that names a host, not a path)`;
    // Control characters and whitespace are dropped or rewritten by URL parsers.
    if (/[\s\p{Cc}]/u.test(value))
        return 'must not contain whitespace or control characters';
    if (value.includes('\\'))
        return 'must not contain a backslash';
    if (value.includes('#'))
        return 'must not contain # (a fragment is never sent)';
    const q = value.indexOf('?');
    const pathPart = q < 0 ? value : value.slice(0, q);
    const query = q < 0 ? '' : value.slice(q + 1);
    for (let i = 0; i < pathPart.length;) {
        const m = PATH_CHARS.exec(pathPart.slice(i));
        if (!m)
            return `character ${JSON.stringify(pathPart[i])} is not allowed in a URL path (${hint})`;
        i += m[0].length;
    }
    if (DANGEROUS_ESCAPE.test(value))
        return 'must not contain an encoded dot, slash, backslash or percent (%2e, %2f, %5c, %25)';
    if (pathPart.split('/').some(seg => seg === '.' || seg === '..'))
        return `must not contain . or .. segments (${hint})`;
    if (q >= 0 && query === '')
        return 'has an empty query (drop the ?)';
    if (!/^[A-Za-z0-9\-._~!$&()*+,;=:@/?%]*$/.test(query) || /%(?![0-9A-Fa-f]{2})/.test(query))
        return 'has a query with characters that are not allowed (use letters, digits and -._~=&)';
    return undefined;
}
/** The service proxy prefix of one Service port; everything a smoke request sends starts with it. */
function serviceProxyPrefix(namespace, service, port) {
    return `/api/v1/namespaces/${encodeURIComponent(namespace)}/services/${encodeURIComponent(service)}:${encodeURIComponent(port)}/proxy/`;
}
/**
 * The request path for `urlPath` through the proxy, after proving it is confined: the path is
 * already in the normal form a URL parser gives it (nothing for a client or server to rewrite)
 * and that form starts with the proxy prefix. Returns undefined when it is not.
 */
function confinedProxyPath(namespace, service, port, urlPath) {
    if (smokePathProblem(urlPath))
        return undefined;
    const prefix = serviceProxyPrefix(namespace, service, port);
    const p = `${prefix}${urlPath.slice(1)}`;
    const u = new URL(p, 'https://apiserver.invalid');
    if (u.host !== 'apiserver.invalid' || `${u.pathname}${u.search}` !== p)
        return undefined;
    return u.pathname.startsWith(prefix) ? p : undefined;
}


/***/ }),

/***/ 2986:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   Yi: () => (/* binding */ AWS_REGION_PATTERN),
/* harmony export */   Zv: () => (/* binding */ resolveRegion),
/* harmony export */   rw: () => (/* binding */ awsClientConfig)
/* harmony export */ });
/**
 * What the AWS-facing actions share: region resolution and the client configuration. The SDK
 * itself is never imported here: each action loads its client with a lazy `import()` after its
 * inputs validated, so a validation failure does not pay for parsing the SDK.
 *
 * Endpoints: the SDK honours AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE> itself, which is how
 * tests point the real clients at a local moto server.
 */
/** The region from the input, else the environment the credentials action exports. */
function resolveRegion(input, env) {
    return input || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || '';
}
/** AWS regions look like eu-north-1, us-gov-west-1, cn-north-1. */
const AWS_REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
/** Client settings shared by every AWS client: adaptive retries for throttling. */
function awsClientConfig(region) {
    return { region, maxAttempts: 5, retryMode: 'adaptive' };
}
/** Turns an AWS SDK error into a sentence naming the call and the likely cause. */
function describeAwsError(operation, err) {
    const e = (err ?? {});
    const name = e.name ?? 'Error';
    const status = e.$metadata?.httpStatusCode;
    const hint = name === 'CredentialsProviderError' || /Could not load credentials/i.test(e.message ?? '')
        ? ' No AWS credentials were found: run aws-actions/configure-aws-credentials (OIDC) before this step.'
        : name === 'AccessDeniedException' || name === 'UnauthorizedOperation' || status === 403
            ? ' The role is not allowed to do this: check its IAM policy.'
            : name === 'UnrecognizedClientException' ||
                name === 'InvalidSignatureException' ||
                name === 'ExpiredTokenException'
                ? ' The credentials were refused (expired or wrong region/partition).'
                : '';
    return `${operation} failed: ${name}${status ? ` (HTTP ${status})` : ''}: ${e.message ?? ''}.${hint}`.replace(/\.\./g, '.');
}


/***/ }),

/***/ 7268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export formatProblems */
/**
 * Errors a user can act on. The entry prints their message alone (no stack trace); anything
 * else is treated as a bug in this action and printed with its stack in debug mode.
 */
class UserError extends Error {
    /** Extra lines (diagnostics, hints) printed after the message, e.g. pod states on a failed rollout. */
    details;
    constructor(message, details = []) {
        super(message);
        this.name = 'UserError';
        this.details = details;
    }
}
/** Every problem found in the inputs, reported together before anything changes. */
class InputError extends UserError {
    problems;
    constructor(problems) {
        super(formatProblems(problems));
        this.name = 'InputError';
        this.problems = problems;
    }
}
function formatProblems(problems) {
    const n = problems.length;
    const head = `${n} invalid input${n === 1 ? '' : 's'}; nothing was changed:`;
    return [head, ...problems.map(p => `  - ${p.input}: ${p.message}`)].join('\n');
}
/** A message for anything thrown, including non-Error values (a string, an AWS error object). */
function describeError(err) {
    if (err instanceof Error)
        return err.message || err.name;
    if (typeof err === 'string')
        return err;
    try {
        return JSON.stringify(err);
    }
    catch {
        return String(err);
    }
}


/***/ }),

/***/ 1662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ portProblem),
/* harmony export */   Lf: () => (/* binding */ nodePathFs),
/* harmony export */   a0: () => (/* binding */ DNS1123_LABEL),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   fu: () => (/* binding */ SHA256_DIGEST),
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   q1: () => (/* binding */ envLookup),
/* harmony export */   yB: () => (/* binding */ HELM_SET_KEY)
/* harmony export */ });
/* unused harmony exports DURATION_MAX_SECONDS, parseDuration, durationProblem, splitList, isInside, hasUnescapedComma */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7268);
/**
 * Strict input parsers shared by every action. An `InputReader` collects every problem instead
 * of stopping at the first, so a user sees all their mistakes in one run; `finish()` throws one
 * InputError naming each input. Pure: reads a `(name) => string | undefined` lookup only.
 */



/** Reads INPUT_* variables the way the runner sets them. */
function envLookup(env) {
    return name => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}
const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);
const DURATION_UNITS = {
    ns: 1e-9,
    us: 1e-6,
    µs: 1e-6,
    ms: 0.001,
    s: 1,
    m: 60,
    h: 3600
};
/**
 * The longest duration helm (Go's time.Duration, int64 nanoseconds) accepts: about 2562047h.
 * A longer `--timeout` is refused by helm itself, after the release was already looked at.
 */
const DURATION_MAX_SECONDS = 9_223_372_036;
/**
 * The one duration grammar of the actions and the workflow scripts: Go durations as helm takes
 * them (`90s`, `5m`, `1h30m`, `1.5h`; units ns us µs ms s m h), or whole seconds (`300`, read
 * as decimal: `08` is 8 s). Returns seconds, or undefined when the text is not a duration or is
 * longer than DURATION_MAX_SECONDS.
 */
function parseDuration(text) {
    const t = text.trim();
    let seconds;
    if (/^\d{1,20}$/.test(t))
        seconds = Number(t);
    else if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(t))
        return undefined;
    else {
        seconds = 0;
        for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
            seconds += Number(m[1]) * DURATION_UNITS[m[2]];
        }
    }
    return Number.isFinite(seconds) && seconds <= DURATION_MAX_SECONDS ? seconds : undefined;
}
/** Why `text` is not a duration this project accepts, or undefined when it is one. */
function durationProblem(text) {
    if (parseDuration(text) !== undefined)
        return undefined;
    const shape = /^\s*(\d+|(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+)\s*$/.test(text);
    return shape
        ? `"${text.trim()}" is longer than helm accepts (at most ${Math.floor(DURATION_MAX_SECONDS / 3600)}h)`
        : `"${text.trim()}" is not a duration (examples: 90s, 5m, 1h30m)`;
}
/** Formats seconds as a Go duration Helm accepts (`300s`). */
function formatDuration(seconds) {
    return `${Math.min(Math.round(seconds), DURATION_MAX_SECONDS)}s`;
}
/** A TCP port in `host:port` (or `[v6]:port`), when one is given and out of 1-65535. */
function portProblem(hostPort) {
    const m = /:(\d+)$/.exec(hostPort);
    if (!m)
        return undefined;
    const port = Number(m[1]);
    return port >= 1 && port <= 65535 ? undefined : `port ${m[1]} is out of range (1 to 65535)`;
}
/** Splits a multi-line (or comma-separated, where allowed) input into trimmed non-empty entries. */
function splitList(text, { commas = false } = {}) {
    const parts = commas ? text.split(/[\n,]/) : text.split('\n');
    return parts.map(s => s.trim()).filter(s => s !== '' && !s.startsWith('#'));
}
class InputReader {
    lookup;
    workspace;
    problems = [];
    constructor(lookup, workspace = process.cwd()) {
        this.lookup = lookup;
        this.workspace = workspace;
    }
    problem(input, message) {
        this.problems.push({ input, message });
    }
    hasProblems() {
        return this.problems.length > 0;
    }
    /** Throws one InputError with everything found; call once, after reading every input. */
    finish() {
        if (this.problems.length)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(this.problems);
    }
    raw(name) {
        return (this.lookup(name) ?? '').trim();
    }
    string(name, opts = {}) {
        const v = this.raw(name);
        if (v === '') {
            if (opts.required)
                this.problem(name, 'is required');
            return opts.default ?? '';
        }
        if (opts.pattern && !opts.pattern.test(v))
            this.problem(name, `"${v}" is not valid${opts.hint ? `: ${opts.hint}` : ''}`);
        return v;
    }
    bool(name, def) {
        const v = this.raw(name);
        if (v === '')
            return def;
        if (TRUE.has(v))
            return true;
        if (FALSE.has(v))
            return false;
        this.problem(name, `"${v}" is not a boolean (use true or false)`);
        return def;
    }
    int(name, def, { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = {}) {
        const v = this.raw(name);
        if (v === '')
            return def;
        if (!/^-?\d+$/.test(v)) {
            this.problem(name, `"${v}" is not a whole number`);
            return def;
        }
        const n = Number(v);
        if (n < min || n > max)
            this.problem(name, `${n} is out of range (${min} to ${max})`);
        return n;
    }
    /** A duration in seconds (`90s`, `5m`, `1h30m`), see parseDuration. */
    duration(name, def, { minSeconds = 1 } = {}) {
        const v = this.raw(name) || def;
        const s = parseDuration(v);
        if (s === undefined) {
            this.problem(name, durationProblem(v));
            return parseDuration(def) ?? 0;
        }
        if (s < minSeconds)
            this.problem(name, `${v} is shorter than the minimum of ${minSeconds}s`);
        return s;
    }
    enumOf(name, allowed, def) {
        const v = this.raw(name);
        if (v === '')
            return def;
        if (allowed.includes(v))
            return v;
        this.problem(name, `"${v}" is not one of: ${allowed.join(', ')}`);
        return def;
    }
    list(name, opts = {}) {
        return splitList(this.lookup(name) ?? '', opts);
    }
    /**
     * `KEY=VALUE` lines; the value may contain `=`; keys validated by `keyPattern`. Values are
     * never echoed in a problem (they may be secrets). `helmSet`: a value with an unescaped `,`
     * is refused, since `helm --set a=b,c=d` silently makes that two keys.
     */
    keyValues(name, keyPattern = /^[A-Za-z_][A-Za-z0-9_.\-[\]]*$/, { helmSet = false } = {}) {
        const out = [];
        splitList(this.lookup(name) ?? '').forEach((line, i) => {
            const eq = line.indexOf('=');
            if (eq <= 0) {
                // Not quoted: a line without '=' may be nothing but a pasted secret.
                this.problem(name, `line ${i + 1} is not KEY=VALUE (no key before an "=")`);
                return;
            }
            const key = line.slice(0, eq).trim();
            if (!keyPattern.test(key)) {
                this.problem(name, `line ${i + 1}: "${key}" is not a valid key`);
                return;
            }
            const value = line.slice(eq + 1);
            if (helmSet && hasUnescapedComma(value)) {
                this.problem(name, `line ${i + 1}: the value of "${key}" has a "," that helm would read as the start of another key; write \\, for a literal comma (a list is {a,b})`);
                return;
            }
            out.push({ key, value });
        });
        return out;
    }
    /** Exactly one of the named inputs must be set; returns which one (or undefined). */
    exactlyOneOf(names) {
        const set = names.filter(n => this.raw(n) !== '');
        if (set.length === 1)
            return set[0];
        const list = names.join(' or ');
        if (set.length === 0)
            this.problem(names.join(' / '), `set exactly one of ${list} (none is set)`);
        else
            this.problem(set.join(' / '), `set exactly one of ${list} (both are set)`);
        return undefined;
    }
    /**
     * The one path rule for every path input: the path is resolved against the workspace; a path
     * outside the workspace is refused unless `outside` allows it (an absolute path the workflow
     * chose, such as a tool or a kubeconfig); a path inside the workspace must stay inside it
     * after symlinks are resolved (a symlink out of the workspace is refused, its target never
     * read); unreadable paths (missing, symlink loop, name too long, no permission) are named
     * problems, never crashes. Returns the real path and what it is, or undefined after a problem.
     * `mayNotExist`: an output directory; its nearest existing ancestor must obey the rule.
     */
    path(name, value, fsx, opts = {}) {
        const shown = opts.quiet ? 'the path' : showPath(value);
        if (value.includes('\0'))
            return this.refuse(name, `${shown} contains a NUL character`);
        if (value.split(/[\\/]/).some(c => Buffer.byteLength(c) > 255))
            return this.refuse(name, `${shown} has a path component longer than 255 bytes`);
        if (Buffer.byteLength(value) > 4095)
            return this.refuse(name, `${shown} is longer than 4095 bytes`);
        const resolved = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(this.workspace, value);
        const inside = isInside(this.workspace, resolved);
        if (!inside && !opts.outside)
            return this.refuse(name, `${shown} is outside the workspace ${this.workspace}`);
        let probe = resolved;
        let real;
        for (;;) {
            const r = realpathOf(fsx, probe);
            if ('real' in r) {
                real = r.real;
                break;
            }
            if (r.code === 'ENOENT' && opts.mayNotExist && node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(probe) !== probe) {
                probe = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(probe);
                continue;
            }
            return this.refuse(name, pathErrorMessage(r.code, shown, opts.missing));
        }
        if (inside) {
            const realWs = realpathOf(fsx, this.workspace);
            if ('real' in realWs && !isInside(realWs.real, real))
                return this.refuse(name, `${shown} leads outside the workspace through a symlink; refused without reading it`);
        }
        if (probe !== resolved)
            return { path: node_path__WEBPACK_IMPORTED_MODULE_1__.join(real, node_path__WEBPACK_IMPORTED_MODULE_1__.relative(probe, resolved)), kind: 'missing' };
        const kind = fsx.kind(real);
        if (opts.want === 'file' && kind !== 'file')
            return this.refuse(name, kind === 'directory'
                ? (opts.notFile ?? `${shown} is a directory, not a file`)
                : `${shown} is not a regular file`);
        if (opts.want === 'directory' && kind !== 'directory')
            return this.refuse(name, opts.notDirectory ?? `${shown} is not a directory`);
        return { path: real, kind };
    }
    refuse(name, message) {
        this.problem(name, message);
        return undefined;
    }
}
/** The real file system. */
const nodePathFs = {
    realpath: p => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p),
    kind: p => {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p, { throwIfNoEntry: false });
        return !st ? 'missing' : st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other';
    }
};
function isInside(dir, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(dir, p);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
/** A path value as shown in a problem: quoted, long ones shortened (never a file's content). */
function showPath(value) {
    const v = value.length > 80 ? `${value.slice(0, 40)}…${value.slice(-20)}` : value;
    return JSON.stringify(v);
}
function realpathOf(fsx, p) {
    try {
        return { real: fsx.realpath(p) };
    }
    catch (err) {
        return { code: err.code ?? 'EIO' };
    }
}
function pathErrorMessage(code, shown, missing) {
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return missing ?? `${shown} does not exist`;
        case 'ELOOP':
            return `${shown} is a symlink loop (too many levels of symbolic links)`;
        case 'ENAMETOOLONG':
            return `${shown} is a name too long for the file system`;
        case 'EACCES':
        case 'EPERM':
            return `${shown} cannot be read: permission denied`;
        default:
            return `${shown} cannot be read (${code})`;
    }
}
/** An unescaped `,` in a helm --set value outside a `{a,b}` list: helm starts a new key there. */
function hasUnescapedComma(value) {
    if (/^\{.*\}$/.test(value))
        return false;
    for (let i = 0; i < value.length; i++) {
        if (value[i] === '\\')
            i++;
        else if (value[i] === ',')
            return true;
    }
    return false;
}
/** DNS-1123 label (namespaces, Helm release names): lower-case alphanumerics and '-'. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** A helm `--set` key: dotted path with list indexes and escaped dots (`a.b[0]`, `a\\.b`). */
const HELM_SET_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.\-[\]\\/]*$/;
/** An image digest as registries report it. */
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 290:
/***/ ((module) => {

module.exports = require("async_hooks");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 4236:
/***/ ((module) => {

module.exports = require("console");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 1637:
/***/ ((module) => {

module.exports = require("diagnostics_channel");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = require("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = require("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 2987:
/***/ ((module) => {

module.exports = require("perf_hooks");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = require("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 3774:
/***/ ((module) => {

module.exports = require("stream/web");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = require("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = require("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = require("util/types");

/***/ }),

/***/ 8167:
/***/ ((module) => {

module.exports = require("worker_threads");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __nccwpck_require__(7268);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/lib/runtime.ts
/**
 * The GitHub Actions runner protocol (inputs, outputs, state, masking, annotations, groups),
 * implemented directly on process.env and the runner's file commands.
 *
 * Why not @actions/core: bundled it pulls in undici (~1 MB) and roughly doubles the start-up of
 * an action that fails input validation. The protocol itself is small and documented:
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */


let stdoutStream = false;
/**
 * Writes straight to fd 1. Creating `process.stdout` loads Node's net/stream internals, ~6 ms or
 * a quarter of a bare `node -e 0`, paid by every action before it can even report bad input. A
 * non-blocking stdout that is full (EAGAIN) switches to the stream for good, keeping the order.
 */
function writeStdout(text) {
    if (stdoutStream) {
        process.stdout.write(text);
        return;
    }
    const buf = Buffer.from(text, 'utf8');
    let off = 0;
    while (off < buf.length) {
        try {
            off += (0,external_node_fs_.writeSync)(1, buf, off, buf.length - off);
        }
        catch (err) {
            if (err.code !== 'EAGAIN')
                throw err;
            stdoutStream = true;
            process.stdout.write(buf.subarray(off));
            return;
        }
    }
}
const processIO = {
    env: process.env,
    write: writeStdout,
    appendFile: (path, text) => (0,external_node_fs_.appendFileSync)(path, text, { encoding: 'utf8' })
};
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name k=v,k=v::message` — the stdout workflow-command format. */
function formatCommand(name, message, props = {}) {
    const parts = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${name}${parts.length ? ' ' + parts.join(',') : ''}::${escapeData(message)}`;
}
/** `name<<delim\nvalue\ndelim` — the multi-line-safe file-command format. */
function formatFileCommand(name, value) {
    // Safety comes from the check below (a value can never contain its own delimiter), not from
    // unpredictability, so Math.random serves: node:crypto costs 20-35 ms to load on Node 24, a
    // third of a bare `node -e 0`, for every action that sets an output.
    const make = () => `ghadelimiter_${Math.random().toString(16).slice(2)}-${Date.now().toString(16)}`;
    let delimiter = make();
    while (value.includes(delimiter) || name.includes(delimiter))
        delimiter = make();
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
class Runtime {
    io;
    secrets = new Set();
    constructor(io = processIO) {
        this.io = io;
    }
    get env() {
        return this.io.env;
    }
    /** The raw input as the runner passes it (INPUT_<NAME>, spaces to underscores, upper-cased). */
    rawInput(name) {
        return this.io.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    }
    setOutput(name, value) {
        const text = String(value);
        const file = this.io.env['GITHUB_OUTPUT'];
        if (file)
            this.io.appendFile(file, formatFileCommand(name, text));
        else
            this.io.write(external_node_os_.EOL + formatCommand('set-output', text, { name }) + external_node_os_.EOL);
    }
    saveState(name, value) {
        const file = this.io.env['GITHUB_STATE'];
        if (file)
            this.io.appendFile(file, formatFileCommand(name, value));
        else
            this.io.write(formatCommand('save-state', value, { name }) + external_node_os_.EOL);
    }
    getState(name) {
        return this.io.env[`STATE_${name}`] ?? '';
    }
    /** Registers a value the runner must mask in every later log line; also scrubbed from our own. */
    setSecret(value) {
        if (!value)
            return;
        this.secrets.add(value);
        this.io.write(formatCommand('add-mask', value) + external_node_os_.EOL);
    }
    /** Replaces every registered secret in `text` with ***; used for text that leaves the process. */
    redact(text) {
        let out = text;
        for (const s of this.secrets)
            out = out.split(s).join('***');
        return out;
    }
    info(message) {
        this.io.write(this.redact(message) + external_node_os_.EOL);
    }
    debug(message) {
        this.io.write(formatCommand('debug', this.redact(message)) + external_node_os_.EOL);
    }
    isDebug() {
        return this.io.env['RUNNER_DEBUG'] === '1';
    }
    notice(message, props = {}) {
        this.annotate('notice', message, props);
    }
    warning(message, props = {}) {
        this.annotate('warning', message, props);
    }
    error(message, props = {}) {
        this.annotate('error', message, props);
    }
    annotate(level, message, props) {
        const p = {
            title: props.title,
            file: props.file,
            line: props.startLine,
            endLine: props.endLine,
            col: props.startColumn,
            endColumn: props.endColumn
        };
        this.io.write(formatCommand(level, this.redact(message), p) + external_node_os_.EOL);
    }
    startGroup(name) {
        this.io.write(formatCommand('group', name) + external_node_os_.EOL);
    }
    endGroup() {
        this.io.write(formatCommand('endgroup', '') + external_node_os_.EOL);
    }
    async group(name, fn) {
        this.startGroup(name);
        try {
            return await fn();
        }
        finally {
            this.endGroup();
        }
    }
    /** Marks the step failed: an error annotation and a non-zero exit code (the entry exits). */
    setFailed(message) {
        process.exitCode = 1;
        this.error(message);
    }
    /** Appends Markdown to the job summary; a no-op outside a runner (no GITHUB_STEP_SUMMARY). */
    appendSummary(markdown) {
        const file = this.io.env['GITHUB_STEP_SUMMARY'];
        if (file)
            this.io.appendFile(file, this.redact(markdown) + external_node_os_.EOL);
    }
}

;// CONCATENATED MODULE: ./src/lib/entry.ts
/**
 * The one error policy every action entry shares: run, and turn whatever is thrown into a
 * failed step with a message a user can act on. User mistakes (UserError) print no stack trace;
 * anything else is a bug and shows its stack when the runner is in debug mode.
 */


async function runEntry(main, rt = new Runtime()) {
    try {
        await main(rt);
    }
    catch (err) {
        reportFailure(rt, err);
    }
}
function reportFailure(rt, err) {
    if (err instanceof errors/* UserError */.yo) {
        for (const line of err.details)
            rt.info(line);
        rt.setFailed(err.message);
        return;
    }
    rt.setFailed(`Unexpected error: ${(0,errors/* describeError */.Uc)(err)}`);
    if (err instanceof Error && err.stack)
        rt.debug(err.stack);
}

// EXTERNAL MODULE: ./src/lib/inputs.ts
var lib_inputs = __nccwpck_require__(1662);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/lib/aws.ts
var aws = __nccwpck_require__(2986);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/smokePath.ts
var src_smokePath = __nccwpck_require__(8309);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/inputs.ts
/**
 * The action's inputs (mirroring action.yml) as one typed object, validated completely before
 * any cluster is touched: every problem is collected and reported at once, by input name.
 * Pure apart from the injected file checks, and free of heavy imports (start-up budget).
 */





const DRY_RUN_MODES = ['none', 'client', 'server'];
const realFs = lib_inputs/* nodePathFs */.Lf;
/** EKS cluster names: 1-100 characters, alphanumerics, hyphens and underscores, starting alphanumeric. */
const EKS_CLUSTER_NAME = /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/;
/** `<key>` of `<key>.repository`: dotted identifiers (image, app.image, frontdoor.image). */
const VALUES_KEY = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/** [registry[:port]/]path, lower-case path components as the distribution spec requires. */
const IMAGE_REPOSITORY = /^([A-Za-z0-9.-]+(:\d+)?\/)?[a-z0-9]+([._-]+[a-z0-9]+)*(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*$/;
const SMOKE_SERVICE = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)(:([a-z0-9-]+))?$/;
/** A kubeconfig input holding the document itself rather than a path to it. */
function isInlineKubeconfig(value) {
    return value.includes('\n') || /^\s*(\{|apiVersion\s*:|kind\s*:|clusters\s*:)/.test(value);
}
function getInputs(lookup, env, fsx = realFs) {
    const workspace = external_node_path_.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
    const r = new lib_inputs/* InputReader */.i_(lookup, workspace);
    // Cluster access: exactly one of cluster-name (EKS) or kubeconfig.
    let cluster = { kind: 'kubeconfig' };
    const access = r.exactlyOneOf(['cluster-name', 'kubeconfig']);
    if (access === 'cluster-name') {
        const clusterName = r.string('cluster-name', {
            pattern: EKS_CLUSTER_NAME,
            hint: 'an EKS cluster name (letters, digits, - and _, at most 100)'
        });
        const region = (0,aws/* resolveRegion */.Zv)(r.raw('aws-region'), env);
        if (!region)
            r.problem('aws-region', 'is required with cluster-name (or set AWS_REGION)');
        else if (!aws/* AWS_REGION_PATTERN */.Yi.test(region))
            r.problem('aws-region', `"${region}" is not an AWS region (e.g. eu-north-1)`);
        cluster = { kind: 'eks', clusterName, region };
    }
    else if (access === 'kubeconfig') {
        const raw = (lookup('kubeconfig') ?? '').trim();
        if (isInlineKubeconfig(raw))
            cluster = { kind: 'kubeconfig', inline: raw };
        else {
            const expanded = raw.startsWith('~/') ? external_node_path_.join(external_node_os_.homedir(), raw.slice(2)) : raw;
            // Never echo the value beyond a short path: it may be kubeconfig content on one line.
            const p = r.path('kubeconfig', expanded, fsx, {
                outside: true,
                quiet: true,
                want: 'file',
                missing: 'is neither an existing kubeconfig file nor kubeconfig content'
            });
            cluster = { kind: 'kubeconfig', path: p?.path ?? external_node_path_.resolve(workspace, expanded) };
        }
    }
    const releaseName = r.string('release-name', { required: true });
    if (releaseName && (!lib_inputs/* DNS1123_LABEL */.a0.test(releaseName) || releaseName.length > 53)) {
        r.problem('release-name', `"${releaseName}" is not a valid release name: lower-case letters, digits and '-', starting and ending alphanumeric, at most 53 characters`);
    }
    const namespace = r.string('namespace', { required: true });
    if (namespace && (!lib_inputs/* DNS1123_LABEL */.a0.test(namespace) || namespace.length > 63)) {
        r.problem('namespace', `"${namespace}" is not a valid namespace: a DNS-1123 label (lower-case letters, digits, '-'), at most 63 characters`);
    }
    // Chart: oci:// reference, packaged .tgz or a chart directory.
    const chartRaw = r.string('chart', { required: true });
    const chartVersion = r.string('chart-version');
    let chart = { kind: 'archive', path: '' };
    if (chartRaw.startsWith('oci://')) {
        if (!/^oci:\/\/[^\s/]+\/\S+$/.test(chartRaw))
            r.problem('chart', `"${chartRaw}" is not an oci:// reference (oci://<registry>/<path>)`);
        if (chartVersion && !/^[0-9A-Za-z.+-]+$/.test(chartVersion))
            r.problem('chart-version', `"${chartVersion}" is not a chart version`);
        chart = { kind: 'oci', ref: chartRaw, version: chartVersion };
    }
    else if (chartRaw) {
        if (chartVersion)
            r.problem('chart-version', 'only applies to oci:// charts; a packaged chart or directory has its own version');
        const p = r.path('chart', chartRaw, fsx, {
            outside: true,
            missing: `"${chartRaw}" does not exist (a .tgz from package-and-verify-helm-chart, a chart directory or oci://...)`
        });
        if (p?.kind === 'directory') {
            if (r.path('chart', external_node_path_.join(p.path, 'Chart.yaml'), fsx, {
                outside: true,
                want: 'file',
                missing: `directory "${chartRaw}" has no Chart.yaml`
            }))
                chart = { kind: 'directory', path: p.path };
        }
        else if (p?.kind === 'file') {
            chart = { kind: 'archive', path: p.path };
        }
        else if (p) {
            r.problem('chart', `"${chartRaw}" is neither a file nor a directory`);
        }
    }
    const valuesFiles = r
        .list('values-files')
        .map(f => r.path('values-files', f, fsx, { outside: true, want: 'file' })?.path ?? f);
    const set = r.keyValues('set', lib_inputs/* HELM_SET_KEY */.yB, { helmSet: true });
    const image = {
        repository: r.string('image', {
            pattern: IMAGE_REPOSITORY,
            hint: 'expected <registry>/<repository> without tag or digest'
        }),
        tag: r.string('image-tag', { pattern: OCI_TAG, hint: 'letters, digits, _ . -; at most 128' }),
        digest: r.string('image-digest', {
            pattern: lib_inputs/* SHA256_DIGEST */.fu,
            hint: 'expected sha256: followed by 64 lower-case hex digits'
        }),
        valuesKey: r.string('image-values-key', {
            default: 'image',
            pattern: VALUES_KEY,
            hint: 'a dotted values path such as image'
        })
    };
    const imageHost = /^([^/]+)\//.exec(image.repository)?.[1];
    const imagePort = imageHost ? (0,lib_inputs/* portProblem */.BI)(imageHost) : undefined;
    if (imagePort)
        r.problem('image', `registry ${imagePort}`);
    const ociHost = chart.kind === 'oci' ? /^oci:\/\/([^/]+)/.exec(chart.ref)?.[1] : undefined;
    const ociPort = ociHost ? (0,lib_inputs/* portProblem */.BI)(ociHost) : undefined;
    if (ociPort)
        r.problem('chart', `registry ${ociPort}`);
    const createNamespace = r.bool('create-namespace', true);
    const wait = r.bool('wait', true);
    const timeoutSeconds = r.duration('timeout', '5m');
    const rollbackOnFailure = r.bool('rollback-on-failure', true);
    const historyMax = r.int('history-max', 10, { min: 0, max: 1000 });
    const skipUnchanged = r.bool('skip-unchanged', true);
    const recoverStuck = r.bool('recover-stuck', true);
    const dryRun = r.enumOf('dry-run', DRY_RUN_MODES, 'none');
    const forceConflicts = r.bool('force-conflicts', false);
    let smoke;
    const smokePath = r.raw('smoke-path');
    const smokeProblem = smokePath ? (0,src_smokePath/* smokePathProblem */.Wc)(smokePath) : undefined;
    if (smokeProblem)
        r.problem('smoke-path', smokeProblem);
    const smokeService = r.string('smoke-service');
    const sm = SMOKE_SERVICE.exec(smokeService);
    if (smokeService && !sm)
        r.problem('smoke-service', `"${smokeService}" is not <service>[:<port>]`);
    if (smokeService && !smokePath)
        r.problem('smoke-service', 'needs smoke-path');
    if (smokePath && !smokeProblem)
        smoke = { path: smokePath, service: sm?.[1] ?? '', port: sm?.[4] ?? '' };
    const helmVersionRaw = r.string('helm-version');
    // Not helm.ts's normalizeHelmVersion: importing helm.ts loads child_process before validation.
    const helmVersion = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(helmVersionRaw)
        ? helmVersionRaw.replace(/^v?/, 'v')
        : '';
    if (helmVersionRaw && !helmVersion)
        r.problem('helm-version', `"${helmVersionRaw}" is not a version (e.g. v4.3.1)`);
    const helmPathRaw = r.string('helm-path');
    const helmPath = helmPathRaw
        ? (r.path('helm-path', helmPathRaw, fsx, {
            outside: true,
            want: 'file',
            notFile: `"${helmPathRaw}" is a directory, not the helm binary`
        })?.path ?? '')
        : '';
    r.finish();
    return {
        cluster,
        releaseName,
        namespace,
        chart,
        valuesFiles,
        set,
        image,
        createNamespace,
        wait,
        timeoutSeconds,
        rollbackOnFailure,
        historyMax,
        skipUnchanged,
        recoverStuck,
        dryRun,
        forceConflicts,
        smoke,
        helmVersion,
        helmPath,
        workspace,
        runnerTemp: env['RUNNER_TEMP'] || external_node_os_.tmpdir()
    };
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/main.ts
/**
 * The action's main: validate every input first (cheap: no https, zlib, SDK or yaml loaded), then
 * load the deploy machinery. An action failing validation starts about as fast as a bare node.
 */


async function main(rt) {
    const inputs = getInputs((0,lib_inputs/* envLookup */.q1)(rt.env), rt.env);
    const { run } = await __nccwpck_require__.e(/* import() */ 822).then(__nccwpck_require__.bind(__nccwpck_require__, 822));
    await run(rt, inputs);
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/index.ts
/** Entry point the runner executes (bundled to dist/); all logic lives in main.ts. */


void runEntry(main);

module.exports = __webpack_exports__;
/******/ })()
;