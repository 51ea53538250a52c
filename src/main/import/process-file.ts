// One file through the pipeline: load (decode, clean, detect metadata), extract the figures, and
// keep the original bytes of text formats so the user can later re-decode with another encoding.
// Runs inside the import worker, or in-process when no worker can be started. Never throws.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Indicator, LoadError, LoadedDocument } from '../../core/model';
import { defaultCatalogue, type Catalogue } from '../../core/catalogue';
import { extractIndicators } from '../../core/parser';
import { loadDocument } from '../loaders';

export type ImportInput = { path: string } | { name: string; bytes: Uint8Array };

export interface ImportItem {
  input: ImportInput;
  /** Decode text formats with this encoding (user override). */
  encoding?: string;
}

export type ProcessedFile =
  | { ok: true; document: LoadedDocument; indicators: Indicator[]; original: Uint8Array | null }
  | { ok: false; error: LoadError };

const TEXT_FORMATS = new Set(['txt', 'md', 'html']);

export function displayName(input: ImportInput): string {
  return 'path' in input ? basename(input.path) : input.name;
}

let catalogue: Catalogue | null = null;

export async function processFile(item: ImportItem): Promise<ProcessedFile> {
  const fileName = displayName(item.input);
  try {
    const loaded = await loadDocument(item.input, item.encoding ? { encoding: item.encoding } : {});
    if (!loaded.ok) return loaded;
    const document = loaded.document;
    const indicators = parse(document);
    let original: Uint8Array | null = null;
    if (TEXT_FORMATS.has(document.format)) {
      original = 'bytes' in item.input ? item.input.bytes : new Uint8Array(await readFile(item.input.path));
    }
    return { ok: true, document, indicators, original };
  } catch (error) {
    // The loader promises never to throw; if it does anyway, the batch goes on with a clear error.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {
        fileName,
        code: 'unreadable',
        message: `无法读取文件"${fileName}":${reason}。请检查文件是否完整,或另存为 UTF-8 文本后重试。`,
        messageEn: `Could not read "${fileName}": ${reason}. Check that the file is complete, or save it as UTF-8 text and try again.`,
      },
    };
  }
}

/** The parser's figures for a document; a parser failure keeps the document, with a warning. */
export function parse(document: LoadedDocument): Indicator[] {
  try {
    catalogue ??= defaultCatalogue();
    return extractIndicators(document.text, { catalogue });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    document.warnings.push(`提取数据时出错,未识别出数据 / figure extraction failed: ${reason}`);
    console.error(`[import] extraction failed for ${document.fileName}:`, error);
    return [];
  }
}
