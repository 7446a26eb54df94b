/**
 * Installs the operator CRDs that scripts/bootstrap.sh fetched from the operators' own Go
 * modules (.tools/crds: External Secrets, Prometheus Operator) into the local kube-apiserver,
 * and waits until they serve. The chart's optional ExternalSecret, SecretStore, ServiceMonitor
 * and PrometheusRule are then validated by the operators' real OpenAPI schemas on install.
 * No controller runs: nothing reconciles the objects (the tests say so where it matters).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { kubeRequest, repoRoot } from './stack';

export const crdsDir = join(repoRoot, '.tools', 'crds');

export async function installOperatorCrds(): Promise<string[]> {
  if (!existsSync(crdsDir))
    throw new Error(
      `no CRDs in ${crdsDir}: run scripts/bootstrap.sh --only go (it fetches them from the Go module proxy)`
    );
  const names: string[] = [];
  for (const file of readdirSync(crdsDir)
    .filter(f => f.endsWith('.yaml'))
    .sort()) {
    const crd = parseYaml(readFileSync(join(crdsDir, file), 'utf8')) as { metadata: { name: string } };
    const r = await kubeRequest('POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', crd);
    // 409: another test file of this run installed it already (CRDs are cluster-scoped).
    if (r.status !== 201 && r.status !== 409)
      throw new Error(`installing CRD ${file}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    names.push(crd.metadata.name);
  }
  for (const name of names) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const r = await kubeRequest('GET', `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`);
      const conditions = ((r.body as { status?: { conditions?: { type: string; status: string }[] } }).status
        ?.conditions ?? []) as { type: string; status: string }[];
      if (conditions.some(c => c.type === 'Established' && c.status === 'True')) break;
      if (Date.now() > deadline) throw new Error(`CRD ${name} not Established after 60s`);
      await new Promise(res => setTimeout(res, 500));
    }
  }
  return names;
}
