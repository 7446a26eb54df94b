/**
 * The helm command lines this action runs, as pure argv builders (tested by tables). Values
 * files and --set lines go to lint and template alike, so what is linted is what is rendered.
 */
import { helmValuesArgs } from '../../../src/lib/helm';
import type { KeyValue } from '../../../src/lib/inputs';

export interface ValuesArgs {
  valuesFiles: string[];
  set: KeyValue[];
  namespace: string;
  kubeVersion: string;
}

/**
 * The version as a cluster reports it: an API server always says major.minor.patch, while helm
 * keeps `--kube-version 1.33` as `v1.33`, which charts matching `.Capabilities.KubeVersion.Version`
 * against `v[0-9]+\.[0-9]+\.[0-9]+` (velero's kubectl image tag) turn into an empty value.
 */
export function clusterKubeVersion(v: string): string {
  return /^v?\d+\.\d+$/.test(v) ? `${v}.0` : v;
}

function valuesArgs(i: ValuesArgs): string[] {
  const args: string[] = ['--namespace', i.namespace, ...helmValuesArgs(i.valuesFiles, i.set)];
  if (i.kubeVersion) args.push('--kube-version', clusterKubeVersion(i.kubeVersion));
  return args;
}

/**
 * `caFile` verifies https repositories and OCI registries behind a private CA; `plainHttp` is for
 * OCI registries on the loopback interface only (as Docker treats 127.0.0.0/8), never a remote one.
 */
export function helmDependencyBuildArgs(
  chart: string,
  o: { caFile?: string; plainHttp?: boolean } = {}
): string[] {
  const args = ['dependency', 'build', chart];
  if (o.caFile) args.push('--ca-file', o.caFile);
  if (o.plainHttp) args.push('--plain-http');
  return args;
}

/** `--api-versions` as one comma-separated flag (helm splits it), none when the list is empty. */
export function apiVersionsArgs(apiVersions: readonly string[]): string[] {
  return apiVersions.length ? ['--api-versions', apiVersions.join(',')] : [];
}

/** Lints the packaged .tgz: what ships, with the version and appVersion it was packaged with. */
export function helmLintArgs(
  packagePath: string,
  i: ValuesArgs,
  apiVersions: readonly string[] = []
): string[] {
  return ['lint', packagePath, '--strict', ...valuesArgs(i), ...apiVersionsArgs(apiVersions)];
}

export function helmPackageArgs(
  chart: string,
  i: { destination: string; chartVersion: string; appVersion: string }
): string[] {
  const args = ['package', chart, '--destination', i.destination];
  if (i.chartVersion) args.push('--version', i.chartVersion);
  if (i.appVersion) args.push('--app-version', i.appVersion);
  return args;
}

/** Renders the packaged .tgz (not the source directory): what is verified is what gets deployed. */
export function helmTemplateArgs(
  releaseName: string,
  packagePath: string,
  i: ValuesArgs,
  apiVersions: readonly string[] = []
): string[] {
  return ['template', releaseName, packagePath, ...valuesArgs(i), ...apiVersionsArgs(apiVersions)];
}

/** The path from `Successfully packaged chart and saved it to: <path>`. */
export function parsePackagedPath(stdout: string): string | undefined {
  const m = /saved it to:\s*(.+?)\s*$/m.exec(stdout);
  return m?.[1];
}

export interface LintMessage {
  level: 'INFO' | 'WARNING' | 'ERROR';
  /** Path relative to the chart (`templates/service.yaml`, `Chart.yaml`, `templates/`), '' if none. */
  path: string;
  message: string;
}

/** `[ERROR] templates/x.yaml: message` lines of `helm lint` output. */
export function parseLintOutput(text: string): LintMessage[] {
  const out: LintMessage[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\[(INFO|WARNING|ERROR)\]\s+(.*)$/.exec(line);
    if (!m) continue;
    const rest = (m[2] as string).trim();
    const pm = /^([\w.\-/]+?):\s+(.*)$/.exec(rest);
    out.push({
      level: m[1] as LintMessage['level'],
      path: pm ? (pm[1] as string) : '',
      message: pm ? (pm[2] as string) : rest
    });
  }
  return out;
}
