"use strict";
exports.id = 411;
exports.ids = [411];
exports.modules = {

/***/ 7792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy),
  fetchOciChart: () => (/* binding */ fetchOciChart),
  helmError: () => (/* reexport */ src_release/* helmError */.lY),
  intendedArtifact: () => (/* binding */ intendedArtifact),
  supportsReleaseLabels: () => (/* binding */ supportsReleaseLabels)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/lib/digest.ts
var digest = __webpack_require__(8899);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/gates/gateRecord.ts
var gateRecord = __webpack_require__(7772);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/releaseStore.ts
var releaseStore = __webpack_require__(85);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/release.ts
var src_release = __webpack_require__(6098);
// EXTERNAL MODULE: ./actions/build-push-ecr/src/imageNames.ts
var imageNames = __webpack_require__(4235);
// EXTERNAL MODULE: ./src/lib/aws.ts
var aws = __webpack_require__(2986);
;// CONCATENATED MODULE: ./src/lib/awsIdentity.ts
/**
 * Who the runner's AWS credentials are (STS GetCallerIdentity), for a refusal that names who was
 * refused. Its own module so that only deploy-to-eks's image check bundles the STS client.
 */

/**
 * STS GetCallerIdentity with the runner's credentials, for a sentence that names who was refused;
 * undefined when even that fails (no credentials, no network), so it never hides the refusal.
 */
async function callerIdentity(region, log = () => undefined) {
    try {
        const sts = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(85), __webpack_require__.e(422), __webpack_require__.e(609), __webpack_require__.e(152), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
        const client = new sts.STSClient(await (0,aws/* awsClientOptions */.BE)(region, 'STS', log));
        try {
            const r = await client.send(new sts.GetCallerIdentityCommand({}));
            return r.Arn && r.Account ? { arn: r.Arn, account: r.Account } : undefined;
        }
        finally {
            client.destroy();
        }
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/lib/ociRef.ts
var ociRef = __webpack_require__(6457);
// EXTERNAL MODULE: ./src/lib/untrusted.ts
var untrusted = __webpack_require__(881);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/image.ts
/**
 * Read (the artifact): before anything changes, the manifest of the image this run deploys is
 * read with the credentials this job has for its registry, so that a promotion to an environment
 * that may not read the image (the seed builds in one AWS account and runs in another) is refused
 * naming the image, who asked and how to grant the pull, instead of ending in ImagePullBackOff.
 *
 * - ECR (`<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`, the hosts the other ECR code
 *   recognises): BatchGetImage, the call a pull makes, with registryId = the host's account,
 *   through build-push-ecr's SDK wrapper (the SDK's credentials, endpoint and retries). On a
 *   refusal, STS GetCallerIdentity names who asked.
 * - any other registry: GET of the manifest by digest with the registry client (registry.ts),
 *   whose digest is computed from the body; credentials are registry-username/-password when the
 *   image is on the oci:// chart's registry (or there is no oci:// chart), else what the runner's
 *   auth files and credential helpers hold (registryAuth.ts), never sent to another host.
 *
 * What it proves: the artifact exists at that digest and this job's identity can read it. The
 * nodes pull with their own identity (the node role, imagePullSecrets), so it does not prove that
 * they can; the refusal says that the node role needs the grant too. A definite answer (absent,
 * denied, credentials refused) refuses; no answer (unreachable, no credentials to ask with) is a
 * warning under `auto` and a refusal under `on` (inputs.ts IMAGE_CHECK_MODES).
 */





/** What to check, or why nothing is ('' when there is nothing to say: rollback, record). */
function imageToCheck(i) {
    if (i.rollbackTo || i.dryRun === 'record')
        return { skip: '' };
    if (i.imageCheck === 'off')
        return { skip: 'Image not checked (image-check: off).' };
    const { repository: image, digest, tag } = i.image;
    if (!image)
        return { skip: "Image not checked: no image input (the chart's values name it)." };
    if (!digest && (i.imageCheck === 'auto' || !tag))
        return {
            skip: `Image ${image}${tag ? `:${tag}` : ''} not checked: it is not pinned by image-digest (image-check: on resolves a tag).`
        };
    const slash = image.indexOf('/');
    const first = slash > 0 ? image.slice(0, slash) : '';
    // Docker's rule: the first component is a registry when it has a dot or a port, or is localhost.
    const host = /[.:]/.test(first) || first === 'localhost' ? first : '';
    const ref = `${image}${digest ? `@${digest}` : `:${tag}`}`;
    if (!host) {
        const why = `image ${ref} names no registry host (a Docker Hub short name): image-check cannot read it; give <registry>/<repository>, or set image-check: off`;
        if (i.imageCheck === 'on')
            throw new errors/* UserError */.yo(`${why}; nothing was changed`);
        return { skip: `Image not checked: ${why}.` };
    }
    return { host, repository: image.slice(slash + 1), digest, tag, ref };
}
/**
 * Checks the image and logs the result; throws (a UserError, nothing changed) on a refusal, and
 * under image-check: on when it could not check. `chartRef` is the oci:// chart as pulled ('' for
 * a local chart): its host decides whether the registry-* inputs apply to the image's registry.
 */
async function checkImage(i, d, chartRef) {
    const t = imageToCheck(i);
    if ('skip' in t) {
        if (t.skip)
            d.log.info(t.skip);
        return undefined;
    }
    const ecr = (0,imageNames/* parseEcrHost */.wl)(t.host);
    const outcome = ecr ? await readFromEcr(t, ecr, d) : await readFromRegistry(t, i, d, chartRef);
    if (outcome.kind === 'unchecked')
        outcome.why = outcome.why.replace(/[.\s]+$/, '');
    if (outcome.kind === 'readable')
        d.log.info(outcome.line);
    else if (outcome.kind === 'refused')
        throw new errors/* UserError */.yo(`${outcome.message}; nothing was changed`);
    else if (i.imageCheck === 'on')
        throw new errors/* UserError */.yo(`image-check: on could not check ${t.ref}: ${outcome.why}; nothing was changed`);
    else
        d.log.warning(`Image ${t.ref} not checked: ${outcome.why}. The nodes pull it with their own identity; image-check: on makes this a refusal.`);
    return outcome;
}
/**
 * How the pull is granted: within the repository's account, the identities' IAM policies; from
 * another account, the repository policy as well (terraform/modules/ecr pull_accounts), for the
 * node role that pulls the image and the roles that read it before the deploy.
 */
function ecrImageGrant(ecr, askerAccount) {
    const policies = "each role's own IAM policy (node role: AmazonEC2ContainerRegistryReadOnly or the same actions; " +
        'deploy and plan roles: terraform/modules/github-oidc ecr_read_repository_arns, with ecr:GetAuthorizationToken)';
    const docs = 'see docs/promote.md "Cross-account pull"';
    if (askerAccount === ecr.accountId)
        return `grant ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on the repository in ${policies}; ${docs}`;
    return (`grant the pull in the repository policy of account ${ecr.accountId} (terraform/modules/ecr pull_accounts: ` +
        `account_id ${askerAccount ?? '<the target account>'}, principal_arns naming the target cluster's node role, which pulls the image, and ` +
        'the deploy and plan roles, which read it before the deploy; ecr:BatchGetImage, ecr:GetDownloadUrlForLayer) ' +
        `and in ${policies}; ${docs}`);
}
const asked = (who) => who ? `${who.arn} (account ${who.account})` : 'the AWS identity of this job (GetCallerIdentity failed)';
async function readFromEcr(t, ecr, d) {
    const where = `ECR repository ${t.repository} of account ${ecr.accountId} (${ecr.region})`;
    const who = () => callerIdentity(ecr.region, m => d.log.info(m));
    try {
        const { loadEcrApi } = await __webpack_require__.e(/* import() */ 238).then(__webpack_require__.bind(__webpack_require__, 5238));
        const api = await loadEcrApi(ecr.region, m => d.log.info(m));
        const got = await api.imageManifest(t.repository, t.digest ? { digest: t.digest } : { tag: t.tag }, ecr.accountId);
        if (got.found) {
            if (t.digest && got.digest !== t.digest)
                return {
                    kind: 'refused',
                    message: `ECR answered ${got.digest} for ${t.ref} (another digest); refused`
                };
            return {
                kind: 'readable',
                digest: got.digest,
                fact: `readable by this job (ECR BatchGetImage, account ${ecr.accountId})`,
                line: `Image ${t.ref} is readable by this job: ECR BatchGetImage in ${where} returned its manifest${got.mediaType ? ` (${got.mediaType})` : ''}${t.digest ? '' : `, digest ${got.digest}`}.`
            };
        }
        const by = asked(await who());
        if (got.code === 'ImageNotFound')
            return {
                kind: 'refused',
                message: `image ${t.ref} does not exist in ${where}: BatchGetImage as ${by} found no image ${t.digest ? 'with that digest' : 'with that tag'}; ` +
                    'push it there, or for split registries copy it by digest (scripts/workflow/copy-by-digest.sh) and deploy the copy'
            };
        return {
            kind: 'refused',
            message: `ECR BatchGetImage of ${t.ref} as ${by} failed: ${(0,untrusted/* oneLine */.TN)(got.code)}${got.reason ? `: ${(0,untrusted/* oneLine */.TN)(got.reason)}` : ''}`
        };
    }
    catch (err) {
        const e = err;
        const name = e.name ?? '';
        const status = e.$metadata?.httpStatusCode;
        // An error body the SDK could not parse says nothing: the status does.
        const detail = name === 'SyntaxError' || !e.message
            ? `HTTP ${status ?? '?'}`
            : (0,untrusted/* oneLine */.TN)(e.message.split('\n')[0] ?? '').slice(0, 400);
        if (name === 'AccessDeniedException' ||
            name === 'AccessDenied' ||
            (status === 403 && !(err instanceof errors/* UserError */.yo))) {
            const me = await who();
            return {
                kind: 'refused',
                message: `${asked(me)} may not read image ${t.ref} from ${where}: ${ecrImageGrant(ecr, me?.account)} (ECR: ${detail})`
            };
        }
        if (name === 'RepositoryNotFoundException') {
            const me = await who();
            const other = me?.account !== ecr.accountId;
            return {
                kind: 'refused',
                message: other
                    ? `image ${t.ref}: ${where} does not exist or is not visible to ${asked(me)}: create it, or ${ecrImageGrant(ecr, me?.account)} (ECR: ${detail})`
                    : `image ${t.ref}: ${where} does not exist (asked as ${asked(me)}); push the image there (ECR: ${detail})`
            };
        }
        // No answer (no credentials, unreachable, throttled past the retries): said, not hidden.
        if (err instanceof errors/* UserError */.yo)
            return { kind: 'unchecked', why: (0,errors/* describeError */.Uc)(err) };
        throw err;
    }
}
/** The registry-* inputs apply to the image's registry when it is the chart's, or there is no oci:// chart. */
function inputsApplyTo(host, chartRef) {
    return !chartRef || (0,ociRef/* parseOciChartRef */.Yx)(chartRef)?.host === host;
}
async function readFromRegistry(t, i, d, chartRef) {
    const env = d.helmEnv;
    const { loadRegistriesConf, findRegistry } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(934)]).then(__webpack_require__.bind(__webpack_require__, 6934));
    const { findRegistryCredentials } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(858)]).then(__webpack_require__.bind(__webpack_require__, 7858));
    const { RegistryClient, RegistryAuthError, RegistryError } = await __webpack_require__.e(/* import() */ 928).then(__webpack_require__.bind(__webpack_require__, 9928));
    const mask = d.mask ?? (() => undefined);
    const own = inputsApplyTo(t.host, chartRef);
    let credentials;
    let source = '';
    let insecure = own && i.registryPlainHttp;
    try {
        const conf = loadRegistriesConf(env);
        insecure ||= findRegistry(conf, `${t.host}/${t.repository}`)?.insecure ?? false;
        if (own && i.registryUsername && i.registryPassword) {
            credentials = { username: i.registryUsername, password: i.registryPassword };
            source = 'registry-username / registry-password';
        }
        else {
            const found = await findRegistryCredentials(t.host, t.repository, {
                env,
                helpers: conf.credentialHelpers,
                log: m => d.log.info(m)
            });
            if (found) {
                credentials = found.credentials;
                source = found.source;
            }
        }
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            return { kind: 'unchecked', why: (0,errors/* describeError */.Uc)(err) };
        throw err;
    }
    if (credentials)
        mask(credentials.password);
    const client = new RegistryClient({
        registry: t.host,
        insecure,
        env,
        // Under auto an unanswered check is only a warning: one try. Under on it refuses: retried.
        retry: { attempts: i.imageCheck === 'on' ? 3 : 1 },
        ...(credentials ? { credentials } : {})
    });
    const as = credentials ? `user ${credentials.username} (${source})` : 'no credentials';
    try {
        // GET: the digest is computed from the body (HEAD would trust a header).
        const m = await client.getManifest(t.repository, t.digest || t.tag);
        if (!m)
            return {
                kind: 'refused',
                message: `image ${t.ref} does not exist in registry ${t.host} (no manifest ${t.digest ? 'with that digest' : 'with that tag'} in ${t.repository}, read as ${as}); ` +
                    'push it there, or for split registries copy it by digest (scripts/workflow/copy-by-digest.sh) and deploy the copy'
            };
        if (t.digest && m.digest !== t.digest)
            return {
                kind: 'refused',
                message: `registry ${t.host} answered ${m.digest} for ${t.ref} (another digest); refused`
            };
        return {
            kind: 'readable',
            digest: m.digest,
            fact: `readable by this job (registry GET, ${as})`,
            line: `Image ${t.ref} is readable by this job: registry ${t.host} returned its manifest as ${as}${m.mediaType ? ` (${m.mediaType})` : ''}${t.digest ? '' : `, digest ${m.digest}`}.`
        };
    }
    catch (err) {
        if (err instanceof RegistryAuthError && credentials)
            return {
                kind: 'refused',
                message: `registry ${t.host} refused to let ${as} read image ${t.ref} (${(0,untrusted/* oneLine */.TN)(err.message)}): ` +
                    `grant that identity pull access to ${t.repository}, or give this job the registry's credentials (${own ? 'registry-username / registry-password' : "the runner's auth file or credential helper for that host"})`
            };
        if (err instanceof RegistryAuthError)
            return {
                kind: 'unchecked',
                why: `registry ${t.host} wants credentials and this job has none for it (${own ? 'registry-username / registry-password' : "the runner's auth files and credential helpers"}): the nodes may pull with imagePullSecrets`
            };
        if (err instanceof RegistryError)
            return { kind: 'unchecked', why: (0,untrusted/* oneLine */.TN)(err.message) };
        throw err;
    }
    finally {
        client.close();
    }
}
/** The summary's "Image check" fact ('' when nothing was checked). */
function imageCheckFact(o) {
    if (!o)
        return '';
    return o.kind === 'readable' ? o.fact : o.kind === 'unchecked' ? `not checked: ${o.why}` : 'refused';
}

// EXTERNAL MODULE: ./actions/deploy-to-eks/src/steps/diff.ts
var diff = __webpack_require__(1400);
// EXTERNAL MODULE: ./actions/deploy-to-eks/src/helmArgs.ts
var helmArgs = __webpack_require__(5206);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/fingerprintLabels.ts
const FINGERPRINT_LABEL = 'deploy-to-eks.flygtaxi.io/inputs-sha256';
const FINGERPRINT_REVISION_LABEL = 'deploy-to-eks.flygtaxi.io/revision';
/**
 * The fingerprint a revision was deployed with, if the label can be trusted: it must name this
 * revision (labels are carried over by a plain `helm upgrade`), or the revision must be a
 * rollback to the revision it names (helm copies the target's labels on rollback).
 */
function recordedFingerprint(rec) {
    const fp = rec.labels[FINGERPRINT_LABEL];
    const rev = rec.labels[FINGERPRINT_REVISION_LABEL];
    if (!fp || fp === 'null' || !rev)
        return undefined;
    if (rev === String(rec.revision))
        return fp;
    return new RegExp(`^Rollback to ${rev}$`).test(rec.release.info.description ?? '') ? fp : undefined;
}
/** `--labels` for the release about to be created as `revision`. */
function fingerprintLabelArgs(fp, revision) {
    return fp ? ['--labels', `${FINGERPRINT_LABEL}=${fp},${FINGERPRINT_REVISION_LABEL}=${revision}`] : [];
}

// EXTERNAL MODULE: ./actions/deploy-to-eks/src/releaseDiff.ts
var releaseDiff = __webpack_require__(3753);
// EXTERNAL MODULE: ./src/lib/kube.ts
var lib_kube = __webpack_require__(2534);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/serverValidation.ts
/**
 * The server-side dry run done properly: every rendered object is sent to the API server as a
 * server-side apply with dryRun=All, so it passes through the same validation and admission as
 * a real apply (`restartPolicy: Sometimes`, a bad label value, an immutable selector change)
 * while nothing is persisted. `helm --dry-run=server` only checks the OpenAPI schema and would
 * let those through. The manifest parser (yaml) is loaded lazily.
 */

/** `/api/v1` for the core group, `/apis/<group>/<version>` otherwise. */
function groupVersionPath(apiVersion) {
    return apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
}
async function validateOnServer(kube, manifest, namespace, fieldManager = 'helm') {
    const { parseManifest } = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(634)]).then(__webpack_require__.bind(__webpack_require__, 5634));
    const parsed = parseManifest(manifest);
    const problems = parsed.errors.map(e => ({
        object: e.source || `document ${e.index}`,
        message: e.message
    }));
    const skipped = [];
    const discovery = new Map();
    let checked = 0;
    for (const o of parsed.objects) {
        const gv = groupVersionPath(o.apiVersion);
        if (!discovery.has(gv)) {
            const list = await kube.getOptional(gv);
            discovery.set(gv, list?.resources?.filter(r => !r.name.includes('/')));
        }
        const res = discovery.get(gv)?.find(r => r.kind === o.kind);
        if (!res) {
            problems.push({ object: o.id, message: `the cluster does not serve ${o.apiVersion} ${o.kind}` });
            continue;
        }
        const ns = o.namespace || namespace;
        const base = res.namespaced
            ? `${gv}/namespaces/${encodeURIComponent(ns)}/${res.name}`
            : `${gv}/${res.name}`;
        const q = new URLSearchParams({ dryRun: 'All', fieldManager, force: 'true', fieldValidation: 'Strict' });
        try {
            await kube.request('PATCH', `${base}/${encodeURIComponent(o.name)}?${q}`, {
                body: {
                    ...o.doc,
                    metadata: { ...o.doc['metadata'], namespace: res.namespaced ? ns : undefined }
                },
                contentType: 'application/apply-patch+yaml'
            });
            checked++;
        }
        catch (err) {
            if (err instanceof lib_kube/* KubeApiError */.W3 &&
                err.status === 404 &&
                res.namespaced &&
                /namespaces? "?[^"]*"? not found/.test(err.message)) {
                // First install into a namespace helm has not created yet: nothing to validate against.
                skipped.push(`${o.id} (namespace ${ns} does not exist yet)`);
                continue;
            }
            if (err instanceof lib_kube/* KubeApiError */.W3)
                problems.push({ object: o.id, message: err.message });
            else
                throw err;
        }
    }
    return { checked, problems, skipped };
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/plan.ts
/**
 * Plan: decide what the apply step will do, changing nothing. Skip-unchanged first, cheaply when
 * the deployed revision records the fingerprint of the inputs it was deployed with; otherwise
 * (no trustworthy record, or a client/server dry run) render with `helm upgrade --dry-run -o
 * json` and compare with the deployed revision. A server dry run also validates every object on
 * the API server (dryRun=All). A revision that failed a gate (or never finished its gates) is
 * never one to skip to (gates/gateRecord.ts).
 */








/** The would-be release (`helm upgrade --dry-run=<mode> -o json`), or a message why not. */
async function renderRelease(i, d, mode, stream) {
    const res = await (0,src_release/* helmRun */.ku)(d, (0,helmArgs/* helmUpgradeArgs */.E_)(i, d.helm.major, mode), 'dry run', stream);
    if (res.exitCode !== 0)
        return {
            error: `The ${mode}-side dry run of ${i.releaseName} failed; nothing was changed: ${(0,src_release/* helmError */.lY)(res)}`
        };
    const release = (0,releaseDiff/* parseHelmReleaseOutput */.s3)(res.stdout);
    if (!release)
        throw new errors/* UserError */.yo('helm printed no release for the dry run (unexpected output)');
    return { release };
}
async function planDeploy(i, d, s, fingerprint) {
    const { deployed, latest } = s;
    const dryRun = i.dryRun === 'client' || i.dryRun === 'server' ? i.dryRun : undefined;
    const refusal = deployed && i.skipUnchanged ? (0,gateRecord/* skipRefusal */.EE)(deployed, (0,gateRecord/* gatesEnabled */.kn)(i)) : undefined;
    if (refusal && !dryRun)
        d.log.info(`Not skipping: ${refusal}; deploying again so the gates run.`);
    const candidate = !dryRun && i.skipUnchanged && deployed !== undefined && latest === deployed && !refusal
        ? deployed
        : undefined;
    const recorded = candidate ? recordedFingerprint(candidate) : undefined;
    if (candidate && fingerprint && recorded === fingerprint) {
        return {
            kind: 'skip',
            revision: candidate,
            message: `Unchanged: chart, values and image equal revision ${candidate.revision} (inputs fingerprint ${fingerprint.slice(0, 12)}); nothing to deploy.`
        };
    }
    if (candidate && fingerprint && recorded) {
        d.log.info(`Changes against revision ${candidate.revision}: the chart, values or image differ (fingerprint ${recorded.slice(0, 12)} → ${fingerprint.slice(0, 12)}).`);
        return { kind: 'apply', differences: ['inputs (chart, values or image)'] };
    }
    if (!dryRun && !candidate)
        return { kind: 'apply', differences: [] };
    // No trustworthy fingerprint on the deployed revision, or a dry run: render and compare.
    (0,src_release/* checkCancelled */.S5)(d, 'the dry run');
    const mode = dryRun ?? 'server';
    const rendered = await renderRelease(i, d, mode, dryRun !== undefined);
    if (!rendered.release) {
        if (dryRun)
            return { kind: 'dry-run', ok: false, differences: [], error: rendered.error };
        throw new errors/* UserError */.yo(rendered.error ?? 'the dry run failed');
    }
    const next = rendered.release;
    const chart = (0,src_release/* chartNameOf */.FU)(next);
    if (dryRun === 'server') {
        const v = await validateOnServer(d.kube, (0,src_release/* releaseManifest */.Xo)(next), i.namespace);
        for (const sk of v.skipped)
            d.log.warning(`Not validated on the server: ${sk}`);
        if (v.problems.length) {
            const lines = v.problems.map(p => `${p.object}: ${p.message}`);
            d.log.info((0,untrusted/* untrustedText */.Ui)(lines.map(l => `  rejected: ${l}`)));
            return {
                kind: 'dry-run',
                ok: false,
                chart,
                differences: [],
                error: `The server-side dry run of ${i.releaseName} was rejected by the API server; nothing was changed: ${lines.join('; ')}`
            };
        }
        d.log.info(`The API server accepted all ${v.checked} objects (server-side apply, dryRun=All).`);
    }
    if (dryRun) {
        const differences = deployed ? (0,releaseDiff/* releaseDifferences */.mR)(next, deployed.release) : ['first install'];
        d.log.info(`Dry run (${mode}) passed: would ${deployed ? `upgrade revision ${deployed.revision} (changes: ${differences.join(', ') || 'none'})` : 'install'}.`);
        return { kind: 'dry-run', ok: true, chart, differences };
    }
    const cand = candidate;
    const differences = (0,releaseDiff/* releaseDifferences */.mR)(next, cand.release);
    if (!differences.length) {
        return {
            kind: 'skip',
            revision: cand,
            message: `Unchanged: chart, values and rendered manifest equal revision ${cand.revision}; nothing to deploy.`
        };
    }
    d.log.info(`Changes against revision ${cand.revision}: ${differences.join(', ')}.`);
    return { kind: 'apply', differences, chart };
}

// EXTERNAL MODULE: ./actions/deploy-to-eks/src/steps/read.ts
var read = __webpack_require__(2459);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/record.ts
/**
 * Record: every revision this action creates carries what it runs, as Helm release labels
 * (`helm upgrade --labels`, Helm ≥ 3.13; stored as labels of the release record and copied by
 * `helm rollback`), next to the inputs fingerprint:
 *
 *   deploy-to-eks.flygtaxi.io/image-digest    the image manifest digest
 *   deploy-to-eks.flygtaxi.io/chart-digest    sha256 of the chart package (.tgz)
 *   deploy-to-eks.flygtaxi.io/chart-manifest  the chart's OCI manifest digest (oci:// deploys)
 *
 * A Kubernetes label value is at most 63 characters of [A-Za-z0-9._-]; `sha256:` + 64 hex digits
 * does not fit, so a digest is stored as its 256-bit number in base 36 (50 characters; written
 * here because no library does this one conversion). A record is trusted only on the revision it
 * names (or a "Rollback to <n>" of it), the same rule as the fingerprint.
 */


const IMAGE_DIGEST_LABEL = 'deploy-to-eks.flygtaxi.io/image-digest';
const CHART_DIGEST_LABEL = 'deploy-to-eks.flygtaxi.io/chart-digest';
const CHART_MANIFEST_LABEL = 'deploy-to-eks.flygtaxi.io/chart-manifest';
const DIGEST = /^sha256:([a-f0-9]{64})$/;
/** `sha256:<hex>` → base 36 label value ('' when not a sha256 digest). */
function digestToLabel(digest) {
    const m = DIGEST.exec(digest);
    return m ? BigInt(`0x${m[1]}`).toString(36) : '';
}
/** The inverse of digestToLabel ('' when the value is not one). */
function labelToDigest(value) {
    // 'null' is how a removed label is asked for; a first install stores it as given.
    if (!value || value === 'null' || !/^[0-9a-z]{1,50}$/.test(value))
        return '';
    let n = 0n;
    for (const c of value)
        n = n * 36n + BigInt(parseInt(c, 36));
    const hex = n.toString(16);
    return hex.length > 64 ? '' : `sha256:${hex.padStart(64, '0')}`;
}
/** The labels to record on the revision about to be created (one `--labels`, repeated keys merge). */
function recordLabels(a, revision) {
    const labels = {};
    // helm upgrade carries the previous revision's labels over: an unknown digest is removed
    // ('null'), or the new revision would seem to run the old one's.
    const put = (k, d) => {
        labels[k] = digestToLabel(d) || 'null';
    };
    labels[FINGERPRINT_LABEL] = a.fingerprint || 'null';
    put(IMAGE_DIGEST_LABEL, a.imageDigest);
    put(CHART_DIGEST_LABEL, a.chartDigest);
    put(CHART_MANIFEST_LABEL, a.chartManifest);
    labels[FINGERPRINT_REVISION_LABEL] = String(revision);
    return labels;
}
function recordLabelArgs(a, revision) {
    const pairs = Object.entries(recordLabels(a, revision)).map(([k, v]) => `${k}=${v}`);
    return ['--labels', pairs.join(',')];
}
/** What a revision records it runs, NO_ARTIFACT when it has no trustworthy record. */
function recordOf(rec) {
    if (!rec)
        return src_release/* NO_ARTIFACT */.B0;
    const rev = rec.labels[FINGERPRINT_REVISION_LABEL];
    const trusted = !!rev &&
        (rev === String(rec.revision) ||
            new RegExp(`^Rollback to ${rev}$`).test(rec.release.info.description ?? ''));
    if (!trusted)
        return src_release/* NO_ARTIFACT */.B0;
    return {
        imageDigest: labelToDigest(rec.labels[IMAGE_DIGEST_LABEL]),
        chartDigest: labelToDigest(rec.labels[CHART_DIGEST_LABEL]),
        chartManifest: labelToDigest(rec.labels[CHART_MANIFEST_LABEL]),
        fingerprint: recordedFingerprint(rec) ?? ''
    };
}
/**
 * After the apply: the record as the cluster now stores it on `rec`, compared with what was meant
 * to be recorded. A difference (an older helm without --labels) is a warning, never a failure:
 * the deploy itself succeeded.
 */
function checkRecorded(rec, meant) {
    const artifact = recordOf(rec);
    const missing = [];
    if (meant.imageDigest && artifact.imageDigest !== meant.imageDigest)
        missing.push('image digest');
    if (meant.chartDigest && artifact.chartDigest !== meant.chartDigest)
        missing.push('chart digest');
    if (meant.fingerprint && artifact.fingerprint !== meant.fingerprint)
        missing.push('inputs fingerprint');
    return { artifact: missing.length ? { ...meant } : artifact, missing };
}

// EXTERNAL MODULE: ./actions/deploy-to-eks/src/steps/recover.ts
var recover = __webpack_require__(9031);
;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/rollback.ts
/**
 * Plan for rollback on demand (`rollback-to: previous|<revision>`): which stored revision's
 * content becomes the new revision. Only a revision that once was deployed successfully
 * (superseded or deployed) qualifies; anything else is refused here, before anything changes,
 * naming the revisions that can be rolled back to.
 */

const GOOD = new Set(['deployed', 'superseded']);
function planRollback(i, s) {
    const { deployed } = s;
    const good = s.records.filter(r => GOOD.has(r.status));
    const choices = good.map(r => r.revision).join(', ') || 'none';
    if (!deployed) {
        throw new errors/* UserError */.yo(`rollback-to: release ${i.releaseName} in ${i.namespace} has no deployed revision to roll back from${s.latest ? ` (revision ${s.latest.revision} is ${s.latest.status})` : ' (it does not exist)'}; nothing was changed`);
    }
    let target;
    if (i.rollbackTo === 'previous') {
        target = [...good].reverse().find(r => r.revision < deployed.revision);
        if (!target)
            throw new errors/* UserError */.yo(`rollback-to: previous: release ${i.releaseName} has no successful revision before the deployed revision ${deployed.revision}; nothing was changed`);
    }
    else {
        const n = Number(i.rollbackTo);
        const rec = s.records.find(r => r.revision === n);
        if (!rec)
            throw new errors/* UserError */.yo(`rollback-to: revision ${i.rollbackTo} of ${i.releaseName} does not exist (kept revisions: ${s.records.map(r => r.revision).join(', ')}; successful ones: ${choices}); nothing was changed`);
        if (!GOOD.has(rec.status))
            throw new errors/* UserError */.yo(`rollback-to: revision ${n} of ${i.releaseName} is ${rec.status}, never a successful deploy (successful revisions: ${choices}); nothing was changed`);
        target = rec;
    }
    if (target === deployed)
        return {
            kind: 'nothing',
            revision: target,
            message: `Revision ${target.revision} is already the deployed one; nothing to roll back.`
        };
    return {
        kind: 'rollback',
        revision: target,
        message: `Rolling back ${i.releaseName} from revision ${deployed.revision} to the content of revision ${target.revision}.`
    };
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/steps/source.ts
/**
 * `dry-run: record`, promotion's source: what the environment's last successful revision runs,
 * from its record (steps/record.ts) — image repository and digest, chart name and OCI manifest
 * digest — so the next environment gets exactly that artifact. Refused, naming why, when there is
 * nothing promotable: no successful revision, or one that records no digest to pin.
 */


function valueAt(config, dotted) {
    let v = config;
    for (const k of dotted.split('.'))
        v = v && typeof v === 'object' ? v[k] : undefined;
    return v;
}
function promotionSource(i, s) {
    const where = `release ${i.releaseName} in ${i.namespace}`;
    const rev = s.deployed;
    if (!rev)
        throw new errors/* UserError */.yo(`${where} has no successful revision to promote${s.latest ? ` (revision ${s.latest.revision} is ${s.latest.status})` : ' (it was never deployed)'}; nothing was changed`);
    const a = recordOf(rev);
    const repo = valueAt(rev.release.config, `${i.image.valuesKey}.repository`);
    const meta = rev.release.chart?.metadata ?? {};
    const missing = [];
    if (!a.imageDigest)
        missing.push('no image digest (it was deployed by tag, or not by deploy-to-eks)');
    if (typeof repo !== 'string' || !repo)
        missing.push(`no ${i.image.valuesKey}.repository value`);
    if (!a.chartManifest)
        missing.push('no chart reference (its chart was not deployed from oci://…@sha256:; deploy a chart pushed with package-and-verify push-to, by its chart-ref)');
    if (missing.length)
        throw new errors/* UserError */.yo(`${where}: revision ${rev.revision} cannot be promoted, it records ${missing.join('; ')}; nothing was changed`);
    return {
        revision: rev.revision,
        imageRef: `${repo}@${a.imageDigest}`,
        imageDigest: a.imageDigest,
        chartName: meta.name ?? '',
        chartVersion: meta.version ?? '',
        chartDigest: a.chartDigest,
        chartManifestDigest: a.chartManifest
    };
}

;// CONCATENATED MODULE: ./actions/deploy-to-eks/src/deploy.ts
/**
 * The deploy as named steps over one release model (release.ts), each a module of steps/:
 * chart → read (and, alongside, the image check: steps/image.ts) → recover → plan → apply → verify
 * → record. Rollback on demand is the same steps with another plan (steps/rollback.ts); the dry
 * runs stop after plan (steps/plan.ts, diff.ts, source.ts). Side effects (helm, the Kubernetes
 * client, clock, logger) are injected so tests run this against the real cluster.
 * What only a change needs (the OCI client and tar parser of chart.ts and the fingerprint, helm's
 * apply with its rollout watcher, the gates with Argo Rollouts and Flagger) is imported when it is
 * needed: a dry run or a skip never loads it.
 */















/** `--labels` on upgrade/install exists since Helm 3.13. */
function supportsReleaseLabels(version) {
    const m = /^v?(\d+)\.(\d+)/.exec(version);
    return !!m && (Number(m[1]) > 3 || (Number(m[1]) === 3 && Number(m[2]) >= 13));
}
/** What these inputs will run: image and chart by digest, and the inputs fingerprint. */
async function intendedArtifact(i, helmMajor, chartManifest = '') {
    const { inputsFingerprint } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(412)]).then(__webpack_require__.bind(__webpack_require__, 412));
    return {
        imageDigest: i.image.digest,
        chartDigest: i.chart.kind === 'archive' ? (0,digest/* sha256Digest */.s)((0,external_node_fs_.readFileSync)(i.chart.path)) : '',
        chartManifest,
        fingerprint: inputsFingerprint(i, helmMajor) ?? ''
    };
}
async function deploy(input, d) {
    // chart: an oci:// chart is pulled and checked against its digest before anything else.
    const fetched = input.chart.kind !== 'oci' ? undefined : await (d.fetchedChart ?? fetchOciChart(input, d));
    try {
        return await releaseSteps(fetched?.inputs ?? input, d, fetched?.chartManifest ?? '', fetched?.chartRef ?? '');
    }
    finally {
        fetched?.close();
    }
}
/** The chart step (steps/chart.ts, loaded only for an oci:// chart: the OCI client). */
async function fetchOciChart(i, d) {
    return (await __webpack_require__.e(/* import() */ 567).then(__webpack_require__.bind(__webpack_require__, 1567))).fetchChart(i, d);
}
async function releaseSteps(i, d, chartManifest, chartRef) {
    const started = d.now();
    // The diff's offline render needs nothing from the cluster: it runs while read does.
    const render = i.dryRun === 'diff' ? (d.offlineRender ?? (0,diff/* startOfflineRender */.y)(i, d)) : undefined;
    // read: the release, and (at the same time, read-only too) whether this job can read the image.
    const imageRead = checkImage(i, d, chartRef);
    imageRead.catch(() => undefined);
    let state = await (0,read/* readRelease */.iJ)(i, d);
    const result = (0,src_release/* initialResult */.SZ)(state, state.deployed ? recordOf(state.deployed) : undefined);
    result.chartRef = chartRef;
    d.log.info((0,read/* describeState */.Jw)(i, state));
    try {
        result.imageCheck = imageCheckFact(await imageRead);
        // recover
        state = await deploy_recover(i, d, state, result);
        // plan
        const planned = await plan(i, d, state, result, chartManifest, render);
        if ('done' in planned)
            return planned.done;
        // apply (what Flagger last acted on is read first: the verify step needs the "before")
        const canariesBefore = await (0,read/* readCanarySpecs */.DM)(i, d, state);
        const { applyChange } = await __webpack_require__.e(/* import() */ 307).then(__webpack_require__.bind(__webpack_require__, 9307));
        const after = await applyChange(i, d, state, planned.change, result, started);
        // Failed (and maybe rolled back by helm): the outputs name what the deployed revision runs.
        if (!result.ok)
            return { ...result, to: after.deployed ? recordOf(after.deployed) : undefined };
        // verify
        const revision = after.records.find(r => String(r.revision) === result.revision) ?? after.latest;
        await (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(99), __webpack_require__.e(171)]).then(__webpack_require__.bind(__webpack_require__, 6171))).verifyRelease(i, d, result, revision, state.deployed, canariesBefore);
        // record
        await record(i, d, result, revision, planned.meant);
        return result;
    }
    catch (err) {
        // Stopped before or between steps: what is known so far goes with the error.
        // Anything else is a bug, reported as such by the entry.
        if (err instanceof src_release/* ReleaseFailure */.WA || !(err instanceof errors/* UserError */.yo))
            throw err;
        throw new src_release/* ReleaseFailure */.WA((0,errors/* describeError */.Uc)(err), result, err.details);
    }
}
/** Recover runs only when this run will change the release; a dry run reports and leaves it. */
async function deploy_recover(i, d, s, result) {
    if (i.dryRun !== 'none') {
        if (s.latest && releaseStore/* PENDING */.eG.has(s.latest.status))
            d.log.warning(`Revision ${s.latest.revision} is ${s.latest.status}; a dry run does not recover it.`);
        return s;
    }
    result.recovery = await (0,recover/* recoverStuck */.R)(i, d, s);
    return result.recovery ? (0,read/* readRelease */.iJ)(i, d) : s;
}
async function plan(i, d, s, result, chartManifest, render) {
    const unchanged = { ...result, to: result.from };
    if (i.rollbackTo) {
        const target = planRollback(i, s);
        d.log.info(target.message);
        if (target.kind === 'nothing')
            return {
                done: {
                    ...unchanged,
                    ok: true,
                    revision: String(target.revision.revision),
                    status: target.revision.status
                }
            };
        result.rollbackOf = String(target.revision.revision);
        return { change: { kind: 'rollback', revision: target.revision.revision } };
    }
    if (i.dryRun === 'record') {
        const src = promotionSource(i, s);
        d.log.info(`Revision ${src.revision} of ${i.releaseName} runs ${src.imageRef} and chart ${src.chartName} ${src.chartVersion} (chart package ${src.chartDigest || '-'}, OCI manifest ${src.chartManifestDigest}).`);
        return {
            done: { ...unchanged, ok: true, status: 'dry-run', revision: String(src.revision), source: src }
        };
    }
    if (i.dryRun === 'diff')
        return { done: await (0,diff/* planDiff */.R)(i, d, s, unchanged, render) };
    const meant = i.dryRun === 'none' ? await intendedArtifact(i, d.helm.major, chartManifest) : undefined;
    const p = await planDeploy(i, d, s, meant?.fingerprint || undefined);
    if (p.kind === 'skip') {
        d.log.info(p.message);
        return {
            done: { ...unchanged, ok: true, revision: String(p.revision.revision), status: p.revision.status }
        };
    }
    result.differences = p.differences;
    if (p.chart)
        result.chart = p.chart;
    if (p.kind === 'dry-run')
        return {
            done: p.ok
                ? { ...result, to: result.from, ok: true, status: 'dry-run', changed: p.differences.length > 0 }
                : { ...result, error: p.error }
        };
    const labelArgs = supportsReleaseLabels(d.helm.version)
        ? [
            ...recordLabelArgs(meant, (s.latest?.revision ?? 0) + 1),
            ...(0,gateRecord/* gateLabelArgs */.P5)((0,gateRecord/* gatesEnabled */.kn)(i), s.latest === undefined)
        ]
        : [];
    return { change: { kind: 'upgrade', labelArgs }, meant };
}
/** record: what the deployed revision now runs, as the cluster stores it; from → to in the log. */
async function record(i, d, result, revision, meant) {
    if (result.rolledBack) {
        // A gate failed and the release went back: it runs what the deployed revision records.
        const now = await (0,read/* readRelease */.iJ)(i, d).catch(() => undefined);
        result.to = now?.deployed ? recordOf(now.deployed) : undefined;
    }
    else if (!meant)
        result.to = recordOf(revision);
    else {
        const { artifact, missing } = checkRecorded(revision, meant);
        result.to = artifact;
        if (missing.length && supportsReleaseLabels(d.helm.version))
            d.log.warning(`Revision ${result.revision} does not record its ${missing.join(', ')} (release labels).`);
    }
    const moves = (0,src_release/* artifactMoves */.ze)(result.from, result.to);
    if (moves.length)
        d.log.info(`Runs now: ${moves.join('; ')}.`);
}


/***/ }),

/***/ 7772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EE: () => (/* binding */ skipRefusal),
/* harmony export */   P5: () => (/* binding */ gateLabelArgs),
/* harmony export */   kn: () => (/* binding */ gatesEnabled),
/* harmony export */   lX: () => (/* binding */ recordPath),
/* harmony export */   mm: () => (/* binding */ recordGateVerdict)
/* harmony export */ });
/* unused harmony exports GATES_LABEL, FAILED_GATE_LABEL */
const GATES_LABEL = 'deploy-to-eks.flygtaxi.io/gates';
const FAILED_GATE_LABEL = 'deploy-to-eks.flygtaxi.io/failed-gate';
/**
 * `--labels` for the upgrade that creates a revision: pending when gates will run, else none.
 * `null` (delete the inherited label) means something only to an upgrade: an install would
 * store the word itself.
 */
function gateLabelArgs(gatesEnabled, firstInstall) {
    if (firstInstall)
        return gatesEnabled ? ['--labels', `${GATES_LABEL}=pending`] : [];
    return ['--labels', `${GATES_LABEL}=${gatesEnabled ? 'pending' : 'null'},${FAILED_GATE_LABEL}=null`];
}
/** The API path of a revision's record (a Secret, or a ConfigMap with HELM_DRIVER=configmap). */
function recordPath(namespace, rec) {
    const kind = rec.driver === 'configmap' ? 'configmaps' : 'secrets';
    return `/api/v1/namespaces/${encodeURIComponent(namespace)}/${kind}/${encodeURIComponent(rec.secretName)}`;
}
/** Records the verdict on the revision's release record (merge patch of two labels). */
async function recordGateVerdict(kube, namespace, rec, verdict, failedGate = '') {
    await kube.mergePatch(recordPath(namespace, rec), {
        metadata: { labels: { [GATES_LABEL]: verdict, [FAILED_GATE_LABEL]: failedGate || null } }
    });
}
/**
 * Why skip-unchanged must not skip to this revision, or undefined when it may: it failed a gate,
 * its gates never finished, or gates are enabled now and never ran on it.
 */
function skipRefusal(rec, gatesEnabled) {
    const verdict = rec.labels[GATES_LABEL];
    const where = `revision ${rec.revision}`;
    if (verdict === 'failed') {
        const gate = rec.labels[FAILED_GATE_LABEL];
        return `${where} failed the ${gate || 'post-deploy'} gate`;
    }
    if (verdict === 'pending')
        return `${where}'s gates never finished (the run that deployed it stopped first)`;
    if (verdict === undefined && gatesEnabled)
        return `${where} was deployed without the gates that are enabled now`;
    return undefined;
}
/** Whether this run has gates (a smoke request or helm test). */
function gatesEnabled(i) {
    // Rollout following is not counted: it runs whenever the release has Rollouts, gate or not.
    return !!i.smoke || i.gates.helmTest;
}


/***/ }),

/***/ 85:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ secretToRecord),
/* harmony export */   W2: () => (/* binding */ markReleaseFailed),
/* harmony export */   W_: () => (/* binding */ listReleaseRecords),
/* harmony export */   eG: () => (/* binding */ PENDING),
/* harmony export */   lA: () => (/* binding */ planRecovery),
/* harmony export */   p1: () => (/* binding */ releaseDriverFromEnv)
/* harmony export */ });
/* unused harmony exports decodeReleaseData, encodeReleaseData, deployedRecord */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
/**
 * Helm's release records as the Kubernetes API stores them (Helm 3 and 4 share the format), in
 * the storage backend HELM_DRIVER selects, exactly as helm does:
 * - `secret`/`secrets` (helm's default): Secrets `sh.helm.release.v1.<name>.v<revision>` of type
 *   helm.sh/release.v1; `data.release` is base64 (the Secret encoding) of base64(gzip(JSON));
 * - `configmap`/`configmaps`: ConfigMaps of the same name and labels; `data.release` is
 *   base64(gzip(JSON)) as a string.
 * Both are labelled owner=helm, name, status, version. `memory` (nothing stored in the cluster)
 * and `sql` (a PostgreSQL database this action has no client for) are refused by name before
 * anything is changed, so stuck-release recovery and skip-unchanged never work from a store helm
 * does not use. Reading the records directly is one API call, cheaper than `helm history` plus
 * `helm get`, and it is the only way to mark a stuck release failed: Helm has no command for that
 * and refuses every operation while a release is pending.
 */


/** The release store of HELM_DRIVER, as helm reads it; a UserError for one this action cannot read. */
function releaseDriverFromEnv(env) {
    const raw = (env['HELM_DRIVER'] ?? '').trim();
    const d = raw.toLowerCase();
    if (d === '' || d === 'secret' || d === 'secrets')
        return 'secret';
    if (d === 'configmap' || d === 'configmaps')
        return 'configmap';
    if (d === 'memory')
        throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('HELM_DRIVER=memory keeps releases only inside one helm process, so nothing could be upgraded, recovered or rolled back across runs: unset HELM_DRIVER (Secrets) or use configmap');
    if (d === 'sql')
        throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('HELM_DRIVER=sql (releases in PostgreSQL) is not supported by this action: it reads release records from the cluster for stuck-release recovery and skip-unchanged; unset HELM_DRIVER (Secrets) or use configmap');
    throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HELM_DRIVER="${raw}" is not a helm storage driver (secret, configmap, memory or sql); this action supports secret and configmap`);
}
const PENDING = new Set([
    'pending-install',
    'pending-upgrade',
    'pending-rollback'
]);
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
/** `data.release` (as the API returns it) → release JSON. */
function decodeReleaseData(data, driver = 'secret') {
    const helmB64 = driver === 'secret' ? Buffer.from(data, 'base64').toString('utf8') : data;
    let raw = Buffer.from(helmB64, 'base64');
    if (raw.subarray(0, 3).equals(GZIP_MAGIC))
        raw = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(raw);
    return JSON.parse(raw.toString('utf8'));
}
/** Release JSON → `data.release` value for the API (the inverse of decodeReleaseData). */
function encodeReleaseData(rel, driver = 'secret') {
    const gz = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(Buffer.from(JSON.stringify(rel), 'utf8'), { level: node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_BEST_COMPRESSION });
    const helmB64 = gz.toString('base64');
    return driver === 'secret' ? Buffer.from(helmB64, 'utf8').toString('base64') : helmB64;
}
/** A Secret (or, with driver configmap, a ConfigMap) as a release record. */
function secretToRecord(s, driver = 'secret') {
    if (!s.data?.release)
        return undefined;
    const release = decodeReleaseData(s.data.release, driver);
    const labels = s.metadata.labels ?? {};
    const stamp = Number(labels['modifiedAt'] ?? labels['createdAt'] ?? NaN);
    const updatedAt = Number.isFinite(stamp)
        ? new Date(stamp * 1000)
        : new Date(release.info.last_deployed ?? s.metadata.creationTimestamp ?? 0);
    return {
        secretName: s.metadata.name,
        driver,
        resourceVersion: s.metadata.resourceVersion ?? '',
        revision: release.version,
        status: (release.info.status ?? labels['status'] ?? 'unknown'),
        updatedAt,
        labels,
        release
    };
}
const storePath = (namespace, driver) => `/api/v1/namespaces/${encodeURIComponent(namespace)}/${driver === 'secret' ? 'secrets' : 'configmaps'}`;
/** Every stored revision of a release, oldest first, from the store HELM_DRIVER selects. */
async function listReleaseRecords(kube, namespace, name, driver = releaseDriverFromEnv(process.env)) {
    const items = await kube.list(storePath(namespace, driver), {
        labelSelector: `owner=helm,name=${name}`
    });
    return items
        .map(s => secretToRecord(s, driver))
        .filter((r) => r !== undefined)
        .sort((a, b) => a.revision - b.revision);
}
/**
 * Marks a stuck revision failed, the way Helm itself records a failed operation: status label and
 * info.status. The resourceVersion precondition makes this a no-op conflict (HTTP 409) if another
 * run touched the record meanwhile, so a live operation is never overwritten.
 */
async function markReleaseFailed(kube, namespace, rec, why, now) {
    const release = {
        ...rec.release,
        info: { ...rec.release.info, status: 'failed', description: why }
    };
    const driver = rec.driver ?? 'secret';
    await kube.mergePatch(`${storePath(namespace, driver)}/${encodeURIComponent(rec.secretName)}`, {
        metadata: {
            resourceVersion: rec.resourceVersion,
            labels: { status: 'failed', modifiedAt: String(Math.floor(now.getTime() / 1000)) }
        },
        data: { release: encodeReleaseData(release, driver) }
    });
}
/**
 * What to do about the latest revision. A pending revision younger than `timeoutSeconds` may
 * belong to a run that is still waiting on its own `--timeout`, so it is not touched.
 */
function planRecovery(records, now, timeoutSeconds) {
    const latest = records[records.length - 1];
    if (!latest || !PENDING.has(latest.status))
        return { action: 'none' };
    const ageSeconds = Math.max(0, Math.round((now.getTime() - latest.updatedAt.getTime()) / 1000));
    if (ageSeconds < timeoutSeconds)
        return { action: 'busy', stuck: latest, ageSeconds };
    const earlier = records.filter(r => r.revision < latest.revision);
    const good = [...earlier].reverse().find(r => r.status === 'deployed') ??
        [...earlier].reverse().find(r => r.status === 'superseded');
    if (good)
        return { action: 'rollback', stuck: latest, to: good.revision, ageSeconds };
    if (latest.status === 'pending-install' &&
        earlier.every(r => r.status === 'uninstalled' || r.status === 'failed')) {
        return { action: 'uninstall', stuck: latest, ageSeconds };
    }
    return { action: 'mark-failed', stuck: latest, ageSeconds };
}
/** The revision a user would call "the deployed one" (status deployed, highest). */
function deployedRecord(records) {
    return [...records].reverse().find(r => r.status === 'deployed');
}


/***/ }),

/***/ 2459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ readCanarySpecs),
/* harmony export */   Jw: () => (/* binding */ describeState),
/* harmony export */   iJ: () => (/* binding */ readRelease)
/* harmony export */ });
/* harmony import */ var _releaseStore__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85);
/* harmony import */ var _release__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6098);


async function readRelease(i, d) {
    return (0,_release__WEBPACK_IMPORTED_MODULE_1__/* .stateOf */ .L4)(await (0,_releaseStore__WEBPACK_IMPORTED_MODULE_0__/* .listReleaseRecords */ .W_)(d.kube, i.namespace, i.releaseName, (0,_releaseStore__WEBPACK_IMPORTED_MODULE_0__/* .releaseDriverFromEnv */ .p1)(d.helmEnv)));
}
/**
 * Each Flagger Canary's snapshot (lastAppliedSpec, Promoted condition) before helm changes an
 * existing release (one API call); undefined for a first install (nothing there yet) or when it
 * cannot be read.
 */
async function readCanarySpecs(i, d, s) {
    if (!s.deployed)
        return undefined;
    // The Flagger follower is loaded only when a change is about to be applied.
    return (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 2099))).canarySpecs(d.kube, i.namespace, i.releaseName);
}
/** The one line the log starts with: what is there before this run. */
function describeState(i, s) {
    const { latest, deployed } = s;
    return latest
        ? `Release ${i.releaseName} in ${i.namespace}: revision ${latest.revision} is ${latest.status}${deployed && deployed !== latest ? ` (deployed: ${deployed.revision})` : ''}.`
        : `Release ${i.releaseName} does not exist in ${i.namespace} yet: first install.`;
}


/***/ }),

/***/ 9031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ recoverStuck)
/* harmony export */ });
/* harmony import */ var _src_lib_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _src_lib_kube__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2534);
/* harmony import */ var _helmArgs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5206);
/* harmony import */ var _releaseStore__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85);
/* harmony import */ var _release__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6098);
/**
 * Recover: a release whose latest revision is pending-install/upgrade/rollback blocks every helm
 * operation. Young (within the timeout): another run may own it, so refuse and change nothing.
 * Old: mark it failed (Helm has no command for that) and roll back to the last good revision, or
 * uninstall a first install that never completed. The decision is releaseStore's planRecovery.
 */





/** What was done ('' = nothing was stuck); throws a UserError when the release must be left alone. */
async function recoverStuck(i, d, s) {
    const latest = s.latest;
    if (!latest || !_releaseStore__WEBPACK_IMPORTED_MODULE_3__/* .PENDING */ .eG.has(latest.status))
        return '';
    const plan = (0,_releaseStore__WEBPACK_IMPORTED_MODULE_3__/* .planRecovery */ .lA)(s.records, d.now(), i.timeoutSeconds);
    if (plan.action === 'none')
        return '';
    const where = `release ${i.releaseName} revision ${latest.revision} is ${latest.status}`;
    if (plan.action === 'busy') {
        throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Another deploy is changing ${i.releaseName} right now: revision ${latest.revision} is ${latest.status}, last updated ${plan.ageSeconds}s ago (less than the ${i.timeoutSeconds}s timeout). ` +
            'Nothing was changed; re-run when it has finished (use a workflow `concurrency` group per release to queue deploys).');
    }
    if (!i.recoverStuck) {
        throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where} (left by a cancelled or killed run ${plan.ageSeconds}s ago) and recover-stuck is false; nothing was changed`);
    }
    const why = `Marked failed by deploy-to-eks: stuck in ${latest.status} for ${plan.ageSeconds}s (a cancelled or killed run)`;
    d.log.startGroup(`Recovering stuck release: ${where} for ${plan.ageSeconds}s`);
    try {
        try {
            await (0,_releaseStore__WEBPACK_IMPORTED_MODULE_3__/* .markReleaseFailed */ .W2)(d.kube, i.namespace, latest, why, d.now());
        }
        catch (err) {
            if (err instanceof _src_lib_kube__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W3 && err.status === 409) {
                throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Another deploy changed ${i.releaseName} while this run was recovering it; nothing else was changed. Re-run.`);
            }
            throw err;
        }
        d.log.info(`Marked revision ${latest.revision} failed (it was ${latest.status}).`);
        let msg;
        if (plan.action === 'rollback') {
            const res = await (0,_release__WEBPACK_IMPORTED_MODULE_4__/* .helmRun */ .ku)(d, (0,_helmArgs__WEBPACK_IMPORTED_MODULE_2__/* .helmRollbackArgs */ .S6)(i, plan.to, d.helm.major, false), 'rollback');
            if (res.exitCode !== 0)
                throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Rolling back the stuck release ${i.releaseName} to revision ${plan.to} failed: ${(0,_release__WEBPACK_IMPORTED_MODULE_4__/* .helmError */ .lY)(res)}`);
            msg = `Recovered: revision ${latest.revision} (${latest.status}) marked failed and rolled back to revision ${plan.to}.`;
        }
        else if (plan.action === 'uninstall') {
            const res = await (0,_release__WEBPACK_IMPORTED_MODULE_4__/* .helmRun */ .ku)(d, (0,_helmArgs__WEBPACK_IMPORTED_MODULE_2__/* .helmUninstallArgs */ .kN)(i, d.helm.major), 'uninstall');
            if (res.exitCode !== 0)
                throw new _src_lib_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Cleaning up the never-completed install of ${i.releaseName} failed: ${(0,_release__WEBPACK_IMPORTED_MODULE_4__/* .helmError */ .lY)(res)}`);
            msg = `Recovered: the first install (revision ${latest.revision}) never completed; it was marked failed and uninstalled with helm.`;
        }
        else {
            msg = `Recovered: revision ${latest.revision} (${latest.status}) marked failed; no earlier good revision to roll back to.`;
        }
        d.log.info(msg);
        return msg;
    }
    finally {
        d.log.endGroup();
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