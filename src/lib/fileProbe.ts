/**
 * The file checks input validation needs, on the real disk. Injected into each inputs.ts (tests
 * hand in a table of paths), so validation stays pure and never throws on a missing path.
 */
import * as fs from 'node:fs';

export interface FileProbe {
  exists(p: string): boolean;
  isFile(p: string): boolean;
  isDirectory(p: string): boolean;
  readFile(p: string): string;
  /** The path with symlinks resolved (an existing path). */
  realpath(p: string): string;
}

function stat(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined; // missing, or a path through a file (ENOTDIR): either way not there
  }
}

export const realFs: FileProbe = {
  exists: p => stat(p) !== undefined,
  isFile: p => stat(p)?.isFile() ?? false,
  isDirectory: p => stat(p)?.isDirectory() ?? false,
  readFile: p => fs.readFileSync(p, 'utf8'),
  realpath: p => fs.realpathSync(p)
};
