/**
 * Pure argument builders for the three builders. Nothing here spawns anything: the argv arrays
 * are tested by tables, and run by builders.ts. Credentials never appear in an argv: only the
 * path of the private auth file (buildah/podman) or the DOCKER_CONFIG directory (docker).
 */
import type { KeyValue } from '../../../src/lib/inputs';

export interface BuildSpec {
  context: string;
  dockerfile: string;
  buildArgs: KeyValue[];
  labels: KeyValue[];
  target: string;
  platforms: string[];
}

/** The OCI labels every image gets unless default-labels is false. */
export function defaultLabels(sourceUrl: string, sha: string, created: Date): KeyValue[] {
  const out: KeyValue[] = [];
  if (sourceUrl) out.push({ key: 'org.opencontainers.image.source', value: sourceUrl });
  out.push({ key: 'org.opencontainers.image.revision', value: sha });
  out.push({ key: 'org.opencontainers.image.created', value: created.toISOString() });
  return out;
}

/** Defaults first, user labels override by key (last one wins, like the builders do). */
export function mergeLabels(defaults: KeyValue[], user: KeyValue[]): KeyValue[] {
  const byKey = new Map<string, string>();
  for (const kv of [...defaults, ...user]) byKey.set(kv.key, kv.value);
  return [...byKey].map(([key, value]) => ({ key, value }));
}

function commonBuildFlags(spec: BuildSpec): string[] {
  const a: string[] = ['--file', spec.dockerfile];
  for (const b of spec.buildArgs) a.push('--build-arg', `${b.key}=${b.value}`);
  for (const l of spec.labels) a.push('--label', `${l.key}=${l.value}`);
  if (spec.target) a.push('--target', spec.target);
  return a;
}

export type ContainerTool = 'buildah' | 'podman';

export interface ContainerBuildOptions {
  /** Local name of the result: the image (one platform) or the manifest list (several). */
  localRef: string;
  authFile?: string;
  insecure: boolean;
}

/** A multi-platform build goes into a manifest list, pushed with `manifest push --all`. */
export function isMultiPlatform(spec: BuildSpec): boolean {
  return spec.platforms.length > 1;
}

/** `buildah build` / `podman build` (the same flags in both). */
export function containerBuildArgs(
  _tool: ContainerTool,
  spec: BuildSpec,
  o: ContainerBuildOptions
): string[] {
  // No --layers: committing every intermediate step doubled a small build on vfs storage. A
  // persistent (self-hosted) runner that wants the layer cache sets BUILDAH_LAYERS=true.
  const a: string[] = ['build', ...commonBuildFlags(spec)];
  if (spec.platforms.length) a.push('--platform', spec.platforms.join(','));
  if (isMultiPlatform(spec)) a.push('--manifest', o.localRef);
  else a.push('--tag', o.localRef);
  // Base images may come from the same private/insecure registry (stand-in images in tests).
  if (o.authFile) a.push('--authfile', o.authFile);
  if (o.insecure) a.push('--tls-verify=false');
  a.push(spec.context);
  return a;
}

export interface ContainerPushOptions {
  localRef: string;
  /** registry/repository:tag */
  destination: string;
  digestFile: string;
  authFile?: string;
  insecure: boolean;
  multiPlatform: boolean;
}

/**
 * `buildah push` / `podman push` (or `manifest push --all` for a list), writing the pushed
 * manifest digest to digestFile. No retry flags: see pushRetriesItself.
 */
export function containerPushArgs(_tool: ContainerTool, o: ContainerPushOptions): string[] {
  const a: string[] = o.multiPlatform ? ['manifest', 'push', '--all'] : ['push'];
  a.push('--digestfile', o.digestFile);
  if (o.authFile) a.push('--authfile', o.authFile);
  if (o.insecure) a.push('--tls-verify=false');
  a.push(o.localRef, `docker://${o.destination}`);
  return a;
}

/**
 * Whether the push command retries transient failures itself, so that the action must not
 * retry it again (one retry layer). Measured against a registry port with nothing listening:
 * `buildah push` (1.28) retries 3 times 2 s apart whatever `--retry` says (`--retry 0` and
 * `--retry 1` both took 6.0 s), `podman push` (4.3, no --retry flag) 3 times 1 s apart (3.1 s);
 * `buildah/podman manifest push` do not retry (0.03 s / 0.13 s). Stacked inside the action's 4
 * attempts, `buildah push` took 26 s to give up; each layer alone is one retry schedule.
 */
export function pushRetriesItself(_tool: ContainerTool, multiPlatform: boolean): boolean {
  return !multiPlatform;
}

export interface BuildxOptions {
  /** registry/repository:tag — the primary tag. */
  image: string;
  /** registry/repository, for the registry cache reference. */
  imageName: string;
  metadataFile: string;
  push: boolean;
  insecure: boolean;
  cache: 'none' | 'registry' | 'gha';
  /** Cache tag / gha scope: `<image-name>-buildcache`. */
  cacheKey: string;
}

/**
 * `docker buildx build`. Decisions:
 * - `--provenance=false`: with provenance attestations buildx pushes an index even for one
 *   platform, so the digest deployments pin would not be the image manifest's, and ECR lists
 *   the attestation as an untagged image (which lifecycle rules then count).
 * - registry cache as an OCI image manifest (`image-manifest=true,oci-mediatypes=true`): the
 *   form ECR accepts; stored under the mutable tag `<image-name>-buildcache`.
 * - an insecure registry through `--output …,registry.insecure=true` (buildkit's option), since
 *   `--push` cannot say so.
 */
export function buildxArgs(spec: BuildSpec, o: BuildxOptions): string[] {
  const a: string[] = ['buildx', 'build', ...commonBuildFlags(spec), '--tag', o.image];
  if (spec.platforms.length) a.push('--platform', spec.platforms.join(','));
  a.push('--metadata-file', o.metadataFile, '--provenance=false');
  if (o.push) {
    if (o.insecure) a.push('--output', `type=image,name=${o.image},push=true,registry.insecure=true`);
    else a.push('--push');
  } else if (!isMultiPlatform(spec)) {
    // Not pushed: load a single-platform result into the local image store so it can be used.
    a.push('--load');
  }
  if (o.cache === 'registry') {
    const ref = `${o.imageName}:${o.cacheKey}`;
    const insecure = o.insecure ? ',registry.insecure=true' : '';
    a.push('--cache-from', `type=registry,ref=${ref}${insecure}`);
    if (o.push)
      a.push(
        '--cache-to',
        `type=registry,ref=${ref},mode=max,image-manifest=true,oci-mediatypes=true${insecure}`
      );
  } else if (o.cache === 'gha') {
    a.push('--cache-from', `type=gha,scope=${o.cacheKey}`);
    a.push('--cache-to', `type=gha,scope=${o.cacheKey},mode=max`);
  }
  a.push(spec.context);
  return a;
}

/** The digest buildx reports in its metadata file (`containerimage.digest`). */
export function digestFromBuildxMetadata(text: string): string | undefined {
  try {
    const m = JSON.parse(text) as Record<string, unknown>;
    const d = m['containerimage.digest'];
    return typeof d === 'string' ? d : undefined;
  } catch {
    return undefined;
  }
}
