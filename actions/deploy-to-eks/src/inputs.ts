/**
 * The action's inputs (mirroring action.yml) as one typed object, validated completely before
 * any cluster is touched: every problem is collected and reported at once, by input name. Each
 * input is listed once, in the table below; `Inputs` is derived from it (src/lib/inputTable.ts).
 * Pure apart from the injected file checks, and free of heavy imports (start-up budget).
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { helmToolInputs } from '../../../src/lib/helmInputs';
import { AWS_REGION_PATTERN, resolveRegion } from '../../../src/lib/aws';
import { decodeBase64Kubeconfig, looksLikeKubeconfigText } from '../../../src/lib/kubeconfig';
import {
  DNS1123_LABEL,
  HELM_SET_KEY,
  InputReader,
  OCI_TAG,
  SHA256_DIGEST,
  portProblem,
  type InputLookup
} from '../../../src/lib/inputs';
import { smokePathProblem } from './smokePath';
import { ociChartRefProblem } from '../../../src/lib/ociRef';
import { realFs, type FileProbe } from '../../../src/lib/fileProbe';
import { exposedValues, hidden, input, readTable, type ExposedValues } from '../../../src/lib/inputTable';
import { gateInputTable, gateInputsOf, type GateInputs } from './gates/gateInputs';
import { parsePodSecurity } from './namespace';

export const DRY_RUN_MODES = ['none', 'client', 'server', 'diff', 'record'] as const;

/** auto: check an image pinned by digest; on: also resolve a tag, and refuse when unchecked; off. */
export const IMAGE_CHECK_MODES = ['auto', 'on', 'off'] as const;
export type ImageCheckMode = (typeof IMAGE_CHECK_MODES)[number];

/** `previous` or a revision number (steps/rollback.ts decides whether it qualifies). */
export const ROLLBACK_TO = /^(previous|[1-9][0-9]{0,8})$/;

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

/** The file look-ups of the shared path rule (src/lib/inputs.ts InputReader.path). */
export type InputFs = Pick<FileProbe, 'isDirectory' | 'isFile' | 'realpath'>;

/** EKS cluster names: 1-100 characters, alphanumerics, hyphens and underscores, starting alphanumeric. */
export const EKS_CLUSTER_NAME = /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/;
/** `<key>` of `<key>.repository`: dotted identifiers (image, app.image, frontdoor.image). */
const VALUES_KEY = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
/** [registry[:port]/]path, lower-case path components as the distribution spec requires. */
const IMAGE_REPOSITORY =
  /^([A-Za-z0-9.-]+(:\d+)?\/)?[a-z0-9]+([._-]+[a-z0-9]+)*(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*$/;
const SMOKE_SERVICE = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)(:([a-z0-9-]+))?$/;

/** A kubeconfig input holding the document itself rather than a path to it. */
export const isInlineKubeconfig = looksLikeKubeconfigText;

/**
 * The inputs, in action.yml's order: each read and checked where it is listed (problems come out
 * in that order). Hidden fields feed the grouped values below (cluster, image, timeout, smoke).
 */
function inputTable(env: NodeJS.ProcessEnv, fsx: InputFs) {
  const eksChosen = (r: InputReader) => r.raw('cluster-name') !== '' && r.raw('kubeconfig') === '';
  return {
    // Cluster access: exactly one of cluster-name (EKS) or kubeconfig; the pair is checked here.
    'cluster-name': hidden(
      input.custom((r, name) => {
        if (r.exactlyOneOf([name, 'kubeconfig']) !== name) return '';
        return r.string(name, {
          pattern: EKS_CLUSTER_NAME,
          hint: 'an EKS cluster name (letters, digits, - and _, at most 100)'
        });
      })
    ),
    'aws-region': hidden(
      input.custom((r, name) => {
        if (!eksChosen(r)) return '';
        const region = resolveRegion(r.raw(name), env);
        if (!region) r.problem(name, 'is required with cluster-name (or set AWS_REGION)');
        else if (!AWS_REGION_PATTERN.test(region))
          r.problem(name, `"${region}" is not an AWS region (e.g. eu-north-1)`);
        return region;
      })
    ),
    kubeconfig: hidden(
      input.custom((r, name): ClusterAccess | undefined => {
        const raw = r.raw(name);
        if (!raw || r.raw('cluster-name')) return undefined;
        if (isInlineKubeconfig(raw)) return { kind: 'kubeconfig', inline: raw };
        const decoded = decodeBase64Kubeconfig(raw);
        if (decoded) return { kind: 'kubeconfig', inline: decoded };
        const notKubeconfig =
          'is neither a readable kubeconfig file nor kubeconfig content (YAML, JSON, or base64 of either); the value is not shown because it may hold credentials';
        // One long word with no path separator is mangled content (e.g. broken base64), not a path.
        if (!raw.includes('/') && raw.length > 255) {
          r.problem(name, notKubeconfig);
          return { kind: 'kubeconfig' };
        }
        const expanded = raw.startsWith('~/') ? path.join(os.homedir(), raw.slice(2)) : raw;
        // The shared path rule, quiet: a value that is not a path may be a (mangled) kubeconfig
        // with credentials, so it is never echoed.
        const p = r.path(name, expanded, fsx, {
          outside: true,
          quiet: true,
          want: 'file',
          missing: notKubeconfig
        });
        return { kind: 'kubeconfig', path: p?.path ?? path.resolve(r.workspaceDir, expanded) };
      })
    ),
    'release-name': input.text({
      required: true,
      check: v =>
        !DNS1123_LABEL.test(v) || v.length > 53
          ? `"${v}" is not a valid release name: lower-case letters, digits and '-', starting and ending alphanumeric, at most 53 characters`
          : undefined
    }),
    namespace: input.text({
      required: true,
      check: v =>
        !DNS1123_LABEL.test(v) || v.length > 63
          ? `"${v}" is not a valid namespace: a DNS-1123 label (lower-case letters, digits, '-'), at most 63 characters`
          : undefined
    }),
    // Chart: oci:// reference, packaged .tgz or a chart directory.
    chart: input.custom((r, name): ChartRef => {
      // Rollback on demand and `dry-run: record` read what is stored; they take no chart.
      const noChart = r.raw('rollback-to') !== '' || r.raw('dry-run') === 'record';
      if (noChart) {
        if (r.raw(name))
          r.problem(
            name,
            r.raw('rollback-to')
              ? 'must be empty with rollback-to (the stored revision brings its own chart)'
              : 'must be empty with dry-run record (it reads what the deployed revision runs)'
          );
        return { kind: 'archive', path: '' };
      }
      const chartRaw = r.string(name, { required: true });
      const chartVersion = r.raw('chart-version');
      if (chartRaw.startsWith('oci://')) {
        if (!/^oci:\/\/[^\s/]+\/\S+$/.test(chartRaw))
          r.problem(name, `"${chartRaw}" is not an oci:// reference (oci://<registry>/<path>)`);
        else {
          const port = portProblem(/^oci:\/\/([^/]+)/.exec(chartRaw)?.[1] ?? '');
          if (port) r.problem(name, `registry ${port}`);
          else if (ociChartRefProblem(chartRaw)) r.problem(name, ociChartRefProblem(chartRaw) as string);
          else if (chartRaw.includes('@') && chartVersion)
            r.problem('chart-version', 'must be empty with a chart pinned by digest (oci://…@sha256:…)');
        }
        return { kind: 'oci', ref: chartRaw, version: chartVersion };
      }
      if (!chartRaw) return { kind: 'archive', path: '' };
      // The shared path rule: outside the workspace allowed (RUNNER_TEMP), a symlink out of it not.
      const p = r.path(name, chartRaw, fsx, {
        outside: true,
        missing: `"${chartRaw}" does not exist (a .tgz from package-and-verify-helm-chart, a chart directory or oci://...)`
      });
      if (p?.kind === 'directory') {
        r.path(name, path.join(p.path, 'Chart.yaml'), fsx, {
          outside: true,
          want: 'file',
          missing: `directory "${chartRaw}" has no Chart.yaml`
        });
        return { kind: 'directory', path: p.path };
      }
      if (p && p.kind !== 'file') r.problem(name, `"${chartRaw}" is neither a file nor a directory`);
      return { kind: 'archive', path: p?.path ?? path.resolve(r.workspaceDir, chartRaw) };
    }),
    'chart-version': hidden(
      input.custom((r, name) => {
        const v = r.string(name);
        if (!v) return v;
        if (!r.raw('chart').startsWith('oci://'))
          r.problem(name, 'only applies to oci:// charts; a packaged chart or directory has its own version');
        else if (!/^[0-9A-Za-z.+-]+$/.test(v)) r.problem(name, `"${v}" is not a chart version`);
        return v;
      })
    ),
    // Credentials for an oci:// chart's registry (ECR: the AWS SDK's, so none needed).
    'registry-username': input.custom((r, name) => {
      const v = r.string(name);
      if (!v && r.raw('registry-password')) r.problem(name, 'is required when registry-password is set');
      else if (v && !r.raw('registry-password'))
        r.problem('registry-password', 'is required when registry-username is set');
      else if (/[\s:]/.test(v)) r.problem(name, 'must not contain whitespace or ":"');
      return v;
    }),
    'registry-password': input.custom((r, name) => {
      const v = r.raw(name);
      // Never echoed: only its shape is checked.
      if (/[\r\n]/.test(v)) r.problem(name, 'must be one line (the value is not shown)');
      return v;
    }),
    'registry-plain-http': input.flag(false),
    'values-files': input.custom((r, name) =>
      r.list(name).map(f => r.path(name, f, fsx, { outside: true, want: 'file' })?.path ?? f)
    ),
    set: input.custom((r, name) => r.keyValues(name, HELM_SET_KEY, { helmSet: true })),
    image: hidden(
      input.text({
        pattern: IMAGE_REPOSITORY,
        hint: 'expected <registry>/<repository> without tag or digest',
        check: v => {
          const host = /^([^/]+)\//.exec(v)?.[1];
          const port = host ? portProblem(host) : undefined;
          return port && `registry ${port}`;
        }
      })
    ),
    'image-tag': hidden(input.text({ pattern: OCI_TAG, hint: 'letters, digits, _ . -; at most 128' })),
    'image-digest': hidden(
      input.text({ pattern: SHA256_DIGEST, hint: 'expected sha256: followed by 64 lower-case hex digits' })
    ),
    'image-values-key': hidden(
      input.text({ default: 'image', pattern: VALUES_KEY, hint: 'a dotted values path such as image' })
    ),
    // Before anything changes: can this job read the image it deploys (steps/image.ts)?
    'image-check': input.custom((r, name): ImageCheckMode => {
      const v = r.enumOf(name, IMAGE_CHECK_MODES, 'auto');
      if (v === 'on') {
        if (r.raw('rollback-to') || r.raw('dry-run') === 'record')
          r.problem(
            name,
            `on does not apply with ${r.raw('rollback-to') ? 'rollback-to' : 'dry-run record'} (no image is given to check)`
          );
        else if (!r.raw('image') || (!r.raw('image-digest') && !r.raw('image-tag')))
          r.problem(name, 'on needs image with image-digest or image-tag (the image to check)');
      }
      return v;
    }, 'auto'),
    'create-namespace': input.flag(true),
    // Pod Security labels of a namespace this action creates (namespace.ts has the grammar).
    'namespace-pod-security': input.custom((r, name) => {
      const ps = parsePodSecurity(r.string(name, { default: 'enforce=restricted' }));
      for (const p of ps.problems) r.problem(name, p);
      return ps.value;
    }, 'enforce=restricted'),
    wait: input.flag(true),
    timeout: hidden(input.duration('5m')),
    'rollback-on-failure': input.flag(true),
    'history-max': input.integer(10, { min: 0, max: 1000 }),
    'skip-unchanged': input.flag(true),
    'recover-stuck': input.flag(true),
    'dry-run': input.oneOf(DRY_RUN_MODES, 'none'),
    'force-conflicts': input.flag(false),
    // Rollback on demand: `previous` or a revision number; the stored revision brings its chart,
    // values and image, so none of those inputs may be given with it.
    'rollback-to': input.custom((r, name) => {
      const v = r.string(name);
      if (!v) return '';
      if (!ROLLBACK_TO.test(v)) {
        r.problem(name, `"${v}" is neither previous nor a revision number`);
        return '';
      }
      const given = ['values-files', 'set', 'image', 'image-tag', 'image-digest', 'chart-version'].filter(
        k => r.raw(k) !== ''
      );
      if (given.length)
        r.problem(name, `cannot be combined with ${given.join(', ')} (the stored revision brings its own)`);
      if (r.raw('dry-run') && r.raw('dry-run') !== 'none') r.problem(name, 'cannot be combined with dry-run');
      return v;
    }),
    // A smoke path must be provably confined to the release's service proxy (smokePath.ts).
    'smoke-path': hidden(
      input.custom((r, name) => {
        const v = r.raw(name);
        const problem = v ? smokePathProblem(v) : undefined;
        if (problem) r.problem(name, problem);
        return problem ? '' : v;
      })
    ),
    'smoke-service': hidden(
      input.text({
        check: v => (SMOKE_SERVICE.test(v) ? undefined : `"${v}" is not <service>[:<port>]`)
      })
    ),
    ...gateInputTable(),
    ...helmToolInputs(fsx)
  };
}

/** The table itself, for the checks that compare it with action.yml (names and defaults). */
export const INPUT_TABLE = inputTable({}, realFs);

export interface Inputs extends ExposedValues<ReturnType<typeof inputTable>> {
  cluster: ClusterAccess;
  image: ImageInputs;
  timeoutSeconds: number;
  smoke?: SmokeTarget;
  /** Gates after the rollout, fail-fast rules, Argo Rollouts pause handling (gates/gateInputs.ts). */
  gates: GateInputs;
  workspace: string;
  /** Where the private kubeconfig goes: RUNNER_TEMP, else the OS temp dir. */
  runnerTemp: string;
}

export function getInputs(lookup: InputLookup, env: NodeJS.ProcessEnv, fsx: InputFs = realFs): Inputs {
  const workspace = path.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
  const r = new InputReader(lookup, workspace);
  const table = inputTable(env, fsx);
  const v = readTable(table, r);

  const cluster: ClusterAccess = v.clusterName
    ? { kind: 'eks', clusterName: v.clusterName, region: v.awsRegion }
    : (v.kubeconfig ?? { kind: 'kubeconfig' });
  const sm = SMOKE_SERVICE.exec(v.smokeService);
  if (v.smokeService && !r.raw('smoke-path')) r.problem('smoke-service', 'needs smoke-path');
  const smoke = v.smokePath ? { path: v.smokePath, service: sm?.[1] ?? '', port: sm?.[4] ?? '' } : undefined;

  r.finish();
  return {
    ...exposedValues(table, v),
    cluster,
    image: { repository: v.image, tag: v.imageTag, digest: v.imageDigest, valuesKey: v.imageValuesKey },
    timeoutSeconds: v.timeout,
    smoke,
    gates: gateInputsOf(v),
    workspace,
    runnerTemp: env['RUNNER_TEMP'] || os.tmpdir()
  };
}
