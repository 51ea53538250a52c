// The head of a report as metadata patterns want to read it: simplified script, no pinyin glosses,
// ASCII digits, Chinese-numeral dates in digits, no spaces inside words (政 府 工 作 报 告).
// Offsets are not kept: metadata quotes no spans.
import { toSimplified } from '../parser/script';

/** Metadata is always stated in the first lines; reading more only costs time on hostile input. */
export const HEAD_CHARS = 6000;

const GLOSS = /[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]?[a-zü]*[)）]/g;

const CN_DIGIT: Record<string, number> = { '〇': 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十八 → 18, 二十四 → 24, 三十一 → 31. */
export function smallChineseNumber(s: string): number | null {
  if (/^[〇○零一二三四五六七八九]$/.test(s)) return CN_DIGIT[s];
  const m = /^([一二三])?十([一二三四五六七八九])?$/.exec(s);
  if (!m) return null;
  return (m[1] ? CN_DIGIT[m[1]] : 1) * 10 + (m[2] ? CN_DIGIT[m[2]] : 0);
}

function chineseDates(s: string): string {
  return s
    .replace(/([〇○零一二三四五六七八九]{4})年/g, (_, y: string) => [...y].map((c) => CN_DIGIT[c]).join('') + '年')
    .replace(/(\d{4}年)([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?/g, (all, y: string, mo: string, d?: string) => {
      const month = smallChineseNumber(mo);
      const day = d ? smallChineseNumber(d) : null;
      if (month === null || (d && day === null)) return all;
      return `${y}${month}月${day !== null ? `${day}日` : ''}`;
    });
}

export function normaliseHead(text: string): string {
  let s = text.slice(0, HEAD_CHARS).replace(/^\uFEFF/, '');
  s = s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  s = toSimplified(s).replace(GLOSS, '');
  s = chineseDates(s);
  // Spaced-out headings (政 府 工 作 报 告) and spaces around digits inside dates.
  s = s.replace(/(?<=[\u4e00-\u9fff\d])[ \t\u3000]+(?=[\u4e00-\u9fff\d])/g, '');
  return s;
}
