// Text encodings of reports found in the wild: UTF-8 (with or without BOM), UTF-16 (BOM, or
// BOM-less with the NUL pattern of ASCII), GB2312/GBK/GB18030 (decoded as GB18030, their superset)
// and Big5. Detection: BOM, then a UTF-8 validity count, then a score of how many decoded
// characters are common in reports, with chardet only for text that is not Chinese at all.
import iconv from 'iconv-lite';
import chardet from 'chardet';
import { ENCODING_SAMPLE_BYTES } from './limits';

export type EncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | (string & {});

export interface Detected {
  encoding: EncodingName;
  /** Observations worth telling the user (invalid bytes replaced, mixed encodings). */
  warnings: string[];
}

const ALIASES: Record<string, EncodingName> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8-bom',
  'utf8-bom': 'utf-8-bom',
  'utf-8-sig': 'utf-8-bom',
  utf16le: 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  utf16: 'utf-16le',
  'ucs-2': 'utf-16le',
  ucs2: 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  cp936: 'gb18030',
  'x-gbk': 'gb18030',
  'euc-cn': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  cp950: 'big5',
};

/** The normalised name of an encoding a user or a <meta charset> names, or null when unknown. */
export function normaliseEncoding(name: string): EncodingName | null {
  const key = name.trim().toLowerCase().replace(/_/g, '-');
  if (ALIASES[key]) return ALIASES[key];
  return iconv.encodingExists(key) ? key : null;
}

export function bomOf(bytes: Uint8Array): EncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Decodes bytes. A byte-order mark is KEPT as U+FEFF at the start of the text, as Node's
 *  readFileSync(p, 'utf8') keeps it: offsets into our text then equal offsets computed by tools
 *  that read the same file that way (the corpus scorer). */
export function decodeBytes(bytes: Uint8Array, encoding: EncodingName): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    case 'utf-16le':
      return iconv.decode(buf, 'utf-16le', { stripBOM: false });
    case 'utf-16be':
      return iconv.decode(buf, 'utf-16be', { stripBOM: false });
    default:
      return iconv.decode(buf, encoding, { stripBOM: false });
  }
}

interface Utf8Count {
  /** Multi-byte sequences that are valid UTF-8. */
  valid: number;
  /** Bytes that cannot be part of valid UTF-8. */
  invalid: number;
}

export function countUtf8(bytes: Uint8Array): Utf8Count {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) (len = 2), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (len = 3), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (len = 4), (min = 0x10000);
    if (len === 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + len > n) {
      // A sequence cut by the end of a sample is not evidence against UTF-8.
      break;
    }
    let cp = b & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
    let ok = true;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** NUL bytes on one side of each 16-bit unit: ASCII-heavy UTF-16 without a BOM. */
function utf16ByNulPattern(sample: Uint8Array): EncodingName | null {
  const n = sample.length - (sample.length % 2);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const units = n / 2;
  if (oddNul / units > 0.2 && evenNul / units < 0.02) return 'utf-16le';
  if (evenNul / units > 0.2 && oddNul / units < 0.02) return 'utf-16be';
  return null;
}

// Characters frequent in government reports, in both scripts: the right decoding produces many
// of them, a wrong one produces rare characters and replacement marks.
const COMMON = new Set(
  (
    '的一是在不了有和人这中大为上个国我以要时来用们生到作地于出就分对成会可主发年动同工也能下过子产' +
    '种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加量都两体制机当使点从业' +
    '本去把性好应开合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又利比或' +
    '但质气第向道此变条只没结解问意建月公无系很情者最立代已通并提直题党程展五果料象员革位入常文总次品式' +
    '活设及管特件长求头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回' +
    '则任取据处府研信金市县省报告届议增亿万元项目企业投资服务城乡村镇街道全面推动促进完成实现持续加快深化' +
    '改革创新保障民生教育医疗就业收入消费规模工业园区生态环境治理安全稳定项目建设' +
    '這個國們會發時來對說動產經過開當學現還後進長問兩體見關點於業務書區縣報屆議增億萬與為實總歲鄉鎮設' +
    '，。、；：“”（）！？'
  ).split(''),
);

function score(text: string): number {
  let s = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (COMMON.has(ch)) s += 1;
    else if (cp === 0xfffd) s -= 5;
    else if ((cp < 0x20 && cp !== 9 && cp !== 10 && cp !== 13) || (cp >= 0xe000 && cp <= 0xf8ff)) s -= 2;
    else if ((cp >= 0x3400 && cp <= 0x4dbf) || cp >= 0x20000) s -= 1;
  }
  return s;
}

/** Cuts a sample so that it does not end inside a multi-byte sequence too often to matter. */
function sampleOf(bytes: Uint8Array): Uint8Array {
  return bytes.length <= ENCODING_SAMPLE_BYTES ? bytes : bytes.subarray(0, ENCODING_SAMPLE_BYTES);
}

export function detectEncoding(bytes: Uint8Array): Detected {
  const bom = bomOf(bytes);
  if (bom) return { encoding: bom, warnings: [] };
  const sample = sampleOf(bytes);
  const nul16 = utf16ByNulPattern(sample);
  if (nul16) return { encoding: nul16, warnings: [] };

  const utf8 = countUtf8(sample);
  if (utf8.invalid === 0) return { encoding: 'utf-8', warnings: [] };

  const candidates: EncodingName[] = ['gb18030', 'big5', 'utf-8'];
  if (sample.length % 2 === 0) candidates.push('utf-16le', 'utf-16be');
  let best: EncodingName = 'gb18030';
  let bestScore = -Infinity;
  for (const enc of candidates) {
    const s = score(decodeBytes(sample, enc));
    if (s > bestScore) (best = enc), (bestScore = s);
  }
  const warnings: string[] = [];
  if (bestScore <= 0) {
    // No Chinese at all: let chardet name the single-byte encoding (windows-1252, …).
    const guess = chardet.detect(sample);
    const name = guess ? normaliseEncoding(guess) : null;
    if (name) return { encoding: name, warnings };
  }
  if (best === 'utf-8') warnings.push(WARN.invalidUtf8(utf8.invalid));
  else if (utf8.valid > 20 && utf8.valid > utf8.invalid / 4) warnings.push(WARN.mixed);
  return { encoding: best, warnings };
}

export const WARN = {
  invalidUtf8: (n: number) => `文件中有 ${n} 处无效的 UTF-8 字节,已显示为 � — ${n} invalid UTF-8 bytes shown as �`,
  mixed: '文件似乎混用了多种编码,部分文字可能显示为乱码,可手动选择编码 — the file seems to mix encodings; some text may be garbled (choose the encoding by hand)',
};
