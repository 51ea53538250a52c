// Loading one report file: bytes → format (magic bytes first, extension second) → display text,
// encoding, metadata, content hash and warnings, or a LoadError the user can act on. Never throws.
import { createHash } from 'node:crypto';
import type { LoadedDocument, LoadResult, SourceFormat } from '../../core/model';
import { detectMeta } from '../../core/meta';
import { bomOf, countUtf8, decodeBytes, detectEncoding, normaliseEncoding, type EncodingName } from './decode';
import { displayName, LoadFailure, loadError } from './errors';
import { MAX_TEXT_CHARS } from './limits';
import { readBytes, readPath, type Input } from './read-input';
import { extensionOf, textFormatOf } from './sniff';
import { looksLikeMhtml, mhtmlPage } from './mhtml';
import { isBlank, looksBinary, noiseWarnings } from './text-checks';

export type LoadInput = { path: string } | { name: string; bytes: Uint8Array };

export interface LoadOptions {
  /** Decode text formats with this encoding instead of the detected one (user override). */
  encoding?: string;
}

export { SUPPORTED_EXTENSIONS } from './sniff';

interface Extracted {
  format: SourceFormat;
  encoding: string | null;
  text: string;
  warnings: string[];
}

/** Loads one report file into its display text, format, encoding and metadata, or a clear error. Never throws. */
export async function loadDocument(input: LoadInput, options: LoadOptions = {}): Promise<LoadResult> {
  const source = 'path' in input ? input.path : input.name;
  const fileName = displayName(source);
  try {
    const read = 'path' in input ? await readPath(input.path) : readBytes(input.bytes);
    const extracted = await extract(read, fileName, options);
    return { ok: true, document: toDocument(fileName, read.bytes.length, extracted) };
  } catch (err) {
    if (err instanceof LoadFailure) return { ok: false, error: loadError(fileName, err.code, err.detailZh, err.detailEn) };
    // A bug or an unforeseen library failure: still one clear message for this file, the batch goes on.
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, error: loadError(fileName, 'unreadable', `内部错误:${why}`, `internal error: ${why}`) };
  }
}

async function extract(read: Input, fileName: string, options: LoadOptions): Promise<Extracted> {
  const ext = extensionOf(fileName);
  switch (read.kind.kind) {
    case 'pdf': {
      const { readPdf } = await import('./pdf');
      const pdf = await readPdf(read.bytes);
      return { format: 'pdf', encoding: null, text: pdf.text, warnings: pdf.warnings };
    }
    case 'zip': {
      if (ext === 'wps') throw new LoadFailure('wps');
      const { readDocx } = await import('./docx');
      const docx = await readDocx(Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength));
      return { format: 'docx', encoding: null, ...docx };
    }
    case 'ole2':
      throw new LoadFailure(ext === 'wps' || ext === 'wpt' ? 'wps' : 'legacy-doc');
    case 'binary-format':
      throw new LoadFailure('unsupported-format', `这是${zhWhat(read.kind.what)}`, `this is a ${read.kind.what}`);
    case 'text':
      return extractText(read.bytes, fileName, ext, options);
  }
}

const zhWhat = (what: string): string =>
  /image/.test(what) ? '图片文件(如为扫描件,请先做 OCR 文字识别)' : /archive/.test(what) ? '压缩包(请先解压)' : /RTF/.test(what) ? 'RTF 文档(请另存为 .docx)' : '程序文件';

async function extractText(bytes: Uint8Array, fileName: string, ext: string, options: LoadOptions): Promise<Extracted> {
  if (ext === 'pdf') throw new LoadFailure('pdf-corrupt', '文件开头没有 PDF 标记,可能是下载失败时保存的网页', 'no PDF header: perhaps a web page saved by a failed download');
  if (ext === 'docx') throw new LoadFailure('docx-corrupt', '文件不是 zip 格式', 'the file is not a zip archive');

  if (ext === 'mht' || ext === 'mhtml' || looksLikeMhtml(Buffer.from(bytes.subarray(0, 2048)).toString('latin1'))) {
    return extractMhtml(bytes, fileName, options);
  }
  const warnings: string[] = [];
  let encoding: EncodingName;
  if (options.encoding) {
    const chosen = normaliseEncoding(options.encoding);
    if (!chosen) throw new LoadFailure('decode-failed', `未知编码“${options.encoding}”`, `unknown encoding “${options.encoding}”`);
    encoding = chosen;
  } else {
    const probe = decodeBytes(bytes.subarray(0, 2048), bomOf(bytes) ?? 'utf-8');
    const isHtml = textFormatOf(fileName, probe) === 'html';
    const declared = isHtml && !bomOf(bytes) ? (await import('./html')).declaredCharset(bytes) : null;
    if (declared && !(declared !== 'utf-8' && isCleanUtf8(bytes))) encoding = declared;
    else {
      // A page re-saved as UTF-8 often keeps its old <meta charset=gb2312>: the bytes win, as GBK
      // Chinese is never valid UTF-8 by accident.
      if (declared) warnings.push(`网页声明的编码(${declared})与实际不符,已按 UTF-8 读取 — the page declares ${declared} but is UTF-8; read as UTF-8`);
      const detected = detectEncoding(bytes);
      encoding = detected.encoding;
      warnings.push(...detected.warnings);
    }
  }
  let decoded: string;
  try {
    decoded = decodeBytes(bytes, encoding);
  } catch (err) {
    throw new LoadFailure('decode-failed', String((err as Error).message), String((err as Error).message));
  }
  if (isBlank(decoded)) throw new LoadFailure('empty');
  if (looksBinary(decoded)) throw new LoadFailure('binary');

  const format = textFormatOf(fileName, decoded.slice(0, 2048));
  if (format === 'html') {
    const { htmlToText } = await import('./html');
    const page = htmlToText(decoded);
    if (ext === 'doc') warnings.push('这个 .doc 文件其实是网页,已按网页读取 — this .doc file is really a web page and was read as one');
    if (isBlank(page.text)) throw new LoadFailure('empty', '网页中没有找到正文', 'no body text found in the page');
    return { format, encoding, text: page.text, warnings };
  }
  // Plain text: the decoded content exactly (BOM included as U+FEFF), so spans index the file.
  return { format, encoding, text: decoded, warnings };
}

/** Valid UTF-8 that actually uses multi-byte characters (pure ASCII proves nothing). */
function isCleanUtf8(bytes: Uint8Array): boolean {
  const { valid, invalid } = countUtf8(bytes.subarray(0, 256 * 1024));
  return invalid === 0 && valid > 0;
}

/** A web archive: its HTML part, decoded by the charset its MIME header (or the page) declares. */
async function extractMhtml(bytes: Uint8Array, fileName: string, options: LoadOptions): Promise<Extracted> {
  const page = mhtmlPage(bytes);
  if (!page) throw new LoadFailure('unsupported-format', '网页存档(.mht)中没有找到网页内容', 'no web page found inside the web archive (.mht)');
  // The user's choice wins; an unknown MIME charset falls back to detection.
  const named = options.encoding ?? (page.charset && normaliseEncoding(page.charset) ? page.charset : null);
  return extractText(page.bytes, fileName.replace(/\.mht(ml)?$/i, '.html'), 'html', named ? { encoding: named } : {});
}

function toDocument(fileName: string, sizeBytes: number, x: Extracted): LoadedDocument {
  const warnings = [...x.warnings];
  let text = x.text;
  if (text.length > MAX_TEXT_CHARS) {
    text = text.slice(0, MAX_TEXT_CHARS);
    warnings.push(`文字过长,只保留了前 ${MAX_TEXT_CHARS} 个字符 — text too long: only the first ${MAX_TEXT_CHARS} characters were kept`);
  }
  warnings.push(...noiseWarnings(text));
  return {
    fileName,
    format: x.format,
    encoding: x.encoding,
    text,
    meta: detectMeta(text, fileName),
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    sizeBytes,
    warnings,
  };
}
