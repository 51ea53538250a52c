// The extraction engine: text → every figure it states, grounded in spans of the input.
//   normalise (offset map) → scan quantities (numbers, units, context) → assemble (lists,
//   changes, labels, kinds) → map spans back to the original text → catalogue keys.
import type { Indicator } from '../model';
import { defaultCatalogue, type Catalogue } from '../catalogue';
import { assemble, type Draft } from './assemble';
import { withoutVerb } from './labels';
import { normalizeText, toOriginalSpan, type NormalizedText } from './normalize';
import { scanQuantities } from './quantities';
import { Segmenter } from './segments';

/** A place name in front of a measure (广州市地区生产总值): the report's own region. */
const PLACE_PREFIX = /^(?![^省市县区州]*(?:季|年|月|地区|社区|园区|景区|城区|新区|开发区))[\u3400-\u9fff]{1,4}?(?:省|市|县|区|州)/;

export interface ExtractOptions {
  catalogue?: Catalogue;
}

/** Every figure the text states, each grounded in a [start, end) span of `text` itself. Never throws. */
export function extractIndicators(text: string, options: ExtractOptions = {}): Indicator[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const catalogue = options.catalogue ?? defaultCatalogue();
  const norm = normalizeText(text);
  const seg = new Segmenter(norm.text);
  const drafts = assemble(norm.text, scanQuantities(norm.text), seg);
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
  let label = d.label.trim();
  let { metric, catalogued } = catalogue.match(label, d.unit);
  if (!catalogued) {
    // 广州市地区生产总值, 投入民生资金: the measure without the place or the verb in front.
    const place = PLACE_PREFIX.exec(label);
    const variants: Array<[string, boolean]> = [];
    if (place && place[0].length < label.length) variants.push([label.slice(place[0].length), true]);
    const subject = withoutVerb(label);
    if (subject !== label) variants.push([subject, false]);
    for (const [variant, relabel] of variants) {
      const m = catalogue.match(variant, d.unit);
      if (m.catalogued) {
        ({ metric, catalogued } = m);
        if (relabel) label = variant;
        break;
      }
    }
  }
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
