/**
 * Read: the release as Helm stored it (every revision, straight from its records in the store
 * helm itself uses: HELM_DRIVER of helm's environment; one API call) and what the deployed
 * revision records it runs; right before helm changes an existing release, what Flagger last acted
 * on (so the verify step tells this revision's verdict from the previous one's). Changes nothing.
 */
import type { Inputs } from '../inputs';
import type { CanariesBefore } from '../progressive/flagger';
import { listReleaseRecords, releaseDriverFromEnv } from '../releaseStore';
import { stateOf, type DeployDeps, type ReleaseState } from '../release';

export async function readRelease(
  i: Pick<Inputs, 'namespace' | 'releaseName'>,
  d: Pick<DeployDeps, 'kube' | 'helmEnv'>
): Promise<ReleaseState> {
  return stateOf(
    await listReleaseRecords(d.kube, i.namespace, i.releaseName, releaseDriverFromEnv(d.helmEnv))
  );
}

/**
 * Each Flagger Canary's snapshot (lastAppliedSpec, Promoted condition) before helm changes an
 * existing release (one API call); undefined for a first install (nothing there yet) or when it
 * cannot be read.
 */
export async function readCanarySpecs(
  i: Pick<Inputs, 'namespace' | 'releaseName'>,
  d: Pick<DeployDeps, 'kube'>,
  s: ReleaseState
): Promise<CanariesBefore | undefined> {
  if (!s.deployed) return undefined;
  // The Flagger follower is loaded only when a change is about to be applied.
  return (await import('../progressive/flagger')).canarySpecs(d.kube, i.namespace, i.releaseName);
}

/** The one line the log starts with: what is there before this run. */
export function describeState(i: Pick<Inputs, 'namespace' | 'releaseName'>, s: ReleaseState): string {
  const { latest, deployed } = s;
  return latest
    ? `Release ${i.releaseName} in ${i.namespace}: revision ${latest.revision} is ${latest.status}${deployed && deployed !== latest ? ` (deployed: ${deployed.revision})` : ''}.`
    : `Release ${i.releaseName} does not exist in ${i.namespace} yet: first install.`;
}
