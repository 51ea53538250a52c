// Word .docx: a zip checked by us (is it a Word document? a zip bomb?), then mammoth's raw text.
import { LoadFailure } from './errors';
import { DOCX_RATIO_MIN_BYTES, MAX_DOCX_ENTRIES, MAX_DOCX_RATIO, MAX_DOCX_UNCOMPRESSED_BYTES } from './limits';
import { inflateEntry, readCentralDirectory, ZipError, type ZipEntry } from './zip';

export interface DocxText {
  text: string;
  warnings: string[];
}

const isWordDocument = (entries: ZipEntry[]): boolean =>
  entries.some((e) => e.name === 'word/document.xml') && entries.some((e) => e.name === '[Content_Types].xml');

/** Throws LoadFailure unless the zip is a Word document that inflates within our limits. */
export function checkDocxZip(buf: Buffer): void {
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(buf, MAX_DOCX_ENTRIES);
  } catch (err) {
    throw new LoadFailure('docx-corrupt', String((err as Error).message), String((err as Error).message));
  }
  if (!isWordDocument(entries)) {
    const names = entries.slice(0, 3).map((e) => e.name).join(', ');
    throw new LoadFailure('not-docx', `压缩包内容:${names}…`, `archive holds: ${names}…`);
  }
  let declared = 0;
  for (const e of entries) {
    declared += e.uncompressedSize;
    const ratioBad = e.uncompressedSize > DOCX_RATIO_MIN_BYTES && e.uncompressedSize > e.compressedSize * MAX_DOCX_RATIO;
    if (declared > MAX_DOCX_UNCOMPRESSED_BYTES || ratioBad) {
      throw new LoadFailure('docx-corrupt', '解压后体积异常(疑似“压缩炸弹”)', 'inflates to an abnormal size (zip bomb?)');
    }
  }
  // Headers can lie: inflate every entry with a hard cap at what it claims (plus slack), so
  // mammoth never sees an entry larger than the declared total we just accepted.
  let actual = 0;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    try {
      const cap = Math.min(e.uncompressedSize + 1024, MAX_DOCX_UNCOMPRESSED_BYTES - actual);
      actual += inflateEntry(buf, e, cap).length;
    } catch (err) {
      if (err instanceof ZipError && /zip bomb/.test(err.message)) {
        throw new LoadFailure('docx-corrupt', '解压后体积异常(疑似“压缩炸弹”)', 'inflates to an abnormal size (zip bomb?)');
      }
      throw new LoadFailure('docx-corrupt', String((err as Error).message), String((err as Error).message));
    }
  }
}

export async function readDocx(buf: Buffer): Promise<DocxText> {
  checkDocxZip(buf);
  const mammoth = (await import('mammoth')).default;
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.extractRawText({ buffer: buf });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new LoadFailure('docx-corrupt', why, why);
  }
  // mammoth separates paragraphs with a blank line; reports read better one paragraph per line.
  const text = result.value.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n').replace(/^\n+|\n+$/g, '');
  const warnings = result.messages.filter((m) => m.type === 'error').slice(0, 3).map((m) => `Word 文件解析提示 — Word reader: ${m.message}`);
  return { text, warnings };
}
