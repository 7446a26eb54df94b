/**
 * The work, after the inputs are valid: dependency build when needed, lint, package, check the
 * package's contents, render the packaged chart and verify the render. Loaded lazily by main (it
 * pulls in yaml). At most three helm processes per run besides the version check: lint runs
 * concurrently with package → template, since neither needs the other's result.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../../../src/lib/errors';
import { tail, type ExecResult } from '../../../src/lib/exec';
import type { Helm } from '../../../src/lib/helm';
import { countKinds, parseManifest } from '../../../src/lib/manifest';
import type { Runtime } from '../../../src/lib/runtime';
import { readTgz } from '../../../src/lib/tgz';
import { needsDependencyBuild, parseChartYaml, readChartSource } from './chartSource';
import {
  helmDependencyBuildArgs,
  helmLintArgs,
  helmPackageArgs,
  helmTemplateArgs,
  parseLintOutput,
  parsePackagedPath
} from './helmArgs';
import type { Inputs } from './inputs';
import { chartYamlOf, checkPackageEntries, normalizePackage, packageMtime } from './packageContents';
import { emitAnnotations, summaryMarkdown, TemplateLocator } from './report';
import { verifyManifest, type Finding } from './verify';

export type RunRuntime = Pick<
  Runtime,
  'info' | 'debug' | 'warning' | 'error' | 'setOutput' | 'appendSummary'
>;

export interface RunDeps {
  rt: RunRuntime;
  helm: Helm;
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
  /** The helm processes started (for the "at most three" budget; tests read it). */
  helmCommands: string[][];
  /** True when the step must fail (strict and an error-level finding, or an unparsable render). */
  failed: boolean;
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

export function shouldFail(inputs: Pick<Inputs, 'policy'>, findings: Finding[]): boolean {
  // A render that does not parse cannot be deployed, whatever the policy.
  if (findings.some(f => f.check === 'parse')) return true;
  return inputs.policy === 'strict' && findings.some(f => f.level === 'error');
}

export async function run(inputs: Inputs, deps: RunDeps): Promise<RunResult> {
  const { rt, helm } = deps;
  const helmCommands: string[][] = [];
  const runHelm = (args: string[]) => {
    helmCommands.push(args);
    rt.debug(`helm ${args.join(' ')}`);
    return helm.run(args);
  };
  const fail = (what: string, res: ExecResult) =>
    new UserError(`${what} failed (exit ${res.exitCode}):\n${tail(res.stderr || res.stdout)}`);

  const source = readChartSource(inputs.chart);
  if (needsDependencyBuild(inputs.chart, source.dependencies)) {
    rt.info(
      `Building the dependencies of ${source.name} (${source.dependencies.map(d => d.name).join(', ')})`
    );
    const dep = await runHelm(helmDependencyBuildArgs(inputs.chart));
    if (dep.exitCode !== 0) throw fail('helm dependency build', dep);
  }

  mkdirSync(inputs.destination, { recursive: true });
  const valuesArgs = inputs;
  const lintP = runHelm(helmLintArgs(inputs.chart, valuesArgs));
  // Never leave lint running (or its rejection unhandled) when packaging fails first.
  const lintSettled: Promise<{ res?: ExecResult; err?: unknown }> = lintP.then(
    res => ({ res }),
    (err: unknown) => ({ err })
  );

  const pkg = await runHelm(helmPackageArgs(inputs.chart, inputs));
  if (pkg.exitCode !== 0) {
    await lintSettled;
    throw fail('helm package', pkg);
  }
  const packagePath = path.resolve(
    parsePackagedPath(pkg.stdout) ??
      path.join(inputs.destination, `${source.name}-${inputs.chartVersion || source.version}.tgz`)
  );

  // Contents and metadata come from the package itself: it is what gets deployed.
  const original = readFileSync(packagePath);
  const entries = readTgz(original, packagePath);
  const findings: Finding[] = checkPackageEntries(entries, {
    name: source.name,
    sourceHasValues: source.hasValues,
    sourceHasSchema: source.hasSchema,
    sourceTemplateCount: source.templateCount
  });
  const packedChartYaml = chartYamlOf(entries, source.name);
  const meta = packedChartYaml
    ? parseChartYaml(packedChartYaml, `${path.basename(packagePath)}:Chart.yaml`)
    : source;
  const bytes = inputs.reproducible ? normalizePackage(original, entries, packageMtime(deps.env)) : original;
  if (bytes !== original) writeFileSync(packagePath, bytes);
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

  rt.setOutput('chart-path', packagePath);
  rt.setOutput('chart-name', meta.name);
  rt.setOutput('chart-version', meta.version);
  rt.setOutput('app-version', meta.appVersion);
  rt.setOutput('chart-digest', digest);
  rt.info(
    `Packaged ${meta.name} ${meta.version} (app ${meta.appVersion || '-'}) → ${packagePath} (${digest})`
  );

  const tpl = await runHelm(helmTemplateArgs(inputs.releaseName, packagePath, inputs));
  const lint = await lintSettled;
  if (!lint.res) throw lint.err;
  findings.push(...lintFindings(lint.res));
  if (tpl.exitCode !== 0) {
    const locator = new TemplateLocator(inputs.chart, inputs.workspace);
    emitAnnotations(rt, findings, locator, 'strict');
    throw fail(`helm template of ${path.basename(packagePath)}`, tpl);
  }

  const renderDir = mkdtempSync(path.join(inputs.tempDir, 'helm-render-'));
  const manifestPath = path.join(renderDir, `${meta.name}-${meta.version}.yaml`);
  // The render may carry Secrets made from values: readable by the runner user only.
  writeFileSync(manifestPath, tpl.stdout, { mode: 0o600 });
  rt.setOutput('manifest-path', manifestPath);

  const parsed = parseManifest(tpl.stdout);
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
    ...verifyManifest(parsed.objects, {
      requiredKinds: inputs.requiredKinds,
      externalServiceAccounts: inputs.externalServiceAccounts,
      namespace: inputs.namespace,
      workloadPolicy: inputs.policy !== 'off'
    })
  );
  const kinds = countKinds(parsed.objects);
  rt.setOutput('findings', findings.length);
  rt.setOutput('kinds', JSON.stringify(kinds));

  const failed = shouldFail(inputs, findings);
  const locator = new TemplateLocator(inputs.chart, inputs.workspace);
  emitAnnotations(rt, findings, locator, inputs.policy);
  const errors = findings.filter(f => f.level === 'error').length;
  const result = failed
    ? 'failed'
    : errors
      ? `passed with ${errors} error-level finding${errors === 1 ? '' : 's'} (policy ${inputs.policy})`
      : 'passed';
  rt.appendSummary(
    summaryMarkdown(
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
    )
  );
  return {
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
