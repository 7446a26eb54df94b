/**
 * The action's inputs (keys mirror action.yml), read and validated in one pass: every problem is
 * collected and reported together, by input name, before anything is written.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { HELM_DOWNLOAD_BASE, normalizeHelmVersion } from '../../../src/lib/helm';
import {
  DNS1123_LABEL,
  HELM_SET_KEY,
  InputReader,
  nodePathFs,
  portProblem,
  type InputLookup,
  type KeyValue,
  type PathFs
} from '../../../src/lib/inputs';

export const POLICIES = ['strict', 'warn', 'off'] as const;
export type Policy = (typeof POLICIES)[number];

export interface Inputs {
  /** Absolute chart directory. */
  chart: string;
  /** Absolute values files, in order (later files win, as with helm -f). */
  valuesFiles: string[];
  set: KeyValue[];
  releaseName: string;
  namespace: string;
  /** '' keeps the version in Chart.yaml. */
  chartVersion: string;
  appVersion: string;
  /** Absolute directory the .tgz is written to. */
  destination: string;
  requiredKinds: string[];
  externalServiceAccounts: string[];
  policy: Policy;
  kubeVersion: string;
  /** '' means the pinned default. */
  helmVersion: string;
  helmPath: string;
  /** Base URL of Helm releases (get.helm.sh or a mirror). */
  helmDownloadUrl: string;
  /** Rewrite the package so identical sources give identical bytes (mtimes fixed). */
  reproducible: boolean;
  /** Where annotation paths are made relative to, and relative inputs are resolved against. */
  workspace: string;
  /** Scratch space for the rendered manifest. */
  tempDir: string;
}

/** SemVer 2 as Helm requires for chart versions. */
export const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const KIND = /^[A-Z][A-Za-z0-9]*$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const KUBE_VERSION = /^v?\d+\.\d+(\.\d+)?$/;

/** The file-system look-ups validation needs (the shared path rule's), injected for tests. */
export type FsProbe = PathFs;

export function getInputs(
  lookup: InputLookup,
  env: NodeJS.ProcessEnv,
  fsProbe: FsProbe = nodePathFs
): Inputs {
  const workspace = path.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
  const tempDir = path.resolve(env['RUNNER_TEMP'] || os.tmpdir());
  const r = new InputReader(lookup, workspace);

  // Reading (not writing) paths outside the workspace is harmless, so they are allowed; a
  // symlink inside the workspace must not lead out of it (the shared path rule).
  const chartRaw = r.string('chart', { required: true });
  let chart = '';
  if (chartRaw) {
    const p = r.path('chart', chartRaw, fsProbe, {
      outside: true,
      want: 'directory',
      missing: `directory "${chartRaw}" does not exist`,
      notDirectory: `"${chartRaw}" is not a directory (give the chart's source directory)`
    });
    if (p) {
      chart = p.path;
      r.path('chart', path.join(chartRaw, 'Chart.yaml'), fsProbe, {
        outside: true,
        want: 'file',
        missing: `"${chartRaw}" has no Chart.yaml, so it is not a Helm chart`
      });
    } else chart = path.resolve(workspace, chartRaw);
  }

  const valuesFiles = r.list('values-files').map(
    v =>
      r.path('values-files', v, fsProbe, {
        outside: true,
        want: 'file',
        missing: `file "${v}" does not exist`,
        notFile: `"${v}" is a directory, not a values file`
      })?.path ?? path.resolve(workspace, v)
  );

  const set = r.keyValues('set', HELM_SET_KEY, { helmSet: true });

  const releaseName = r.string('release-name', {
    default: 'release',
    pattern: DNS1123_LABEL,
    hint: 'lower-case letters, digits and -'
  });
  if (releaseName.length > 53)
    r.problem('release-name', `"${releaseName}" is longer than Helm's limit of 53 characters`);
  const namespace = r.string('namespace', {
    default: 'default',
    pattern: DNS1123_LABEL,
    hint: 'lower-case letters, digits and -'
  });
  if (namespace.length > 63) r.problem('namespace', `"${namespace}" is longer than 63 characters`);

  const chartVersion = r.string('chart-version', {
    pattern: SEMVER,
    hint: 'a SemVer 2 version such as 1.2.3 or 1.2.3-rc.1'
  });
  const appVersion = r.string('app-version');
  if (/\s/.test(appVersion)) r.problem('app-version', `"${appVersion}" contains whitespace`);

  const destRaw = r.string('destination');
  // Absolute destinations (e.g. runner.temp) are the user's choice; relative ones stay in the
  // workspace, and a symlink there must not lead the written package out of it.
  const destination = destRaw
    ? (r.path('destination', destRaw, fsProbe, {
        outside: path.isAbsolute(destRaw),
        mayNotExist: true,
        want: 'directory',
        notDirectory: `"${destRaw}" exists and is not a directory`
      })?.path ?? path.resolve(workspace, destRaw))
    : path.join(tempDir, 'charts');

  const requiredKinds = r.list('required-kinds', { commas: true });
  if (r.raw('required-kinds') === '') requiredKinds.push('Deployment', 'Service', 'ServiceAccount');
  for (const k of requiredKinds)
    if (!KIND.test(k)) r.problem('required-kinds', `"${k}" is not a Kubernetes kind (e.g. Deployment)`);

  const externalServiceAccounts = r.list('external-service-accounts', { commas: true });
  for (const sa of externalServiceAccounts) {
    if (!DNS1123_SUBDOMAIN.test(sa))
      r.problem('external-service-accounts', `"${sa}" is not a valid ServiceAccount name`);
  }

  const policy = r.enumOf('policy', POLICIES, 'strict');
  const kubeVersion = r.string('kube-version', { pattern: KUBE_VERSION, hint: 'e.g. 1.33 or v1.33.0' });

  const helmVersion = r.string('helm-version');
  if (helmVersion && !normalizeHelmVersion(helmVersion))
    r.problem('helm-version', `"${helmVersion}" is not a version such as v4.3.1`);
  const helmPathRaw = r.string('helm-path');
  const helmPath = helmPathRaw
    ? (r.path('helm-path', helmPathRaw, fsProbe, {
        outside: true,
        want: 'file',
        notFile: `"${helmPathRaw}" is a directory, not the helm binary`
      })?.path ?? '')
    : '';

  const helmDownloadUrl = r.string('helm-download-url', {
    default: HELM_DOWNLOAD_BASE,
    pattern: /^https?:\/\/[^\s/]+(\/\S*)?$/,
    hint: 'an http(s) URL such as https://get.helm.sh'
  });
  const urlHost = /^https?:\/\/([^/]+)/.exec(helmDownloadUrl)?.[1];
  const urlPort = urlHost ? portProblem(urlHost) : undefined;
  if (urlPort) r.problem('helm-download-url', urlPort);
  const reproducible = r.bool('reproducible', true);

  r.finish();
  return {
    chart,
    valuesFiles,
    set,
    releaseName,
    namespace,
    chartVersion: chartVersion.replace(/^v/, ''),
    appVersion,
    destination,
    requiredKinds: [...new Set(requiredKinds)],
    externalServiceAccounts,
    policy,
    kubeVersion,
    helmVersion,
    helmPath,
    helmDownloadUrl,
    reproducible,
    workspace,
    tempDir
  };
}
