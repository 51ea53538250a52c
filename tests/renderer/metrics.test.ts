import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../src/core/catalogue';
import type { Indicator } from '../../src/core/model';
import type { MetricMapping, StoredReport } from '../../src/shared/api';
import { effectiveMetric, metricName, summariseMetrics } from '../../src/renderer/src/lib/metrics';

const mapping = (merges: Record<string, string> = {}, names: Record<string, string> = {}): MetricMapping => ({ merges, names });

function ind(id: string, label: string, metric: string, kind: Indicator['kind'] = 'actual'): Indicator {
  return {
    id, label, metric, kind, value: 1, unit: '个', normValue: 1, baseUnit: '个', change: null, approx: false,
    section: 'review', catalogued: !metric.startsWith('label:'), start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1,
  };
}

function report(id: string, indicators: Indicator[]): StoredReport {
  const none = { value: null, source: 'none' as const };
  return {
    id,
    addedAt: '2024-01-01T00:00:00Z',
    demo: false,
    indicators,
    document: {
      fileName: `${id}.txt`, format: 'txt', encoding: 'utf-8', text: 'x', contentHash: id, sizeBytes: 1, warnings: [],
      meta: { region: none, regionLevel: none, reportDate: none, reviewYear: none, title: none },
    },
  };
}

describe('effectiveMetric', () => {
  it.each([
    ['unmerged key stays', {}, 'a', 'a'],
    ['one merge', { a: 'b' }, 'a', 'b'],
    ['merges chain to the end', { a: 'b', b: 'c' }, 'a', 'c'],
    ['a cycle stops instead of looping', { a: 'b', b: 'a' }, 'a', 'b'],
    ['self merge is harmless', { a: 'a' }, 'a', 'a'],
  ])('%s', (_name, merges, key, expected) => {
    expect(effectiveMetric(mapping(merges), key)).toBe(expected);
  });
});

describe('metricName', () => {
  const catalogue = createCatalogue([{ key: 'gdp', zh: '地区生产总值', en: 'GDP', aliases: [], unitType: 'money', headline: true }]);
  it.each([
    ['user name wins', 'gdp', mapping({}, { gdp: '生产总值(自定)' }), 'zh', undefined, '生产总值(自定)'],
    ['catalogue name (zh)', 'gdp', mapping(), 'zh', undefined, '地区生产总值'],
    ['catalogue name (en)', 'gdp', mapping(), 'en', undefined, 'GDP'],
    ['label fallback', 'label:停车泊位', mapping(), 'zh', '智慧停车泊位', '智慧停车泊位'],
    ['derived key without a label', 'label:停车泊位', mapping(), 'zh', undefined, '停车泊位'],
  ] as const)('%s', (_name, key, m, language, fallback, expected) => {
    expect(metricName(key, m, catalogue, language, fallback)).toBe(expected);
  });
});

describe('summariseMetrics', () => {
  const catalogue = createCatalogue();
  const reports = [
    report('r1', [ind('1', '智慧停车泊位', 'label:智慧停车泊位'), ind('2', '排名', 'label:排名', 'rank')]),
    report('r2', [ind('3', '智能停车泊位', 'label:智能停车泊位'), ind('4', '智能停车泊位', 'label:智能停车泊位', 'target')]),
  ];

  it('lists each metric once with its labels, occurrences and reports; ranks are left out', () => {
    const out = summariseMetrics(reports, mapping(), catalogue, 'zh');
    expect(out.map((m) => m.key).sort()).toEqual(['label:智慧停车泊位', 'label:智能停车泊位']);
    const smart = out.find((m) => m.key === 'label:智能停车泊位')!;
    expect(smart).toMatchObject({ occurrences: 2, reports: 1, labels: ['智能停车泊位'], members: ['label:智能停车泊位'] });
  });

  it('merged keys show as one metric whose members can be split out again', () => {
    const out = summariseMetrics(reports, mapping({ 'label:智能停车泊位': 'label:智慧停车泊位' }), catalogue, 'zh');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ key: 'label:智慧停车泊位', reports: 2, occurrences: 3 });
    expect(out[0].members).toEqual(['label:智慧停车泊位', 'label:智能停车泊位']);
    expect(out[0].labels[0]).toBe('智能停车泊位');
  });

  it('an empty workspace has no metrics', () => {
    expect(summariseMetrics([], mapping(), catalogue, 'zh')).toEqual([]);
  });
});
