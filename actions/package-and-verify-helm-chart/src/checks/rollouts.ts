/**
 * Argo Rollouts: a Rollout is a workload (workloads.ts gives its pods), and it names the Services
 * and Ingresses its strategy steers traffic through. Those must be in the render, and each
 * Service must select the Rollout's pods (the controller then narrows it by adding
 * rollouts-pod-template-hash to the Service's selector, which needs the pods to match first).
 * A workloadRef must name a Deployment of the render.
 */
import type { ManifestObject } from '../../../../src/lib/manifest';
import { arr, rec, selectorMatches, strMap, type Collector, type NsOf } from './common';
import { isRollout, workloadRefOf, type PodTemplate } from './workloads';

function strategyRefs(o: ManifestObject): { field: string; kind: 'Service' | 'Ingress'; name: string }[] {
  const strategy = rec(rec(o.doc['spec'])['strategy']);
  const canary = rec(strategy['canary']);
  const blueGreen = rec(strategy['blueGreen']);
  const routing = rec(canary['trafficRouting']);
  const refs: { field: string; kind: 'Service' | 'Ingress'; name: string }[] = [];
  const add = (field: string, kind: 'Service' | 'Ingress', v: unknown) => {
    if (typeof v === 'string' && v) refs.push({ field, kind, name: v });
  };
  add('strategy.canary.canaryService', 'Service', canary['canaryService']);
  add('strategy.canary.stableService', 'Service', canary['stableService']);
  add('strategy.blueGreen.activeService', 'Service', blueGreen['activeService']);
  add('strategy.blueGreen.previewService', 'Service', blueGreen['previewService']);
  add('strategy.canary.trafficRouting.alb.rootService', 'Service', rec(routing['alb'])['rootService']);
  add('strategy.canary.trafficRouting.alb.ingress', 'Ingress', rec(routing['alb'])['ingress']);
  add(
    'strategy.canary.trafficRouting.nginx.stableIngress',
    'Ingress',
    rec(routing['nginx'])['stableIngress']
  );
  for (const i of arr(rec(routing['nginx'])['stableIngresses']))
    add('strategy.canary.trafficRouting.nginx.stableIngresses', 'Ingress', i);
  return refs;
}

export function checkRollouts(
  objects: ManifestObject[],
  pods: PodTemplate[],
  nsOf: NsOf,
  out: Collector
): void {
  for (const ro of objects.filter(isRollout)) {
    const ref = workloadRefOf(ro);
    if (ref && !objects.some(d => d.kind === ref.kind && d.name === ref.name && nsOf(d) === nsOf(ro))) {
      out.add(
        'error',
        'rollout-ref',
        ro,
        `${ro.id} takes its pod template from ${ref.kind || '<no kind>'}/${ref.name || '<no name>'} (spec.workloadRef), which is not in the render`
      );
    }
    const mine = pods.find(p => p.owner === ro);
    for (const r of strategyRefs(ro)) {
      const target = objects.find(o => o.kind === r.kind && o.name === r.name && nsOf(o) === nsOf(ro));
      if (!target) {
        out.add(
          'error',
          'rollout-ref',
          ro,
          `${ro.id} ${r.field} names ${r.kind} "${r.name}", which is not in the render`
        );
        continue;
      }
      if (r.kind !== 'Service' || !mine) continue;
      const selector = strMap(rec(target.doc['spec'])['selector']);
      if (!Object.keys(selector).length || !mine.pods.some(l => selectorMatches(selector, l, true))) {
        out.add(
          'error',
          'rollout-ref',
          ro,
          `${ro.id} ${r.field} names Service "${r.name}", whose selector does not select the Rollout's pods`
        );
      }
    }
  }
}
