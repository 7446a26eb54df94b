"use strict";
exports.id = 461;
exports.ids = [461];
exports.modules = {

/***/ 1461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createBuilder: () => (/* binding */ createBuilder),
  detectBuilder: () => (/* binding */ detectBuilder)
});

// UNUSED EXPORTS: classifyPushFailure, isOnPath

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/lib/exec.ts
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
class CommandNotFoundError extends errors/* UserError */.yo {
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
        const child = (0,external_node_child_process_.spawn)(command, args, spawnOpts);
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
    const dirs = (env['PATH'] ?? env['Path'] ?? '').split(external_node_path_.delimiter).filter(Boolean);
    const names = platform === 'win32' ? [`${name}.exe`, name] : [name];
    for (const d of dirs) {
        for (const n of names) {
            const p = external_node_path_.join(d, n);
            try {
                if (!(0,external_node_fs_.statSync)(p).isFile())
                    continue;
                if (platform !== 'win32')
                    (0,external_node_fs_.accessSync)(p, external_node_fs_.constants.X_OK);
                return p;
            }
            catch {
                /* not here, or not executable: next */
            }
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/lib/inputs.ts
var inputs = __webpack_require__(1662);
// EXTERNAL MODULE: ./src/lib/retry.ts
var retry = __webpack_require__(1737);
// EXTERNAL MODULE: ./actions/build-push-ecr/src/builderArgs.ts
var builderArgs = __webpack_require__(8432);
// EXTERNAL MODULE: ./actions/build-push-ecr/src/imageNames.ts
var imageNames = __webpack_require__(4235);
// EXTERNAL MODULE: ./actions/build-push-ecr/src/privateDir.ts + 1 modules
var privateDir = __webpack_require__(3186);
// EXTERNAL MODULE: ./src/lib/untrusted.ts
var untrusted = __webpack_require__(881);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/builders.ts
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
    if (imageNames/* IMMUTABLE_TAG_REFUSAL */.$q.test(output))
        return 'immutable';
    if (AUTH_REFUSED.test(output))
        return 'auth';
    if (TRANSIENT_PUSH.test(output))
        return 'transient';
    return 'other';
}
class PushFailure extends errors/* UserError */.yo {
    transient;
    constructor(message, transient) {
        super(message);
        this.transient = transient;
    }
}
function isOnPath(cmd, env) {
    return findOnPath(cmd, env) !== undefined;
}
/** auto: docker buildx when it answers, else buildah, else podman. */
async function detectBuilder(choice, deps) {
    const run = deps.exec ?? exec;
    const buildxWorks = async () => isOnPath('docker', deps.env) &&
        (await run('docker', ['buildx', 'version'], { env: deps.env, timeoutMs: 15000 }).catch(() => undefined))
            ?.exitCode === 0;
    if (choice === 'docker') {
        if (!(await buildxWorks()))
            throw new errors/* UserError */.yo('builder: docker buildx is not available (docker not on PATH or buildx not installed)');
        return 'docker';
    }
    if (choice === 'buildah' || choice === 'podman') {
        if (!isOnPath(choice, deps.env))
            throw new errors/* UserError */.yo(`builder: ${choice} is not on PATH`);
        return choice;
    }
    if (await buildxWorks())
        return 'docker';
    if (isOnPath('buildah', deps.env))
        return 'buildah';
    if (isOnPath('podman', deps.env))
        return 'podman';
    throw new errors/* UserError */.yo('builder: none of docker buildx, buildah or podman was found on PATH');
}
function createBuilder(kind, deps) {
    return kind === 'docker' ? buildxBuilder(deps) : containerBuilder(kind, deps);
}
function streamed(deps, env) {
    // The build's output carries whatever the Dockerfile's steps print: never run as commands.
    const show = (l) => deps.log.info((0,untrusted/* untrustedText */.Ui)(l));
    return { env, onStdoutLine: show, onStderrLine: show };
}
async function pushWithRetry(what, registry, deps, attempt, 
/** The tool retries by itself (pushRetriesItself): one attempt here, one retry layer. */
toolRetries = false) {
    await (0,retry/* withRetry */.bD)(async () => {
        const res = await attempt();
        if (res.exitCode === 0)
            return;
        const out = tail(res.stderr || res.stdout, 8);
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
        onRetry: (err, n, delay) => deps.log.warning((0,retry/* retryLine */.Rn)(what, lastLine(err), n, delay))
    });
}
/** A builder's failure is in its last line of output. */
function lastLine(err) {
    const m = err instanceof Error ? err.message : String(err);
    const lines = m.split('\n');
    return (lines[lines.length - 1] ?? '').trim().slice(0, 200);
}
function containerBuilder(tool, deps) {
    const run = deps.exec ?? exec;
    const now = deps.now ?? Date.now;
    return {
        kind: tool,
        async build(req) {
            const localRef = `${req.image}:${req.primaryTag}`;
            const authFile = req.privateDir.authFile;
            const t0 = now();
            const buildArgv = (0,builderArgs/* containerBuildArgs */.nt)(tool, req.spec, {
                localRef,
                insecure: req.insecure,
                ...(authFile ? { authFile } : {})
            });
            const multi = (0,builderArgs/* isMultiPlatform */.hg)(req.spec);
            // A local manifest list is only a vehicle for the push, and while one exists buildah 1.28's
            // `buildah images` fails on it: remove any left from a rebuild before, and ours after.
            const dropList = () => run(tool, ['manifest', 'rm', localRef], { env: deps.env }).catch(() => undefined);
            if (multi)
                await dropList();
            try {
                deps.log.info(`${tool} ${buildArgv.join(' ')}`);
                const built = await run(tool, buildArgv, streamed(deps, deps.env));
                if (built.exitCode !== 0) {
                    throw new errors/* UserError */.yo(`${tool} build failed (exit code ${built.exitCode}):\n${tail(built.stderr || built.stdout, 15)}`);
                }
                const phases = [['build', now() - t0]];
                if (!req.push)
                    return { phases };
                const t1 = now();
                const digestFile = external_node_path_.join(req.privateDir.dir, 'digest');
                const pushArgv = (0,builderArgs/* containerPushArgs */.Xl)(tool, {
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
                }, (0,builderArgs/* pushRetriesItself */.AY)(tool, multi));
                phases.push(['push', now() - t1]);
                const digest = external_node_fs_.readFileSync(digestFile, 'utf8').trim();
                if (!inputs/* SHA256_DIGEST */.fu.test(digest)) {
                    throw new errors/* UserError */.yo(`${tool} push wrote no digest (got "${digest}")`);
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
    const run = deps.exec ?? exec;
    const now = deps.now ?? Date.now;
    return {
        kind: 'docker',
        async build(req) {
            const metadataFile = external_node_path_.join(req.privateDir.dir, 'metadata.json');
            const argv = (0,builderArgs/* buildxArgs */.w$)(req.spec, {
                image: `${req.image}:${req.primaryTag}`,
                imageName: req.image,
                metadataFile,
                push: req.push,
                insecure: req.insecure,
                cache: req.cache,
                cacheKey: req.cacheKey
            });
            // DOCKER_CONFIG points at the private directory (auth in its config.json): ~/.docker stays untouched.
            (0,privateDir/* linkDockerState */.Qo)(req.privateDir, deps.env);
            const env = { ...deps.env, DOCKER_CONFIG: req.privateDir.dir };
            const t0 = now();
            await pushWithRetry(`docker buildx build ${req.image}:${req.primaryTag}`, req.registry, deps, () => {
                deps.log.info(`docker ${argv.join(' ')}`);
                return run('docker', argv, streamed(deps, env));
            });
            const phases = [[req.push ? 'build+push' : 'build', now() - t0]];
            if (!req.push)
                return { phases };
            const digest = external_node_fs_.existsSync(metadataFile)
                ? (0,builderArgs/* digestFromBuildxMetadata */.i6)(external_node_fs_.readFileSync(metadataFile, 'utf8'))
                : undefined;
            if (!digest)
                throw new errors/* UserError */.yo('docker buildx wrote no containerimage.digest to its metadata file');
            return { digest, phases };
        }
    };
}


/***/ })

};
;