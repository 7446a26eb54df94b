import { UserError } from '../../../src/lib/errors';
import type { Runtime } from '../../../src/lib/runtime';

export async function main(_rt: Runtime): Promise<void> {
  throw new UserError('not implemented yet');
}
