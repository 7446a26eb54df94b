/**
 * The gates' verdict recorded on the revision itself, as Helm release labels (labels on the
 * release Secret, which Helm 3.13+/4 read back as the release's custom labels): `pending` is set
 * by the upgrade that creates the revision, `passed` or `failed` once the gates ran. Helm copies a
 * revision's custom labels into the next upgrade and into a rollback to it, so every upgrade sets
 * the label explicitly (`null` deletes it when no gate runs) and a rollback inherits the verdict
 * of the revision it returns to.
 *
 * skip-unchanged consults it: a revision that failed a gate, or whose gates never finished (the
 * run was killed in between), is never a revision to skip to — the re-run deploys and gates again.
 */
import type { KubeClient } from '../../../../src/lib/kube';
import type { Inputs } from '../inputs';
import type { ReleaseRecord } from '../releaseStore';

export const GATES_LABEL = 'deploy-to-eks.flygtaxi.io/gates';
export const FAILED_GATE_LABEL = 'deploy-to-eks.flygtaxi.io/failed-gate';

export type GateVerdict = 'pending' | 'passed' | 'failed';

/**
 * `--labels` for the upgrade that creates a revision: pending when gates will run, else none.
 * `null` (delete the inherited label) means something only to an upgrade: an install would
 * store the word itself.
 */
export function gateLabelArgs(gatesEnabled: boolean, firstInstall: boolean): string[] {
  if (firstInstall) return gatesEnabled ? ['--labels', `${GATES_LABEL}=pending`] : [];
  return ['--labels', `${GATES_LABEL}=${gatesEnabled ? 'pending' : 'null'},${FAILED_GATE_LABEL}=null`];
}

/** The API path of a revision's record (a Secret, or a ConfigMap with HELM_DRIVER=configmap). */
export function recordPath(namespace: string, rec: Pick<ReleaseRecord, 'secretName' | 'driver'>): string {
  const kind = rec.driver === 'configmap' ? 'configmaps' : 'secrets';
  return `/api/v1/namespaces/${encodeURIComponent(namespace)}/${kind}/${encodeURIComponent(rec.secretName)}`;
}

/** Records the verdict on the revision's release record (merge patch of two labels). */
export async function recordGateVerdict(
  kube: KubeClient,
  namespace: string,
  rec: Pick<ReleaseRecord, 'secretName' | 'driver'>,
  verdict: GateVerdict,
  failedGate = ''
): Promise<void> {
  await kube.mergePatch(recordPath(namespace, rec), {
    metadata: { labels: { [GATES_LABEL]: verdict, [FAILED_GATE_LABEL]: failedGate || null } }
  });
}

/**
 * Why skip-unchanged must not skip to this revision, or undefined when it may: it failed a gate,
 * its gates never finished, or gates are enabled now and never ran on it.
 */
export function skipRefusal(rec: ReleaseRecord, gatesEnabled: boolean): string | undefined {
  const verdict = rec.labels[GATES_LABEL];
  const where = `revision ${rec.revision}`;
  if (verdict === 'failed') {
    const gate = rec.labels[FAILED_GATE_LABEL];
    return `${where} failed the ${gate || 'post-deploy'} gate`;
  }
  if (verdict === 'pending')
    return `${where}'s gates never finished (the run that deployed it stopped first)`;
  if (verdict === undefined && gatesEnabled)
    return `${where} was deployed without the gates that are enabled now`;
  return undefined;
}

/** Whether this run has gates (a smoke request or helm test). */
export function gatesEnabled(i: Pick<Inputs, 'smoke' | 'gates'>): boolean {
  // Rollout following is not counted: it runs whenever the release has Rollouts, gate or not.
  return !!i.smoke || i.gates.helmTest;
}
