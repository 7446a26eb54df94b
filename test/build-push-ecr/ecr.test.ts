/**
 * The ECR calls through the real @aws-sdk/client-ecr client against the stack's moto server
 * (AWS_ENDPOINT_URL, which the SDK honours). moto's fake ECR host cannot receive a push, so the
 * images here are put with the PutImage API; the skip-if-exists path of run() is exercised
 * end to end against it (no builder is needed when the tag exists).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { loadEcrApi, type EcrApi } from '../../actions/build-push-ecr/src/ecrApi';
import { getInputs } from '../../actions/build-push-ecr/src/inputs';
import { ensureRepository, run } from '../../actions/build-push-ecr/src/run';
import { memoryRuntime } from '../helpers/memoryRuntime';
import { runAction } from '../helpers/runAction';
import { loadStack } from '../helpers/stack';

const suffix = `${process.pid}-${Date.now()}`;
const SAVED = ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION'] as const;
const saved: Record<string, string | undefined> = {};

function manifest(n: number): string {
  const blob = (seed: string) => 'sha256:' + createHash('sha256').update(seed).digest('hex');
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      size: 100 + n,
      digest: blob(`config${n}${suffix}`)
    },
    layers: [
      {
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        size: 1000 + n,
        digest: blob(`layer${n}${suffix}`)
      }
    ]
  });
}

describe('ECR API (real SDK client against moto)', () => {
  let api: EcrApi;
  let sdk: typeof import('@aws-sdk/client-ecr');
  let client: import('@aws-sdk/client-ecr').ECRClient;
  const logs: string[] = [];

  beforeAll(async () => {
    const s = loadStack();
    for (const k of SAVED) saved[k] = process.env[k];
    process.env['AWS_ENDPOINT_URL'] = s.motoEndpoint;
    process.env['AWS_ACCESS_KEY_ID'] = s.aws.accessKeyId;
    process.env['AWS_SECRET_ACCESS_KEY'] = s.aws.secretAccessKey;
    process.env['AWS_REGION'] = s.aws.region;
    api = await loadEcrApi(s.aws.region, m => logs.push(m));
    sdk = await import('@aws-sdk/client-ecr');
    client = new sdk.ECRClient({ region: s.aws.region });
  });

  afterAll(() => {
    for (const k of SAVED) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  async function putImage(repo: string, tag: string, body: string): Promise<string> {
    const r = await client.send(
      new sdk.PutImageCommand({ repositoryName: repo, imageTag: tag, imageManifest: body })
    );
    return r.image?.imageId?.imageDigest ?? '';
  }

  test('GetAuthorizationToken: the registry host from proxyEndpoint and the decoded AWS user/password', async () => {
    const a = await api.authorization();
    expect(a.registry).toMatch(/^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com$/);
    expect(a.username).toBe('AWS');
    expect(a.password.length).toBeGreaterThan(0);
    expect(Buffer.from(a.token, 'base64').toString()).toBe(`AWS:${a.password}`);
  });

  test('no AWS credentials: one clear error pointing at configure-aws-credentials, no stack', async () => {
    const keep = { ...process.env };
    try {
      delete process.env['AWS_ACCESS_KEY_ID'];
      delete process.env['AWS_SECRET_ACCESS_KEY'];
      process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
      process.env['AWS_SHARED_CREDENTIALS_FILE'] = '/nonexistent/credentials';
      process.env['AWS_CONFIG_FILE'] = '/nonexistent/config';
      const bare = await loadEcrApi(loadStack().aws.region, () => undefined);
      await expect(bare.authorization()).rejects.toThrow(
        /ECR GetAuthorizationToken failed: .*No AWS credentials were found: run aws-actions\/configure-aws-credentials/
      );
    } finally {
      process.env = keep;
    }
  });

  test('a missing repository without create-repository is a clear error', async () => {
    const warn: string[] = [];
    await expect(
      ensureRepository(
        api,
        { repository: `missing-${suffix}`, createRepository: false, scanOnPush: true, immutableTags: false },
        'reg',
        { info: () => undefined },
        m => warn.push(m)
      )
    ).rejects.toThrow(/ECR repository "missing-.*" does not exist in reg: .*create-repository: true/);
    expect(await api.describeRepository(`missing-${suffix}`)).toBeUndefined();
  });

  test('create-repository: CreateRepository with scan on push and immutable tags, then PutLifecyclePolicy', async () => {
    const name = `created-${suffix}`;
    const policy = JSON.stringify({
      rules: [
        {
          rulePriority: 1,
          selection: {
            tagStatus: 'untagged',
            countType: 'sinceImagePushed',
            countUnit: 'days',
            countNumber: 7
          },
          action: { type: 'expire' }
        }
      ]
    });
    const info: string[] = [];
    await ensureRepository(
      api,
      {
        repository: name,
        createRepository: true,
        scanOnPush: true,
        immutableTags: true,
        lifecyclePolicy: policy
      },
      'reg',
      { info: m => info.push(m) },
      () => undefined
    );
    const repo = await api.describeRepository(name);
    expect(repo).toMatchObject({ name, immutable: true, scanOnPush: true });
    const lp = await client.send(new sdk.GetLifecyclePolicyCommand({ repositoryName: name }));
    expect(JSON.parse(lp.lifecyclePolicyText ?? '{}')).toEqual(JSON.parse(policy));
    expect(info.join('\n')).toMatch(/created ECR repository .* \(scan on push: true, tags immutable\)/);
  });

  test('an existing repository: PutImageScanningConfiguration aligns scan on push; mutability drift is only reported', async () => {
    const name = `existing-${suffix}`;
    await api.createRepository(name, { scanOnPush: false, immutable: false });
    const warnings: string[] = [];
    await ensureRepository(
      api,
      { repository: name, createRepository: true, scanOnPush: true, immutableTags: true },
      'reg',
      { info: () => undefined },
      m => warnings.push(m)
    );
    const repo = await api.describeRepository(name);
    expect(repo?.scanOnPush).toBe(true);
    expect(repo?.immutable).toBe(false);
    expect(warnings).toEqual([
      expect.stringMatching(/has mutable tags but immutable-tags is true; left unchanged/)
    ]);
  });

  test('DescribeImages by tag: undefined when absent, digest and size when present', async () => {
    const name = `images-${suffix}`;
    await api.createRepository(name, { scanOnPush: false, immutable: false });
    expect(await api.describeImageByTag(name, 'nope')).toBeUndefined();
    const digest = await putImage(name, 'fd-1', manifest(1));
    const img = await api.describeImageByTag(name, 'fd-1');
    expect(img?.digest).toBe(digest);
    expect(img?.tags).toContain('fd-1');
  });

  test('tagging: a mutable repository moves the tag; a second time it is unchanged', async () => {
    const name = `mutable-${suffix}`;
    await api.createRepository(name, { scanOnPush: false, immutable: false });
    const d1 = await putImage(name, 'fd-1', manifest(1));
    const d2 = await putImage(name, 'fd-2', manifest(2));
    expect(await api.tagImage(name, d1, 'fd-latest')).toBe('moved');
    expect(await api.tagImage(name, d2, 'fd-latest')).toBe('moved');
    expect((await api.describeImageByTag(name, 'fd-latest'))?.digest).toBe(d2);
    expect(await api.tagImage(name, d2, 'fd-latest')).toBe('unchanged');
  });

  test('tagging: an immutable repository refuses to move an existing tag (the immutable-tag error), reported as such', async () => {
    const name = `immutable-${suffix}`;
    await api.createRepository(name, { scanOnPush: false, immutable: true });
    const d1 = await putImage(name, 'fd-1', manifest(1));
    const d2 = await putImage(name, 'fd-2', manifest(2));
    expect(await api.tagImage(name, d1, 'fd-latest')).toBe('moved');
    expect(await api.tagImage(name, d2, 'fd-latest')).toBe('immutable');
    expect((await api.describeImageByTag(name, 'fd-latest'))?.digest).toBe(d1);
  });

  test('run(): skip-if-exists on ECR reuses the image, reports its digest, and a moving tag on an immutable repository is a warning', async () => {
    const s = loadStack();
    const name = `skip-${suffix}`;
    await api.createRepository(name, { scanOnPush: true, immutable: true });
    const sha = 'abcdef1';
    const dOld = await putImage(name, 'fd-latest', manifest(3));
    const d = await putImage(name, `fd-${sha}`, manifest(4));
    expect(dOld).not.toBe(d);
    const ws = mkdtempSync(join(tmpdir(), 'bpe-ecr-ws-'));
    writeFileSync(join(ws, 'Dockerfile'), 'FROM scratch\n');
    const env = { GITHUB_WORKSPACE: ws, GITHUB_SHA: sha, AWS_REGION: s.aws.region, RUNNER_TEMP: ws };
    const inputs = getInputs(n => ({ repository: name, 'image-name': 'fd' })[n], env);
    const warnings: string[] = [];
    const secrets: string[] = [];
    const outputs: Record<string, string> = {};
    const { rt } = memoryRuntime(env);
    const ctx = { inputs, rt, signal: new AbortController().signal };
    const result = await run(ctx, {
      log: { info: () => undefined, warning: m => warnings.push(m), setSecret: v => secrets.push(v) },
      env: { ...process.env, PATH: '/nonexistent' }, // no builder may be needed on a skip
      retry: { baseMs: 5, maxMs: 20 },
      output: (k, v) => (outputs[k] = v)
    });
    expect(result.skipped).toBe(true);
    expect(result.digest).toBe(d);
    expect(result.registry).toMatch(/\.dkr\.ecr\./);
    expect(outputs).toMatchObject({
      skipped: 'true',
      digest: d,
      tag: `fd-${sha}`,
      'image-ref': `${result.registry}/${name}@${d}`
    });
    expect(JSON.parse(outputs['tags'] ?? '[]')).toEqual([`fd-${sha}`]);
    expect(warnings).toEqual([expect.stringMatching(/moving tag fd-latest was not moved/)]);
    expect(secrets).toHaveLength(2); // the token and the password are masked
  });

  test('the bundle on ECR (moto): GetAuthorizationToken masked, create-repository, the existing tag reused, outputs set', async () => {
    const s = loadStack();
    const name = `bundle-${suffix}`;
    await api.createRepository(name, { scanOnPush: false, immutable: false });
    const sha = 'fedcba9';
    const d = await putImage(name, `fd-${sha}`, manifest(5));
    const ws = mkdtempSync(join(tmpdir(), 'bpe-ecr-bundle-'));
    writeFileSync(join(ws, 'Dockerfile'), 'FROM scratch\n');
    const r = await runAction(
      'build-push-ecr',
      { repository: name, 'image-name': 'fd', sha, 'create-repository': 'true', 'scan-on-push': 'true' },
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
    expect(r.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.outputs['skipped']).toBe('true');
    expect(r.outputs['digest']).toBe(d);
    expect(r.outputs['registry']).toMatch(/^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com$/);
    expect(JSON.parse(r.outputs['tags'] ?? '[]')).toEqual([`fd-${sha}`, 'fd-latest']);
    expect((await api.describeImageByTag(name, 'fd-latest'))?.digest).toBe(d);
    expect((await api.describeRepository(name))?.scanOnPush).toBe(true);
    expect(r.stdout.match(/^::add-mask::/gm)).toHaveLength(2);
    expect(r.summary).toContain('reused');
  });
});
