/**
 * The scan gate (actions/build-push-ecr/src/scanGate.ts): pure parts by table, then the real
 * @aws-sdk/client-ecr against the stack's moto server. What moto does (5.2.x, read from its
 * source and confirmed here): it never scans on push; DescribeImageScanFindings before a scan is
 * ScanNotFoundException; after StartImageScan it answers COMPLETE with one canned finding
 * (CVE-9999-9999, HIGH, package moto_fake 9.9.9), unless a result was configured through its
 * own API (POST /moto-api/static/ecr/scan-finding-results), which it then returns verbatim for
 * that image — basic or enhanced findings, any status. moto cannot answer "in progress, then
 * complete" for one image, so that sequence uses a named stand-in of the ScanApi.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  blockingCount,
  loadScanApi,
  normaliseCounts,
  scanFindingsOutput,
  scanGate,
  scanSummary,
  topFindings,
  type ScanApi,
  type ScanPage,
  type ScanReport
} from '../../actions/build-push-ecr/src/scanGate';
import { getInputs } from '../../actions/build-push-ecr/src/inputs';
import { runAction } from '../helpers/runAction';
import { loadStack } from '../helpers/stack';

const suffix = `${process.pid}-${Date.now()}`;

describe('scan gate: counting and judging (pure)', () => {
  test('ECR counts become every severity, UNDEFINED/UNTRIAGED as informational', () => {
    expect(normaliseCounts({ CRITICAL: 1, HIGH: 2, UNDEFINED: 1, UNTRIAGED: 2 })).toEqual({
      informational: 3,
      low: 0,
      medium: 0,
      high: 2,
      critical: 1
    });
  });

  const counts = normaliseCounts({ CRITICAL: 1, HIGH: 2, MEDIUM: 3, LOW: 4, INFORMATIONAL: 5 });
  test.each([
    ['none', 0],
    ['critical', 1],
    ['high', 3],
    ['medium', 6],
    ['low', 10],
    ['informational', 15]
  ] as const)('threshold %s blocks %i findings', (threshold, n) => {
    expect(blockingCount(counts, threshold)).toBe(n);
  });

  test('top findings: most severe first, then by id, at most five', () => {
    const f = (id: string, severity: 'low' | 'high' | 'critical') => ({ id, severity, pkg: '', uri: '' });
    const top = topFindings([
      f('CVE-3', 'low'),
      f('CVE-2', 'high'),
      f('CVE-1', 'high'),
      f('CVE-9', 'critical')
    ]);
    expect(top.map(x => x.id)).toEqual(['CVE-9', 'CVE-1', 'CVE-2', 'CVE-3']);
    expect(topFindings(Array.from({ length: 9 }, (_, i) => f(`CVE-${i}`, 'low')))).toHaveLength(5);
  });

  test('waits while the scan is in progress, then judges (stand-in ScanApi: moto has no in-progress answer)', async () => {
    const pages: ScanPage[] = [
      { status: 'IN_PROGRESS', counts: {}, findings: [], enhanced: false },
      { status: 'IN_PROGRESS', counts: {}, findings: [], enhanced: false },
      {
        status: 'COMPLETE',
        counts: { MEDIUM: 1 },
        findings: [{ id: 'CVE-2', severity: 'medium', pkg: 'openssl 3.0.1', uri: '' }],
        enhanced: false
      }
    ];
    const standIn: ScanApi = {
      describeFindings: async () => pages.shift() as ScanPage,
      startScan: async () => {
        throw new Error('not expected: a scan exists');
      }
    };
    const slept: number[] = [];
    const log: string[] = [];
    const r = await scanGate(standIn, 'repo', 'sha256:x', undefined, {
      threshold: 'high',
      timeoutSeconds: 60,
      pollSeconds: 2,
      log: m => log.push(m),
      sleep: async ms => {
        slept.push(ms);
      }
    });
    expect(slept).toEqual([2000, 2000]);
    expect(r).toMatchObject({ status: 'COMPLETE', blocking: 0, scanType: 'basic' });
    expect(log).toContain('scan: in progress; checking again in 2s');
  });
});

test('finding names and packages come from the image: a workflow command in them is printed inert (stand-in ScanApi)', async () => {
  const standIn: ScanApi = {
    describeFindings: async () => ({
      status: 'COMPLETE',
      counts: { LOW: 1 },
      findings: [{ id: 'CVE-1', severity: 'low', pkg: 'openssl\n::add-mask::x', uri: '' }],
      enhanced: false
    }),
    startScan: async () => undefined
  };
  const log: string[] = [];
  await scanGate(standIn, 'repo', 'sha256:x', undefined, {
    threshold: 'high',
    timeoutSeconds: 5,
    log: m => log.push(m)
  });
  const lines = log.flatMap(l => l.split('\n'));
  const at = lines.indexOf('  LOW CVE-1 in openssl');
  const token = /^::stop-commands::(untrusted-[0-9a-f]{32})$/.exec(lines[at - 1] ?? '')?.[1];
  expect(token).toBeDefined();
  expect(lines.slice(at, at + 3)).toEqual(['  LOW CVE-1 in openssl', '::add-mask::x', `::${token}::`]);
});

describe('scan gate against moto (real SDK client)', () => {
  let sdk: typeof import('@aws-sdk/client-ecr');
  let client: import('@aws-sdk/client-ecr').ECRClient;
  let api: ScanApi;
  const saved: Record<string, string | undefined> = {};
  const KEYS = ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION'] as const;

  beforeAll(async () => {
    const s = loadStack();
    for (const k of KEYS) saved[k] = process.env[k];
    process.env['AWS_ENDPOINT_URL'] = s.motoEndpoint;
    process.env['AWS_ACCESS_KEY_ID'] = s.aws.accessKeyId;
    process.env['AWS_SECRET_ACCESS_KEY'] = s.aws.secretAccessKey;
    process.env['AWS_REGION'] = s.aws.region;
    sdk = await import('@aws-sdk/client-ecr');
    client = new sdk.ECRClient({ region: s.aws.region });
    api = await loadScanApi(s.aws.region, () => undefined);
  });

  afterAll(() => {
    for (const k of KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  let n = 0;
  /** A repository with one image (PutImage: moto's ECR host cannot receive a real push). */
  async function imageIn(tag: string): Promise<{ repo: string; digest: string }> {
    const repo = `scan-${suffix}-${n++}`;
    await client.send(new sdk.CreateRepositoryCommand({ repositoryName: repo }));
    const blob = (seed: string) => 'sha256:' + createHash('sha256').update(`${seed}${repo}`).digest('hex');
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: 10, digest: blob('c') },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', size: 20, digest: blob('l') }]
    });
    const r = await client.send(
      new sdk.PutImageCommand({ repositoryName: repo, imageTag: tag, imageManifest: manifest })
    );
    return { repo, digest: r.image?.imageId?.imageDigest ?? '' };
  }

  /** moto's own API for the answer DescribeImageScanFindings gives for one image. */
  async function configureFindings(
    repo: string,
    digest: string,
    response: Record<string, unknown>
  ): Promise<void> {
    const s = loadStack();
    const res = await fetch(`${s.motoEndpoint}/moto-api/static/ecr/scan-finding-results`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        region: s.aws.region,
        results: [
          { registryId: '123456789012', repositoryName: repo, imageId: { imageDigest: digest }, ...response }
        ]
      })
    });
    expect(res.status).toBe(201);
  }

  const opts = (threshold: 'high' | 'critical', log: string[] = []) => ({
    threshold,
    timeoutSeconds: 5,
    pollSeconds: 0.1,
    log: (m: string) => log.push(m)
  });

  test("no scan yet (moto never scans on push): the gate starts one, reads moto's canned HIGH finding and blocks at high", async () => {
    const { repo, digest } = await imageIn('fd-1');
    await expect(
      client.send(
        new sdk.DescribeImageScanFindingsCommand({ repositoryName: repo, imageId: { imageDigest: digest } })
      )
    ).rejects.toMatchObject({ name: 'ScanNotFoundException' });
    const log: string[] = [];
    let seen: ScanReport | undefined;
    const gate = scanGate(api, repo, digest, undefined, opts('high', log), r => (seen = r));
    await expect(gate).rejects.toThrow(
      `${repo}@${digest} has 1 vulnerability finding(s) at or above scan-severity-threshold high (critical 0, high 1, medium 0, low 0, informational 0): HIGH CVE-9999-9999 in moto_fake 9.9.9.`
    );
    expect(log[0]).toBe(`scan: no scan of ${digest} yet; starting a basic scan (StartImageScan)`);
    expect(seen).toMatchObject({ status: 'COMPLETE', scanType: 'basic', blocking: 1 });
  });

  test('the same image passes a critical threshold; counts, top finding and the output JSON', async () => {
    const { repo, digest } = await imageIn('fd-2');
    const r = await scanGate(api, repo, digest, undefined, opts('critical'));
    expect(r.counts).toEqual({ informational: 0, low: 0, medium: 0, high: 1, critical: 0 });
    expect(r.top).toEqual([
      {
        id: 'CVE-9999-9999',
        severity: 'high',
        pkg: 'moto_fake 9.9.9',
        uri: 'https://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-9999-9999'
      }
    ]);
    expect(JSON.parse(scanFindingsOutput(r))).toEqual({
      informational: 0,
      low: 0,
      medium: 0,
      high: 1,
      critical: 0,
      total: 1,
      threshold: 'critical',
      blocking: 0,
      status: 'COMPLETE',
      scanType: 'basic'
    });
    expect(scanSummary(r)).toContain('✅ nothing at or above critical');
    expect(scanSummary(r)).toContain('| critical | high | medium | low | informational |');
    expect(scanSummary(r)).toContain('| 0 | 1 | 0 | 0 | 0 |');
  });

  test('enhanced scanning (configured in moto): ACTIVE with Inspector findings, judged the same way', async () => {
    const { repo, digest } = await imageIn('fd-3');
    await configureFindings(repo, digest, {
      imageScanStatus: { status: 'ACTIVE', description: 'Continuous scan is selected for image.' },
      imageScanFindings: {
        findingSeverityCounts: { CRITICAL: 1, MEDIUM: 1 },
        enhancedFindings: [
          {
            severity: 'MEDIUM',
            title: 'CVE-2024-0002 - zlib',
            packageVulnerabilityDetails: {
              vulnerabilityId: 'CVE-2024-0002',
              sourceUrl: 'https://nvd.nist.gov/vuln/detail/CVE-2024-0002',
              vulnerablePackages: [{ name: 'zlib', version: '1.2.11' }]
            }
          },
          {
            severity: 'CRITICAL',
            title: 'CVE-2024-0001 - openssl',
            packageVulnerabilityDetails: {
              vulnerabilityId: 'CVE-2024-0001',
              sourceUrl: 'https://nvd.nist.gov/vuln/detail/CVE-2024-0001',
              vulnerablePackages: [{ name: 'openssl', version: '3.0.1' }]
            }
          }
        ]
      }
    });
    let seen: ScanReport | undefined;
    const gate = scanGate(api, repo, digest, undefined, opts('high'), r => (seen = r));
    await expect(gate).rejects.toThrow(
      /has 1 vulnerability finding\(s\) at or above scan-severity-threshold high .*: CRITICAL CVE-2024-0001 in openssl 3\.0\.1\./
    );
    expect(seen).toMatchObject({ scanType: 'enhanced', status: 'ACTIVE', blocking: 1 });
    expect(seen?.top.map(f => f.id)).toEqual(['CVE-2024-0001', 'CVE-2024-0002']);
  });

  test('a scan that fails (configured in moto) refuses the image, saying why', async () => {
    const { repo, digest } = await imageIn('fd-4');
    await configureFindings(repo, digest, {
      imageScanStatus: {
        status: 'FAILED',
        description: 'UnsupportedImageError: The operating system is not supported.'
      }
    });
    await expect(scanGate(api, repo, digest, undefined, opts('high'))).rejects.toThrow(
      `the ECR scan of ${repo}@${digest} ended FAILED: UnsupportedImageError: The operating system is not supported.; the image is not judged safe to deploy`
    );
  });

  test('a scan still in progress at scan-wait-timeout (configured in moto) fails after the timeout', async () => {
    const { repo, digest } = await imageIn('fd-5');
    await configureFindings(repo, digest, { imageScanStatus: { status: 'IN_PROGRESS' } });
    const started = Date.now();
    await expect(
      scanGate(api, repo, digest, undefined, { ...opts('high'), timeoutSeconds: 1, pollSeconds: 0.2 })
    ).rejects.toThrow(/was still IN_PROGRESS after scan-wait-timeout \(1s\)/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  test('the bundle, skip-if-exists path: the reused image is judged too; findings in the log, summary and scan-findings', async () => {
    const s = loadStack();
    const sha = 'c0ffee1';
    const { repo, digest } = await imageIn(`fd-${sha}`);
    await configureFindings(repo, digest, {
      imageScanStatus: { status: 'COMPLETE', description: 'The scan was completed successfully.' },
      imageScanFindings: {
        findingSeverityCounts: { CRITICAL: 1, LOW: 2 },
        findings: [
          {
            name: 'CVE-2025-1111',
            severity: 'CRITICAL',
            uri: 'https://nvd.nist.gov/vuln/detail/CVE-2025-1111',
            attributes: [
              { key: 'package_name', value: 'glibc' },
              { key: 'package_version', value: '2.36' }
            ]
          },
          { name: 'CVE-2025-2222', severity: 'LOW', attributes: [] },
          { name: 'CVE-2025-3333', severity: 'LOW', attributes: [] }
        ]
      }
    });
    const ws = mkdtempSync(join(tmpdir(), 'bpe-scan-'));
    writeFileSync(join(ws, 'Dockerfile'), 'FROM scratch\n');
    const r = await runAction(
      'build-push-ecr',
      {
        repository: repo,
        'image-name': 'fd',
        sha,
        'latest-tag': 'false',
        'scan-severity-threshold': 'high',
        'scan-wait-timeout': '30s'
      },
      {
        workspace: ws,
        env: {
          AWS_ENDPOINT_URL: s.motoEndpoint,
          AWS_ACCESS_KEY_ID: s.aws.accessKeyId,
          AWS_SECRET_ACCESS_KEY: s.aws.secretAccessKey,
          AWS_REGION: s.aws.region,
          AWS_EC2_METADATA_DISABLED: 'true'
        }
      }
    );
    expect(r.exitCode).toBe(1);
    const errors = r.stdout.split('\n').filter(l => l.startsWith('::error'));
    expect(errors).toEqual([
      expect.stringContaining(
        `has 1 vulnerability finding(s) at or above scan-severity-threshold high (critical 1, high 0, medium 0, low 2, informational 0): CRITICAL CVE-2025-1111 in glibc 2.36.`
      )
    ]);
    expect(r.stdout).toContain('already exists');
    expect(r.stdout).toContain(
      '  CRITICAL CVE-2025-1111 in glibc 2.36 https://nvd.nist.gov/vuln/detail/CVE-2025-1111'
    );
    expect(r.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(JSON.parse(r.outputs['scan-findings'] ?? '{}')).toMatchObject({
      critical: 1,
      low: 2,
      total: 3,
      blocking: 1,
      threshold: 'high'
    });
    expect(r.outputs['digest']).toBe(digest);
    expect(r.summary).toContain('build-push-ecr: failed');
    expect(r.summary).toContain('CVE-2025-1111');
    expect(r.summary).toContain(
      '| **Scan** | critical 1, high 0, medium 0, low 2, informational 0 (threshold high: 1 blocking) |'
    );
  });

  test('bad gate inputs are refused by name before any AWS call', () => {
    const env = { GITHUB_WORKSPACE: mkdtempSync(join(tmpdir(), 'bpe-scan-in-')), GITHUB_SHA: 'abcdef1' };
    writeFileSync(join(env.GITHUB_WORKSPACE, 'Dockerfile'), 'FROM scratch\n');
    const read = (over: Record<string, string>) => () =>
      getInputs(k => ({ repository: 'r', 'image-name': 'fd', ...over })[k], env);
    expect(read({ 'scan-severity-threshold': 'severe' })).toThrow(/scan-severity-threshold: .*severe/);
    expect(read({ 'scan-severity-threshold': 'high', registry: '127.0.0.1:5000' })).toThrow(
      /scan-severity-threshold: reads ECR's scan findings; registry 127\.0\.0\.1:5000 is not ECR/
    );
    expect(read({ 'scan-wait-timeout': 'soon' })).toThrow(/scan-wait-timeout: "soon" is not a duration/);
  });
});
