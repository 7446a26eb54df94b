"use strict";
exports.id = 950;
exports.ids = [950];
exports.modules = {

/***/ 5950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pushVerifiedChart: () => (/* binding */ pushVerifiedChart)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/build-push-ecr/src/imageNames.ts
var imageNames = __webpack_require__(4235);
// EXTERNAL MODULE: ./src/lib/digest.ts
var lib_digest = __webpack_require__(8899);
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
    writeFileSync(file, text, { mode: 0o600, flag: 'w' });
    // The mode option is masked by umask and ignored for an existing file: set it explicitly.
    chmodSync(file, 0o600);
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

// EXTERNAL MODULE: ./src/lib/untrusted.ts
var untrusted = __webpack_require__(881);
// EXTERNAL MODULE: ./src/lib/ociRef.ts
var ociRef = __webpack_require__(6457);
;// CONCATENATED MODULE: ./src/lib/ociChart.ts
/**
 * Charts as OCI artifacts, shared by package-and-verify-helm-chart (push) and deploy-to-eks
 * (pull by digest). helm pushes the chart (`helm push`, logged in with `helm registry login
 * --password-stdin` into a private HELM_REGISTRY_CONFIG under RUNNER_TEMP, never
 * ~/.config/helm); this module checks, with the registry client, that the manifest the reference
 * names carries exactly the package's bytes (its chart layer's digest is the .tgz's sha256), so a
 * reference whose content does not match is refused before anything uses it. The pull is the
 * registry client's: the manifest by digest, then its one chart layer by digest, each checked
 * against its digest (what `helm pull` does, minus a helm login and a helm process each; helm
 * then deploys the verified local package and never talks to the registry).
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
    const { RegistryClient } = await __webpack_require__.e(/* import() */ 156).then(__webpack_require__.bind(__webpack_require__, 8156));
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
        if (o.credentials && o.helmLogin !== false) {
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
/** The manifest digest an unpinned reference's tag names now (reported, then used as the pin). */
async function resolveChartDigest(s, ref) {
    if (ref.digest)
        return ref.digest;
    const where = `oci://${ref.host}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}`;
    if (!ref.tag)
        throw new UserError(`chart ${where} names no version: pin it by digest (@sha256:…, package-and-verify's chart-ref) or give chart-version; nothing was changed`);
    const info = await guarded(ref, () => s.registry.headManifest(ref.repository, ref.tag));
    if (!info)
        throw new UserError(`chart ${where} does not exist in ${ref.host}; nothing was changed`);
    return info.digest;
}
async function guarded(ref, f) {
    const { RegistryAuthError } = await __webpack_require__.e(/* import() */ 156).then(__webpack_require__.bind(__webpack_require__, 8156));
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
    return (await chartLayer(s, ref, digest)).digest;
}
async function chartLayer(s, ref, digest) {
    const pinned = (0,ociRef/* formatOciChartRef */.oQ)({ ...ref, digest });
    // getManifest checks that the body hashes to the digest asked for.
    const m = await guarded(ref, () => s.registry.getManifest(ref.repository, digest));
    if (!m)
        throw new errors/* UserError */.yo(`chart ${pinned} does not exist in ${ref.host} (no manifest with that digest in ${ref.repository}); nothing was changed`);
    if (m.digest !== digest)
        throw new errors/* UserError */.yo(`chart ${pinned}: the registry's manifest hashes to ${m.digest}, not to the digest of the reference; refused, nothing was changed`);
    let doc = {};
    try {
        doc = JSON.parse(m.body.toString('utf8'));
    }
    catch {
        /* not JSON: no layers */
    }
    const charts = (Array.isArray(doc.layers) ? doc.layers : []).filter(l => l?.mediaType === HELM_CHART_LAYER);
    const layer = charts[0];
    if (charts.length !== 1 || typeof layer?.digest !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(layer.digest))
        throw new errors/* UserError */.yo(`${pinned} is not a Helm chart (${charts.length} chart layers); nothing was changed`);
    const version = doc.annotations && typeof doc.annotations === 'object'
        ? doc.annotations['org.opencontainers.image.version']
        : undefined;
    return {
        digest: layer.digest,
        ...(Number.isSafeInteger(layer.size) ? { size: layer.size } : {}),
        ...(typeof version === 'string' && /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,127}$/.test(version) ? { version } : {})
    };
}
/** Pushes the package; returns the pinned reference after checking the registry holds these bytes. */
async function pushChart(helm, s, packagePath, target) {
    const chartDigest = (0,lib_digest/* sha256Digest */.s)((0,external_node_fs_.readFileSync)(packagePath));
    const dest = `oci://${target.host}${target.path ? `/${target.path}` : ''}`;
    const res = await helm.run(['push', packagePath, dest, ...s.flags], { env: s.env });
    if (res.exitCode !== 0)
        throw new errors/* UserError */.yo(helmFailure(`helm push of ${external_node_path_.basename(packagePath)} to ${dest}`, res));
    const out = `${res.stdout}\n${res.stderr}`;
    const digest = /^Digest:\s*(sha256:[a-f0-9]{64})/m.exec(out)?.[1];
    const pushed = /^Pushed:\s*(\S+)/m.exec(out)?.[1];
    if (!digest || !pushed)
        throw new errors/* UserError */.yo(`helm push to ${dest} printed no digest: ${(0,untrusted/* oneLine */.TN)(out.trim().split('\n').pop() ?? '')}`);
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
        throw new errors/* UserError */.yo(`the registry holds another package under ${(0,ociRef/* formatOciChartRef */.oQ)(ref)} (chart layer ${layer}, the verified package is ${chartDigest})`);
    return { ref: (0,ociRef/* formatOciChartRef */.oQ)(ref), manifestDigest: digest, chartDigest };
}
/**
 * Pulls `ref` (by digest, resolving a tag first) into `destDir` and returns the .tgz path, after
 * checking that the manifest names one chart layer and that the pulled bytes hash to it; anything
 * else is refused. The bytes come from the registry client (the chart layer by digest).
 */
async function pullVerifiedChart(s, ref, destDir) {
    const manifestDigest = await resolveChartDigest(s, ref);
    const pinned = formatOciChartRef({ ...ref, digest: manifestDigest });
    const layer = await chartLayer(s, ref, manifestDigest);
    const { RegistryError } = await __webpack_require__.e(/* import() */ 156).then(__webpack_require__.bind(__webpack_require__, 8156));
    let bytes;
    try {
        bytes = await guarded(ref, () => s.registry.getBlob(ref.repository, layer.digest, layer.size));
    }
    catch (err) {
        // A blob that does not hash to its digest (or has another size), or an unreachable registry.
        if (err instanceof RegistryError)
            throw new UserError(`chart ${pinned}: ${err.message}; nothing was changed`);
        throw err;
    }
    if (!bytes)
        throw new UserError(`chart ${pinned}: its chart layer ${layer.digest} does not exist in ${ref.host}; nothing was changed`);
    const file = path.join(destDir, `${ref.name}${layer.version ? `-${layer.version}` : ''}.tgz`);
    writeFileSync(file, bytes, { mode: 0o600 });
    return { path: file, chartDigest: layer.digest, manifestDigest };
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
    const { loadEcrApi } = await __webpack_require__.e(/* import() */ 512).then(__webpack_require__.bind(__webpack_require__, 2512));
    const api = await loadEcrApi(region, () => undefined);
    const a = await api.authorization(accountId);
    return { username: a.username, password: a.password };
};

;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/ociPush.ts
/**
 * Push the verified package to an OCI registry (`push-to: oci://<host>/<path>`) and output the
 * reference pinned by digest (`chart-ref`: oci://<host>/<path>/<name>@sha256:<manifest digest>),
 * so every environment deploys exactly these bytes. Credentials: registry-username/password, or
 * for ECR the SDK's GetAuthorizationToken; helm logs in with --password-stdin into a private
 * registry config under RUNNER_TEMP (src/lib/ociChart.ts), removed after the push. Only a
 * package that passed verification gets here (run.ts).
 */



async function pushVerifiedChart(i, packagePath, d) {
    const target = i.pushTo;
    if (!target)
        return undefined;
    try {
        const credentials = await ociCredentials(target.host, { username: i.registryUsername, password: i.registryPassword }, d.ecrAuth ?? sdkEcrAuth, d.mask);
        const session = await openOciSession(d.helm, { host: target.host, credentials, plainHttp: i.registryPlainHttp, runnerTemp: i.tempDir }, d.env);
        try {
            const pushed = await pushChart(d.helm, session, packagePath, target);
            d.info((0,untrusted/* untrustedText */.Ui)(`Pushed the verified package to ${pushed.ref} (its chart layer is ${pushed.chartDigest}, as packaged).`));
            return pushed;
        }
        finally {
            session.close();
        }
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(`push-to: ${err.message}`, err.details);
        throw err;
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


/***/ })

};
;