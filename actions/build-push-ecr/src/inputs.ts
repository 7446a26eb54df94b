/**
 * The action's inputs (mirroring action.yml) as one typed object, validated completely before
 * any AWS call, build or push: every problem is collected and reported at once, by input name.
 * Pure apart from the injected file checks, and free of heavy imports (start-up budget).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AWS_REGION_PATTERN, resolveRegion } from '../../../src/lib/aws';
import {
  InputReader,
  nodePathFs,
  portProblem,
  type InputLookup,
  type KeyValue,
  type PathFs
} from '../../../src/lib/inputs';
import {
  OCI_TAG,
  REGISTRY_HOST,
  parseEcrHost,
  planTags,
  repositoryProblem,
  tagProblem,
  type TagPlan
} from './imageNames';

export const BUILDERS = ['auto', 'docker', 'buildah', 'podman'] as const;
export type BuilderChoice = (typeof BUILDERS)[number];
export const CACHE_MODES = ['none', 'registry', 'gha'] as const;
export type CacheMode = (typeof CACHE_MODES)[number];

export interface Inputs {
  /** Region for the ECR API ('' for non-ECR registries). */
  awsRegion: string;
  /** host[:port]; '' means "the caller's ECR registry", known after GetAuthorizationToken. */
  registry: string;
  /** ECR auth and API (DescribeImages, CreateRepository) instead of username/password. */
  ecr: boolean;
  /** ECR registry ids for GetAuthorizationToken (the account of an explicit ECR host). */
  ecrAccountId?: string;
  repository: string;
  imageName: string;
  sha: string;
  tags: TagPlan;
  latestTag: boolean;
  context: string;
  dockerfile: string;
  buildArgs: KeyValue[];
  target: string;
  platforms: string[];
  labels: KeyValue[];
  defaultLabels: boolean;
  builder: BuilderChoice;
  cache: CacheMode;
  skipIfExists: boolean;
  createRepository: boolean;
  scanOnPush: boolean;
  immutableTags: boolean;
  /** Lifecycle policy JSON text (read and parsed during validation). */
  lifecyclePolicy?: string;
  username: string;
  password: string;
  push: boolean;
  insecureRegistry: boolean;
  workspace: string;
  /** Where private files (auth, digest, metadata) go: RUNNER_TEMP, else the OS temp dir. */
  runnerTemp: string;
  /** `https://github.com/<owner>/<repo>` for the OCI source label, when known. */
  sourceUrl: string;
}

/** The file look-ups validation needs (the shared path rule's, and reading the policy). */
export interface InputFs extends PathFs {
  readFile(p: string): string;
}

export const realFs: InputFs = { ...nodePathFs, readFile: p => fs.readFileSync(p, 'utf8') };

const BUILD_ARG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Label keys: reverse-DNS style, e.g. org.opencontainers.image.source, com.example/team. */
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const TARGET = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;

export function getInputs(lookup: InputLookup, env: NodeJS.ProcessEnv, fsx: InputFs = realFs): Inputs {
  const workspace = path.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
  const r = new InputReader(lookup, workspace);

  // Registry: ECR by default; another OCI registry by host.
  const registryRaw = r.raw('registry');
  let registry = '';
  if (registryRaw) {
    if (/^[a-z]+:\/\//i.test(registryRaw) || registryRaw.includes('/')) {
      r.problem(
        'registry',
        `"${registryRaw}" must be a host[:port] only, without scheme or path (e.g. ghcr.io)`
      );
    } else if (!REGISTRY_HOST.test(registryRaw)) {
      r.problem('registry', `"${registryRaw}" is not a valid registry host[:port]`);
    } else if (portProblem(registryRaw)) {
      r.problem('registry', `"${registryRaw}": ${portProblem(registryRaw)}`);
    } else {
      registry = registryRaw.toLowerCase();
    }
  }
  const ecrHost = registry ? parseEcrHost(registry) : undefined;
  const ecr = registryRaw === '' || ecrHost !== undefined;

  const regionInput = r.string('aws-region', {
    pattern: AWS_REGION_PATTERN,
    hint: 'expected a region such as eu-north-1'
  });
  let awsRegion = '';
  if (ecr) {
    awsRegion = ecrHost?.region ?? resolveRegion(regionInput, env);
    if (ecrHost && regionInput && regionInput !== ecrHost.region) {
      r.problem(
        'aws-region',
        `"${regionInput}" does not match the region ${ecrHost.region} of registry ${registry}`
      );
    } else if (!awsRegion) {
      r.problem(
        'aws-region',
        'is required for ECR (set aws-region, or AWS_REGION via configure-aws-credentials)'
      );
    } else if (!regionInput && !AWS_REGION_PATTERN.test(awsRegion)) {
      r.problem('aws-region', `"${awsRegion}" (from AWS_REGION) is not a valid region`);
    }
  }

  const repository = r.string('repository', { required: true });
  if (repository) {
    const p = repositoryProblem(repository, ecr);
    if (p) r.problem('repository', p);
  }

  const imageName = r.string('image-name', { required: true });
  if (imageName && !OCI_TAG.test(imageName)) {
    r.problem(
      'image-name',
      `"${imageName}" cannot start a tag (letters, digits, _ . -; not starting with . or -)`
    );
  }
  const shaInput = r.raw('sha');
  const sha = shaInput || (env['GITHUB_SHA'] ?? '').trim();
  if (!sha) r.problem('sha', 'is required outside GitHub Actions (GITHUB_SHA is not set)');
  else if (!/^[A-Za-z0-9_.-]+$/.test(sha))
    r.problem('sha', `"${sha}" cannot be part of a tag (letters, digits, _ . -)`);

  const latestTag = r.bool('latest-tag', true);
  const extraTags = r.list('tags');
  for (const t of extraTags) {
    const p = tagProblem(t);
    if (p) r.problem('tags', p);
  }
  const tags = planTags(imageName, sha, latestTag, extraTags);
  if (imageName && sha && OCI_TAG.test(imageName)) {
    const p = tagProblem(tags.primary);
    if (p) r.problem('image-name', `with sha ${sha} gives tag ${p}`);
  }

  // Build inputs: paths exist and stay inside the workspace, symlinks included (the path rule).
  const contextRaw = r.string('context', { default: '.' });
  const contextP = r.path('context', contextRaw, fsx, {
    want: 'directory',
    missing: `directory "${contextRaw}" does not exist`
  });
  const context = contextP?.path ?? path.resolve(workspace, contextRaw);
  const dockerfileRaw = r.raw('dockerfile');
  let dockerfile = path.join(context, 'Dockerfile');
  if (dockerfileRaw) {
    dockerfile =
      r.path('dockerfile', dockerfileRaw, fsx, {
        want: 'file',
        missing: `file "${dockerfileRaw}" does not exist`
      })?.path ?? path.resolve(workspace, dockerfileRaw);
  } else if (contextP) {
    const rel = path.join(contextRaw, 'Dockerfile');
    const p = r.path('dockerfile', rel, fsx, {
      want: 'file',
      missing: `no Dockerfile in context "${contextRaw}" (set dockerfile)`
    });
    if (p) dockerfile = p.path;
  }
  const buildArgs = r.keyValues('build-args', BUILD_ARG_KEY);
  const target = r.string('target', { pattern: TARGET, hint: 'a stage name from the Dockerfile' });
  const platforms = r.list('platforms', { commas: true });
  for (const p of platforms) {
    if (!PLATFORM.test(p)) r.problem('platforms', `"${p}" is not os/arch[/variant] (e.g. linux/amd64)`);
  }
  const labels = r.keyValues('labels', LABEL_KEY);
  const defaultLabels = r.bool('default-labels', true);

  const builder = r.enumOf('builder', BUILDERS, 'auto');
  const cache = r.enumOf('cache', CACHE_MODES, 'none');
  if (cache !== 'none' && (builder === 'buildah' || builder === 'podman')) {
    r.problem(
      'cache',
      `"${cache}" is a docker buildx cache; builder ${builder} keeps its layers locally (use none)`
    );
  }

  const skipIfExists = r.bool('skip-if-exists', true);
  const push = r.bool('push', true);
  const insecureRegistry = r.bool('insecure-registry', false);
  if (insecureRegistry && ecr) r.problem('insecure-registry', 'cannot be used with ECR (always HTTPS)');

  const createRepository = r.bool('create-repository', false);
  const scanOnPush = r.bool('scan-on-push', true);
  const immutableTags = r.bool('immutable-tags', false);
  if (createRepository && !ecr)
    r.problem('create-repository', `only works with ECR, not with registry ${registry}`);
  let lifecyclePolicy: string | undefined;
  const policyRaw = r.raw('lifecycle-policy');
  if (policyRaw) {
    const p = r.path('lifecycle-policy', policyRaw, fsx, {
      want: 'file',
      missing: `file "${policyRaw}" does not exist`
    });
    if (!createRepository) r.problem('lifecycle-policy', 'is applied only with create-repository: true');
    else if (p) {
      const text = fsx.readFile(p.path);
      const problem = policyProblem(text);
      if (problem) r.problem('lifecycle-policy', `"${policyRaw}" ${problem}`);
      else lifecyclePolicy = text;
    }
  }

  const username = r.raw('username');
  const password = r.raw('password');
  if (ecr && (username || password)) {
    r.problem(
      username ? 'username' : 'password',
      'is for non-ECR registries; ECR authenticates with the AWS credentials (set registry for another registry)'
    );
  } else if (password && !username) {
    r.problem('username', 'is required when password is set');
  } else if (username && !password) {
    r.problem('password', 'is required when username is set');
  }

  r.finish();

  const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const repo = env['GITHUB_REPOSITORY'] ?? '';
  return {
    awsRegion,
    registry,
    ecr,
    ...(ecrHost ? { ecrAccountId: ecrHost.accountId } : {}),
    repository,
    imageName,
    sha,
    tags,
    latestTag,
    context,
    dockerfile,
    buildArgs,
    target,
    platforms,
    labels,
    defaultLabels,
    builder,
    cache,
    skipIfExists,
    createRepository,
    scanOnPush,
    immutableTags,
    ...(lifecyclePolicy !== undefined ? { lifecyclePolicy } : {}),
    username,
    password,
    push,
    insecureRegistry,
    workspace,
    runnerTemp: env['RUNNER_TEMP'] || os.tmpdir(),
    sourceUrl: repo ? `${server}/${repo}` : ''
  };
}

/**
 * Why a lifecycle policy text is not usable, never quoting it: JSON.parse's own message shows
 * the text around the error, which must not reach the log (the file may be anything).
 */
export function policyProblem(text: string): string | undefined {
  let j: unknown;
  try {
    j = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    if (!at) return 'is not valid JSON';
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = Number(at[1]) - before.lastIndexOf('\n');
    return `is not valid JSON (line ${line}, column ${column})`;
  }
  return j !== null && typeof j === 'object' && Array.isArray((j as { rules?: unknown }).rules)
    ? undefined
    : 'has no "rules" array';
}
