/**
 * Selectors against the pods the render will really make (see workloads.ts): a workload's own
 * selector must match its template; a Service and a PodDisruptionBudget must select pods of the
 * release, and a Service's target ports must be ports those pods expose; an HPA must scale an
 * object of the render. Selectors aimed on purpose at pods outside the release are declared
 * through an exemption (`external-selector`), not guessed.
 */
import type { ManifestObject } from '../../../../src/lib/manifest';
import {
  arr,
  describePort,
  describeSelector,
  isEmptySelector,
  portRef,
  rec,
  selectorMatches,
  strMap,
  type Collector,
  type NsOf,
  type Obj
} from './common';
import { containersOf, isRollout, workloadRefOf, type PodTemplate } from './workloads';

export function checkWorkloadSelectors(pods: PodTemplate[], out: Collector): void {
  for (const p of pods) {
    const kind = p.owner.kind;
    if (kind === 'Pod' || kind === 'Job' || kind === 'CronJob' || !p.containersKnown) continue;
    const sel = rec(rec(p.owner.doc['spec'])['selector']);
    // A Rollout with a workloadRef may leave the selector to the referenced Deployment.
    if (isRollout(p.owner) && workloadRefOf(p.owner) && isEmptySelector(sel)) continue;
    if (isEmptySelector(sel)) {
      out.add('error', 'workload-selector', p.owner, `${p.owner.id} has no spec.selector`);
    } else if (!selectorMatches(sel, p.labels)) {
      out.add(
        'error',
        'workload-selector',
        p.owner,
        `${p.owner.id}: spec.selector does not match its pod template labels`
      );
    }
  }
}

/** The pod templates whose pods a plain-map or LabelSelector selects. */
export function selectedBy(
  selector: Obj,
  pods: PodTemplate[],
  namespace: string,
  plainMap: boolean
): PodTemplate[] {
  return pods.filter(
    p => p.namespace === namespace && p.pods.some(l => selectorMatches(selector, l, plainMap))
  );
}

/** A hint when the selector asks for a StatefulSet pod the StatefulSet cannot have. */
function perPodHint(selector: Record<string, string>, pods: PodTemplate[]): string {
  const podName = selector['statefulset.kubernetes.io/pod-name'] ?? selector['apps.kubernetes.io/pod-index'];
  if (podName === undefined) return '';
  const sets = pods.filter(p => p.owner.kind === 'StatefulSet').map(p => p.describe);
  return sets.length ? `; the StatefulSets make ${sets.join(', ')}` : '';
}

/** Whether some container of the selected pods exposes the port (by name or number). */
export function exposesPort(selected: PodTemplate[], target: { name?: string; number?: number }): boolean {
  return selected.some(pod =>
    containersOf(pod.spec)
      .filter(c => !c.init)
      .some(c =>
        arr(c.c['ports']).some(cp => {
          const q = rec(cp);
          return target.name !== undefined
            ? q['name'] === target.name
            : Number(q['containerPort']) === target.number;
        })
      )
  );
}

export function checkServices(
  objects: ManifestObject[],
  pods: PodTemplate[],
  nsOf: NsOf,
  out: Collector
): void {
  for (const svc of objects.filter(o => o.kind === 'Service')) {
    const spec = rec(svc.doc['spec']);
    if (spec['type'] === 'ExternalName') continue;
    const selector = strMap(spec['selector']);
    // No selector means endpoints are managed elsewhere (a deliberate pattern), not a mistake.
    if (Object.keys(selector).length === 0) continue;
    const selected = selectedBy(selector, pods, nsOf(svc), true);
    if (selected.length === 0) {
      out.add(
        'error',
        'service-selector',
        svc,
        `${svc.id} selects no pods of any workload in the render (selector ${describeSelector(selector)})${perPodHint(selector, pods)}`
      );
      continue;
    }
    // Pods an operator makes have containers the render does not show: their ports cannot be judged.
    if (selected.some(p => !p.containersKnown)) continue;
    for (const port of arr(spec['ports'])) {
      const p = rec(port);
      const target = portRef(p['targetPort'] ?? p['port']);
      if (target.number === undefined && target.name === undefined) continue;
      if (!exposesPort(selected, target)) {
        const owners = [...new Set(selected.map(s => s.owner.id))].join(', ');
        // A named targetPort must be a declared container port; a number reaches the pod whether or
        // not a container declares it (declaring is informational), so that is only worth a warning.
        const named = target.name !== undefined;
        out.add(
          named ? 'error' : 'warning',
          'service-target-port',
          svc,
          `${svc.id} port ${String(p['name'] ?? p['port'])} targets ${describePort(target)}, which no container of ${owners} ${named ? 'exposes' : 'declares (traffic still reaches it if the app listens there)'}`
        );
      }
    }
  }
}

export function checkPdbs(objects: ManifestObject[], pods: PodTemplate[], nsOf: NsOf, out: Collector): void {
  for (const pdb of objects.filter(o => o.kind === 'PodDisruptionBudget')) {
    const sel = rec(rec(pdb.doc['spec'])['selector']);
    if (isEmptySelector(sel)) {
      out.add(
        'error',
        'pdb-target',
        pdb,
        `${pdb.id} has an empty selector (it would cover every pod in the namespace)`
      );
      continue;
    }
    if (selectedBy(sel, pods, nsOf(pdb), false).length === 0) {
      out.add('error', 'pdb-target', pdb, `${pdb.id} selects no pods of any workload in the render`);
    }
  }
}

export function checkHpas(objects: ManifestObject[], nsOf: NsOf, out: Collector): void {
  for (const hpa of objects.filter(o => o.kind === 'HorizontalPodAutoscaler')) {
    const ref = rec(rec(hpa.doc['spec'])['scaleTargetRef']);
    const kind = String(ref['kind'] ?? '');
    const name = String(ref['name'] ?? '');
    if (!objects.some(o => o.kind === kind && o.name === name && nsOf(o) === nsOf(hpa))) {
      out.add(
        'error',
        'hpa-target',
        hpa,
        `${hpa.id} scales ${kind || '<no kind>'}/${name || '<no name>'}, which is not in the render`
      );
    }
  }
}
