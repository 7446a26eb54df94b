/**
 * Turns the cluster inputs into a kubeconfig file helm can use and a connection for our own API
 * client. EKS: DescribeCluster + a generated kubeconfig with the exec token plugin. kubeconfig
 * input: a path is used in place; inline content is written out. Generated files live in a
 * private directory under RUNNER_TEMP (0700, files 0600) and are removed by `dispose()`.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  eksKubeconfig,
  connectionFromKubeconfig,
  loadKubeconfigFile,
  parseKubeconfigText,
  type KubeConnection
} from '../../../src/lib/kubeconfig';
import type { EksClusterInfo } from './eksCluster';
import type { Inputs } from './inputs';

export interface ClusterAccessResult {
  kubeconfigPath: string;
  connection: KubeConnection;
  eks: boolean;
  /** Where the cluster is, for messages (the endpoint URL). */
  endpoint: string;
  dispose(): void;
}

export interface ClusterAccessDeps {
  describeCluster(name: string, region: string): Promise<EksClusterInfo>;
  nodePath: string;
  tokenCliPath: string;
}

function privateDir(runnerTemp: string): string {
  const dir = mkdtempSync(path.join(runnerTemp, 'deploy-to-eks-'));
  chmodSync(dir, 0o700);
  return dir;
}

function writePrivate(file: string, text: string): void {
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
}

export async function prepareClusterAccess(
  i: Pick<Inputs, 'cluster' | 'runnerTemp'>,
  deps: ClusterAccessDeps
): Promise<ClusterAccessResult> {
  const c = i.cluster;
  if (c.kind === 'kubeconfig' && c.path) {
    const connection = await loadKubeconfigFile(c.path);
    return {
      kubeconfigPath: c.path,
      connection,
      eks: false,
      endpoint: connection.server,
      dispose: () => undefined
    };
  }
  const dir = privateDir(i.runnerTemp);
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    const file = path.join(dir, 'kubeconfig');
    if (c.kind === 'kubeconfig') {
      const text = c.inline ?? '';
      const connection = connectionFromKubeconfig(await parseKubeconfigText(text), dir);
      writePrivate(file, text);
      return { kubeconfigPath: file, connection, eks: false, endpoint: connection.server, dispose };
    }
    const info = await deps.describeCluster(c.clusterName, c.region);
    const text = eksKubeconfig({
      clusterName: c.clusterName,
      region: c.region,
      endpoint: info.endpoint,
      caData: info.caData,
      nodePath: deps.nodePath,
      tokenCliPath: deps.tokenCliPath
    });
    writePrivate(file, text);
    const connection = connectionFromKubeconfig(JSON.parse(text) as Record<string, unknown>, dir);
    return { kubeconfigPath: file, connection, eks: true, endpoint: info.endpoint, dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}
