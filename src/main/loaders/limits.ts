// Limits that keep one hostile or oversized file from hanging or exhausting the app.
// A government work report is 20–60 pages, 30–150 KB of text: every limit here is far above that,
// so a real report never meets one, and a file that does gets a clear 'too-large' error or a
// truncated result with a warning — never a crash.

const MB = 1024 * 1024;

/** Plain text and saved web pages. Above this the file is refused ('too-large'): a 60 MB .txt is
 *  not a report, and decoding plus parsing it would freeze the import for minutes. */
export const MAX_TEXT_BYTES = 50 * MB;

/** PDFs carry images and fonts, so the file may be much larger than its text. */
export const MAX_PDF_BYTES = 200 * MB;

/** The .docx zip as stored on disk. */
export const MAX_DOCX_BYTES = 100 * MB;

/** Zip-bomb guard: the total uncompressed size of all entries of a .docx, as declared in the
 *  central directory AND as actually inflated (headers can lie; we inflate with a hard cap). */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 200 * MB;

/** Zip-bomb guard: no single entry may inflate more than this many times its compressed size
 *  (ordinary Word XML compresses 5–20×; bombs reach 1000×). Only checked for entries above 1 MB. */
export const MAX_DOCX_RATIO = 100;
export const DOCX_RATIO_MIN_BYTES = 1 * MB;

/** Zip-bomb guard: a .docx has a few dozen entries. */
export const MAX_DOCX_ENTRIES = 5_000;

/** PDF pages read. Longer documents are cut here with a warning (a report is < 100 pages);
 *  a 2,000-page PDF loads its first MAX_PDF_PAGES pages. */
export const MAX_PDF_PAGES = 500;

/** Wall-clock budget for reading a PDF's text layer. When exceeded, the pages read so far are
 *  returned with a warning, so a pathological PDF cannot hold an import forever. */
export const PDF_TIME_BUDGET_MS = 60_000;

/** Display text of any format is cut at this many UTF-16 code units (with a warning). */
export const MAX_TEXT_CHARS = 20_000_000;

/** Share of control characters (other than tab, newline, form feed) above which decoded text is
 *  treated as binary junk rather than a report ('binary'). */
export const MAX_CONTROL_CHAR_SHARE = 0.05;

/** Bytes examined when sniffing encodings (detection is statistical; a sample is enough). */
export const ENCODING_SAMPLE_BYTES = 256 * 1024;
