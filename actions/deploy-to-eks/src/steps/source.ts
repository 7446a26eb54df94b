/**
 * `dry-run: record`, promotion's source: what the environment's last successful revision runs,
 * from its record (steps/record.ts) — image repository and digest, chart name and OCI manifest
 * digest — so the next environment gets exactly that artifact. Refused, naming why, when there is
 * nothing promotable: no successful revision, or one that records no digest to pin.
 */
import { UserError } from '../../../../src/lib/errors';
import type { Inputs } from '../inputs';
import type { ReleaseState, SourceArtifact } from '../release';
import { recordOf } from './record';

function valueAt(config: unknown, dotted: string): unknown {
  let v = config;
  for (const k of dotted.split('.'))
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

export function promotionSource(
  i: Pick<Inputs, 'releaseName' | 'namespace' | 'image'>,
  s: ReleaseState
): SourceArtifact {
  const where = `release ${i.releaseName} in ${i.namespace}`;
  const rev = s.deployed;
  if (!rev)
    throw new UserError(
      `${where} has no successful revision to promote${s.latest ? ` (revision ${s.latest.revision} is ${s.latest.status})` : ' (it was never deployed)'}; nothing was changed`
    );
  const a = recordOf(rev);
  const repo = valueAt(rev.release.config, `${i.image.valuesKey}.repository`);
  const meta = rev.release.chart?.metadata ?? {};
  const missing: string[] = [];
  if (!a.imageDigest) missing.push('no image digest (it was deployed by tag, or not by deploy-to-eks)');
  if (typeof repo !== 'string' || !repo) missing.push(`no ${i.image.valuesKey}.repository value`);
  if (!a.chartManifest)
    missing.push(
      'no chart reference (its chart was not deployed from oci://…@sha256:; deploy a chart pushed with package-and-verify push-to, by its chart-ref)'
    );
  if (missing.length)
    throw new UserError(
      `${where}: revision ${rev.revision} cannot be promoted, it records ${missing.join('; ')}; nothing was changed`
    );
  return {
    revision: rev.revision,
    imageRef: `${repo as string}@${a.imageDigest}`,
    imageDigest: a.imageDigest,
    chartName: meta.name ?? '',
    chartVersion: meta.version ?? '',
    chartDigest: a.chartDigest,
    chartManifestDigest: a.chartManifest
  };
}
