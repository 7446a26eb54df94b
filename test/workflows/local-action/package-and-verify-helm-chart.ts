/**
 * Entry point for @github/local-action, which requires a module exporting run(); the shipped
 * entry (actions/package-and-verify-helm-chart/src/index.ts) runs on import instead. The same declared action.
 */
import { action } from '../../../actions/package-and-verify-helm-chart/src/main';

export const run = (): Promise<void> => action.main();
