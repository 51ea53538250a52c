import { describe, expect, it } from 'vitest';
import { looksLikeMhtml, mhtmlPage } from '../../../src/main/loaders/mhtml';
import { mhtmlOf } from '../../support/fixtures';

describe('looksLikeMhtml', () => {
  it.each([
    ['Chrome web archive', 'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="x"\r\n', true],
    ['IE web archive', 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_000"\r\n', true],
    ['a report that mentions a header', '地区生产总值增长5.8%。\nContent-Type: multipart/related\n', false],
    ['an HTML page', '<!DOCTYPE html><html><body>Content-Type: multipart/related</body></html>', false],
    ['a mail that is not multipart/related', 'MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhi', false],
    ['a million digits', '1'.repeat(2048), false],
  ])('%s → %s', (_n, head, expected) => expect(looksLikeMhtml(head)).toBe(expected));
});

describe('mhtmlPage', () => {
  it.each([
    ['quoted-printable', 'quoted-printable'],
    ['base64', 'base64'],
  ] as const)('undoes %s and reports the part charset', (_n, transfer) => {
    const page = mhtmlPage(mhtmlOf('<html><body><p>新登记市场主体8280户。</p></body></html>', 'utf-8', transfer));
    expect(page?.charset).toBe('utf-8');
    expect(Buffer.from(page!.bytes).toString('utf8')).toContain('新登记市场主体8280户。');
  });
  it.each([
    ['no blank line after the headers', 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"'],
    ['no boundary', 'MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n--b\r\n'],
    ['no HTML part', 'Content-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--'],
  ])('null for %s', (_n, text) => expect(mhtmlPage(new Uint8Array(Buffer.from(text, 'latin1')))).toBeNull());
});
