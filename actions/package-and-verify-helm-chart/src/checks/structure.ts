/**
 * Structure of the render as a whole: required kinds present, every object named and typed,
 * no object defined twice (Helm would apply only one of them). An Argo Rollout stands in for
 * a required Deployment: it is the Deployment's replacement in progressive-delivery mode.
 */
import type { ManifestObject } from '../../../../src/lib/manifest';
import type { Collector } from './common';
import { isRollout } from './workloads';

export function checkStructure(objects: ManifestObject[], requiredKinds: string[], out: Collector): void {
  const kinds = new Set(objects.map(o => o.kind));
  if (objects.some(isRollout)) kinds.add('Deployment');
  for (const k of requiredKinds) {
    if (!kinds.has(k))
      out.add(
        'error',
        'required-kinds',
        undefined,
        `the render has no ${k} (required-kinds: ${requiredKinds.join(',')})`
      );
  }
  const seen = new Map<string, ManifestObject>();
  for (const o of objects) {
    const missing = [!o.apiVersion && 'apiVersion', !o.kind && 'kind', !o.name && 'metadata.name'].filter(
      Boolean
    );
    if (missing.length)
      out.add('error', 'object-fields', o, `document ${o.index + 1} has no ${missing.join(', ')}`);
    if (!o.kind || !o.name) continue;
    const key = `${o.kind}/${o.namespace}/${o.name}`;
    const first = seen.get(key);
    if (first) {
      out.add(
        'error',
        'duplicate',
        o,
        `${o.id} is defined twice (also in ${first.source || `document ${first.index + 1}`})`
      );
    } else seen.set(key, o);
  }
}
