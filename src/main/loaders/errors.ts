// One bilingual message per failure: names the file, says why, says what the user can do.
import type { LoadError, LoadErrorCode } from '../../core/model';
import { MAX_DOCX_BYTES, MAX_PDF_BYTES, MAX_TEXT_BYTES } from './limits';

const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Thrown inside a loader to stop with a specific code; loadDocument turns it into a LoadError. */
export class LoadFailure extends Error {
  constructor(
    readonly code: LoadErrorCode,
    /** Extra detail appended to the standard message (e.g. the size, the OS error). */
    readonly detailZh = '',
    readonly detailEn = '',
  ) {
    super(`${code}${detailEn ? `: ${detailEn}` : ''}`);
    this.name = 'LoadFailure';
  }
}

type Texts = { zh: (f: string) => string; en: (f: string) => string };

const TEXTS: Record<LoadErrorCode, Texts> = {
  empty: {
    zh: (f) => `文件“${f}”是空的(没有文字内容)。请检查是否选错了文件,或重新保存报告全文。`,
    en: (f) => `“${f}” is empty (no text). Check that this is the right file, or save the report's full text again.`,
  },
  binary: {
    zh: (f) => `文件“${f}”看起来不是文本文件(含有大量二进制/控制字符)。请打开原文,另存为 .txt、.docx 或带文字的 PDF 后再导入。`,
    en: (f) => `“${f}” does not look like a text file (mostly binary/control characters). Open the original and save it as .txt, .docx or a PDF with text, then import that.`,
  },
  'too-large': {
    zh: (f) => `文件“${f}”太大,超出上限(文本/网页 ${mb(MAX_TEXT_BYTES)},PDF ${mb(MAX_PDF_BYTES)},Word ${mb(MAX_DOCX_BYTES)})。政府工作报告通常不足 1 MB,请只保存报告正文,或把文件拆分后再导入。`,
    en: (f) => `“${f}” is too large (limits: text/web page ${mb(MAX_TEXT_BYTES)}, PDF ${mb(MAX_PDF_BYTES)}, Word ${mb(MAX_DOCX_BYTES)}). A work report is usually under 1 MB: save only the report text, or split the file, and import again.`,
  },
  unreadable: {
    zh: (f) => `无法读取文件“${f}”。请确认文件存在、不是文件夹,并且有读取权限。`,
    en: (f) => `Cannot read “${f}”. Check that the file exists, is not a folder, and that you may read it.`,
  },
  'unsupported-format': {
    zh: (f) => `不支持文件“${f}”的格式。支持的格式:.txt、.md、.html/.htm、.mht、.pdf、.docx。请把报告另存为其中一种格式。`,
    en: (f) => `The format of “${f}” is not supported. Supported: .txt, .md, .html/.htm, .mht, .pdf, .docx. Save the report in one of these formats.`,
  },
  'legacy-doc': {
    zh: (f) => `文件“${f}”是旧版 Word 97-2003 格式(.doc),无法直接读取。请用 Word 或 WPS 打开,另存为 .docx 后再导入。`,
    en: (f) => `“${f}” is an old Word 97-2003 document (.doc), which cannot be read directly. Open it in Word or WPS, save it as .docx, and import that.`,
  },
  wps: {
    zh: (f) => `文件“${f}”是 WPS 文字格式(.wps),无法直接读取。请用 WPS 打开,另存为 .docx 后再导入。`,
    en: (f) => `“${f}” is a WPS Writer document (.wps), which cannot be read directly. Open it in WPS, save it as .docx, and import that.`,
  },
  'pdf-corrupt': {
    zh: (f) => `PDF 文件“${f}”已损坏或不完整(可能下载中断)。请重新下载,或用 PDF 阅读器打开后另存一份。`,
    en: (f) => `The PDF “${f}” is damaged or incomplete (perhaps an interrupted download). Download it again, or open it in a PDF reader and save a new copy.`,
  },
  'pdf-encrypted': {
    zh: (f) => `PDF 文件“${f}”有密码保护,无法读取文字。请用 PDF 阅读器输入密码后另存一份不加密的副本,再导入。`,
    en: (f) => `The PDF “${f}” is password-protected, so its text cannot be read. Open it with the password in a PDF reader, save an unencrypted copy, and import that.`,
  },
  'pdf-no-text': {
    zh: (f) => `PDF 文件“${f}”没有文字层(可能是扫描件或图片)。请先用 OCR 文字识别软件转成带文字的 PDF 或 .docx,再导入。`,
    en: (f) => `The PDF “${f}” has no text layer (probably a scan or images). Run it through OCR to get a PDF with text or a .docx, and import that.`,
  },
  'not-docx': {
    zh: (f) => `文件“${f}”是 zip 压缩包,但不是 Word .docx 文档。如果报告在压缩包里,请先解压再导入其中的文件。`,
    en: (f) => `“${f}” is a zip archive but not a Word .docx document. If the report is inside the archive, extract it first and import the file itself.`,
  },
  'docx-corrupt': {
    zh: (f) => `Word 文件“${f}”已损坏或结构异常,无法读取。请用 Word 或 WPS 打开后重新另存为 .docx。`,
    en: (f) => `The Word file “${f}” is damaged or malformed and cannot be read. Open it in Word or WPS and save it again as .docx.`,
  },
  'decode-failed': {
    zh: (f) => `无法识别文件“${f}”的文字编码,或所选编码无效。请在导入后手动选择编码(如 GBK、Big5、UTF-8),或把文件另存为 UTF-8。`,
    en: (f) => `Could not decode the text of “${f}”, or the chosen encoding is invalid. Choose the encoding by hand (e.g. GBK, Big5, UTF-8), or save the file as UTF-8.`,
  },
};

/** The last path segment: messages name the file the user recognises, not a long path. */
export function displayName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] || fileName;
}

export function loadError(fileName: string, code: LoadErrorCode, detailZh = '', detailEn = ''): LoadError {
  const name = displayName(fileName);
  const t = TEXTS[code];
  return {
    fileName,
    code,
    message: t.zh(name) + (detailZh ? `(${detailZh})` : ''),
    messageEn: t.en(name) + (detailEn ? ` (${detailEn})` : ''),
  };
}
