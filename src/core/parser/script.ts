// Traditional → simplified, one character for one character, so that offsets survive.
// OpenCC's phrase tables would change lengths; the character table is enough for labels
// and for the words the parser looks for.
import tsCharacters from 'opencc-js/dict/TSCharacters';

let table: Uint16Array | undefined;

/** Built once, on first use: code unit → simplified code unit, 0 where nothing changes. */
function traditionalTable(): Uint16Array {
  if (table) return table;
  const codes = new Uint16Array(0x10000);
  for (const entry of tsCharacters.split('|')) {
    const [from, to] = entry.split(' ');
    // Only BMP pairs map one code unit to one code unit; the rest are rare historic forms.
    if (from && to && from.length === 1 && to.length === 1) codes[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  table = codes;
  return codes;
}

/** The simplified form of one UTF-16 code unit (as a code), or the code itself. */
export function simplifiedCode(code: number): number {
  if (code < 0x3400) return code;
  return traditionalTable()[code] || code;
}

/** The simplified form of one UTF-16 code unit, or the unit itself. */
export function simplifiedChar(ch: string): string {
  return String.fromCharCode(simplifiedCode(ch.charCodeAt(0)));
}

/** Simplified form of a string, character by character (same length as the input). */
export function toSimplified(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += simplifiedChar(s[i]);
  return out;
}
