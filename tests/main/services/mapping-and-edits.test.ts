import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../../src/core/catalogue';
import type { Indicator } from '../../../src/core/model';
import type { MetricMapping } from '../../../src/shared/api';
import { hasCycle, mergeMetrics, renameMetric, splitMetric } from '../../../src/main/services/mapping-ops';
import { applyIndicatorEdits, applyIndicatorPatch, applyMetaEdits, mergeMetaEdits, splitUnit } from '../../../src/main/services/report-edits';
import { isIgnoredName, isSupportedFile } from '../../../src/main/import/collect-files';

const empty: MetricMapping = { merges: {}, names: {} };

describe('mapping operations', () => {
  const CASES: { name: string; start: MetricMapping; op(m: MetricMapping): MetricMapping; merges: Record<string, string> }[] = [
    { name: 'merge two into a target', start: empty, op: (m) => mergeMetrics(m, ['a', 'b'], 't'), merges: { a: 't', b: 't' } },
    { name: 'merging the target into itself is ignored', start: empty, op: (m) => mergeMetrics(m, ['t'], 't'), merges: {} },
    { name: 'reverse merge makes the new target the root', start: { merges: { a: 't' }, names: {} }, op: (m) => mergeMetrics(m, ['t'], 'a'), merges: { t: 'a' } },
    { name: 'long chain reversed', start: { merges: { a: 'b', b: 'c' }, names: {} }, op: (m) => mergeMetrics(m, ['c'], 'a'), merges: { b: 'c', c: 'a' } },
    { name: 'split removes only that key', start: { merges: { a: 't', b: 't' }, names: {} }, op: (m) => splitMetric(m, 'a'), merges: { b: 't' } },
    { name: 'split of an unmerged key changes nothing', start: { merges: { a: 't' }, names: {} }, op: (m) => splitMetric(m, 't'), merges: { a: 't' } },
  ];
  it.each(CASES)('$name', ({ start, op, merges }) => {
    const out = op(start);
    expect(out.merges).toEqual(merges);
    expect(hasCycle(out)).toBe(false);
  });

  it('renames, trims, and removes a name given null or blanks', () => {
    let m = renameMetric(empty, 'gdp', ' 生产总值 ');
    expect(m.names).toEqual({ gdp: '生产总值' });
    m = renameMetric(m, 'gdp', '   ');
    expect(m.names).toEqual({});
    expect(renameMetric({ merges: {}, names: { x: 'y' } }, 'x', null).names).toEqual({});
  });

  it('detects a cycle in a hand-edited mapping', () => {
    expect(hasCycle({ merges: { a: 'b', b: 'a' }, names: {} })).toBe(true);
    expect(hasCycle({ merges: { a: 'b', b: 'c' }, names: {} })).toBe(false);
  });

  it('never creates a cycle, whatever sequence of operations', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const op = fc.oneof(
      fc.record({ kind: fc.constant('merge' as const), sources: fc.array(key, { minLength: 1, maxLength: 3 }), target: key }),
      fc.record({ kind: fc.constant('split' as const), source: key }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let m = empty;
        for (const o of ops) m = o.kind === 'merge' ? mergeMetrics(m, o.sources, o.target) : splitMetric(m, o.source);
        expect(hasCycle(m)).toBe(false);
        // A merge just made holds: its sources line up with its target.
        const last = ops[ops.length - 1];
        if (last?.kind === 'merge') {
          for (const s of last.sources) if (s !== last.target) expect(m.merges[s]).toBe(last.target);
        }
      }),
    );
  });
});

function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    id: 'i1',
    label: '地区生产总值',
    value: 12.8,
    unit: '亿元',
    normValue: 1.28e9,
    baseUnit: '元',
    change: { value: 6.2, unit: '%' },
    approx: false,
    kind: 'actual',
    section: 'review',
    metric: 'gdp',
    catalogued: true,
    start: 10,
    end: 17,
    sentenceStart: 0,
    sentenceEnd: 30,
    ...over,
  };
}

describe('indicator corrections', () => {
  const catalogue = createCatalogue([], { 全区生产总值: 'gdp' });
  const CASES: [string, Parameters<typeof applyIndicatorPatch>[1], Partial<Indicator>][] = [
    ['value in the same unit keeps the parser scale', { value: 13 }, { value: 13, normValue: 1.3e9, baseUnit: '元' }],
    ['unit change rescales', { unit: '万元' }, { unit: '万元', normValue: 128000, baseUnit: '元' }],
    ['千瓦 is a unit, not 千 × 瓦', { value: 5, unit: '万千瓦' }, { normValue: 50000, baseUnit: '千瓦' }],
    ['change-only statement', { value: null, unit: null }, { value: null, unit: null, normValue: null, baseUnit: null }],
    ['label outside the catalogue gets a label key', { label: '新指标' }, { label: '新指标', metric: 'label:新指标', catalogued: false }],
    ['label the user aliased', { label: '全区生产总值' }, { metric: 'gdp' }],
    ['kind and approx', { kind: 'target', approx: true }, { kind: 'target', approx: true }],
    ['change removed', { change: null }, { change: null }],
  ];
  it.each(CASES)('%s', (_name, patch, expected) => {
    const out = applyIndicatorPatch(indicator(), patch, catalogue);
    expect(out).toMatchObject({ ...expected, edited: true });
    // Grounding never moves: the edit does not touch the evidence span.
    expect([out.start, out.end, out.sentenceStart, out.sentenceEnd]).toEqual([10, 17, 0, 30]);
  });

  it('applies updates and deletions by id, leaving the rest and unknown ids alone', () => {
    const parsed = [indicator({ id: 'a' }), indicator({ id: 'b' }), indicator({ id: 'c' })];
    const out = applyIndicatorEdits(parsed, { a: { op: 'update', patch: { value: 1 } }, b: { op: 'delete' }, zz: { op: 'delete' } }, catalogue);
    expect(out.map((i) => [i.id, i.value, i.edited ?? false])).toEqual([
      ['a', 1, true],
      ['c', 12.8, false],
    ]);
  });

  it('units: multipliers stripped only at the start and only for known multipliers', () => {
    expect(splitUnit('亿元')).toEqual({ scale: 1e8, baseUnit: '元' });
    expect(splitUnit('万亿元')).toEqual({ scale: 1e12, baseUnit: '元' });
    expect(splitUnit('千克')).toEqual({ scale: 1, baseUnit: '千克' });
    expect(splitUnit('万')).toEqual({ scale: 1, baseUnit: '万' });
    expect(splitUnit('%')).toEqual({ scale: 1, baseUnit: '%' });
  });
});

describe('metadata corrections', () => {
  const none = { value: null, source: 'none' as const };
  const meta = { region: { value: '甲区', source: 'title' as const }, regionLevel: none, reportDate: none, reviewYear: none, title: none };
  it('marks corrected fields as the user’s and keeps the others', () => {
    const out = applyMetaEdits(meta, { reviewYear: 2023, region: null });
    expect(out.reviewYear).toEqual({ value: 2023, source: 'user' });
    expect(out.region).toEqual({ value: null, source: 'user' });
    expect(out.title).toEqual(none);
  });
  it('later patches win field by field', () => {
    expect(mergeMetaEdits({ region: 'a', title: 't' }, { region: 'b', title: undefined })).toEqual({ region: 'b', title: 't' });
  });
});

describe('folder import names', () => {
  const NAMES: [string, boolean][] = [
    ['2023年政府工作报告.txt', true],
    ['report.PDF', true],
    ['page.htm', true],
    ['page.html', true],
    ['report.docx', true],
    ['notes.md', true],
    ['.hidden.txt', false],
    ['~$report.docx', false],
    ['Thumbs.db', false],
    ['desktop.ini', false],
    ['image.png', false],
    ['archive.zip', false],
    ['noextension', false],
  ];
  it.each(NAMES)('%s supported=%s', (name, supported) => expect(isSupportedFile(name)).toBe(supported));
  it('ignores hidden and system folders', () => {
    expect(['.git', '__MACOSX', 'node_modules', '$RECYCLE.BIN'].every(isIgnoredName)).toBe(true);
    expect(isIgnoredName('2023')).toBe(false);
  });
});
