/**
 * Where a revision keeps the inputs fingerprint (inputsFingerprint.ts computes it): two release
 * labels, and when they can be trusted. Apart from the computation so that reading a record (the
 * plan, the record, the diff) does not load what hashes a chart package (the tar parser).
 */
import type { ReleaseRecord } from './releaseStore';

export const FINGERPRINT_LABEL = 'deploy-to-eks.flygtaxi.io/inputs-sha256';
export const FINGERPRINT_REVISION_LABEL = 'deploy-to-eks.flygtaxi.io/revision';
/**
 * The fingerprint a revision was deployed with, if the label can be trusted: it must name this
 * revision (labels are carried over by a plain `helm upgrade`), or the revision must be a
 * rollback to the revision it names (helm copies the target's labels on rollback).
 */
export function recordedFingerprint(rec: ReleaseRecord): string | undefined {
  const fp = rec.labels[FINGERPRINT_LABEL];
  const rev = rec.labels[FINGERPRINT_REVISION_LABEL];
  if (!fp || fp === 'null' || !rev) return undefined;
  if (rev === String(rec.revision)) return fp;
  return new RegExp(`^Rollback to ${rev}$`).test(rec.release.info.description ?? '') ? fp : undefined;
}

/** `--labels` for the release about to be created as `revision`. */
export function fingerprintLabelArgs(fp: string | undefined, revision: number): string[] {
  return fp ? ['--labels', `${FINGERPRINT_LABEL}=${fp},${FINGERPRINT_REVISION_LABEL}=${revision}`] : [];
}
