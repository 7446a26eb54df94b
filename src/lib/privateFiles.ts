/**
 * Where secrets touch the disk: a 0700 directory under RUNNER_TEMP holding 0600 files (registry
 * auth, kubeconfig). Both actions that write credentials use this one mechanism; each removes its
 * directory in `finally`, and removal never throws (cleanup must not mask the real error).
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** A fresh directory `<runnerTemp>/<prefix>XXXXXX` only this user can enter. */
export function createPrivateDir(runnerTemp: string, prefix: string): string {
  mkdirSync(runnerTemp, { recursive: true });
  const dir = mkdtempSync(path.join(runnerTemp, prefix));
  chmodSync(dir, 0o700);
  return dir;
}

/** Writes `text` with mode 0600 from the start (no moment in which it is readable by others). */
export function writePrivateFile(file: string, text: string): void {
  writeFileSync(file, text, { mode: 0o600, flag: 'w' });
  // The mode option is masked by umask and ignored for an existing file: set it explicitly.
  chmodSync(file, 0o600);
}

/** Removes a directory made by createPrivateDir, and only such a directory (checked by its prefix). */
export function removePrivateDir(dir: string, prefix: string): boolean {
  try {
    if (!path.basename(dir).startsWith(prefix)) return false;
    rmSync(dir, { recursive: true, force: true });
    return true;
  } catch {
    return false;
  }
}
