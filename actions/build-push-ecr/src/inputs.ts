/**
 * The action's inputs (mirroring action.yml) as one typed object, validated completely before
 * any AWS call, build or push: every problem is collected and reported at once, by input name.
 * Each input is listed once, in the table below; `Inputs` is derived from it (src/lib/inputTable.ts).
 * Pure apart from the injected file checks, and free of heavy imports (start-up budget).
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { AWS_REGION_PATTERN, resolveRegion } from '../../../src/lib/aws';
import { realFs, type FileProbe } from '../../../src/lib/fileProbe';
import { InputReader, portProblem, type InputLookup } from '../../../src/lib/inputs';
import { exposedValues, hidden, input, readTable, type ExposedValues } from '../../../src/lib/inputTable';
import {
  OCI_TAG,
  REGISTRY_HOST,
  parseEcrHost,
  planTags,
  repositoryProblem,
  tagProblem,
  type TagPlan
} from './imageNames';
import { THRESHOLDS } from './scanSeverity';

export const BUILDERS = ['auto', 'docker', 'buildah', 'podman'] as const;
export type BuilderChoice = (typeof BUILDERS)[number];
export const CACHE_MODES = ['none', 'registry', 'gha'] as const;
export type CacheMode = (typeof CACHE_MODES)[number];

/** The file checks validation needs, injected so the reader stays testable without a disk. */
export type InputFs = Pick<FileProbe, 'isDirectory' | 'isFile' | 'readFile' | 'realpath'>;

const BUILD_ARG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Label keys: reverse-DNS style, e.g. org.opencontainers.image.source, com.example/team. */
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const TARGET = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;

/**
 * The inputs, in action.yml's order, each read and checked where it is listed. Fields are read in
 * this order, so a later field may use what an earlier one found (`context`); the rules that depend on
 * the registry ask `target(r)`.
 */
function inputTable(env: NodeJS.ProcessEnv, fsx: InputFs, workspace: string) {
  let context = '';
  let contextOk = false;
  /** What the registry input says, for the fields whose rules depend on it (ECR or not). */
  const target = (r: InputReader) => {
    const registry = r.raw('registry').toLowerCase();
    const ecrHost = REGISTRY_HOST.test(registry) ? parseEcrHost(registry) : undefined;
    return { ecrHost, ecr: registry === '' || ecrHost !== undefined };
  };
  return {
    /** Region for the ECR API ('' for non-ECR registries). */
    'aws-region': input.custom((r, name) => {
      const regionInput = r.string(name, {
        pattern: AWS_REGION_PATTERN,
        hint: 'expected a region such as eu-north-1'
      });
      const { ecr, ecrHost } = target(r);
      if (!ecr) return '';
      const awsRegion = ecrHost?.region ?? resolveRegion(regionInput, env);
      if (ecrHost && regionInput && regionInput !== ecrHost.region)
        r.problem(
          name,
          `"${regionInput}" does not match the region ${ecrHost.region} of registry ${r.raw('registry').toLowerCase()}`
        );
      else if (!awsRegion)
        r.problem(name, 'is required for ECR (set aws-region, or AWS_REGION via configure-aws-credentials)');
      else if (!regionInput && !AWS_REGION_PATTERN.test(awsRegion))
        r.problem(name, `"${awsRegion}" (from AWS_REGION) is not a valid region`);
      return awsRegion;
    }),
    // Registry: ECR by default; another OCI registry by host.
    registry: input.custom((r, name) => {
      const raw = r.raw(name);
      let registry = '';
      if (raw) {
        if (/^[a-z]+:\/\//i.test(raw) || raw.includes('/'))
          r.problem(name, `"${raw}" must be a host[:port] only, without scheme or path (e.g. ghcr.io)`);
        else if (!REGISTRY_HOST.test(raw)) r.problem(name, `"${raw}" is not a valid registry host[:port]`);
        else if (portProblem(raw)) r.problem(name, `"${raw}": ${portProblem(raw)}`);
        else registry = raw.toLowerCase();
      }
      return registry;
    }),
    'insecure-registry': input.custom((r, name) => {
      const insecure = r.bool(name, false);
      if (insecure && target(r).ecr) r.problem(name, 'cannot be used with ECR (always HTTPS)');
      return insecure;
    }, 'false'),
    repository: input.custom((r, name) => {
      const repository = r.string(name, { required: true });
      const p = repository ? repositoryProblem(repository, target(r).ecr) : undefined;
      if (p) r.problem(name, p);
      return repository;
    }),
    'image-name': input.text({
      required: true,
      check: v =>
        OCI_TAG.test(v)
          ? undefined
          : `"${v}" cannot start a tag (letters, digits, _ . -; not starting with . or -)`
    }),
    sha: input.custom((r, name) => {
      const sha = r.raw(name) || (env['GITHUB_SHA'] ?? '').trim();
      if (!sha) r.problem(name, 'is required outside GitHub Actions (GITHUB_SHA is not set)');
      else if (!/^[A-Za-z0-9_.-]+$/.test(sha))
        r.problem(name, `"${sha}" cannot be part of a tag (letters, digits, _ . -)`);
      return sha;
    }),
    tags: hidden(
      input.custom((r, name) => {
        const extra = r.list(name);
        for (const t of extra) {
          const p = tagProblem(t);
          if (p) r.problem(name, p);
        }
        return extra;
      })
    ),
    'latest-tag': input.flag(true),
    // Build inputs: paths exist and stay inside the workspace, symlinks included (the shared
    // path rule, InputReader.path).
    context: input.custom((r, name) => {
      const raw = r.string(name, { default: '.' });
      const p = r.path(name, raw, fsx, { want: 'directory', missing: `directory "${raw}" does not exist` });
      contextOk = p !== undefined;
      context = p?.path ?? path.resolve(workspace, raw);
      return context;
    }, '.'),
    dockerfile: input.custom((r, name) => {
      const raw = r.raw(name);
      if (raw)
        return (
          r.path(name, raw, fsx, { want: 'file', missing: `file "${raw}" does not exist` })?.path ??
          path.resolve(workspace, raw)
        );
      const fallback = path.join(context, 'Dockerfile');
      if (!contextOk) return fallback;
      return (
        r.path(name, path.join(r.raw('context') || '.', 'Dockerfile'), fsx, {
          want: 'file',
          missing: `no Dockerfile in context "${r.raw('context') || '.'}" (set dockerfile)`
        })?.path ?? fallback
      );
    }),
    'build-args': input.pairs(BUILD_ARG_KEY),
    target: input.text({ pattern: TARGET, hint: 'a stage name from the Dockerfile' }),
    platforms: input.custom((r, name) => {
      const platforms = r.list(name, { commas: true });
      for (const p of platforms)
        if (!PLATFORM.test(p)) r.problem(name, `"${p}" is not os/arch[/variant] (e.g. linux/amd64)`);
      return platforms;
    }),
    labels: input.pairs(LABEL_KEY),
    'default-labels': input.flag(true),
    builder: input.oneOf(BUILDERS, 'auto'),
    cache: input.custom((r, name) => {
      const cache = r.enumOf(name, CACHE_MODES, 'none');
      const builder = r.raw('builder');
      if (cache !== 'none' && (builder === 'buildah' || builder === 'podman'))
        r.problem(
          name,
          `"${cache}" is a docker buildx cache; builder ${builder} keeps its layers locally (use none)`
        );
      return cache;
    }, 'none'),
    'skip-if-exists': input.flag(true),
    'create-repository': input.custom((r, name) => {
      const create = r.bool(name, false);
      if (create && !target(r).ecr)
        r.problem(name, `only works with ECR, not with registry ${r.raw('registry').toLowerCase()}`);
      return create;
    }, 'false'),
    'scan-on-push': input.flag(true),
    'immutable-tags': input.flag(false),
    /** Lifecycle policy JSON text (read and parsed during validation). */
    'lifecycle-policy': input.custom((r, name): string | undefined => {
      const raw = r.raw(name);
      if (!raw) return undefined;
      // The shared path rule: a symlink out of the workspace is refused before anything is read.
      const p = r.path(name, raw, fsx, { want: 'file', missing: `file "${raw}" does not exist` });
      if (!r.bool('create-repository', false)) {
        r.problem(name, 'is applied only with create-repository: true');
        return undefined;
      }
      if (!p) return undefined;
      const text = fsx.readFile(p.path);
      const problem = policyProblem(text);
      if (!problem) return text;
      r.problem(name, `"${raw}" ${problem}`);
      return undefined;
    }),
    username: input.custom((r, name) => r.raw(name)),
    password: input.custom((r, name) => {
      const username = r.raw('username');
      const password = r.raw(name);
      if (target(r).ecr && (username || password))
        r.problem(
          username ? 'username' : name,
          'is for non-ECR registries; ECR authenticates with the AWS credentials (set registry for another registry)'
        );
      else if (password && !username) r.problem('username', 'is required when password is set');
      else if (username && !password) r.problem(name, 'is required when username is set');
      return password;
    }),
    // The scan gate (scanGate.ts): ECR's findings of the pushed or reused image, before any deploy.
    'scan-severity-threshold': input.custom((r, name) => {
      const threshold = r.enumOf(name, THRESHOLDS, 'none');
      if (threshold === 'none') return threshold;
      if (!target(r).ecr)
        r.problem(
          name,
          `reads ECR's scan findings; registry ${r.raw('registry').toLowerCase()} is not ECR (use none)`
        );
      if (r.raw('push').toLowerCase() === 'false')
        r.problem(name, 'needs push: true (ECR scans pushed images)');
      return threshold;
    }, 'none'),
    'scan-wait-timeout': input.duration('10m'),
    push: input.flag(true)
  };
}

type Table = ReturnType<typeof inputTable>;

/** The table itself, for the checks that compare it with action.yml (names and defaults). */
export const INPUT_TABLE: Table = inputTable({}, realFs, '.');

export interface Inputs extends Omit<ExposedValues<Table>, 'lifecyclePolicy'> {
  /** host[:port]; '' means "the caller's ECR registry", known after GetAuthorizationToken. */
  registry: string;
  /** ECR auth and API (DescribeImages, CreateRepository) instead of username/password. */
  ecr: boolean;
  /** ECR registry ids for GetAuthorizationToken (the account of an explicit ECR host). */
  ecrAccountId?: string;
  tags: TagPlan;
  /** Lifecycle policy JSON text (read and parsed during validation). */
  lifecyclePolicy?: string;
  workspace: string;
  /** Where private files (auth, digest, metadata) go: RUNNER_TEMP, else the OS temp dir. */
  runnerTemp: string;
  /** `https://github.com/<owner>/<repo>` for the OCI source label, when known. */
  sourceUrl: string;
}

export function getInputs(lookup: InputLookup, env: NodeJS.ProcessEnv, fsx: InputFs = realFs): Inputs {
  const workspace = path.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
  const r = new InputReader(lookup, workspace);
  const table = inputTable(env, fsx, workspace);
  const v = readTable(table, r);

  const tags = planTags(v.imageName, v.sha, v.latestTag, v.tags);
  if (v.imageName && v.sha && OCI_TAG.test(v.imageName)) {
    const p = tagProblem(tags.primary);
    if (p) r.problem('image-name', `with sha ${v.sha} gives tag ${p}`);
  }
  r.finish();

  const ecrHost = v.registry ? parseEcrHost(v.registry) : undefined;
  const { lifecyclePolicy, ...rest } = exposedValues(table, v);
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const repo = env['GITHUB_REPOSITORY'] ?? '';
  return {
    ...rest,
    ecr: v.registry === '' || ecrHost !== undefined,
    ...(ecrHost ? { ecrAccountId: ecrHost.accountId } : {}),
    tags,
    ...(lifecyclePolicy !== undefined ? { lifecyclePolicy } : {}),
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
