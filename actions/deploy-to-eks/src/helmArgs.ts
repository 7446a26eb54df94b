/**
 * Pure argv builders for the helm commands this action runs. Helm 4 and Helm 3 differ in the
 * wait and rollback flags (`--wait=watcher` / `--rollback-on-failure` vs `--wait` / `--atomic`);
 * everything else is shared. Values never pass through a shell: each is one argv element.
 */
import { devNull } from 'node:os';
import { helmValuesArgs } from '../../../src/lib/helm';
import { formatDuration } from '../../../src/lib/inputs';
import type { Inputs } from './inputs';

export type HelmUpgradeInputs = Pick<
  Inputs,
  | 'releaseName'
  | 'namespace'
  | 'chart'
  | 'valuesFiles'
  | 'set'
  | 'image'
  | 'wait'
  | 'timeoutSeconds'
  | 'rollbackOnFailure'
  | 'historyMax'
  | 'forceConflicts'
>;

export function chartArgs(chart: Inputs['chart']): string[] {
  if (chart.kind === 'oci') return chart.version ? [chart.ref, '--version', chart.version] : [chart.ref];
  return [chart.path];
}

/** Values files, --set lines, then the image (so the image wins over a values file's default). */
export function helmValueArgs(i: Pick<Inputs, 'valuesFiles' | 'set' | 'image'>): string[] {
  const args = helmValuesArgs(i.valuesFiles, i.set);
  const k = i.image.valuesKey;
  if (i.image.repository) args.push('--set', `${k}.repository=${i.image.repository}`);
  // --set-string: a tag such as 1.10 or 0123 must stay a string, not become a number.
  if (i.image.tag) args.push('--set-string', `${k}.tag=${i.image.tag}`);
  if (i.image.digest) args.push('--set-string', `${k}.digest=${i.image.digest}`);
  return args;
}

function waitArgs(major: number, wait: boolean): string[] {
  if (!wait) return [];
  return major >= 4 ? ['--wait=watcher', '--wait-for-jobs'] : ['--wait', '--wait-for-jobs'];
}

/** `helm upgrade --install` for the real deploy (`dryRun` 'none') or a dry run. */
export function helmUpgradeArgs(
  i: HelmUpgradeInputs,
  major: number,
  dryRun: 'none' | 'client' | 'server' = 'none'
): string[] {
  const args = ['upgrade', '--install', i.releaseName, ...chartArgs(i.chart), '--namespace', i.namespace];
  args.push(...helmValueArgs(i));
  if (dryRun !== 'none') {
    // A dry run renders and validates only; -o json returns the would-be release for comparison.
    args.push(`--dry-run=${dryRun}`, '--output', 'json');
    return args;
  }
  // No --create-namespace: namespace.ts creates it through the API, with Pod Security labels.
  args.push(...waitArgs(major, i.wait || i.rollbackOnFailure));
  args.push('--timeout', formatDuration(i.timeoutSeconds));
  if (i.rollbackOnFailure) args.push(major >= 4 ? '--rollback-on-failure' : '--atomic');
  args.push('--cleanup-on-fail', '--history-max', String(i.historyMax));
  if (i.forceConflicts && major >= 4) args.push('--force-conflicts');
  args.push('--output', 'json');
  return args;
}

/**
 * The would-be release rendered offline (`helm install --dry-run=client -o json`: no cluster
 * connection, as `helm template` renders, but with the computed values in the output): what
 * `dry-run: diff` compares with the live revision.
 */
export function helmOfflineRenderArgs(
  i: Pick<Inputs, 'releaseName' | 'namespace' | 'chart' | 'valuesFiles' | 'set' | 'image'>
): string[] {
  return [
    'install',
    i.releaseName,
    ...chartArgs(i.chart),
    '--namespace',
    i.namespace,
    ...helmValueArgs(i),
    '--dry-run=client',
    '--output',
    'json'
  ];
}

export function helmRollbackArgs(
  i: Pick<Inputs, 'releaseName' | 'namespace' | 'timeoutSeconds' | 'historyMax'>,
  revision: number,
  major: number,
  wait: boolean
): string[] {
  return [
    'rollback',
    i.releaseName,
    String(revision),
    '--namespace',
    i.namespace,
    ...waitArgs(major, wait),
    '--timeout',
    formatDuration(i.timeoutSeconds),
    '--history-max',
    String(i.historyMax)
  ];
}

export function helmUninstallArgs(
  i: Pick<Inputs, 'releaseName' | 'namespace' | 'timeoutSeconds'>,
  major: number
): string[] {
  return [
    'uninstall',
    i.releaseName,
    '--namespace',
    i.namespace,
    ...waitArgs(major, true).slice(0, 1),
    '--timeout',
    formatDuration(i.timeoutSeconds)
  ];
}

/** The environment every helm call gets: the kubeconfig, and nothing from ~/.kube. */
export function helmEnv(base: NodeJS.ProcessEnv, kubeconfigPath: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, KUBECONFIG: kubeconfigPath };
  // helm would otherwise honour a stray HELM_KUBECONTEXT / HELM_NAMESPACE from the runner.
  delete env['HELM_KUBECONTEXT'];
  delete env['HELM_NAMESPACE'];
  return env;
}

/**
 * Environment for an offline render (`helm install --dry-run=client`, steps/diff.ts): no cluster.
 * helm reads KUBECONFIG even when it connects to nothing; the null device is an empty one.
 */
export function offlineHelmEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return helmEnv(base, devNull);
}

/** The image as the summary shows it: repository@digest, else repository:tag. */
export function imageRef(image: Inputs['image']): string {
  if (!image.repository) return image.digest || image.tag;
  if (image.digest) return `${image.repository}@${image.digest}`;
  return image.tag ? `${image.repository}:${image.tag}` : image.repository;
}
