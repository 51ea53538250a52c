// A minimal PDF writer for fixtures and the demo set: real Chinese text layers without shipping a
// font. Each character is one CID of a Type0 font (Identity-H) whose ToUnicode CMap maps the CID
// back to the character, which is all a text extractor (pdfjs) needs. No font program is embedded,
// so viewers draw fallback glyphs; the text layer is exact.

export interface PdfLine {
  text: string;
  /** Left edge in points (origin bottom-left). */
  x: number;
  /** Baseline in points. */
  y: number;
  size?: number;
}

export interface PdfOptions {
  /** Document title in the Info dictionary. */
  title?: string;
  /** Adds an /Encrypt dictionary whose user password is not empty: readers must ask for it. */
  encrypted?: boolean;
  /** Write text as UCS-2 codes in a non-embedded STSong-Light font with the predefined
   *  UniGB-UCS2-H CMap and no ToUnicode map, as older Chinese PDF producers do: the extractor
   *  then needs pdfjs's CMap files to read it. */
  predefinedCMap?: boolean;
  /** Page size in points (default A4). */
  width?: number;
  height?: number;
}

export interface LayoutOptions {
  /** Characters per full line (default 32). */
  charsPerLine?: number;
  linesPerPage?: number;
  fontSize?: number;
  /** Indent the first line of each paragraph by two characters, as Chinese documents do. */
  indent?: boolean;
  /** Running header on every page, and page numbers at the foot. */
  header?: string;
  pageNumbers?: boolean;
}

const A4 = { width: 595, height: 842 };

/** Lays paragraphs out as a typesetter would: wrapped at a fixed width, first lines indented. */
export function layoutParagraphs(paragraphs: readonly string[], opts: LayoutOptions = {}): PdfLine[][] {
  const per = opts.charsPerLine ?? 32;
  const size = opts.fontSize ?? 12;
  const perPage = opts.linesPerPage ?? 40;
  const left = 72;
  const top = A4.height - 90;
  const lines: { text: string; indent: boolean }[] = [];
  for (const p of paragraphs) {
    const chars = [...p];
    let first = true;
    while (chars.length) {
      const room = first && opts.indent !== false ? per - 2 : per;
      lines.push({ text: chars.splice(0, room).join(''), indent: first && opts.indent !== false });
      first = false;
    }
  }
  const pages: PdfLine[][] = [];
  for (let i = 0; i < lines.length; i += perPage) {
    const pageNo = pages.length + 1;
    const page: PdfLine[] = [];
    if (opts.header) page.push({ text: opts.header, x: left, y: A4.height - 50, size: 9 });
    lines.slice(i, i + perPage).forEach((l, k) => {
      page.push({ text: l.text, x: l.indent ? left + 2 * size : left, y: top - k * size * 1.6, size });
    });
    if (opts.pageNumbers) page.push({ text: `- ${pageNo} -`, x: A4.width / 2 - 15, y: 40, size: 9 });
    pages.push(page);
  }
  return pages;
}

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

function utf16Hex(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += hex4(ch.charCodeAt(i));
  return out;
}

function toUnicodeCMap(chars: string[]): string {
  const blocks: string[] = [];
  for (let i = 0; i < chars.length; i += 100) {
    const chunk = chars.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map((c, k) => `<${hex4(i + k + 1)}> <${utf16Hex(c)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

const pdfString = (s: string): string => {
  // Info strings as UTF-16BE with BOM, in hex: safe for any character.
  return `<FEFF${[...s].map(utf16Hex).join('')}>`;
};

/** Writes a PDF whose pages hold the given lines. Pure: returns the bytes. */
export function makePdf(pages: readonly PdfLine[][], opts: PdfOptions = {}): Uint8Array {
  const width = opts.width ?? A4.width;
  const height = opts.height ?? A4.height;
  const cidOf = new Map<string, number>();
  const chars: string[] = [];
  for (const page of pages)
    for (const line of page)
      for (const ch of line.text)
        if (!cidOf.has(ch)) {
          chars.push(ch);
          cidOf.set(ch, chars.length);
        }

  const objects: string[] = []; // objects[i] is object number i + 1
  const add = (body: string): number => objects.push(body);
  const stream = (dict: string, data: string): string => `<< ${dict} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;

  const catalog = add(''); // filled below
  const pagesObj = add('');
  const toUnicode = add(stream('', toUnicodeCMap(chars)));
  const descriptor = add('<< /Type /FontDescriptor /FontName /RCFixtureSong /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>');
  const cidFont = add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /RCFixtureSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`);
  const gbFont = (): number => {
    const descriptor = add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>');
    const cid = add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`);
    return add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R] >>`);
  };
  const font = opts.predefinedCMap
    ? gbFont()
    : add(`<< /Type /Font /Subtype /Type0 /BaseFont /RCFixtureSong /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  const codes = (text: string): string => (opts.predefinedCMap ? [...text].map(utf16Hex).join('') : [...text].map((c) => hex4(cidOf.get(c)!)).join(''));
  const kids: number[] = [];
  for (const page of pages) {
    const content = page
      .map((l) => `BT /F1 ${l.size ?? 12} Tf 1 0 0 1 ${l.x.toFixed(2)} ${l.y.toFixed(2)} Tm <${codes(l.text)}> Tj ET`)
      .join('\n');
    const contents = add(stream('', content || '0 0 m 1 1 l S'));
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = add(`<< /Producer (report-compare fixtures)${opts.title ? ` /Title ${pdfString(opts.title)}` : ''} >>`);
  let encrypt = 0;
  if (opts.encrypted) {
    // RC4-40 standard security handler with arbitrary O and U entries: the empty user password
    // does not validate, so a reader needs the (unknown) password.
    const h32 = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';
    encrypt = add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${h32}> /U <${h32.split('').reverse().join('')}> /P -44 >>`);
  }

  let out = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  const id = '<0123456789ABCDEF0123456789ABCDEF>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [${id} ${id}] >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
