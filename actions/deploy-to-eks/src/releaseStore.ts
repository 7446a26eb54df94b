/**
 * Helm's release records as the Kubernetes API stores them (Helm 3 and 4 share the format), in
 * the storage backend HELM_DRIVER selects, exactly as helm does:
 * - `secret`/`secrets` (helm's default): Secrets `sh.helm.release.v1.<name>.v<revision>` of type
 *   helm.sh/release.v1; `data.release` is base64 (the Secret encoding) of base64(gzip(JSON));
 * - `configmap`/`configmaps`: ConfigMaps of the same name and labels; `data.release` is
 *   base64(gzip(JSON)) as a string.
 * Both are labelled owner=helm, name, status, version. `memory` (nothing stored in the cluster)
 * and `sql` (a PostgreSQL database this action has no client for) are refused by name before
 * anything is changed, so stuck-release recovery and skip-unchanged never work from a store helm
 * does not use. Reading the records directly is one API call, cheaper than `helm history` plus
 * `helm get`, and it is the only way to mark a stuck release failed: Helm has no command for that
 * and refuses every operation while a release is pending.
 */
import { gunzipSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { UserError } from '../../../src/lib/errors';
import type { KubeClient } from '../../../src/lib/kube';

/** Where helm keeps release records on the cluster. */
export type ReleaseDriver = 'secret' | 'configmap';

/** The release store of HELM_DRIVER, as helm reads it; a UserError for one this action cannot read. */
export function releaseDriverFromEnv(env: NodeJS.ProcessEnv): ReleaseDriver {
  const raw = (env['HELM_DRIVER'] ?? '').trim();
  const d = raw.toLowerCase();
  if (d === '' || d === 'secret' || d === 'secrets') return 'secret';
  if (d === 'configmap' || d === 'configmaps') return 'configmap';
  if (d === 'memory')
    throw new UserError(
      'HELM_DRIVER=memory keeps releases only inside one helm process, so nothing could be upgraded, recovered or rolled back across runs: unset HELM_DRIVER (Secrets) or use configmap'
    );
  if (d === 'sql')
    throw new UserError(
      'HELM_DRIVER=sql (releases in PostgreSQL) is not supported by this action: it reads release records from the cluster for stuck-release recovery and skip-unchanged; unset HELM_DRIVER (Secrets) or use configmap'
    );
  throw new UserError(
    `HELM_DRIVER="${raw}" is not a helm storage driver (secret, configmap, memory or sql); this action supports secret and configmap`
  );
}

export type ReleaseStatus =
  | 'unknown'
  | 'deployed'
  | 'uninstalled'
  | 'superseded'
  | 'failed'
  | 'uninstalling'
  | 'pending-install'
  | 'pending-upgrade'
  | 'pending-rollback';

export const PENDING: ReadonlySet<string> = new Set([
  'pending-install',
  'pending-upgrade',
  'pending-rollback'
]);

/** The parts of Helm's release JSON this action reads. */
export interface HelmReleaseJson {
  name: string;
  namespace?: string;
  version: number;
  info: {
    status: ReleaseStatus;
    description?: string;
    first_deployed?: string;
    last_deployed?: string;
    [k: string]: unknown;
  };
  chart?: {
    metadata?: { name?: string; version?: string; appVersion?: string };
    values?: unknown;
    [k: string]: unknown;
  };
  config?: Record<string, unknown>;
  manifest?: string;
  hooks?: { name?: string; kind?: string; path?: string; manifest?: string; events?: string[] }[];
  [k: string]: unknown;
}

export interface ReleaseRecord {
  /** The Secret or ConfigMap holding the record (see `driver`). */
  secretName: string;
  /** Where the record is kept (default secret). */
  driver?: ReleaseDriver;
  resourceVersion: string;
  revision: number;
  status: ReleaseStatus;
  /** When the record was last written (modifiedAt/createdAt label, else info.last_deployed). */
  updatedAt: Date;
  /** The Secret's labels: Helm's own (status, version, ...) and custom release labels. */
  labels: Record<string, string>;
  release: HelmReleaseJson;
}

interface SecretJson {
  metadata: {
    name: string;
    resourceVersion?: string;
    labels?: Record<string, string>;
    creationTimestamp?: string;
  };
  data?: { release?: string };
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);

/** `data.release` (as the API returns it) → release JSON. */
export function decodeReleaseData(data: string, driver: ReleaseDriver = 'secret'): HelmReleaseJson {
  const helmB64 = driver === 'secret' ? Buffer.from(data, 'base64').toString('utf8') : data;
  let raw = Buffer.from(helmB64, 'base64');
  if (raw.subarray(0, 3).equals(GZIP_MAGIC)) raw = gunzipSync(raw);
  return JSON.parse(raw.toString('utf8')) as HelmReleaseJson;
}

/** Release JSON → `data.release` value for the API (the inverse of decodeReleaseData). */
export function encodeReleaseData(rel: HelmReleaseJson, driver: ReleaseDriver = 'secret'): string {
  const gz = gzipSync(Buffer.from(JSON.stringify(rel), 'utf8'), { level: zlibConstants.Z_BEST_COMPRESSION });
  const helmB64 = gz.toString('base64');
  return driver === 'secret' ? Buffer.from(helmB64, 'utf8').toString('base64') : helmB64;
}

/** A Secret (or, with driver configmap, a ConfigMap) as a release record. */
export function secretToRecord(s: SecretJson, driver: ReleaseDriver = 'secret'): ReleaseRecord | undefined {
  if (!s.data?.release) return undefined;
  const release = decodeReleaseData(s.data.release, driver);
  const labels = s.metadata.labels ?? {};
  const stamp = Number(labels['modifiedAt'] ?? labels['createdAt'] ?? NaN);
  const updatedAt = Number.isFinite(stamp)
    ? new Date(stamp * 1000)
    : new Date(release.info.last_deployed ?? s.metadata.creationTimestamp ?? 0);
  return {
    secretName: s.metadata.name,
    driver,
    resourceVersion: s.metadata.resourceVersion ?? '',
    revision: release.version,
    status: (release.info.status ?? labels['status'] ?? 'unknown') as ReleaseStatus,
    updatedAt,
    labels,
    release
  };
}

const storePath = (namespace: string, driver: ReleaseDriver) =>
  `/api/v1/namespaces/${encodeURIComponent(namespace)}/${driver === 'secret' ? 'secrets' : 'configmaps'}`;

/** Every stored revision of a release, oldest first, from the store HELM_DRIVER selects. */
export async function listReleaseRecords(
  kube: KubeClient,
  namespace: string,
  name: string,
  driver: ReleaseDriver = releaseDriverFromEnv(process.env)
): Promise<ReleaseRecord[]> {
  const items = await kube.list<SecretJson>(storePath(namespace, driver), {
    labelSelector: `owner=helm,name=${name}`
  });
  return items
    .map(s => secretToRecord(s, driver))
    .filter((r): r is ReleaseRecord => r !== undefined)
    .sort((a, b) => a.revision - b.revision);
}

/**
 * Marks a stuck revision failed, the way Helm itself records a failed operation: status label and
 * info.status. The resourceVersion precondition makes this a no-op conflict (HTTP 409) if another
 * run touched the record meanwhile, so a live operation is never overwritten.
 */
export async function markReleaseFailed(
  kube: KubeClient,
  namespace: string,
  rec: ReleaseRecord,
  why: string,
  now: Date
): Promise<void> {
  const release: HelmReleaseJson = {
    ...rec.release,
    info: { ...rec.release.info, status: 'failed', description: why }
  };
  const driver = rec.driver ?? 'secret';
  await kube.mergePatch(`${storePath(namespace, driver)}/${encodeURIComponent(rec.secretName)}`, {
    metadata: {
      resourceVersion: rec.resourceVersion,
      labels: { status: 'failed', modifiedAt: String(Math.floor(now.getTime() / 1000)) }
    },
    data: { release: encodeReleaseData(release, driver) }
  });
}

export type RecoveryPlan =
  | { action: 'none' }
  /** Another run is changing the release right now: leave it alone and fail. */
  | { action: 'busy'; stuck: ReleaseRecord; ageSeconds: number }
  /** Mark the stuck revision failed, then roll back to the last good revision. */
  | { action: 'rollback'; stuck: ReleaseRecord; to: number; ageSeconds: number }
  /** A first install that never completed: let helm uninstall it. */
  | { action: 'uninstall'; stuck: ReleaseRecord; ageSeconds: number }
  /** Nothing good to roll back to: mark failed; the upgrade that follows starts from there. */
  | { action: 'mark-failed'; stuck: ReleaseRecord; ageSeconds: number };

/**
 * What to do about the latest revision. A pending revision younger than `timeoutSeconds` may
 * belong to a run that is still waiting on its own `--timeout`, so it is not touched.
 */
export function planRecovery(records: ReleaseRecord[], now: Date, timeoutSeconds: number): RecoveryPlan {
  const latest = records[records.length - 1];
  if (!latest || !PENDING.has(latest.status)) return { action: 'none' };
  const ageSeconds = Math.max(0, Math.round((now.getTime() - latest.updatedAt.getTime()) / 1000));
  if (ageSeconds < timeoutSeconds) return { action: 'busy', stuck: latest, ageSeconds };
  const earlier = records.filter(r => r.revision < latest.revision);
  const good =
    [...earlier].reverse().find(r => r.status === 'deployed') ??
    [...earlier].reverse().find(r => r.status === 'superseded');
  if (good) return { action: 'rollback', stuck: latest, to: good.revision, ageSeconds };
  if (
    latest.status === 'pending-install' &&
    earlier.every(r => r.status === 'uninstalled' || r.status === 'failed')
  ) {
    return { action: 'uninstall', stuck: latest, ageSeconds };
  }
  return { action: 'mark-failed', stuck: latest, ageSeconds };
}

/** The revision a user would call "the deployed one" (status deployed, highest). */
export function deployedRecord(records: ReleaseRecord[]): ReleaseRecord | undefined {
  return [...records].reverse().find(r => r.status === 'deployed');
}
