/**
 * Record: every revision this action creates carries what it runs, as Helm release labels
 * (`helm upgrade --labels`, Helm ≥ 3.13; stored as labels of the release record and copied by
 * `helm rollback`), next to the inputs fingerprint:
 *
 *   deploy-to-eks.flygtaxi.io/image-digest    the image manifest digest
 *   deploy-to-eks.flygtaxi.io/chart-digest    sha256 of the chart package (.tgz)
 *   deploy-to-eks.flygtaxi.io/chart-manifest  the chart's OCI manifest digest (oci:// deploys)
 *
 * A Kubernetes label value is at most 63 characters of [A-Za-z0-9._-]; `sha256:` + 64 hex digits
 * does not fit, so a digest is stored as its 256-bit number in base 36 (50 characters; written
 * here because no library does this one conversion). A record is trusted only on the revision it
 * names (or a "Rollback to <n>" of it), the same rule as the fingerprint.
 */
import { FINGERPRINT_LABEL, FINGERPRINT_REVISION_LABEL, recordedFingerprint } from '../fingerprintLabels';
import type { ReleaseRecord } from '../releaseStore';
import { NO_ARTIFACT, type Artifact } from '../release';

export const IMAGE_DIGEST_LABEL = 'deploy-to-eks.flygtaxi.io/image-digest';
export const CHART_DIGEST_LABEL = 'deploy-to-eks.flygtaxi.io/chart-digest';
export const CHART_MANIFEST_LABEL = 'deploy-to-eks.flygtaxi.io/chart-manifest';

const DIGEST = /^sha256:([a-f0-9]{64})$/;

/** `sha256:<hex>` → base 36 label value ('' when not a sha256 digest). */
export function digestToLabel(digest: string): string {
  const m = DIGEST.exec(digest);
  return m ? BigInt(`0x${m[1]}`).toString(36) : '';
}

/** The inverse of digestToLabel ('' when the value is not one). */
export function labelToDigest(value: string | undefined): string {
  // 'null' is how a removed label is asked for; a first install stores it as given.
  if (!value || value === 'null' || !/^[0-9a-z]{1,50}$/.test(value)) return '';
  let n = 0n;
  for (const c of value) n = n * 36n + BigInt(parseInt(c, 36));
  const hex = n.toString(16);
  return hex.length > 64 ? '' : `sha256:${hex.padStart(64, '0')}`;
}

/** The labels to record on the revision about to be created (one `--labels`, repeated keys merge). */
export function recordLabels(a: Artifact, revision: number): Record<string, string> {
  const labels: Record<string, string> = {};
  // helm upgrade carries the previous revision's labels over: an unknown digest is removed
  // ('null'), or the new revision would seem to run the old one's.
  const put = (k: string, d: string) => {
    labels[k] = digestToLabel(d) || 'null';
  };
  labels[FINGERPRINT_LABEL] = a.fingerprint || 'null';
  put(IMAGE_DIGEST_LABEL, a.imageDigest);
  put(CHART_DIGEST_LABEL, a.chartDigest);
  put(CHART_MANIFEST_LABEL, a.chartManifest);
  labels[FINGERPRINT_REVISION_LABEL] = String(revision);
  return labels;
}

export function recordLabelArgs(a: Artifact, revision: number): string[] {
  const pairs = Object.entries(recordLabels(a, revision)).map(([k, v]) => `${k}=${v}`);
  return ['--labels', pairs.join(',')];
}

/** What a revision records it runs, NO_ARTIFACT when it has no trustworthy record. */
export function recordOf(rec: ReleaseRecord | undefined): Artifact {
  if (!rec) return NO_ARTIFACT;
  const rev = rec.labels[FINGERPRINT_REVISION_LABEL];
  const trusted =
    !!rev &&
    (rev === String(rec.revision) ||
      new RegExp(`^Rollback to ${rev}$`).test(rec.release.info.description ?? ''));
  if (!trusted) return NO_ARTIFACT;
  return {
    imageDigest: labelToDigest(rec.labels[IMAGE_DIGEST_LABEL]),
    chartDigest: labelToDigest(rec.labels[CHART_DIGEST_LABEL]),
    chartManifest: labelToDigest(rec.labels[CHART_MANIFEST_LABEL]),
    fingerprint: recordedFingerprint(rec) ?? ''
  };
}

/**
 * After the apply: the record as the cluster now stores it on `rec`, compared with what was meant
 * to be recorded. A difference (an older helm without --labels) is a warning, never a failure:
 * the deploy itself succeeded.
 */
export function checkRecorded(
  rec: ReleaseRecord | undefined,
  meant: Artifact
): { artifact: Artifact; missing: string[] } {
  const artifact = recordOf(rec);
  const missing: string[] = [];
  if (meant.imageDigest && artifact.imageDigest !== meant.imageDigest) missing.push('image digest');
  if (meant.chartDigest && artifact.chartDigest !== meant.chartDigest) missing.push('chart digest');
  if (meant.fingerprint && artifact.fingerprint !== meant.fingerprint) missing.push('inputs fingerprint');
  return { artifact: missing.length ? { ...meant } : artifact, missing };
}
