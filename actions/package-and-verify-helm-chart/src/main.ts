/**
 * Wires the runner to the work: validate every input first (cheap, nothing loaded but this
 * chunk), then load the heavy part (yaml, the verifier) and resolve helm.
 */
import { UserError } from '../../../src/lib/errors';
import { helmCandidate, installHelm, wantedHelmVersion } from '../../../src/lib/helm';
import { envLookup, nodePathFs } from '../../../src/lib/inputs';
import type { Runtime } from '../../../src/lib/runtime';
import { getInputs, type FsProbe } from './inputs';
import { run } from './run';
import { untrustedText } from '../../../src/lib/untrusted';

export const fsProbe: FsProbe = nodePathFs;

export async function main(rt: Runtime): Promise<void> {
  const inputs = getInputs(envLookup(rt.env), rt.env, fsProbe);
  const helmOpts = {
    helmPath: inputs.helmPath || undefined,
    version: inputs.helmVersion || undefined,
    env: rt.env,
    log: (m: string) => rt.info(m),
    downloadBaseUrl: inputs.helmDownloadUrl
  };
  // lint and package start while the version check is still running (see run).
  const candidate = helmCandidate(helmOpts);
  let result = candidate
    ? await run(inputs, { rt, helm: candidate.helm, confirmHelm: candidate.confirmed, env: rt.env })
    : undefined;
  if (!result) {
    // No candidate, or it had another version: install the wanted one and start over.
    const helm = await installHelm(wantedHelmVersion(helmOpts.version), helmOpts);
    result = await run(inputs, { rt, helm, env: rt.env });
    if (!result) throw new Error('run discarded its work although its helm was already confirmed');
  }
  if (result.failed) {
    const errors = result.findings.filter(f => f.level === 'error');
    const parse = result.findings.some(f => f.check === 'parse');
    throw new UserError(
      parse
        ? `the render of ${result.chartName} ${result.chartVersion} has documents that do not parse`
        : `${errors.length} error-level finding${errors.length === 1 ? '' : 's'} in ${result.chartName} ${result.chartVersion} (policy strict); see the annotations and the job summary`
    );
  }
  rt.info(
    untrustedText(
      `${result.chartName} ${result.chartVersion}: ${result.findings.length} finding(s), policy ${inputs.policy}`
    )
  );
}
