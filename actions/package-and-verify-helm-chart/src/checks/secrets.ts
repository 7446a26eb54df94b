/**
 * Secrets a pod reads (env secretKeyRef, envFrom secretRef, secret and projected volumes) must
 * exist when it starts, or it stays in CreateContainerConfigError / ContainerCreating: made by
 * the render itself, by an object of the render whose controller writes it (an ExternalSecret's
 * target, a SealedSecret, a cert-manager Certificate's secretName, the credentials and certificates
 * CloudNativePG makes for a Cluster), by a pre-install hook Job
 * of the chart that names it: in its arguments (`--secret-name=<name>`, the kube-webhook-certgen
 * pattern of ingress-nginx and kube-prometheus-stack) or in the resourceNames of the Role that
 * lets its ServiceAccount create Secrets (argo-cd's redis-secret-init); by a long-running workload
 * that names it in its arguments and may create Secrets (an operator writing its own webhook
 * certificates, keda's); or declared as existing outside the chart (the external-secrets input).
 * References marked optional are fine.
 */
import type { ManifestObject } from '../../../../src/lib/manifest';
import { arr, rec, type Collector, type NsOf } from './common';
import { annotationsOf } from './common';
import { accountOf, grants, rulesFor } from './rbac';
import { containersOf, podTemplateOf, type PodTemplate } from './workloads';

/** `--secret-name=x`, `--secret-name x`, `--tls-secret=x`: how secret-writing hook Jobs take the name. */
function secretNamesInArgs(args: string[]): string[] {
  const out: string[] = [];
  args.forEach((a, i) => {
    const m = /^--[\w-]*secret[\w-]*(?:=(.+))?$/.exec(a);
    if (!m) return;
    const v = m[1] ?? args[i + 1];
    if (v) out.push(v);
  });
  return out;
}

/**
 * Secrets a workload of the render writes itself, so pods reading them wait for them (and then
 * start) instead of failing. A pre-install/pre-upgrade hook Job runs before the workloads: the
 * Secret it names in its arguments, or in the resourceNames of a Role that lets its
 * ServiceAccount create Secrets, is written. Any other workload (an operator writing its own
 * webhook certificates on start, as keda's does with --cert-secret-name) must have both: the
 * Secret named in its arguments and a Role of the render letting its ServiceAccount create
 * Secrets; a name in the arguments alone is a Secret it reads.
 */
function secretsWrittenBy(o: ManifestObject, objects: ManifestObject[], nsOf: NsOf): string[] {
  const p = podTemplateOf(o, nsOf(o));
  if (!p) return [];
  const hooks = (annotationsOf(o)['helm.sh/hook'] ?? '').split(',').map(h => h.trim());
  const preHook = o.kind === 'Job' && hooks.some(h => h === 'pre-install' || h === 'pre-upgrade');
  if (!preHook && hooks.some(Boolean)) return [];
  const rules = rulesFor(objects, accountOf(p), nsOf(o), nsOf);
  // create cannot be limited by resourceNames (the object has no name yet when it is authorised):
  // the names are those of the account's other rules on Secrets (get, update).
  const mayCreate = grants(rules, 'secrets', ['create']).length > 0;
  const named = containersOf(p.spec).flatMap(c =>
    secretNamesInArgs([...arr(c.c['command']), ...arr(c.c['args'])].map(String))
  );
  if (!preHook) return mayCreate ? named : [];
  const listed = mayCreate ? grants(rules, 'secrets', ['get', 'update', 'patch', 'create']) : [];
  return [...named, ...listed.flatMap(r => arr(r['resourceNames']).map(String))];
}

/**
 * The Secrets CloudNativePG's operator makes for a Cluster: its CA, server and replication
 * certificates, the application user's credentials (`<name>-app`, unless bootstrap.initdb.secret
 * names the user's own) and, with enableSuperuserAccess, `<name>-superuser`.
 */
function cnpgClusterSecrets(name: string, spec: Record<string, unknown>): string[] {
  const out = [`${name}-ca`, `${name}-server`, `${name}-replication`];
  const own = rec(rec(rec(spec['bootstrap'])['initdb'])['secret'])['name'];
  if (!own) out.push(`${name}-app`);
  if (spec['enableSuperuserAccess'] === true) out.push(`${name}-superuser`);
  return out;
}

/** The Secret names the render creates or makes a controller create, per namespace. */
export function producedSecrets(objects: ManifestObject[], nsOf: NsOf): Map<string, string> {
  const out = new Map<string, string>();
  const add = (o: ManifestObject, name: unknown, how: string) => {
    if (typeof name === 'string' && name) out.set(`${nsOf(o)}/${name}`, how);
  };
  for (const o of objects) {
    const spec = rec(o.doc['spec']);
    const group = o.apiVersion.split('/')[0] ?? '';
    if (o.kind === 'Secret' && o.apiVersion === 'v1') add(o, o.name, o.id);
    else if (o.kind === 'ExternalSecret' && group === 'external-secrets.io')
      add(o, rec(spec['target'])['name'] || o.name, o.id);
    else if (o.kind === 'SealedSecret' && group === 'bitnami.com')
      add(o, rec(rec(spec['template'])['metadata'])['name'] || o.name, o.id);
    else if (o.kind === 'Certificate' && group === 'cert-manager.io') add(o, spec['secretName'], o.id);
    else if (o.kind === 'Cluster' && group === 'postgresql.cnpg.io')
      for (const name of cnpgClusterSecrets(o.name, spec)) add(o, name, o.id);
    for (const name of secretsWrittenBy(o, objects, nsOf)) add(o, name, o.id);
  }
  return out;
}

interface SecretRef {
  name: string;
  where: string;
}

function secretRefs(p: PodTemplate): SecretRef[] {
  const refs: SecretRef[] = [];
  const add = (name: unknown, optional: unknown, where: string) => {
    if (optional === true || typeof name !== 'string' || !name) return;
    refs.push({ name, where });
  };
  for (const c of containersOf(p.spec)) {
    const who = `${c.init ? 'init container' : 'container'} "${c.name}"`;
    for (const e of arr(c.c['env'])) {
      const ref = rec(rec(rec(e)['valueFrom'])['secretKeyRef']);
      if (Object.keys(ref).length)
        add(ref['name'], ref['optional'], `${who} env ${String(rec(e)['name'] ?? '?')}`);
    }
    for (const e of arr(c.c['envFrom'])) {
      const ref = rec(rec(e)['secretRef']);
      if (Object.keys(ref).length) add(ref['name'], ref['optional'], `${who} envFrom`);
    }
  }
  for (const v of arr(p.spec['volumes'])) {
    const vol = rec(v);
    const name = String(vol['name'] ?? '?');
    const secret = rec(vol['secret']);
    if (Object.keys(secret).length) add(secret['secretName'], secret['optional'], `volume "${name}"`);
    for (const s of arr(rec(vol['projected'])['sources'])) {
      const ps = rec(rec(s)['secret']);
      if (Object.keys(ps).length) add(ps['name'], ps['optional'], `projected volume "${name}"`);
    }
  }
  return refs;
}

export function checkSecretRefs(
  objects: ManifestObject[],
  pods: PodTemplate[],
  external: string[],
  nsOf: NsOf,
  out: Collector
): void {
  const produced = producedSecrets(objects, nsOf);
  for (const p of pods) {
    if (!p.policy) continue;
    const seen = new Set<string>();
    for (const r of secretRefs(p)) {
      if (produced.has(`${p.namespace}/${r.name}`) || external.includes(r.name) || seen.has(r.name)) continue;
      seen.add(r.name);
      out.add(
        'error',
        'secret-ref',
        p.owner,
        `${p.owner.id} ${r.where} reads Secret "${r.name}", which neither the render nor an ExternalSecret of it creates (declare it in external-secrets if it exists outside the chart, or mark the reference optional)`
      );
    }
  }
}
