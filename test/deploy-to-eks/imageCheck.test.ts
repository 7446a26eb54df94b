/**
 * deploy-to-eks's image check (steps/image.ts) on real parts: the authenticated local registry
 * (an image pushed over the distribution API, then read back by digest: present, absent, wrong
 * credentials, none, credentials from the runner's auth file for another host name of the same
 * registry, unreachable) and moto's ECR through the real @aws-sdk/client-ecr (a manifest put with
 * PutImage and read back by BatchGetImage with the registryId of the image host; an absent digest;
 * an absent repository; a second moto account, reached by STS AssumeRole into it; and, on a
 * private moto server with IAM enforced, a role without ecr:BatchGetImage, denied with HTTP 403).
 * Through the whole action: an ECR image that is not there is refused before the release exists.
 *
 * moto and cross-account: each moto account has its own ECR, and moto does not model
 * cross-account reads or repository policies (a caller in another account gets
 * RepositoryNotFoundException, with or without SetRepositoryPolicy granting it; real ECR answers
 * AccessDeniedException without a grant). The refusal for both names the grant. moto does enforce
 * IAM identity policies when its auth is on (moto-api/reset-auth); its 403 body is XML, which the
 * JSON-protocol SDK cannot parse, so the denial is recognised by its status.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Digest } from '../../src/lib/digest';
import { checkImage, imageToCheck, type ImageCheckInputs } from '../../actions/deploy-to-eks/src/steps/image';
import type { Logger } from '../../actions/deploy-to-eks/src/release';
import { loadStack, toolsBin } from '../helpers/stack';
import { FIXTURE_CHART, closeAdmin, records, runDeploy, uniqueNamespace } from './helpers';

jest.setTimeout(120_000);

const prefix = `imgcheck-${process.pid}`;
const repo = `${prefix}/web`;
const OTHER_ACCOUNT = '111122223333';
const ACCOUNT = '123456789012';
let digest = '';
const absent = `sha256:${'0'.repeat(64)}`;
const work = mkdtempSync(join(tmpdir(), 'ft-imgcheck-'));

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** A two-blob OCI image pushed over the distribution API (as a builder would), returns its digest. */
async function pushImage(registry: string, repository: string, tag: string): Promise<string> {
  const s = loadStack();
  const auth = basic(s.registryUser, s.registryPassword);
  const blob = async (body: Buffer) => {
    const d = sha256Digest(body);
    const start = await fetch(`http://${registry}/v2/${repository}/blobs/uploads/`, {
      method: 'POST',
      headers: { Authorization: auth }
    });
    if (start.status !== 202) throw new Error(`blob upload start: HTTP ${start.status}`);
    const loc = new URL(start.headers.get('location') ?? '', `http://${registry}`);
    loc.searchParams.set('digest', d);
    const put = await fetch(loc, {
      method: 'PUT',
      headers: { Authorization: auth, 'Content-Type': 'application/octet-stream' },
      body: body
    });
    if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status}`);
    return { digest: d, size: body.length };
  };
  const config = await blob(Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', tag })));
  const layer = await blob(Buffer.from(`layer of ${tag} ${process.pid}`));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }]
    })
  );
  const res = await fetch(`http://${registry}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: { Authorization: auth, 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' },
    body: manifest
  });
  if (res.status !== 201) throw new Error(`manifest put: HTTP ${res.status}`);
  return sha256Digest(manifest);
}

/** The SDK reads its endpoint and credentials from process.env: saved here, restored after. */
function saveAwsEnv(): () => void {
  const keys = [
    'AWS_ENDPOINT_URL',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_REGION'
  ];
  const saved = Object.fromEntries(keys.map(k => [k, process.env[k]]));
  return () => {
    for (const k of keys) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  };
}

function collector() {
  const lines: { level: string; text: string }[] = [];
  const log: Logger = {
    info: m => lines.push({ level: 'info', text: m }),
    warning: m => lines.push({ level: 'warning', text: m }),
    startGroup: () => undefined,
    endGroup: () => undefined
  };
  const masked: string[] = [];
  return { lines, log, masked, mask: (m: string) => masked.push(m) };
}

const inputs = (
  over: Partial<ImageCheckInputs> & { image: ImageCheckInputs['image'] }
): ImageCheckInputs => ({
  imageCheck: 'auto',
  rollbackTo: '',
  dryRun: 'none',
  registryUsername: '',
  registryPassword: '',
  registryPlainHttp: false,
  ...over
});
const image = (repository: string, d: string, tag = '') => ({
  repository,
  digest: d,
  tag,
  valuesKey: 'image'
});

/** The stack's registries.conf (local registries insecure) and nothing else of the runner. */
const runnerEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  HOME: work,
  CONTAINERS_REGISTRIES_CONF: loadStack().containersRegistriesConf,
  REGISTRY_AUTH_FILE: join(work, 'no-auth.json'),
  ...extra
});

beforeAll(async () => {
  digest = await pushImage(loadStack().registry, repo, 'web-abc1234');
});
afterAll(() => closeAdmin());

describe('what is checked (pure)', () => {
  test.each([
    ['off', { imageCheck: 'off' as const }, 'Image not checked (image-check: off).'],
    [
      'no image input',
      { image: image('', '') },
      "Image not checked: no image input (the chart's values name it)."
    ],
    [
      'a tag only, under auto',
      { image: image('registry.local/web', '', '1.0') },
      'Image registry.local/web:1.0 not checked: it is not pinned by image-digest (image-check: on resolves a tag).'
    ],
    [
      'a Docker Hub short name, under auto',
      { image: image('library/web', absent) },
      `Image not checked: image library/web@${absent} names no registry host (a Docker Hub short name): image-check cannot read it; give <registry>/<repository>, or set image-check: off.`
    ],
    ['rollback on demand', { rollbackTo: 'previous' }, ''],
    ['dry-run record', { dryRun: 'record' as const }, '']
  ])('%s', (_name, over, skip) => {
    expect(imageToCheck(inputs({ image: image('registry.local/web', absent), ...over }))).toEqual({ skip });
  });

  test('a registry host with a port, localhost, or a dot; the tag resolved under on', () => {
    expect(imageToCheck(inputs({ image: image('127.0.0.1:5000/a/web', absent) }))).toEqual({
      host: '127.0.0.1:5000',
      repository: 'a/web',
      digest: absent,
      tag: '',
      ref: `127.0.0.1:5000/a/web@${absent}`
    });
    expect(imageToCheck(inputs({ image: image('localhost/web', absent) }))).toMatchObject({
      host: 'localhost'
    });
    expect(imageToCheck(inputs({ imageCheck: 'on', image: image('ghcr.io/o/web', '', 'v1') }))).toMatchObject(
      {
        host: 'ghcr.io',
        repository: 'o/web',
        ref: 'ghcr.io/o/web:v1'
      }
    );
  });

  test('a Docker Hub short name under on is refused by name', () => {
    expect(() => imageToCheck(inputs({ imageCheck: 'on', image: image('web', absent) }))).toThrow(
      /^image web@sha256:0+ names no registry host .*; nothing was changed$/
    );
  });
});

describe('another registry: the authenticated local registry, GET of the manifest by digest', () => {
  const IMAGE = () => `${loadStack().registry}/${repo}`;
  const withCreds = (password = loadStack().registryPassword) => ({
    registryUsername: loadStack().registryUser,
    registryPassword: password,
    registryPlainHttp: true
  });

  test('present: readable with the registry-* inputs (no oci:// chart), the password masked', async () => {
    const c = collector();
    const o = await checkImage(
      inputs({ image: image(IMAGE(), digest), ...withCreds() }),
      { log: c.log, helmEnv: runnerEnv(), mask: c.mask },
      ''
    );
    expect(o).toMatchObject({ kind: 'readable', digest });
    expect(c.lines).toEqual([
      {
        level: 'info',
        text: `Image ${IMAGE()}@${digest} is readable by this job: registry ${loadStack().registry} returned its manifest as user ${loadStack().registryUser} (registry-username / registry-password) (application/vnd.oci.image.manifest.v1+json).`
      }
    ]);
    expect(c.masked).toEqual([loadStack().registryPassword]);
  });

  test('absent digest: refused, naming the image, the registry and what to do', async () => {
    const c = collector();
    await expect(
      checkImage(
        inputs({ image: image(IMAGE(), absent), ...withCreds() }),
        { log: c.log, helmEnv: runnerEnv() },
        ''
      )
    ).rejects.toThrow(
      `image ${IMAGE()}@${absent} does not exist in registry ${loadStack().registry} (no manifest with that digest in ${repo}, read as user ${loadStack().registryUser} (registry-username / registry-password)); push it there, or for split registries copy it by digest (scripts/workflow/copy-by-digest.sh) and deploy the copy; nothing was changed`
    );
  });

  test('wrong credentials: refused, naming the user, never the password', async () => {
    const c = collector();
    const err = await checkImage(
      inputs({ image: image(IMAGE(), digest), ...withCreds('not-the-password') }),
      { log: c.log, helmEnv: runnerEnv() },
      ''
    ).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(
      new RegExp(
        `^registry ${loadStack().registry.replace(/\./g, '\\.')} refused to let user ${loadStack().registryUser} \\(registry-username / registry-password\\) read image .*HTTP 401.*: grant that identity pull access to ${repo}, or give this job the registry's credentials \\(registry-username / registry-password\\); nothing was changed$`
      )
    );
    expect((err as Error).message).not.toContain('not-the-password');
  });

  test('no credentials: not checked, a warning under auto, a refusal under on', async () => {
    const c = collector();
    const plain = { registryPlainHttp: true };
    const o = await checkImage(
      inputs({ image: image(IMAGE(), digest), ...plain }),
      { log: c.log, helmEnv: runnerEnv() },
      ''
    );
    expect(o?.kind).toBe('unchecked');
    expect(c.lines).toEqual([
      {
        level: 'warning',
        text: `Image ${IMAGE()}@${digest} not checked: registry ${loadStack().registry} wants credentials and this job has none for it (registry-username / registry-password): the nodes may pull with imagePullSecrets. The nodes pull it with their own identity; image-check: on makes this a refusal.`
      }
    ]);
    await expect(
      checkImage(
        inputs({ imageCheck: 'on', image: image(IMAGE(), digest), ...plain }),
        { log: c.log, helmEnv: runnerEnv() },
        ''
      )
    ).rejects.toThrow(/^image-check: on could not check .* wants credentials .*; nothing was changed$/);
  });

  test("another host name of the registry (not the chart's): the runner's auth file is used, the registry-* inputs are not sent there", async () => {
    const s = loadStack();
    const alias = s.registry.replace(/^127\.0\.0\.1:/, 'localhost:');
    const authFile = join(work, 'auth.json');
    writeFileSync(
      authFile,
      JSON.stringify({
        auths: {
          [alias]: { auth: Buffer.from(`${s.registryUser}:${s.registryPassword}`).toString('base64') }
        }
      }),
      { mode: 0o600 }
    );
    const conf = join(work, 'registries.conf');
    writeFileSync(conf, `[[registry]]\nlocation = "${alias}"\ninsecure = true\n`);
    const c = collector();
    const o = await checkImage(
      // The chart's registry is 127.0.0.1:<port>; its (wrong) credentials must not reach localhost:<port>.
      inputs({ image: image(`${alias}/${repo}`, digest), ...withCreds('not-the-password') }),
      {
        log: c.log,
        helmEnv: runnerEnv({ REGISTRY_AUTH_FILE: authFile, CONTAINERS_REGISTRIES_CONF: conf }),
        mask: c.mask
      },
      `oci://${s.registry}/${prefix}/charts/web@${absent}`
    );
    expect(o).toMatchObject({ kind: 'readable', digest });
    expect(c.lines[0]?.text).toContain(`as user ${s.registryUser} (auths["${alias}"] in ${authFile})`);
    expect(c.masked).toEqual([s.registryPassword]);
  });

  test('image-check: on resolves a tag to its digest', async () => {
    const c = collector();
    const o = await checkImage(
      inputs({ imageCheck: 'on', image: image(IMAGE(), '', 'web-abc1234'), ...withCreds() }),
      { log: c.log, helmEnv: runnerEnv() },
      ''
    );
    expect(o).toMatchObject({ kind: 'readable', digest });
    expect(c.lines[0]?.text).toMatch(
      new RegExp(`:web-abc1234 is readable by this job: .*, digest ${digest}\\.$`)
    );
  });

  test('an unreachable registry: a warning under auto', async () => {
    const c = collector();
    const o = await checkImage(
      inputs({ image: image(`127.0.0.1:9/${repo}`, digest) }),
      { log: c.log, helmEnv: runnerEnv() },
      ''
    );
    expect(o?.kind).toBe('unchecked');
    expect(c.lines.map(l => l.level)).toEqual(['warning']);
    expect(c.lines[0]?.text).toMatch(
      /^Image 127\.0\.0\.1:9\/.* not checked: cannot reach registry 127\.0\.0\.1:9 .*connection refused/
    );
  });
});

describe('ECR: BatchGetImage through the real SDK against moto', () => {
  let restoreEnv = (): void => undefined;
  const ecrRepo = `${prefix}/frontdoor`;
  let ecrDigest = '';
  const host = () => `${ACCOUNT}.dkr.ecr.${loadStack().aws.region}.amazonaws.com`;
  const setCreds = (c: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }) => {
    process.env['AWS_ACCESS_KEY_ID'] = c.accessKeyId;
    process.env['AWS_SECRET_ACCESS_KEY'] = c.secretAccessKey;
    if (c.sessionToken) process.env['AWS_SESSION_TOKEN'] = c.sessionToken;
    else delete process.env['AWS_SESSION_TOKEN'];
  };

  beforeAll(async () => {
    const s = loadStack();
    restoreEnv = saveAwsEnv();
    process.env['AWS_ENDPOINT_URL'] = s.motoEndpoint;
    process.env['AWS_REGION'] = s.aws.region;
    setCreds(s.aws);
    const sdk = await import('@aws-sdk/client-ecr');
    const client = new sdk.ECRClient({ region: s.aws.region, endpoint: s.motoEndpoint, credentials: s.aws });
    await client.send(new sdk.CreateRepositoryCommand({ repositoryName: ecrRepo }));
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: `sha256:${'1'.repeat(64)}`,
        size: 2
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: `sha256:${'2'.repeat(64)}`,
          size: 3
        }
      ]
    });
    ecrDigest = sha256Digest(Buffer.from(manifest));
    // As a push leaves it: the manifest under its own digest.
    await client.send(
      new sdk.PutImageCommand({
        repositoryName: ecrRepo,
        imageTag: 'frontdoor-abc1234',
        imageManifest: manifest,
        imageDigest: ecrDigest
      })
    );
    client.destroy();
  });
  afterAll(() => {
    restoreEnv();
  });

  test('present: read back by digest with the registryId of the image host', async () => {
    const c = collector();
    const o = await checkImage(
      inputs({ image: image(`${host()}/${ecrRepo}`, ecrDigest) }),
      { log: c.log, helmEnv: {} },
      ''
    );
    expect(o).toMatchObject({ kind: 'readable', digest: ecrDigest });
    expect(c.lines).toEqual([
      {
        level: 'info',
        text: `Image ${host()}/${ecrRepo}@${ecrDigest} is readable by this job: ECR BatchGetImage in ECR repository ${ecrRepo} of account ${ACCOUNT} (${loadStack().aws.region}) returned its manifest (application/vnd.oci.image.manifest.v1+json).`
      }
    ]);
  });

  test('image-check: on resolves a tag by BatchGetImage imageTag', async () => {
    const c = collector();
    const o = await checkImage(
      inputs({ imageCheck: 'on', image: image(`${host()}/${ecrRepo}`, '', 'frontdoor-abc1234') }),
      { log: c.log, helmEnv: {} },
      ''
    );
    expect(o).toMatchObject({ kind: 'readable', digest: ecrDigest });
    expect(c.lines[0]?.text).toMatch(
      new RegExp(`:frontdoor-abc1234 is readable by this job: .*, digest ${ecrDigest}\\.$`)
    );
  });

  test('absent digest: refused, naming the image, the account that asked and what to do', async () => {
    const c = collector();
    await expect(
      checkImage(inputs({ image: image(`${host()}/${ecrRepo}`, absent) }), { log: c.log, helmEnv: {} }, '')
    ).rejects.toThrow(
      new RegExp(
        `^image ${host().replace(/\./g, '\\.')}/${ecrRepo}@${absent} does not exist in ECR repository ${ecrRepo} of account ${ACCOUNT} \\(${loadStack().aws.region}\\): BatchGetImage as arn:aws:\\S+ \\(account ${ACCOUNT}\\) found no image with that digest; push it there, or for split registries copy it by digest`
      )
    );
  });

  test('absent repository in the same account: refused as absent', async () => {
    const c = collector();
    await expect(
      checkImage(
        inputs({ image: image(`${host()}/${prefix}/nothing`, ecrDigest) }),
        { log: c.log, helmEnv: {} },
        ''
      )
    ).rejects.toThrow(
      new RegExp(
        `ECR repository ${prefix}/nothing of account ${ACCOUNT} .* does not exist \\(asked as arn:aws:\\S+ \\(account ${ACCOUNT}\\)\\); push the image there`
      )
    );
  });

  test("a second moto account (STS AssumeRole into it) asking for the build account's image: refused, naming both accounts, the node role and pull_accounts", async () => {
    const s = loadStack();
    const sts = await import('@aws-sdk/client-sts');
    const client = new sts.STSClient({ region: s.aws.region, endpoint: s.motoEndpoint, credentials: s.aws });
    const r = await client.send(
      new sts.AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${OTHER_ACCOUNT}:role/prod-deploy`,
        RoleSessionName: 'deploy'
      })
    );
    client.destroy();
    const creds = r.Credentials;
    setCreds({
      accessKeyId: creds?.AccessKeyId ?? '',
      secretAccessKey: creds?.SecretAccessKey ?? '',
      sessionToken: creds?.SessionToken ?? ''
    });
    try {
      const c = collector();
      const err = await checkImage(
        inputs({ image: image(`${host()}/${ecrRepo}`, ecrDigest) }),
        { log: c.log, helmEnv: {} },
        ''
      ).catch((e: Error) => e);
      const msg = (err as Error).message;
      expect(msg).toContain(
        `image ${host()}/${ecrRepo}@${ecrDigest}: ECR repository ${ecrRepo} of account ${ACCOUNT} (${s.aws.region}) does not exist or is not visible to arn:aws:sts::${OTHER_ACCOUNT}:assumed-role/prod-deploy/deploy (account ${OTHER_ACCOUNT})`
      );
      expect(msg).toContain(
        `repository policy of account ${ACCOUNT} (terraform/modules/ecr pull_accounts: account_id ${OTHER_ACCOUNT}, principal_arns naming the target cluster's node role`
      );
      expect(msg).toContain('docs/promote.md "Cross-account pull"');
      expect(msg).toMatch(/; nothing was changed$/);
    } finally {
      setCreds(s.aws);
    }
  });

  test('through the whole action: an ECR image that is not there is refused before the release exists; one that is, deploys', async () => {
    const ns = uniqueNamespace('dte-imgcheck');
    const base = {
      kubeconfig: loadStack().kubeconfig,
      'release-name': 'web',
      namespace: ns,
      chart: FIXTURE_CHART,
      image: `${host()}/${ecrRepo}`,
      timeout: '60s'
    };
    const refused = await runDeploy({ ...base, 'image-digest': absent });
    expect(refused.ok).toBe(false);
    expect(refused.log).toMatch(
      new RegExp(
        `::error::image ${host().replace(/\./g, '\\.')}/${ecrRepo}@${absent} does not exist in ECR repository .*; nothing was changed`
      )
    );
    expect(refused.log).not.toMatch(/\n\s+at /);
    expect(await records(ns, 'web')).toEqual([]);
    const ok = await runDeploy({ ...base, 'image-digest': ecrDigest });
    expect(ok.log).toContain(`Image ${host()}/${ecrRepo}@${ecrDigest} is readable by this job`);
    expect(ok.ok).toBe(true);
    expect(ok.outputs).toMatchObject({ revision: '1', 'image-digest': ecrDigest });
    expect(ok.summary).toContain(
      `| **Image check** | readable by this job (ECR BatchGetImage, account ${ACCOUNT}) |`
    );
  });
});

describe('ECR with IAM enforced (a private moto server, auth on)', () => {
  let restoreEnv = (): void => undefined;
  let child: ChildProcess | undefined;
  let endpoint = '';
  let user = { accessKeyId: '', secretAccessKey: '' };
  let d = '';
  const region = () => loadStack().aws.region;
  const host = () => `${ACCOUNT}.dkr.ecr.${region()}.amazonaws.com`;

  /** An IAM Query call before auth is on: moto routes by the credential scope, checks nothing yet. */
  async function iam(params: Record<string, string>): Promise<string> {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `AWS4-HMAC-SHA256 Credential=${loadStack().aws.accessKeyId}/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0`
      },
      body: new URLSearchParams({ Version: '2010-05-08', ...params })
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`IAM ${params['Action']}: HTTP ${res.status} ${text}`);
    return text;
  }

  beforeAll(async () => {
    const srv = createServer();
    await new Promise<void>(r => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as AddressInfo).port;
    await new Promise(r => srv.close(r));
    endpoint = `http://127.0.0.1:${port}`;
    child = spawn(join(toolsBin, 'moto_server'), ['-H', '127.0.0.1', '-p', String(port)], {
      stdio: 'ignore'
    });
    for (let i = 0; i < 150; i++) {
      const up = await fetch(`${endpoint}/moto-api/`).then(
        r => r.ok,
        () => false
      );
      if (up) break;
      await new Promise(r => setTimeout(r, 200));
    }
    await iam({ Action: 'CreateUser', UserName: 'deployer' });
    // May ask who it is, nothing else: no ecr:BatchGetImage.
    await iam({
      Action: 'PutUserPolicy',
      UserName: 'deployer',
      PolicyName: 'whoami',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['sts:GetCallerIdentity'], Resource: '*' }]
      })
    });
    const key = await iam({ Action: 'CreateAccessKey', UserName: 'deployer' });
    user = {
      accessKeyId: /<AccessKeyId>([^<]+)</.exec(key)?.[1] ?? '',
      secretAccessKey: /<SecretAccessKey>([^<]+)</.exec(key)?.[1] ?? ''
    };
    const sdk = await import('@aws-sdk/client-ecr');
    const client = new sdk.ECRClient({ region: region(), endpoint, credentials: loadStack().aws });
    await client.send(new sdk.CreateRepositoryCommand({ repositoryName: 'frontdoor' }));
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: `sha256:${'3'.repeat(64)}`,
        size: 2
      },
      layers: []
    });
    d = sha256Digest(Buffer.from(manifest));
    await client.send(
      new sdk.PutImageCommand({
        repositoryName: 'frontdoor',
        imageTag: 't',
        imageManifest: manifest,
        imageDigest: d
      })
    );
    client.destroy();
    // From here on every call is authenticated and authorised against IAM.
    const on = await fetch(`${endpoint}/moto-api/reset-auth`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '0'
    });
    if (!on.ok) throw new Error(`reset-auth: HTTP ${on.status}`);
    restoreEnv = saveAwsEnv();
    process.env['AWS_ENDPOINT_URL'] = endpoint;
    process.env['AWS_REGION'] = region();
    process.env['AWS_ACCESS_KEY_ID'] = user.accessKeyId;
    process.env['AWS_SECRET_ACCESS_KEY'] = user.secretAccessKey;
    delete process.env['AWS_SESSION_TOKEN'];
  }, 60_000);
  afterAll(() => {
    restoreEnv();
    child?.kill();
  });

  test('a role without ecr:BatchGetImage: AccessDenied (HTTP 403), refused naming who asked and its IAM policy', async () => {
    expect(user.accessKeyId).not.toBe('');
    const c = collector();
    const err = await checkImage(
      inputs({ image: image(`${host()}/frontdoor`, d) }),
      { log: c.log, helmEnv: {} },
      ''
    ).catch((e: Error) => e);
    expect((err as Error).message).toBe(
      `arn:aws:iam::${ACCOUNT}:user/deployer (account ${ACCOUNT}) may not read image ${host()}/frontdoor@${d} from ECR repository frontdoor of account ${ACCOUNT} (${region()}): ` +
        "grant ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on the repository in each role's own IAM policy (node role: AmazonEC2ContainerRegistryReadOnly or the same actions; " +
        'deploy and plan roles: terraform/modules/github-oidc ecr_read_repository_arns, with ecr:GetAuthorizationToken); see docs/promote.md "Cross-account pull" (ECR: HTTP 403); nothing was changed'
    );
  });
});
