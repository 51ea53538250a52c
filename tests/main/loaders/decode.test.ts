import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { countUtf8, decodeBytes, detectEncoding, normaliseEncoding } from '../../../src/main/loaders/decode';
import { encodeText, REPORT_TEXT } from '../../support/fixtures';
import { QINGCHUAN_TRADITIONAL, joinLines } from '../../support/report-texts';

const TRAD = joinLines(QINGCHUAN_TRADITIONAL);

describe('detectEncoding', () => {
  const cases: { name: string; bytes: Uint8Array; encoding: string; text: string }[] = [
    { name: 'UTF-8 without BOM', bytes: encodeText(REPORT_TEXT, 'utf-8'), encoding: 'utf-8', text: REPORT_TEXT },
    { name: 'UTF-8 with BOM (kept as U+FEFF)', bytes: encodeText(REPORT_TEXT, 'utf-8-bom'), encoding: 'utf-8-bom', text: '\uFEFF' + REPORT_TEXT },
    { name: 'UTF-16 LE with BOM', bytes: encodeText(REPORT_TEXT, 'utf-16le'), encoding: 'utf-16le', text: '\uFEFF' + REPORT_TEXT },
    { name: 'UTF-16 BE with BOM', bytes: encodeText(REPORT_TEXT, 'utf-16be'), encoding: 'utf-16be', text: '\uFEFF' + REPORT_TEXT },
    { name: 'GBK', bytes: encodeText(REPORT_TEXT, 'gbk'), encoding: 'gb18030', text: REPORT_TEXT },
    { name: 'GB18030', bytes: encodeText(REPORT_TEXT, 'gb18030'), encoding: 'gb18030', text: REPORT_TEXT },
    { name: 'Big5 (traditional text)', bytes: encodeText(TRAD, 'big5'), encoding: 'big5', text: TRAD },
    { name: 'GBK of traditional text', bytes: encodeText(TRAD, 'gbk'), encoding: 'gb18030', text: TRAD },
    {
      name: 'BOM-less UTF-16 LE of mostly ASCII (NUL pattern)',
      bytes: new Uint8Array(iconv.encode('Report 2024: GDP 412.6 (青川区)\r\n'.repeat(20), 'utf-16le')),
      encoding: 'utf-16le',
      text: 'Report 2024: GDP 412.6 (青川区)\r\n'.repeat(20),
    },
    {
      name: 'BOM-less UTF-16 BE of mostly ASCII',
      bytes: new Uint8Array(iconv.encode('Annual report, 2023 figures\n'.repeat(20), 'utf-16be')),
      encoding: 'utf-16be',
      text: 'Annual report, 2023 figures\n'.repeat(20),
    },
    { name: 'pure ASCII is UTF-8', bytes: new Uint8Array(Buffer.from('GDP grew 5.8% in 2023.\n')), encoding: 'utf-8', text: 'GDP grew 5.8% in 2023.\n' },
  ];
  it.each(cases)('$name', ({ bytes, encoding, text }) => {
    const detected = detectEncoding(bytes);
    expect(detected.encoding).toBe(encoding);
    expect(decodeBytes(bytes, detected.encoding)).toBe(text);
  });

  it('reads mostly-UTF-8 text with a few invalid bytes as UTF-8 and says so', () => {
    const good = Buffer.from(REPORT_TEXT.repeat(3), 'utf8');
    const bytes = new Uint8Array(Buffer.concat([good.subarray(0, 200), Buffer.from([0xff, 0xfe, 0x80]), good.subarray(200)]));
    // 0xFF 0xFE at offset 200 is not a BOM: it is not at the start.
    const detected = detectEncoding(bytes);
    expect(detected.encoding).toBe('utf-8');
    expect(detected.warnings.join()).toMatch(/invalid UTF-8/);
    expect(decodeBytes(bytes, 'utf-8')).toContain('地区生产总值');
  });

  it('picks the majority encoding of a file mixing UTF-8 and GBK, with a warning', () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from(REPORT_TEXT, 'utf8'), iconv.encode(REPORT_TEXT.repeat(4), 'gbk')]));
    const detected = detectEncoding(bytes);
    expect(detected.encoding).toBe('gb18030');
    expect(detected.warnings.join()).toMatch(/mix encodings/);
  });

  it('never throws and always names an encoding the decoder accepts (any bytes)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const { encoding } = detectEncoding(bytes);
        expect(typeof decodeBytes(bytes, encoding)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('normaliseEncoding', () => {
  it.each([
    ['GBK', 'gb18030'],
    ['gb2312', 'gb18030'],
    ['GB18030', 'gb18030'],
    ['cp936', 'gb18030'],
    ['Big5', 'big5'],
    ['big5-hkscs', 'big5'],
    ['UTF8', 'utf-8'],
    ['utf_8', 'utf-8'],
    ['UTF-16', 'utf-16le'],
    ['utf-16be', 'utf-16be'],
    ['windows-1252', 'windows-1252'],
  ])('%s → %s', (name, expected) => expect(normaliseEncoding(name)).toBe(expected));
  it.each(['klingon', '', 'utf-99'])('rejects %j', (name) => expect(normaliseEncoding(name)).toBeNull());
});

describe('countUtf8', () => {
  it.each([
    ['ASCII only', [0x41, 0x42], 0, 0],
    ['one 3-byte char', [0xe4, 0xb8, 0xad], 1, 0],
    ['overlong 2-byte', [0xc0, 0x80], 0, 2],
    ['lone continuation', [0x80], 0, 1],
    ['surrogate encoded', [0xed, 0xa0, 0x80], 0, 3],
    ['GBK 中 then ASCII', [0xd6, 0xd0, 0x41], 0, 2],
    ['sequence cut by the end of a sample', [0x41, 0xe4, 0xb8], 0, 0],
  ])('%s', (_n, bytes, valid, invalid) => {
    expect(countUtf8(new Uint8Array(bytes))).toEqual({ valid, invalid });
  });
});
