"use strict";
exports.id = 688;
exports.ids = [688,264];
exports.modules = {

/***/ 1307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  USAGE: () => (/* binding */ USAGE),
  credentialsFromEnv: () => (/* binding */ credentialsFromEnv),
  formatStsEndpoint: () => (/* binding */ formatStsEndpoint),
  parseArgs: () => (/* binding */ parseArgs),
  parseStsEndpoint: () => (/* binding */ parseStsEndpoint),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/eksToken.ts
/**
 * The EKS bearer token without the aws CLI: `k8s-aws-v1.` + unpadded base64url of a
 * SigV4-presigned STS GetCallerIdentity URL whose signed headers include `x-k8s-aws-id: <cluster>`.
 * The API server's authenticator replays the URL against STS to learn who we are, and the signed
 * header binds the token to one cluster.
 *
 * The STS endpoint is not computed here: eksTokenEndpoint.ts asks the AWS SDK's own endpoint
 * resolution (partitions aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, …; AWS_USE_FIPS_ENDPOINT;
 * AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL and the config file's endpoint_url). The presign itself
 * is SigV4 over node:crypto's SHA-256/HMAC, parameters in the order botocore emits them, so it is
 * known-answer tested against botocore (what `aws eks get-token` uses) byte for byte; the SDK's
 * presigner orders the query differently, which STS accepts but no byte-for-byte test could show.
 */

/** How long the presigned URL is valid; what aws-iam-authenticator and the aws CLI use. */
const PRESIGN_EXPIRES_SECONDS = 60;
/** The token's advertised lifetime: the API server accepts a token 15 min; refresh 1 min early. */
const TOKEN_LIFETIME_MS = 14 * 60 * 1000;
const TOKEN_PREFIX = 'k8s-aws-v1.';
const DEFAULT_EXEC_API_VERSION = 'client.authentication.k8s.io/v1beta1';
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
const sha256Hex = (s) => (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest('hex');
const hmac = (key, data) => (0,external_node_crypto_.createHmac)('sha256', key).update(data, 'utf8').digest();
/** The presigned GetCallerIdentity URL, parameters in the order botocore emits them. */
function presignGetCallerIdentity(req) {
    const { host, protocol } = req.endpoint;
    const basePath = req.endpoint.path || '/';
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
        basePath,
        canonicalQuery,
        `host:${host}\nx-k8s-aws-id:${req.clusterName}\n`,
        signedHeaders,
        sha256Hex('')
    ].join('\n');
    const stringToSign = ['AWS4-HMAC-SHA256', date, scope, sha256Hex(canonicalRequest)].join('\n');
    let key = hmac(`AWS4${req.credentials.secretAccessKey}`, day);
    for (const part of [req.region, 'sts', 'aws4_request'])
        key = hmac(key, part);
    const signature = hmac(key, stringToSign).toString('hex');
    const query = encoded.map(([k, v]) => `${k}=${v}`).join('&');
    return `${protocol}//${host}${basePath}?${query}&X-Amz-Signature=${signature}`;
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

// EXTERNAL MODULE: ./actions/deploy-to-eks/src/eksTokenEndpoint.ts
var eksTokenEndpoint = __webpack_require__(4264);
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
 * Credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN (what
 * aws-actions/configure-aws-credentials exports); other sources (profiles, web identity,
 * container/instance metadata) through the AWS SDK's default chain. The STS endpoint comes from
 * the SDK's endpoint resolution (eksTokenEndpoint.ts), or from `--sts-endpoint`: the kubeconfig
 * this action writes passes the endpoint the action resolved with the same SDK functions and the
 * same environment (helm runs the plugin with the action's environment), so each token helm asks
 * for does not load the SDK's config and ruleset modules again (most of the plugin's start-up).
 */


const USAGE = `Usage: eks-token --cluster-name NAME [--region REGION] [--sts-endpoint URL]

Prints a Kubernetes ExecCredential with an EKS bearer token for the cluster.
Credentials come from the standard AWS chain (environment first); the region defaults to
AWS_REGION / AWS_DEFAULT_REGION; the STS endpoint to the AWS SDK's for the region.`;
/** The endpoint of `--sts-endpoint` (http(s)://host[:port][/path], nothing else), or undefined. */
function parseStsEndpoint(value) {
    let u;
    try {
        u = new URL(value);
    }
    catch {
        return undefined;
    }
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || !u.hostname)
        return undefined;
    if (u.username || u.password || u.search || u.hash)
        return undefined;
    return {
        protocol: u.protocol,
        host: u.host,
        path: u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`
    };
}
/** The `--sts-endpoint` value for an endpoint (the inverse of parseStsEndpoint). */
function formatStsEndpoint(e) {
    return `${e.protocol}//${e.host}${e.path}`;
}
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
        if (flag !== '--cluster-name' && flag !== '--region' && flag !== '--sts-endpoint') {
            problems.push(`unknown argument "${a}"`);
            continue;
        }
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '')
            problems.push(`${flag} needs a value`);
        else if (flag === '--cluster-name')
            args.clusterName = value;
        else if (flag === '--region')
            args.region = value;
        else {
            const e = parseStsEndpoint(value);
            if (e)
                args.stsEndpoint = e;
            else
                problems.push(`--sts-endpoint "${value}" is not an http(s)://host[:port][/path] URL`);
        }
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
    const { defaultProvider } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(85), __webpack_require__.e(422), __webpack_require__.e(609), __webpack_require__.e(152), __webpack_require__.e(279), __webpack_require__.e(861)]).then(__webpack_require__.t.bind(__webpack_require__, 5861, 19));
    const c = await defaultProvider()();
    return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken };
}
async function runCli(argv, env, out, err, now = () => new Date(), resolveEndpoint = eksTokenEndpoint.resolveStsEndpoint) {
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
    let endpoint;
    try {
        endpoint = args.stsEndpoint ?? (await resolveEndpoint(args.region));
    }
    catch (e) {
        err(`eks-token: no STS endpoint for region ${args.region}: ${e.message || e}\n`);
        return 1;
    }
    const at = now();
    const token = eksToken({
        clusterName: args.clusterName,
        region: args.region,
        credentials,
        now: at,
        endpoint
    });
    out(JSON.stringify(execCredential(token, at, execApiVersion(env['KUBERNETES_EXEC_INFO']))) + '\n');
    return 0;
}


/***/ }),

/***/ 4264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveStsEndpoint: () => (/* binding */ resolveStsEndpoint)
/* harmony export */ });
async function resolveStsEndpoint(region) {
    const [{ defaultEndpointResolver }, { commonParams, resolveClientEndpointParameters }, config, endpoints] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(85), __webpack_require__.e(422), __webpack_require__.e(609), __webpack_require__.e(152), __webpack_require__.e(655)]).then(__webpack_require__.bind(__webpack_require__, 3655)),
        __webpack_require__.e(/* import() */ 228).then(__webpack_require__.bind(__webpack_require__, 8228)),
        __webpack_require__.e(/* import() */ 291).then(__webpack_require__.t.bind(__webpack_require__, 7291, 19)),
        Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(85)]).then(__webpack_require__.t.bind(__webpack_require__, 2085, 19))
    ]);
    const { loadConfig, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS } = config;
    // The same steps, in the same order, as STSClient's constructor and runtimeConfig (the SDK's
    // types want a whole client config; these steps read only the fields given here).
    const input = resolveClientEndpointParameters({
        region,
        // What getEndpointFromConfig reads AWS_ENDPOINT_URL_STS and `[services] sts =` by.
        serviceId: 'STS',
        endpointProvider: defaultEndpointResolver,
        useDualstackEndpoint: loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, {}),
        useFipsEndpoint: loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, {})
    });
    const clientConfig = endpoints.resolveEndpointConfig(config.resolveRegionConfig(input));
    const endpoint = await endpoints.getEndpointFromInstructions({}, { getEndpointParameterInstructions: () => commonParams }, clientConfig);
    const url = endpoint.url;
    if (!url?.hostname)
        throw new Error(`the AWS SDK resolved no STS endpoint for region ${region}`);
    return {
        protocol: url.protocol === 'http:' ? 'http:' : 'https:',
        host: url.host,
        // The request path: the endpoint's base path joined with the operation's `/`, as the client
        // serializes a query-protocol request.
        path: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
    };
}


/***/ })

};
;