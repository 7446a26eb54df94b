/**
 * The scan gate in the pipeline: the root composite (action.yml) run step by step as the runner
 * would (compositeRunner.ts) against moto's ECR. The commit's image already exists in ECR (moto
 * cannot receive a real push, so it is put with PutImage and the build is skipped), and moto is
 * told through its own API that the scan found a CRITICAL vulnerability: the build step fails
 * with the finding named, and neither package nor deploy runs.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runComposite } from './compositeRunner';
import { kubeRequest, loadStack, repoRoot, toolEnv } from '../helpers/stack';

jest.setTimeout(300_000);

test('a vulnerable image stops the pipeline before the deploy, naming the findings', async () => {
  const s = loadStack();
  const sdk = await import('@aws-sdk/client-ecr');
  const client = new sdk.ECRClient({
    region: s.aws.region,
    endpoint: s.motoEndpoint,
    credentials: { accessKeyId: s.aws.accessKeyId, secretAccessKey: s.aws.secretAccessKey }
  });
  const repository = `flygtaxi/frontdoor-scan-${process.pid}-${Date.now() % 100000}`;
  const sha = '4444444444444444444444444444444444444444';
  await client.send(new sdk.CreateRepositoryCommand({ repositoryName: repository }));
  const blob = (seed: string) =>
    'sha256:' + createHash('sha256').update(`${seed}${repository}`).digest('hex');
  const put = await client.send(
    new sdk.PutImageCommand({
      repositoryName: repository,
      imageTag: `frontdoor-${sha}`,
      imageManifest: JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: 10, digest: blob('c') },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', size: 20, digest: blob('l') }]
      })
    })
  );
  const digest = put.image?.imageId?.imageDigest ?? '';
  const configured = await fetch(`${s.motoEndpoint}/moto-api/static/ecr/scan-finding-results`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      region: s.aws.region,
      results: [
        {
          registryId: '123456789012',
          repositoryName: repository,
          imageId: { imageDigest: digest },
          imageScanStatus: { status: 'COMPLETE', description: 'The scan was completed successfully.' },
          imageScanFindings: {
            findingSeverityCounts: { CRITICAL: 1 },
            findings: [
              {
                name: 'CVE-2025-4242',
                severity: 'CRITICAL',
                uri: 'https://nvd.nist.gov/vuln/detail/CVE-2025-4242',
                attributes: [
                  { key: 'package_name', value: 'openssl' },
                  { key: 'package_version', value: '3.0.1' }
                ]
              }
            ]
          }
        }
      ]
    })
  });
  expect(configured.status).toBe(201);

  const ws = mkdtempSync(join(tmpdir(), 'ft-scan-ws-'));
  try {
    writeFileSync(join(ws, 'Dockerfile'), 'FROM scratch\n');
    const r = await runComposite(
      'action.yml',
      {
        repository,
        'image-name': 'frontdoor',
        sha,
        'latest-tag': 'false',
        'scan-severity-threshold': 'high',
        'scan-wait-timeout': '60s',
        chart: join(repoRoot, 'charts', 'frontdoor'),
        'values-files': join(repoRoot, 'charts', 'frontdoor', 'values-dev.yaml'),
        'release-name': 'frontdoor',
        namespace: `scan-gate-${process.pid}`,
        kubeconfig: s.kubeconfig
      },
      {
        workspace: ws,
        env: toolEnv({
          AWS_ENDPOINT_URL: s.motoEndpoint,
          AWS_ACCESS_KEY_ID: s.aws.accessKeyId,
          AWS_SECRET_ACCESS_KEY: s.aws.secretAccessKey,
          AWS_REGION: s.aws.region,
          AWS_EC2_METADATA_DISABLED: 'true',
          GITHUB_REPOSITORY: 'flygtaxi/frontdoor'
        })
      }
    );
    expect(r.ok).toBe(false);
    expect(r.steps.filter(st => st.ran).map(st => `${st.id ?? st.name}:${st.exitCode}`)).toEqual([
      'node:0',
      'artifacts:0',
      'build:1'
    ]);
    const errorLines = r.stdout.split('\n').filter(l => l.startsWith('::error'));
    expect(errorLines.join('\n')).toContain(
      'has 1 vulnerability finding(s) at or above scan-severity-threshold high (critical 1, high 0, medium 0, low 0, informational 0): CRITICAL CVE-2025-4242 in openssl 3.0.1.'
    );
    expect(r.outputs['revision'] ?? '').toBe('');
    expect(JSON.parse(r.outputs['scan-findings'] ?? '{}')).toMatchObject({ critical: 1, blocking: 1 });
    // Nothing reached the cluster: the release namespace was never created.
    expect((await kubeRequest('GET', `/api/v1/namespaces/scan-gate-${process.pid}`)).status).toBe(404);
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
});
