// Traditional → simplified, one character for one character, so that offsets survive.
// OpenCC's phrase tables would change lengths; the character table is enough for labels
// and for the words the parser looks for.
import tsCharacters from 'opencc-js/dict/TSCharacters';

let table: Map<number, string> | undefined;

/** Built once, on first use (a few thousand entries). */
function traditionalTable(): Map<number, string> {
  if (table) return table;
  const map = new Map<number, string>();
  for (const entry of tsCharacters.split('|')) {
    const [from, to] = entry.split(' ');
    // Only BMP pairs map one code unit to one code unit; the rest are rare historic forms.
    if (from && to && from.length === 1 && to.length === 1) map.set(from.charCodeAt(0), to);
  }
  table = map;
  return map;
}

/** The simplified form of one UTF-16 code unit, or the unit itself. */
export function simplifiedChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x3400) return ch;
  return traditionalTable().get(code) ?? ch;
}

/** Simplified form of a string, character by character (same length as the input). */
export function toSimplified(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += simplifiedChar(s[i]);
  return out;
}
