/**
 * The action's inputs (mirroring action.yml) as one typed object, validated completely before
 * any cluster is touched: every problem is collected and reported at once, by input name.
 * Pure apart from the injected file checks, and free of heavy imports (start-up budget).
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { AWS_REGION_PATTERN, resolveRegion } from '../../../src/lib/aws';
import {
  DNS1123_LABEL,
  HELM_SET_KEY,
  InputReader,
  SHA256_DIGEST,
  nodePathFs,
  portProblem,
  type InputLookup,
  type KeyValue,
  type PathFs
} from '../../../src/lib/inputs';
import { smokePathProblem } from './smokePath';

export const DRY_RUN_MODES = ['none', 'client', 'server'] as const;
export type DryRunMode = (typeof DRY_RUN_MODES)[number];

export type ClusterAccess =
  | { kind: 'eks'; clusterName: string; region: string }
  /** `path` is a file on disk; `inline` is kubeconfig content passed in the input itself. */
  | { kind: 'kubeconfig'; path?: string; inline?: string };

export type ChartRef =
  { kind: 'oci'; ref: string; version: string } | { kind: 'archive' | 'directory'; path: string };

export interface ImageInputs {
  repository: string;
  tag: string;
  digest: string;
  valuesKey: string;
}

export interface SmokeTarget {
  path: string;
  /** Service name ('' = the release's only Service, or the one named like the release). */
  service: string;
  /** Port name or number ('' = the Service's first port). */
  port: string;
}

export interface Inputs {
  cluster: ClusterAccess;
  releaseName: string;
  namespace: string;
  chart: ChartRef;
  valuesFiles: string[];
  set: KeyValue[];
  image: ImageInputs;
  createNamespace: boolean;
  wait: boolean;
  timeoutSeconds: number;
  rollbackOnFailure: boolean;
  historyMax: number;
  skipUnchanged: boolean;
  recoverStuck: boolean;
  dryRun: DryRunMode;
  forceConflicts: boolean;
  smoke?: SmokeTarget;
  helmVersion: string;
  helmPath: string;
  workspace: string;
  /** Where the private kubeconfig goes: RUNNER_TEMP, else the OS temp dir. */
  runnerTemp: string;
}

/** The file-system look-ups validation needs (the shared path rule's), injected for tests. */
export type InputFs = PathFs;
export const realFs: InputFs = nodePathFs;

/** EKS cluster names: 1-100 characters, alphanumerics, hyphens and underscores, starting alphanumeric. */
export const EKS_CLUSTER_NAME = /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/;
/** `<key>` of `<key>.repository`: dotted identifiers (image, app.image, frontdoor.image). */
const VALUES_KEY = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/** [registry[:port]/]path, lower-case path components as the distribution spec requires. */
const IMAGE_REPOSITORY =
  /^([A-Za-z0-9.-]+(:\d+)?\/)?[a-z0-9]+([._-]+[a-z0-9]+)*(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*$/;
const SMOKE_SERVICE = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)(:([a-z0-9-]+))?$/;

/** A kubeconfig input holding the document itself rather than a path to it. */
export function isInlineKubeconfig(value: string): boolean {
  return value.includes('\n') || /^\s*(\{|apiVersion\s*:|kind\s*:|clusters\s*:)/.test(value);
}

export function getInputs(lookup: InputLookup, env: NodeJS.ProcessEnv, fsx: InputFs = realFs): Inputs {
  const workspace = path.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
  const r = new InputReader(lookup, workspace);

  // Cluster access: exactly one of cluster-name (EKS) or kubeconfig.
  let cluster: ClusterAccess = { kind: 'kubeconfig' };
  const access = r.exactlyOneOf(['cluster-name', 'kubeconfig']);
  if (access === 'cluster-name') {
    const clusterName = r.string('cluster-name', {
      pattern: EKS_CLUSTER_NAME,
      hint: 'an EKS cluster name (letters, digits, - and _, at most 100)'
    });
    const region = resolveRegion(r.raw('aws-region'), env);
    if (!region) r.problem('aws-region', 'is required with cluster-name (or set AWS_REGION)');
    else if (!AWS_REGION_PATTERN.test(region))
      r.problem('aws-region', `"${region}" is not an AWS region (e.g. eu-north-1)`);
    cluster = { kind: 'eks', clusterName, region };
  } else if (access === 'kubeconfig') {
    const raw = (lookup('kubeconfig') ?? '').trim();
    if (isInlineKubeconfig(raw)) cluster = { kind: 'kubeconfig', inline: raw };
    else {
      const expanded = raw.startsWith('~/') ? path.join(os.homedir(), raw.slice(2)) : raw;
      // Never echo the value beyond a short path: it may be kubeconfig content on one line.
      const p = r.path('kubeconfig', expanded, fsx, {
        outside: true,
        quiet: true,
        want: 'file',
        missing: 'is neither an existing kubeconfig file nor kubeconfig content'
      });
      cluster = { kind: 'kubeconfig', path: p?.path ?? path.resolve(workspace, expanded) };
    }
  }

  const releaseName = r.string('release-name', { required: true });
  if (releaseName && (!DNS1123_LABEL.test(releaseName) || releaseName.length > 53)) {
    r.problem(
      'release-name',
      `"${releaseName}" is not a valid release name: lower-case letters, digits and '-', starting and ending alphanumeric, at most 53 characters`
    );
  }
  const namespace = r.string('namespace', { required: true });
  if (namespace && (!DNS1123_LABEL.test(namespace) || namespace.length > 63)) {
    r.problem(
      'namespace',
      `"${namespace}" is not a valid namespace: a DNS-1123 label (lower-case letters, digits, '-'), at most 63 characters`
    );
  }

  // Chart: oci:// reference, packaged .tgz or a chart directory.
  const chartRaw = r.string('chart', { required: true });
  const chartVersion = r.string('chart-version');
  let chart: ChartRef = { kind: 'archive', path: '' };
  if (chartRaw.startsWith('oci://')) {
    if (!/^oci:\/\/[^\s/]+\/\S+$/.test(chartRaw))
      r.problem('chart', `"${chartRaw}" is not an oci:// reference (oci://<registry>/<path>)`);
    if (chartVersion && !/^[0-9A-Za-z.+-]+$/.test(chartVersion))
      r.problem('chart-version', `"${chartVersion}" is not a chart version`);
    chart = { kind: 'oci', ref: chartRaw, version: chartVersion };
  } else if (chartRaw) {
    if (chartVersion)
      r.problem(
        'chart-version',
        'only applies to oci:// charts; a packaged chart or directory has its own version'
      );
    const p = r.path('chart', chartRaw, fsx, {
      outside: true,
      missing: `"${chartRaw}" does not exist (a .tgz from package-and-verify-helm-chart, a chart directory or oci://...)`
    });
    if (p?.kind === 'directory') {
      if (
        r.path('chart', path.join(p.path, 'Chart.yaml'), fsx, {
          outside: true,
          want: 'file',
          missing: `directory "${chartRaw}" has no Chart.yaml`
        })
      )
        chart = { kind: 'directory', path: p.path };
    } else if (p?.kind === 'file') {
      chart = { kind: 'archive', path: p.path };
    } else if (p) {
      r.problem('chart', `"${chartRaw}" is neither a file nor a directory`);
    }
  }

  const valuesFiles = r
    .list('values-files')
    .map(f => r.path('values-files', f, fsx, { outside: true, want: 'file' })?.path ?? f);
  const set = r.keyValues('set', HELM_SET_KEY, { helmSet: true });

  const image: ImageInputs = {
    repository: r.string('image', {
      pattern: IMAGE_REPOSITORY,
      hint: 'expected <registry>/<repository> without tag or digest'
    }),
    tag: r.string('image-tag', { pattern: OCI_TAG, hint: 'letters, digits, _ . -; at most 128' }),
    digest: r.string('image-digest', {
      pattern: SHA256_DIGEST,
      hint: 'expected sha256: followed by 64 lower-case hex digits'
    }),
    valuesKey: r.string('image-values-key', {
      default: 'image',
      pattern: VALUES_KEY,
      hint: 'a dotted values path such as image'
    })
  };

  const imageHost = /^([^/]+)\//.exec(image.repository)?.[1];
  const imagePort = imageHost ? portProblem(imageHost) : undefined;
  if (imagePort) r.problem('image', `registry ${imagePort}`);
  const ociHost = chart.kind === 'oci' ? /^oci:\/\/([^/]+)/.exec(chart.ref)?.[1] : undefined;
  const ociPort = ociHost ? portProblem(ociHost) : undefined;
  if (ociPort) r.problem('chart', `registry ${ociPort}`);

  const createNamespace = r.bool('create-namespace', true);
  const wait = r.bool('wait', true);
  const timeoutSeconds = r.duration('timeout', '5m');
  const rollbackOnFailure = r.bool('rollback-on-failure', true);
  const historyMax = r.int('history-max', 10, { min: 0, max: 1000 });
  const skipUnchanged = r.bool('skip-unchanged', true);
  const recoverStuck = r.bool('recover-stuck', true);
  const dryRun = r.enumOf('dry-run', DRY_RUN_MODES, 'none');
  const forceConflicts = r.bool('force-conflicts', false);

  let smoke: SmokeTarget | undefined;
  const smokePath = r.raw('smoke-path');
  const smokeProblem = smokePath ? smokePathProblem(smokePath) : undefined;
  if (smokeProblem) r.problem('smoke-path', smokeProblem);
  const smokeService = r.string('smoke-service');
  const sm = SMOKE_SERVICE.exec(smokeService);
  if (smokeService && !sm) r.problem('smoke-service', `"${smokeService}" is not <service>[:<port>]`);
  if (smokeService && !smokePath) r.problem('smoke-service', 'needs smoke-path');
  if (smokePath && !smokeProblem) smoke = { path: smokePath, service: sm?.[1] ?? '', port: sm?.[4] ?? '' };

  const helmVersionRaw = r.string('helm-version');
  // Not helm.ts's normalizeHelmVersion: importing helm.ts loads child_process before validation.
  const helmVersion = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(helmVersionRaw)
    ? helmVersionRaw.replace(/^v?/, 'v')
    : '';
  if (helmVersionRaw && !helmVersion)
    r.problem('helm-version', `"${helmVersionRaw}" is not a version (e.g. v4.3.1)`);
  const helmPathRaw = r.string('helm-path');
  const helmPath = helmPathRaw
    ? (r.path('helm-path', helmPathRaw, fsx, {
        outside: true,
        want: 'file',
        notFile: `"${helmPathRaw}" is a directory, not the helm binary`
      })?.path ?? '')
    : '';

  r.finish();
  return {
    cluster,
    releaseName,
    namespace,
    chart,
    valuesFiles,
    set,
    image,
    createNamespace,
    wait,
    timeoutSeconds,
    rollbackOnFailure,
    historyMax,
    skipUnchanged,
    recoverStuck,
    dryRun,
    forceConflicts,
    smoke,
    helmVersion,
    helmPath,
    workspace,
    runnerTemp: env['RUNNER_TEMP'] || os.tmpdir()
  };
}
