/**
 * `dry-run: diff`, the plan an approver reads: the would-be release against the live deployed
 * revision (read by steps/read.ts), object by object and for the computed values
 * (manifestDiff.ts: Secret data redacted, Helm's bookkeeping filtered). Written to a 0600 file
 * under RUNNER_TEMP (the diff-file output), to the log in a group, and to the summary.
 *
 * The would-be release is rendered offline, as `helm template` renders (`helm install
 * --dry-run=client -o json`, which also returns the computed values): no cluster connection, so
 * the only access the plan needs is reading the release records (get/list) and a read-only plan
 * identity can run it; and it costs one helm process instead of helm's full API discovery of an
 * upgrade dry run (5× the time). The price: `lookup` renders empty and the capabilities are
 * helm's defaults, exactly as in `helm template`; `dry-run: server` renders against the cluster.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { untrustedText } from '../../../../src/lib/untrusted';
import type { Inputs } from '../inputs';
import type { ReleaseSide } from '../manifestDiff';
import type { HelmReleaseJson } from '../releaseStore';
import { UserError } from '../../../../src/lib/errors';
import type { ExecResult } from '../../../../src/lib/exec';
import { helmOfflineRenderArgs, offlineHelmEnv } from '../helmArgs';
import { parseHelmReleaseOutput } from '../releaseDiff';
import {
  chartNameOf,
  checkCancelled,
  helmError,
  helmRun,
  releaseManifest,
  type DeployDeps,
  type DeployResult,
  type ReleaseState
} from '../release';

export interface OfflineRender {
  res: Promise<ExecResult>;
  /** The diff module (a YAML dumper and the diff library), loading while helm renders. */
  lib: Promise<typeof import('../manifestDiff')>;
}

/**
 * Starts the offline render: it needs nothing from the cluster, so it starts first (run.ts: as
 * soon as helm is known, before cluster access) and overlaps everything up to the diff. helm gets
 * no cluster (offlineHelmEnv: KUBECONFIG is the null device), whatever `d.helmEnv` points at.
 */
export function startOfflineRender(
  i: Inputs,
  d: Pick<DeployDeps, 'helm' | 'helmEnv' | 'log'>
): OfflineRender {
  const res = helmRun(
    { ...d, helmEnv: offlineHelmEnv(d.helmEnv) },
    helmOfflineRenderArgs(i),
    'render',
    false
  );
  const lib = import('../manifestDiff');
  res.catch(() => undefined);
  lib.catch(() => undefined);
  return { res, lib };
}

/** Fills `result` with the diff (or the error of the render); changes nothing. */
export async function planDiff(
  i: Inputs,
  d: DeployDeps,
  s: ReleaseState,
  result: DeployResult,
  render: OfflineRender = startOfflineRender(i, d)
): Promise<DeployResult> {
  checkCancelled(d, 'the diff');
  const m = await render.lib;
  const sideOf = (r: HelmReleaseJson): ReleaseSide => ({
    manifest: releaseManifest(r),
    values: m.computedValues(r.chart?.values ?? {}, r.config ?? {})
  });
  // The live side is parsed and serialised while helm still renders the other one.
  const live = s.deployed && m.prepareSide(sideOf(s.deployed.release));
  const res = await render.res;
  if (res.exitCode !== 0)
    return {
      ...result,
      error: `Rendering ${i.releaseName} for the diff failed; nothing was changed: ${helmError(res)}`
    };
  const next = parseHelmReleaseOutput(res.stdout);
  if (!next) throw new UserError('helm printed no release for the render (unexpected output)');
  const report = m.diffReleases(live, sideOf(next));
  const text = m.diffText(report);
  const file = path.join(i.runnerTemp, `deploy-to-eks-${i.namespace}-${i.releaseName}.diff`);
  writeFileSync(file, text, { mode: 0o600 });
  d.log.info(
    `Diff against ${s.deployed ? `revision ${s.deployed.revision}` : 'nothing (first install)'}: ${m.countsLine(report)}.`
  );
  d.log.startGroup('Diff (Secret data redacted)');
  d.log.info(untrustedText(text.split('\n').filter(l => l !== '')));
  d.log.endGroup();
  const c = report.counts;
  return {
    ...result,
    ok: true,
    status: 'dry-run',
    chart: chartNameOf(next),
    changed: c.added + c.changed + c.removed > 0 || report.values.change !== 'unchanged',
    differences: [report.values, ...report.objects].filter(o => o.change !== 'unchanged').map(o => o.id),
    diffFile: file,
    diffCounts: c,
    diffMarkdown: m.diffMarkdown(report)
  };
}
