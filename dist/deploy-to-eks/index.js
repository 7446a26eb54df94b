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

/***/ 1662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a0: () => (/* binding */ DNS1123_LABEL),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   fu: () => (/* binding */ SHA256_DIGEST),
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   q1: () => (/* binding */ envLookup),
/* harmony export */   yB: () => (/* binding */ HELM_SET_KEY)
/* harmony export */ });
/* unused harmony exports parseDuration, splitList */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7268);
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
const DURATION_UNITS = { ms: 0.001, s: 1, m: 60, h: 3600 };
/** Parses Go-style durations as Helm takes them (`90s`, `5m`, `1h30m`, `300` = seconds). */
function parseDuration(text) {
    const t = text.trim();
    if (/^\d+$/.test(t))
        return Number(t);
    if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(t))
        return undefined;
    let seconds = 0;
    for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
        seconds += Number(m[1]) * DURATION_UNITS[m[2]];
    }
    return seconds;
}
/** Formats seconds as a Go duration Helm accepts (`300s`). */
function formatDuration(seconds) {
    return `${Math.round(seconds)}s`;
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(this.problems);
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
    /** A duration in seconds (`90s`, `5m`, `1h30m`). */
    duration(name, def, { minSeconds = 1 } = {}) {
        const v = this.raw(name) || def;
        const s = parseDuration(v);
        if (s === undefined) {
            this.problem(name, `"${v}" is not a duration (examples: 90s, 5m, 1h30m)`);
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
    /** `KEY=VALUE` lines; the value may contain `=`; keys validated by `keyPattern`. */
    keyValues(name, keyPattern = /^[A-Za-z_][A-Za-z0-9_.\-[\]]*$/) {
        const out = [];
        splitList(this.lookup(name) ?? '').forEach((line, i) => {
            const eq = line.indexOf('=');
            if (eq <= 0) {
                this.problem(name, `line ${i + 1} "${line}" is not KEY=VALUE`);
                return;
            }
            const key = line.slice(0, eq).trim();
            if (!keyPattern.test(key)) {
                this.problem(name, `line ${i + 1}: "${key}" is not a valid key`);
                return;
            }
            out.push({ key, value: line.slice(eq + 1) });
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
     * A path that must stay inside the workspace (no `..` escape), resolved against it.
     * `mustExist` checks with the injected `exists` so the reader stays pure.
     */
    workspacePath(name, value, opts = {}) {
        const resolved = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(this.workspace, value);
        if (opts.insideWorkspace !== false) {
            const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(this.workspace), resolved);
            if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel)) {
                this.problem(name, `"${value}" is outside the workspace ${this.workspace}`);
                return resolved;
            }
        }
        if (opts.exists && !opts.exists(resolved))
            this.problem(name, `${opts.kind ?? 'path'} "${value}" does not exist`);
        return resolved;
    }
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
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/gates/gateInputs.ts
/**
 * The inputs of the verify step's gates and of the fail-fast judge, read with the action's shared
 * InputReader so their problems are reported together with every other input's. Kept apart from
 * inputs.ts so the gate rules live next to the code that applies them.
 */

const GATE_FAILURE_ACTIONS = ['rollback', 'fail'];
const FIRST_INSTALL_GATE_FAILURE_ACTIONS = ['uninstall', 'keep'];
const ROLLOUT_PAUSE_ACTIONS = ['wait', 'promote', 'fail'];
/**
 * Defaults, chosen for a real EKS cluster rather than for speed in tests:
 * - image pull 45 s: the kubelet pulls at once, then backs off 10 s, 20 s (three attempts by 30 s);
 *   that covers a registry hiccup or an image pushed a moment late, and a typo never recovers.
 *   With helm's 5 m default timeout it gives the answer in under a fifth of the time;
 * - config error 60 s: a Secret synced by External Secrets usually appears within its refresh;
 * - unschedulable 180 s: Karpenter or cluster-autoscaler need one to three minutes for a new node;
 * - crash loop 3 restarts: about 70 s of back-off (10 s, 20 s, 40 s); a slow starter whose
 *   liveness probe kills it once or twice is not cut short.
 */
const FAIL_FAST_DEFAULTS = {
    imagePull: '45s',
    configError: '60s',
    unschedulable: '180s',
    crashLoopRestarts: 3
};
function readGateInputs(r) {
    const helmTest = r.bool('helm-test', false);
    const helmTestTimeoutSeconds = r.duration('helm-test-timeout', '5m');
    const onGateFailure = r.enumOf('on-gate-failure', GATE_FAILURE_ACTIONS, 'rollback');
    const onFirstInstallGateFailure = r.enumOf('on-first-install-gate-failure', FIRST_INSTALL_GATE_FAILURE_ACTIONS, 'uninstall');
    const failFastOn = r.bool('fail-fast', true);
    const rules = {
        imagePullGraceSeconds: r.duration('fail-fast-image-pull-grace', FAIL_FAST_DEFAULTS.imagePull, {
            minSeconds: 0
        }),
        configErrorGraceSeconds: r.duration('fail-fast-config-error-grace', FAIL_FAST_DEFAULTS.configError, {
            minSeconds: 0
        }),
        unschedulableGraceSeconds: r.duration('fail-fast-unschedulable-grace', FAIL_FAST_DEFAULTS.unschedulable, {
            minSeconds: 0
        }),
        crashLoopRestarts: r.int('fail-fast-crashloop-restarts', FAIL_FAST_DEFAULTS.crashLoopRestarts, {
            min: 1,
            max: 1000
        })
    };
    const rolloutPause = r.enumOf('rollout-pause', ROLLOUT_PAUSE_ACTIONS, 'wait');
    return {
        helmTest,
        helmTestTimeoutSeconds,
        onGateFailure,
        onFirstInstallGateFailure,
        failFast: failFastOn ? rules : undefined,
        rolloutPause
    };
}
/** What getInputs returns when none of the gate inputs is set (for Inputs built by hand). */
const DEFAULT_GATE_INPUTS = readGateInputs(new lib_inputs/* InputReader */.i_(() => undefined));

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/inputs.ts
/**
 * The action's inputs (mirroring action.yml) as one typed object, validated completely before
 * any cluster is touched: every problem is collected and reported at once, by input name.
 * Pure apart from the injected file checks, and free of heavy imports (start-up budget).
 */






const DRY_RUN_MODES = ['none', 'client', 'server'];
const realFs = {
    isDirectory: p => external_node_fs_.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false,
    isFile: p => external_node_fs_.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false
};
/** EKS cluster names: 1-100 characters, alphanumerics, hyphens and underscores, starting alphanumeric. */
const EKS_CLUSTER_NAME = /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/;
/** `<key>` of `<key>.repository`: dotted identifiers (image, app.image, frontdoor.image). */
const VALUES_KEY = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/** [registry[:port]/]path, lower-case path components as the distribution spec requires. */
const IMAGE_REPOSITORY = /^([A-Za-z0-9.-]+(:\d+)?\/)?[a-z0-9]+([._-]+[a-z0-9]+)*(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*$/;
const SMOKE_PATH = /^\/[^\s]*$/;
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
            const p = r.workspacePath('kubeconfig', expanded, { insideWorkspace: false });
            if (!fsx.isFile(p))
                r.problem('kubeconfig', `"${raw}" is neither a kubeconfig file nor kubeconfig content`);
            cluster = { kind: 'kubeconfig', path: p };
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
        const p = r.workspacePath('chart', chartRaw, { insideWorkspace: false });
        if (fsx.isDirectory(p)) {
            if (!fsx.isFile(external_node_path_.join(p, 'Chart.yaml')))
                r.problem('chart', `directory "${chartRaw}" has no Chart.yaml`);
            chart = { kind: 'directory', path: p };
        }
        else if (fsx.isFile(p)) {
            chart = { kind: 'archive', path: p };
        }
        else {
            r.problem('chart', `"${chartRaw}" does not exist (a .tgz from package-and-verify-helm-chart, a chart directory or oci://...)`);
        }
    }
    const valuesFiles = r.list('values-files').map(f => {
        const p = r.workspacePath('values-files', f, { insideWorkspace: false });
        if (!fsx.isFile(p))
            r.problem('values-files', `"${f}" does not exist`);
        return p;
    });
    const set = r.keyValues('set', lib_inputs/* HELM_SET_KEY */.yB);
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
    const smokePath = r.string('smoke-path', {
        pattern: SMOKE_PATH,
        hint: 'an absolute URL path such as /health'
    });
    const smokeService = r.string('smoke-service');
    const sm = SMOKE_SERVICE.exec(smokeService);
    if (smokeService && !sm)
        r.problem('smoke-service', `"${smokeService}" is not <service>[:<port>]`);
    if (smokeService && !smokePath)
        r.problem('smoke-service', 'needs smoke-path');
    if (smokePath)
        smoke = { path: smokePath, service: sm?.[1] ?? '', port: sm?.[4] ?? '' };
    const helmVersionRaw = r.string('helm-version');
    // Not helm.ts's normalizeHelmVersion: importing helm.ts loads child_process before validation.
    const helmVersion = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(helmVersionRaw)
        ? helmVersionRaw.replace(/^v?/, 'v')
        : '';
    if (helmVersionRaw && !helmVersion)
        r.problem('helm-version', `"${helmVersionRaw}" is not a version (e.g. v4.3.1)`);
    const helmPathRaw = r.string('helm-path');
    const helmPath = helmPathRaw ? r.workspacePath('helm-path', helmPathRaw, { insideWorkspace: false }) : '';
    if (helmPath && !fsx.isFile(helmPath))
        r.problem('helm-path', `"${helmPathRaw}" does not exist`);
    const gates = readGateInputs(r);
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
        gates,
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
    const { run } = await __nccwpck_require__.e(/* import() */ 667).then(__nccwpck_require__.bind(__nccwpck_require__, 667));
    await run(rt, inputs);
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/index.ts
/** Entry point the runner executes (bundled to dist/); all logic lives in main.ts. */


void runEntry(main);

module.exports = __webpack_exports__;
/******/ })()
;