"use strict";
exports.id = 512;
exports.ids = [512,156];
exports.modules = {

/***/ 2512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadEcrApi: () => (/* binding */ loadEcrApi)
});

// UNUSED EXPORTS: createEcrApi, isEcrReadRefusal

// EXTERNAL MODULE: ./src/lib/proxy.ts
var lib_proxy = __webpack_require__(7087);
;// CONCATENATED MODULE: ./src/lib/aws.ts

/** The region from the input, else the environment the credentials action exports. */
function resolveRegion(input, env) {
    return input || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || '';
}
/** AWS regions look like eu-north-1, us-gov-west-1, cn-north-1. */
const AWS_REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
/** Attempts per AWS call (first try included), the SDK's standard retry strategy. */
const AWS_MAX_ATTEMPTS = 5;
/** Client settings shared by every AWS client (see awsClientOptions for the full set). */
function awsClientConfig(region) {
    return { region, maxAttempts: AWS_MAX_ATTEMPTS, retryMode: 'standard' };
}
/** A one-line reason for a retry log line. */
function retryReason(info) {
    const e = info.error;
    const status = e.$metadata?.httpStatusCode;
    return `${e.name ?? 'Error'}${status ? ` (HTTP ${status})` : ''}${e.message ? `: ${e.message.split('\n')[0]?.slice(0, 200)}` : ''}`;
}
/**
 * The SDK's StandardRetryStrategy, deciding and timing every retry itself, with a log line per
 * retry: "<label>: <error>; the AWS SDK retries in 0.4 s (attempt 2 of 5)".
 */
async function loggedRetryStrategy(label, log, maxAttempts = AWS_MAX_ATTEMPTS) {
    const { StandardRetryStrategy } = await Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(609)]).then(__webpack_require__.t.bind(__webpack_require__, 3609, 19));
    const inner = new StandardRetryStrategy(maxAttempts);
    return {
        mode: inner.mode,
        acquireInitialRetryToken: scope => inner.acquireInitialRetryToken(scope),
        async refreshRetryTokenForRetry(token, errorInfo) {
            const next = await inner.refreshRetryTokenForRetry(token, errorInfo);
            log(`${label}: ${retryReason(errorInfo)}; the AWS SDK retries in ${(next.getRetryDelay() / 1000).toFixed(1)} s (attempt ${next.getRetryCount() + 1} of ${maxAttempts})`);
            return next;
        },
        recordSuccess: token => inner.recordSuccess(token)
    };
}
/**
 * An SDK request handler that picks, per request URL, a direct connection or the proxy Go would
 * use, delegating the HTTP itself to the SDK's NodeHttpHandler (one per route, reused).
 */
class ProxyRoutingHandler {
    NodeHttpHandler;
    settings;
    metadata = { handlerProtocol: 'http/1.1' };
    routes = new Map();
    /**
     * A call that hangs is a TimeoutError after 30 s (which the SDK retries): without
     * throwOnRequestTimeout the SDK's handler only warns and the step would wait forever.
     */
    config = {
        connectionTimeout: 10_000,
        requestTimeout: 30_000,
        throwOnRequestTimeout: true
    };
    constructor(NodeHttpHandler, settings) {
        this.NodeHttpHandler = NodeHttpHandler;
        this.settings = settings;
    }
    route(request) {
        const target = new URL(`${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}`);
        const proxy = (0,lib_proxy/* proxyFor */.iJ)(target, this.settings);
        const key = proxy?.href ?? 'direct';
        let h = this.routes.get(key);
        if (!h) {
            const agents = proxy
                ? {
                    httpsAgent: (0,lib_proxy/* agentFor */.Pf)(new URL('https://aws.invalid'), proxy, { keepAlive: true }),
                    httpAgent: (0,lib_proxy/* agentFor */.Pf)(new URL('http://aws.invalid'), proxy, { keepAlive: true })
                }
                : {};
            h = new this.NodeHttpHandler({ ...this.config, ...agents });
            this.routes.set(key, h);
        }
        return h;
    }
    handle(...args) {
        return this.route(args[0]).handle(...args);
    }
    updateHttpClientConfig(key, value) {
        this.config[key] = value;
        for (const h of this.routes.values())
            h.updateHttpClientConfig(key, value);
    }
    httpHandlerConfigs() {
        return { ...this.config };
    }
    destroy() {
        for (const h of this.routes.values())
            h.destroy();
        this.routes.clear();
    }
}
/**
 * The full client configuration: region, the logged standard retry strategy and the
 * proxy-aware request handler. `label` names the service in retry lines ("ECR", "EKS").
 */
async function awsClientOptions(region, label, log, env = process.env) {
    const { NodeHttpHandler } = await Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(279)]).then(__webpack_require__.t.bind(__webpack_require__, 1279, 19));
    return {
        region,
        maxAttempts: AWS_MAX_ATTEMPTS,
        retryStrategy: await loggedRetryStrategy(label, log),
        requestHandler: new ProxyRoutingHandler(NodeHttpHandler, (0,lib_proxy/* proxySettingsFromEnv */.zH)(env))
    };
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

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/registry.ts + 1 modules
var registry = __webpack_require__(8156);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/ecrApi.ts



/**
 * The SDK errors imageManifest passes through unwrapped: an absent repository, and a denial by
 * name or by HTTP 403 alone (an error body the SDK cannot parse, as emulators send, is still one).
 */
function isEcrReadRefusal(err) {
    const name = errName(err);
    const status = err?.$metadata?.httpStatusCode;
    return (name === 'RepositoryNotFoundException' ||
        name === 'AccessDeniedException' ||
        name === 'AccessDenied' ||
        status === 403);
}
/** Loads the SDK and returns the API bound to a real client for `region`; retries go to `log`. */
async function loadEcrApi(region, log) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
    const client = new sdk.ECRClient(await awsClientOptions(region, 'ECR', log));
    return createEcrApi(client, sdk);
}
function errName(err) {
    return err?.name ?? '';
}
function createEcrApi(client, sdk) {
    /** One API call (the SDK retried it as needed); a failure is one clear UserError. */
    async function call(operation, fn, passThrough = []) {
        try {
            return await fn();
        }
        catch (err) {
            if (typeof passThrough === 'function' ? passThrough(err) : passThrough.includes(errName(err)))
                throw err;
            throw new errors/* UserError */.yo(describeAwsError(`ECR ${operation}`, err));
        }
    }
    const registryIds = (id) => (id ? { registryId: id } : {});
    return {
        async authorization(registryId) {
            const res = await call('GetAuthorizationToken', () => client.send(new sdk.GetAuthorizationTokenCommand(registryId ? { registryIds: [registryId] } : {})));
            const data = res.authorizationData?.[0];
            if (!data?.authorizationToken || !data.proxyEndpoint) {
                throw new errors/* UserError */.yo('ECR GetAuthorizationToken returned no token');
            }
            const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon <= 0)
                throw new errors/* UserError */.yo('ECR GetAuthorizationToken returned a token that is not "user:password"');
            return {
                registry: new URL(data.proxyEndpoint.includes('://') ? data.proxyEndpoint : `https://${data.proxyEndpoint}`).host,
                username: decoded.slice(0, colon),
                password: decoded.slice(colon + 1),
                token: data.authorizationToken,
                ...(data.expiresAt ? { expiresAt: data.expiresAt } : {})
            };
        },
        async describeRepository(name, registryId) {
            try {
                const res = await call('DescribeRepositories', () => client.send(new sdk.DescribeRepositoriesCommand({ repositoryNames: [name], ...registryIds(registryId) })), ['RepositoryNotFoundException']);
                const r = res.repositories?.[0];
                return r ? toRepository(r) : undefined;
            }
            catch (err) {
                if (errName(err) === 'RepositoryNotFoundException')
                    return undefined;
                throw err;
            }
        },
        async createRepository(name, o) {
            const res = await call('CreateRepository', () => client.send(new sdk.CreateRepositoryCommand({
                repositoryName: name,
                imageScanningConfiguration: { scanOnPush: o.scanOnPush },
                imageTagMutability: o.immutable ? 'IMMUTABLE' : 'MUTABLE'
            })));
            if (!res.repository)
                throw new errors/* UserError */.yo(`ECR CreateRepository returned no repository for ${name}`);
            return toRepository(res.repository);
        },
        async putScanOnPush(name, scanOnPush, registryId) {
            await call('PutImageScanningConfiguration', () => client.send(new sdk.PutImageScanningConfigurationCommand({
                repositoryName: name,
                imageScanningConfiguration: { scanOnPush },
                ...registryIds(registryId)
            })));
        },
        async putLifecyclePolicy(name, policyText, registryId) {
            await call('PutLifecyclePolicy', () => client.send(new sdk.PutLifecyclePolicyCommand({
                repositoryName: name,
                lifecyclePolicyText: policyText,
                ...registryIds(registryId)
            })));
        },
        async describeImageByTag(name, tag, registryId) {
            try {
                const res = await call('DescribeImages', () => client.send(new sdk.DescribeImagesCommand({
                    repositoryName: name,
                    imageIds: [{ imageTag: tag }],
                    ...registryIds(registryId)
                })), ['ImageNotFoundException']);
                const d = res.imageDetails?.[0];
                if (!d?.imageDigest)
                    return undefined;
                return {
                    digest: d.imageDigest,
                    ...(d.imageSizeInBytes !== undefined ? { sizeBytes: d.imageSizeInBytes } : {}),
                    tags: d.imageTags ?? []
                };
            }
            catch (err) {
                if (errName(err) === 'ImageNotFoundException')
                    return undefined;
                throw err;
            }
        },
        async tagImage(name, digest, tag, registryId) {
            const current = await this.describeImageByTag(name, tag, registryId);
            if (current?.digest === digest)
                return 'unchanged';
            const got = await call('BatchGetImage', () => client.send(new sdk.BatchGetImageCommand({
                repositoryName: name,
                imageIds: [{ imageDigest: digest }],
                acceptedMediaTypes: [...registry/* MANIFEST_MEDIA_TYPES */.$T],
                ...registryIds(registryId)
            })));
            const image = got.images?.[0];
            if (!image?.imageManifest)
                throw new errors/* UserError */.yo(`ECR BatchGetImage found no manifest ${digest} in ${name}`);
            try {
                await call('PutImage', () => client.send(new sdk.PutImageCommand({
                    repositoryName: name,
                    imageTag: tag,
                    imageManifest: image.imageManifest,
                    ...(image.imageManifestMediaType
                        ? { imageManifestMediaType: image.imageManifestMediaType }
                        : {}),
                    imageDigest: digest,
                    ...registryIds(registryId)
                })), ['ImageTagAlreadyExistsException', 'ImageAlreadyExistsException']);
                return 'moved';
            }
            catch (err) {
                // ImageTagAlreadyExists: the repository is immutable and the tag points elsewhere.
                // ImageAlreadyExists: the same (emulators also use it for the immutable case).
                if (errName(err) === 'ImageTagAlreadyExistsException' ||
                    errName(err) === 'ImageAlreadyExistsException') {
                    const now = await this.describeImageByTag(name, tag, registryId);
                    return now?.digest === digest ? 'unchanged' : 'immutable';
                }
                throw err;
            }
        },
        async imageManifest(name, ref, registryId) {
            const res = await call('BatchGetImage', () => client.send(new sdk.BatchGetImageCommand({
                repositoryName: name,
                imageIds: ['digest' in ref ? { imageDigest: ref.digest } : { imageTag: ref.tag }],
                acceptedMediaTypes: [...registry/* MANIFEST_MEDIA_TYPES */.$T],
                ...registryIds(registryId)
            })), isEcrReadRefusal);
            const image = res.images?.[0];
            if (image?.imageManifest && image.imageId?.imageDigest)
                return {
                    found: true,
                    digest: image.imageId.imageDigest,
                    mediaType: image.imageManifestMediaType ?? '',
                    manifest: image.imageManifest
                };
            const f = res.failures?.[0];
            return { found: false, code: f?.failureCode ?? 'ImageNotFound', reason: f?.failureReason ?? '' };
        }
    };
}
function toRepository(r) {
    return {
        name: r.repositoryName ?? '',
        uri: r.repositoryUri ?? '',
        immutable: (r.imageTagMutability ?? '').startsWith('IMMUTABLE'),
        scanOnPush: r.imageScanningConfiguration?.scanOnPush ?? false
    };
}


/***/ }),

/***/ 7087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LT: () => (/* binding */ ProxyAgents),
/* harmony export */   Pf: () => (/* binding */ agentFor),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   zH: () => (/* binding */ proxySettingsFromEnv)
/* harmony export */ });
/* unused harmony exports parseProxyUrl, displayProxy */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);

// The networking modules load on first use: every action's input validation imports this module
// (through aws.ts and kubeconfig.ts), and node:https brings the whole TLS and stream stack.
const isIP = (s) => process.getBuiltinModule('node:net').isIP(s);
/** The proxy variables of an environment, as Go reads them (upper case wins when not empty). */
function proxySettingsFromEnv(env) {
    const any = (a, b) => env[a] || env[b] || undefined;
    return {
        httpProxy: any('HTTP_PROXY', 'http_proxy'),
        httpsProxy: any('HTTPS_PROXY', 'https_proxy'),
        noProxy: any('NO_PROXY', 'no_proxy')
    };
}
const SUPPORTED_PROXY_SCHEMES = new Set(['http:', 'https:']);
/**
 * A proxy URL as Go parses one: with a scheme, or host[:port] meaning http://. A SOCKS proxy
 * (which helm can use) is refused by name: node has no built-in SOCKS client.
 */
function parseProxyUrl(raw, what) {
    let url;
    try {
        url = new URL(raw);
        if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw))
            url = undefined; // "proxy:3128" parses as scheme "proxy:"
    }
    catch {
        url = undefined;
    }
    if (!url) {
        try {
            url = new URL(`http://${raw}`);
        }
        catch {
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is not a proxy URL (expected http://host:port)`);
        }
    }
    if (url.protocol === 'socks5:' || url.protocol === 'socks5h:')
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is a SOCKS proxy (${url.protocol.slice(0, -1)}), which this action cannot use: give an http:// or https:// proxy`);
    if (!SUPPORTED_PROXY_SCHEMES.has(url.protocol))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has the unsupported scheme ${url.protocol.slice(0, -1)} (expected http or https)`);
    return url;
}
/** Parses NO_PROXY into matchers, as httpproxy's config.init does. */
function noProxyMatchers(noProxy) {
    const matchers = [];
    for (const raw of noProxy.split(',')) {
        const p = raw.trim().toLowerCase();
        if (!p)
            continue;
        if (p === '*')
            return { all: true, matchers: [] };
        const cidr = parseCidr(p);
        if (cidr) {
            matchers.push((host, _port, ip) => ip && cidrContains(cidr, host));
            continue;
        }
        let phost = p;
        let pport = '';
        const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(p);
        if (m) {
            phost = m[1];
            pport = m[2];
        }
        if (phost.startsWith('[') && phost.endsWith(']'))
            phost = phost.slice(1, -1);
        if (isIP(phost)) {
            const want = canonicalIp(phost);
            matchers.push((host, port, ip) => ip && canonicalIp(host) === want && (!pport || pport === port));
            continue;
        }
        if (!phost)
            continue;
        if (phost.startsWith('*.'))
            phost = phost.slice(1);
        let matchHost = false;
        if (!phost.startsWith('.')) {
            matchHost = true;
            phost = '.' + phost;
        }
        const suffix = phost;
        matchers.push((host, port) => (host.endsWith(suffix) || (matchHost && host === suffix.slice(1))) && (!pport || pport === port));
    }
    return { all: false, matchers };
}
function parseCidr(s) {
    const m = /^([^/]+)\/(\d{1,3})$/.exec(s);
    if (!m)
        return undefined;
    const family = isIP(m[1]);
    const prefix = Number(m[2]);
    if (!family || prefix > (family === 4 ? 32 : 128))
        return undefined;
    return { family: family, bits: ipBits(m[1]), prefix };
}
function cidrContains(c, ip) {
    const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
    const addr = v4mapped ? v4mapped[1] : ip;
    if (isIP(addr) !== c.family)
        return false;
    const width = c.family === 4 ? 32 : 128;
    const shift = BigInt(width - c.prefix);
    return ipBits(addr) >> shift === c.bits >> shift;
}
function ipBits(ip) {
    if (isIP(ip) === 4)
        return ip.split('.').reduce((n, o) => (n << 8n) | BigInt(Number(o)), 0n);
    // IPv6: expand "::" and any trailing dotted quad.
    let s = ip.toLowerCase();
    const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
    if (quad) {
        const b = ipBits(quad[1]);
        s = s.slice(0, -quad[1].length) + `${(b >> 16n).toString(16)}:${(b & 0xffffn).toString(16)}`;
    }
    const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
    const h = head ? head.split(':') : [];
    const t = tail !== undefined && tail ? tail.split(':') : [];
    const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g || '0', 16)), 0n);
}
function canonicalIp(ip) {
    return `${isIP(ip)}:${ipBits(ip)}`;
}
function isLoopback(host) {
    if (host === 'localhost')
        return true;
    const fam = isIP(host);
    if (fam === 4)
        return host.startsWith('127.');
    if (fam === 6) {
        const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(host);
        return v4 ? v4[1].startsWith('127.') : ipBits(host) === 1n;
    }
    return false;
}
/** The proxy for `target`, or undefined for a direct connection. */
function proxyFor(target, settings) {
    const raw = target.protocol === 'https:'
        ? settings.httpsProxy
        : target.protocol === 'http:'
            ? settings.httpProxy
            : undefined;
    if (!raw)
        return undefined;
    let host = target.hostname.toLowerCase();
    if (host.startsWith('[') && host.endsWith(']'))
        host = host.slice(1, -1);
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    if (isLoopback(host))
        return undefined;
    const { all, matchers } = noProxyMatchers(settings.noProxy ?? '');
    if (all)
        return undefined;
    const ip = isIP(host) !== 0;
    if (matchers.some(m => m(host, port, ip)))
        return undefined;
    return parseProxyUrl(raw, target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY');
}
/** What a proxy URL looks like in a message: no credentials. */
function displayProxy(proxy) {
    return `${proxy.protocol}//${proxy.host}`;
}
/**
 * An agent for requests to `target`: through `proxy` (CONNECT for https, absolute-form requests
 * for http, by node's built-in proxy support) when one is given, else direct. TLS options apply
 * to the TLS session with the target, not the proxy.
 */
function agentFor(target, proxy, options = {}) {
    const https_ = target.protocol === 'https:';
    const proxyEnv = proxy ? { [https_ ? 'HTTPS_PROXY' : 'HTTP_PROXY']: proxy.href } : undefined;
    const o = { ...options, ...(proxyEnv ? { proxyEnv } : {}) };
    const mod = process.getBuiltinModule(https_ ? 'node:https' : 'node:http');
    return new mod.Agent(o);
}
/**
 * Agents chosen per target origin, created once and reused (keep-alive), for a client that talks
 * to more than one host (a registry and its token realm).
 */
class ProxyAgents {
    settings;
    options;
    agents = new Map();
    constructor(settings, options = {}) {
        this.settings = settings;
        this.options = options;
    }
    /** The agent for a URL; throws a UserError naming the variable when the proxy is unusable. */
    for(target) {
        const key = `${target.protocol}//${target.host}`;
        let a = this.agents.get(key);
        if (!a) {
            a = agentFor(target, proxyFor(target, this.settings), this.options);
            this.agents.set(key, a);
        }
        return a;
    }
    destroy() {
        for (const a of this.agents.values())
            a.destroy();
        this.agents.clear();
    }
}


/***/ }),

/***/ 8156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
  RegistryAuthError: () => (/* binding */ RegistryAuthError),
  RegistryClient: () => (/* binding */ RegistryClient),
  RegistryError: () => (/* binding */ RegistryError)
});

// UNUSED EXPORTS: imageSizeFromManifest, parseChallenge, registryErrorDetail, sha256Digest

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/proxy.ts
var proxy = __webpack_require__(7087);
;// CONCATENATED MODULE: ./src/lib/retry.ts
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

// EXTERNAL MODULE: ./src/lib/digest.ts
var lib_digest = __webpack_require__(8899);
// EXTERNAL MODULE: ./src/lib/untrusted.ts
var untrusted = __webpack_require__(881);
;// CONCATENATED MODULE: ./src/lib/registry.ts





/** Every manifest type we accept, in order of preference (an index first: multi-platform). */
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json'
];
/** A registry answered with an error, or could not be reached. */
class RegistryError extends errors/* UserError */.yo {
    status;
    code;
    constructor(message, status, code) {
        super(message);
        this.status = status;
        this.code = code;
        this.name = 'RegistryError';
    }
}
/** The registry wants credentials we do not have, or refused the ones we sent. Never retried. */
class RegistryAuthError extends RegistryError {
    constructor(message, status) {
        super(message, status);
        this.name = 'RegistryAuthError';
    }
}
/** Parses `Bearer realm="…",service="…",scope="…"` (or `Basic realm="…"`). */
function parseChallenge(header) {
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (const p of (m[2] ?? '').matchAll(re)) {
        params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
    }
    return { scheme: m[1].toLowerCase(), params };
}

/**
 * The image's size as registries report it: config plus compressed layers. Undefined for an
 * index (each platform has its own size) or a document we do not understand.
 */
function imageSizeFromManifest(body) {
    try {
        const m = JSON.parse(body.toString());
        if (!m.config || !Array.isArray(m.layers))
            return undefined;
        return (m.config.size ?? 0) + m.layers.reduce((n, l) => n + (l.size ?? 0), 0);
    }
    catch {
        return undefined;
    }
}
/** What a TLS-only server does with a plain-HTTP request: a 400 naming HTTPS, a redirect to https, or a dropped connection. */
const PLAIN_TO_TLS_REFUSAL = /https/i;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ERR_INVALID_HTTP_RESPONSE', 'HPE_INVALID_CONSTANT']);
function header(h, name) {
    const v = h[name];
    return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}
class RegistryClient {
    opts;
    registry;
    scheme;
    /** Authorization header value per token scope ('' = registry-wide Basic). */
    auth = new Map();
    basic = false;
    agents;
    constructor(opts) {
        this.opts = opts;
        this.registry = opts.registry;
        if (!opts.insecure)
            this.scheme = 'https';
        this.agents = new proxy/* ProxyAgents */.LT((0,proxy/* proxySettingsFromEnv */.zH)(opts.env ?? process.env), {
            keepAlive: true,
            ...(opts.insecure ? { rejectUnauthorized: false } : {})
        });
    }
    /** Closes idle connections. */
    close() {
        this.agents.destroy();
    }
    /** The manifest's digest, media type and size, or undefined when the tag/digest does not exist. */
    async headManifest(repository, reference) {
        const res = await this.call('HEAD', repository, `/v2/${repository}/manifests/${reference}`, {
            Accept: MANIFEST_MEDIA_TYPES.join(', ')
        });
        if (res.status === 404)
            return undefined;
        this.expectOk(res, `HEAD manifest ${repository}:${reference}`);
        const digest = header(res.headers, 'docker-content-digest');
        if (!digest) {
            // Some registries omit the digest on HEAD; GET and hash the body instead.
            const m = await this.getManifest(repository, reference);
            return m && { digest: m.digest, mediaType: m.mediaType, size: m.size };
        }
        return {
            digest,
            mediaType: header(res.headers, 'content-type'),
            size: Number(header(res.headers, 'content-length') || 0)
        };
    }
    /** The manifest document; its digest is computed from the bytes and checked against the header. */
    async getManifest(repository, reference) {
        const res = await this.call('GET', repository, `/v2/${repository}/manifests/${reference}`, {
            Accept: MANIFEST_MEDIA_TYPES.join(', ')
        });
        if (res.status === 404)
            return undefined;
        this.expectOk(res, `GET manifest ${repository}:${reference}`);
        const digest = (0,lib_digest/* sha256Digest */.s)(res.body);
        const claimed = header(res.headers, 'docker-content-digest');
        if (claimed && claimed !== digest) {
            throw new RegistryError(`${this.registry} sent manifest ${repository}:${reference} with digest header ${claimed} but its content hashes to ${digest}`);
        }
        return { digest, mediaType: header(res.headers, 'content-type'), size: res.body.length, body: res.body };
    }
    /** Stores a manifest under a tag (how a tag is moved without re-pushing blobs). Returns its digest. */
    async putManifest(repository, tag, manifest) {
        const res = await this.call('PUT', repository, `/v2/${repository}/manifests/${tag}`, { 'Content-Type': manifest.mediaType }, manifest.body);
        this.expectOk(res, `PUT manifest ${repository}:${tag}`, [201]);
        return header(res.headers, 'docker-content-digest') || (0,lib_digest/* sha256Digest */.s)(manifest.body);
    }
    /**
     * A blob's bytes, checked against its digest (and `size`, a descriptor's, when given);
     * undefined when the registry has no such blob. Registries may answer with a redirect (ECR and
     * S3-backed storage send one to a pre-signed URL): it is followed, and another host never gets
     * the registry's credentials.
     */
    async getBlob(repository, digest, size) {
        const what = `GET blob ${repository}@${digest}`;
        let res = await this.call('GET', repository, `/v2/${repository}/blobs/${digest}`, {});
        for (let hops = 0; REDIRECTS.has(res.status); hops++) {
            const location = header(res.headers, 'location');
            if (!location || hops >= 5)
                throw new RegistryError(`${what} on ${this.registry}: HTTP ${res.status} without a usable Location`);
            const url = new URL(location, `${this.scheme ?? 'https'}://${this.registry}`);
            res =
                url.host === this.registry && url.protocol === `${this.scheme ?? 'https'}:`
                    ? await this.call('GET', repository, `${url.pathname}${url.search}`, {})
                    : await withRetry(async () => {
                        try {
                            const r = await this.sendUrl('GET', url, {});
                            if (r.status === 429 || r.status >= 500)
                                throw new RegistryError(`${what} (redirected to ${url.host}): HTTP ${r.status}`, r.status);
                            return r;
                        }
                        catch (err) {
                            throw this.describeFailure(err, 'GET', `${url.host} (redirected ${what})`);
                        }
                    }, { ...(this.opts.retry ?? {}), isTransient: isTransientError });
        }
        if (res.status === 404)
            return undefined;
        this.expectOk(res, what);
        const got = (0,lib_digest/* sha256Digest */.s)(res.body);
        if (got !== digest)
            throw new RegistryError(`${this.registry} sent blob ${repository}@${digest} whose content hashes to ${got}`);
        if (size !== undefined && res.body.length !== size)
            throw new RegistryError(`${this.registry} sent blob ${repository}@${digest} of ${res.body.length} bytes; its descriptor says ${size}`);
        return res.body;
    }
    expectOk(res, what, ok = [200]) {
        if (ok.includes(res.status))
            return;
        const detail = registryErrorDetail(res.body);
        const msg = `${what} on ${this.registry}: HTTP ${res.status}${detail ? ` (${detail})` : ''}`;
        if (res.status === 401 || res.status === 403)
            throw new RegistryAuthError(msg, res.status);
        throw new RegistryError(msg, res.status);
    }
    /** One logical request: retried when transient, authenticated on a 401 challenge. */
    call(method, repository, path, headers, body) {
        const r = this.opts.retry ?? {};
        return withRetry(async () => {
            let res;
            try {
                res = await this.authorized(method, repository, path, headers, body);
            }
            catch (err) {
                // Described here, per attempt, so that each logged retry says what went wrong.
                throw this.describeFailure(err, method, path);
            }
            if (res.status === 429 || res.status >= 500) {
                throw new RegistryError(`${method} ${path} on ${this.registry}: HTTP ${res.status}`, res.status);
            }
            return res;
        }, { ...r, isTransient: err => !(err instanceof RegistryAuthError) && isTransientError(err) });
    }
    describeFailure(err, method, path) {
        if (err instanceof RegistryError)
            return err;
        const e = err;
        const code = e?.code ?? '';
        const why = code === 'ECONNREFUSED'
            ? 'connection refused (is the registry running and the host:port right?)'
            : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
                ? 'host name does not resolve'
                : code === 'ETIMEDOUT'
                    ? 'timed out'
                    : (e?.message ?? String(err));
        return new RegistryError(`cannot reach registry ${this.registry} (${method} ${path}): ${why}`, undefined, code);
    }
    async authorized(method, repository, path, headers, body) {
        const scopeKey = this.basic ? '' : `repository:${repository}:${method === 'PUT' ? 'pull,push' : 'pull'}`;
        const cached = this.auth.get(scopeKey);
        const first = await this.send(method, path, cached ? { ...headers, Authorization: cached } : headers, body);
        if (first.status !== 401)
            return first;
        const challenge = parseChallenge(header(first.headers, 'www-authenticate'));
        const creds = this.opts.credentials;
        if (!challenge || challenge.scheme === 'basic') {
            if (!creds)
                throw this.needsCredentials(first.status);
            if (cached)
                throw this.refused(first.status);
            this.basic = true;
            const value = 'Basic ' + Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
            this.auth.set('', value);
            const again = await this.send(method, path, { ...headers, Authorization: value }, body);
            if (again.status === 401)
                throw this.refused(again.status);
            return again;
        }
        if (challenge.scheme !== 'bearer') {
            throw new RegistryAuthError(`${this.registry} asks for unsupported auth scheme "${challenge.scheme}"`, 401);
        }
        const token = await this.fetchToken(challenge.params);
        const value = `Bearer ${token}`;
        this.auth.set(scopeKey, value);
        const again = await this.send(method, path, { ...headers, Authorization: value }, body);
        if (again.status === 401)
            throw this.refused(again.status);
        return again;
    }
    async fetchToken(params) {
        const realm = params['realm'];
        if (!realm)
            throw new RegistryAuthError(`${this.registry} sent a Bearer challenge without a realm`, 401);
        const url = new URL(realm);
        if (params['service'])
            url.searchParams.set('service', params['service']);
        if (params['scope'])
            url.searchParams.set('scope', params['scope']);
        const creds = this.opts.credentials;
        const headers = {};
        if (creds)
            headers['Authorization'] =
                'Basic ' + Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
        const res = await this.sendUrl('GET', url, headers);
        if (res.status === 401 || res.status === 403)
            throw creds ? this.refused(res.status) : this.needsCredentials(res.status);
        if (res.status !== 200)
            throw new RegistryError(`token endpoint ${url.host} answered HTTP ${res.status}`, res.status);
        let parsed;
        try {
            parsed = JSON.parse(res.body.toString());
        }
        catch {
            throw new RegistryError(`token endpoint ${url.host} did not return JSON`);
        }
        const token = parsed.token ?? parsed.access_token;
        if (!token)
            throw new RegistryError(`token endpoint ${url.host} returned no token`);
        return token;
    }
    needsCredentials(status) {
        return new RegistryAuthError(`registry ${this.registry} requires authentication: set username and password`, status);
    }
    refused(status) {
        const user = this.opts.credentials?.username ?? '';
        return new RegistryAuthError(`registry ${this.registry} refused the credentials of user "${user}" (HTTP ${status}): check username and password`, status);
    }
    async send(method, path, headers, body) {
        if (this.scheme)
            return this.sendUrl(method, new URL(`${this.scheme}://${this.registry}${path}`), headers, body);
        // Insecure and not yet probed: plain HTTP first, then HTTPS without verification when the
        // server turns out to speak only TLS. Plain first because it needs no TLS stack (tens of ms
        // to load) for the common case, a local plain registry; the probe carries no credentials
        // (they are only sent after a 401 challenge), and insecure means unverified TLS anyway.
        try {
            const res = await this.sendUrl(method, new URL(`http://${this.registry}${path}`), headers, body);
            const refused = res.status === 400 && PLAIN_TO_TLS_REFUSAL.test(res.body.toString());
            const redirected = res.status >= 300 && res.status < 400 && /^https:/i.test(header(res.headers, 'location'));
            if (!refused && !redirected) {
                this.scheme = 'http';
                return res;
            }
        }
        catch (err) {
            if (!DROPPED.has(err.code ?? ''))
                throw err;
        }
        this.scheme = 'https';
        return this.sendUrl(method, new URL(`https://${this.registry}${path}`), headers, body);
    }
    sendUrl(method, url, headers, body) {
        // Loaded on first use: node:https brings the TLS stack, which a plain local registry never needs.
        const mod = process.getBuiltinModule(url.protocol === 'http:' ? 'node:http' : 'node:https');
        const h = { 'User-Agent': this.opts.userAgent ?? 'flygtaxi-actions', ...headers };
        if (body)
            h['Content-Length'] = String(body.length);
        return new Promise((resolve, reject) => {
            const req = mod.request(url, {
                method,
                headers: h,
                timeout: this.opts.timeoutMs ?? 30000,
                agent: this.agents.for(url),
                ...(url.protocol === 'https:' && this.opts.insecure ? { rejectUnauthorized: false } : {})
            }, res => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
                res.on('error', reject);
            });
            req.on('timeout', () => {
                const e = new Error(`no answer within ${this.opts.timeoutMs ?? 30000} ms`);
                e.code = 'ETIMEDOUT';
                req.destroy(e);
            });
            req.on('error', reject);
            req.end(body);
        });
    }
}
/** The first error of a distribution-spec error body: `{"errors":[{"code":"…","message":"…"}]}`. */
function registryErrorDetail(body) {
    try {
        const j = JSON.parse(body.toString());
        const e = j.errors?.[0];
        return e ? (0,untrusted/* oneLine */.TN)([e.code, e.message].filter(Boolean).join(': ')) : '';
    }
    catch {
        return '';
    }
}


/***/ })

};
;