/**
 * Three namespaces standing for dev, staging and prod on the local kube-apiserver, each reached
 * through its own credentials with RBAC as terraform/modules/github-oidc's roles grant them:
 * - a deploy identity: the built-in `admin` ClusterRole through a RoleBinding in the namespace, as
 *   an EKS access entry with AmazonEKSAdminPolicy scoped to the namespace grants it;
 * - a read-only plan identity: the module's plan Role (`plan_read_rules` in its locals.tf, read from
 *   the module: get and list on the release Secrets and the objects a diff reads, nothing else)
 *   and `get` on its own namespace only (the module's ClusterRole limited by resourceNames).
 * Each identity is a ServiceAccount whose token comes from the real TokenRequest API, so every
 * request the action makes with it is authorised by the real RBAC authorizer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kubeRequest, loadStack, repoRoot, stackDir } from '../helpers/stack';
import { dirOf, loadTree } from '../terraform/structure';
import { installOperatorCrds } from '../helpers/crds';
import { uniqueNamespace } from './helpers';

export type EnvName = 'dev' | 'staging' | 'prod';
export const ENVS: EnvName[] = ['dev', 'staging', 'prod'];

export interface Environment {
  name: EnvName;
  namespace: string;
  /** Inline kubeconfigs (YAML-compatible JSON) of the two identities. */
  deployKubeconfig: string;
  planKubeconfig: string;
}

export interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

/**
 * terraform/modules/github-oidc locals.tf `plan_read_rules`, read from the module itself (parsed
 * by terraform/tests/hcl2json.py), so the plan identity here is exactly what the module grants.
 */
export function planRules(): PolicyRule[] {
  const dir = dirOf(loadTree(join(repoRoot, 'terraform', 'modules', 'github-oidc')), '.');
  const rules = dir.locals['plan_read_rules'] as PolicyRule[] | undefined;
  if (!Array.isArray(rules) || rules.length === 0)
    throw new Error('terraform/modules/github-oidc has no plan_read_rules local');
  return rules;
}

async function must(method: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const r = await kubeRequest(method, path, body);
  if (r.status >= 300 && r.status !== 409)
    throw new Error(`${method} ${path}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body as Record<string, unknown>;
}

export function kubeconfigFor(token: string, namespace?: string): string {
  const s = loadStack();
  const ca = readFileSync(join(stackDir(), 'pki', 'ca.crt')).toString('base64');
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': 'x',
    clusters: [{ name: 'x', cluster: { server: s.kubeServer, 'certificate-authority-data': ca } }],
    contexts: [{ name: 'x', context: { cluster: 'x', user: 'x', ...(namespace ? { namespace } : {}) } }],
    users: [{ name: 'x', user: { token } }]
  });
}

/** A ServiceAccount bound to roleRef in ns, and a kubeconfig with its token. */
export async function identity(
  ns: string,
  name: string,
  roleRef: { kind: string; name: string }
): Promise<string> {
  await must('POST', `/api/v1/namespaces/${ns}/serviceaccounts`, { metadata: { name } });
  await must('POST', `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/rolebindings`, {
    metadata: { name },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...roleRef },
    subjects: [{ kind: 'ServiceAccount', name, namespace: ns }]
  });
  const t = await must('POST', `/api/v1/namespaces/${ns}/serviceaccounts/${name}/token`, {
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'TokenRequest',
    spec: { expirationSeconds: 3600 }
  });
  const token = (t['status'] as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`TokenRequest for ${ns}/${name} returned no token`);
  return kubeconfigFor(token, ns);
}

/** The plan identity of one namespace: the module's Role, and `get` on that namespace only. */
export async function planIdentity(ns: string): Promise<string> {
  await must('POST', `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/roles`, {
    metadata: { name: 'plan-readonly' },
    rules: planRules()
  });
  const cluster = `plan-namespace-${ns}`;
  await must('POST', '/apis/rbac.authorization.k8s.io/v1/clusterroles', {
    metadata: { name: cluster },
    rules: [{ apiGroups: [''], resources: ['namespaces'], resourceNames: [ns], verbs: ['get'] }]
  });
  await must('POST', '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings', {
    metadata: { name: cluster },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: cluster },
    subjects: [{ kind: 'ServiceAccount', name: 'planner', namespace: ns }]
  });
  return identity(ns, 'planner', { kind: 'Role', name: 'plan-readonly' });
}

/** Creates namespace (if needed) with its deploy and plan identities. */
export async function environmentIn(name: EnvName, namespace: string): Promise<Environment> {
  await must('POST', '/api/v1/namespaces', { metadata: { name: namespace } });
  return {
    name,
    namespace,
    deployKubeconfig: await identity(namespace, 'deployer', { kind: 'ClusterRole', name: 'admin' }),
    planKubeconfig: await planIdentity(namespace)
  };
}

export async function makeEnvironments(prefix: string): Promise<Record<EnvName, Environment>> {
  const out = {} as Record<EnvName, Environment>;
  for (const name of ENVS) out[name] = await environmentIn(name, uniqueNamespace(`${prefix}-${name}`));
  return out;
}

/**
 * The operators' CRDs (External Secrets, Prometheus Operator; test/helpers/crds.ts) and what their
 * charts ship with them: a ClusterRole aggregated into `admin`, so a namespace's deploy identity
 * may manage the chart's ExternalSecret, SecretStore, ServiceMonitor and PrometheusRule (the
 * frontdoor chart renders them with staging's and prod's values).
 */
export async function operatorKindsForAdmin(): Promise<void> {
  await installOperatorCrds();
  await must('POST', '/apis/rbac.authorization.k8s.io/v1/clusterroles', {
    metadata: {
      name: 'operator-kinds-aggregate-to-admin',
      labels: { 'rbac.authorization.k8s.io/aggregate-to-admin': 'true' }
    },
    rules: [
      { apiGroups: ['external-secrets.io'], resources: ['externalsecrets', 'secretstores'], verbs: ['*'] },
      {
        apiGroups: ['monitoring.coreos.com'],
        resources: ['servicemonitors', 'prometheusrules'],
        verbs: ['*']
      }
    ]
  });
  // The aggregation controller (kube-controller-manager) copies the rules into `admin`.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const r = await kubeRequest('GET', '/apis/rbac.authorization.k8s.io/v1/clusterroles/admin');
    const rules = ((r.body as { rules?: { apiGroups?: string[] }[] }).rules ?? []).flatMap(
      x => x.apiGroups ?? []
    );
    if (rules.includes('monitoring.coreos.com') && rules.includes('external-secrets.io')) return;
    if (Date.now() > deadline)
      throw new Error('the admin ClusterRole did not aggregate the operator kinds in 60s');
    await new Promise(res => setTimeout(res, 500));
  }
}
