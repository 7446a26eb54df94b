/**
 * The action's main: validate every input first (cheap: no https, zlib, SDK or yaml loaded), then
 * load the deploy machinery. An action failing validation starts about as fast as a bare node.
 */
import { envLookup } from '../../../src/lib/inputs';
import type { Runtime } from '../../../src/lib/runtime';
import { getInputs } from './inputs';

export async function main(rt: Runtime): Promise<void> {
  const inputs = getInputs(envLookup(rt.env), rt.env);
  const { run } = await import('./run');
  await run(rt, inputs);
}
