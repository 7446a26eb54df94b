/**
 * The one model of a release that deploy-to-eks's steps pass along (deploy.ts runs them):
 *
 *   steps/chart.ts    an oci:// chart pulled and checked against its digest (before anything)
 *   steps/read.ts     what is deployed: Helm's records, and what each revision records it runs
 *   steps/image.ts    the image to deploy can be read by this job, by digest (while read runs)
 *   steps/recover.ts  a release stuck in pending-* (left by a killed run)
 *   steps/plan.ts     skip-unchanged and the client/server dry runs
 *   steps/diff.ts     `dry-run: diff`, the line-level plan an approver reads
 *   steps/rollback.ts `rollback-to`: which stored revision comes back
 *   steps/source.ts   `dry-run: record`: what the deployed revision runs
 *   steps/apply.ts    helm upgrade --install (or helm rollback) with progress and rollback facts
 *   steps/verify.ts   after the rollout: the gates (gates/verify.ts)
 *   steps/record.ts   the record (image digest, chart digest, inputs fingerprint) on the revision
 *
 * A failure once the result is (partly) known is a ReleaseFailure carrying that partial result,
 * so the outputs and the summary still say what happened.
 */
import { ActionFailure } from '../../../src/lib/entry';
import { UserError } from '../../../src/lib/errors';
import { tail, type ExecResult } from '../../../src/lib/exec';
import type { Helm } from '../../../src/lib/helm';
import type { KubeClient } from '../../../src/lib/kube';
import type { EcrAuth } from '../../../src/lib/ociChart';
import { untrustedText } from '../../../src/lib/untrusted';
import type { GateResultFields } from './gates/verify';
import type { NamespaceResult } from './namespace';
import type { HelmReleaseJson, ReleaseRecord } from './releaseStore';
import type { Diagnostics } from './rolloutWatcher';

export interface Logger {
  info(m: string): void;
  warning(m: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}

export interface DeployDeps {
  helm: Helm;
  kube: KubeClient;
  /** Environment for helm (KUBECONFIG set). */
  helmEnv: NodeJS.ProcessEnv;
  log: Logger;
  now: () => Date;
  progressIntervalMs?: number;
  /** Set by the signal handler: a cancelled run stops before the next step. */
  cancelled?: () => boolean;
  smokeDelayMs?: number;
  /** Registers a secret with the runner (masked in every log line). */
  mask?: (secret: string) => void;
  /** ECR credentials for an oci:// chart on ECR (default: the AWS SDK). */
  ecrAuth?: EcrAuth;
  /** dry-run diff of a local chart: the offline render, started before the cluster was reached. */
  offlineRender?: import('./steps/diff').OfflineRender;
  /** The oci:// chart's pull, started earlier (run.ts: while the cluster is reached). */
  fetchedChart?: Promise<import('./steps/chart').FetchedChart>;
}

/** What a revision runs: the artifact (image and chart by digest) and the inputs it came from. */
export interface Artifact {
  /** `sha256:…` of the image manifest, '' when deployed by tag only. */
  imageDigest: string;
  /** `sha256:…` of the chart package (.tgz), '' for a chart directory. */
  chartDigest: string;
  /** `sha256:…` of the chart's OCI manifest when deployed from an oci:// reference, else ''. */
  chartManifest: string;
  /** The inputs fingerprint (inputsFingerprint.ts), '' when unknown. */
  fingerprint: string;
}

export const NO_ARTIFACT: Artifact = { imageDigest: '', chartDigest: '', chartManifest: '', fingerprint: '' };

/** The release as read from the cluster. */
export interface ReleaseState {
  records: ReleaseRecord[];
  /** The highest revision, whatever its status. */
  latest?: ReleaseRecord;
  /** The highest revision with status deployed. */
  deployed?: ReleaseRecord;
}

/** `dry-run: record`: what the deployed revision runs (steps/source.ts). */
export interface SourceArtifact {
  revision: number;
  imageRef: string;
  imageDigest: string;
  chartName: string;
  chartVersion: string;
  chartDigest: string;
  chartManifestDigest: string;
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

export interface DeployResult extends GateResultFields {
  ok: boolean;
  revision: string;
  previousRevision: string;
  status: string;
  changed: boolean;
  rolledBack: boolean;
  rolledBackTo: string;
  /** What was done about a stuck release, '' when nothing was stuck. */
  recovery: string;
  differences: string[];
  diagnostics?: Diagnostics;
  /** Fail fast: why the wait was stopped early ('' when it was not). */
  stoppedEarly?: string;
  /** Failure message (ok=false). */
  error?: string;
  chart?: string;
  /** What the deployed revision ran before this run, and what it runs after (release records). */
  from?: Artifact;
  to?: Artifact;
  /** Rollback on demand: the revision whose content was restored. */
  rollbackOf?: string;
  /** The oci:// chart as pulled (pinned by digest), '' for a local chart. */
  chartRef?: string;
  /** What the image check found (steps/image.ts imageCheckFact), '' when it did not run. */
  imageCheck?: string;
  /** dry-run diff: where the diff was written, its counts and its Markdown for the summary. */
  diffFile?: string;
  diffCounts?: DiffCounts;
  diffMarkdown?: string;
  /** dry-run record. */
  source?: SourceArtifact;
  /** The namespace: created with Pod Security labels, or existing and left as it is (namespace.ts). */
  namespace?: NamespaceResult;
}

/** A step failed after the result was (partly) known: the outputs of `partial` are still true. */
export class ReleaseFailure extends ActionFailure<DeployResult> {
  constructor(message: string, partial: DeployResult, details: string[] = []) {
    super(message, partial, details);
    this.name = 'ReleaseFailure';
  }
}

export function stateOf(records: ReleaseRecord[]): ReleaseState {
  return {
    records,
    latest: records[records.length - 1],
    deployed: [...records].reverse().find(r => r.status === 'deployed')
  };
}

/** The result before any step ran: what is there now. */
export function initialResult(s: ReleaseState, from: Artifact | undefined): DeployResult {
  return {
    ok: false,
    revision: s.latest ? String(s.latest.revision) : '',
    previousRevision: s.deployed ? String(s.deployed.revision) : '',
    status: s.latest?.status ?? '',
    changed: false,
    rolledBack: false,
    rolledBackTo: '',
    recovery: '',
    differences: [],
    from
  };
}

/** helm's message minus its "Error: " prefix and client-go's debug lines. */
export function helmError(res: ExecResult): string {
  const text = tail(res.stderr || res.stdout, 8)
    .split('\n')
    .filter(l => !/^level=(DEBUG|INFO)/.test(l))
    .join('\n');
  return text.replace(/^Error: /m, '');
}

/** Values keys that hold credentials by their name (a --set password=… must not be printed). */
export const SECRET_VALUE_KEY = /pass(word|wd)?|secret|token|credential|private[-_]?key|api[-_]?key/i;

/** `--set` values whose key names a credential are never echoed (manifestDiff redacts them too). */
export function echoArgs(args: string[]): string {
  return args
    .map((a, n) => {
      const eq = a.indexOf('=');
      if (
        /^--set(-string|-literal|-json)?$/.test(args[n - 1] ?? '') &&
        eq > 0 &&
        SECRET_VALUE_KEY.test(a.slice(0, eq))
      )
        return `${a.slice(0, eq)}=***`;
      return /^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a);
    })
    .join(' ');
}

/** Runs helm with the cluster's environment, echoing the command line (values are argv elements). */
export async function helmRun(
  d: Pick<DeployDeps, 'helm' | 'helmEnv' | 'log'>,
  args: string[],
  what: string,
  stream = true,
  abort?: AbortSignal
): Promise<ExecResult> {
  d.log.info(untrustedText(`$ helm ${echoArgs(args)}`));
  const res = await d.helm.run(args, {
    env: d.helmEnv,
    abort,
    onStderrLine: stream ? l => l.trim() && d.log.info(untrustedText(`  ${l}`)) : undefined
  });
  if (res.exitCode !== 0 && res.signal === null && !res.stderr && !res.stdout) {
    throw new UserError(`helm ${what} exited with code ${res.exitCode} and no output`);
  }
  return res;
}

export function checkCancelled(d: Pick<DeployDeps, 'cancelled'>, step: string): void {
  if (d.cancelled?.())
    throw new UserError(`Cancelled before ${step}; the release was not changed by this step.`);
}

/** `sha256:abcdef123456…` for a summary line; '' stays ''. */
export function shortDigest(digest: string): string {
  return digest ? `${digest.slice(0, 19)}…` : '';
}

/** "image sha256:ab… → sha256:cd…" lines for what moved between two artifacts. */
export function artifactMoves(from: Artifact | undefined, to: Artifact | undefined): string[] {
  const out: string[] = [];
  const move = (what: string, a = '', b = '') => {
    if (!a && !b) return;
    out.push(
      a === b
        ? `${what} ${shortDigest(a)} (unchanged)`
        : `${what} ${shortDigest(a) || '-'} → ${shortDigest(b) || '-'}`
    );
  };
  move('image', from?.imageDigest, to?.imageDigest);
  move('chart', from?.chartDigest, to?.chartDigest);
  return out;
}

/** `name-version` of a release's chart. */
export const chartNameOf = (r: HelmReleaseJson): string =>
  `${r.chart?.metadata?.name ?? ''}-${r.chart?.metadata?.version ?? ''}`;

/** Rendered manifest plus hook manifests: what a release puts on the cluster. */
export function releaseManifest(r: HelmReleaseJson): string {
  return [r.manifest ?? '', ...(r.hooks ?? []).map(h => h.manifest ?? '')].join('\n---\n');
}
