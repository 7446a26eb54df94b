/**
 * Pure parts: argv builders (buildah/podman run for real in the e2e tests; docker buildx cannot
 * run here, so its path is covered by these argument-construction tests), labels, names, tags.
 */
import {
  buildxArgs,
  containerBuildArgs,
  containerPushArgs,
  defaultLabels,
  digestFromBuildxMetadata,
  mergeLabels,
  pushRetriesItself,
  type BuildSpec
} from '../../actions/build-push-ecr/src/builderArgs';
import { classifyPushFailure } from '../../actions/build-push-ecr/src/builders';
import {
  parseEcrHost,
  planTags,
  repositoryProblem,
  tagProblem
} from '../../actions/build-push-ecr/src/imageNames';
import { authFileContent } from '../../actions/build-push-ecr/src/privateDir';
import { buildSummary, formatBytes } from '../../actions/build-push-ecr/src/summary';

const spec: BuildSpec = {
  context: '/ws/app',
  dockerfile: '/ws/app/Dockerfile',
  buildArgs: [{ key: 'BUILD_IMAGE', value: 'r/base:1' }],
  labels: [{ key: 'org.opencontainers.image.revision', value: 'abc' }],
  target: '',
  platforms: []
};

describe('buildah/podman argv', () => {
  test('build: file, build args, labels, tag, auth file, insecure, context last', () => {
    expect(
      containerBuildArgs('buildah', spec, {
        localRef: 'reg:5000/app:x-1',
        authFile: '/rt/p/config.json',
        insecure: true
      })
    ).toEqual([
      'build',
      '--file',
      '/ws/app/Dockerfile',
      '--build-arg',
      'BUILD_IMAGE=r/base:1',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--tag',
      'reg:5000/app:x-1',
      '--authfile',
      '/rt/p/config.json',
      '--tls-verify=false',
      '/ws/app'
    ]);
  });

  test('build: target and one platform; no auth file, TLS verified', () => {
    const a = containerBuildArgs(
      'podman',
      { ...spec, target: 'runtime', platforms: ['linux/arm64'] },
      { localRef: 'r/a:t', insecure: false }
    );
    expect(a).toEqual(
      expect.arrayContaining(['--target', 'runtime', '--platform', 'linux/arm64', '--tag', 'r/a:t'])
    );
    expect(a).not.toContain('--tls-verify=false');
    expect(a).not.toContain('--authfile');
  });

  test('build: several platforms go into a manifest list', () => {
    const a = containerBuildArgs(
      'buildah',
      { ...spec, platforms: ['linux/amd64', 'linux/arm64'] },
      { localRef: 'r/a:t', insecure: false }
    );
    expect(a).toEqual(
      expect.arrayContaining(['--platform', 'linux/amd64,linux/arm64', '--manifest', 'r/a:t'])
    );
    expect(a).not.toContain('--tag');
  });

  test('push: digest file, auth file, docker:// destination, no retry flag (buildah 1.28 ignores it)', () => {
    expect(
      containerPushArgs('buildah', {
        localRef: 'r/a:t',
        destination: 'r/a:t',
        digestFile: '/rt/p/digest',
        authFile: '/rt/p/config.json',
        insecure: true,
        multiPlatform: false
      })
    ).toEqual([
      'push',
      '--digestfile',
      '/rt/p/digest',
      '--authfile',
      '/rt/p/config.json',
      '--tls-verify=false',
      'r/a:t',
      'docker://r/a:t'
    ]);
  });

  test.each([
    ['buildah', false, true],
    ['podman', false, true],
    ['buildah', true, false],
    ['podman', true, false]
  ] as const)('%s push (multi-platform %s) retries by itself: %s', (tool, multi, own) => {
    expect(pushRetriesItself(tool, multi)).toBe(own);
  });

  test('push: a manifest list is pushed with all its images', () => {
    expect(
      containerPushArgs('podman', {
        localRef: 'r/a:t',
        destination: 'r/a:t',
        digestFile: '/d',
        insecure: false,
        multiPlatform: true
      })
    ).toEqual(['manifest', 'push', '--all', '--digestfile', '/d', 'r/a:t', 'docker://r/a:t']);
  });

  test('no argv ever carries a password', () => {
    const all = [
      ...containerBuildArgs('buildah', spec, { localRef: 'r/a:t', authFile: '/f', insecure: false }),
      ...containerPushArgs('buildah', {
        localRef: 'r/a:t',
        destination: 'r/a:t',
        digestFile: '/d',
        authFile: '/f',
        insecure: false,
        multiPlatform: false
      })
    ].join(' ');
    expect(all).not.toMatch(/password|--creds|-p /);
  });
});

describe('docker buildx argv (argument construction only: docker cannot run here)', () => {
  const o = {
    image: '123456789012.dkr.ecr.eu-north-1.amazonaws.com/app:fd-abc',
    imageName: '123456789012.dkr.ecr.eu-north-1.amazonaws.com/app',
    metadataFile: '/rt/p/metadata.json',
    push: true,
    insecure: false,
    cache: 'none' as const,
    cacheKey: 'fd-buildcache'
  };

  test('push with metadata file and no provenance', () => {
    expect(buildxArgs(spec, o)).toEqual([
      'buildx',
      'build',
      '--file',
      '/ws/app/Dockerfile',
      '--build-arg',
      'BUILD_IMAGE=r/base:1',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--tag',
      o.image,
      '--metadata-file',
      '/rt/p/metadata.json',
      '--provenance=false',
      '--push',
      '/ws/app'
    ]);
  });

  test('registry cache: an OCI image-manifest cache under the buildcache tag', () => {
    const a = buildxArgs({ ...spec, platforms: ['linux/amd64', 'linux/arm64'] }, { ...o, cache: 'registry' });
    expect(a).toEqual(
      expect.arrayContaining([
        '--platform',
        'linux/amd64,linux/arm64',
        '--cache-from',
        `type=registry,ref=${o.imageName}:fd-buildcache`,
        '--cache-to',
        `type=registry,ref=${o.imageName}:fd-buildcache,mode=max,image-manifest=true,oci-mediatypes=true`
      ])
    );
  });

  test('gha cache scoped by image name', () => {
    const a = buildxArgs(spec, { ...o, cache: 'gha' });
    expect(a).toEqual(
      expect.arrayContaining([
        '--cache-from',
        'type=gha,scope=fd-buildcache',
        '--cache-to',
        'type=gha,scope=fd-buildcache,mode=max'
      ])
    );
  });

  test('insecure registry: push through --output with registry.insecure', () => {
    const a = buildxArgs(spec, { ...o, insecure: true });
    expect(a).toContain(`type=image,name=${o.image},push=true,registry.insecure=true`);
    expect(a).not.toContain('--push');
  });

  test('no push: a single-platform result is loaded; registry cache is read, not written', () => {
    const a = buildxArgs(spec, { ...o, push: false, cache: 'registry' });
    expect(a).toContain('--load');
    expect(a).not.toContain('--push');
    expect(a).not.toContain('--cache-to');
  });

  test('the digest comes from the metadata file', () => {
    const d = 'sha256:' + 'a'.repeat(64);
    expect(digestFromBuildxMetadata(JSON.stringify({ 'containerimage.digest': d, 'image.name': 'x' }))).toBe(
      d
    );
    expect(digestFromBuildxMetadata('{}')).toBeUndefined();
    expect(digestFromBuildxMetadata('not json')).toBeUndefined();
  });
});

describe('labels', () => {
  test('OCI source, revision, created; user labels override by key', () => {
    const d = defaultLabels('https://github.com/acme/fd', 'abc', new Date('2026-01-02T03:04:05Z'));
    expect(d).toEqual([
      { key: 'org.opencontainers.image.source', value: 'https://github.com/acme/fd' },
      { key: 'org.opencontainers.image.revision', value: 'abc' },
      { key: 'org.opencontainers.image.created', value: '2026-01-02T03:04:05.000Z' }
    ]);
    const merged = mergeLabels(d, [
      { key: 'org.opencontainers.image.source', value: 'mine' },
      { key: 'team', value: 'p' }
    ]);
    expect(merged.find(l => l.key === 'org.opencontainers.image.source')?.value).toBe('mine');
    expect(merged).toHaveLength(4);
  });
});

describe('names and tags', () => {
  test.each([
    ['eks-dev-eu-north-1', true, undefined],
    ['team/frontdoor', true, undefined],
    ['a', true, /2 to 256/],
    ['a--b', true, /not a valid ECR/],
    ['a--b', false, undefined],
    ['a__b', false, undefined],
    ['A', false, /not a valid repository/],
    ['a/', false, /not a valid repository/]
  ])('repository %s (ECR %s)', (name, ecr, problem) => {
    const p = repositoryProblem(name, ecr);
    if (problem) expect(p).toMatch(problem);
    else expect(p).toBeUndefined();
  });

  test.each([
    ['frontdoor-latest', true],
    ['v1.2.3', true],
    ['_x', true],
    ['.x', false],
    ['-x', false],
    ['a:b', false],
    ['x'.repeat(128), true],
    ['x'.repeat(129), false]
  ])('tag %s valid=%s', (tag, ok) => {
    expect(tagProblem(tag) === undefined).toBe(ok);
  });

  test('ECR hosts parse to account and region; other hosts do not', () => {
    expect(parseEcrHost('123456789012.dkr.ecr.eu-north-1.amazonaws.com')).toEqual({
      accountId: '123456789012',
      region: 'eu-north-1'
    });
    expect(parseEcrHost('123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com')?.region).toBe(
      'us-gov-west-1'
    );
    expect(parseEcrHost('ghcr.io')).toBeUndefined();
    expect(parseEcrHost('public.ecr.aws')).toBeUndefined();
  });

  test('tag plan: primary, moving tag, extra tags without duplicates', () => {
    expect(planTags('fd', 'abc', true, ['v1', 'fd-latest', 'fd-abc'])).toEqual({
      primary: 'fd-abc',
      others: ['fd-latest', 'v1'],
      moving: 'fd-latest'
    });
    expect(planTags('fd', 'abc', false, [])).toEqual({ primary: 'fd-abc', others: [] });
  });
});

describe('push failures', () => {
  test.each([
    [
      'Error: pinging container registry 127.0.0.1:1: Get "http://127.0.0.1:1/v2/": dial tcp 127.0.0.1:1: connect: connection refused',
      'transient'
    ],
    ['reading blob: received unexpected HTTP status: 503 Service Unavailable', 'transient'],
    ['toomanyrequests: Rate exceeded', 'transient'],
    ['authentication required', 'auth'],
    ['unauthorized: authentication required', 'auth'],
    ['denied: requested access to the resource is denied', 'auth'],
    [
      "tag invalid: The image tag 'fd-1' already exists in the 'app' repository and cannot be overwritten because the repository is immutable.",
      'immutable'
    ],
    ['manifest invalid', 'other']
  ])('%s → %s', (out, kind) => {
    expect(classifyPushFailure(out)).toBe(kind);
  });
});

describe('auth file and summary', () => {
  test('the auth file is the containers/docker format with base64(user:password)', () => {
    const j = JSON.parse(authFileContent('r:5000', 'AWS', 'p:w')) as {
      auths: Record<string, { auth: string }>;
    };
    expect(Buffer.from(j.auths['r:5000']?.auth ?? '', 'base64').toString()).toBe('AWS:p:w');
  });

  test('the summary says built or reused, with digest, size, tags and phase seconds', () => {
    const md = buildSummary({
      registry: 'r',
      repository: 'app',
      image: 'r/app',
      tag: 'fd-abc',
      tags: ['fd-abc'],
      tagReports: [
        { tag: 'fd-abc', result: 'unchanged' },
        { tag: 'fd-latest', result: 'immutable' }
      ],
      digest: 'sha256:' + 'b'.repeat(64),
      imageRef: 'r/app@sha256:' + 'b'.repeat(64),
      skipped: true,
      sizeBytes: 3 * 1024 * 1024,
      phases: [
        ['auth', 120],
        ['check', 30]
      ],
      warnings: ['moving tag fd-latest was not moved']
    });
    expect(md).toContain('reused existing image');
    expect(md).toContain('sha256:' + 'b'.repeat(64));
    expect(md).toContain('3.0 MiB');
    expect(md).toContain('| auth | 0.1 |');
    expect(md).toContain('not moved (immutable repository)');
    expect(formatBytes(512)).toBe('512 B');
  });
});
