/**
 * The work, after the inputs are valid: dependency build when needed, lint, package, check the
 * package's contents, render the packaged chart and verify the render. At most three helm
 * processes per run besides the version check; lint runs beside package → template, since
 * neither needs the other's result. This module is part of the entry chunk and stays light (no
 * YAML parser, zlib or crypto): helm starts first, and analyze.ts loads while helm works.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../../../src/lib/errors';
import { tail, type ExecResult } from '../../../src/lib/exec';
import type { Helm } from '../../../src/lib/helm';
import type { Runtime } from '../../../src/lib/runtime';
import {
  helmDependencyBuildArgs,
  helmLintArgs,
  helmPackageArgs,
  helmTemplateArgs,
  parseLintOutput,
  parsePackagedPath
} from './helmArgs';
import type { Inputs } from './inputs';
import type { Finding } from './verify';
import { untrustedText } from '../../../src/lib/untrusted';

export type RunRuntime = Pick<Runtime, 'info' | 'debug' | 'warning' | 'error' | 'setOutput'>;

export interface RunDeps {
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
}

export function lintFindings(res: ExecResult): Finding[] {
  const msgs = parseLintOutput(res.stdout + '\n' + res.stderr).filter(m => m.level !== 'INFO');
  const findings: Finding[] = msgs.map(m => ({
    level: m.level === 'ERROR' || res.exitCode !== 0 ? 'error' : 'warning',
    check: 'lint',
    message: m.message,
    object: '',
    source: m.path
  }));
  if (res.exitCode !== 0 && findings.length === 0) {
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
  return inputs.policy === 'strict' && findings.some(f => f.level === 'error');
}

/** Settles a promise into a value, so awaiting it later never throws or goes unhandled. */
function settle<T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  return p.then(
    value => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error })
  );
}

/**
 * Runs the action's work. `deps.confirmHelm`, when given, is the pending version check of
 * `deps.helm`: lint and package start before it settles (they take the same arguments whatever
 * the version), and when it says the version is wrong their results are discarded, the package
 * removed, and undefined returned (nothing reported) so main can install the right helm and rerun.
 */
export async function run(inputs: Inputs, deps: RunDeps): Promise<RunResult | undefined> {
  const { rt } = deps;
  let helm = deps.helm;
  const helmCommands: string[][] = [];
  const runHelm = (args: string[]) => {
    helmCommands.push(args);
    rt.debug(`helm ${args.join(' ')}`);
    return helm.run(args).then(r => {
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
      rt.info(
        untrustedText(
          `Building the dependencies of ${declared.name} (${declared.dependencies.map(d => d.name).join(', ')})`
        )
      );
      const dep = await runHelm(helmDependencyBuildArgs(inputs.chart));
      if (dep.exitCode !== 0) throw fail('helm dependency build', dep);
    }
  }

  mkdirSync(inputs.destination, { recursive: true });
  // lint runs beside package → template: neither needs the other's result.
  const lintP = settle(runHelm(helmLintArgs(inputs.chart, inputs)));
  const pkgP = settle(runHelm(helmPackageArgs(inputs.chart, inputs)));
  const analyzeP = settle(import('./analyze'));
  let confirmed: Helm | undefined;
  try {
    confirmed = await confirm();
  } catch (err) {
    await Promise.all([lintP, pkgP]);
    throw err;
  }
  const pkgSettled = await pkgP;
  if (!confirmed) {
    await lintP;
    const made = pkgSettled.ok ? parsePackagedPath(pkgSettled.value.stdout) : undefined;
    if (made) rmSync(made, { force: true });
    return undefined;
  }
  if (!pkgSettled.ok) {
    await lintP;
    throw pkgSettled.error;
  }
  const pkg = pkgSettled.value;
  if (pkg.exitCode !== 0) {
    await lintP;
    throw fail('helm package', pkg);
  }
  const packagePath = path.resolve(
    parsePackagedPath(pkg.stdout) ??
      path.join(
        inputs.destination,
        `${chartField(chartYaml, 'name')}-${inputs.chartVersion || chartField(chartYaml, 'version')}.tgz`
      )
  );

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
  const tplP = settle(runHelm(helmTemplateArgs(inputs.releaseName, packagePath, inputs)));

  const source = a.readChartSource(inputs.chart);
  // Contents and metadata come from the package itself: it is what gets deployed.
  const findings: Finding[] = a.checkPackageEntries(entries, {
    name: source.name,
    sourceHasValues: source.hasValues,
    sourceHasSchema: source.hasSchema,
    sourceTemplateCount: source.templateCount
  });
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

  const tplSettled = await tplP;
  if (!tplSettled.ok) throw tplSettled.error;
  const tpl = tplSettled.value;
  const lint = await lintP;
  if (!lint.ok) throw lint.error;
  findings.push(...lintFindings(lint.value));
  if (tpl.exitCode !== 0) {
    const locator = new a.TemplateLocator(inputs.chart, inputs.workspace);
    a.emitAnnotations(rt, findings, locator, 'strict');
    throw fail(`helm template of ${path.basename(packagePath)}`, tpl);
  }

  const renderDir = mkdtempSync(path.join(inputs.tempDir, 'helm-render-'));
  const manifestPath = path.join(renderDir, `${meta.name}-${meta.version}.yaml`);
  // The render may carry Secrets made from values: readable by the runner user only.
  writeFileSync(manifestPath, tpl.stdout, { mode: 0o600 });
  rt.setOutput('manifest-path', manifestPath);

  const parsed = a.parseManifest(tpl.stdout);
  for (const e of parsed.errors) {
    findings.push({
      level: 'error',
      check: 'parse',
      message: `document ${e.index + 1} does not parse: ${e.message}`,
      object: '',
      source: e.source
    });
  }
  findings.push(
    ...a.verifyManifest(parsed.objects, {
      requiredKinds: inputs.requiredKinds,
      externalServiceAccounts: inputs.externalServiceAccounts,
      namespace: inputs.namespace,
      workloadPolicy: inputs.policy !== 'off'
    })
  );
  const kinds = a.countKinds(parsed.objects);
  rt.setOutput('findings', findings.length);
  rt.setOutput('kinds', JSON.stringify(kinds));

  const failed = shouldFail(inputs, findings);
  const locator = new a.TemplateLocator(inputs.chart, inputs.workspace);
  a.emitAnnotations(rt, findings, locator, inputs.policy);
  const errors = findings.filter(f => f.level === 'error').length;
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
  return {
    summary,
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
