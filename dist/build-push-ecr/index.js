/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/lib/inputs.ts
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
            throw new errors/* InputError */.dz(this.problems);
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
        const resolved = external_node_path_.resolve(this.workspace, value);
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
            if (r.code === 'ENOENT' && opts.mayNotExist && external_node_path_.dirname(probe) !== probe) {
                probe = external_node_path_.dirname(probe);
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
            return { path: external_node_path_.join(real, external_node_path_.relative(probe, resolved)), kind: 'missing' };
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
    realpath: p => (0,external_node_fs_.realpathSync)(p),
    kind: p => {
        const st = (0,external_node_fs_.statSync)(p, { throwIfNoEntry: false });
        return !st ? 'missing' : st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other';
    }
};
function isInside(dir, p) {
    const rel = external_node_path_.relative(dir, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel));
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

// EXTERNAL MODULE: ./src/lib/aws.ts
var aws = __nccwpck_require__(2986);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/imageNames.ts
/**
 * Image naming rules: OCI distribution-spec grammar for repositories and tags, ECR's stricter
 * repository rule, registry hosts, and how the action composes its tags from the seed's scheme
 * (`<image-name>-<sha>` primary, `<image-name>-latest` moving).
 */
/** distribution-spec: path components of lower-case alphanumerics joined by `.`, `_`, `__` or `-`s. */
const OCI_REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
/** ECR (CreateRepository API): 2–256 characters, path components of [a-z0-9] joined by single . _ - */
const ECR_REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
/** distribution-spec tag: 1–128 characters, first a word character. */
const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]` — the hosts that get ECR auth. */
const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
/** host[:port] (DNS name, IPv4 or bracketed IPv6), without scheme or path. */
const REGISTRY_HOST = /^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
function parseEcrHost(host) {
    const m = ECR_HOST.exec(host);
    return m ? { accountId: m[1], region: m[2] } : undefined;
}
/** Why a repository name is invalid, or undefined when it is fine. */
function repositoryProblem(name, ecr) {
    if (ecr) {
        if (name.length < 2 || name.length > 256)
            return `"${name}" must be 2 to 256 characters for ECR`;
        if (!ECR_REPOSITORY.test(name)) {
            return `"${name}" is not a valid ECR repository name (lower-case letters, digits, and . _ - / between them)`;
        }
        return undefined;
    }
    if (name.length > 255)
        return `"${name}" is longer than 255 characters`;
    if (!OCI_REPOSITORY.test(name)) {
        return `"${name}" is not a valid repository name (lower-case path components of letters and digits separated by . _ __ - or /)`;
    }
    return undefined;
}
function tagProblem(tag) {
    if (OCI_TAG.test(tag))
        return undefined;
    if (tag.length > 128)
        return `"${tag}" is longer than 128 characters`;
    return `"${tag}" is not a valid tag (letters, digits, _ . -; must not start with . or -)`;
}
/** The seed's tag scheme plus extra tags, without duplicates. */
function planTags(imageName, sha, latest, extra) {
    const primary = `${imageName}-${sha}`;
    const moving = latest ? `${imageName}-latest` : undefined;
    const others = [];
    for (const t of [...(moving ? [moving] : []), ...extra]) {
        if (t !== primary && !others.includes(t))
            others.push(t);
    }
    return { primary, others, ...(moving ? { moving } : {}) };
}

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/inputs.ts
/**
 * The action's inputs (mirroring action.yml) as one typed object, validated completely before
 * any AWS call, build or push: every problem is collected and reported at once, by input name.
 * Pure apart from the injected file checks, and free of heavy imports (start-up budget).
 */






const BUILDERS = ['auto', 'docker', 'buildah', 'podman'];
const CACHE_MODES = ['none', 'registry', 'gha'];
const realFs = { ...nodePathFs, readFile: p => external_node_fs_.readFileSync(p, 'utf8') };
const BUILD_ARG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Label keys: reverse-DNS style, e.g. org.opencontainers.image.source, com.example/team. */
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const TARGET = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
function getInputs(lookup, env, fsx = realFs) {
    const workspace = external_node_path_.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
    const r = new InputReader(lookup, workspace);
    // Registry: ECR by default; another OCI registry by host.
    const registryRaw = r.raw('registry');
    let registry = '';
    if (registryRaw) {
        if (/^[a-z]+:\/\//i.test(registryRaw) || registryRaw.includes('/')) {
            r.problem('registry', `"${registryRaw}" must be a host[:port] only, without scheme or path (e.g. ghcr.io)`);
        }
        else if (!REGISTRY_HOST.test(registryRaw)) {
            r.problem('registry', `"${registryRaw}" is not a valid registry host[:port]`);
        }
        else if (portProblem(registryRaw)) {
            r.problem('registry', `"${registryRaw}": ${portProblem(registryRaw)}`);
        }
        else {
            registry = registryRaw.toLowerCase();
        }
    }
    const ecrHost = registry ? parseEcrHost(registry) : undefined;
    const ecr = registryRaw === '' || ecrHost !== undefined;
    const regionInput = r.string('aws-region', {
        pattern: aws/* AWS_REGION_PATTERN */.Yi,
        hint: 'expected a region such as eu-north-1'
    });
    let awsRegion = '';
    if (ecr) {
        awsRegion = ecrHost?.region ?? (0,aws/* resolveRegion */.Zv)(regionInput, env);
        if (ecrHost && regionInput && regionInput !== ecrHost.region) {
            r.problem('aws-region', `"${regionInput}" does not match the region ${ecrHost.region} of registry ${registry}`);
        }
        else if (!awsRegion) {
            r.problem('aws-region', 'is required for ECR (set aws-region, or AWS_REGION via configure-aws-credentials)');
        }
        else if (!regionInput && !aws/* AWS_REGION_PATTERN */.Yi.test(awsRegion)) {
            r.problem('aws-region', `"${awsRegion}" (from AWS_REGION) is not a valid region`);
        }
    }
    const repository = r.string('repository', { required: true });
    if (repository) {
        const p = repositoryProblem(repository, ecr);
        if (p)
            r.problem('repository', p);
    }
    const imageName = r.string('image-name', { required: true });
    if (imageName && !OCI_TAG.test(imageName)) {
        r.problem('image-name', `"${imageName}" cannot start a tag (letters, digits, _ . -; not starting with . or -)`);
    }
    const shaInput = r.raw('sha');
    const sha = shaInput || (env['GITHUB_SHA'] ?? '').trim();
    if (!sha)
        r.problem('sha', 'is required outside GitHub Actions (GITHUB_SHA is not set)');
    else if (!/^[A-Za-z0-9_.-]+$/.test(sha))
        r.problem('sha', `"${sha}" cannot be part of a tag (letters, digits, _ . -)`);
    const latestTag = r.bool('latest-tag', true);
    const extraTags = r.list('tags');
    for (const t of extraTags) {
        const p = tagProblem(t);
        if (p)
            r.problem('tags', p);
    }
    const tags = planTags(imageName, sha, latestTag, extraTags);
    if (imageName && sha && OCI_TAG.test(imageName)) {
        const p = tagProblem(tags.primary);
        if (p)
            r.problem('image-name', `with sha ${sha} gives tag ${p}`);
    }
    // Build inputs: paths exist and stay inside the workspace, symlinks included (the path rule).
    const contextRaw = r.string('context', { default: '.' });
    const contextP = r.path('context', contextRaw, fsx, {
        want: 'directory',
        missing: `directory "${contextRaw}" does not exist`
    });
    const context = contextP?.path ?? external_node_path_.resolve(workspace, contextRaw);
    const dockerfileRaw = r.raw('dockerfile');
    let dockerfile = external_node_path_.join(context, 'Dockerfile');
    if (dockerfileRaw) {
        dockerfile =
            r.path('dockerfile', dockerfileRaw, fsx, {
                want: 'file',
                missing: `file "${dockerfileRaw}" does not exist`
            })?.path ?? external_node_path_.resolve(workspace, dockerfileRaw);
    }
    else if (contextP) {
        const rel = external_node_path_.join(contextRaw, 'Dockerfile');
        const p = r.path('dockerfile', rel, fsx, {
            want: 'file',
            missing: `no Dockerfile in context "${contextRaw}" (set dockerfile)`
        });
        if (p)
            dockerfile = p.path;
    }
    const buildArgs = r.keyValues('build-args', BUILD_ARG_KEY);
    const target = r.string('target', { pattern: TARGET, hint: 'a stage name from the Dockerfile' });
    const platforms = r.list('platforms', { commas: true });
    for (const p of platforms) {
        if (!PLATFORM.test(p))
            r.problem('platforms', `"${p}" is not os/arch[/variant] (e.g. linux/amd64)`);
    }
    const labels = r.keyValues('labels', LABEL_KEY);
    const defaultLabels = r.bool('default-labels', true);
    const builder = r.enumOf('builder', BUILDERS, 'auto');
    const cache = r.enumOf('cache', CACHE_MODES, 'none');
    if (cache !== 'none' && (builder === 'buildah' || builder === 'podman')) {
        r.problem('cache', `"${cache}" is a docker buildx cache; builder ${builder} keeps its layers locally (use none)`);
    }
    const skipIfExists = r.bool('skip-if-exists', true);
    const push = r.bool('push', true);
    const insecureRegistry = r.bool('insecure-registry', false);
    if (insecureRegistry && ecr)
        r.problem('insecure-registry', 'cannot be used with ECR (always HTTPS)');
    const createRepository = r.bool('create-repository', false);
    const scanOnPush = r.bool('scan-on-push', true);
    const immutableTags = r.bool('immutable-tags', false);
    if (createRepository && !ecr)
        r.problem('create-repository', `only works with ECR, not with registry ${registry}`);
    let lifecyclePolicy;
    const policyRaw = r.raw('lifecycle-policy');
    if (policyRaw) {
        const p = r.path('lifecycle-policy', policyRaw, fsx, {
            want: 'file',
            missing: `file "${policyRaw}" does not exist`
        });
        if (!createRepository)
            r.problem('lifecycle-policy', 'is applied only with create-repository: true');
        else if (p) {
            const text = fsx.readFile(p.path);
            const problem = policyProblem(text);
            if (problem)
                r.problem('lifecycle-policy', `"${policyRaw}" ${problem}`);
            else
                lifecyclePolicy = text;
        }
    }
    const username = r.raw('username');
    const password = r.raw('password');
    if (ecr && (username || password)) {
        r.problem(username ? 'username' : 'password', 'is for non-ECR registries; ECR authenticates with the AWS credentials (set registry for another registry)');
    }
    else if (password && !username) {
        r.problem('username', 'is required when password is set');
    }
    else if (username && !password) {
        r.problem('password', 'is required when username is set');
    }
    r.finish();
    const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
    const repo = env['GITHUB_REPOSITORY'] ?? '';
    return {
        awsRegion,
        registry,
        ecr,
        ...(ecrHost ? { ecrAccountId: ecrHost.accountId } : {}),
        repository,
        imageName,
        sha,
        tags,
        latestTag,
        context,
        dockerfile,
        buildArgs,
        target,
        platforms,
        labels,
        defaultLabels,
        builder,
        cache,
        skipIfExists,
        createRepository,
        scanOnPush,
        immutableTags,
        ...(lifecyclePolicy !== undefined ? { lifecyclePolicy } : {}),
        username,
        password,
        push,
        insecureRegistry,
        workspace,
        runnerTemp: env['RUNNER_TEMP'] || external_node_os_.tmpdir(),
        sourceUrl: repo ? `${server}/${repo}` : ''
    };
}
/**
 * Why a lifecycle policy text is not usable, never quoting it: JSON.parse's own message shows
 * the text around the error, which must not reach the log (the file may be anything).
 */
function policyProblem(text) {
    let j;
    try {
        j = JSON.parse(text);
    }
    catch (e) {
        const at = /position (\d+)/.exec(e.message);
        if (!at)
            return 'is not valid JSON';
        const before = text.slice(0, Number(at[1]));
        const line = before.split('\n').length;
        const column = Number(at[1]) - before.lastIndexOf('\n');
        return `is not valid JSON (line ${line}, column ${column})`;
    }
    return j !== null && typeof j === 'object' && Array.isArray(j.rules)
        ? undefined
        : 'has no "rules" array';
}

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/main.ts
/**
 * Wires the runner to the work: inputs validated first (nothing heavy loaded yet), then the
 * work module loaded lazily, outputs set as they become known, and the job summary written.
 * The same bundle is the post step: it removes the private credentials directory if a
 * cancelled run left it behind (found by path; no secret is kept in state).
 */


const POST_STATE = 'isPost';
const DIR_STATE = 'private-dir';
async function main(rt) {
    if (rt.getState(POST_STATE) === 'true')
        return post(rt);
    // Before validation: the runner runs the post step (post-if: always()) even when main failed,
    // and without this flag that post step would run main again and repeat the input errors.
    rt.saveState(POST_STATE, 'true');
    const inputs = getInputs(envLookup(rt.env), rt.env);
    const [{ run }, { buildSummary, buildFailureSummary }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 789).then(__nccwpck_require__.bind(__nccwpck_require__, 5789)),
        __nccwpck_require__.e(/* import() */ 776).then(__nccwpck_require__.bind(__nccwpck_require__, 6776))
    ]);
    const known = {};
    try {
        const result = await run(inputs, {
            log: {
                info: m => rt.info(m),
                warning: m => rt.warning(m),
                setSecret: v => rt.setSecret(v)
            },
            env: rt.env,
            output: (name, value) => {
                known[name] = value;
                rt.setOutput(name, value);
            },
            onPrivateDir: dir => rt.saveState(DIR_STATE, dir)
        });
        rt.appendSummary(buildSummary(result));
        rt.info(`${result.skipped ? 'reused' : 'pushed'} ${result.imageRef || result.image + ':' + result.tag}`);
    }
    catch (err) {
        // The summary says what failed and what was known by then; the entry reports the error itself.
        rt.appendSummary(buildFailureSummary(known, err));
        throw err;
    }
}
async function post(rt) {
    const dir = rt.getState(DIR_STATE);
    if (!dir)
        return;
    const { removePrivateDir } = await __nccwpck_require__.e(/* import() */ 186).then(__nccwpck_require__.bind(__nccwpck_require__, 3186));
    const fs = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3024, 23));
    if (fs.existsSync(dir) && removePrivateDir(dir))
        rt.info(`removed leftover credentials directory ${dir}`);
}

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/index.ts
/** Entry point the runner executes (bundled to dist/); all logic lives in main.ts. */


void runEntry(main);

module.exports = __webpack_exports__;
/******/ })()
;