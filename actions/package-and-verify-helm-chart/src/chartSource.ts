/**
 * What the action needs to know about the chart's source directory before running helm: its
 * metadata, whether `helm dependency build` is needed, and what the package must carry over.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../../../src/lib/errors';
import { str } from '../../../src/lib/kubeObject';
import { parseYamlDocument } from '../../../src/lib/manifest';

export interface ChartDependency {
  name: string;
  version: string;
  repository: string;
}

export interface ChartSource {
  dir: string;
  name: string;
  version: string;
  appVersion: string;
  dependencies: ChartDependency[];
  hasValues: boolean;
  hasSchema: boolean;
  templateCount: number;
}

export function parseChartYaml(
  text: string,
  where: string
): Omit<ChartSource, 'dir' | 'hasValues' | 'hasSchema' | 'templateCount'> {
  let doc: unknown;
  try {
    doc = parseYamlDocument(text);
  } catch (err) {
    throw new UserError(`${where} is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new UserError(`${where} is not a YAML mapping`);
  const d = doc as Record<string, unknown>;
  const name = str(d['name']);
  if (!name) throw new UserError(`${where} has no name`);
  const deps = Array.isArray(d['dependencies']) ? (d['dependencies'] as unknown[]) : [];
  return {
    name,
    version: str(d['version']),
    appVersion: str(d['appVersion']),
    dependencies: deps.map(x => {
      const r = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
      return { name: str(r['name']), version: str(r['version']), repository: str(r['repository']) };
    })
  };
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    n += e.isDirectory() ? countFiles(path.join(dir, e.name)) : 1;
  return n;
}

export function readChartSource(dir: string): ChartSource {
  const meta = parseChartYaml(readFileSync(path.join(dir, 'Chart.yaml'), 'utf8'), `${dir}/Chart.yaml`);
  return {
    dir,
    ...meta,
    hasValues: existsSync(path.join(dir, 'values.yaml')),
    hasSchema: existsSync(path.join(dir, 'values.schema.json')),
    templateCount: countFiles(path.join(dir, 'templates'))
  };
}

/**
 * `helm dependency build` is needed when a declared dependency has neither a packaged
 * `charts/<name>-*.tgz` nor an unpacked `charts/<name>/` yet; skipping it otherwise saves a helm
 * process (and a network round trip) per run.
 */
export function needsDependencyBuild(dir: string, deps: ChartDependency[]): boolean {
  if (deps.length === 0) return false;
  const chartsDir = path.join(dir, 'charts');
  const present = existsSync(chartsDir) ? readdirSync(chartsDir) : [];
  return deps.some(d => {
    const unpacked = path.join(chartsDir, d.name, 'Chart.yaml');
    // `<name>-<version>.tgz`; the digit check keeps `redis` from matching `redis-cluster-1.0.0.tgz`.
    const packed = present.some(
      f =>
        f.startsWith(`${d.name}-`) &&
        /^v?\d/.test(f.slice(d.name.length + 1)) &&
        f.endsWith('.tgz') &&
        statSync(path.join(chartsDir, f)).isFile()
    );
    return !packed && !existsSync(unpacked);
  });
}
