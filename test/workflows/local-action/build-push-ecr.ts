/**
 * Entry point for @github/local-action, which requires a module exporting run(); the shipped
 * entry (actions/build-push-ecr/src/index.ts) runs on import instead. The same declared action.
 */
import { action } from '../../../actions/build-push-ecr/src/main';

export const run = (): Promise<void> => action.main();
