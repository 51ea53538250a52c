// The extraction engine: text → every figure it states, grounded in spans of the input.
//   normalise (offset map) → scan quantities (numbers, units, context) → assemble (lists,
//   changes, labels, kinds) → map spans back to the original text → catalogue keys.
import type { Indicator } from '../model';
import { defaultCatalogue, labelKey, type Catalogue } from '../catalogue';
import { assemble, type Draft } from './assemble';
import { normalizeText, toOriginalSpan, type NormalizedText } from './normalize';
import { pageChrome } from './page-chrome';
import { scanQuantities } from './quantities';
import { Segmenter } from './segments';
import { inSpans } from './spans';

export { PARSER_VERSION } from './version';

/** 名词解释 at the end of a report defines its terms (指面积在400至10000平方米…): no figures of the year. */
const GLOSSARY_HEADING = /(?:^|\n)[\s]*(?:附件\d*[\s:]*)?(?:名词解释|名词注释|注释|词语解释)[:]?[\s]*(?:\n|$)/;
const GROWTH_RATE_WORD = /(?:涨幅|增幅|增速|降幅)$/;

export interface ExtractOptions {
  catalogue?: Catalogue;
}

/** Every figure the text states, each grounded in a [start, end) span of `text` itself. Never throws. */
export function extractIndicators(text: string, options: ExtractOptions = {}): Indicator[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const catalogue = options.catalogue ?? defaultCatalogue();
  const norm = normalizeText(text);
  const seg = new Segmenter(norm.text);
  const glossary = norm.text.search(GLOSSARY_HEADING);
  const chrome = pageChrome(text);
  const drafts = assemble(norm.text, scanQuantities(norm.text), seg).filter(
    (d) => (glossary < 0 || d.anchor < glossary) && !inSpans(chrome, norm.map[d.anchor]),
  );
  drafts.sort((a, b) => a.start - b.start || a.anchor - b.anchor);
  const seen = new Map<string, number>();
  return drafts.map((d) => toIndicator(d, norm, seg, catalogue, seen));
}

function toIndicator(d: Draft, norm: NormalizedText, seg: Segmenter, catalogue: Catalogue, seen: Map<string, number>): Indicator {
  const [start, end] = toOriginalSpan(norm, d.start, d.end);
  const sentence = seg.sentence(d.anchor);
  let [sentenceStart, sentenceEnd] = toOriginalSpan(norm, sentence.start, sentence.end);
  sentenceStart = Math.min(sentenceStart, start);
  sentenceEnd = Math.max(sentenceEnd, end);
  const label = d.label.trim();
  // 涨幅比上年回落1.6个百分点: a move of the growth rate is no value of the measure itself.
  const growthMove = d.unit === null && d.change?.unit === '个百分点' && GROWTH_RATE_WORD.test(label);
  const { metric, catalogued } = growthMove ? { metric: labelKey(label), catalogued: false } : catalogue.match(label, d.unit);
  const key = `${start}-${end}`;
  const n = seen.get(key) ?? 0;
  seen.set(key, n + 1);
  return {
    id: n === 0 ? key : `${key}-${n}`,
    label,
    value: d.value,
    unit: d.unit,
    normValue: d.value === null ? null : d.value * d.scale,
    baseUnit: d.unit === null ? null : d.base ?? '',
    change: d.change,
    approx: d.approx,
    kind: d.kind,
    section: seg.section(d.anchor),
    metric,
    catalogued,
    start,
    end,
    sentenceStart,
    sentenceEnd,
  };
}
