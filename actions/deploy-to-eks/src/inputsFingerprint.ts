/**
 * A fingerprint of everything that determines a release's computed values and rendered
 * manifest: the chart's files (contents, not tar metadata, so re-packaging the same sources
 * gives the same fingerprint), the values files, the --set lines, the image values and the Helm
 * major version. It is stored on the release as a Helm release label, bound to the revision it
 * was deployed as, so a redeploy with the same inputs is recognised without running helm at all
 * (the dry-run comparison remains for releases without it, e.g. deployed by another tool).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { readTgz } from '../../../src/lib/tgz';
import { helmValueArgs } from './helmArgs';
import type { Inputs } from './inputs';

/** Label values are at most 63 characters; 60 hex digits are 240 bits. */
const LABEL_LENGTH = 60;

function chartFiles(dir: string, base = dir, out: [string, Buffer][] = []): [string, Buffer][] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) chartFiles(p, base, out);
    else if (st.isFile()) out.push([path.relative(base, p).split(path.sep).join('/'), readFileSync(p)]);
  }
  return out;
}

/** `<relative path>\0<sha256>` per chart file, sorted; archive paths lose their top directory. */
function chartDigestLines(chart: Inputs['chart']): string[] | undefined {
  if (chart.kind === 'oci') {
    // A tag can be re-pushed; only a digest pins the content.
    return /@sha256:[a-f0-9]{64}$/.test(chart.ref) ? [`oci\0${chart.ref}`] : undefined;
  }
  const files =
    chart.kind === 'directory'
      ? chartFiles(chart.path)
      : readTgz(readFileSync(chart.path), `chart ${chart.path}`)
          .filter(e => e.type === 'file')
          .map(e => [e.name.replace(/^[^/]+\//, ''), e.data] as [string, Buffer]);
  return files.map(([name, data]) => `${name}\0${createHash('sha256').update(data).digest('hex')}`).sort();
}

/** The fingerprint, or undefined when the chart content is not known locally (oci:// by tag). */
export function inputsFingerprint(
  i: Pick<Inputs, 'chart' | 'valuesFiles' | 'set' | 'image'>,
  helmMajor: number
): string | undefined {
  const chart = chartDigestLines(i.chart);
  if (!chart) return undefined;
  const h = createHash('sha256');
  const part = (s: string | Buffer) => {
    h.update(String(Buffer.byteLength(s)) + ':');
    h.update(s);
  };
  part(`helm-major ${helmMajor}`);
  for (const line of chart) part(line);
  part('values-files');
  for (const f of i.valuesFiles) part(readFileSync(f));
  // The values arguments as helm gets them (set lines and image keys), file paths excluded.
  part(JSON.stringify(helmValueArgs({ valuesFiles: [], set: i.set, image: i.image })));
  return h.digest('hex').slice(0, LABEL_LENGTH);
}
