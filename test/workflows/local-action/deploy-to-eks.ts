/**
 * Entry point for @github/local-action, which requires a module exporting run(); the shipped
 * entry (actions/deploy-to-eks/src/index.ts) runs on import instead. Same main, same error policy.
 */
import { runEntry } from '../../../src/lib/entry';
import { main } from '../../../actions/deploy-to-eks/src/main';

export const run = (): Promise<void> => runEntry(main);
