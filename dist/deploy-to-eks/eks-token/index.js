/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/sha256.ts
/**
 * SHA-256 and HMAC-SHA256 (FIPS 180-4, RFC 2104) in plain TypeScript, for the EKS token command
 * only. Why not node:crypto: loading it costs about 5 ms, a quarter of a bare `node -e 0`, and the
 * token command's whole budget is start-up (it runs once per kubectl/helm credential refresh); a
 * token needs two hashes and five HMACs of a few hundred bytes. Tested against node:crypto and,
 * through the token, against botocore.
 */
const K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2
]);
const utf8 = (s) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s);
function sha256(input) {
    const data = utf8(input);
    const bitLen = data.length * 8;
    const padded = new Uint8Array(Math.ceil((data.length + 9) / 64) * 64);
    padded.set(data);
    padded[data.length] = 0x80;
    const view = new DataView(padded.buffer);
    // Inputs here are tiny; the high 32 bits of the 64-bit length stay zero below 512 MiB.
    view.setUint32(padded.length - 8, Math.floor(bitLen / 0x100000000));
    view.setUint32(padded.length - 4, bitLen >>> 0);
    const h = new Uint32Array([
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    ]);
    const w = new Int32Array(64);
    // Rotations and the message schedule are written out inline: this code runs once per process,
    // in V8's interpreter, where every helper call costs more than the arithmetic.
    for (let off = 0; off < padded.length; off += 64) {
        for (let i = 0; i < 16; i++) {
            const j = off + i * 4;
            w[i] =
                (padded[j] << 24) |
                    (padded[j + 1] << 16) |
                    (padded[j + 2] << 8) |
                    padded[j + 3];
        }
        for (let i = 16; i < 64; i++) {
            const a = w[i - 15];
            const b = w[i - 2];
            const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
            const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
            w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
        }
        let a = h[0];
        let b = h[1];
        let c = h[2];
        let d = h[3];
        let e = h[4];
        let f = h[5];
        let g = h[6];
        let hh = h[7];
        for (let i = 0; i < 64; i++) {
            const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
            const t1 = (hh + s1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
            const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
            const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) | 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) | 0;
        }
        h[0] = h[0] + a;
        h[1] = h[1] + b;
        h[2] = h[2] + c;
        h[3] = h[3] + d;
        h[4] = h[4] + e;
        h[5] = h[5] + f;
        h[6] = h[6] + g;
        h[7] = h[7] + hh;
    }
    const out = new Uint8Array(32);
    const ov = new DataView(out.buffer);
    for (let i = 0; i < 8; i++)
        ov.setUint32(i * 4, h[i]);
    return out;
}
function hmacSha256(key, message) {
    let k = utf8(key);
    if (k.length > 64)
        k = sha256(k);
    const inner = new Uint8Array(64 + utf8(message).length);
    const outer = new Uint8Array(64 + 32);
    for (let i = 0; i < 64; i++) {
        const b = k[i] ?? 0;
        inner[i] = b ^ 0x36;
        outer[i] = b ^ 0x5c;
    }
    inner.set(utf8(message), 64);
    outer.set(sha256(inner), 64);
    return sha256(outer);
}
function toHex(bytes) {
    let s = '';
    for (const b of bytes)
        s += (b < 16 ? '0' : '') + b.toString(16);
    return s;
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/eksToken.ts
/**
 * The EKS bearer token, minted without the aws CLI: `k8s-aws-v1.` + unpadded base64url of a
 * SigV4-presigned STS GetCallerIdentity URL whose signed headers include `x-k8s-aws-id: <cluster>`.
 * The API server's authenticator replays the URL against STS to learn who we are, and the signed
 * header binds the token to one cluster.
 *
 * Pure and dependency-free (not even node:crypto: see sha256.ts) so the exec credential plugin
 * starts about as fast as a bare node; the AWS SDK's signer would cost more start-up than the
 * whole token. Known-answer tested against botocore (what `aws eks get-token` uses), byte for byte.
 */

/** How long the presigned URL is valid; what aws-iam-authenticator and the aws CLI use. */
const PRESIGN_EXPIRES_SECONDS = 60;
/** The token's advertised lifetime: the API server accepts a token 15 min; refresh 1 min early. */
const TOKEN_LIFETIME_MS = 14 * 60 * 1000;
const TOKEN_PREFIX = 'k8s-aws-v1.';
const DEFAULT_EXEC_API_VERSION = 'client.authentication.k8s.io/v1beta1';
/** The regional STS endpoint (the global one is not accepted in opt-in regions). */
function stsHost(region) {
    return region.startsWith('cn-') ? `sts.${region}.amazonaws.com.cn` : `sts.${region}.amazonaws.com`;
}
/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters. */
function uriEncode(s) {
    return encodeURIComponent(s).replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/** 20260102T030405Z */
function amzDate(d) {
    return d
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
}
const sha256Hex = (s) => toHex(sha256(s));
/** The presigned GetCallerIdentity URL, parameters in the order botocore emits them. */
function presignGetCallerIdentity(req) {
    const host = req.stsHost ?? stsHost(req.region);
    const date = amzDate(req.now);
    const day = date.slice(0, 8);
    const scope = `${day}/${req.region}/sts/aws4_request`;
    const signedHeaders = 'host;x-k8s-aws-id';
    const params = [
        ['Action', 'GetCallerIdentity'],
        ['Version', '2011-06-15'],
        ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'],
        ['X-Amz-Credential', `${req.credentials.accessKeyId}/${scope}`],
        ['X-Amz-Date', date],
        ['X-Amz-Expires', String(PRESIGN_EXPIRES_SECONDS)],
        ['X-Amz-SignedHeaders', signedHeaders]
    ];
    if (req.credentials.sessionToken)
        params.push(['X-Amz-Security-Token', req.credentials.sessionToken]);
    const encoded = params.map(([k, v]) => [uriEncode(k), uriEncode(v)]);
    const canonicalQuery = [...encoded]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${k}=${v}`)
        .join('&');
    const canonicalRequest = [
        'GET',
        '/',
        canonicalQuery,
        `host:${host}\nx-k8s-aws-id:${req.clusterName}\n`,
        signedHeaders,
        sha256Hex('')
    ].join('\n');
    const stringToSign = ['AWS4-HMAC-SHA256', date, scope, sha256Hex(canonicalRequest)].join('\n');
    let key = hmacSha256(`AWS4${req.credentials.secretAccessKey}`, day);
    for (const part of [req.region, 'sts', 'aws4_request'])
        key = hmacSha256(key, part);
    const signature = toHex(hmacSha256(key, stringToSign));
    const query = encoded.map(([k, v]) => `${k}=${v}`).join('&');
    return `https://${host}/?${query}&X-Amz-Signature=${signature}`;
}
function eksToken(req) {
    return TOKEN_PREFIX + Buffer.from(presignGetCallerIdentity(req), 'utf8').toString('base64url');
}
/** The apiVersion kubectl/helm asked for (KUBERNETES_EXEC_INFO), else v1beta1. */
function execApiVersion(execInfo) {
    if (!execInfo)
        return DEFAULT_EXEC_API_VERSION;
    try {
        const v = JSON.parse(execInfo).apiVersion;
        return typeof v === 'string' && v.startsWith('client.authentication.k8s.io/')
            ? v
            : DEFAULT_EXEC_API_VERSION;
    }
    catch {
        return DEFAULT_EXEC_API_VERSION;
    }
}
function execCredential(token, now, apiVersion) {
    const expires = new Date(now.getTime() + TOKEN_LIFETIME_MS);
    return {
        kind: 'ExecCredential',
        apiVersion,
        spec: {},
        status: { expirationTimestamp: expires.toISOString().replace(/\.\d{3}Z$/, 'Z'), token }
    };
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/eksTokenCommand.ts
/**
 * The logic of the exec credential plugin (the entry is eksTokenCli.ts) of the kubeconfig this action writes for EKS:
 *
 *   node dist/deploy-to-eks/eks-token.js --cluster-name NAME --region REGION
 *
 * prints an ExecCredential JSON (apiVersion from KUBERNETES_EXEC_INFO, default
 * client.authentication.k8s.io/v1beta1) with a fresh EKS token, the way `aws eks get-token` does.
 * helm runs it whenever it needs a token, so a long `--wait` never holds an expired one.
 *
 * Start-up is the whole cost, so this file imports node:crypto and nothing else on the fast path:
 * credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN (what
 * aws-actions/configure-aws-credentials exports). Only other sources (profiles, web identity,
 * container/instance metadata) load the AWS SDK's default chain.
 */

const USAGE = `Usage: eks-token --cluster-name NAME [--region REGION]

Prints a Kubernetes ExecCredential with an EKS bearer token for the cluster.
Credentials come from the standard AWS chain (environment first); the region defaults to
AWS_REGION / AWS_DEFAULT_REGION.`;
/** Parses `--flag value` and `--flag=value`; returns problems instead of throwing. */
function parseArgs(argv, env) {
    const args = {
        clusterName: '',
        region: env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || '',
        help: false
    };
    const problems = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '-h' || a === '--help') {
            args.help = true;
            continue;
        }
        const eq = a.indexOf('=');
        const flag = eq > 0 ? a.slice(0, eq) : a;
        if (flag !== '--cluster-name' && flag !== '--region') {
            problems.push(`unknown argument "${a}"`);
            continue;
        }
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '')
            problems.push(`${flag} needs a value`);
        else if (flag === '--cluster-name')
            args.clusterName = value;
        else
            args.region = value;
    }
    if (!args.help) {
        if (!args.clusterName)
            problems.push('--cluster-name is required');
        if (!args.region)
            problems.push('--region is required (or set AWS_REGION)');
    }
    return { args, problems };
}
function credentialsFromEnv(env) {
    const accessKeyId = env['AWS_ACCESS_KEY_ID'];
    const secretAccessKey = env['AWS_SECRET_ACCESS_KEY'];
    if (!accessKeyId || !secretAccessKey)
        return undefined;
    const sessionToken = env['AWS_SESSION_TOKEN'] || undefined;
    return { accessKeyId, secretAccessKey, sessionToken };
}
async function resolveCredentials(env) {
    const fromEnv = credentialsFromEnv(env);
    if (fromEnv)
        return fromEnv;
    const { defaultProvider } = await __nccwpck_require__.e(/* import() */ 861).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5861, 19));
    const c = await defaultProvider()();
    return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken };
}
async function runCli(argv, env, out, err, now = () => new Date()) {
    const { args, problems } = parseArgs(argv, env);
    if (args.help) {
        out(USAGE + '\n');
        return 0;
    }
    if (problems.length) {
        err(`eks-token: ${problems.join('; ')}\n${USAGE}\n`);
        return 2;
    }
    let credentials;
    try {
        credentials = await resolveCredentials(env);
    }
    catch (e) {
        err(`eks-token: no AWS credentials for cluster ${args.clusterName}: ${e.message || e}. ` +
            'Run aws-actions/configure-aws-credentials before the deploy step.\n');
        return 1;
    }
    const at = now();
    const token = eksToken({ clusterName: args.clusterName, region: args.region, credentials, now: at });
    out(JSON.stringify(execCredential(token, at, execApiVersion(env['KUBERNETES_EXEC_INFO']))) + '\n');
    return 0;
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/eksTokenCli.ts
/**
 * Entry of the exec credential plugin (bundled to dist/deploy-to-eks/eks-token/): see
 * eksTokenCommand.ts. Kept free of logic so tests import the command without running it.
 *
 * Output goes through fs.writeSync on fds 1 and 2: touching process.stdout on a pipe (how helm
 * runs the plugin) loads Node's whole stream stack, a few ms of a start-up-bound command.
 */


function writeAll(fd, text) {
    const buf = Buffer.from(text, 'utf8');
    for (let off = 0; off < buf.length;) {
        try {
            off += (0,external_node_fs_.writeSync)(fd, buf, off);
        }
        catch (err) {
            // A non-blocking pipe that is momentarily full: try again.
            if (err.code !== 'EAGAIN')
                throw err;
        }
    }
}
void runCli(process.argv.slice(2), process.env, s => writeAll(1, s), s => writeAll(2, s)).then(code => {
    process.exitCode = code;
});

module.exports = __webpack_exports__;
/******/ })()
;