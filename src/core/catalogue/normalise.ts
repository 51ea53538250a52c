// One normalisation for every label, used both to key labels outside the catalogue and to look
// aliases up: the same measure worded in two reports (全市/全区, 规上/规模以上, full-width,
// traditional script, gdp/GDP) must give the same string, and nothing else may.
import { Converter } from 'opencc-js/t2cn';

// Traditional → simplified, character by character. Keys only need consistency (both sides of
// every comparison go through it), and a per-character cache makes the common case, simplified
// text, a few map look-ups instead of a dictionary walk per label.
const convert = Converter({ from: 'hk', to: 'cn' });
const simplifiedChar = new Map<string, string>();

function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) {
    let simple = simplifiedChar.get(ch);
    if (simple === undefined) {
      simple = ch.charCodeAt(0) < 0x2e80 ? ch : convert(ch);
      simplifiedChar.set(ch, simple);
    }
    out += simple;
  }
  return out;
}

/** Bracketed asides carry no identity: 固定资产投资(不含农户), 居民消费价格(CPI), pinyin glosses. */
const BRACKETED = /[(\[【〔{][^()\[\]【】〔〕{}]*[)\]】〕}]/g;
/** Spaces, zero-width marks, quotes and brackets that reports scatter through names. */
const NOISE = /[\s\u00ad\u200b-\u200f\u2060\ufeff"'`“”‘’„‟「」『』《》〈〉<>()\[\]【】〔〕{}·•]/g;
const EDGE_PUNCTUATION = /^[,.;:!?、。…—\-]+|[,.;:!?、。…—\-]+$/g;

/** Region prefixes the guidelines drop from labels: 全市, 全区, 我县, 本市, 全镇… */
export const REGION_PREFIX = /^(?:全(?:省|市|区|县|州|盟|旗|镇|乡)|我(?:省|市|区|县|州|盟|旗|镇|乡)|本(?:省|市|区|县|镇|乡))+/;

/** Wordings that mean the same thing (applied after script and width are folded). */
const SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/规上/g, '规模以上'],
  [/限上/g, '限额以上'],
  // 规模工业 is the older name of 规模以上工业.
  [/规模(?!以上)(?=工业|企业)/g, '规模以上'],
];

/**
 * The label in canonical form: NFKC (full → half width), simplified script, bracketed asides,
 * quotes and spaces removed, Latin upper-cased, synonyms folded, region prefix dropped.
 * Returns '' only for labels with no content at all.
 */
export function normaliseLabel(label: string): string {
  let s = toSimplified(label.normalize('NFKC'));
  const withoutAsides = s.replace(BRACKETED, '');
  // A label that is nothing but an aside keeps its content.
  if (withoutAsides.replace(NOISE, '') !== '') s = withoutAsides;
  s = s.replace(NOISE, '').replace(EDGE_PUNCTUATION, '');
  s = s.replace(/[a-z]+/g, (latin) => latin.toUpperCase());
  for (const [pattern, replacement] of SYNONYMS) s = s.replace(pattern, replacement);
  const withoutRegion = s.replace(REGION_PREFIX, '');
  return withoutRegion === '' ? s : withoutRegion;
}
