/**
 * Jest globalSetup: puts .tools/bin first on PATH (inherited by the test workers) and makes
 * sure the local test stack is up, reusing a running one. The stack is registered to this Jest
 * process (start.sh --owner-pid), so a watchdog stops it even if Jest dies before
 * globalTeardown. FT_STACK=off skips the stack for runs that only need pure unit tests.
 */
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { repoRoot, stackDir, toolsBin } from './stack';

export function startStack(ownerPid: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    // stdout carries only the env file path; progress and errors go to stderr, shown as-is.
    const child = spawn(
      'bash',
      [join(repoRoot, 'scripts', 'stack', 'start.sh'), '--owner-pid', String(ownerPid)],
      {
        env: { ...process.env, FT_STACK_DIR: stackDir() },
        stdio: ['ignore', 'ignore', 'inherit']
      }
    );
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) {
        resolvePromise();
        return;
      }
      const err = new Error(
        `The local test stack did not start (scripts/stack/start.sh ${signal ?? `exited ${code}`}); the reason is printed above.`
      );
      err.stack = err.message; // the reason is the script's message, not this JS stack
      reject(err);
    });
  });
}

export default async function globalSetup(): Promise<void> {
  const path = process.env.PATH ?? '';
  if (!path.startsWith(`${toolsBin}${delimiter}`)) {
    process.env.PATH = `${toolsBin}${delimiter}${path}`;
  }
  if (process.env.FT_STACK === 'off') return;
  await startStack(process.pid);
}
