/**
 * The work, after validation: authenticate, look for the primary tag (skip-if-exists), build and
 * push, check the builder's digest against the registry, point the other tags at it. Side
 * effects come in through RunDeps so tests hand in the real local registry, buildah and moto.
 */
import type { ActionContext } from '../../../src/lib/entry';
import { UserError } from '../../../src/lib/errors';
import { findRegistryCredentials } from '../../../src/lib/registryAuth';
import {
  destinationSettings,
  loadRegistriesConf,
  type RegistriesConfOptions
} from '../../../src/lib/registriesConf';
import { RegistryClient, type RegistryCredentials } from '../../../src/lib/registry';
import { retryLine, type RetryOptions } from '../../../src/lib/retry';
import { defaultLabels, mergeLabels } from './builderArgs';
import type { BuilderDeps, BuilderKind } from './builders';
import { loadEcrApi, type EcrApi } from './ecrApi';
import { ecrStore, registryStore, type ImageStore } from './imageStore';
import type { Inputs } from './inputs';
import { PRIVATE_DIR_STATE, createPrivateDir, removePrivateDir, writeAuthFile } from './privateDir';
import { untrustedText } from '../../../src/lib/untrusted';
import { gateImage, type GateDeps, type ScanReport } from './scanGate';

export interface RunLog {
  info(message: string): void;
  warning(message: string): void;
  setSecret(value: string): void;
}

export interface RunDeps {
  log: RunLog;
  env: NodeJS.ProcessEnv;
  /** Wall clock for the created label, and a monotonic-enough clock for phase timings. */
  now?: () => Date;
  clockMs?: () => number;
  /** Retry policy for registry, ECR and push calls (tests shorten it). */
  retry?: Partial<RetryOptions>;
  loadEcr?: (region: string) => Promise<EcrApi>;
  /** Told each output as soon as it is known (so a failed run still reports what it knew). */
  output?: (name: keyof Outputs, value: string) => void;
  /** The private directory's path once created (saved in state for the post step). */
  onPrivateDir?: (dir: string) => void;
  builderDeps?: Partial<BuilderDeps>;
  /** Where the system-wide registries.conf lives (tests point it at their own). */
  registriesConf?: RegistriesConfOptions;
  /** The ECR scan API and the pause between polls (tests hand in moto and shorten it). */
  scan?: Pick<GateDeps, 'loadScan' | 'sleep'>;
}

export interface Outputs {
  registry: string;
  repository: string;
  image: string;
  tag: string;
  tags: string;
  digest: string;
  'image-ref': string;
  skipped: string;
  'scan-findings': string;
}

export interface TagReport {
  tag: string;
  result: 'pushed' | 'moved' | 'unchanged' | 'immutable';
}

export interface RunResult {
  registry: string;
  repository: string;
  image: string;
  tag: string;
  /** Tags that point at the digest after the run. */
  tags: string[];
  tagReports: TagReport[];
  digest: string;
  imageRef: string;
  skipped: boolean;
  sizeBytes?: number;
  builder?: BuilderKind;
  phases: [string, number][];
  warnings: string[];
  scan?: ScanReport;
}

/**
 * The action's work, in the skeleton's shape (src/lib/entry.ts): logs, outputs and the private
 * directory's state go through ctx.rt unless `overrides` says otherwise (tests).
 */
export async function run(ctx: ActionContext<Inputs>, overrides: Partial<RunDeps> = {}): Promise<RunResult> {
  const { inputs, rt } = ctx;
  const deps: RunDeps = {
    log: rt,
    env: rt.env,
    output: (name, value) => rt.setOutput(name, value),
    onPrivateDir: dir => rt.saveState(PRIVATE_DIR_STATE, dir),
    ...overrides
  };
  const { log } = deps;
  const clock = deps.clockMs ?? Date.now;
  const phases: [string, number][] = [];
  const warnings: string[] = [];
  const warn = (m: string) => {
    warnings.push(m);
    log.warning(m);
  };
  const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = clock();
    try {
      return await fn();
    } finally {
      phases.push([name, clock() - t]);
    }
  };
  const out = (name: keyof Outputs, value: string) => deps.output?.(name, value);
  const retry: Partial<RetryOptions> = {
    ...deps.retry,
    // The error may quote a registry's response body: printed so it can never be a command.
    onRetry: (err, attempt, delay) => log.info(untrustedText(retryLine('registry call', err, attempt, delay)))
  };

  // 1. Credentials and the repository.
  const { registry, store, credentials } = await timed('auth', () => connect(inputs, deps, retry, warn));
  const image = `${registry}/${inputs.repository}`;
  out('registry', registry);
  out('repository', inputs.repository);
  out('image', image);
  out('tag', inputs.tags.primary);

  const finish = (
    digest: string,
    skipped: boolean,
    tagReports: TagReport[],
    extra: Partial<RunResult>
  ): RunResult => {
    const tags = tagReports.filter(t => t.result !== 'immutable').map(t => t.tag);
    const imageRef = digest ? `${image}@${digest}` : '';
    out('tags', JSON.stringify(tags));
    out('digest', digest);
    out('image-ref', imageRef);
    out('skipped', String(skipped));
    return {
      registry,
      repository: inputs.repository,
      image,
      tag: inputs.tags.primary,
      tags,
      tagReports,
      digest,
      imageRef,
      skipped,
      phases,
      warnings,
      ...extra
    };
  };

  // The scan gate judges the image whichever way it got here (pushed now, or reused).
  const gated = async (r: RunResult): Promise<RunResult> => {
    const scan = await timed('scan', () => gateImage(inputs, r.digest, { log, output: out, ...deps.scan }));
    return scan ? { ...r, scan } : r;
  };

  // 2. Is the commit's tag already there? (Also proves the credentials before a long build.)
  const existing = inputs.push ? await timed('check', () => store.find(inputs.tags.primary)) : undefined;
  if (existing && inputs.skipIfExists) {
    log.info(`${image}:${inputs.tags.primary} already exists (${existing.digest}): not rebuilding`);
    const reports = await timed('tag', () => pointTags(inputs, store, existing.digest, warn));
    return gated(
      finish(existing.digest, true, [{ tag: inputs.tags.primary, result: 'unchanged' }, ...reports], {
        ...(existing.sizeBytes !== undefined ? { sizeBytes: existing.sizeBytes } : {})
      })
    );
  }
  if (existing)
    log.info(
      `${image}:${inputs.tags.primary} exists (${existing.digest}); skip-if-exists is off: rebuilding`
    );

  // 3. Build and push the primary tag with credentials in a private file, removed whatever happens.
  const priv = createPrivateDir(inputs.runnerTemp);
  deps.onPrivateDir?.(priv.dir);
  try {
    if (credentials) writeAuthFile(priv, registry, credentials.username, credentials.password);
    // Loaded only to build: a skipped run never needs child_process and the builders.
    const { createBuilder, detectBuilder } = await import('./builders');
    const bdeps: BuilderDeps = { log, env: deps.env, retry, ...deps.builderDeps };
    const kind = await detectBuilder(inputs.builder, bdeps);
    if (kind !== 'docker' && inputs.cache !== 'none')
      warn(`cache: ${inputs.cache} applies to docker buildx only; ${kind} keeps its layers locally`);
    log.info(`builder: ${kind}`);
    const labels = mergeLabels(
      inputs.defaultLabels
        ? defaultLabels(inputs.sourceUrl, inputs.sha, (deps.now ?? (() => new Date()))())
        : [],
      inputs.labels
    );
    const outcome = await createBuilder(kind, bdeps).build({
      spec: {
        context: inputs.context,
        dockerfile: inputs.dockerfile,
        buildArgs: inputs.buildArgs,
        labels,
        target: inputs.target,
        platforms: inputs.platforms
      },
      image,
      registry,
      primaryTag: inputs.tags.primary,
      push: inputs.push,
      insecure: inputs.insecureRegistry,
      cache: inputs.cache,
      cacheKey: `${inputs.imageName}-buildcache`,
      privateDir: priv
    });
    phases.push(...outcome.phases);
    if (!inputs.push) {
      log.info('push: false — built only; nothing was pushed');
      return finish('', false, [], { builder: kind });
    }

    // 4. The registry must hold what the builder says it pushed.
    const pushed = await timed('verify', () => store.find(inputs.tags.primary));
    if (!pushed) throw new UserError(`${image}:${inputs.tags.primary} is not in the registry after the push`);
    if (outcome.digest && pushed.digest !== outcome.digest) {
      throw new UserError(
        `${image}:${inputs.tags.primary} is ${pushed.digest} in the registry but ${kind} pushed ${outcome.digest} (another run pushed the same tag concurrently?)`
      );
    }
    log.info(`pushed ${image}:${inputs.tags.primary} = ${pushed.digest}`);
    const reports = await timed('tag', () => pointTags(inputs, store, pushed.digest, warn));
    // Not awaited here: the credentials directory is removed (finally) before the scan wait.
    return gated(
      finish(pushed.digest, false, [{ tag: inputs.tags.primary, result: 'pushed' }, ...reports], {
        builder: kind,
        ...(pushed.sizeBytes !== undefined ? { sizeBytes: pushed.sizeBytes } : {})
      })
    );
  } finally {
    removePrivateDir(priv.dir);
  }
}

interface Connection {
  registry: string;
  store: ImageStore;
  credentials?: RegistryCredentials;
}

async function connect(
  inputs: Inputs,
  deps: RunDeps,
  retry: Partial<RetryOptions>,
  warn: (m: string) => void
): Promise<Connection> {
  // The builders' registries.conf: a blocked destination stops here, before any build or push.
  const conf = loadRegistriesConf(deps.env, deps.registriesConf);
  const settingsFor = (registry: string) => {
    const settings = destinationSettings(conf, registry, inputs.repository);
    for (const note of settings.notes) deps.log.info(note);
    return settings;
  };
  if (!inputs.ecr) {
    const settings = settingsFor(inputs.registry);
    // No username/password: what a login step or a credential helper left for the builders.
    let credentials: RegistryCredentials | undefined;
    if (inputs.username) credentials = { username: inputs.username, password: inputs.password };
    else {
      const found = await findRegistryCredentials(inputs.registry, inputs.repository, {
        env: deps.env,
        helpers: conf.credentialHelpers,
        log: m => deps.log.info(m)
      });
      if (found) {
        credentials = found.credentials;
        deps.log.setSecret(found.credentials.password);
        deps.log.info(
          `credentials for ${inputs.registry}: user ${found.credentials.username} from ${found.source}`
        );
      }
    }
    if (credentials) deps.log.setSecret(credentials.password);
    const client = new RegistryClient({
      registry: inputs.registry,
      insecure: inputs.insecureRegistry || settings.insecure,
      retry,
      ...(credentials ? { credentials } : {})
    });
    return {
      registry: inputs.registry,
      store: registryStore(client, inputs.repository),
      ...(credentials ? { credentials } : {})
    };
  }

  const api = await (deps.loadEcr ?? (region => loadEcrApi(region, m => deps.log.info(m))))(inputs.awsRegion);
  const auth = await api.authorization(inputs.ecrAccountId);
  deps.log.setSecret(auth.token);
  deps.log.setSecret(auth.password);
  const registry = inputs.registry || auth.registry;
  settingsFor(registry);
  await ensureRepository(api, inputs, registry, deps.log, warn);
  return {
    registry,
    store: ecrStore(api, inputs.repository, inputs.ecrAccountId),
    credentials: { username: auth.username, password: auth.password }
  };
}

/** Checks the repository exists; with create-repository, creates it or brings its settings in line. */
export async function ensureRepository(
  api: EcrApi,
  inputs: Pick<
    Inputs,
    'repository' | 'createRepository' | 'scanOnPush' | 'immutableTags' | 'lifecyclePolicy' | 'ecrAccountId'
  >,
  registry: string,
  log: Pick<RunLog, 'info'>,
  warn: (m: string) => void
): Promise<void> {
  const id = inputs.ecrAccountId;
  const repo = await api.describeRepository(inputs.repository, id);
  if (!repo) {
    if (!inputs.createRepository) {
      throw new UserError(
        `ECR repository "${inputs.repository}" does not exist in ${registry}: create it (terraform/modules/ecr) or set create-repository: true`
      );
    }
    await api.createRepository(inputs.repository, {
      scanOnPush: inputs.scanOnPush,
      immutable: inputs.immutableTags
    });
    log.info(
      `created ECR repository ${inputs.repository} (scan on push: ${inputs.scanOnPush}, tags ${inputs.immutableTags ? 'immutable' : 'mutable'})`
    );
  } else if (inputs.createRepository) {
    if (repo.scanOnPush !== inputs.scanOnPush) {
      await api.putScanOnPush(inputs.repository, inputs.scanOnPush, id);
      log.info(`ECR repository ${inputs.repository}: scan on push set to ${inputs.scanOnPush}`);
    }
    if (repo.immutable !== inputs.immutableTags) {
      // Flipping mutability of a repository in use changes what other pipelines may push: reported, not done.
      warn(
        `ECR repository ${inputs.repository} has ${repo.immutable ? 'immutable' : 'mutable'} tags but immutable-tags is ${inputs.immutableTags}; left unchanged`
      );
    }
  }
  if (inputs.createRepository && inputs.lifecyclePolicy !== undefined) {
    await api.putLifecyclePolicy(inputs.repository, inputs.lifecyclePolicy, id);
    log.info(`ECR repository ${inputs.repository}: lifecycle policy applied`);
  }
}

/** Points the moving and extra tags at `digest`. An immutable moving tag is a warning; an extra tag an error. */
async function pointTags(
  inputs: Inputs,
  store: ImageStore,
  digest: string,
  warn: (m: string) => void
): Promise<TagReport[]> {
  if (!inputs.push) return [];
  const reports: TagReport[] = [];
  const refused: string[] = [];
  for (const tag of inputs.tags.others) {
    const result = await store.tag(tag, digest);
    reports.push({ tag, result });
    if (result !== 'immutable') continue;
    if (tag === inputs.tags.moving) {
      warn(
        `moving tag ${tag} was not moved: the repository's tags are immutable, so it still names the previous image`
      );
    } else {
      refused.push(tag);
    }
  }
  if (refused.length) {
    throw new UserError(
      `the repository's tags are immutable and already exist elsewhere: ${refused.join(', ')}`
    );
  }
  return reports;
}
