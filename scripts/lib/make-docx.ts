// A minimal Word .docx (the three parts Word and mammoth need), built with fflate.
import { zipSync, strToU8, type Zippable } from 'fflate';

/** A fixed timestamp: the same input gives the same bytes (regenerated samples do not churn git). */
const MTIME = new Date('2024-01-01T00:00:00Z');

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

export const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** document.xml with one <w:p> per paragraph (runs split where `splitRuns` says, as Word often does). */
export function documentXml(paragraphs: readonly string[], splitRuns = false): string {
  const run = (t: string): string => `<w:r><w:t xml:space="preserve">${xmlEscape(t)}</w:t></w:r>`;
  const body = paragraphs
    .map((p) => {
      const chars = [...p];
      // Word splits runs at arbitrary points (spell check, revisions): mid-number splits included.
      const runs = splitRuns && chars.length > 4 ? [chars.slice(0, Math.floor(chars.length / 2)).join(''), chars.slice(Math.floor(chars.length / 2)).join('')] : [p];
      return `<w:p>${runs.map(run).join('')}</w:p>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

export function makeDocx(paragraphs: readonly string[], opts: { splitRuns?: boolean } = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/document.xml': strToU8(documentXml(paragraphs, opts.splitRuns)),
  };
  return zipSync(files, { level: 6, mtime: MTIME });
}

/** A zip with arbitrary entries (for 'zip but not docx' and zip-bomb fixtures). */
export function makeZip(entries: Record<string, Uint8Array | string>, level: 0 | 6 | 9 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files, { level, mtime: MTIME });
}
