// Web archives (.mht/.mhtml: "网页,单个文件"): a MIME message whose first text/html part is the page.
// Worked on as latin1 so that 8-bit parts keep their bytes until their charset is known.

export interface MhtmlPage {
  /** The HTML part's bytes, transfer encoding undone. */
  bytes: Uint8Array;
  /** The charset its MIME header declares, if any. */
  charset: string | null;
}

/** MIME headers at the top of the file: how a web archive starts (after an optional From: line). */
export function looksLikeMhtml(head: string): boolean {
  return /^(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){0,20}?content-type:\s*multipart\/related/i.test(head.replace(/^\uFEFF/, ''));
}

function headerValue(headers: string, name: string): string | null {
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const m = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded);
  return m ? m[1].trim() : null;
}

function param(value: string | null, name: string): string | null {
  if (!value) return null;
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]) : null;
}

function quotedPrintable(s: string): Uint8Array {
  const joined = s.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      out.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return new Uint8Array(out);
}

/** The page inside a web archive, or null when no HTML part is found. */
export function mhtmlPage(bytes: Uint8Array): MhtmlPage | null {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const split = raw.search(/\r?\n\r?\n/);
  if (split < 0) return null;
  const boundary = param(headerValue(raw.slice(0, split), 'content-type'), 'boundary');
  if (!boundary) return null;
  const parts = raw.slice(split).split(`--${boundary}`);
  for (const part of parts) {
    const body = part.replace(/^\r?\n/, '');
    const end = body.search(/\r?\n\r?\n/);
    if (end < 0) continue;
    const headers = body.slice(0, end);
    const type = headerValue(headers, 'content-type');
    if (!type || !/^text\/html/i.test(type)) continue;
    const content = body.slice(end).replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '');
    const transfer = (headerValue(headers, 'content-transfer-encoding') ?? '').toLowerCase();
    const decoded =
      transfer === 'base64'
        ? new Uint8Array(Buffer.from(content.replace(/\s+/g, ''), 'base64'))
        : transfer === 'quoted-printable'
          ? quotedPrintable(content)
          : new Uint8Array(Buffer.from(content, 'latin1'));
    return { bytes: decoded, charset: param(type, 'charset') };
  }
  return null;
}
