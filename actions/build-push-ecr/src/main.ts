/**
 * build-push-ecr as a declaration for the action skeleton (src/lib/entry.ts): inputs validated
 * first (nothing heavy loaded yet), then the work loaded lazily; outputs are set as they become
 * known and the summary is written from the same facts on success and failure. The post step
 * (same bundle) removes the private credentials directory if a cancelled run left it behind
 * (found by path; no secret is kept in state).
 */
import { defineAction } from '../../../src/lib/entry';
import { envLookup } from '../../../src/lib/inputs';
import { getInputs, type Inputs } from './inputs';
import type { RunDeps, RunResult } from './run';

export const action = defineAction<Inputs, RunResult, RunDeps>({
  name: 'build-push-ecr',
  inputs: rt => getInputs(envLookup(rt.env), rt.env),
  work: async () => (await import('./run')).run,
  summary: async facts => {
    const { buildSummary, buildFailureSummary } = await import('./summary');
    return facts.result ? buildSummary(facts.result) : buildFailureSummary(facts.outputs, facts.error);
  },
  post: async rt => {
    const { PRIVATE_DIR_STATE, removePrivateDir } = await import('./privateDir');
    const dir = rt.getState(PRIVATE_DIR_STATE);
    if (!dir) return;
    const { existsSync } = await import('node:fs');
    if (existsSync(dir) && removePrivateDir(dir)) rt.info(`removed leftover credentials directory ${dir}`);
  }
});
