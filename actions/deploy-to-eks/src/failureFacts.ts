/**
 * What helm's own output says happened on a failed install, so the outputs tell the truth: a
 * first install counts as "rolled back, removed" only when helm reports that it uninstalled it
 * (Helm 3 `--atomic`: "... has been uninstalled due to atomic being set", Helm 4
 * `--rollback-on-failure`: "... uninstalled due to rollback-on-failure ..."), never when helm
 * refused its arguments and installed nothing.
 */
import type { ExecResult } from '../../../src/lib/exec';

export function helmUninstalledRelease(res: Pick<ExecResult, 'stdout' | 'stderr'>): boolean {
  return /\buninstalled due to\b|\bhas been uninstalled\b/i.test(`${res.stderr}\n${res.stdout}`);
}
