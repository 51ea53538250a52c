// Spreadsheet-safe cell text: numbers without exponent notation, and no formula injection.
import { isNumericText, plainNumber } from '../format/number';

export type CellValue = string | number | boolean | null | undefined;

/** Cells a spreadsheet would run as a formula: = + - @, tab or CR first. A number (-0.3, +6.5%) is left
 *  alone; anything else gets a leading apostrophe so it shows as text. */
export function guardCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !isNumericText(text) ? `'${text}` : text;
}

/** A cell as text: numbers in full precision and never in exponent notation, booleans as words are
 *  the caller's choice (true/false here), null as empty. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return guardCell(String(value));
}
