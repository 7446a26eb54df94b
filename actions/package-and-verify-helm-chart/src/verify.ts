/**
 * The checks over a parsed render: structure, cross-resource consistency and workload policy.
 * Pure: objects in, findings out. Each finding names its check, the object and the template
 * (`# Source:`) it came from, so main can turn it into an annotation on the right file. One
 * decision per module under checks/; this file only orders them and applies the exemptions.
 */
import type { ManifestObject } from '../../../src/lib/manifest';
import { checkIrsa, checkServiceAccounts } from './checks/accounts';
import { Collector, type Finding } from './checks/common';
import { applyExemptions, exemptionsFromAnnotations, type Exemption } from './checks/exemptions';
import { checkIngresses } from './checks/ingress';
import { checkWorkloadPolicy } from './checks/policy';
import { checkRollouts } from './checks/rollouts';
import { checkSecretRefs } from './checks/secrets';
import {
  checkHpas,
  checkPdbs,
  checkServices,
  checkWorkloadSelectors,
  releaseScope
} from './checks/selectors';
import { checkServiceMonitors } from './checks/serviceMonitor';
import { checkStructure } from './checks/structure';
import { hasHook, podTemplates, type CustomWorkload } from './checks/workloads';

export type { Finding, Level } from './checks/common';
export { ANY, selectorMatches } from './checks/common';
export { IAM_ROLE_ARN } from './checks/accounts';
export { isMutableTag, parseImageRef } from './checks/policy';
export { isTestHook, podTemplateOf, type CustomWorkload, type PodTemplate } from './checks/workloads';
export type { Exemption } from './checks/exemptions';

export interface VerifyOptions {
  requiredKinds: string[];
  /** ServiceAccounts that exist outside the chart. */
  externalServiceAccounts?: string[];
  /** Secrets that exist outside the chart (made by hand, by another release, by a hook Job). */
  externalSecrets?: string[];
  /** Namespace objects without metadata.namespace land in. */
  namespace?: string;
  /** false (policy: off) skips the workload policy checks. */
  workloadPolicy?: boolean;
  /** Exemptions from the workflow (the chart's own come from its annotations). */
  exemptions?: Exemption[];
  /** Custom resource kinds whose operator makes pods, beyond the known ones. */
  customWorkloads?: CustomWorkload[];
  /** Findings made before (parse warnings): exemptions apply to them too. */
  earlier?: Finding[];
}

export function verifyManifest(objects: ManifestObject[], options: VerifyOptions): Finding[] {
  const out = new Collector();
  const ns = options.namespace ?? 'default';
  const nsOf = (o: ManifestObject) => o.namespace || ns;

  checkStructure(objects, options.requiredKinds, out);
  const pods = podTemplates(objects, ns, options.customWorkloads ?? []);
  // Services, PDBs and Ingresses route to long-running pods; hook pods are not traffic targets.
  const servedPods = pods.filter(p => !p.testHook && !hasHook(p.owner));

  const scope = releaseScope(objects, pods, nsOf, ns);

  checkWorkloadSelectors(pods, out);
  checkServices(objects, servedPods, scope, out);
  checkIngresses(objects, nsOf, out);
  checkRollouts(objects, servedPods, nsOf, out);
  checkServiceMonitors(objects, servedPods, scope, out);
  checkServiceAccounts(objects, pods, options.externalServiceAccounts ?? [], out);
  checkIrsa(objects, out);
  checkSecretRefs(objects, pods, options.externalSecrets ?? [], nsOf, out);
  checkPdbs(objects, servedPods, scope, out);
  checkHpas(objects, nsOf, out);
  if (options.workloadPolicy !== false) for (const p of pods) if (p.policy) checkWorkloadPolicy(p, out);
  const exemptions = [...exemptionsFromAnnotations(objects, out), ...(options.exemptions ?? [])];
  return applyExemptions([...(options.earlier ?? []), ...out.findings], exemptions);
}
