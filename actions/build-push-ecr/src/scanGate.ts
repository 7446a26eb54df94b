/**
 * The scan gate: wait for ECR's vulnerability scan of the image just pushed (or the existing one
 * skip-if-exists reuses) and fail at a severity threshold, naming the findings, before anything
 * deploys it. Works with basic scanning (DescribeImageScanFindings `findings`) and enhanced
 * scanning (Amazon Inspector: `enhancedFindings`, status ACTIVE while it keeps scanning).
 *
 * Polled here, not with the SDK's `waitUntilImageScanComplete`: that waiter knows only basic
 * scanning's COMPLETE (enhanced scanning reports ACTIVE and never COMPLETE), and treats
 * ScanNotFoundException — a scan-on-push that has not been registered yet, or a repository
 * without scan on push, where we start a basic scan ourselves — as a failure. The SDK client keeps
 * its own retries for throttling and transient errors, logged, and the proxy routing of every
 * other AWS client here (awsClientOptions). Finding ids and package names come from the image's
 * contents, so they are printed through the untrusted-output neutraliser.
 */
import type { ECRClient } from '@aws-sdk/client-ecr';
import { awsClientOptions, describeAwsError } from '../../../src/lib/aws';
import { UserError } from '../../../src/lib/errors';
import { code } from '../../../src/lib/summary';
import { untrustedText } from '../../../src/lib/untrusted';
import { SEVERITIES, type Severity, type Threshold } from './scanSeverity';

export interface Finding {
  /** CVE or other vulnerability id. */
  id: string;
  severity: Severity;
  /** `name version` of the vulnerable package, when the scanner says. */
  pkg: string;
  uri: string;
}

export interface ScanReport {
  digest: string;
  /** Basic or enhanced, as far as the answer shows (enhancedFindings present, or status ACTIVE). */
  scanType: 'basic' | 'enhanced';
  /** ECR's status at the end: COMPLETE, ACTIVE, ... */
  status: string;
  /** Findings per severity (ECR's own counts, lower-cased; every severity present, 0 when none). */
  counts: Record<Severity, number>;
  /** The most severe findings first (at most TOP). */
  top: Finding[];
  threshold: Threshold;
  /** Findings at or above the threshold (0 with threshold none). */
  blocking: number;
  seconds: number;
}

/** The two calls the gate makes, so tests can hand in the real SDK against moto. */
export interface ScanApi {
  describeFindings(
    repository: string,
    digest: string,
    registryId: string | undefined,
    nextToken?: string
  ): Promise<ScanPage>;
  startScan(repository: string, digest: string, registryId: string | undefined): Promise<void>;
}

export interface ScanPage {
  /** 'NOT_FOUND' when ECR has no scan of the image (ScanNotFoundException). */
  status: string;
  description?: string;
  counts: Record<string, number>;
  findings: Finding[];
  enhanced: boolean;
  nextToken?: string;
}

export interface GateOptions {
  threshold: Threshold;
  timeoutSeconds: number;
  pollSeconds?: number;
  log: (m: string) => void;
  sleep?: (ms: number) => Promise<void>;
  clockMs?: () => number;
}

const TOP = 5;
/** Still being scanned; anything else not COMPLETE/ACTIVE is terminal. */
const IN_PROGRESS = new Set(['IN_PROGRESS', 'PENDING', 'NOT_FOUND']);
const DONE = new Set(['COMPLETE', 'ACTIVE']);
const MAX_PAGES = 20;

export function toSeverity(raw: string | undefined): Severity {
  const s = (raw ?? '').toLowerCase();
  return (SEVERITIES as readonly string[]).includes(s) ? (s as Severity) : 'informational';
}

const rank = (s: Severity): number => SEVERITIES.indexOf(s);

/** ECR's counts, lower-cased into every severity (UNDEFINED/UNTRIAGED count as informational). */
export function normaliseCounts(raw: Record<string, number>): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map(s => [s, 0])) as Record<Severity, number>;
  for (const [k, n] of Object.entries(raw)) counts[toSeverity(k)] += n;
  return counts;
}

export function blockingCount(counts: Record<Severity, number>, threshold: Threshold): number {
  if (threshold === 'none') return 0;
  return SEVERITIES.filter(s => rank(s) >= rank(threshold)).reduce((n, s) => n + counts[s], 0);
}

export function topFindings(findings: Finding[], n = TOP): Finding[] {
  return [...findings]
    .sort((a, b) => rank(b.severity) - rank(a.severity) || a.id.localeCompare(b.id))
    .slice(0, n);
}

/** `critical 1, high 2, medium 0, low 0, informational 3`. */
export function formatCounts(counts: Record<Severity, number>): string {
  return [...SEVERITIES]
    .reverse()
    .map(s => `${s} ${counts[s]}`)
    .join(', ');
}

export function formatFinding(f: Finding): string {
  return `${f.severity.toUpperCase()} ${f.id}${f.pkg ? ` in ${f.pkg}` : ''}`;
}

/** The `scan-findings` output: counts per severity plus the verdict, as one JSON object. */
export function scanFindingsOutput(r: ScanReport): string {
  return JSON.stringify({
    ...r.counts,
    total: SEVERITIES.reduce((n, s) => n + r.counts[s], 0),
    threshold: r.threshold,
    blocking: r.blocking,
    status: r.status,
    scanType: r.scanType
  });
}

/** Markdown for the job summary: verdict, counts per severity, the top findings. */
export function scanSummary(r: ScanReport): string {
  const verdict = r.blocking
    ? `❌ ${r.blocking} finding(s) at or above ${r.threshold}`
    : `✅ nothing at or above ${r.threshold}`;
  const lines = [
    `**Scan (${r.scanType}, ${r.status}, ${r.seconds.toFixed(0)} s):** ${verdict}`,
    '',
    `| ${[...SEVERITIES].reverse().join(' | ')} |`,
    `| ${SEVERITIES.map(() => '---').join(' | ')} |`,
    `| ${[...SEVERITIES]
      .reverse()
      .map(s => String(r.counts[s]))
      .join(' | ')} |`
  ];
  if (r.top.length) {
    lines.push(
      '',
      ...r.top.map(
        f =>
          `- ${f.severity.toUpperCase()} ${f.uri ? `[${f.id}](${f.uri})` : code(f.id)}${f.pkg ? ` in ${code(f.pkg)}` : ''}`
      )
    );
  }
  return lines.join('\n');
}

/**
 * The scan line of a failed run's summary, from the `scan-findings` output (set before the gate
 * throws): `high 1, critical 0, ... (threshold high: 1 blocking)`; undefined without one.
 */
export function scanFailureFact(output: string | undefined): string | undefined {
  if (!output) return undefined;
  try {
    const o = JSON.parse(output) as Partial<Record<Severity, number>> & {
      threshold?: string;
      blocking?: number;
    };
    const counts = Object.fromEntries(SEVERITIES.map(s => [s, Number(o[s] ?? 0)])) as Record<
      Severity,
      number
    >;
    return `${formatCounts(counts)} (threshold ${String(o.threshold)}: ${Number(o.blocking ?? 0)} blocking)`;
  } catch {
    return undefined;
  }
}

/**
 * Waits for the scan of `digest` and judges it. Throws a UserError naming the top findings when
 * `blocking` > 0, after `onReport` has seen the report (so outputs and the summary get it too).
 */
export async function scanGate(
  api: ScanApi,
  repository: string,
  digest: string,
  registryId: string | undefined,
  o: GateOptions,
  onReport: (r: ScanReport) => void = () => undefined
): Promise<ScanReport> {
  const clock = o.clockMs ?? Date.now;
  const sleep = o.sleep ?? (ms => new Promise<void>(res => setTimeout(res, ms)));
  const started = clock();
  const deadline = started + o.timeoutSeconds * 1000;
  const pollMs = (o.pollSeconds ?? 5) * 1000;
  let started_scan = false;
  let page: ScanPage;
  for (;;) {
    page = await api.describeFindings(repository, digest, registryId);
    if (page.status === 'NOT_FOUND' && !started_scan) {
      // No scan registered: either scan on push has not picked the image up yet, or the
      // repository does not scan on push. A basic scan is started once; ECR allows one per day.
      o.log(`scan: no scan of ${digest} yet; starting a basic scan (StartImageScan)`);
      await api.startScan(repository, digest, registryId);
      started_scan = true;
      continue;
    }
    if (DONE.has(page.status)) break;
    if (!IN_PROGRESS.has(page.status)) {
      throw new UserError(
        `the ECR scan of ${repository}@${digest} ended ${page.status}${page.description ? `: ${page.description}` : ''}; the image is not judged safe to deploy (set scan-severity-threshold: none to deploy unscanned images)`
      );
    }
    if (clock() >= deadline) {
      throw new UserError(
        `the ECR scan of ${repository}@${digest} was still ${page.status} after scan-wait-timeout (${o.timeoutSeconds}s); nothing was judged. Raise scan-wait-timeout or check the repository's scanning configuration.`
      );
    }
    o.log(`scan: ${page.status.toLowerCase().replace('_', ' ')}; checking again in ${pollMs / 1000}s`);
    await sleep(pollMs);
  }
  const findings = [...page.findings];
  let next = page.nextToken;
  for (let i = 0; next && i < MAX_PAGES; i++) {
    const more = await api.describeFindings(repository, digest, registryId, next);
    findings.push(...more.findings);
    next = more.nextToken;
  }
  const counts = normaliseCounts(page.counts);
  const report: ScanReport = {
    digest,
    scanType: page.enhanced || page.status === 'ACTIVE' ? 'enhanced' : 'basic',
    status: page.status,
    counts,
    top: topFindings(findings),
    threshold: o.threshold,
    blocking: blockingCount(counts, o.threshold),
    seconds: (clock() - started) / 1000
  };
  o.log(`scan: ${report.status.toLowerCase()} (${report.scanType}): ${formatCounts(counts)}`);
  if (report.top.length)
    o.log(untrustedText(report.top.map(f => `  ${formatFinding(f)}${f.uri ? ` ${f.uri}` : ''}`)));
  onReport(report);
  if (report.blocking) {
    throw new UserError(
      `${repository}@${digest} has ${report.blocking} vulnerability finding(s) at or above scan-severity-threshold ${o.threshold} (${formatCounts(counts)}): ${report.top
        .filter(f => rank(f.severity) >= rank(o.threshold as Severity))
        .map(formatFinding)
        .join('; ')}. Fix the image (base image, packages) or raise the threshold; nothing was deployed.`
    );
  }
  return report;
}

/** What run() needs: the inputs, and where logs and the output go. */
export interface GateDeps {
  log: { info(m: string): void };
  output?: (name: 'scan-findings', value: string) => void;
  loadScan?: (region: string, log: (m: string) => void) => Promise<ScanApi>;
  sleep?: (ms: number) => Promise<void>;
}

/** The gate for run(): nothing without a threshold or a pushed digest; else wait and judge. */
export async function gateImage(
  inputs: {
    scanSeverityThreshold: Threshold;
    /** Seconds. */
    scanWaitTimeout: number;
    awsRegion: string;
    repository: string;
    ecrAccountId?: string;
  },
  digest: string,
  deps: GateDeps
): Promise<ScanReport | undefined> {
  if (inputs.scanSeverityThreshold === 'none' || !digest) return undefined;
  const api = await (deps.loadScan ?? loadScanApi)(inputs.awsRegion, m => deps.log.info(m));
  const output = deps.output ?? (() => undefined);
  return scanGate(
    api,
    inputs.repository,
    digest,
    inputs.ecrAccountId,
    {
      threshold: inputs.scanSeverityThreshold,
      timeoutSeconds: inputs.scanWaitTimeout,
      log: m => deps.log.info(m),
      ...(deps.sleep ? { sleep: deps.sleep } : {})
    },
    r => output('scan-findings', scanFindingsOutput(r))
  );
}

type Sdk = typeof import('@aws-sdk/client-ecr');

/** The ScanApi over the real SDK client. */
export function createScanApi(client: ECRClient, sdk: Sdk): ScanApi {
  return {
    async describeFindings(repository, digest, registryId, nextToken) {
      try {
        const res = await client.send(
          new sdk.DescribeImageScanFindingsCommand({
            repositoryName: repository,
            imageId: { imageDigest: digest },
            ...(registryId ? { registryId } : {}),
            ...(nextToken ? { nextToken } : {}),
            maxResults: 1000
          })
        );
        const f = res.imageScanFindings;
        const basic: Finding[] = (f?.findings ?? []).map(x => {
          const attr = (k: string) => x.attributes?.find(a => a.key === k)?.value ?? '';
          return {
            id: x.name ?? '',
            severity: toSeverity(x.severity),
            pkg: [attr('package_name'), attr('package_version')].filter(Boolean).join(' '),
            uri: x.uri ?? ''
          };
        });
        const enhanced: Finding[] = (f?.enhancedFindings ?? []).map(x => {
          const p = x.packageVulnerabilityDetails;
          const pkg = p?.vulnerablePackages?.[0];
          return {
            id: p?.vulnerabilityId ?? x.title ?? '',
            severity: toSeverity(x.severity),
            pkg: [pkg?.name, pkg?.version].filter(Boolean).join(' '),
            uri: p?.sourceUrl ?? ''
          };
        });
        return {
          status: res.imageScanStatus?.status ?? 'IN_PROGRESS',
          ...(res.imageScanStatus?.description ? { description: res.imageScanStatus.description } : {}),
          counts: (f?.findingSeverityCounts ?? {}) as Record<string, number>,
          findings: [...basic, ...enhanced],
          enhanced: (f?.enhancedFindings?.length ?? 0) > 0,
          ...(res.nextToken ? { nextToken: res.nextToken } : {})
        };
      } catch (err) {
        if ((err as { name?: string }).name === 'ScanNotFoundException')
          return { status: 'NOT_FOUND', counts: {}, findings: [], enhanced: false };
        throw new UserError(describeAwsError('DescribeImageScanFindings', err));
      }
    },
    async startScan(repository, digest, registryId) {
      try {
        await client.send(
          new sdk.StartImageScanCommand({
            repositoryName: repository,
            imageId: { imageDigest: digest },
            ...(registryId ? { registryId } : {})
          })
        );
      } catch (err) {
        const name = (err as { name?: string }).name ?? '';
        // Scanned once today already (basic scanning allows one manual scan per day): read that.
        if (name === 'LimitExceededException') return;
        if (name === 'UnsupportedImageTypeException')
          throw new UserError(
            `ECR cannot scan ${repository}@${digest} (UnsupportedImageTypeException); set scan-severity-threshold: none for this image`
          );
        throw new UserError(describeAwsError('StartImageScan', err));
      }
    }
  };
}

/** Loads the SDK (after validation, like ecrApi.ts) and returns the ScanApi for `region`. */
export async function loadScanApi(region: string, log: (m: string) => void): Promise<ScanApi> {
  const sdk = await import('@aws-sdk/client-ecr');
  return createScanApi(new sdk.ECRClient(await awsClientOptions(region, 'ECR', log)), sdk);
}
