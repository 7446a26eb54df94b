/**
 * Package content rules over archive entries, and the deterministic rewrite.
 */
import {
  checkPackageEntries,
  normalizePackage,
  packageMtime
} from '../../actions/package-and-verify-helm-chart/src/packageContents';
import { readGzipHeader, readTgz, type TarEntry } from '../../src/lib/tgz';
import { gzipDeterministic, writeTar } from '../../src/lib/tgz';

function entry(name: string, type: TarEntry['type'] = 'file', linkName = ''): TarEntry {
  return { name, type, mode: 0o644, size: 1, mtime: 1, linkName, data: Buffer.from('x') };
}

const good = [
  'c/Chart.yaml',
  'c/values.yaml',
  'c/values.schema.json',
  'c/templates/deployment.yaml',
  'c/charts/redis-1.0.0.tgz'
].map(n => entry(n));
const expected = { name: 'c', sourceHasValues: true, sourceHasSchema: true, sourceTemplateCount: 1 };

test('a clean package has no findings', () => {
  expect(checkPackageEntries(good, expected)).toEqual([]);
});

test.each([
  ['c/.git/config', /version-control data/],
  ['c/.env', /environment file/],
  ['c/.env.production', /environment file/],
  ['c/files/tls.key', /key or certificate/],
  ['c/files/server.pem', /key or certificate/],
  ['c/id_ed25519', /SSH key/],
  ['c/kubeconfig', /credentials/],
  ['c/terraform.tfstate', /Terraform/],
  ['c/old-build.tgz', /archive inside the chart/],
  ['c/charts/nested/deep.tgz', /archive inside the chart/],
  ['other/file', /outside the chart's top-level directory/],
  ['c/../../etc/passwd', /escapes the chart directory/]
])('%s is reported', (name, message) => {
  const findings = checkPackageEntries([...good, entry(name)], expected);
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({ level: 'error', check: 'package-contents' });
  expect(findings[0]?.message).toMatch(message);
});

test('links are reported', () => {
  expect(
    checkPackageEntries([...good, entry('c/templates/link.yaml', 'symlink', '/etc/passwd')], expected)[0]
      ?.message
  ).toMatch(/is a link \(to \/etc\/passwd\)/);
});

test.each([
  ['c/Chart.yaml', /Chart\.yaml is missing/],
  ['c/values.yaml', /values\.yaml is in the source but not in the package/],
  ['c/values.schema.json', /values\.schema\.json is in the source but not in the package/],
  ['c/templates/deployment.yaml', /no templates although the source has 1/]
])('missing %s is reported', (name, message) => {
  const findings = checkPackageEntries(
    good.filter(e => e.name !== name),
    expected
  );
  expect(findings.map(f => f.message)).toEqual([expect.stringMatching(message)]);
});

test('normalizePackage: same content with different mtimes gives the same bytes, helm gzip header kept', () => {
  const mk = (mtime: number) =>
    gzipDeterministic(
      writeTar(
        [
          { name: 'c/Chart.yaml', type: 'file', mode: 0o644, data: Buffer.from('name: c\n') },
          { name: 'c/values.yaml', type: 'file', mode: 0o644, data: Buffer.from('a: 1\n') }
        ],
        mtime
      ),
      { extra: Buffer.from('helm-marker'), comment: 'Helm' }
    );
  const a = mk(1_700_000_000);
  const b = mk(1_800_000_000);
  expect(a.equals(b)).toBe(false);
  const na = normalizePackage(a, readTgz(a), 315532800);
  const nb = normalizePackage(b, readTgz(b), 315532800);
  expect(na.equals(nb)).toBe(true);
  expect(readTgz(na).map(e => [e.name, e.mtime, e.data.toString()])).toEqual([
    ['c/Chart.yaml', 315532800, 'name: c\n'],
    ['c/values.yaml', 315532800, 'a: 1\n']
  ]);
  expect(readGzipHeader(na)).toEqual({ extra: Buffer.from('helm-marker'), comment: 'Helm' });
});

test.each([
  [{}, 315532800],
  [{ SOURCE_DATE_EPOCH: '1700000000' }, 1700000000],
  [{ SOURCE_DATE_EPOCH: 'yesterday' }, 315532800]
])('packageMtime(%j) = %p', (env, want) => {
  expect(packageMtime(env)).toBe(want);
});
