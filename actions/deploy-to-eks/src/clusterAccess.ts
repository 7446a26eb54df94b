/**
 * Turns the cluster inputs into a kubeconfig file helm can use and a connection for our own API
 * client. EKS: DescribeCluster + a generated kubeconfig with the exec token plugin. kubeconfig
 * input: a path is used in place; inline content is written out. Generated files live in a
 * private directory under RUNNER_TEMP (0700, files 0600) and are removed by `dispose()`.
 */
import * as path from 'node:path';
import {
  eksKubeconfig,
  connectionFromKubeconfig,
  loadKubeconfigFile,
  parseKubeconfigText,
  type KubeConnection
} from '../../../src/lib/kubeconfig';
import { createPrivateDir, removePrivateDir, writePrivateFile } from '../../../src/lib/privateFiles';
import type { EksClusterInfo } from './eksCluster';
import type { Inputs } from './inputs';

/** Prefix of the private directory holding a generated kubeconfig. */
export const PRIVATE_DIR_PREFIX = 'deploy-to-eks-';

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
  /**
   * The token plugin's STS endpoint, resolved once here (the SDK's resolution, same environment
   * as the plugin's) and passed to it; undefined leaves the plugin to resolve it on every token.
   */
  stsEndpoint?(region: string): Promise<string | undefined>;
  nodePath: string;
  tokenCliPath: string;
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
  const dir = createPrivateDir(i.runnerTemp, PRIVATE_DIR_PREFIX);
  const dispose = () => void removePrivateDir(dir, PRIVATE_DIR_PREFIX);
  try {
    const file = path.join(dir, 'kubeconfig');
    if (c.kind === 'kubeconfig') {
      const text = c.inline ?? '';
      const connection = connectionFromKubeconfig(await parseKubeconfigText(text), dir);
      writePrivateFile(file, text);
      return { kubeconfigPath: file, connection, eks: false, endpoint: connection.server, dispose };
    }
    const sts = deps.stsEndpoint?.(c.region).catch(() => undefined);
    const info = await deps.describeCluster(c.clusterName, c.region);
    const stsEndpoint = await sts;
    const text = eksKubeconfig({
      clusterName: c.clusterName,
      region: c.region,
      endpoint: info.endpoint,
      caData: info.caData,
      nodePath: deps.nodePath,
      tokenCliPath: deps.tokenCliPath,
      ...(stsEndpoint ? { stsEndpoint } : {})
    });
    writePrivateFile(file, text);
    const connection = connectionFromKubeconfig(JSON.parse(text) as Record<string, unknown>, dir);
    return { kubeconfigPath: file, connection, eks: true, endpoint: info.endpoint, dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}
