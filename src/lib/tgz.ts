/**
 * Reading (and deterministically writing) gzip-compressed tar archives in-process, with
 * node:zlib and a small ustar reader: checking a chart package's contents should not spawn `tar`.
 * Understands ustar prefixes, PAX extended headers (`path`, `mtime`) and GNU long names, which is
 * everything Go's archive/tar (helm) and common tar implementations write.
 */
import * as zlib from 'node:zlib';
import { deflateRawSync, gunzipSync } from 'node:zlib';
import { UserError } from './errors';

export type TarEntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface TarEntry {
  name: string;
  type: TarEntryType;
  mode: number;
  size: number;
  /** Seconds since the epoch. */
  mtime: number;
  linkName: string;
  data: Buffer;
}

const BLOCK = 512;

function cstring(buf: Buffer, start: number, len: number): string {
  const end = buf.indexOf(0, start);
  return buf.toString('utf8', start, end < 0 || end > start + len ? start + len : end);
}

function octal(buf: Buffer, start: number, len: number): number {
  // GNU base-256 encoding for large values: high bit of the first byte set.
  if ((buf[start] as number) & 0x80) {
    let n = (buf[start] as number) & 0x7f;
    for (let i = 1; i < len; i++) n = n * 256 + (buf[start + i] as number);
    return n;
  }
  const s = cstring(buf, start, len).trim();
  return s ? parseInt(s, 8) : 0;
}

function typeOf(flag: string): TarEntryType {
  switch (flag) {
    case '0':
    case '\0':
    case '':
    case '7':
      return 'file';
    case '5':
      return 'directory';
    case '2':
      return 'symlink';
    case '1':
      return 'hardlink';
    default:
      return 'other';
  }
}

/** PAX records: `<len> <key>=<value>\n`. */
function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let pos = 0;
  while (pos < data.length) {
    const sp = data.indexOf(0x20, pos);
    if (sp < 0) break;
    const len = parseInt(data.toString('utf8', pos, sp), 10);
    if (!len) break;
    const rec = data.toString('utf8', sp + 1, pos + len - 1);
    const eq = rec.indexOf('=');
    if (eq > 0) out[rec.slice(0, eq)] = rec.slice(eq + 1);
    pos += len;
  }
  return out;
}

function headerChecksumOk(h: Buffer): boolean {
  const stored = octal(h, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (h[i] as number);
  return sum === stored;
}

/** Entries of an uncompressed tar stream. Throws a UserError naming `what` when it is corrupt. */
export function readTar(tar: Buffer, what = 'archive'): TarEntry[] {
  const entries: TarEntry[] = [];
  let pos = 0;
  let pax: Record<string, string> = {};
  let longName: string | undefined;
  while (pos + BLOCK <= tar.length) {
    const h = tar.subarray(pos, pos + BLOCK);
    if (h.every(b => b === 0)) break;
    if (!headerChecksumOk(h))
      throw new UserError(`${what} is not a valid tar archive (bad header checksum at offset ${pos})`);
    const size = octal(h, 124, 12);
    const flag = String.fromCharCode(h[156] as number);
    const dataStart = pos + BLOCK;
    if (dataStart + size > tar.length) throw new UserError(`${what} is truncated`);
    const data = tar.subarray(dataStart, dataStart + size);
    pos = dataStart + Math.ceil(size / BLOCK) * BLOCK;

    if (flag === 'x') {
      pax = { ...pax, ...parsePax(data) };
      continue;
    }
    if (flag === 'g') continue;
    if (flag === 'L') {
      longName = cstring(data, 0, data.length);
      continue;
    }
    const magic = h.toString('latin1', 257, 263);
    const prefix = magic.startsWith('ustar') ? cstring(h, 345, 155) : '';
    const baseName = cstring(h, 0, 100);
    const name = pax['path'] ?? longName ?? (prefix ? `${prefix}/${baseName}` : baseName);
    entries.push({
      name,
      type: typeOf(flag),
      mode: octal(h, 100, 8),
      size,
      mtime: pax['mtime'] !== undefined ? Math.floor(Number(pax['mtime'])) : octal(h, 136, 12),
      linkName: pax['linkpath'] ?? cstring(h, 157, 100),
      data: Buffer.from(data)
    });
    pax = {};
    longName = undefined;
  }
  // A partial header at the end (not zero padding) means the archive was cut off.
  if (pos < tar.length && pos + BLOCK > tar.length && !tar.subarray(pos).every(b => b === 0))
    throw new UserError(`${what} is truncated`);
  return entries;
}

/** Entries of a .tgz. */
export function readTgz(tgz: Buffer, what = 'archive'): TarEntry[] {
  let tar: Buffer;
  try {
    tar = gunzipSync(tgz);
  } catch (err) {
    throw new UserError(`${what} is not gzip-compressed: ${(err as Error).message}`);
  }
  return readTar(tar, what);
}

function writeOctal(h: Buffer, value: number, start: number, len: number): void {
  h.write(value.toString(8).padStart(len - 1, '0') + '\0', start, len, 'latin1');
}

export interface WriteEntry {
  name: string;
  type: 'file' | 'directory';
  mode: number;
  data?: Buffer;
}

/** Splits a long name into ustar prefix/base; undefined when it does not fit (PAX needed). */
function ustarName(name: string): { base: string; prefix: string } | undefined {
  if (Buffer.byteLength(name) <= 100) return { base: name, prefix: '' };
  for (let cut = name.indexOf('/'); cut > 0; cut = name.indexOf('/', cut + 1)) {
    const prefix = name.slice(0, cut);
    const base = name.slice(cut + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(base) <= 100) return { base, prefix };
  }
  return undefined;
}

function header(
  name: string,
  type: 'file' | 'directory' | 'pax',
  mode: number,
  size: number,
  mtime: number
): Buffer {
  const h = Buffer.alloc(BLOCK);
  const split = ustarName(name) ?? { base: name.slice(0, 100), prefix: '' };
  h.write(split.base, 0, 100, 'utf8');
  writeOctal(h, mode, 100, 8);
  writeOctal(h, 0, 108, 8);
  writeOctal(h, 0, 116, 8);
  writeOctal(h, size, 124, 12);
  writeOctal(h, mtime, 136, 12);
  h.write(type === 'file' ? '0' : type === 'directory' ? '5' : 'x', 156, 1, 'latin1');
  h.write('ustar\0', 257, 6, 'latin1');
  h.write('00', 263, 2, 'latin1');
  h.write(split.prefix, 345, 155, 'utf8');
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += h[i] as number;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
  return h;
}

function pad(size: number): Buffer {
  const rest = size % BLOCK;
  return Buffer.alloc(rest ? BLOCK - rest : 0);
}

/** One PAX record, `<len> <key>=<value>\n`, where len counts its own digits. */
function paxRecord(key: string, value: string): Buffer {
  const body = Buffer.byteLength(` ${key}=${value}\n`);
  let len = body + 1;
  while (String(len).length + body !== len) len = String(len).length + body;
  return Buffer.from(`${len} ${key}=${value}\n`, 'utf8');
}

/**
 * A tar stream with fixed owner (0/0), the given mtime for every entry and no user/group names,
 * so the same entries always give the same bytes.
 */
export function writeTar(entries: WriteEntry[], mtime: number): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const data = e.type === 'file' ? (e.data ?? Buffer.alloc(0)) : Buffer.alloc(0);
    if (!ustarName(e.name)) {
      const rec = paxRecord('path', e.name);
      parts.push(header('PaxHeader', 'pax', 0o644, rec.length, mtime), rec, pad(rec.length));
    }
    parts.push(header(e.name, e.type, e.mode, data.length, mtime), data, pad(data.length));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

export interface GzipHeader {
  /** FEXTRA bytes (helm writes its own marker there). */
  extra?: Buffer;
  /** FCOMMENT, Latin-1 (helm writes "Helm"). */
  comment?: string;
}

/** The FEXTRA and FCOMMENT fields of a gzip member's header, to carry them over on a rewrite. */
export function readGzipHeader(gz: Buffer): GzipHeader {
  if (gz.length < 10 || gz[0] !== 0x1f || gz[1] !== 0x8b) return {};
  const flags = gz[3] as number;
  let pos = 10;
  const out: GzipHeader = {};
  if (flags & 0x04) {
    const len = gz.readUInt16LE(pos);
    out.extra = Buffer.from(gz.subarray(pos + 2, pos + 2 + len));
    pos += 2 + len;
  }
  if (flags & 0x08) pos = gz.indexOf(0, pos) + 1; // FNAME, not kept
  if (flags & 0x10) {
    const end = gz.indexOf(0, pos);
    out.comment = gz.toString('latin1', pos, end);
  }
  return out;
}

/**
 * A gzip member with MTIME 0 and OS "unknown", so the bytes depend on the content only;
 * node:zlib cannot write FEXTRA/FCOMMENT, hence the hand-made header around raw deflate.
 */
export function gzipDeterministic(data: Buffer, header: GzipHeader = {}): Buffer {
  let flags = 0;
  const fields: Buffer[] = [];
  if (header.extra) {
    flags |= 0x04;
    const len = Buffer.alloc(2);
    len.writeUInt16LE(header.extra.length);
    fields.push(len, header.extra);
  }
  if (header.comment !== undefined) {
    flags |= 0x10;
    fields.push(Buffer.from(header.comment + '\0', 'latin1'));
  }
  const head = Buffer.from([0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 255]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data), 0);
  trailer.writeUInt32LE(data.length % 2 ** 32, 4);
  return Buffer.concat([head, ...fields, deflateRawSync(data, { level: 6 }), trailer]);
}

/** A deterministic .tgz of `entries`, every entry stamped with `mtime`. */
export function writeTgz(entries: WriteEntry[], mtime: number, header: GzipHeader = {}): Buffer {
  return gzipDeterministic(writeTar(entries, mtime), header);
}

let crcTable: Uint32Array | undefined;
/** CRC-32 for the gzip trailer: native zlib.crc32 (Node ≥ 22.2), else a table-driven fallback. */
export function crc32(data: Buffer): number {
  const native = (zlib as { crc32?: (d: Buffer) => number }).crc32;
  return native ? native(data) : crc32Table(data);
}

export function crc32Table(data: Buffer): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++)
    crc = (crcTable[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
