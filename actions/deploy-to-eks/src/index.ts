/** Entry point the runner executes (bundled to dist/); all logic lives in main.ts. */
import { runEntry } from '../../../src/lib/entry';
import { main } from './main';

void runEntry(main);
