/** Entry point the runner executes (bundled to dist/); the action is declared in main.ts. */
import { action } from './main';

void action.main();
