/**
 * What the render's RBAC lets a pod's ServiceAccount do, for the checks that must know what the
 * release's own processes will create or change at run time: a Secret an operator writes on
 * start (keda's certificates), the labels a server puts on its own pod (Vault's vault-active).
 * Only the render is read (Role/ClusterRole rules through RoleBinding/ClusterRoleBinding
 * subjects); a grant made outside the chart is not seen, so the checks stay strict without one.
 */
import type { ManifestObject } from '../../../../src/lib/manifest';
import { arr, rec, type NsOf, type Obj } from './common';
import type { PodTemplate } from './workloads';

/** The ServiceAccount a pod template runs as ('default' when it names none). */
export function accountOf(p: PodTemplate): string {
  return String(p.spec['serviceAccountName'] ?? p.spec['serviceAccount'] ?? 'default');
}

/** The rules of every Role and ClusterRole of the render bound to this ServiceAccount. */
export function rulesFor(objects: ManifestObject[], account: string, namespace: string, nsOf: NsOf): Obj[] {
  const out: Obj[] = [];
  for (const b of objects.filter(o => o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding')) {
    const bound = arr(b.doc['subjects'])
      .map(rec)
      .some(
        s =>
          s['kind'] === 'ServiceAccount' &&
          s['name'] === account &&
          String(s['namespace'] ?? nsOf(b)) === namespace
      );
    if (!bound) continue;
    const ref = rec(b.doc['roleRef']);
    const role = objects.find(r => r.kind === ref['kind'] && r.name === ref['name']);
    if (role) out.push(...arr(role.doc['rules']).map(rec));
  }
  return out;
}

/** Rules on a core-group resource (`secrets`, `pods`) that grant one of the verbs. */
export function grants(rules: Obj[], resource: string, verbs: string[]): Obj[] {
  return rules.filter(r => {
    const groups = arr(r['apiGroups']).map(String);
    const resources = arr(r['resources']).map(String);
    const vs = arr(r['verbs']).map(String);
    return (
      (groups.includes('') || groups.includes('*')) &&
      (resources.includes(resource) || resources.includes('*')) &&
      vs.some(v => v === '*' || verbs.includes(v))
    );
  });
}
