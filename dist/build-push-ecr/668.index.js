"use strict";
exports.id = 668;
exports.ids = [668];
exports.modules = {

/***/ 2668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createBuilder: () => (/* binding */ createBuilder),
/* harmony export */   detectBuilder: () => (/* binding */ detectBuilder)
/* harmony export */ });
/* unused harmony exports classifyPushFailure, isOnPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _src_lib_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7268);
/* harmony import */ var _src_lib_exec__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(766);
/* harmony import */ var _src_lib_inputs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1662);
/* harmony import */ var _src_lib_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1737);
/* harmony import */ var _builderArgs__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8432);
/* harmony import */ var _imageNames__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4235);
/* harmony import */ var _privateDir__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3186);
/* harmony import */ var _src_lib_untrusted__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(881);
/**
 * Running the builders: auto-detection, build, push of the primary tag, and the digest the
 * builder reports (buildah/podman `--digestfile`, buildx `--metadata-file`). Pushes that fail
 * for a transient reason (registry down, reset, 5xx, 429) are retried with backoff, each retry
 * logged; an auth refusal or anything else is one clear error.
 */










/** Registry/network failures worth another push attempt, as the builders print them. */
const TRANSIENT_PUSH = /connection refused|connection reset|i\/o timeout|tls handshake timeout|unexpected EOF|no route to host|temporarily unavailable|too many requests|toomanyrequests|\b(429|500|502|503|504)\b|server misbehaving/i;
const AUTH_REFUSED = /unauthorized|authentication required|\b401\b|denied|\b403\b|invalid username\/password/i;
function classifyPushFailure(output) {
    if (_imageNames__WEBPACK_IMPORTED_MODULE_6__/* .IMMUTABLE_TAG_REFUSAL */ .$q.test(output))
        return 'immutable';
    if (AUTH_REFUSED.test(output))
        return 'auth';
    if (TRANSIENT_PUSH.test(output))
        return 'transient';
    return 'other';
}
class PushFailure extends _src_lib_errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    transient;
    constructor(message, transient) {
        super(message);
        this.transient = transient;
    }
}
function isOnPath(cmd, env) {
    return (0,_src_lib_exec__WEBPACK_IMPORTED_MODULE_3__/* .findOnPath */ .aY)(cmd, env) !== undefined;
}
/** auto: docker buildx when it answers, else buildah, else podman. */
async function detectBuilder(choice, deps) {
    const run = deps.exec ?? _src_lib_exec__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m0;
    const buildxWorks = async () => isOnPath('docker', deps.env) &&
        (await run('docker', ['buildx', 'version'], { env: deps.env, timeoutMs: 15000 }).catch(() => undefined))
            ?.exitCode === 0;
    if (choice === 'docker') {
        if (!(await buildxWorks()))
            throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('builder: docker buildx is not available (docker not on PATH or buildx not installed)');
        return 'docker';
    }
    if (choice === 'buildah' || choice === 'podman') {
        if (!isOnPath(choice, deps.env))
            throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`builder: ${choice} is not on PATH`);
        return choice;
    }
    if (await buildxWorks())
        return 'docker';
    if (isOnPath('buildah', deps.env))
        return 'buildah';
    if (isOnPath('podman', deps.env))
        return 'podman';
    throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('builder: none of docker buildx, buildah or podman was found on PATH');
}
function createBuilder(kind, deps) {
    return kind === 'docker' ? buildxBuilder(deps) : containerBuilder(kind, deps);
}
function streamed(deps, env) {
    // The build's output carries whatever the Dockerfile's steps print: never run as commands.
    const show = (l) => deps.log.info((0,_src_lib_untrusted__WEBPACK_IMPORTED_MODULE_8__/* .untrustedText */ .Ui)(l));
    return { env, onStdoutLine: show, onStderrLine: show };
}
async function pushWithRetry(what, registry, deps, attempt, 
/** The tool retries by itself (pushRetriesItself): one attempt here, one retry layer. */
toolRetries = false) {
    await (0,_src_lib_retry__WEBPACK_IMPORTED_MODULE_5__/* .withRetry */ .bD)(async () => {
        const res = await attempt();
        if (res.exitCode === 0)
            return;
        const out = (0,_src_lib_exec__WEBPACK_IMPORTED_MODULE_3__/* .tail */ .RT)(res.stderr || res.stdout, 8);
        const kind = classifyPushFailure(out);
        if (kind === 'immutable') {
            throw new PushFailure(`${what}: the tag already exists and the repository's tags are immutable (keep skip-if-exists: true, or build a new sha):\n${out}`, false);
        }
        if (kind === 'auth') {
            throw new PushFailure(`${what}: registry ${registry} refused the credentials (check username/password or the AWS role):\n${out}`, false);
        }
        throw new PushFailure(`${what} failed (exit code ${res.exitCode}):\n${out}`, kind === 'transient');
    }, {
        ...deps.retry,
        ...(toolRetries ? { attempts: 1 } : {}),
        isTransient: err => err instanceof PushFailure && err.transient,
        onRetry: (err, n, delay) => deps.log.warning((0,_src_lib_retry__WEBPACK_IMPORTED_MODULE_5__/* .retryLine */ .Rn)(what, lastLine(err), n, delay))
    });
}
/** A builder's failure is in its last line of output. */
function lastLine(err) {
    const m = err instanceof Error ? err.message : String(err);
    const lines = m.split('\n');
    return (lines[lines.length - 1] ?? '').trim().slice(0, 200);
}
function containerBuilder(tool, deps) {
    const run = deps.exec ?? _src_lib_exec__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m0;
    const now = deps.now ?? Date.now;
    return {
        kind: tool,
        async build(req) {
            const localRef = `${req.image}:${req.primaryTag}`;
            const authFile = req.privateDir.authFile;
            const t0 = now();
            const buildArgv = (0,_builderArgs__WEBPACK_IMPORTED_MODULE_9__/* .containerBuildArgs */ .nt)(tool, req.spec, {
                localRef,
                insecure: req.insecure,
                ...(authFile ? { authFile } : {})
            });
            const multi = (0,_builderArgs__WEBPACK_IMPORTED_MODULE_9__/* .isMultiPlatform */ .hg)(req.spec);
            // A local manifest list is only a vehicle for the push, and while one exists buildah 1.28's
            // `buildah images` fails on it: remove any left from a rebuild before, and ours after.
            const dropList = () => run(tool, ['manifest', 'rm', localRef], { env: deps.env }).catch(() => undefined);
            if (multi)
                await dropList();
            try {
                deps.log.info(`${tool} ${buildArgv.join(' ')}`);
                const built = await run(tool, buildArgv, streamed(deps, deps.env));
                if (built.exitCode !== 0) {
                    throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${tool} build failed (exit code ${built.exitCode}):\n${(0,_src_lib_exec__WEBPACK_IMPORTED_MODULE_3__/* .tail */ .RT)(built.stderr || built.stdout, 15)}`);
                }
                const phases = [['build', now() - t0]];
                if (!req.push)
                    return { phases };
                const t1 = now();
                const digestFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(req.privateDir.dir, 'digest');
                const pushArgv = (0,_builderArgs__WEBPACK_IMPORTED_MODULE_9__/* .containerPushArgs */ .Xl)(tool, {
                    localRef,
                    destination: localRef,
                    digestFile,
                    insecure: req.insecure,
                    multiPlatform: multi,
                    ...(authFile ? { authFile } : {})
                });
                await pushWithRetry(`${tool} push ${localRef}`, req.registry, deps, () => {
                    deps.log.info(`${tool} ${pushArgv.join(' ')}`);
                    return run(tool, pushArgv, streamed(deps, deps.env));
                }, (0,_builderArgs__WEBPACK_IMPORTED_MODULE_9__/* .pushRetriesItself */ .AY)(tool, multi));
                phases.push(['push', now() - t1]);
                const digest = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(digestFile, 'utf8').trim();
                if (!_src_lib_inputs__WEBPACK_IMPORTED_MODULE_4__/* .SHA256_DIGEST */ .fu.test(digest)) {
                    throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${tool} push wrote no digest (got "${digest}")`);
                }
                return { digest, phases };
            }
            finally {
                if (multi)
                    await dropList();
            }
        }
    };
}
function buildxBuilder(deps) {
    const run = deps.exec ?? _src_lib_exec__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m0;
    const now = deps.now ?? Date.now;
    return {
        kind: 'docker',
        async build(req) {
            const metadataFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(req.privateDir.dir, 'metadata.json');
            const argv = (0,_builderArgs__WEBPACK_IMPORTED_MODULE_9__/* .buildxArgs */ .w$)(req.spec, {
                image: `${req.image}:${req.primaryTag}`,
                imageName: req.image,
                metadataFile,
                push: req.push,
                insecure: req.insecure,
                cache: req.cache,
                cacheKey: req.cacheKey
            });
            // DOCKER_CONFIG points at the private directory (auth in its config.json): ~/.docker stays untouched.
            (0,_privateDir__WEBPACK_IMPORTED_MODULE_7__/* .linkDockerState */ .Qo)(req.privateDir, deps.env);
            const env = { ...deps.env, DOCKER_CONFIG: req.privateDir.dir };
            const t0 = now();
            await pushWithRetry(`docker buildx build ${req.image}:${req.primaryTag}`, req.registry, deps, () => {
                deps.log.info(`docker ${argv.join(' ')}`);
                return run('docker', argv, streamed(deps, env));
            });
            const phases = [[req.push ? 'build+push' : 'build', now() - t0]];
            if (!req.push)
                return { phases };
            const digest = node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(metadataFile)
                ? (0,_builderArgs__WEBPACK_IMPORTED_MODULE_9__/* .digestFromBuildxMetadata */ .i6)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(metadataFile, 'utf8'))
                : undefined;
            if (!digest)
                throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('docker buildx wrote no containerimage.digest to its metadata file');
            return { digest, phases };
        }
    };
}


/***/ })

};
;