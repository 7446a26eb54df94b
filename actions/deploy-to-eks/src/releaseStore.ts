/**
 * Helm's release records as the Kubernetes API stores them (Helm 3 and 4 share the format):
 * Secrets `sh.helm.release.v1.<name>.v<revision>` of type helm.sh/release.v1, labelled
 * owner=helm, name, status, version; `data.release` is base64 (the Secret encoding) of
 * base64(gzip(JSON release)). Reading them directly is one API call, cheaper than `helm history`
 * plus `helm get`, and it is the only way to mark a stuck release failed: Helm has no command for
 * that and refuses every operation while a release is pending.
 */
import { gunzipSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import type { KubeClient } from '../../../src/lib/kube';

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
  secretName: string;
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
export function decodeReleaseData(data: string): HelmReleaseJson {
  const helmB64 = Buffer.from(data, 'base64').toString('utf8');
  let raw = Buffer.from(helmB64, 'base64');
  if (raw.subarray(0, 3).equals(GZIP_MAGIC)) raw = gunzipSync(raw);
  return JSON.parse(raw.toString('utf8')) as HelmReleaseJson;
}

/** Release JSON → `data.release` value for the API (the inverse of decodeReleaseData). */
export function encodeReleaseData(rel: HelmReleaseJson): string {
  const gz = gzipSync(Buffer.from(JSON.stringify(rel), 'utf8'), { level: zlibConstants.Z_BEST_COMPRESSION });
  return Buffer.from(gz.toString('base64'), 'utf8').toString('base64');
}

export function secretToRecord(s: SecretJson): ReleaseRecord | undefined {
  if (!s.data?.release) return undefined;
  const release = decodeReleaseData(s.data.release);
  const labels = s.metadata.labels ?? {};
  const stamp = Number(labels['modifiedAt'] ?? labels['createdAt'] ?? NaN);
  const updatedAt = Number.isFinite(stamp)
    ? new Date(stamp * 1000)
    : new Date(release.info.last_deployed ?? s.metadata.creationTimestamp ?? 0);
  return {
    secretName: s.metadata.name,
    resourceVersion: s.metadata.resourceVersion ?? '',
    revision: release.version,
    status: (release.info.status ?? labels['status'] ?? 'unknown') as ReleaseStatus,
    updatedAt,
    labels,
    release
  };
}

const secretsPath = (namespace: string) => `/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets`;

/** Every stored revision of a release, oldest first. */
export async function listReleaseRecords(
  kube: KubeClient,
  namespace: string,
  name: string
): Promise<ReleaseRecord[]> {
  const items = await kube.list<SecretJson>(secretsPath(namespace), {
    labelSelector: `owner=helm,name=${name}`
  });
  return items
    .map(secretToRecord)
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
  await kube.mergePatch(`${secretsPath(namespace)}/${encodeURIComponent(rec.secretName)}`, {
    metadata: {
      resourceVersion: rec.resourceVersion,
      labels: { status: 'failed', modifiedAt: String(Math.floor(now.getTime() / 1000)) }
    },
    data: { release: encodeReleaseData(release) }
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
