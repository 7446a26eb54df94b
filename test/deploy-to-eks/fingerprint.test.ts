import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTgz } from '../../src/lib/tgz';
import {
  FINGERPRINT_LABEL,
  FINGERPRINT_REVISION_LABEL,
  fingerprintLabelArgs,
  recordedFingerprint
} from '../../actions/deploy-to-eks/src/fingerprintLabels';
import { inputsFingerprint } from '../../actions/deploy-to-eks/src/inputsFingerprint';
import type { ReleaseRecord } from '../../actions/deploy-to-eks/src/releaseStore';
import { FIXTURE_CHART } from './helpers';

const image = { repository: 'r/web', tag: '1', digest: '', valuesKey: 'image' };
const dir = mkdtempSync(join(tmpdir(), 'ft-fp-'));
const files = [
  { name: 'web/Chart.yaml', data: Buffer.from('apiVersion: v2\nname: web\nversion: 0.1.0\n') },
  { name: 'web/templates/a.yaml', data: Buffer.from('kind: A\n') }
];
function tgz(name: string, mtime: number, entries = files): string {
  const p = join(dir, name);
  writeFileSync(
    p,
    writeTgz(
      entries.map(e => ({ ...e, type: 'file' as const, mode: 0o644 })),
      mtime
    )
  );
  return p;
}
const values = join(dir, 'values.yaml');
writeFileSync(values, 'replicaCount: 2\n');
const fp = (over: Partial<Parameters<typeof inputsFingerprint>[0]> = {}, major = 4) =>
  inputsFingerprint(
    { chart: { kind: 'archive', path: tgz('a.tgz', 1) }, valuesFiles: [values], set: [], image, ...over },
    major
  );

describe('inputs fingerprint', () => {
  test('content, not tar metadata: the same chart packaged at another time has the same fingerprint', () => {
    const a = fp({ chart: { kind: 'archive', path: tgz('b.tgz', 1000) } });
    expect(a).toMatch(/^[0-9a-f]{60}$/);
    expect(fp({ chart: { kind: 'archive', path: tgz('c.tgz', 2000) } })).toBe(a);
  });
  test.each([
    [
      'a template changes',
      {
        chart: {
          kind: 'archive' as const,
          path: tgz('d.tgz', 1, [files[0]!, { name: 'web/templates/a.yaml', data: Buffer.from('kind: B\n') }])
        }
      }
    ],
    ['a values file changes', { valuesFiles: [values, values] }],
    ['a --set line changes', { set: [{ key: 'a', value: '1' }] }],
    ['the image changes', { image: { ...image, digest: 'sha256:' + 'a'.repeat(64) } }],
    ['the image values key changes', { image: { ...image, valuesKey: 'app.image' } }]
  ])('changes when %s', (_n, over) => {
    expect(fp(over)).not.toBe(fp());
  });
  test('changes with the Helm major version; a chart directory works; oci by tag has none, by digest has one', () => {
    expect(fp({}, 3)).not.toBe(fp({}, 4));
    expect(fp({ chart: { kind: 'directory', path: FIXTURE_CHART } })).toMatch(/^[0-9a-f]{60}$/);
    expect(fp({ chart: { kind: 'oci', ref: 'oci://r/c', version: '1.0.0' } })).toBeUndefined();
    expect(fp({ chart: { kind: 'oci', ref: `oci://r/c@sha256:${'e'.repeat(64)}`, version: '' } })).toMatch(
      /^[0-9a-f]{60}$/
    );
  });

  const rec = (
    revision: number,
    labels: Record<string, string>,
    description = 'Upgrade complete'
  ): ReleaseRecord => ({
    secretName: 's',
    resourceVersion: '1',
    revision,
    status: 'deployed',
    updatedAt: new Date(),
    labels,
    release: { name: 'web', version: revision, info: { status: 'deployed', description } }
  });
  test.each([
    [
      'written for this revision',
      'f',
      rec(3, { [FINGERPRINT_LABEL]: 'f', [FINGERPRINT_REVISION_LABEL]: '3' })
    ],
    [
      'carried over by a plain helm upgrade',
      undefined,
      rec(4, { [FINGERPRINT_LABEL]: 'f', [FINGERPRINT_REVISION_LABEL]: '3' })
    ],
    [
      'copied by a rollback to its revision',
      'f',
      rec(5, { [FINGERPRINT_LABEL]: 'f', [FINGERPRINT_REVISION_LABEL]: '3' }, 'Rollback to 3')
    ],
    ['absent', undefined, rec(2, {})]
  ])('a recorded fingerprint %s: %p', (_n, expected, r) => expect(recordedFingerprint(r)).toBe(expected));
  test('label arguments', () => {
    expect(fingerprintLabelArgs('abc', 7)).toEqual([
      '--labels',
      `${FINGERPRINT_LABEL}=abc,${FINGERPRINT_REVISION_LABEL}=7`
    ]);
    expect(fingerprintLabelArgs(undefined, 7)).toEqual([]);
  });
});
