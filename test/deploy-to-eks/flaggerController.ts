/**
 * The real Flagger controller for the tests: its CRDs (artifacts/flagger/crd.yaml of the module
 * the bootstrap built it from, pinned by FLAGGER_VERSION) applied to the stack's kube-apiserver,
 * then `flagger` (.tools/bin) started with the kubernetes provider (blue/green: no mesh, no
 * ingress) and no metrics server — the Canaries under test define no metric checks, and Flagger
 * only logs that Prometheus is unreachable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnvFile, repoRoot } from '../helpers/stack';
import { applyCrds, freePort, goModuleDir, startController, type ArgoController } from './argoController';

export const FLAGGER_VERSION = parseEnvFile(readFileSync(join(repoRoot, 'tools/versions.env'), 'utf8'))[
  'FLAGGER_VERSION'
] as string;

export async function installFlaggerCrds(): Promise<string[]> {
  return applyCrds([
    join(goModuleDir('github.com/fluxcd/flagger', FLAGGER_VERSION), 'artifacts/flagger/crd.yaml')
  ]);
}

/** Starts flagger (cluster-wide, no leader election, a 2 s control loop so new Canaries start soon). */
export async function startFlagger(): Promise<ArgoController> {
  // A port nothing listens on: Flagger checks the metrics server once at start and only logs.
  const noMetrics = await freePort();
  return startController(
    'flagger',
    (kubeconfig, [port]) => [
      `-kubeconfig=${kubeconfig}`,
      '-mesh-provider=kubernetes',
      `-metrics-server=http://127.0.0.1:${noMetrics}`,
      `-port=${port}`,
      '-log-level=info',
      '-control-loop-interval=2s',
      '-enable-leader-election=false'
    ],
    /Started operator workers/
  );
}
