/**
 * Entry point for @github/local-action, which requires a module exporting run(); the shipped
 * entry (actions/deploy-to-eks/src/index.ts) runs on import instead. The same declared action.
 */
import { action } from '../../../actions/deploy-to-eks/src/main';

export const run = (): Promise<void> => action.main();
