/**
 * Bytes of an HTML page → text. Many government pages are GBK/GB2312 and say so only in a
 * `<meta>` tag, so the declared charset is honoured; GB18030 decodes all of GBK and GB2312.
 */

/** The page as text: a byte order mark first, then `<meta charset>`, then UTF-8 if valid, else
 *  GB18030. */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const bomEncoding = sniffBom(bytes);
  if (bomEncoding) return new TextDecoder(bomEncoding).decode(bytes);
  const declared = normalizeEncoding(findDeclaredCharset(bytes));
  // A page declared UTF-8 (or Latin-1, which cannot hold Chinese) that is not valid UTF-8 was
  // usually saved as GBK by an old editor.
  if (declared && declared !== 'utf-8' && declared !== 'windows-1252') {
    return new TextDecoder(declared).decode(bytes);
  }
  return decodeUtf8OrGb18030(bytes);
}

/** Plain text: a byte order mark (UTF-8, or UTF-16 as Notepad saves “Unicode”), else UTF-8 if
 *  valid, else GB18030. */
export function decodeTextBytes(bytes: Uint8Array): string {
  const bomEncoding = sniffBom(bytes);
  return bomEncoding ? new TextDecoder(bomEncoding).decode(bytes) : decodeUtf8OrGb18030(bytes);
}

/** The encoding a byte order mark announces, if the bytes start with one. */
export function sniffBom(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-8 when the bytes are valid UTF-8, else GB18030 (which accepts GBK and GB2312). */
export function decodeUtf8OrGb18030(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

// Declarations sit in the head; long heads (inline styles, comments) push them past the 1 KiB
// the standard scans, so look a little further.
const prescanLength = 8192;

function findDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, prescanLength));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (charset) return charset[1];
  }
  return undefined;
}

const chineseLabels = new Set([
  'gbk', 'gb2312', 'gb_2312-80', 'x-gbk', 'gb18030', 'cp936', 'windows-936', 'csgb2312',
]);

function normalizeEncoding(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const lower = label.toLowerCase();
  if (chineseLabels.has(lower)) return 'gb18030';
  try {
    return new TextDecoder(lower).encoding;
  } catch {
    // An unknown label is ignored, as browsers ignore it.
    return undefined;
  }
}
