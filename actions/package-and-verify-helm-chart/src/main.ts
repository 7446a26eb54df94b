/**
 * package-and-verify-helm-chart as a declaration for the action skeleton (src/lib/entry.ts):
 * validate every input first (cheap, nothing loaded but this chunk), then the work loaded lazily
 * (run.ts: helm resolution and the attempt; yaml and the verifier load while helm works). The
 * summary is the verification report run() made (also when strict findings fail the step), else
 * the failed step's summary, else the skeleton's failure summary.
 */
import { defineAction, failureSummary } from '../../../src/lib/entry';
import { envLookup } from '../../../src/lib/inputs';
import { realFs } from '../../../src/lib/fileProbe';
import { getInputs, type Inputs } from './inputs';
import type { RunDeps, RunResult } from './run';

export const action = defineAction<Inputs, RunResult, RunDeps>({
  name: 'package-and-verify-helm-chart',
  inputs: rt => getInputs(envLookup(rt.env), rt.env, realFs),
  work: async () => (await import('./run')).run,
  summary: async facts =>
    facts.result?.summary ??
    (await import('./run')).stepFailureSummary(facts.error) ??
    failureSummary('package-and-verify-helm-chart', facts)
});
