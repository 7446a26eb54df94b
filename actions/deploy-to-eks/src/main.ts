/**
 * deploy-to-eks as a declaration for the action skeleton (src/lib/entry.ts): inputs validated
 * first (cheap: no https, zlib, SDK or yaml loaded), then the deploy machinery loaded lazily.
 */
import { defineAction } from '../../../src/lib/entry';
import { envLookup } from '../../../src/lib/inputs';
import { getInputs, type Inputs } from './inputs';
import type { DeployOutcome, RunDeps } from './run';

export const action = defineAction<Inputs, DeployOutcome, RunDeps>({
  name: 'deploy-to-eks',
  inputs: rt => getInputs(envLookup(rt.env), rt.env),
  work: async () => (await import('./run')).run,
  onCancel: 'stopping helm and leaving the release recoverable.',
  summary: async facts => (await import('./run')).summaryOf(facts)
});
