import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState } from '../../src/renderer/src/lib/view-state';

describe('parseViewState', () => {
  it('reads back what the renderer saved', () => {
    const saved = {
      view: 'years',
      reportId: 'abc',
      indicatorId: 'i1',
      region: '铜官区',
      year: 2023,
      yearRows: ['gdp|元', 'label:x|个'],
      regionRow: 'gdp|元',
      leftId: 'l',
      rightId: 'r',
      filter: { metric: 'gdp', section: 'plan', kind: 'target' },
      headlineOnly: true,
    };
    expect(parseViewState(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });

  it.each([
    ['nothing saved', undefined],
    ['null', null],
    ['a string', 'years'],
    ['an array', ['years']],
  ])('%s gives the defaults', (_name, raw) => {
    expect(parseViewState(raw)).toEqual(DEFAULT_VIEW_STATE);
  });

  it.each([
    ['unknown view', { view: 'settings' }, { view: 'library' }],
    ['year as text', { year: '2023' }, { year: null }],
    ['implausible year', { year: 99 }, { year: null }],
    ['fractional year', { year: 2023.5 }, { year: null }],
    ['empty region', { region: '' }, { region: null }],
    ['rows with junk', { yearRows: ['a', 3, null, 'b'] }, { yearRows: ['a', 'b'] }],
    ['unknown kind and section', { filter: { kind: 'guess', section: 'x', metric: 7 } }, { filter: { kind: null, section: null, metric: null } }],
    ['headlineOnly must be true, not truthy', { headlineOnly: 'yes' }, { headlineOnly: false }],
  ])('%s is corrected', (_name, raw, expected) => {
    expect(parseViewState(raw)).toMatchObject(expected);
  });

  it('never throws and always yields a valid view', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const state = parseViewState(raw);
        expect(Object.keys(state).sort()).toEqual(Object.keys(DEFAULT_VIEW_STATE).sort());
        expect(['library', 'report', 'years', 'regions', 'side', 'metrics']).toContain(state.view);
        expect(Array.isArray(state.yearRows)).toBe(true);
      }),
    );
  });
});
