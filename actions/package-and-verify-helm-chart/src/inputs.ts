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
  type InputLookup,
  type KeyValue
} from '../../../src/lib/inputs';
import { parseExemptionLine, type Exemption } from './checks/exemptions';
import { parseLabelList, type CustomWorkload } from './checks/workloads';

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
  /** Secrets that exist outside the chart (not reported as missing). */
  externalSecrets: string[];
  /** `<Kind>/<name>:<check>=<reason>` lines, parsed. */
  exemptions: Exemption[];
  /** Custom resource kinds whose operator makes pods, with the labels it gives them. */
  customWorkloads: CustomWorkload[];
  policy: Policy;
  kubeVersion: string;
  /** Extra `--api-versions` for lint and template (the kube-version default set is added in run). */
  apiVersions: string[];
  /** CA bundle for https chart repositories and OCI registries of dependencies ('' = system CAs). */
  repositoryCaFile: string;
  /** Credentials for OCI dependency registries ('' = anonymous). */
  registryUsername: string;
  registryPassword: string;
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
const API_VERSION = /^(?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?v\d+[a-z0-9]*(?:\/[A-Z][A-Za-z0-9]*)?$/;

export interface FsProbe {
  exists(p: string): boolean;
  isDirectory(p: string): boolean;
}

export function getInputs(lookup: InputLookup, env: NodeJS.ProcessEnv, fsProbe: FsProbe): Inputs {
  const workspace = path.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
  const tempDir = path.resolve(env['RUNNER_TEMP'] || os.tmpdir());
  const r = new InputReader(lookup, workspace);

  // Reading (not writing) paths outside the workspace is harmless, so they are allowed.
  const chartRaw = r.string('chart', { required: true });
  let chart = '';
  if (chartRaw) {
    chart = r.workspacePath('chart', chartRaw, { insideWorkspace: false });
    if (!fsProbe.exists(chart)) r.problem('chart', `directory "${chartRaw}" does not exist`);
    else if (!fsProbe.isDirectory(chart))
      r.problem('chart', `"${chartRaw}" is not a directory (give the chart's source directory)`);
    else if (!fsProbe.exists(path.join(chart, 'Chart.yaml')))
      r.problem('chart', `"${chartRaw}" has no Chart.yaml, so it is not a Helm chart`);
  }

  const valuesFiles = r.list('values-files').map(v => {
    const p = r.workspacePath('values-files', v, { insideWorkspace: false });
    if (!fsProbe.exists(p)) r.problem('values-files', `file "${v}" does not exist`);
    else if (fsProbe.isDirectory(p)) r.problem('values-files', `"${v}" is a directory, not a values file`);
    return p;
  });

  const set = r.keyValues('set', HELM_SET_KEY);

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
  // Absolute destinations (e.g. runner.temp) are the user's choice; relative ones stay in the workspace.
  const destination = destRaw
    ? path.isAbsolute(destRaw)
      ? path.resolve(destRaw)
      : r.workspacePath('destination', destRaw)
    : path.join(tempDir, 'charts');
  if (destRaw && fsProbe.exists(destination) && !fsProbe.isDirectory(destination)) {
    r.problem('destination', `"${destRaw}" exists and is not a directory`);
  }

  const requiredKinds = r.list('required-kinds', { commas: true });
  if (r.raw('required-kinds') === '') requiredKinds.push('Deployment', 'Service', 'ServiceAccount');
  for (const k of requiredKinds)
    if (!KIND.test(k)) r.problem('required-kinds', `"${k}" is not a Kubernetes kind (e.g. Deployment)`);

  const externalServiceAccounts = r.list('external-service-accounts', { commas: true });
  for (const sa of externalServiceAccounts) {
    if (!DNS1123_SUBDOMAIN.test(sa))
      r.problem('external-service-accounts', `"${sa}" is not a valid ServiceAccount name`);
  }

  const externalSecrets = r.list('external-secrets', { commas: true });
  for (const s of externalSecrets) {
    if (!DNS1123_SUBDOMAIN.test(s)) r.problem('external-secrets', `"${s}" is not a valid Secret name`);
  }

  const exemptions: Exemption[] = [];
  for (const line of r.list('exemptions')) {
    const e = parseExemptionLine(line);
    if (typeof e === 'string') r.problem('exemptions', e);
    else exemptions.push(e);
  }

  const customWorkloads: CustomWorkload[] = [];
  for (const line of r.list('custom-workloads')) {
    const m = /^([A-Z][A-Za-z0-9]*)(?:\.([a-z0-9.-]+))?:\s*(.+)$/.exec(line);
    const labels = m ? parseLabelList(m[3] as string) : undefined;
    if (!m || !labels)
      r.problem(
        'custom-workloads',
        `"${line}" is not <Kind>[.<group>]: <label>=<value>,... (e.g. Database.db.example.com: app=db,cluster={name})`
      );
    else customWorkloads.push({ kind: m[1] as string, group: m[2] ?? '', labels });
  }

  const policy = r.enumOf('policy', POLICIES, 'strict');
  const kubeVersion = r.string('kube-version', { pattern: KUBE_VERSION, hint: 'e.g. 1.33 or v1.33.0' });
  const apiVersions = r.list('api-versions', { commas: true });
  for (const v of apiVersions)
    if (!API_VERSION.test(v))
      r.problem(
        'api-versions',
        `"${v}" is not <group>/<version> or <group>/<version>/<Kind> (e.g. policy/v1/PodDisruptionBudget)`
      );

  const caRaw = r.string('repository-ca-file');
  let repositoryCaFile = '';
  if (caRaw) {
    repositoryCaFile = r.workspacePath('repository-ca-file', caRaw, { insideWorkspace: false });
    if (!fsProbe.exists(repositoryCaFile) || fsProbe.isDirectory(repositoryCaFile))
      r.problem('repository-ca-file', `"${caRaw}" is not a file`);
  }
  const registryUsername = r.string('registry-username');
  const registryPassword = r.raw('registry-password');
  if (registryPassword && !registryUsername)
    r.problem('registry-username', 'is required when registry-password is set');
  else if (registryUsername && !registryPassword)
    r.problem('registry-password', 'is required when registry-username is set');

  const helmVersion = r.string('helm-version');
  if (helmVersion && !normalizeHelmVersion(helmVersion))
    r.problem('helm-version', `"${helmVersion}" is not a version such as v4.3.1`);
  const helmPathRaw = r.string('helm-path');
  let helmPath = '';
  if (helmPathRaw) {
    helmPath = r.workspacePath('helm-path', helmPathRaw, { insideWorkspace: false });
    if (!fsProbe.exists(helmPath)) r.problem('helm-path', `"${helmPathRaw}" does not exist`);
    else if (fsProbe.isDirectory(helmPath))
      r.problem('helm-path', `"${helmPathRaw}" is a directory, not the helm binary`);
  }

  const helmDownloadUrl = r.string('helm-download-url', {
    default: HELM_DOWNLOAD_BASE,
    pattern: /^https?:\/\/[^\s/]+(\/\S*)?$/,
    hint: 'an http(s) URL such as https://get.helm.sh'
  });
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
    externalSecrets,
    exemptions,
    customWorkloads,
    policy,
    kubeVersion,
    apiVersions: [...new Set(apiVersions)],
    repositoryCaFile,
    registryUsername,
    registryPassword,
    helmVersion,
    helmPath,
    helmDownloadUrl,
    reproducible,
    workspace,
    tempDir
  };
}
