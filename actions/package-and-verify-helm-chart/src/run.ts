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
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import * as path from 'node:path';
import { ActionFailure, type ActionContext } from '../../../src/lib/entry';
import { UserError } from '../../../src/lib/errors';
import { tail, type ExecResult } from '../../../src/lib/exec';
import { withHelm, type Helm, type HelmSources } from '../../../src/lib/helm';
import type { Runtime } from '../../../src/lib/runtime';
import {
  helmDependencyBuildArgs,
  helmLintArgs,
  helmPackageArgs,
  helmTemplateArgs,
  parseLintOutput,
  parsePackagedPath
} from './helmArgs';
import type { ChartDependency } from './chartSource';
import type { Inputs } from './inputs';
import type { Finding } from './verify';
import { untrustedText } from '../../../src/lib/untrusted';

export type RunRuntime = Pick<
  Runtime,
  'info' | 'debug' | 'warning' | 'error' | 'notice' | 'setOutput' | 'setSecret'
>;

/** Side effects of run() that tests replace: where helm comes from. */
export interface RunDeps {
  helm: HelmSources;
}

/** One attempt on one helm (packageAndVerify). */
export interface AttemptDeps {
  rt: RunRuntime;
  helm: Helm;
  /** The pending version check of `helm` (helmCandidate); absent when `helm` is already confirmed. */
  confirmHelm?: Promise<Helm | undefined>;
  env: NodeJS.ProcessEnv;
}

export interface RunResult {
  packagePath: string;
  chartName: string;
  chartVersion: string;
  appVersion: string;
  digest: string;
  manifestPath: string;
  findings: Finding[];
  kinds: Record<string, number>;
  /** The helm processes started, in order (the budget is three besides the version check). */
  helmCommands: string[][];
  /** True when the step must fail (strict and an error-level finding, or an unparsable render). */
  failed: boolean;
  /** The job summary (Markdown) of the verified package. */
  summary: string;
  /** With push-to: the pushed package pinned by digest (oci://…@sha256:…), else ''. */
  chartRef: string;
}

/** `policy/v1beta1 PodDisruptionBudget is deprecated in v1.21+, …` of helm lint. */
const LINT_DEPRECATION = /^(\S+) (\S+) is (?:deprecated|removed) in /;

/**
 * helm lint has no --api-versions, so it renders with helm's built-in Capabilities and may see a
 * deprecated API the packaged render (with the cluster's API versions) does not contain. A
 * deprecation message is kept only when the render has that apiVersion and kind in that
 * template; `rendered` undefined keeps every message.
 */
export type RenderedApis = (template: string, apiVersion: string, kind: string) => boolean;

export function lintFindings(res: ExecResult, rendered?: RenderedApis): Finding[] {
  const all = parseLintOutput(res.stdout + '\n' + res.stderr).filter(m => m.level !== 'INFO');
  const msgs = all.filter(m => {
    const d = LINT_DEPRECATION.exec(m.message);
    return !d || !rendered || rendered(m.path, d[1] as string, d[2] as string);
  });
  // Failed only because of messages that do not apply: nothing to report.
  const stale = all.length > 0 && msgs.length < all.length;
  const failed = res.exitCode !== 0 && !(stale && msgs.every(m => m.level !== 'ERROR'));
  const findings: Finding[] = msgs.map(m => ({
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
      message: `helm lint --strict failed: ${tail(res.stderr || res.stdout, 5)}`,
      object: '',
      source: ''
    });
  }
  return findings;
}

/** A top-level scalar of Chart.yaml without a YAML parser (only for a fallback file name). */
function chartField(chartYaml: string, key: string): string {
  return new RegExp(`^${key}:\\s*["']?([^"'\\s]+)`, 'm').exec(chartYaml)?.[1] ?? '';
}

export function shouldFail(inputs: Pick<Inputs, 'policy'>, findings: Finding[]): boolean {
  // A render that does not parse cannot be deployed, whatever the policy.
  if (findings.some(f => f.check === 'parse')) return true;
  return inputs.policy === 'strict' && findings.some(f => f.level === 'error' && f.exempted === undefined);
}

/** Settles a promise into a value, so awaiting it later never throws or goes unhandled. */
function settle<T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  return p.then(
    value => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error })
  );
}

/** The action's work: one attempt per helm tried, then the policy's verdict. */
export async function run(ctx: ActionContext<Inputs>, deps: Partial<RunDeps> = {}): Promise<RunResult> {
  const { inputs, rt } = ctx;
  const helmOpts = {
    helmPath: inputs.helmPath || undefined,
    version: inputs.helmVersion || undefined,
    env: rt.env,
    log: (m: string) => rt.info(m),
    downloadBaseUrl: inputs.helmDownloadUrl
  };
  const result = await withHelm(
    helmOpts,
    (helm, confirmHelm) => packageAndVerify(inputs, { rt, helm, confirmHelm, env: rt.env }),
    deps.helm
  );
  if (result.failed) {
    const errors = result.findings.filter(f => f.level === 'error' && f.exempted === undefined);
    const parse = result.findings.some(f => f.check === 'parse');
    throw new ActionFailure(
      parse
        ? `the render of ${result.chartName} ${result.chartVersion} has documents that do not parse`
        : `${errors.length} error-level finding${errors.length === 1 ? '' : 's'} in ${result.chartName} ${result.chartVersion} (policy strict); see the annotations and the job summary`,
      result
    );
  }
  rt.info(
    untrustedText(
      `${result.chartName} ${result.chartVersion}: ${result.findings.length} finding(s), policy ${inputs.policy}`
    )
  );
  return result;
}

/**
 * One attempt (a HelmAttempt of withHelm). `deps.confirmHelm`, when given, is the pending version
 * check of `deps.helm`: lint and package start before it settles (they take the same arguments
 * whatever the version), and when it says the version is wrong their results are discarded, the
 * package removed, and undefined returned (nothing reported) so run() can install the right helm.
 */
export async function packageAndVerify(inputs: Inputs, deps: AttemptDeps): Promise<RunResult | undefined> {
  const state: RunState = { step: 'reading the chart', findings: [] };
  try {
    return await runSteps(inputs, deps, state);
  } catch (err) {
    // A user-facing failure carries the summary of the step that failed (the summary hook writes it).
    if (!(err instanceof UserError) || err instanceof StepFailed) throw err;
    const { failureSummaryMarkdown, TemplateLocator } = await import('./report');
    const summary = failureSummaryMarkdown(
      { chart: path.basename(inputs.chart), step: state.step, detail: err.message, policy: inputs.policy },
      state.findings,
      new TemplateLocator(inputs.chart, inputs.workspace)
    );
    throw new StepFailed(err.message, summary, err.details);
  }
}

/** A failure of one step of the run, with the job summary that says which and why. */
export class StepFailed extends UserError {
  constructor(
    message: string,
    readonly summary: string,
    details: string[] = []
  ) {
    super(message, details);
    this.name = 'StepFailed';
  }
}

/** The summary a failed step left, for the skeleton's summary hook; undefined for other errors. */
export function stepFailureSummary(err: unknown): string | undefined {
  return err instanceof StepFailed ? err.summary : undefined;
}

type RunHelm = (args: string[], opts?: { input?: string; env?: NodeJS.ProcessEnv }) => Promise<ExecResult>;

interface RunState {
  /** What the run is doing now: the failure summary names it. */
  step: string;
  /** Findings known so far (a failure summary lists them too). */
  findings: Finding[];
}

async function runSteps(inputs: Inputs, deps: AttemptDeps, state: RunState): Promise<RunResult | undefined> {
  const { rt } = deps;
  let helm = deps.helm;
  const helmCommands: string[][] = [];
  let helmEnv: NodeJS.ProcessEnv | undefined;
  const runHelm: RunHelm = (args, opts = {}) => {
    helmCommands.push(args);
    rt.debug(`helm ${args.join(' ')}`);
    const env = opts.env ?? helmEnv;
    const execOpts = { ...(env ? { env } : {}), ...(opts.input !== undefined ? { input: opts.input } : {}) };
    return helm.run(args, execOpts).then(r => {
      rt.debug(
        `helm ${args[0]} exited ${r.exitCode} after ${r.durationMs} ms (at ${Math.round(performance.now())} ms)`
      );
      return r;
    });
  };
  const fail = (what: string, res: ExecResult) =>
    new UserError(`${what} failed (exit ${res.exitCode}):\n${tail(res.stderr || res.stdout)}`);

  let confirmP = deps.confirmHelm ? settle(deps.confirmHelm) : undefined;
  /** The confirmed helm, or undefined when the candidate has the wrong version. */
  const confirm = async (): Promise<Helm | undefined> => {
    if (!confirmP) return helm;
    const c = await confirmP;
    confirmP = undefined;
    if (!c.ok) throw c.error;
    if (c.value) helm = c.value;
    return c.value;
  };

  const chartYaml = readFileSync(path.join(inputs.chart, 'Chart.yaml'), 'utf8');
  // Only a chart that declares dependencies can need a dependency build; parse it to find out.
  if (/^dependencies\s*:/m.test(chartYaml)) {
    const { readChartSource, needsDependencyBuild } = await import('./analyze');
    const declared = readChartSource(inputs.chart);
    if (needsDependencyBuild(inputs.chart, declared.dependencies)) {
      // Writes into the chart's charts/ directory: only with a helm known to be the right one.
      if (!(await confirm())) return undefined;
      const prepared = await prepareDependencySources(inputs, deps, declared.dependencies, runHelm, state);
      helmEnv = prepared.env;
      state.step = 'helm dependency build';
      rt.info(
        untrustedText(
          `Building the dependencies of ${declared.name} (${declared.dependencies.map(d => d.name).join(', ')})`
        )
      );
      const dep = await runHelm(
        helmDependencyBuildArgs(inputs.chart, {
          caFile: inputs.repositoryCaFile,
          plainHttp: prepared.plainHttp
        })
      );
      if (dep.exitCode !== 0) throw fail('helm dependency build', dep);
    }
  }

  state.step = 'helm package';
  mkdirSync(inputs.destination, { recursive: true });
  const pkgP = settle(runHelm(helmPackageArgs(inputs.chart, inputs)));
  const analyzeP = settle(import('./analyze'));
  let confirmed: Helm | undefined;
  try {
    confirmed = await confirm();
  } catch (err) {
    await pkgP;
    throw err;
  }
  const pkgSettled = await pkgP;
  if (!confirmed) {
    const made = pkgSettled.ok ? parsePackagedPath(pkgSettled.value.stdout) : undefined;
    if (made) rmSync(made, { force: true });
    return undefined;
  }
  if (!pkgSettled.ok) throw pkgSettled.error;
  const pkg = pkgSettled.value;
  if (pkg.exitCode !== 0) throw fail('helm package', pkg);
  const packagePath = path.resolve(
    parsePackagedPath(pkg.stdout) ??
      path.join(
        inputs.destination,
        `${chartField(chartYaml, 'name')}-${inputs.chartVersion || chartField(chartYaml, 'version')}.tgz`
      )
  );

  state.step = 'reading the package';
  const analyzed = await analyzeP;
  if (!analyzed.ok) throw analyzed.error;
  const a = analyzed.value;
  // The render and the digest are of the rewritten archive: what gets deployed is what was checked.
  const original = readFileSync(packagePath);
  const entries = a.readTgz(original, packagePath);
  const bytes = inputs.reproducible
    ? a.normalizePackage(original, entries, a.packageMtime(deps.env))
    : original;
  if (bytes !== original) writeFileSync(packagePath, bytes);
  const digest = a.sha256Digest(bytes);
  // lint and template of the package run side by side: neither needs the other's result.
  const apiVersions = a.apiVersionsFor(inputs);
  const lintP = settle(runHelm(helmLintArgs(packagePath, inputs)));
  const tplP = settle(runHelm(helmTemplateArgs(inputs.releaseName, packagePath, inputs, apiVersions)));

  const source = a.readChartSource(inputs.chart);
  // Contents and metadata come from the package itself: it is what gets deployed.
  const findings: Finding[] = a.checkPackageEntries(entries, {
    name: source.name,
    sourceHasValues: source.hasValues,
    sourceHasSchema: source.hasSchema,
    sourceTemplateCount: source.templateCount
  });
  state.findings = findings;
  const packedChartYaml = a.chartYamlOf(entries, source.name);
  const meta = packedChartYaml
    ? a.parseChartYaml(packedChartYaml, `${path.basename(packagePath)}:Chart.yaml`)
    : source;
  rt.setOutput('chart-path', packagePath);
  rt.setOutput('chart-name', meta.name);
  rt.setOutput('chart-version', meta.version);
  rt.setOutput('app-version', meta.appVersion);
  rt.setOutput('chart-digest', digest);
  // Name and versions come from the chart's files: printed so they can never be commands.
  rt.info(
    untrustedText(
      `Packaged ${meta.name} ${meta.version} (app ${meta.appVersion || '-'}) → ${packagePath} (${digest})`
    )
  );
  if (apiVersions.length)
    rt.info(
      `Rendering with ${apiVersions.length} API versions (${inputs.kubeVersion ? `Kubernetes ${inputs.kubeVersion}` : 'api-versions'})`
    );

  state.step = 'helm lint';
  const lint = await lintP;
  if (!lint.ok) throw lint.error;
  state.step = 'helm template';
  const tplSettled = await tplP;
  if (!tplSettled.ok) throw tplSettled.error;
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
        message: `helm cannot parse the output of ${parseError[1] as string}: ${(parseError[2] as string).trim()}`,
        object: '',
        source: parseError[1] as string
      });
    rt.setOutput('findings', findings.length);
    a.emitAnnotations(rt, findings, locator, 'strict');
    throw fail(`helm template of ${path.basename(packagePath)}`, tpl);
  }

  state.step = 'verifying the render';
  const renderDir = mkdtempSync(path.join(inputs.tempDir, 'helm-render-'));
  const manifestPath = path.join(renderDir, `${meta.name}-${meta.version}.yaml`);
  // The render may carry Secrets made from values: readable by the runner user only.
  writeFileSync(manifestPath, tpl.stdout, { mode: 0o600 });
  rt.setOutput('manifest-path', manifestPath);

  const parsed = a.parseManifest(tpl.stdout);
  const rendered: RenderedApis = (template, apiVersion, kind) =>
    parsed.objects.some(
      o => o.apiVersion === apiVersion && o.kind === kind && a.templatePathInChart(o.source) === template
    );
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
  const duplicates: Finding[] = parsed.duplicates.map(d => {
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
  const summary = a.summaryMarkdown(
    {
      chartName: meta.name,
      chartVersion: meta.version,
      appVersion: meta.appVersion,
      packagePath,
      digest,
      reproducible: inputs.reproducible,
      manifestPath,
      helm: helm.version,
      policy: inputs.policy,
      valuesFiles: inputs.valuesFiles.map(f => path.relative(inputs.workspace, f)),
      kinds,
      result
    },
    findings,
    locator
  );
  // Only a package that passed verification is pushed (ociPush.ts).
  let chartRef = '';
  if (!failed && inputs.pushTo) {
    state.step = 'pushing the package';
    const { pushVerifiedChart } = await import('./ociPush');
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
async function prepareDependencySources(
  inputs: Inputs,
  deps: AttemptDeps,
  declared: ChartDependency[],
  runHelm: RunHelm,
  state: RunState
): Promise<{ env: NodeJS.ProcessEnv | undefined; plainHttp: boolean }> {
  const d = await import('./dependencies');
  const sources = d.dependencySources([...declared, ...d.lockedDependencies(inputs.chart)]);
  // Only when every OCI registry is on the loopback interface: never plain HTTP to a remote one.
  const plainHttp = sources.registries.length > 0 && sources.registries.every(d.isLoopbackRegistry);
  const login = sources.registries.length > 0 && inputs.registryUsername !== '';
  if (login) deps.rt.setSecret(inputs.registryPassword);
  if (!sources.repositories.length && !login) return { env: undefined, plainHttp };
  const dir = mkdtempSync(path.join(inputs.tempDir, 'helm-config-'));
  const env: NodeJS.ProcessEnv = { ...deps.env, ...d.privateHelmConfig(dir) };
  // Repositories the user added before under a name (`@name`) stay reachable: their entries are
  // copied in, since `helm repo add` here must not write to the user's config.
  if (sources.aliases.length) {
    const userConfig = userRepositoryConfig(deps.env);
    if (existsSync(userConfig)) copyFileSync(userConfig, env['HELM_REPOSITORY_CONFIG'] as string);
  }
  for (const url of sources.repositories) {
    state.step = `helm repo add ${url}`;
    deps.rt.info(`Adding chart repository ${url} (private helm config)`);
    const res = await runHelm(d.helmRepoAddArgs(url, inputs.repositoryCaFile), { env });
    if (res.exitCode !== 0)
      throw new UserError(
        `helm repo add ${url} failed (exit ${res.exitCode}):\n${tail(res.stderr || res.stdout)}`
      );
  }
  if (login)
    for (const host of sources.registries) {
      state.step = `helm registry login ${host}`;
      deps.rt.info(`Logging in to ${host} as ${inputs.registryUsername} (private registry config)`);
      const res = await runHelm(
        d.helmRegistryLoginArgs(host, inputs.registryUsername, inputs.repositoryCaFile),
        {
          input: inputs.registryPassword,
          env
        }
      );
      if (res.exitCode !== 0)
        throw new UserError(
          `helm registry login ${host} failed (exit ${res.exitCode}):\n${tail(res.stderr || res.stdout)}`
        );
    }
  return { env, plainHttp };
}

function userRepositoryConfig(env: NodeJS.ProcessEnv): string {
  if (env['HELM_REPOSITORY_CONFIG']) return env['HELM_REPOSITORY_CONFIG'];
  const base = env['XDG_CONFIG_HOME'] || path.join(env['HOME'] || '', '.config');
  return path.join(base, 'helm', 'repositories.yaml');
}
