/**
 * Decides whether a deploy would change anything: the release a dry run would create against
 * the deployed revision — rendered manifest, hooks, user-supplied values and the chart (its
 * identity and default values, which together with the user values make the computed values).
 */
import type { HelmReleaseJson } from './releaseStore';

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter(k => o[k] !== undefined)
      .sort()
      .map(k => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

function hooksKey(rel: HelmReleaseJson): string {
  return canonicalJson(
    (rel.hooks ?? []).map(h => ({
      name: h.name,
      kind: h.kind,
      path: h.path,
      manifest: h.manifest,
      events: h.events
    }))
  );
}

/** What differs between the would-be release and the deployed one; empty = unchanged. */
export function releaseDifferences(next: HelmReleaseJson, deployed: HelmReleaseJson): string[] {
  const diffs: string[] = [];
  const a = next.chart?.metadata ?? {};
  const b = deployed.chart?.metadata ?? {};
  if (a.name !== b.name || a.version !== b.version || a.appVersion !== b.appVersion) {
    diffs.push(
      `chart ${b.name}-${b.version} (app ${b.appVersion ?? '-'}) → ${a.name}-${a.version} (app ${a.appVersion ?? '-'})`
    );
  }
  if (canonicalJson(next.chart?.values ?? {}) !== canonicalJson(deployed.chart?.values ?? {}))
    diffs.push('chart default values');
  if (canonicalJson(next.config ?? {}) !== canonicalJson(deployed.config ?? {})) diffs.push('values');
  if ((next.manifest ?? '').trim() !== (deployed.manifest ?? '').trim()) diffs.push('rendered manifest');
  if (hooksKey(next) !== hooksKey(deployed)) diffs.push('hooks');
  return diffs;
}

/** Parses `helm upgrade --dry-run -o json` output (helm may print warnings before the JSON). */
export function parseHelmReleaseOutput(stdout: string): HelmReleaseJson | undefined {
  const start = stdout.indexOf('{');
  if (start < 0) return undefined;
  try {
    const rel = JSON.parse(stdout.slice(start)) as HelmReleaseJson;
    return rel && typeof rel === 'object' && typeof rel.version === 'number' ? rel : undefined;
  } catch {
    return undefined;
  }
}
