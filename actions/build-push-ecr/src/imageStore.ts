/**
 * "The repository" as the action needs it, whatever the registry: does a tag exist (and with
 * which digest and size), and point another tag at a digest. ECR answers through its API
 * (DescribeImages, BatchGetImage + PutImage); any other registry through the OCI distribution
 * API (manifest HEAD/GET/PUT). Moving a tag this way copies one small manifest, no layers.
 */
import {
  RegistryError,
  imageSizeFromManifest,
  type Manifest,
  type RegistryClient
} from '../../../src/lib/registry';
import type { EcrApi, TagResult } from './ecrApi';
import { IMMUTABLE_TAG_REFUSAL } from './imageNames';

export interface ExistingImage {
  digest: string;
  /** Config plus compressed layers, when the registry can tell (not for a multi-platform index). */
  sizeBytes?: number;
}

export interface ImageStore {
  /** The image a tag points to, or undefined when the tag does not exist. */
  find(tag: string): Promise<ExistingImage | undefined>;
  /** Points `tag` at `digest`; 'immutable' when the repository refuses to move an existing tag. */
  tag(tag: string, digest: string): Promise<TagResult>;
}

export function ecrStore(api: EcrApi, repository: string, registryId?: string): ImageStore {
  return {
    async find(tag) {
      const img = await api.describeImageByTag(repository, tag, registryId);
      return (
        img && { digest: img.digest, ...(img.sizeBytes !== undefined ? { sizeBytes: img.sizeBytes } : {}) }
      );
    },
    tag: (tag, digest) => api.tagImage(repository, digest, tag, registryId)
  };
}

export function registryStore(client: RegistryClient, repository: string): ImageStore {
  // Manifests are immutable by digest: the one read by find() serves the tag copies after it.
  const byDigest = new Map<string, Manifest>();
  const manifest = async (digest: string) => {
    const cached = byDigest.get(digest);
    if (cached) return cached;
    const m = await client.getManifest(repository, digest);
    if (m) byDigest.set(digest, m);
    return m;
  };
  return {
    async find(tag) {
      const head = await client.headManifest(repository, tag);
      if (!head) return undefined;
      const m = await manifest(head.digest);
      const size = m ? imageSizeFromManifest(m.body) : undefined;
      return { digest: head.digest, ...(size !== undefined ? { sizeBytes: size } : {}) };
    },
    async tag(tag, digest) {
      const current = await client.headManifest(repository, tag);
      if (current?.digest === digest) return 'unchanged';
      const m = await manifest(digest);
      if (!m) throw new RegistryError(`${client.registry}/${repository}@${digest} does not exist`);
      try {
        await client.putManifest(repository, tag, m);
        return 'moved';
      } catch (err) {
        if (
          err instanceof RegistryError &&
          err.status !== undefined &&
          err.status < 500 &&
          IMMUTABLE_TAG_REFUSAL.test(err.message)
        ) {
          return 'immutable';
        }
        throw err;
      }
    }
  };
}
