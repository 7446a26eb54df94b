/**
 * Identity: the ServiceAccount a pod runs as must exist (in the render or declared external),
 * and an IRSA role-arn annotation must be an IAM role ARN, or the pod gets no AWS credentials.
 */
import type { ManifestObject } from '../../../../src/lib/manifest';
import { annotationsOf, type Collector } from './common';
import type { PodTemplate } from './workloads';

/** An IAM role ARN as IRSA expects it: partition, 12-digit account, role/ with an optional path. */
export const IAM_ROLE_ARN =
  /^arn:aws(?:-cn|-us-gov|-iso|-iso-[a-z])?:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const IRSA_ANNOTATION = 'eks.amazonaws.com/role-arn';

export function checkServiceAccounts(
  objects: ManifestObject[],
  pods: PodTemplate[],
  external: string[],
  out: Collector
): void {
  const accounts = new Set(objects.filter(o => o.kind === 'ServiceAccount').map(o => o.name));
  for (const p of pods) {
    if (!p.policy) continue;
    const name = String(p.spec['serviceAccountName'] ?? p.spec['serviceAccount'] ?? '');
    // The namespace's default account always exists; policy on using it is a separate matter.
    if (!name || name === 'default') continue;
    if (!accounts.has(name) && !external.includes(name)) {
      out.add(
        'error',
        'service-account',
        p.owner,
        `${p.owner.id} runs as ServiceAccount "${name}", which is not in the render (declare it in external-service-accounts if it exists outside the chart)`
      );
    }
  }
}

export function checkIrsa(objects: ManifestObject[], out: Collector): void {
  for (const sa of objects.filter(o => o.kind === 'ServiceAccount')) {
    const annotations = annotationsOf(sa);
    if (!(IRSA_ANNOTATION in annotations)) continue;
    const arn = (annotations[IRSA_ANNOTATION] as string).trim();
    if (!IAM_ROLE_ARN.test(arn)) {
      out.add(
        'error',
        'irsa-role-arn',
        sa,
        `${sa.id}: ${IRSA_ANNOTATION} "${arn}" is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>)`
      );
    }
  }
}
