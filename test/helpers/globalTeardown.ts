/**
 * Jest globalTeardown: releases this run's hold on the local test stack. stop.sh stops it only
 * when no other test run still uses it and it was not started by hand (scripts/stack/start.sh).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, stackDir } from './stack';

export default async function globalTeardown(): Promise<void> {
  if (process.env.FT_STACK === 'off') return;
  const r = spawnSync(
    'bash',
    [join(repoRoot, 'scripts', 'stack', 'stop.sh'), '--owner-pid', String(process.pid)],
    {
      env: { ...process.env, FT_STACK_DIR: stackDir() },
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 60_000
    }
  );
  // A failed stop must not turn a green run red; the watchdog still stops the stack.
  if (r.status !== 0) process.stderr.write(`warning: scripts/stack/stop.sh exited ${r.status ?? r.signal}\n`);
}
