"use strict";
exports.id = 694;
exports.ids = [694];
exports.modules = {

/***/ 8694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  StepFailed: () => (/* binding */ StepFailed),
  lintFindings: () => (/* binding */ lintFindings),
  packageAndVerify: () => (/* binding */ packageAndVerify),
  run: () => (/* binding */ run),
  shouldFail: () => (/* binding */ shouldFail),
  stepFailureSummary: () => (/* binding */ stepFailureSummary)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/entry.ts + 1 modules
var entry = __webpack_require__(8237);
// EXTERNAL MODULE: ./src/lib/errors.ts
var lib_errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/exec.ts
var exec = __webpack_require__(766);
// EXTERNAL MODULE: ./src/lib/helm.ts
var helm = __webpack_require__(7407);
;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/helmArgs.ts
/**
 * The helm command lines this action runs, as pure argv builders (tested by tables). Values
 * files and --set lines go to lint and template alike, so what is linted is what is rendered.
 */

/**
 * The version as a cluster reports it: an API server always says major.minor.patch, while helm
 * keeps `--kube-version 1.33` as `v1.33`, which charts matching `.Capabilities.KubeVersion.Version`
 * against `v[0-9]+\.[0-9]+\.[0-9]+` (velero's kubectl image tag) turn into an empty value.
 */
function clusterKubeVersion(v) {
    return /^v?\d+\.\d+$/.test(v) ? `${v}.0` : v;
}
function valuesArgs(i) {
    const args = ['--namespace', i.namespace, ...(0,helm/* helmValuesArgs */.md)(i.valuesFiles, i.set)];
    if (i.kubeVersion)
        args.push('--kube-version', clusterKubeVersion(i.kubeVersion));
    return args;
}
/**
 * `caFile` verifies https repositories and OCI registries behind a private CA; `plainHttp` is for
 * OCI registries on the loopback interface only (as Docker treats 127.0.0.0/8), never a remote one.
 */
function helmDependencyBuildArgs(chart, o = {}) {
    const args = ['dependency', 'build', chart];
    if (o.caFile)
        args.push('--ca-file', o.caFile);
    if (o.plainHttp)
        args.push('--plain-http');
    return args;
}
/** `--api-versions` as one comma-separated flag (helm splits it), none when the list is empty. */
function apiVersionsArgs(apiVersions) {
    return apiVersions.length ? ['--api-versions', apiVersions.join(',')] : [];
}
/** Lints the packaged .tgz: what ships, with the version and appVersion it was packaged with. */
function helmLintArgs(packagePath, i, apiVersions = []) {
    return ['lint', packagePath, '--strict', ...valuesArgs(i), ...apiVersionsArgs(apiVersions)];
}
function helmPackageArgs(chart, i) {
    const args = ['package', chart, '--destination', i.destination];
    if (i.chartVersion)
        args.push('--version', i.chartVersion);
    if (i.appVersion)
        args.push('--app-version', i.appVersion);
    return args;
}
/** Renders the packaged .tgz (not the source directory): what is verified is what gets deployed. */
function helmTemplateArgs(releaseName, packagePath, i, apiVersions = []) {
    return ['template', releaseName, packagePath, ...valuesArgs(i), ...apiVersionsArgs(apiVersions)];
}
/** The path from `Successfully packaged chart and saved it to: <path>`. */
function parsePackagedPath(stdout) {
    const m = /saved it to:\s*(.+?)\s*$/m.exec(stdout);
    return m?.[1];
}
/** `[ERROR] templates/x.yaml: message` lines of `helm lint` output. */
function parseLintOutput(text) {
    const out = [];
    for (const line of text.split('\n')) {
        const m = /^\s*\[(INFO|WARNING|ERROR)\]\s+(.*)$/.exec(line);
        if (!m)
            continue;
        const rest = m[2].trim();
        const pm = /^([\w.\-/]+?):\s+(.*)$/.exec(rest);
        out.push({
            level: m[1],
            path: pm ? pm[1] : '',
            message: pm ? pm[2] : rest
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/lib/untrusted.ts
var untrusted = __webpack_require__(881);
;// CONCATENATED MODULE: ./actions/package-and-verify-helm-chart/src/run.ts
/**
 * The work, after the inputs are valid, in the skeleton's shape (src/lib/entry.ts): `run(ctx)`
 * resolves helm through withHelm (src/lib/helm.ts: work starts on the PATH helm while its version
 * is checked, and starts over on an installed one when the version is wrong) and fails the step
 * with the result attached when the policy says so. packageAndVerify is one attempt: dependency
 * build when needed (its repositories added to a private helm config first), package, check the
 * package's contents, then lint and render the packaged chart side by side and verify the render.
 * What is linted and verified is what ships. At most three helm processes per run besides the
 * version check and the dependency steps. Any failure carries a job summary naming the step that
 * failed. This module stays light (no YAML parser, zlib or crypto): helm starts first, and
 * analyze.ts loads while helm works.
 */








/** `policy/v1beta1 PodDisruptionBudget is deprecated in v1.21+, …` of helm lint. */
const LINT_DEPRECATION = /^(\S+) (\S+) is (?:deprecated|removed) in /;
function lintFindings(res, rendered) {
    const all = parseLintOutput(res.stdout + '\n' + res.stderr).filter(m => m.level !== 'INFO');
    const msgs = all.filter(m => {
        const d = LINT_DEPRECATION.exec(m.message);
        return !d || !rendered || rendered(m.path, d[1], d[2]);
    });
    // Failed only because of messages that do not apply: nothing to report.
    const stale = all.length > 0 && msgs.length < all.length;
    const failed = res.exitCode !== 0 && !(stale && msgs.every(m => m.level !== 'ERROR'));
    const findings = msgs.map(m => ({
        level: m.level === 'ERROR' || failed ? 'error' : 'warning',
        check: 'lint',
        message: m.message,
        object: '',
        source: m.path
    }));
    if (res.exitCode !== 0 && findings.length === 0 && !stale) {
        findings.push({
            level: 'error',
            check: 'lint',
            message: `helm lint --strict failed: ${(0,exec/* tail */.RT)(res.stderr || res.stdout, 5)}`,
            object: '',
            source: ''
        });
    }
    return findings;
}
/** A top-level scalar of Chart.yaml without a YAML parser (only for a fallback file name). */
function chartField(chartYaml, key) {
    return new RegExp(`^${key}:\\s*["']?([^"'\\s]+)`, 'm').exec(chartYaml)?.[1] ?? '';
}
function shouldFail(inputs, findings) {
    // A render that does not parse cannot be deployed, whatever the policy.
    if (findings.some(f => f.check === 'parse'))
        return true;
    return inputs.policy === 'strict' && findings.some(f => f.level === 'error' && f.exempted === undefined);
}
/** Settles a promise into a value, so awaiting it later never throws or goes unhandled. */
function settle(p) {
    return p.then(value => ({ ok: true, value }), (error) => ({ ok: false, error }));
}
/** The action's work: one attempt per helm tried, then the policy's verdict. */
async function run(ctx, deps = {}) {
    const { inputs, rt } = ctx;
    const helmOpts = {
        helmPath: inputs.helmPath || undefined,
        version: inputs.helmVersion || undefined,
        env: rt.env,
        log: (m) => rt.info(m),
        downloadBaseUrl: inputs.helmDownloadUrl
    };
    const result = await (0,helm/* withHelm */.pG)(helmOpts, (helm, confirmHelm) => packageAndVerify(inputs, { rt, helm, confirmHelm, env: rt.env }), deps.helm);
    if (result.failed) {
        const errors = result.findings.filter(f => f.level === 'error' && f.exempted === undefined);
        const parse = result.findings.some(f => f.check === 'parse');
        throw new entry/* ActionFailure */.dR(parse
            ? `the render of ${result.chartName} ${result.chartVersion} has documents that do not parse`
            : `${errors.length} error-level finding${errors.length === 1 ? '' : 's'} in ${result.chartName} ${result.chartVersion} (policy strict); see the annotations and the job summary`, result);
    }
    rt.info((0,untrusted/* untrustedText */.Ui)(`${result.chartName} ${result.chartVersion}: ${result.findings.length} finding(s), policy ${inputs.policy}`));
    return result;
}
/**
 * One attempt (a HelmAttempt of withHelm). `deps.confirmHelm`, when given, is the pending version
 * check of `deps.helm`: lint and package start before it settles (they take the same arguments
 * whatever the version), and when it says the version is wrong their results are discarded, the
 * package removed, and undefined returned (nothing reported) so run() can install the right helm.
 */
async function packageAndVerify(inputs, deps) {
    const state = { step: 'reading the chart', findings: [] };
    try {
        return await runSteps(inputs, deps, state);
    }
    catch (err) {
        // A user-facing failure carries the summary of the step that failed (the summary hook writes it).
        if (!(err instanceof lib_errors/* UserError */.yo) || err instanceof StepFailed)
            throw err;
        const { failureSummaryMarkdown, TemplateLocator } = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(232)]).then(__webpack_require__.bind(__webpack_require__, 9232));
        const summary = failureSummaryMarkdown({ chart: external_node_path_.basename(inputs.chart), step: state.step, detail: err.message, policy: inputs.policy }, state.findings, new TemplateLocator(inputs.chart, inputs.workspace));
        throw new StepFailed(err.message, summary, err.details);
    }
}
/** A failure of one step of the run, with the job summary that says which and why. */
class StepFailed extends lib_errors/* UserError */.yo {
    summary;
    constructor(message, summary, details = []) {
        super(message, details);
        this.summary = summary;
        this.name = 'StepFailed';
    }
}
/** The summary a failed step left, for the skeleton's summary hook; undefined for other errors. */
function stepFailureSummary(err) {
    return err instanceof StepFailed ? err.summary : undefined;
}
async function runSteps(inputs, deps, state) {
    const { rt } = deps;
    let helm = deps.helm;
    const helmCommands = [];
    let helmEnv;
    const runHelm = (args, opts = {}) => {
        helmCommands.push(args);
        rt.debug(`helm ${args.join(' ')}`);
        const env = opts.env ?? helmEnv;
        const execOpts = { ...(env ? { env } : {}), ...(opts.input !== undefined ? { input: opts.input } : {}) };
        return helm.run(args, execOpts).then(r => {
            rt.debug(`helm ${args[0]} exited ${r.exitCode} after ${r.durationMs} ms (at ${Math.round(performance.now())} ms)`);
            return r;
        });
    };
    const fail = (what, res) => new lib_errors/* UserError */.yo(`${what} failed (exit ${res.exitCode}):\n${(0,exec/* tail */.RT)(res.stderr || res.stdout)}`);
    let confirmP = deps.confirmHelm ? settle(deps.confirmHelm) : undefined;
    /** The confirmed helm, or undefined when the candidate has the wrong version. */
    const confirm = async () => {
        if (!confirmP)
            return helm;
        const c = await confirmP;
        confirmP = undefined;
        if (!c.ok)
            throw c.error;
        if (c.value)
            helm = c.value;
        return c.value;
    };
    const chartYaml = (0,external_node_fs_.readFileSync)(external_node_path_.join(inputs.chart, 'Chart.yaml'), 'utf8');
    // Only a chart that declares dependencies can need a dependency build; parse it to find out.
    if (/^dependencies\s*:/m.test(chartYaml)) {
        const { readChartSource, needsDependencyBuild } = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(697), __webpack_require__.e(590)]).then(__webpack_require__.bind(__webpack_require__, 7590));
        const declared = readChartSource(inputs.chart);
        if (needsDependencyBuild(inputs.chart, declared.dependencies)) {
            // Writes into the chart's charts/ directory: only with a helm known to be the right one.
            if (!(await confirm()))
                return undefined;
            const prepared = await prepareDependencySources(inputs, deps, declared.dependencies, runHelm, state);
            helmEnv = prepared.env;
            state.step = 'helm dependency build';
            rt.info((0,untrusted/* untrustedText */.Ui)(`Building the dependencies of ${declared.name} (${declared.dependencies.map(d => d.name).join(', ')})`));
            const dep = await runHelm(helmDependencyBuildArgs(inputs.chart, {
                caFile: inputs.repositoryCaFile,
                plainHttp: prepared.plainHttp
            }));
            if (dep.exitCode !== 0)
                throw fail('helm dependency build', dep);
        }
    }
    state.step = 'helm package';
    (0,external_node_fs_.mkdirSync)(inputs.destination, { recursive: true });
    const pkgP = settle(runHelm(helmPackageArgs(inputs.chart, inputs)));
    const analyzeP = settle(Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(697), __webpack_require__.e(590)]).then(__webpack_require__.bind(__webpack_require__, 7590)));
    let confirmed;
    try {
        confirmed = await confirm();
    }
    catch (err) {
        await pkgP;
        throw err;
    }
    const pkgSettled = await pkgP;
    if (!confirmed) {
        const made = pkgSettled.ok ? parsePackagedPath(pkgSettled.value.stdout) : undefined;
        if (made)
            (0,external_node_fs_.rmSync)(made, { force: true });
        return undefined;
    }
    if (!pkgSettled.ok)
        throw pkgSettled.error;
    const pkg = pkgSettled.value;
    if (pkg.exitCode !== 0)
        throw fail('helm package', pkg);
    const packagePath = external_node_path_.resolve(parsePackagedPath(pkg.stdout) ??
        external_node_path_.join(inputs.destination, `${chartField(chartYaml, 'name')}-${inputs.chartVersion || chartField(chartYaml, 'version')}.tgz`));
    state.step = 'reading the package';
    const analyzed = await analyzeP;
    if (!analyzed.ok)
        throw analyzed.error;
    const a = analyzed.value;
    // The render and the digest are of the rewritten archive: what gets deployed is what was checked.
    const original = (0,external_node_fs_.readFileSync)(packagePath);
    const entries = a.readTgz(original, packagePath);
    const bytes = inputs.reproducible
        ? a.normalizePackage(original, entries, a.packageMtime(deps.env))
        : original;
    if (bytes !== original)
        (0,external_node_fs_.writeFileSync)(packagePath, bytes);
    const digest = a.sha256Digest(bytes);
    // lint and template of the package run side by side: neither needs the other's result.
    const apiVersions = a.apiVersionsFor(inputs);
    const lintP = settle(runHelm(helmLintArgs(packagePath, inputs)));
    const tplP = settle(runHelm(helmTemplateArgs(inputs.releaseName, packagePath, inputs, apiVersions)));
    const source = a.readChartSource(inputs.chart);
    // Contents and metadata come from the package itself: it is what gets deployed.
    const findings = a.checkPackageEntries(entries, {
        name: source.name,
        sourceHasValues: source.hasValues,
        sourceHasSchema: source.hasSchema,
        sourceTemplateCount: source.templateCount
    });
    state.findings = findings;
    const packedChartYaml = a.chartYamlOf(entries, source.name);
    const meta = packedChartYaml
        ? a.parseChartYaml(packedChartYaml, `${external_node_path_.basename(packagePath)}:Chart.yaml`)
        : source;
    rt.setOutput('chart-path', packagePath);
    rt.setOutput('chart-name', meta.name);
    rt.setOutput('chart-version', meta.version);
    rt.setOutput('app-version', meta.appVersion);
    rt.setOutput('chart-digest', digest);
    // Name and versions come from the chart's files: printed so they can never be commands.
    rt.info((0,untrusted/* untrustedText */.Ui)(`Packaged ${meta.name} ${meta.version} (app ${meta.appVersion || '-'}) → ${packagePath} (${digest})`));
    if (apiVersions.length)
        rt.info(`Rendering with ${apiVersions.length} API versions (${inputs.kubeVersion ? `Kubernetes ${inputs.kubeVersion}` : 'api-versions'})`);
    state.step = 'helm lint';
    const lint = await lintP;
    if (!lint.ok)
        throw lint.error;
    state.step = 'helm template';
    const tplSettled = await tplP;
    if (!tplSettled.ok)
        throw tplSettled.error;
    const tpl = tplSettled.value;
    const locator = new a.TemplateLocator(inputs.chart, inputs.workspace);
    if (tpl.exitCode !== 0) {
        findings.push(...lintFindings(lint.value));
        // Helm refuses a template whose output is not YAML: that is a parse finding on the template.
        const parseError = /YAML parse error on ([^\s:]+):\s*(.*)/.exec(tpl.stderr);
        if (parseError)
            findings.push({
                level: 'error',
                check: 'parse',
                message: `helm cannot parse the output of ${parseError[1]}: ${parseError[2].trim()}`,
                object: '',
                source: parseError[1]
            });
        rt.setOutput('findings', findings.length);
        a.emitAnnotations(rt, findings, locator, 'strict');
        throw fail(`helm template of ${external_node_path_.basename(packagePath)}`, tpl);
    }
    state.step = 'verifying the render';
    const renderDir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(inputs.tempDir, 'helm-render-'));
    const manifestPath = external_node_path_.join(renderDir, `${meta.name}-${meta.version}.yaml`);
    // The render may carry Secrets made from values: readable by the runner user only.
    (0,external_node_fs_.writeFileSync)(manifestPath, tpl.stdout, { mode: 0o600 });
    rt.setOutput('manifest-path', manifestPath);
    const parsed = a.parseManifest(tpl.stdout);
    const rendered = (template, apiVersion, kind) => parsed.objects.some(o => o.apiVersion === apiVersion && o.kind === kind && a.templatePathInChart(o.source) === template);
    findings.push(...lintFindings(lint.value, apiVersions.length ? rendered : undefined));
    for (const e of parsed.errors) {
        findings.push({
            level: 'error',
            check: 'parse',
            message: `document ${e.index + 1} does not parse: ${e.message}`,
            object: '',
            source: e.source
        });
    }
    const duplicates = parsed.duplicates.map(d => {
        const line = locator.lineOfKey(d.source, d.key, d.occurrence);
        return {
            level: 'warning',
            check: 'duplicate-key',
            message: `${d.object} maps key "${d.key}" more than once (line ${d.line} of its rendered document${line ? `, template line ${line}` : ''}); Helm keeps the last value`,
            object: d.object,
            source: d.source,
            ...(line ? { line } : {})
        };
    });
    const verified = a.verifyManifest(parsed.objects, {
        requiredKinds: inputs.requiredKinds,
        externalServiceAccounts: inputs.externalServiceAccounts,
        externalSecrets: inputs.externalSecrets,
        namespace: inputs.namespace,
        workloadPolicy: inputs.policy !== 'off',
        exemptions: inputs.exemptions,
        customWorkloads: inputs.customWorkloads,
        earlier: duplicates
    });
    findings.push(...verified);
    const kinds = a.countKinds(parsed.objects);
    const active = findings.filter(f => f.exempted === undefined);
    rt.setOutput('findings', active.length);
    rt.setOutput('kinds', JSON.stringify(kinds));
    for (const f of findings)
        if (f.exempted !== undefined)
            rt.info(`Exempted: ${f.check} on ${f.object}: ${f.message} (${f.exempted})`);
    const failed = shouldFail(inputs, findings);
    a.emitAnnotations(rt, findings, locator, inputs.policy);
    const errors = active.filter(f => f.level === 'error').length;
    const result = failed
        ? 'failed'
        : errors
            ? `passed with ${errors} error-level finding${errors === 1 ? '' : 's'} (policy ${inputs.policy})`
            : 'passed';
    // The job summary's Markdown; the skeleton writes it (src/lib/entry.ts), on failure too.
    const summary = a.summaryMarkdown({
        chartName: meta.name,
        chartVersion: meta.version,
        appVersion: meta.appVersion,
        packagePath,
        digest,
        reproducible: inputs.reproducible,
        manifestPath,
        helm: helm.version,
        policy: inputs.policy,
        valuesFiles: inputs.valuesFiles.map(f => external_node_path_.relative(inputs.workspace, f)),
        kinds,
        result
    }, findings, locator);
    // Only a package that passed verification is pushed (ociPush.ts).
    let chartRef = '';
    if (!failed && inputs.pushTo) {
        state.step = 'pushing the package';
        const { pushVerifiedChart } = await __webpack_require__.e(/* import() */ 950).then(__webpack_require__.bind(__webpack_require__, 5950));
        const pushed = await pushVerifiedChart(inputs, packagePath, {
            helm,
            env: deps.env,
            mask: secret => rt.setSecret(secret),
            info: m => rt.info(m)
        });
        chartRef = pushed?.ref ?? '';
        rt.setOutput('chart-ref', chartRef);
    }
    return {
        summary: chartRef ? `${summary}\n**Pushed:** \`${chartRef}\`\n` : summary,
        chartRef,
        packagePath,
        chartName: meta.name,
        chartVersion: meta.version,
        appVersion: meta.appVersion,
        digest,
        manifestPath,
        findings,
        kinds,
        helmCommands,
        failed
    };
}
/**
 * Makes the repositories and registries the dependencies name known to helm, in a helm config
 * private to this run; returns the environment helm runs with from then on.
 */
async function prepareDependencySources(inputs, deps, declared, runHelm, state) {
    const d = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(811)]).then(__webpack_require__.bind(__webpack_require__, 8811));
    const sources = d.dependencySources([...declared, ...d.lockedDependencies(inputs.chart)]);
    // Only when every OCI registry is on the loopback interface: never plain HTTP to a remote one.
    const plainHttp = sources.registries.length > 0 && sources.registries.every(d.isLoopbackRegistry);
    const login = sources.registries.length > 0 && inputs.registryUsername !== '';
    if (login)
        deps.rt.setSecret(inputs.registryPassword);
    if (!sources.repositories.length && !login)
        return { env: undefined, plainHttp };
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(inputs.tempDir, 'helm-config-'));
    const env = { ...deps.env, ...d.privateHelmConfig(dir) };
    // Repositories the user added before under a name (`@name`) stay reachable: their entries are
    // copied in, since `helm repo add` here must not write to the user's config.
    if (sources.aliases.length) {
        const userConfig = userRepositoryConfig(deps.env);
        if ((0,external_node_fs_.existsSync)(userConfig))
            (0,external_node_fs_.copyFileSync)(userConfig, env['HELM_REPOSITORY_CONFIG']);
    }
    for (const url of sources.repositories) {
        state.step = `helm repo add ${url}`;
        deps.rt.info(`Adding chart repository ${url} (private helm config)`);
        const res = await runHelm(d.helmRepoAddArgs(url, inputs.repositoryCaFile), { env });
        if (res.exitCode !== 0)
            throw new lib_errors/* UserError */.yo(`helm repo add ${url} failed (exit ${res.exitCode}):\n${(0,exec/* tail */.RT)(res.stderr || res.stdout)}`);
    }
    if (login)
        for (const host of sources.registries) {
            state.step = `helm registry login ${host}`;
            deps.rt.info(`Logging in to ${host} as ${inputs.registryUsername} (private registry config)`);
            const res = await runHelm(d.helmRegistryLoginArgs(host, inputs.registryUsername, inputs.repositoryCaFile), {
                input: inputs.registryPassword,
                env
            });
            if (res.exitCode !== 0)
                throw new lib_errors/* UserError */.yo(`helm registry login ${host} failed (exit ${res.exitCode}):\n${(0,exec/* tail */.RT)(res.stderr || res.stdout)}`);
        }
    return { env, plainHttp };
}
function userRepositoryConfig(env) {
    if (env['HELM_REPOSITORY_CONFIG'])
        return env['HELM_REPOSITORY_CONFIG'];
    const base = env['XDG_CONFIG_HOME'] || external_node_path_.join(env['HOME'] || '', '.config');
    return external_node_path_.join(base, 'helm', 'repositories.yaml');
}


/***/ }),

/***/ 881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Ui: () => (/* binding */ untrustedText)
/* harmony export */ });
/* unused harmony exports couldBeCommand, untrustedLines */
/**
 * Text from untrusted sources (container logs, Kubernetes events, helm and builder output,
 * registry error bodies, file contents) printed so the runner can never read it as a workflow
 * command. The runner treats a stdout line as a command when it starts with `::` after leading
 * whitespace (`::add-mask::`, `::stop-commands::`…) or contains the legacy `##[name]` form
 * anywhere; it also splits lines at a lone `\r`. Such text is printed inside a
 * `::stop-commands::<token>` … `::<token>::` block with a fresh unguessable token (the runner's
 * own mechanism, the one @actions/core's stop-commands support writes), so it reads verbatim in the
 * log. Harmless text is printed as is.
 *
 * Hand-written because @actions/core has no "print this untrusted text" helper; the block is
 * written in one call (one synchronous write), so no command of ours (a mask) can fall inside it.
 */
/** The runner's own line splitting: \r\n, \n and a lone \r all end a line. */
const LINE_BREAK = /\r\n|\r|\n/;
/** True when the runner could take any line of `text` for a workflow command. */
function couldBeCommand(text) {
    return text.split(LINE_BREAK).some(l => l.trimStart().startsWith('::') || l.includes('##['));
}
function newToken() {
    // Loaded on first use only: node:crypto costs tens of ms at start-up (see runtime.ts).
    const { randomBytes } = process.getBuiltinModule('node:crypto');
    return `untrusted-${randomBytes(16).toString('hex')}`;
}
/**
 * `lines` ready to print, one string per runner line: unchanged when none could be a command,
 * else wrapped in a stop-commands block whose token none of them contains.
 */
function untrustedLines(lines, token = newToken) {
    const flat = lines.flatMap(l => l.split(LINE_BREAK));
    if (!flat.some(l => couldBeCommand(l)))
        return flat;
    let t = token();
    while (flat.some(l => l.includes(t)))
        t = token();
    return [`::stop-commands::${t}`, ...flat, `::${t}::`];
}
/** One string to print with a single write (lines joined by \n), see `untrustedLines`. */
function untrustedText(text, token) {
    return untrustedLines(typeof text === 'string' ? [text] : text, token).join('\n');
}
/**
 * Untrusted text to embed in one of our own messages (an error, a retry line): line breaks and
 * runs of whitespace become one space, and it is cut at `max` characters, so it can never
 * start a line of its own. Printing the message still goes through untrustedText.
 */
function oneLine(text, max = 300) {
    const t = text.replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max)}…` : t;
}


/***/ })

};
;