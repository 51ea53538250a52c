// TEMPORARY STUB — file loading is being written. Signature is the contract.
import type { LoadResult } from '../../core/model';

export type LoadInput = { path: string } | { name: string; bytes: Uint8Array };

export interface LoadOptions {
  /** Decode text formats with this encoding instead of the detected one (user override). */
  encoding?: string;
}

/** Loads one report file into its display text, format, encoding and metadata, or a clear error. Never throws. */
export async function loadDocument(input: LoadInput, options: LoadOptions = {}): Promise<LoadResult> {
  void options;
  const fileName = 'path' in input ? input.path : input.name;
  return { ok: false, error: { fileName, code: 'unsupported-format', message: '尚未实现', messageEn: 'not implemented yet' } };
}
