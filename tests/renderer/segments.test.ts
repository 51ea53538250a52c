import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/renderer/src/lib/segments';

describe('segmentText', () => {
  it.each([
    { name: 'no spans: one plain run', length: 10, spans: [], expected: [{ start: 0, end: 10, ids: [] }] },
    {
      name: 'one span in the middle',
      length: 10,
      spans: [{ id: 'a', start: 2, end: 5 }],
      expected: [
        { start: 0, end: 2, ids: [] },
        { start: 2, end: 5, ids: ['a'] },
        { start: 5, end: 10, ids: [] },
      ],
    },
    {
      name: 'overlapping spans keep both ids on the shared run',
      length: 8,
      spans: [
        { id: 'a', start: 0, end: 5 },
        { id: 'b', start: 3, end: 8 },
      ],
      expected: [
        { start: 0, end: 3, ids: ['a'] },
        { start: 3, end: 5, ids: ['a', 'b'] },
        { start: 5, end: 8, ids: ['b'] },
      ],
    },
    {
      name: 'empty, reversed and out-of-range spans are dropped or clamped',
      length: 5,
      spans: [
        { id: 'empty', start: 2, end: 2 },
        { id: 'reversed', start: 4, end: 1 },
        { id: 'clamped', start: 3, end: 99 },
        { id: 'nan', start: Number.NaN, end: 2 },
      ],
      expected: [
        { start: 0, end: 2, ids: ['nan'] },
        { start: 2, end: 3, ids: [] },
        { start: 3, end: 5, ids: ['clamped'] },
      ],
    },
    { name: 'empty text', length: 0, spans: [{ id: 'a', start: 0, end: 3 }], expected: [] },
  ])('$name', ({ length, spans, expected }) => {
    expect(segmentText(length, spans)).toEqual(expected);
  });

  it('covers the text exactly once, in order, and every run lists exactly the spans covering it', () => {
    const span = fc.record({ id: fc.string({ maxLength: 3 }), start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.array(span, { maxLength: 20 }), (length, spans) => {
        const segments = segmentText(length, spans);
        let at = 0;
        for (const seg of segments) {
          expect(seg.start).toBe(at);
          expect(seg.end).toBeGreaterThan(seg.start);
          at = seg.end;
          const covering = spans
            .filter((s) => Math.max(0, s.start) <= seg.start && Math.min(length, s.end) >= seg.end && Math.min(length, s.end) > Math.max(0, s.start))
            .map((s) => s.id);
          expect(seg.ids).toEqual(covering);
        }
        expect(at).toBe(length);
      }),
    );
  });
});
