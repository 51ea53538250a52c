// Reads a zip's central directory ourselves (no dependency) so a .docx can be checked before
// mammoth inflates it: which entries it has, and whether it is a zip bomb.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export class ZipError extends Error {
  override name = 'ZipError';
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

export function readCentralDirectory(buf: Buffer, maxEntries: number): ZipEntry[] {
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no end of central directory (truncated zip?)');
  const total = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (total === 0xffff || cdOffset === 0xffffffff) throw new ZipError('zip64 archives are not Word documents');
  if (total > maxEntries) throw new ZipError(`too many entries (${total})`);
  if (cdOffset + cdSize > buf.length) throw new ZipError('central directory beyond end of file (truncated zip?)');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < total; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN_SIG) throw new ZipError('damaged central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      name: buf.subarray(p + 46, p + 46 + nameLen).toString('utf8'),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Inflates one entry, refusing to produce more than `cap` bytes whatever its header claims. */
export function inflateEntry(buf: Buffer, entry: ZipEntry, cap: number): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOC_SIG) throw new ZipError(`damaged entry ${entry.name}`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new ZipError(`entry ${entry.name} beyond end of file (truncated zip?)`);
  const raw = buf.subarray(start, end);
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw new ZipError(`entry ${entry.name} uses unsupported compression ${entry.method}`);
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|Cannot create a Buffer larger/i.test(String(err))) {
      throw new ZipError(`entry ${entry.name} inflates beyond its limit (zip bomb?)`);
    }
    throw new ZipError(`entry ${entry.name} cannot be inflated: ${err instanceof Error ? err.message : String(err)}`);
  }
}
