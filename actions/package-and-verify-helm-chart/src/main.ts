/**
 * package-and-verify-helm-chart as a declaration for the action skeleton (src/lib/entry.ts):
 * validate every input first (cheap, nothing loaded but this chunk), then the work: resolve helm
 * and run (yaml and the verifier load while helm works). The summary is the verification report
 * run() made (also when strict findings fail the step), else the skeleton's failure summary.
 */
import { ActionFailure, defineAction, failureSummary } from '../../../src/lib/entry';
import { helmCandidate, installHelm, wantedHelmVersion } from '../../../src/lib/helm';
import { envLookup } from '../../../src/lib/inputs';
import { realFs } from '../../../src/lib/fileProbe';
import { getInputs, type Inputs } from './inputs';
import { run, stepFailureSummary, type RunDeps, type RunResult } from './run';
import { untrustedText } from '../../../src/lib/untrusted';

export const action = defineAction<Inputs, RunResult, RunDeps>({
  name: 'package-and-verify-helm-chart',
  inputs: rt => getInputs(envLookup(rt.env), rt.env, realFs),
  work:
    async () =>
    async ({ inputs, rt }) => {
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
        const errors = result.findings.filter(f => f.level === 'error' && f.exempted === undefined);
        const parse = result.findings.some(f => f.check === 'parse');
        throw new ActionFailure(
          parse
            ? `the render of ${result.chartName} ${result.chartVersion} has documents that do not parse`
            : `${errors.length} error-level finding${errors.length === 1 ? '' : 's'} in ${result.chartName} ${result.chartVersion} (policy strict); see the annotations and the job summary`,
          result
        );
      }
      rt.info(
        untrustedText(
          `${result.chartName} ${result.chartVersion}: ${result.findings.length} finding(s), policy ${inputs.policy}`
        )
      );
      return result;
    },
  summary: facts =>
    facts.result?.summary ??
    stepFailureSummary(facts.error) ??
    failureSummary('package-and-verify-helm-chart', facts)
});
