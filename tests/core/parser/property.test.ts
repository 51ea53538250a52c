// extractIndicators must never throw and must keep its span invariants on any input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../../src/core/parser';
import type { Indicator } from '../../../src/core/model';

const SENTENCES = [
  '全年实现地区生产总值856.3亿元,同比增长7.2%。',
  '城镇、农村常住居民人均可支配收入分别增长5.6%、7.9%。',
  '地區生產總值增長(zhǎng)６.５％,財政收入１２.８億元。',
  '发放助农贷款3560笔9.6亿元,总额分别增长12%、30%。',
  '预计全年固定资产投资增长10%左右;新增城镇就业1.2万人。',
  '工业总产值突破千亿元,接待游客近2万人次,引进人才300余人。',
  '一、2023年工作回顾\n二、2024年工作安排\n力争地区生产总值增长6%。',
  '三次产业结构比为9.6∶38.2∶52.2,开通12345热线,“1+1+N”。',
];

const FRAGMENTS = ['亿元', '万', '%', '个百分点', '倍', '增长', '下降', '分别', '、', ',', '。', '\n', ' ', '以上', '近', '余', '第', '“', '”', '(', ')', '年均', '预计', '一', '十', '千', '两', '〇', '\u3000', '８', '%以内'];

const realLooking = fc
  .tuple(fc.constantFrom(...SENTENCES), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...FRAGMENTS)), { maxLength: 8 }))
  .map(([s, edits]) => {
    let t = s;
    for (const [at, del, ins] of edits) {
      const k = at % (t.length + 1);
      t = t.slice(0, k) + ins + t.slice(k + del);
    }
    return t;
  });

const numbersAndUnits = fc
  .array(
    fc.oneof(
      fc.double({ min: 0, max: 1e15, noNaN: true }).map((n) => String(n)),
      fc.bigInt({ min: 0n, max: 10n ** 30n }).map((n) => n.toString()),
      fc.constantFrom(...FRAGMENTS),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 120 }), realLooking, numbersAndUnits);

/** The digits of a value as it may be written in the evidence (spaces and line breaks folded). */
function holdsNumber(evidence: string, ind: Indicator): boolean {
  const folded = evidence.replace(/\s/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /[0-9零〇一二两三四五六七八九十百千万亿]/.test(folded) && (ind.value !== null || ind.change !== null);
}

function checkInvariants(text: string, list: Indicator[]): void {
  const ids = new Set<string>();
  for (const ind of list) {
    expect(Number.isInteger(ind.start) && Number.isInteger(ind.end)).toBe(true);
    expect(ind.start).toBeGreaterThanOrEqual(0);
    expect(ind.end).toBeGreaterThan(ind.start);
    expect(ind.end).toBeLessThanOrEqual(text.length);
    expect(ind.sentenceStart).toBeLessThanOrEqual(ind.start);
    expect(ind.sentenceEnd).toBeGreaterThanOrEqual(ind.end);
    expect(ind.sentenceEnd).toBeLessThanOrEqual(text.length);
    expect(holdsNumber(text.slice(ind.start, ind.end), ind)).toBe(true);
    if (ind.value !== null) expect(Number.isFinite(ind.value)).toBe(true);
    expect((ind.value === null) === (ind.unit === null) || ind.value !== null).toBe(true);
    expect(ind.normValue === null).toBe(ind.value === null);
    expect(ids.has(ind.id)).toBe(false);
    ids.add(ind.id);
  }
}

describe('extractIndicators properties', () => {
  it('never throws and keeps every span inside the text (arbitrary and real-looking input)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text, extractIndicators(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(realLooking, (text) => {
        expect(extractIndicators(text)).toEqual(extractIndicators(text));
      }),
      { numRuns: 200 },
    );
  });

  it('handles empty and huge inputs', () => {
    expect(extractIndicators('')).toEqual([]);
    const big = SENTENCES.join('\n').repeat(200);
    checkInvariants(big, extractIndicators(big));
  });
});
