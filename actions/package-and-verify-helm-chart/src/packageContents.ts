/**
 * What must (and must not) be inside a packaged chart, checked on the archive's entries in
 * process, plus the deterministic rewrite that makes two packages of the same sources
 * byte-identical whatever the files' modification times.
 */
import { readGzipHeader, writeTgz, type TarEntry } from '../../../src/lib/tgz';
import type { Finding } from './verify';

export interface ExpectedPackage {
  name: string;
  /** Source files that must be carried over when the source has them. */
  sourceHasValues: boolean;
  sourceHasSchema: boolean;
  sourceTemplateCount: number;
}

/** Names that have no business in a chart package: VCS data, keys, credentials. */
const FORBIDDEN: { re: RegExp; what: string }[] = [
  { re: /(^|\/)\.(git|svn|hg)(\/|$)/, what: 'version-control data' },
  { re: /(^|\/)\.env(\.[^/]*)?$/, what: 'an environment file' },
  { re: /\.(pem|key|p12|pfx|jks|keystore|crt\.key)$/i, what: 'key or certificate material' },
  { re: /(^|\/)id_(rsa|dsa|ecdsa|ed25519)(\.pub)?$/, what: 'an SSH key' },
  {
    re: /(^|\/)(kubeconfig|\.kube\/config|credentials|\.npmrc|\.netrc|\.dockerconfigjson|\.pypirc)$/i,
    what: 'credentials'
  },
  { re: /\.(tfstate|tfstate\.backup|tfvars)$/, what: 'Terraform state or variables' }
];

function finding(message: string, level: Finding['level'] = 'error'): Finding {
  return { level, check: 'package-contents', message, object: '', source: '' };
}

export function checkPackageEntries(entries: TarEntry[], expected: ExpectedPackage): Finding[] {
  const out: Finding[] = [];
  const root = `${expected.name}/`;
  const names = new Set(entries.map(e => e.name));
  for (const e of entries) {
    if (e.name.startsWith('/') || e.name.split('/').includes('..')) {
      out.push(finding(`entry "${e.name}" escapes the chart directory`));
      continue;
    }
    if (!e.name.startsWith(root))
      out.push(finding(`entry "${e.name}" is outside the chart's top-level directory ${root}`));
    if (e.type === 'symlink' || e.type === 'hardlink')
      out.push(finding(`entry "${e.name}" is a link (to ${e.linkName})`));
    const inner = e.name.slice(root.length);
    for (const f of FORBIDDEN)
      if (f.re.test(inner)) out.push(finding(`"${e.name}" looks like ${f.what}; add it to .helmignore`));
    // Packaged dependencies live in charts/<dep>.tgz; an archive anywhere else is a stray build artefact.
    if (/\.(tgz|tar\.gz|tar|zip)$/i.test(inner) && !/^charts\/[^/]+\.tgz$/.test(inner)) {
      out.push(finding(`"${e.name}" is an archive inside the chart; add it to .helmignore`));
    }
  }
  if (!names.has(`${root}Chart.yaml`)) out.push(finding(`${root}Chart.yaml is missing from the package`));
  if (expected.sourceHasValues && !names.has(`${root}values.yaml`))
    out.push(finding(`${root}values.yaml is in the source but not in the package`));
  if (expected.sourceHasSchema && !names.has(`${root}values.schema.json`)) {
    out.push(
      finding(`${root}values.schema.json is in the source but not in the package (is it in .helmignore?)`)
    );
  }
  const templates = entries.filter(e => e.name.startsWith(`${root}templates/`)).length;
  if (expected.sourceTemplateCount > 0 && templates === 0)
    out.push(finding(`the package has no templates although the source has ${expected.sourceTemplateCount}`));
  return out;
}

export function chartYamlOf(entries: TarEntry[], name: string): string | undefined {
  return entries.find(e => e.name === `${name}/Chart.yaml`)?.data.toString('utf8');
}

/**
 * Rewrites a helm package with every entry stamped `mtime` (Helm 4 copies each file's mtime, so
 * a fresh checkout gives different bytes). Entry order, names, modes and helm's gzip header are
 * kept; `helm template` then reads the rewritten archive, which proves it is still a chart.
 */
export function normalizePackage(tgz: Buffer, entries: TarEntry[], mtime: number): Buffer {
  return writeTgz(
    entries
      .filter(e => e.type === 'file' || e.type === 'directory')
      .map(e => ({ name: e.name, type: e.type as 'file' | 'directory', mode: e.mode, data: e.data })),
    mtime,
    readGzipHeader(tgz)
  );
}

/** SOURCE_DATE_EPOCH (the reproducible-builds convention) when set, else 1980-01-01 (as ZIP-based tools use). */
export function packageMtime(env: NodeJS.ProcessEnv): number {
  const s = env['SOURCE_DATE_EPOCH'];
  return s && /^\d+$/.test(s) ? Number(s) : 315532800;
}
