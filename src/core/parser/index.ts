// TEMPORARY STUB — the extraction engine is being written. Signature is the contract.
import type { Indicator } from '../model';
import type { Catalogue } from '../catalogue';

export interface ExtractOptions {
  catalogue?: Catalogue;
}

/** Every figure the text states, each grounded in a [start, end) span of `text` itself. Never throws. */
export function extractIndicators(text: string, options: ExtractOptions = {}): Indicator[] {
  void text;
  void options;
  return [];
}
