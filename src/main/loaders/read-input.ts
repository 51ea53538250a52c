// Gets the bytes of a file given by path or by bytes, refusing oversized files BEFORE reading them
// (the limit depends on the format, which the first bytes tell).
import { open, stat } from 'node:fs/promises';
import { LoadFailure } from './errors';
import { MAX_DOCX_BYTES, MAX_PDF_BYTES, MAX_TEXT_BYTES } from './limits';
import { sniffBytes, type SniffedKind } from './sniff';

export function sizeLimitOf(kind: SniffedKind): number {
  if (kind.kind === 'pdf') return MAX_PDF_BYTES;
  if (kind.kind === 'zip') return MAX_DOCX_BYTES;
  return MAX_TEXT_BYTES;
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(size: number, limit: number): LoadFailure {
  return new LoadFailure('too-large', `文件 ${mb(size)},上限 ${mb(limit)}`, `file is ${mb(size)}, limit ${mb(limit)}`);
}

function osReason(err: unknown): LoadFailure {
  const code = (err as { code?: string })?.code ?? '';
  const reasons: Record<string, [string, string]> = {
    ENOENT: ['文件不存在', 'the file does not exist'],
    EISDIR: ['这是一个文件夹', 'this is a folder'],
    EACCES: ['没有读取权限', 'permission denied'],
    EPERM: ['没有读取权限', 'permission denied'],
    EBUSY: ['文件被其他程序占用', 'the file is in use by another program'],
    ENAMETOOLONG: ['文件路径太长', 'the path is too long'],
  };
  const [zh, en] = reasons[code] ?? [String((err as Error)?.message ?? err), String((err as Error)?.message ?? err)];
  return new LoadFailure('unreadable', zh, en);
}

export interface Input {
  bytes: Uint8Array;
  kind: SniffedKind;
}

export async function readPath(path: string): Promise<Input> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
    size = st.size;
  } catch (err) {
    throw osReason(err);
  }
  if (size === 0) throw new LoadFailure('empty');
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw osReason(err);
  }
  try {
    const head = new Uint8Array(Math.min(size, 1024));
    await handle.read(head, 0, head.length, 0);
    const kind = sniffBytes(head);
    const limit = sizeLimitOf(kind);
    if (size > limit) throw tooLarge(size, limit);
    const bytes = new Uint8Array(size);
    let off = 0;
    while (off < size) {
      const { bytesRead } = await handle.read(bytes, off, size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return { bytes: off === size ? bytes : bytes.subarray(0, off), kind };
  } catch (err) {
    if (err instanceof LoadFailure) throw err;
    throw osReason(err);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export function readBytes(bytes: Uint8Array): Input {
  if (bytes.length === 0) throw new LoadFailure('empty');
  const kind = sniffBytes(bytes.subarray(0, 1024));
  const limit = sizeLimitOf(kind);
  if (bytes.length > limit) throw tooLarge(bytes.length, limit);
  return { bytes, kind };
}
