/**
 * Reading (and deterministically writing) gzip-compressed tar archives in-process: checking a
 * chart package's contents should not spawn `tar`.
 *
 * Reading is node-tar's Parser (ustar, PAX, GNU long names and long link names, GNU base-256
 * numbers, GNU-format headers whose atime/ctime sit where ustar keeps its prefix) over a buffer
 * gunzipped with node:zlib under a size limit (a zip bomb stops at `maxBytes`, helm's own
 * 100 MiB chart limit by default). On top of node-tar, two checks it does not make: a file whose
 * data is shorter than its header says, and an archive without its end-of-archive block, are
 * reported as truncated (Go's archive/tar, which helm uses, fails on both).
 *
 * Writing stays a loop of ours around node-tar's Header and Pax encoders: node-tar's Pack reads
 * files from disk (or streams asynchronously), while a package rewrite needs in-memory entries,
 * fixed owner/mtime and a synchronous result; and no library writes the gzip header fields
 * (FEXTRA, FCOMMENT) helm's packages carry, hence gzipDeterministic.
 */
import * as zlib from 'node:zlib';
import { deflateRawSync, gunzipSync } from 'node:zlib';
import { Header, Parser, Pax, type ReadEntry } from 'tar';
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

/** Helm's limit for a decompressed chart (MaxDecompressedChartSize). */
export const MAX_DECOMPRESSED_BYTES = 100 * 1024 * 1024;

function typeOf(t: string | undefined): TarEntryType {
  switch (t) {
    case 'File':
    case 'OldFile':
    case 'ContiguousFile':
      return 'file';
    case 'Directory':
      return 'directory';
    case 'SymbolicLink':
      return 'symlink';
    case 'Link':
      return 'hardlink';
    default:
      return 'other';
  }
}

/** Entries of an uncompressed tar stream. Throws a UserError naming `what` when it is corrupt. */
export function readTar(tar: Buffer, what = 'archive'): TarEntry[] {
  const entries: TarEntry[] = [];
  let failure: string | undefined;
  let short: string | undefined;
  const parser = new Parser({
    strict: true,
    onReadEntry: (e: ReadEntry) => {
      const chunks: Buffer[] = [];
      e.on('data', (c: Buffer) => chunks.push(c));
      e.on('end', () => {
        const data = Buffer.concat(chunks);
        const size = e.size ?? 0;
        if (data.length < size && !short) short = e.path;
        entries.push({
          name: e.path,
          type: typeOf(e.type),
          mode: e.mode ?? 0,
          size,
          mtime: e.mtime ? Math.floor(e.mtime.getTime() / 1000) : 0,
          linkName: e.linkpath ?? '',
          data
        });
      });
    }
  });
  parser.on('error', (err: Error & { code?: string }) => {
    failure ??= err.message.replace(/^TAR_[A-Z_]+: /, '');
  });
  parser.on('warn', (code: string, message: string | Error) => {
    failure ??= `${code}: ${typeof message === 'string' ? message : message.message}`;
  });
  parser.write(tar);
  parser.end();
  if (failure && /^Truncated input/.test(failure)) throw new UserError(`${what} is truncated`);
  if (failure) throw new UserError(`${what} is not a valid tar archive: ${failure}`);
  if (short) throw new UserError(`${what} is truncated (inside ${short})`);
  // The end-of-archive marker (zero blocks) every writer emits, helm's included; without it the
  // archive was cut off, possibly right after a header node-tar was still waiting to complete.
  const tail = tar.length % BLOCK;
  const lastBlock = tar.subarray(tar.length - tail - BLOCK, tar.length - tail);
  if (tail && !tar.subarray(tar.length - tail).every(b => b === 0))
    throw new UserError(`${what} is truncated`);
  if (tar.length > 0 && (lastBlock.length < BLOCK || !lastBlock.every(b => b === 0)))
    throw new UserError(`${what} is truncated (no end-of-archive block)`);
  return entries;
}

export interface ReadTgzOptions {
  /** Refuse an archive that decompresses to more than this (default MAX_DECOMPRESSED_BYTES). */
  maxBytes?: number;
}

/** Entries of a .tgz, decompressed up to `maxBytes`. */
export function readTgz(tgz: Buffer, what = 'archive', o: ReadTgzOptions = {}): TarEntry[] {
  const maxBytes = o.maxBytes ?? MAX_DECOMPRESSED_BYTES;
  let tar: Buffer;
  try {
    tar = gunzipSync(tgz, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new UserError(
        `${what} decompresses to more than ${Math.round(maxBytes / 1024 / 1024)} MiB (helm's chart size limit); refusing it`
      );
    throw new UserError(`${what} is not gzip-compressed: ${(err as Error).message}`);
  }
  return readTar(tar, what);
}

export interface WriteEntry {
  name: string;
  type: 'file' | 'directory';
  mode: number;
  data?: Buffer;
}

function pad(size: number): Buffer {
  const rest = size % BLOCK;
  return Buffer.alloc(rest ? BLOCK - rest : 0);
}

/**
 * A tar stream with fixed owner (0/0), the given mtime for every entry and no user/group names,
 * so the same entries always give the same bytes. Headers are node-tar's encoding (ustar, with
 * a PAX header when a name does not fit).
 */
export function writeTar(entries: WriteEntry[], mtime: number): Buffer {
  const parts: Buffer[] = [];
  const when = new Date(mtime * 1000);
  for (const e of entries) {
    const data = e.type === 'file' ? (e.data ?? Buffer.alloc(0)) : Buffer.alloc(0);
    const fields = {
      path: e.name,
      mode: e.mode,
      uid: 0,
      gid: 0,
      size: data.length,
      mtime: when,
      type: e.type === 'file' ? ('File' as const) : ('Directory' as const),
      uname: '',
      gname: ''
    };
    const h = new Header(fields);
    const block = Buffer.alloc(BLOCK);
    if (h.encode(block, 0)) {
      // needPax: the name does not fit ustar's 100 + 155 bytes.
      parts.push(new Pax({ path: e.name }, false).encode());
    }
    parts.push(block, data, pad(data.length));
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

/** CRC-32 for the gzip trailer: node:zlib's (Node ≥ 22.2; this project needs Node 24). */
export function crc32(data: Buffer): number {
  return zlib.crc32(data);
}
