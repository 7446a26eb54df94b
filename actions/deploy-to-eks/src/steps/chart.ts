/**
 * Before read: a chart given as `oci://<host>/<path>/<name>@sha256:<digest>` is pulled into a
 * private directory under RUNNER_TEMP and checked against its digest (src/lib/ociChart.ts)
 * before anything else runs; one given by tag (chart-version) is resolved to its digest once,
 * the digest reported, and then treated the same. The deploy uses the verified local package, so
 * the fingerprint and the record name exactly these bytes. A mismatch, a missing manifest or a
 * registry that refuses the credentials is refused with nothing changed.
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../../../../src/lib/errors';
import {
  formatOciChartRef,
  ociCredentials,
  openOciSession,
  parseOciChartRef,
  pullVerifiedChart,
  sdkEcrAuth
} from '../../../../src/lib/ociChart';
import { untrustedText } from '../../../../src/lib/untrusted';
import type { Inputs } from '../inputs';
import type { DeployDeps } from '../release';

export interface FetchedChart {
  /** The inputs with the chart replaced by the verified local package. */
  inputs: Inputs;
  /** The chart's OCI manifest digest ('' when the chart was not an oci:// reference). */
  chartManifest: string;
  /** The reference as pulled, pinned by digest ('' for a local chart). */
  chartRef: string;
  close(): void;
}

export async function fetchChart(
  i: Inputs,
  d: Pick<DeployDeps, 'helm' | 'helmEnv' | 'log' | 'mask' | 'ecrAuth'>
): Promise<FetchedChart> {
  if (i.chart.kind !== 'oci') return { inputs: i, chartManifest: '', chartRef: '', close: () => undefined };
  const ref = parseOciChartRef(i.chart.ref, i.chart.version);
  if (!ref)
    throw new UserError(`chart: "${i.chart.ref}" is not an oci:// chart reference; nothing was changed`);
  const credentials = await ociCredentials(
    ref.host,
    { username: i.registryUsername, password: i.registryPassword },
    d.ecrAuth ?? sdkEcrAuth,
    d.mask ?? (() => undefined)
  );
  const session = await openOciSession(
    d.helm,
    // The registry client pulls (steps below); helm deploys the verified local package only.
    {
      host: ref.host,
      credentials,
      plainHttp: i.registryPlainHttp,
      runnerTemp: i.runnerTemp,
      helmLogin: false
    },
    d.helmEnv
  ).catch((err: unknown) => {
    // A refused login: nothing was touched yet either.
    if (err instanceof UserError && !/nothing was changed/.test(err.message))
      throw new UserError(`${err.message}; nothing was changed`, err.details);
    throw err;
  });
  try {
    const dest = path.join(session.dir, 'chart');
    mkdirSync(dest, { mode: 0o700 });
    const pulled = await pullVerifiedChart(session, ref, dest);
    const pinned = formatOciChartRef({ ...ref, digest: pulled.manifestDigest });
    if (!ref.digest)
      d.log.warning(
        untrustedText(
          `chart oci://${ref.host}/${ref.repository}:${ref.tag} is not pinned: it resolved to ${pinned}; deploy that reference to be sure of the content.`
        )
      );
    d.log.info(
      untrustedText(`Pulled ${pinned}: the package hashes to ${pulled.chartDigest}, as its manifest names.`)
    );
    return {
      inputs: { ...i, chart: { kind: 'archive', path: pulled.path } },
      chartManifest: pulled.manifestDigest,
      chartRef: pinned,
      close: () => session.close()
    };
  } catch (err) {
    session.close();
    throw err;
  }
}
