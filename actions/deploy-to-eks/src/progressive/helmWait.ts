/**
 * How helm waits when the release contains Argo Rollouts. Helm 4's default wait (`--wait=watcher`,
 * kstatus) cannot read a Rollout: its `status.observedGeneration` is a string where kstatus wants
 * an integer, so the Rollout stays "Unknown" and helm waits out its whole timeout, then fails (seen
 * on the local stack with helm v4.3.1). For such a release helm waits with its legacy waiter, which
 * checks the kinds it knows and skips custom resources, and the Rollouts are judged afterwards by
 * their own controller's status (argoRollouts.ts). Only clusters that serve the Rollout API pay for
 * finding out (one discovery request, then a client-side render of the release).
 */
import { KubeApiError, type KubeClient } from '../../../../src/lib/kube';

/** Whether the cluster serves argoproj.io/v1alpha1 rollouts (the CRD is installed). */
export async function servesRollouts(kube: KubeClient): Promise<boolean> {
  try {
    const res = await kube.get<{ resources?: { name?: string }[] }>('/apis/argoproj.io/v1alpha1');
    return (res.resources ?? []).some(r => r.name === 'rollouts');
  } catch (err) {
    if (err instanceof KubeApiError && (err.status === 404 || err.status === 403)) return false;
    throw err;
  }
}

/** A rendered manifest with an argoproj.io Rollout in it. */
export function manifestHasRollout(manifest: string): boolean {
  return manifest
    .split(/^---\s*$/m)
    .some(
      doc => /^kind:\s*["']?Rollout["']?\s*$/m.test(doc) && /^apiVersion:\s*["']?argoproj\.io\//m.test(doc)
    );
}

/** The upgrade argv with helm 4's watcher wait replaced by its legacy waiter. */
export function legacyWait(args: string[]): string[] {
  return args.map(a => (a === '--wait=watcher' ? '--wait=legacy' : a));
}

/**
 * The upgrade argv to use: unchanged unless helm 4 would wait with the watcher on a release that
 * contains Rollouts. `render` returns the release's manifest (a client-side dry run).
 */
export async function rolloutAwareArgs(
  args: string[],
  d: { kube: KubeClient; render: () => Promise<string | undefined>; log: (m: string) => void }
): Promise<string[]> {
  if (!args.includes('--wait=watcher') || !(await servesRollouts(d.kube))) return args;
  const manifest = await d.render();
  if (!manifest || !manifestHasRollout(manifest)) return args;
  d.log(
    'The release contains Argo Rollouts: helm waits with --wait=legacy (its watcher cannot read a Rollout status); the Rollouts are followed to Healthy after helm.'
  );
  return legacyWait(args);
}
