/**
 * Running the builders: auto-detection, build, push of the primary tag, and the digest the
 * builder reports (buildah/podman `--digestfile`, buildx `--metadata-file`). Pushes that fail
 * for a transient reason (registry down, reset, 5xx, 429) are retried with backoff, each retry
 * logged; an auth refusal or anything else is one clear error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../../../src/lib/errors';
import { exec, findOnPath, tail, type ExecOptions, type ExecResult } from '../../../src/lib/exec';
import { SHA256_DIGEST } from '../../../src/lib/inputs';
import { retryLine, withRetry, type RetryOptions } from '../../../src/lib/retry';
import {
  buildxArgs,
  containerBuildArgs,
  containerPushArgs,
  digestFromBuildxMetadata,
  isMultiPlatform,
  pushRetriesItself,
  type BuildSpec,
  type ContainerTool
} from './builderArgs';
import type { BuilderChoice, CacheMode } from './inputs';
import { IMMUTABLE_TAG_REFUSAL } from './imageNames';
import { linkDockerState, type PrivateDir } from './privateDir';
import { untrustedText } from '../../../src/lib/untrusted';

export type BuilderKind = 'docker' | 'buildah' | 'podman';

export interface BuildRequest {
  spec: BuildSpec;
  /** registry/repository */
  image: string;
  /** registry host, for messages */
  registry: string;
  primaryTag: string;
  push: boolean;
  insecure: boolean;
  cache: CacheMode;
  cacheKey: string;
  privateDir: PrivateDir;
}

export interface BuildOutcome {
  /** Manifest digest the builder pushed (undefined when not pushed). */
  digest?: string;
  /** Milliseconds per phase: build, push (buildx does both in one: 'build+push'). */
  phases: [string, number][];
}

export interface BuilderLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface Builder {
  kind: BuilderKind;
  build(req: BuildRequest): Promise<BuildOutcome>;
}

export interface BuilderDeps {
  log: BuilderLog;
  env: NodeJS.ProcessEnv;
  retry?: Partial<RetryOptions>;
  now?: () => number;
  /** How processes run (the real exec by default). */
  exec?: (cmd: string, args: string[], opts?: ExecOptions) => Promise<ExecResult>;
}

/** Registry/network failures worth another push attempt, as the builders print them. */
const TRANSIENT_PUSH =
  /connection refused|connection reset|i\/o timeout|tls handshake timeout|unexpected EOF|no route to host|temporarily unavailable|too many requests|toomanyrequests|\b(429|500|502|503|504)\b|server misbehaving/i;
const AUTH_REFUSED =
  /unauthorized|authentication required|\b401\b|denied|\b403\b|invalid username\/password/i;

export function classifyPushFailure(output: string): 'auth' | 'transient' | 'immutable' | 'other' {
  if (IMMUTABLE_TAG_REFUSAL.test(output)) return 'immutable';
  if (AUTH_REFUSED.test(output)) return 'auth';
  if (TRANSIENT_PUSH.test(output)) return 'transient';
  return 'other';
}

class PushFailure extends UserError {
  constructor(
    message: string,
    readonly transient: boolean
  ) {
    super(message);
  }
}

export function isOnPath(cmd: string, env: NodeJS.ProcessEnv): boolean {
  return findOnPath(cmd, env) !== undefined;
}

/** auto: docker buildx when it answers, else buildah, else podman. */
export async function detectBuilder(choice: BuilderChoice, deps: BuilderDeps): Promise<BuilderKind> {
  const run = deps.exec ?? exec;
  const buildxWorks = async () =>
    isOnPath('docker', deps.env) &&
    (await run('docker', ['buildx', 'version'], { env: deps.env, timeoutMs: 15000 }).catch(() => undefined))
      ?.exitCode === 0;
  if (choice === 'docker') {
    if (!(await buildxWorks()))
      throw new UserError(
        'builder: docker buildx is not available (docker not on PATH or buildx not installed)'
      );
    return 'docker';
  }
  if (choice === 'buildah' || choice === 'podman') {
    if (!isOnPath(choice, deps.env)) throw new UserError(`builder: ${choice} is not on PATH`);
    return choice;
  }
  if (await buildxWorks()) return 'docker';
  if (isOnPath('buildah', deps.env)) return 'buildah';
  if (isOnPath('podman', deps.env)) return 'podman';
  throw new UserError('builder: none of docker buildx, buildah or podman was found on PATH');
}

export function createBuilder(kind: BuilderKind, deps: BuilderDeps): Builder {
  return kind === 'docker' ? buildxBuilder(deps) : containerBuilder(kind, deps);
}

function streamed(deps: BuilderDeps, env: NodeJS.ProcessEnv): ExecOptions {
  // The build's output carries whatever the Dockerfile's steps print: never run as commands.
  const show = (l: string) => deps.log.info(untrustedText(l));
  return { env, onStdoutLine: show, onStderrLine: show };
}

async function pushWithRetry(
  what: string,
  registry: string,
  deps: BuilderDeps,
  attempt: () => Promise<ExecResult>,
  /** The tool retries by itself (pushRetriesItself): one attempt here, one retry layer. */
  toolRetries = false
): Promise<void> {
  await withRetry(
    async () => {
      const res = await attempt();
      if (res.exitCode === 0) return;
      const out = tail(res.stderr || res.stdout, 8);
      const kind = classifyPushFailure(out);
      if (kind === 'immutable') {
        throw new PushFailure(
          `${what}: the tag already exists and the repository's tags are immutable (keep skip-if-exists: true, or build a new sha):\n${out}`,
          false
        );
      }
      if (kind === 'auth') {
        throw new PushFailure(
          `${what}: registry ${registry} refused the credentials (check username/password or the AWS role):\n${out}`,
          false
        );
      }
      throw new PushFailure(`${what} failed (exit code ${res.exitCode}):\n${out}`, kind === 'transient');
    },
    {
      ...deps.retry,
      ...(toolRetries ? { attempts: 1 } : {}),
      isTransient: err => err instanceof PushFailure && err.transient,
      onRetry: (err, n, delay) => deps.log.warning(retryLine(what, lastLine(err), n, delay))
    }
  );
}

/** A builder's failure is in its last line of output. */
function lastLine(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  const lines = m.split('\n');
  return (lines[lines.length - 1] ?? '').trim().slice(0, 200);
}

function containerBuilder(tool: ContainerTool, deps: BuilderDeps): Builder {
  const run = deps.exec ?? exec;
  const now = deps.now ?? Date.now;
  return {
    kind: tool,
    async build(req) {
      const localRef = `${req.image}:${req.primaryTag}`;
      const authFile = req.privateDir.authFile;
      const t0 = now();
      const buildArgv = containerBuildArgs(tool, req.spec, {
        localRef,
        insecure: req.insecure,
        ...(authFile ? { authFile } : {})
      });
      const multi = isMultiPlatform(req.spec);
      // A local manifest list is only a vehicle for the push, and while one exists buildah 1.28's
      // `buildah images` fails on it: remove any left from a rebuild before, and ours after.
      const dropList = () =>
        run(tool, ['manifest', 'rm', localRef], { env: deps.env }).catch(() => undefined);
      if (multi) await dropList();
      try {
        deps.log.info(`${tool} ${buildArgv.join(' ')}`);
        const built = await run(tool, buildArgv, streamed(deps, deps.env));
        if (built.exitCode !== 0) {
          throw new UserError(
            `${tool} build failed (exit code ${built.exitCode}):\n${tail(built.stderr || built.stdout, 15)}`
          );
        }
        const phases: [string, number][] = [['build', now() - t0]];
        if (!req.push) return { phases };

        const t1 = now();
        const digestFile = path.join(req.privateDir.dir, 'digest');
        const pushArgv = containerPushArgs(tool, {
          localRef,
          destination: localRef,
          digestFile,
          insecure: req.insecure,
          multiPlatform: multi,
          ...(authFile ? { authFile } : {})
        });
        await pushWithRetry(
          `${tool} push ${localRef}`,
          req.registry,
          deps,
          () => {
            deps.log.info(`${tool} ${pushArgv.join(' ')}`);
            return run(tool, pushArgv, streamed(deps, deps.env));
          },
          pushRetriesItself(tool, multi)
        );
        phases.push(['push', now() - t1]);
        const digest = fs.readFileSync(digestFile, 'utf8').trim();
        if (!SHA256_DIGEST.test(digest)) {
          throw new UserError(`${tool} push wrote no digest (got "${digest}")`);
        }
        return { digest, phases };
      } finally {
        if (multi) await dropList();
      }
    }
  };
}

function buildxBuilder(deps: BuilderDeps): Builder {
  const run = deps.exec ?? exec;
  const now = deps.now ?? Date.now;
  return {
    kind: 'docker',
    async build(req) {
      const metadataFile = path.join(req.privateDir.dir, 'metadata.json');
      const argv = buildxArgs(req.spec, {
        image: `${req.image}:${req.primaryTag}`,
        imageName: req.image,
        metadataFile,
        push: req.push,
        insecure: req.insecure,
        cache: req.cache,
        cacheKey: req.cacheKey
      });
      // DOCKER_CONFIG points at the private directory (auth in its config.json): ~/.docker stays untouched.
      linkDockerState(req.privateDir, deps.env);
      const env = { ...deps.env, DOCKER_CONFIG: req.privateDir.dir };
      const t0 = now();
      await pushWithRetry(`docker buildx build ${req.image}:${req.primaryTag}`, req.registry, deps, () => {
        deps.log.info(`docker ${argv.join(' ')}`);
        return run('docker', argv, streamed(deps, env));
      });
      const phases: [string, number][] = [[req.push ? 'build+push' : 'build', now() - t0]];
      if (!req.push) return { phases };
      const digest = fs.existsSync(metadataFile)
        ? digestFromBuildxMetadata(fs.readFileSync(metadataFile, 'utf8'))
        : undefined;
      if (!digest) throw new UserError('docker buildx wrote no containerimage.digest to its metadata file');
      return { digest, phases };
    }
  };
}
