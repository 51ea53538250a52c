import { describe, expect, it } from 'vitest';
import { errorText } from '../../src/renderer/src/lib/errors';

describe('errorText', () => {
  it.each([
    ['Electron prefix and error class removed', new Error("Error invoking remote method 'rc:updateMeta': UserError: 找不到报告 x / report x not found"), '找不到报告 x / report x not found'],
    ['prefix without a class', new Error("Error invoking remote method 'rc:save': disk full"), 'disk full'],
    ['plain errors stay as they are', new Error('磁盘已满 / disk full'), '磁盘已满 / disk full'],
    ['the prefix only counts at the start', new Error("note: Error invoking remote method 'x': y"), "note: Error invoking remote method 'x': y"],
    ['non-Error values', 'just text', 'just text'],
    ['undefined', undefined, 'undefined'],
  ])('%s', (_name, error, expected) => {
    expect(errorText(error)).toBe(expected);
  });
});
