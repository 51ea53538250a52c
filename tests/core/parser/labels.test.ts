import { describe, expect, it } from 'vitest';
import { afterPhrase } from '../../../src/core/parser/labels';

describe('afterPhrase: the noun phrase after a figure', () => {
  it.each([
    ['规上工业企业在', '规上工业企业'],
    ['重点企业于', '重点企业'],
    ['群众向', '群众'],
    // Words that end in a preposition's character are kept whole.
    ['企业所在', '企业所在'],
    ['项目位于', '项目位于'],
    ['在', '在'],
    ['', ''],
  ])('%j → %j', (raw, expected) => {
    expect(afterPhrase(raw)).toBe(expected);
  });
});
