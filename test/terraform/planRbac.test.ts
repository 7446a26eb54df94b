/**
 * The read-only plan role's Kubernetes side on the real kube-apiserver (RBAC authorizer): the
 * RBAC that terraform/modules/github-oidc renders (plan_rbac_manifest, evaluated by the real
 * terraform binary from its variables.tf + locals.tf) is applied as the admin, then requests are
 * made as a member of the plan role's group (impersonation, the way an EKS access entry maps the
 * role to its kubernetes_groups). Reading the release namespace works; every change is refused
 * by RBAC, and other namespaces are invisible. Skipped (saying so) when neither terraform nor tofu
 * is on PATH, like the other checks that need the binary.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { kubeRequest, loadStack, repoRoot, stackDir } from '../helpers/stack';

const suffix = `${process.pid.toString(36)}${(Date.now() % 1e6).toString(36)}`;
const NS = `plan-rbac-${suffix}`;
const OTHER = `plan-other-${suffix}`;
const GROUP = `plan-${suffix}`;

/** terraform or tofu, .tools/bin first, then PATH (the binary is not installed by bootstrap). */
const TERRAFORM = ['terraform', 'tofu']
  .flatMap(name =>
    [join(repoRoot, '.tools/bin'), ...(process.env.PATH ?? '').split(delimiter)].map(d => join(d, name))
  )
  .find(p => existsSync(p));

/** The manifest exactly as the module renders it for one namespace. */
function renderPlanRbac(): string {
  const work = mkdtempSync(join(tmpdir(), 'ft-plan-rbac-'));
  try {
    for (const f of ['variables.tf', 'locals.tf'])
      copyFileSync(join(repoRoot, 'terraform/modules/github-oidc', f), join(work, f));
    writeFileSync(join(work, 'probe.tf'), 'output "m" {\n  value = local.plan_rbac_manifest\n}\n');
    writeFileSync(
      join(work, 'v.tfvars.json'),
      JSON.stringify({
        github_repository: 'my-org/frontdoor',
        create_build_role: false,
        deploy_environments: ['prod'],
        create_plan_role: true,
        plan_environments: ['prod-plan'],
        plan_kubernetes_group: GROUP,
        eks_cluster_name: 'prod-col-eu-north-1-eks',
        eks_namespaces: [NS]
      })
    );
    // No provider, no resource: init and apply only evaluate the variables (with their validation
    // rules) and the locals, offline; the manifest comes back as an output.
    const env = { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1' };
    for (const args of [
      ['init', '-input=false', '-no-color'],
      ['apply', '-auto-approve', '-input=false', '-no-color', '-var-file=v.tfvars.json']
    ]) {
      const r = spawnSync(TERRAFORM as string, args, { cwd: work, env, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`terraform ${args[0]}: ${r.stdout}${r.stderr}`);
    }
    const out = spawnSync(TERRAFORM as string, ['output', '-raw', 'm'], { cwd: work, env, encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`terraform output: ${out.stderr}`);
    return out.stdout;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One request as user "github-plan" in the plan group (admin credentials + impersonation). */
function asPlan(method: string, path: string, body?: unknown): Promise<number> {
  const s = loadStack();
  const pki = join(stackDir(), 'pki');
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      new URL(path, s.kubeServer),
      {
        method,
        ca: readFileSync(join(pki, 'ca.crt')),
        cert: readFileSync(join(pki, 'admin.crt')),
        key: readFileSync(join(pki, 'admin.key')),
        headers: {
          Accept: 'application/json',
          'Impersonate-User': 'github-plan',
          'Impersonate-Group': GROUP,
          ...(payload === undefined
            ? {}
            : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) })
        }
      },
      res => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      }
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

const KINDS: Record<string, string> = {
  Role: `/apis/rbac.authorization.k8s.io/v1/namespaces/${NS}/roles`,
  RoleBinding: `/apis/rbac.authorization.k8s.io/v1/namespaces/${NS}/rolebindings`,
  ClusterRole: '/apis/rbac.authorization.k8s.io/v1/clusterroles',
  ClusterRoleBinding: '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings'
};

(TERRAFORM ? describe : describe.skip)(
  'the plan role RBAC from modules/github-oidc on the real kube-apiserver (needs terraform or tofu)',
  () => {
    beforeAll(async () => {
      for (const ns of [NS, OTHER]) {
        const r = await kubeRequest('POST', '/api/v1/namespaces', {
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name: ns }
        });
        expect(r.status).toBe(201);
      }
      // A Helm release record and a ConfigMap to read, in both namespaces.
      for (const ns of [NS, OTHER]) {
        await kubeRequest('POST', `/api/v1/namespaces/${ns}/secrets`, {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'sh.helm.release.v1.frontdoor.v1', labels: { owner: 'helm', name: 'frontdoor' } },
          type: 'helm.sh/release.v1',
          data: { release: Buffer.from('{}').toString('base64') }
        });
      }
      for (const doc of parseAllDocuments(renderPlanRbac())) {
        const obj = doc.toJS() as { kind: string };
        const r = await kubeRequest('POST', KINDS[obj.kind] as string, obj);
        expect(`${obj.kind} ${r.status}`).toBe(`${obj.kind} 201`);
      }
    }, 120_000);

    afterAll(async () => {
      for (const ns of [NS, OTHER]) await kubeRequest('DELETE', `/api/v1/namespaces/${ns}`);
      await kubeRequest('DELETE', `/apis/rbac.authorization.k8s.io/v1/clusterroles/${GROUP}`);
      await kubeRequest('DELETE', `/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/${GROUP}`);
    });

    test('reads what a diff reads in its namespace: release Secrets, workloads, Services, its Namespace', async () => {
      const reads = [
        `/api/v1/namespaces/${NS}/secrets?labelSelector=owner%3Dhelm`,
        `/api/v1/namespaces/${NS}/secrets/sh.helm.release.v1.frontdoor.v1`,
        `/apis/apps/v1/namespaces/${NS}/deployments`,
        `/api/v1/namespaces/${NS}/services`,
        `/apis/networking.k8s.io/v1/namespaces/${NS}/ingresses`,
        `/api/v1/namespaces/${NS}`
      ];
      expect(await Promise.all(reads.map(p => asPlan('GET', p)))).toEqual(reads.map(() => 200));
    });

    test('every change is refused by RBAC (403), and nothing changed', async () => {
      const secret = `/api/v1/namespaces/${NS}/secrets/sh.helm.release.v1.frontdoor.v1`;
      const attempts: [string, string, unknown?][] = [
        [
          'POST',
          `/api/v1/namespaces/${NS}/configmaps`,
          { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }
        ],
        ['DELETE', secret],
        [
          'PUT',
          secret,
          { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'sh.helm.release.v1.frontdoor.v1' } }
        ],
        [
          'POST',
          `/apis/apps/v1/namespaces/${NS}/deployments?dryRun=All`,
          { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' } }
        ],
        ['DELETE', `/api/v1/namespaces/${NS}`]
      ];
      const statuses = [];
      for (const [m, p, b] of attempts) statuses.push(await asPlan(m, p, b));
      expect(statuses).toEqual(attempts.map(() => 403));
      expect((await kubeRequest('GET', secret)).status).toBe(200);
    });

    test('other namespaces and other Namespace objects stay invisible', async () => {
      expect(await asPlan('GET', `/api/v1/namespaces/${OTHER}/secrets`)).toBe(403);
      expect(await asPlan('GET', `/api/v1/namespaces/${OTHER}`)).toBe(403);
      expect(await asPlan('GET', '/api/v1/namespaces')).toBe(403);
      expect(await asPlan('GET', '/api/v1/secrets')).toBe(403);
    });
  }
);
