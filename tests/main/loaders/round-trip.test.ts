// Every format our writers produce (the demo set, samples/) loads back to the same paragraphs.
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/main/loaders';
import { tidySpaces } from '../../../src/main/loaders/pdf-layout';
import { REPORT_FORMATS, paragraphsOf, traditionalOf, writeReport, encodeStrict } from '../../../scripts/lib/report-files';
import { SAMPLE_QINGCHUAN_2024 } from '../../../scripts/lib/sample-texts';

describe('writeReport → loadDocument', () => {
  it.each(REPORT_FORMATS)('%s', async (format) => {
    const written = writeReport(SAMPLE_QINGCHUAN_2024, format, { siteName: '临江市青川区人民政府' });
    const r = await loadDocument({ name: `sample.${written.extension}`, bytes: written.bytes });
    if (!r.ok) throw new Error(r.error.messageEn);
    expect(r.document.encoding).toBe(written.encoding);
    let expected = paragraphsOf(format === 'txt-big5' ? traditionalOf(SAMPLE_QINGCHUAN_2024) : SAMPLE_QINGCHUAN_2024);
    if (format === 'pdf') {
      // PDF text has no reliable spaces next to Chinese ('区长 林晓峰' comes back as '区长林晓峰'), and
      // this PDF has one page: its running header cannot be told from a first line, so it stays.
      expected = ['临江市青川区人民政府', ...expected.map(tidySpaces)];
    }
    expect(paragraphsOf(r.document.text)).toEqual(expected);
    expect(r.document.meta.region.value).toBe('临江市青川区');
    expect(r.document.meta.reviewYear.value).toBe(2023);
    expect(r.document.meta.reportDate.value).toBe('2024-01-18');
  });

  it('refuses to write a character the encoding cannot hold', () => {
    expect(() => encodeStrict('青川区 😀', 'gbk')).toThrow(/cannot encode “😀”/);
    expect(() => encodeStrict('青川区', 'big5')).toThrow(/cannot encode “区”/);
  });
});
