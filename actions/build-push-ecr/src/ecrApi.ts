/**
 * The ECR calls this action makes, as plain methods over the real SDK client. The SDK is loaded
 * with `import()` by loadEcrApi(), after input validation, so a failing validation never pays
 * for parsing it. Retries are the SDK's standard strategy and nothing else (awsClientOptions in
 * src/lib/aws.ts): it retries throttling (ThrottlingException, SlowDown), timeouts, clock skew
 * and server errors, and each retry is logged.
 */
import type { ECRClient } from '@aws-sdk/client-ecr';
import { awsClientOptions, describeAwsError } from '../../../src/lib/aws';
import { UserError } from '../../../src/lib/errors';
import { MANIFEST_MEDIA_TYPES } from '../../../src/lib/registry';

export interface EcrAuthorization {
  /** Registry host from proxyEndpoint, e.g. 123456789012.dkr.ecr.eu-north-1.amazonaws.com. */
  registry: string;
  username: string;
  password: string;
  /** The raw base64 token ("AWS:<password>"): masked too. */
  token: string;
  expiresAt?: Date;
}

export interface EcrRepository {
  name: string;
  uri: string;
  immutable: boolean;
  scanOnPush: boolean;
}

export interface EcrImage {
  digest: string;
  sizeBytes?: number;
  tags: string[];
}

export type TagResult = 'moved' | 'unchanged' | 'immutable';

export interface EcrApi {
  authorization(registryId?: string): Promise<EcrAuthorization>;
  describeRepository(name: string, registryId?: string): Promise<EcrRepository | undefined>;
  createRepository(name: string, o: { scanOnPush: boolean; immutable: boolean }): Promise<EcrRepository>;
  putScanOnPush(name: string, scanOnPush: boolean, registryId?: string): Promise<void>;
  putLifecyclePolicy(name: string, policyText: string, registryId?: string): Promise<void>;
  describeImageByTag(name: string, tag: string, registryId?: string): Promise<EcrImage | undefined>;
  /** Points `tag` at the manifest `digest` (BatchGetImage + PutImage): no blob moves. */
  tagImage(name: string, digest: string, tag: string, registryId?: string): Promise<TagResult>;
  /**
   * The manifest `ref` names (a digest or a tag) as BatchGetImage, the call a pull makes, returns
   * it; the refusals (isEcrReadRefusal) pass through unwrapped for the caller to explain
   * (deploy-to-eks's image check).
   */
  imageManifest(
    name: string,
    ref: { digest: string } | { tag: string },
    registryId?: string
  ): Promise<EcrManifest>;
}

/** What BatchGetImage answered for one image: its manifest, or ECR's failure code and reason. */
export type EcrManifest =
  | { found: true; digest: string; mediaType: string; manifest: string }
  | { found: false; code: string; reason: string };

/**
 * The SDK errors imageManifest passes through unwrapped: an absent repository, and a denial by
 * name or by HTTP 403 alone (an error body the SDK cannot parse, as emulators send, is still one).
 */
export function isEcrReadRefusal(err: unknown): boolean {
  const name = errName(err);
  const status = (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  return (
    name === 'RepositoryNotFoundException' ||
    name === 'AccessDeniedException' ||
    name === 'AccessDenied' ||
    status === 403
  );
}

export type RetryLog = (message: string) => void;

/** Loads the SDK and returns the API bound to a real client for `region`; retries go to `log`. */
export async function loadEcrApi(region: string, log: RetryLog): Promise<EcrApi> {
  const sdk = await import('@aws-sdk/client-ecr');
  const client = new sdk.ECRClient(await awsClientOptions(region, 'ECR', log));
  return createEcrApi(client, sdk);
}

type Sdk = typeof import('@aws-sdk/client-ecr');

function errName(err: unknown): string {
  return (err as { name?: string })?.name ?? '';
}

export function createEcrApi(client: ECRClient, sdk: Sdk): EcrApi {
  /** One API call (the SDK retried it as needed); a failure is one clear UserError. */
  async function call<T>(
    operation: string,
    fn: () => Promise<T>,
    passThrough: string[] | ((err: unknown) => boolean) = []
  ): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (typeof passThrough === 'function' ? passThrough(err) : passThrough.includes(errName(err)))
        throw err;
      throw new UserError(describeAwsError(`ECR ${operation}`, err));
    }
  }

  const registryIds = (id?: string) => (id ? { registryId: id } : {});

  return {
    async authorization(registryId) {
      const res = await call('GetAuthorizationToken', () =>
        client.send(new sdk.GetAuthorizationTokenCommand(registryId ? { registryIds: [registryId] } : {}))
      );
      const data = res.authorizationData?.[0];
      if (!data?.authorizationToken || !data.proxyEndpoint) {
        throw new UserError('ECR GetAuthorizationToken returned no token');
      }
      const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon <= 0)
        throw new UserError('ECR GetAuthorizationToken returned a token that is not "user:password"');
      return {
        registry: new URL(
          data.proxyEndpoint.includes('://') ? data.proxyEndpoint : `https://${data.proxyEndpoint}`
        ).host,
        username: decoded.slice(0, colon),
        password: decoded.slice(colon + 1),
        token: data.authorizationToken,
        ...(data.expiresAt ? { expiresAt: data.expiresAt } : {})
      };
    },

    async describeRepository(name, registryId) {
      try {
        const res = await call(
          'DescribeRepositories',
          () =>
            client.send(
              new sdk.DescribeRepositoriesCommand({ repositoryNames: [name], ...registryIds(registryId) })
            ),
          ['RepositoryNotFoundException']
        );
        const r = res.repositories?.[0];
        return r ? toRepository(r) : undefined;
      } catch (err) {
        if (errName(err) === 'RepositoryNotFoundException') return undefined;
        throw err;
      }
    },

    async createRepository(name, o) {
      const res = await call('CreateRepository', () =>
        client.send(
          new sdk.CreateRepositoryCommand({
            repositoryName: name,
            imageScanningConfiguration: { scanOnPush: o.scanOnPush },
            imageTagMutability: o.immutable ? 'IMMUTABLE' : 'MUTABLE'
          })
        )
      );
      if (!res.repository) throw new UserError(`ECR CreateRepository returned no repository for ${name}`);
      return toRepository(res.repository);
    },

    async putScanOnPush(name, scanOnPush, registryId) {
      await call('PutImageScanningConfiguration', () =>
        client.send(
          new sdk.PutImageScanningConfigurationCommand({
            repositoryName: name,
            imageScanningConfiguration: { scanOnPush },
            ...registryIds(registryId)
          })
        )
      );
    },

    async putLifecyclePolicy(name, policyText, registryId) {
      await call('PutLifecyclePolicy', () =>
        client.send(
          new sdk.PutLifecyclePolicyCommand({
            repositoryName: name,
            lifecyclePolicyText: policyText,
            ...registryIds(registryId)
          })
        )
      );
    },

    async describeImageByTag(name, tag, registryId) {
      try {
        const res = await call(
          'DescribeImages',
          () =>
            client.send(
              new sdk.DescribeImagesCommand({
                repositoryName: name,
                imageIds: [{ imageTag: tag }],
                ...registryIds(registryId)
              })
            ),
          ['ImageNotFoundException']
        );
        const d = res.imageDetails?.[0];
        if (!d?.imageDigest) return undefined;
        return {
          digest: d.imageDigest,
          ...(d.imageSizeInBytes !== undefined ? { sizeBytes: d.imageSizeInBytes } : {}),
          tags: d.imageTags ?? []
        };
      } catch (err) {
        if (errName(err) === 'ImageNotFoundException') return undefined;
        throw err;
      }
    },

    async tagImage(name, digest, tag, registryId) {
      const current = await this.describeImageByTag(name, tag, registryId);
      if (current?.digest === digest) return 'unchanged';
      const got = await call('BatchGetImage', () =>
        client.send(
          new sdk.BatchGetImageCommand({
            repositoryName: name,
            imageIds: [{ imageDigest: digest }],
            acceptedMediaTypes: [...MANIFEST_MEDIA_TYPES],
            ...registryIds(registryId)
          })
        )
      );
      const image = got.images?.[0];
      if (!image?.imageManifest)
        throw new UserError(`ECR BatchGetImage found no manifest ${digest} in ${name}`);
      try {
        await call(
          'PutImage',
          () =>
            client.send(
              new sdk.PutImageCommand({
                repositoryName: name,
                imageTag: tag,
                imageManifest: image.imageManifest,
                ...(image.imageManifestMediaType
                  ? { imageManifestMediaType: image.imageManifestMediaType }
                  : {}),
                imageDigest: digest,
                ...registryIds(registryId)
              })
            ),
          ['ImageTagAlreadyExistsException', 'ImageAlreadyExistsException']
        );
        return 'moved';
      } catch (err) {
        // ImageTagAlreadyExists: the repository is immutable and the tag points elsewhere.
        // ImageAlreadyExists: the same (emulators also use it for the immutable case).
        if (
          errName(err) === 'ImageTagAlreadyExistsException' ||
          errName(err) === 'ImageAlreadyExistsException'
        ) {
          const now = await this.describeImageByTag(name, tag, registryId);
          return now?.digest === digest ? 'unchanged' : 'immutable';
        }
        throw err;
      }
    },

    async imageManifest(name, ref, registryId) {
      const res = await call(
        'BatchGetImage',
        () =>
          client.send(
            new sdk.BatchGetImageCommand({
              repositoryName: name,
              imageIds: ['digest' in ref ? { imageDigest: ref.digest } : { imageTag: ref.tag }],
              acceptedMediaTypes: [...MANIFEST_MEDIA_TYPES],
              ...registryIds(registryId)
            })
          ),
        isEcrReadRefusal
      );
      const image = res.images?.[0];
      if (image?.imageManifest && image.imageId?.imageDigest)
        return {
          found: true,
          digest: image.imageId.imageDigest,
          mediaType: image.imageManifestMediaType ?? '',
          manifest: image.imageManifest
        };
      const f = res.failures?.[0];
      return { found: false, code: f?.failureCode ?? 'ImageNotFound', reason: f?.failureReason ?? '' };
    }
  };
}

function toRepository(r: {
  repositoryName?: string;
  repositoryUri?: string;
  imageTagMutability?: string;
  imageScanningConfiguration?: { scanOnPush?: boolean };
}): EcrRepository {
  return {
    name: r.repositoryName ?? '',
    uri: r.repositoryUri ?? '',
    immutable: (r.imageTagMutability ?? '').startsWith('IMMUTABLE'),
    scanOnPush: r.imageScanningConfiguration?.scanOnPush ?? false
  };
}
