/**
 * Push the verified package to an OCI registry (`push-to: oci://<host>/<path>`) and output the
 * reference pinned by digest (`chart-ref`: oci://<host>/<path>/<name>@sha256:<manifest digest>),
 * so every environment deploys exactly these bytes. Credentials: registry-username/password, or
 * for ECR the SDK's GetAuthorizationToken; helm logs in with --password-stdin into a private
 * registry config under RUNNER_TEMP (src/lib/ociChart.ts), removed after the push. Only a
 * package that passed verification gets here (run.ts).
 */
import { UserError } from '../../../src/lib/errors';
import type { Helm } from '../../../src/lib/helm';
import {
  ociCredentials,
  openOciSession,
  pushChart,
  sdkEcrAuth,
  type EcrAuth,
  type PushedChart
} from '../../../src/lib/ociChart';
import { untrustedText } from '../../../src/lib/untrusted';
import type { Inputs } from './inputs';

export interface PushDeps {
  helm: Helm;
  env: NodeJS.ProcessEnv;
  mask: (secret: string) => void;
  info: (m: string) => void;
  /** ECR credentials (default: the AWS SDK). */
  ecrAuth?: EcrAuth;
}

export async function pushVerifiedChart(
  i: Pick<Inputs, 'pushTo' | 'registryUsername' | 'registryPassword' | 'registryPlainHttp' | 'tempDir'>,
  packagePath: string,
  d: PushDeps
): Promise<PushedChart | undefined> {
  const target = i.pushTo;
  if (!target) return undefined;
  try {
    const credentials = await ociCredentials(
      target.host,
      { username: i.registryUsername, password: i.registryPassword },
      d.ecrAuth ?? sdkEcrAuth,
      d.mask
    );
    const session = await openOciSession(
      d.helm,
      { host: target.host, credentials, plainHttp: i.registryPlainHttp, runnerTemp: i.tempDir },
      d.env
    );
    try {
      const pushed = await pushChart(d.helm, session, packagePath, target);
      d.info(
        untrustedText(
          `Pushed the verified package to ${pushed.ref} (its chart layer is ${pushed.chartDigest}, as packaged).`
        )
      );
      return pushed;
    } finally {
      session.close();
    }
  } catch (err) {
    if (err instanceof UserError) throw new UserError(`push-to: ${err.message}`, err.details);
    throw err;
  }
}
