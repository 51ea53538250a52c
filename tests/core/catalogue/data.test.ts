import { describe, expect, it } from 'vitest';
import { CatalogueDataError, catalogueMetrics, defaultCatalogue, normaliseLabel, parseCatalogueJson } from '../../../src/core/catalogue';
import { hasShared, readHeadlineMetrics, skipMessage } from './shared-corpus';

describe('resources/metrics.json', () => {
  const metrics = catalogueMetrics();

  it('is valid and large enough', () => {
    expect(metrics.length).toBeGreaterThanOrEqual(60);
    for (const metric of metrics) expect(metric.aliases.length, metric.key).toBeGreaterThan(0);
  });

  it('every metric is found by its own name and every alias', () => {
    const catalogue = defaultCatalogue();
    for (const metric of metrics) {
      for (const wording of [metric.zh, ...metric.aliases]) expect(catalogue.match(wording).metric, wording).toBe(metric.key);
    }
  });

  if (!hasShared) console.warn(skipMessage);
  it.skipIf(!hasShared)('uses every headline key of ../shared/eval/headline-metrics.json with all its names, and marks only those headline', () => {
    const headline = readHeadlineMetrics();
    const catalogue = defaultCatalogue();
    for (const { key, names } of headline) {
      const metric = catalogue.get(key);
      expect(metric, key).toBeDefined();
      expect(metric!.headline, key).toBe(true);
      const aliases = new Set(metric!.aliases.map(normaliseLabel));
      for (const name of names) expect(aliases.has(normaliseLabel(name)), `${key}: ${name}`).toBe(true);
    }
    expect(metrics.filter((m) => m.headline).map((m) => m.key).sort()).toEqual(headline.map((m) => m.key).sort());
  });
});

describe('parseCatalogueJson rejects a broken catalogue with a message', () => {
  const metric = { key: 'gdp', zh: '地区生产总值', en: 'GDP', aliases: ['GDP'], unitType: 'money', headline: true };
  it.each([
    ['not an object', null, /metrics/],
    ['no metrics', { metrics: [] }, /metrics/],
    ['key not snake_case', { metrics: [{ ...metric, key: 'GDP' }] }, /snake_case/],
    ['unknown unit type', { metrics: [{ ...metric, unitType: 'money-ish' }] }, /unitType/],
    ['duplicate key', { metrics: [metric, { ...metric, aliases: ['经济总量'], zh: '经济' }] }, /duplicate key gdp/],
    ['wording claimed twice', { metrics: [metric, { ...metric, key: 'gdp2', zh: '生产总值二', aliases: ['ｇｄｐ'] }] }, /alias of both gdp and gdp2/],
  ])('%s', (_name, json, message) => {
    expect(() => parseCatalogueJson(json)).toThrow(CatalogueDataError);
    expect(() => parseCatalogueJson(json)).toThrow(message);
  });

  it('accepts a valid one', () => {
    expect(parseCatalogueJson({ metrics: [metric] })).toEqual([metric]);
  });
});
