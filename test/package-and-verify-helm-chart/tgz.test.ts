/**
 * src/lib/tgz.ts: reads what helm (Go archive/tar) writes, round-trips its own deterministic
 * writer, handles long names (ustar prefix and PAX), and rejects corrupt archives by name.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { UserError } from '../../src/lib/errors';
import {
  crc32,
  gzipDeterministic,
  readGzipHeader,
  readTar,
  readTgz,
  writeTar,
  writeTgz,
  type WriteEntry
} from '../../src/lib/tgz';
import { fixturesDir, realHelm, tempDir } from './helpers';

const entries: WriteEntry[] = [
  { name: 'chart/', type: 'directory', mode: 0o755 },
  { name: 'chart/Chart.yaml', type: 'file', mode: 0o644, data: Buffer.from('name: chart\n') },
  { name: 'chart/empty', type: 'file', mode: 0o600, data: Buffer.alloc(0) },
  { name: 'chart/block', type: 'file', mode: 0o644, data: Buffer.alloc(512, 7) }
];

describe('tar reader and writer', () => {
  test('round-trips names, types, modes, sizes, mtimes and data', () => {
    const got = readTar(writeTar(entries, 1_234_567_890));
    expect(got.map(e => [e.name, e.type, e.mode, e.size, e.mtime])).toEqual([
      ['chart/', 'directory', 0o755, 0, 1_234_567_890],
      ['chart/Chart.yaml', 'file', 0o644, 12, 1_234_567_890],
      ['chart/empty', 'file', 0o600, 0, 1_234_567_890],
      ['chart/block', 'file', 0o644, 512, 1_234_567_890]
    ]);
    expect(got[1]?.data.toString()).toBe('name: chart\n');
    expect(got[3]?.data.equals(Buffer.alloc(512, 7))).toBe(true);
  });

  test('long names: ustar prefix up to 255 bytes, PAX beyond', () => {
    const viaPrefix = `${'d'.repeat(120)}/${'f'.repeat(90)}`;
    const viaPax = `top/${'x'.repeat(230)}.yaml`;
    const tar = writeTar(
      [
        { name: viaPrefix, type: 'file', mode: 0o644, data: Buffer.from('a') },
        { name: viaPax, type: 'file', mode: 0o644, data: Buffer.from('b') }
      ],
      0
    );
    expect(readTar(tar).map(e => [e.name, e.data.toString()])).toEqual([
      [viaPrefix, 'a'],
      [viaPax, 'b']
    ]);
  });

  test('GNU tar (the system tool) reads what the writer produces', () => {
    const dir = tempDir();
    const file = join(dir, 'x.tgz');
    writeFileSync(file, writeTgz(entries, 1_000_000_000));
    const res = spawnSync('tar', ['-tvzf', file], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/chart\/Chart\.yaml/);
    expect(res.stdout).toMatch(/2001-09-09/);
  });

  test('a corrupt header is reported with the archive name', () => {
    const tar = writeTar(entries, 0);
    tar[10] = 0x41; // inside the first header's name: breaks the checksum
    expect(() => readTar(tar, 'x.tgz')).toThrow(
      new UserError('x.tgz is not a valid tar archive: checksum failure')
    );
  });

  test.each([
    ['inside a file', 512 * 2 + 5],
    ['inside a header', 512 * 3 + 100]
  ])('an archive cut off %s is reported', (_where, length) => {
    const tar = writeTar(entries, 0);
    expect(() => readTar(tar.subarray(0, length), 'x.tgz')).toThrow(/x\.tgz is truncated/);
  });

  /** A header with a fresh checksum (after its bytes were edited). */
  const rechecksum = (h: Buffer): void => {
    h.fill(0x20, 148, 156);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += h[i] as number;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
  };

  test('GNU-format headers: atime/ctime where ustar keeps its prefix are not read as a path prefix', () => {
    // GNU tar's own format (magic "ustar  \0") with the atime and ctime fields set, as
    // `tar --format=gnu --incremental` writes them; the old reader took them for a ustar prefix.
    const dir = tempDir();
    writeFileSync(join(dir, 'Chart.yaml'), 'name: c\n');
    const res = spawnSync('tar', ['--format=gnu', '-cf', '-', '-C', dir, 'Chart.yaml'], {
      maxBuffer: 1 << 20
    });
    expect(res.status).toBe(0);
    const tar = Buffer.from(res.stdout);
    expect(tar.toString('latin1', 257, 265)).toBe('ustar  \0');
    tar.write('15000000000\0', 345, 12, 'latin1'); // atime
    tar.write('15000000001\0', 357, 12, 'latin1'); // ctime
    rechecksum(tar.subarray(0, 512));
    expect(readTar(tar).map(e => [e.name, e.data.toString()])).toEqual([['Chart.yaml', 'name: c\n']]);
  });

  test('GNU long names and long link names (././@LongLink L and K entries)', () => {
    const dir = tempDir();
    const longName = `${'n'.repeat(150)}.yaml`;
    const longTarget = `${'t'.repeat(160)}/target.yaml`;
    writeFileSync(join(dir, longName), 'x');
    symlinkSync(longTarget, join(dir, 'link'));
    const res = spawnSync('tar', ['--format=gnu', '-cf', '-', '-C', dir, longName, 'link'], {
      maxBuffer: 1 << 20
    });
    expect(res.status).toBe(0);
    const got = readTar(Buffer.from(res.stdout));
    expect(got.map(e => [e.name, e.type, e.linkName])).toEqual([
      [longName, 'file', ''],
      ['link', 'symlink', longTarget]
    ]);
  });

  test('a zip bomb stops at the size limit, before it is all in memory', () => {
    // 64 MiB of zeros compress to about 64 KiB.
    const bomb = gzipSync(
      writeTar([{ name: 'big', type: 'file', mode: 0o644, data: Buffer.alloc(64 << 20) }], 0)
    );
    expect(bomb.length).toBeLessThan(1 << 20);
    expect(() => readTgz(bomb, 'chart.tgz', { maxBytes: 8 << 20 })).toThrow(
      new UserError("chart.tgz decompresses to more than 8 MiB (helm's chart size limit); refusing it")
    );
    expect(readTgz(bomb, 'chart.tgz').map(e => e.size)).toEqual([64 << 20]);
  });

  test('something that is not gzip is reported', () => {
    expect(() => readTgz(Buffer.from('plain text'), 'chart.tgz')).toThrow(
      /chart\.tgz is not gzip-compressed/
    );
  });
});

describe('deterministic gzip', () => {
  test('same input, same bytes; gunzip gives the input back; extra and comment fields survive', () => {
    const data = Buffer.from('hello '.repeat(1000));
    const header = { extra: Buffer.from('+marker'), comment: 'Helm' };
    const a = gzipDeterministic(data, header);
    const b = gzipDeterministic(Buffer.from(data), header);
    expect(a.equals(b)).toBe(true);
    expect(gunzipSync(a).equals(data)).toBe(true);
    expect(readGzipHeader(a)).toEqual(header);
    expect(a.readUInt32LE(4)).toBe(0); // MTIME
  });

  test('CRC-32 of the gzip trailer (node:zlib)', () => {
    expect(crc32(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  test('readGzipHeader of plain node gzip has no fields', () => {
    expect(readGzipHeader(gzipSync(Buffer.from('x')))).toEqual({});
  });
});

describe('reading a real helm package', () => {
  test('entries of `helm package` output, including Go tar headers', async () => {
    const helm = await realHelm();
    const dest = tempDir();
    const res = await helm.run(['package', join(fixturesDir, 'ok-minimal'), '--destination', dest]);
    expect(res.exitCode).toBe(0);
    const tgz = readFileSync(join(dest, 'ok-minimal-0.1.0.tgz'));
    const got = readTgz(tgz);
    const names = got.map(e => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'ok-minimal/Chart.yaml',
        'ok-minimal/values.yaml',
        'ok-minimal/templates/deployment.yaml',
        'ok-minimal/templates/tests/test-app.yaml'
      ])
    );
    expect(got.every(e => e.type === 'file' && e.mode === 0o644)).toBe(true);
    expect(got.find(e => e.name === 'ok-minimal/values.yaml')?.data.toString()).toBe(
      readFileSync(join(fixturesDir, 'ok-minimal', 'values.yaml'), 'utf8')
    );
    // helm marks its archives with a gzip comment.
    expect(readGzipHeader(tgz).comment).toBe('Helm');
  });
});
