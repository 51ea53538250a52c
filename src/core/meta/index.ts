// Region, report date, year under review and title of a report, each with where it was read:
// the title line, the dateline (——2024年1月24日在…第…次会议上), the file name, or the text.
// Earlier sources in each list below win; every pattern reads only the normalised head.
import type { MetaField, MetaSource, RegionLevel, ReportMeta } from '../model';
import { isoDate, reviewYearOfDate, validDate, type YMD } from './dates';
import { normaliseHead } from './normalise';
import { cleanRegion, levelOf } from './region';

export { levelOf, cleanRegion } from './region';
export { reviewYearOfDate } from './dates';

const field = <T>(value: T | null, source: MetaSource): MetaField<T> => (value === null ? { value: null, source: 'none' } : { value, source });
const none = <T>(): MetaField<T> => ({ value: null, source: 'none' });
const first = <T>(...fields: MetaField<T>[]): MetaField<T> => fields.find((f) => f.value !== null) ?? none<T>();

const REPORT_WORDS = /(?:人民)?政府(?:政府)?工作报告/;

interface Clues {
  title: string | null;
  region: string | null;
  date: YMD | null;
  /** A year written with the title ('2024年铜官区政府工作报告'): the year of the session. */
  sessionYear: number | null;
}

const NO_CLUES: Clues = { title: null, region: null, date: null, sessionYear: null };

const dateOf = (y: string, m?: string, d?: string): YMD | null => validDate(Number(y), m ? Number(m) : null, d ? Number(d) : null);

/** Clues in one title-like string: a page title, a first line, or a file name. */
function titleClues(line: string): Clues {
  const at = line.search(REPORT_WORDS);
  if (at < 0) return NO_CLUES;
  const title = line
    .slice(0, line.indexOf('报告', at) + 2)
    .replace(/^[\s【\[][^】\]]*[】\]]\s*/, '')
    .trim();
  const inBrackets = /[((](\d{4})年(\d{1,2})月(?:(\d{1,2})日)?[))]/.exec(line.slice(at, at + 40));
  const prefix = line.slice(0, at).replace(/[((][^()()]{0,12}[))]/g, ' ');
  const yearInPrefix = /(\d{4})年(?:度)?/.exec(prefix);
  const region = cleanRegion(prefix.replace(/\d{4}年(?:度)?/g, ' ').trim().split(/\s+/).pop() ?? '');
  return {
    title: title || null,
    region,
    date: inBrackets ? dateOf(inBrackets[1], inBrackets[2], inBrackets[3]) : null,
    sessionYear: yearInPrefix ? validDate(Number(yearInPrefix[1]), null, null)?.year ?? null : null,
  };
}

/** The first title-like line among the first lines of the report. */
function titleLine(lines: string[]): string | null {
  for (const raw of lines.slice(0, 25)) {
    const line = raw.replace(/(?:[((]全文[))])/g, '').trim();
    // Breadcrumbs (首页 > 信息公开 > 政府工作报告) name the section, not the report.
    if (line.length > 120 || /^[—–-]/.test(line) || /[>›»]|当前位置|的位置/.test(line)) continue;
    if (REPORT_WORDS.test(line)) return line.split(/\s*[—–]{1,2}\s*/)[0];
  }
  return null;
}

interface Dateline {
  date: YMD;
  region: string | null;
}

/** ——2024年1月24日在铜陵市铜官区第…届人民代表大会第…次会议上 (the dash, 在 and the region are optional). */
function dateline(head: string): Dateline | null {
  const withSession = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:在)?\s*([\u4e00-\u9fff\s]{0,24}?)\s*第[一二三四五六七八九十\d]{1,4}届/.exec(head);
  if (withSession) {
    const date = dateOf(withSession[1], withSession[2], withSession[3]);
    if (date) return { date, region: cleanRegion(withSession[4].replace(/\s+/g, '')) };
  }
  const dashed = /(?:^|\n)\s*[—–-]{1,2}\s*(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(head);
  if (dashed) {
    const date = dateOf(dashed[1], dashed[2], dashed[3]);
    if (date) return { date, region: null };
  }
  return null;
}

/** 一、2023年工作回顾 / 2021年和过去五年工作回顾: the report says which year it reviews. */
function reviewHeading(head: string): number | null {
  const m = /(\d{4})年(?:和|及|暨)?(?:过去五年|过去[一二三四五]年|“?十[一二三四五]五”?(?:时期)?)?(?:政府)?工作回顾/.exec(head);
  return m ? (validDate(Number(m[1]), null, null)?.year ?? null) : null;
}

/** 我代表县人民政府 / 遂溪县县长: what kind of government speaks, and sometimes its name. */
function speakerClues(head: string): { region: string | null; level: RegionLevel | null } {
  const named = /([\u4e00-\u9fff]{2,12}?(?:省|市|区|县|旗))(?:人民政府)?(?:代理|代)?(?:省长|市长|区长|县长|旗长)/.exec(head);
  const region = named ? cleanRegion(named[1]) : null;
  const speaker = /代表(?:十[一二三四五六七八九]?届)?(省|市|区|县)人民政府/.exec(head);
  const levels: Record<string, RegionLevel> = { 省: 'province', 市: 'city', 区: 'district', 县: 'county' };
  return { region, level: region ? levelOf(region) : speaker ? levels[speaker[1]] : null };
}

function fileNameClues(fileName: string): Clues {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const clues = titleClues(base);
  const iso = /(?<!\d)(\d{4})[-_.年](\d{1,2})[-_.月](\d{1,2})(?!\d)/.exec(base) ?? /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/.exec(base);
  const date = iso ? dateOf(iso[1], iso[2], iso[3]) : null;
  const yearOnly = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/.exec(base);
  return {
    title: clues.title,
    region: clues.region,
    date: date ?? clues.date,
    sessionYear: clues.sessionYear ?? (yearOnly ? Number(yearOnly[1]) : null),
  };
}

function dateFields(d: YMD | null, source: MetaSource): { reportDate: MetaField<string>; reviewYear: MetaField<number> } {
  if (!d) return { reportDate: none(), reviewYear: none() };
  return { reportDate: field(isoDate(d), source), reviewYear: field(reviewYearOfDate(d), source) };
}

/** The same place named more fully elsewhere ('青川区' in the title, '临江市青川区' in the dateline):
 *  the fuller name, so one region's reports line up whichever lines each of them has. */
function mostSpecific(chosen: MetaField<string>, others: MetaField<string>[]): MetaField<string> {
  let best = chosen;
  for (const o of others) {
    if (best.value !== null && o.value !== null && o.value.length > best.value.length && o.value.endsWith(best.value)) best = o;
  }
  return best;
}

/** Region, report date, year under review and title of a report, each with where it was read from. */
export function detectMeta(text: string, fileName: string): ReportMeta {
  const head = normaliseHead(text);
  const lines = head.split('\n').map((l) => l.trim()).filter(Boolean);
  const tLine = titleLine(lines);
  const fromTitle = tLine ? titleClues(tLine) : NO_CLUES;
  const fromLine = dateline(head);
  const fromFile = fileNameClues(fileName);
  const speaker = speakerClues(head);
  const heading = reviewHeading(head);

  const region = mostSpecific(
    first(field(fromTitle.region, 'title'), field(fromLine?.region ?? null, 'dateline'), field(fromFile.region, 'filename'), field(speaker.region, 'text')),
    [field(fromLine?.region ?? null, 'dateline'), field(fromFile.region, 'filename'), field(speaker.region, 'text')],
  );
  const regionLevel: MetaField<RegionLevel> =
    region.value !== null ? field(levelOf(region.value), region.source) : field(speaker.level, 'text');

  const byDateline = dateFields(fromLine?.date ?? null, 'dateline');
  const byTitle = dateFields(fromTitle.date, 'title');
  const byFile = dateFields(fromFile.date, 'filename');
  const reportDate = first(byDateline.reportDate, byTitle.reportDate, byFile.reportDate);
  const reviewYear = first(
    field(heading, 'text'),
    byDateline.reviewYear,
    byTitle.reviewYear,
    field(fromTitle.sessionYear !== null ? fromTitle.sessionYear - 1 : null, 'title'),
    byFile.reviewYear,
    field(fromFile.sessionYear !== null ? fromFile.sessionYear - 1 : null, 'filename'),
  );
  const title = first(field(fromTitle.title, 'title'), field(fromFile.title, 'filename'));
  return { region, regionLevel, reportDate, reviewYear, title };
}
