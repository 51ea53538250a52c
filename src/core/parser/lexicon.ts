// The parser's lexicons (resources/lexicon/*.json), compiled once at module load into the
// lookup structures the extractors use: longest-first word lists, end-anchored patterns, a
// first-character index for units.
import unitsJson from '../../../resources/lexicon/units.json';
import wordsJson from '../../../resources/lexicon/words.json';

export interface UnitDef {
  text: string;
  base: string;
  category: string;
  /** %, ‰, 个百分点, 百分点, 倍: what a change is stated in. */
  rate: boolean;
  /** Whether it may follow a Chinese numeral (三千万元 yes, 三天 no). */
  numerals: boolean;
}

export interface MultiplierDef {
  text: string;
  scale: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (words: readonly string[]): string[] => [...new Set(words)].sort((a, b) => b.length - a.length);
/** Alternation of words, longest first, for use inside a larger pattern. */
export const alternation = (words: readonly string[]): string => longestFirst(words).map(escape).join('|');

export const UNITS: readonly UnitDef[] = unitsJson.units.map((u) => ({
  text: u.text,
  base: u.base,
  category: u.category,
  rate: 'rate' in u ? Boolean(u.rate) : false,
  numerals: 'numerals' in u ? Boolean(u.numerals) : true,
}));
export const MULTIPLIERS: readonly MultiplierDef[] = [...unitsJson.multipliers].sort((a, b) => b.text.length - a.text.length);

/** Units indexed by their first character, longest first within each bucket. */
export const UNITS_BY_FIRST: ReadonlyMap<string, readonly UnitDef[]> = (() => {
  const index = new Map<string, UnitDef[]>();
  for (const u of UNITS) {
    const bucket = index.get(u.text[0]) ?? [];
    bucket.push(u);
    index.set(u.text[0], bucket);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.text.length - a.text.length);
  return index;
})();

export const NOT_AFTER_COUNT = new RegExp(`^(?:${alternation(unitsJson.notAfterCount)})`);
export const NAME_SUFFIX = new RegExp(`^(?:${alternation(unitsJson.nameSuffixes)})`);
export const NUMERAL_NAME_UNITS: ReadonlySet<string> = new Set(unitsJson.numeralNameUnits);
export const NOT_UNIT_WORD = new RegExp(`^(?:${alternation(unitsJson.notUnitWords)})`);

export const W = wordsJson;

const CHANGE_VERBS = [...W.changeUp, ...W.changeDown];
export const DOWN_VERBS: ReadonlySet<string> = new Set(W.changeDown);

/**
 * Change verb right before a figure, bridge words allowed (同比增长了8%, 涨幅控制在2%以内):
 * matched against the text that ends where the figure starts. Group 1 is the verb.
 */
export const CHANGE_BEFORE = new RegExp(`(${alternation(CHANGE_VERBS)})(?:${alternation(W.changeBridge)})*$`);
/** The same verb followed by 至/到: the figure is the new level (回落至2.5%). */
export const LEVEL_TO_BEFORE = new RegExp(`(?:${alternation(CHANGE_VERBS)})(?:${alternation(W.levelTo)})(?:了|为)?$`);
export const COMPARISON_BEFORE = new RegExp(
  `(?:(?:${alternation(W.comparisonVerbs)})(?:${alternation(W.comparisonRegions)})|${alternation(W.comparisonStrong)})[^,;。]{0,12}$`,
);
/** 居全省第3位, 稳居全市前3, 总量全市第二: a rank (group 1 the rank word, 2 the number). */
export const RANK = new RegExp(
  `(?:(${alternation(W.rankWords)})[^,;。第前]{0,8}|(?:全国|全省|全市|全区|全县))(?:第|前)([0-9]+|[一二三四五六七八九十]+)(?:位|名|强)?`,
  'g',
);
export const APPROX_BEFORE = new RegExp(`(?:${alternation(W.approxBefore)})$`);
export const APPROX_AFTER = new RegExp(`^(?:${alternation(W.approxAfter)})`);
/** One pass finds every scope word: group 1 estimate, 2 target paragraph, 3 target sentence, 4 problems. */
export const SCOPE_MARKER = new RegExp(
  `(${alternation(W.estimateMarkers)})|(${alternation(W.targetParagraphMarkers)})|(${alternation(W.targetSentenceMarkers)})|(${alternation(W.problemOpeners)})`,
  'g',
);
export const QUALIFIER = new RegExp(`(?:${alternation(W.qualifiers)})`);
export const QUALIFIER_ANY = new RegExp(`(?:${alternation(W.qualifiers)})`, 'g');
export const QUALIFIER_END = new RegExp(`(?:${alternation(W.qualifiers)})$`);
export const QUALIFIER_MAX = Math.max(...W.qualifiers.map((w) => w.length));

export const LEADING_NOISE = new RegExp(
  `^(?:${alternation([...W.achievementVerbs, ...W.regionPrefixes, ...W.timePrefixes, ...W.leadingConjunctions])})`,
);
const TRAILING_WORDS = [...W.trailingWords, ...W.adverbs.filter((a) => a.length > 1)];
/** One trailing word; tested on a short tail only (see endWord), so the scan stays cheap. */
export const TRAILING_NOISE = new RegExp(`(?:${alternation(TRAILING_WORDS)})$`);
export const TRAILING_MAX = Math.max(...TRAILING_WORDS.map((w) => w.length));
export const ADVERBS_ONLY = new RegExp(`^(?:${alternation([...W.adverbs, ...W.timePrefixes, ...W.regionPrefixes])})*$`);
export const ADVERBS = new RegExp(`^(?:${alternation([...W.adverbs, ...W.timePrefixes])})+`);
export const BARE_MEASURE = new RegExp(
  `^(?:占|对)|^(?:其中)?(?:${alternation([...W.bareMeasures, ...W.changeWords])}|[\u3400-\u9fff]{1,2}率)$`,
);
export const LEADING_COMPARATIVE = new RegExp(`^(?:${alternation(W.leadingComparatives)})`);
export const SUBJECT_VERB = new RegExp(`^(?:${alternation(W.subjectVerbs)})`);
export const AFTER_STOP = new RegExp(alternation(W.afterStops));
export const DIMENSION_SUFFIX = new RegExp(`(?:${alternation(W.dimensionSuffixes)})$`);
export const AFTER_VERB_STOP = new RegExp(alternation(W.afterVerbStops));
export const PAGE_NOISE = new RegExp(alternation(W.pageNoise));
export const KEEP_WHOLE: ReadonlySet<string> = new Set(W.keepWhole);
export const HEAD_NOUNS: readonly string[] = longestFirst(W.headNouns);
export const TERMINAL_NOUN = new RegExp(`(?:${alternation(W.terminalNouns)})$`);
export const REVIEW_OPENER = new RegExp(alternation(W.reviewOpeners));
export const REVIEW_HEADING = new RegExp(alternation(W.reviewHeadings));
export const PLAN_HEADING = new RegExp(alternation(W.planHeadings));
export const PROBLEM_HEADING = new RegExp(alternation(W.problemHeadings));
export const REGION_PREFIX = new RegExp(`^(?:${alternation(W.regionPrefixes)})`);

/** The mark a section heading opens with: 一、, (一), 第一部分 (a source for larger patterns). */
export const HEADING_MARK = '(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)';
/** The coming year as a report names it; 今年以来 and 今年1-11月 tell of the past (a source for larger patterns). */
export const COMING_YEAR = '(?:今年(?!以来|前|上半年|[一二三四]季度|前三季度|[1-9１-９])|明年|新的一年)';
