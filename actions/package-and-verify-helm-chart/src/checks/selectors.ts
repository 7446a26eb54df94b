/**
 * Selectors against the pods the render will really make (see workloads.ts): a workload's own
 * selector must match its template; a Service and a PodDisruptionBudget must select pods of the
 * release, and a Service's target ports must be ports those pods expose; an HPA must scale an
 * object of the render. Selectors aimed on purpose at pods outside the release are declared
 * through an exemption (`external-selector`); the render shows it itself when the selector is
 * confined to a namespace that is not the release's and in which the render makes no pods (an
 * exporter Service in kube-system over CoreDNS): such a finding is listed as exempted, with that
 * evidence as the reason. A selector that matches release pods of another namespace is a namespace mistake and
 * stays an error. Pods whose ServiceAccount may patch pods label themselves at run time (Vault's
 * vault-active): a Service asking for a label their template does not set still selects them.
 */
import type { ManifestObject } from '../../../../src/lib/manifest';
import {
  ANY,
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
import { accountOf, grants, rulesFor } from './rbac';
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

/** What the selector checks know of the release beyond the pods they judge. */
export interface ReleaseScope {
  objects: ManifestObject[];
  nsOf: NsOf;
  /** The release namespace and those in which the render makes pods (any workload, hooks included). */
  namespaces: Set<string>;
}

/** The release's namespace is its own even when only custom resources (an operator's pods) live there. */
export function releaseScope(
  objects: ManifestObject[],
  allPods: PodTemplate[],
  nsOf: NsOf,
  releaseNamespace: string
): ReleaseScope {
  return { objects, nsOf, namespaces: new Set([releaseNamespace, ...allPods.map(p => p.namespace)]) };
}

/**
 * The reason a selector confined to these namespaces aims outside the release, when none is the
 * release namespace and the render makes no pods in any of them; undefined otherwise.
 */
export function outsideRelease(scope: ReleaseScope, namespaces: string[]): string | undefined {
  if (!namespaces.length || namespaces.some(n => scope.namespaces.has(n))) return undefined;
  const list = namespaces.join(', ');
  return `inferred: namespace ${list} is not the release's and the render makes no pods there, so the selector aims at pods outside the release`;
}

/** Whether the pods' ServiceAccount may change pods (and so their own labels). */
function mayRelabel(p: PodTemplate, scope: ReleaseScope): boolean {
  const rules = rulesFor(scope.objects, accountOf(p), p.namespace, scope.nsOf);
  return grants(rules, 'pods', ['patch', 'update']).length > 0;
}

/**
 * Pods that will carry what a Service asks for once they label themselves: every selector key
 * their template sets matches (at least one), the others are keys the template leaves unset,
 * and their ServiceAccount may patch pods.
 */
function selfLabelled(
  selector: Record<string, string>,
  pods: PodTemplate[],
  namespace: string,
  scope: ReleaseScope
): PodTemplate[] {
  return pods.filter(
    p =>
      p.namespace === namespace &&
      p.pods.some(l => {
        const known = Object.entries(selector).filter(([k]) => k in l);
        return known.length > 0 && known.every(([k, v]) => l[k] === v || l[k] === ANY);
      }) &&
      mayRelabel(p, scope)
  );
}

/** A hint when release pods of another namespace match (a Service selects only its own namespace's). */
function namespaceHint(matching: PodTemplate[]): string {
  if (!matching.length) return '';
  const where = [...new Set(matching.map(p => `${p.owner.id} in namespace ${p.namespace}`))].join(', ');
  return `; the pods of ${where} match, but a selector reaches only pods of its own namespace`;
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
  scope: ReleaseScope,
  out: Collector
): void {
  const nsOf = scope.nsOf;
  for (const svc of objects.filter(o => o.kind === 'Service')) {
    const spec = rec(svc.doc['spec']);
    if (spec['type'] === 'ExternalName') continue;
    const selector = strMap(spec['selector']);
    // No selector means endpoints are managed elsewhere (a deliberate pattern), not a mistake.
    if (Object.keys(selector).length === 0) continue;
    const ns = nsOf(svc);
    let selected = selectedBy(selector, pods, ns, true);
    if (selected.length === 0) selected = selfLabelled(selector, pods, ns, scope);
    if (selected.length === 0) {
      const elsewhere = pods.filter(
        p => p.namespace !== ns && p.pods.some(l => selectorMatches(selector, l, true))
      );
      const message = `${svc.id} selects no pods of any workload in the render (selector ${describeSelector(selector)})${perPodHint(selector, pods)}${namespaceHint(elsewhere)}`;
      const outside = elsewhere.length ? undefined : outsideRelease(scope, [ns]);
      if (outside) out.inferred('error', 'service-selector', svc, message, outside);
      else out.add('error', 'service-selector', svc, message);
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

export function checkPdbs(
  objects: ManifestObject[],
  pods: PodTemplate[],
  scope: ReleaseScope,
  out: Collector
): void {
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
    const ns = scope.nsOf(pdb);
    if (selectedBy(sel, pods, ns, false).length === 0) {
      const elsewhere = pods.filter(p => p.namespace !== ns && p.pods.some(l => selectorMatches(sel, l)));
      const message = `${pdb.id} selects no pods of any workload in the render${namespaceHint(elsewhere)}`;
      const outside = elsewhere.length ? undefined : outsideRelease(scope, [ns]);
      if (outside) out.inferred('error', 'pdb-target', pdb, message, outside);
      else out.add('error', 'pdb-target', pdb, message);
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
