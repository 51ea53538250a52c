import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredReport } from '../../src/shared/api';
import { createReportTextCache, type TextKey } from '../../src/renderer/src/lib/report-texts';

/** A fake main process: texts by report id, every call recorded; `fail` makes the next calls for an id reject. */
function fakeSource(texts: Record<string, string>) {
  const calls: string[] = [];
  const fail = new Set<string>();
  let inFlight = 0;
  let maxInFlight = 0;
  return {
    calls,
    fail,
    maxInFlight: () => maxInFlight,
    texts,
    async getReportText(id: string): Promise<string> {
      calls.push(id);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      if (fail.has(id)) throw new Error(`找不到报告 ${id} / report ${id} not found`);
      if (!(id in texts)) throw new Error(`no text for ${id}`);
      return texts[id];
    },
  };
}

const key = (id: string, contentHash = `h-${id}`): TextKey => ({ id, document: { contentHash } });

function report(id: string, sentence: string): StoredReport {
  const none = { value: null, source: 'none' as const };
  return {
    id,
    addedAt: '2024-01-01T00:00:00Z',
    demo: false,
    indicators: [],
    document: {
      fileName: `${id}.txt`, format: 'txt', encoding: 'utf-8', contentHash: `h-${id}`, sizeBytes: 0, warnings: [], textLength: sentence.length,
      meta: { region: none, regionLevel: none, reportDate: none, reviewYear: none, title: none },
    },
  };
}

describe('report text cache', () => {
  it('fetches a text once per id and content hash, sharing a request in flight', async () => {
    const source = fakeSource({ a: '甲区正文', b: '乙区正文' });
    const cache = createReportTextCache(source);
    expect(cache.peek(key('a'))).toBeUndefined();
    const [first, second] = await Promise.all([cache.get(key('a')), cache.get(key('a'))]);
    expect([first, second]).toEqual(['甲区正文', '甲区正文']);
    expect(await cache.get(key('a'))).toBe('甲区正文');
    expect(cache.peek(key('a'))).toBe('甲区正文');
    expect(source.calls).toEqual(['a']);
    expect(cache.size()).toBe('甲区正文'.length);
  });

  it.each([
    ['the same report after a re-decode (new content hash)', key('a', 'h2'), ['a', 'a'], '重新解码后的正文'],
    ['another report', key('b'), ['a', 'b'], '乙区正文'],
  ])('fetches again for %s', async (_name, second, calls, expected) => {
    const source = fakeSource({ a: '甲区正文', b: '乙区正文' });
    const cache = createReportTextCache(source);
    await cache.get(key('a'));
    source.texts.a = '重新解码后的正文';
    expect(await cache.get(second)).toBe(expected);
    expect(source.calls).toEqual(calls);
    // The old version is still what its own key gives.
    expect(cache.peek(key('a'))).toBe('甲区正文');
  });

  it('does not keep a failure: the error reaches the caller, and asking again retries', async () => {
    const source = fakeSource({ a: '甲区正文' });
    source.fail.add('a');
    const cache = createReportTextCache(source);
    await expect(cache.get(key('a'))).rejects.toThrow(/找不到报告 a/);
    expect(cache.peek(key('a'))).toBeUndefined();
    source.fail.delete('a');
    expect(await cache.get(key('a'))).toBe('甲区正文');
    expect(source.calls).toEqual(['a', 'a']);
  });

  it('refuses a reply that is not a string', async () => {
    const cache = createReportTextCache({ getReportText: async () => null as unknown as string });
    await expect(cache.get(key('a'))).rejects.toThrow(/returned object/);
    expect(cache.size()).toBe(0);
  });

  it('drops the least recently used texts beyond its size, never the one just fetched', async () => {
    const source = fakeSource({ a: 'aaaa', b: 'bbbb', c: 'cccc', big: 'x'.repeat(20) });
    const cache = createReportTextCache(source, 10);
    await cache.get(key('a'));
    await cache.get(key('b'));
    await cache.get(key('a')); // a is now the most recent
    await cache.get(key('c')); // 12 chars > 10: b goes
    expect([cache.peek(key('a')), cache.peek(key('b')), cache.peek(key('c'))]).toEqual(['aaaa', undefined, 'cccc']);
    expect(cache.size()).toBe(8);
    await cache.get(key('big'));
    expect(cache.peek(key('big'))).toBe('x'.repeat(20));
    expect(cache.peek(key('a'))).toBeUndefined();
    expect(cache.size()).toBe(20);
  });

  it('attaches texts for an export in order, without touching the snapshot, a few calls at a time', async () => {
    const texts = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`r${i}`, `第${i}份报告的正文。`]));
    const source = fakeSource(texts);
    const cache = createReportTextCache(source);
    const reports = Object.keys(texts).map((id) => report(id, texts[id]));
    const withText = await cache.withTexts(reports);
    expect(withText.map((r) => r.document.text)).toEqual(Object.values(texts));
    expect(withText.map((r) => r.id)).toEqual(reports.map((r) => r.id));
    expect(reports.every((r) => r.document.text === undefined)).toBe(true);
    expect(source.maxInFlight()).toBeGreaterThan(1);
    expect(source.maxInFlight()).toBeLessThanOrEqual(8);
    expect(await cache.withTexts([])).toEqual([]);
  });

  it('fails an export when one text cannot be read, naming the report', async () => {
    const source = fakeSource({ a: '甲', b: '乙' });
    source.fail.add('b');
    const cache = createReportTextCache(source);
    await expect(cache.withTexts([report('a', '甲'), report('b', '乙')])).rejects.toThrow(/report b not found/);
  });

  it('keeps its size within bounds and every text it holds correct, whatever the order of requests', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }), fc.integer({ min: 1, max: 12 }), async (order, max) => {
        const source = fakeSource({ a: 'a'.repeat(3), b: 'b'.repeat(5), c: 'c'.repeat(7), d: '' });
        const cache = createReportTextCache(source, max);
        for (const id of order) expect(await cache.get(key(id))).toBe(source.texts[id]);
        const held = ['a', 'b', 'c', 'd'].map((id) => cache.peek(key(id)));
        held.forEach((text, i) => text === undefined || expect(text).toBe(source.texts['abcd'[i]]));
        const last = order[order.length - 1];
        if (last) expect(cache.peek(key(last))).toBe(source.texts[last]);
        expect(cache.size()).toBe(held.reduce((n, t) => n + (t?.length ?? 0), 0));
        expect(cache.size() <= max || held.filter((t) => t !== undefined && t.length > 0).length === 1).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
