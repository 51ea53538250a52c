import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeWindow, scrollToRow } from '../../src/renderer/src/lib/windowing';

describe('computeWindow', () => {
  it.each([
    { name: 'top of a long list', args: [0, 300, 30, 1000, 2], expected: { first: 0, last: 12, padTop: 0, padBottom: 988 * 30 } },
    { name: 'scrolled to the middle', args: [3000, 300, 30, 1000, 2], expected: { first: 98, last: 112, padTop: 98 * 30, padBottom: 888 * 30 } },
    { name: 'short list: everything', args: [0, 600, 30, 5, 8], expected: { first: 0, last: 5, padTop: 0, padBottom: 0 } },
    { name: 'empty list', args: [0, 600, 30, 0, 8], expected: { first: 0, last: 0, padTop: 0, padBottom: 0 } },
    { name: 'scrolled past the end (list shrank)', args: [99999, 300, 30, 10, 2], expected: { first: 10, last: 10, padTop: 300, padBottom: 0 } },
    { name: 'negative or NaN scroll is the top', args: [Number.NaN, 300, 30, 100, 0], expected: { first: 0, last: 10, padTop: 0, padBottom: 2700 } },
    { name: 'zero row height renders nothing rather than dividing by zero', args: [0, 300, 0, 100, 0], expected: { first: 0, last: 0, padTop: 0, padBottom: 0 } },
  ] as const)('$name', ({ args: [top, height, row, count, overscan], expected }) => {
    expect(computeWindow(top, height, row, count, overscan)).toEqual(expected);
  });

  it('always renders the visible rows and keeps the total height', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 100 }), fc.nat(20_000), fc.nat(20), (top, height, row, count, overscan) => {
        const w = computeWindow(top, height, row, count, overscan);
        expect(w.first).toBeGreaterThanOrEqual(0);
        expect(w.last).toBeLessThanOrEqual(count);
        expect(w.first).toBeLessThanOrEqual(w.last);
        expect(w.padTop + (w.last - w.first) * row + w.padBottom).toBe(count * row);
        const firstVisible = Math.floor(top / row);
        const lastVisible = Math.min(count, Math.ceil((top + height) / row));
        if (firstVisible < count) {
          expect(w.first).toBeLessThanOrEqual(firstVisible);
          expect(w.last).toBeGreaterThanOrEqual(lastVisible);
        }
      }),
    );
  });
});

describe('scrollToRow', () => {
  it.each([
    { name: 'row already visible', args: [5, 0, 300, 30], expected: null },
    { name: 'row above: scroll up to it', args: [2, 300, 300, 30], expected: 60 },
    { name: 'row below: scroll just enough', args: [20, 0, 300, 30], expected: 21 * 30 - 300 },
  ] as const)('$name', ({ args: [index, top, height, row], expected }) => {
    expect(scrollToRow(index, top, height, row)).toBe(expected);
  });
});
