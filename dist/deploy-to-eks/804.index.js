"use strict";
exports.id = 804;
exports.ids = [804];
exports.modules = {

/***/ 2804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeCluster: () => (/* binding */ describeCluster)
});

// EXTERNAL MODULE: ./src/lib/aws.ts
var aws = __webpack_require__(2986);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/lib/retry.ts
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
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
const TRANSIENT_AWS = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'InternalFailure',
    'InternalServerError',
    'ServerException',
    'RequestTimeout',
    'RequestTimeoutException'
]);
/** Network errors, HTTP 429/5xx and AWS throttling are transient; everything else is final. */
function isTransientError(err) {
    if (!err || typeof err !== 'object')
        return false;
    const e = err;
    if (e.code && TRANSIENT_CODES.has(e.code))
        return true;
    if (e.name && TRANSIENT_AWS.has(e.name))
        return true;
    const status = e.status ?? e.statusCode ?? e.$metadata?.httpStatusCode;
    if (status !== undefined && (status === 429 || status >= 500))
        return true;
    return e.cause !== undefined && e.cause !== err ? isTransientError(e.cause) : false;
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/eksCluster.ts
/**
 * EKS cluster access without the aws CLI: DescribeCluster through @aws-sdk/client-eks (loaded
 * lazily, after validation) for the endpoint and CA, and a kubeconfig whose user is this action's
 * own token command (eksTokenCli.ts) run with node.
 */



async function describeCluster(name, region, log) {
    const { EKSClient, DescribeClusterCommand } = await __webpack_require__.e(/* import() */ 524).then(__webpack_require__.t.bind(__webpack_require__, 4524, 19));
    const client = new EKSClient((0,aws/* awsClientConfig */.rw)(region));
    try {
        const res = await withRetry(() => client.send(new DescribeClusterCommand({ name })), {
            isTransient: isTransientError,
            onRetry: (err, attempt, delay) => log(`DescribeCluster: retrying in ${delay} ms (attempt ${attempt}): ${err.message}`)
        });
        const c = res.cluster;
        if (!c?.endpoint || !c.certificateAuthority?.data) {
            throw new errors/* UserError */.yo(`EKS cluster ${name} in ${region} has no endpoint or CA yet (status ${c?.status ?? 'unknown'})`);
        }
        if (c.status && c.status !== 'ACTIVE' && c.status !== 'UPDATING') {
            throw new errors/* UserError */.yo(`EKS cluster ${name} in ${region} is ${c.status}, not ACTIVE`);
        }
        return {
            name,
            endpoint: c.endpoint,
            caData: c.certificateAuthority.data,
            status: c.status ?? '',
            version: c.version ?? ''
        };
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw err;
        const e = err;
        if (e.name === 'ResourceNotFoundException') {
            throw new errors/* UserError */.yo(`EKS cluster "${name}" was not found in ${region}: check cluster-name and aws-region`);
        }
        throw new errors/* UserError */.yo((0,aws/* describeAwsError */.Pp)(`DescribeCluster ${name} (${region})`, err));
    }
    finally {
        client.destroy();
    }
}


/***/ })

};
;