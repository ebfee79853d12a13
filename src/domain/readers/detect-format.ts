/**
 * What kind of document some bytes are, judged by their content first; the file name's
 * extension only breaks a tie (a page that could be text or HTML). Files are often renamed.
 */
import { decodeTextBytes, sniffBom } from './html-decode.ts';
import type { SourceKind } from './read-result.ts';

/** The kind of document; 'unknown' for empty input, binary junk and archives that are not DOCX. */
export function detectFormat(bytes: Uint8Array, fileName?: string): SourceKind | 'unknown' {
  if (bytes.length === 0) return 'unknown';
  if (isPdf(bytes)) return 'pdf';
  if (isZip(bytes)) return isDocx(bytes) ? 'docx' : 'unknown';
  const isUtf16 = sniffBom(bytes)?.startsWith('utf-16') ?? false;
  if (!isUtf16 && !isText(bytes)) return 'unknown';
  const head = decodeTextBytes(bytes.subarray(0, sniffLength)).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  const markup = rateMarkup(head);
  const extension = extensionOf(fileName);
  if (markup === 'page') return 'html';
  if (markup === 'tags') return extension === 'txt' ? 'text' : 'html';
  return (extension === 'html' || extension === 'htm') && head.includes('<') ? 'html' : 'text';
}

/** True for a ZIP archive (DOCX, XLSX, ODT … are all ZIP files). */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

const sniffLength = 4096;

// The PDF standard lets a header start within the first 1024 bytes (some generators prepend junk).
function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /%PDF-\d/.test(head);
}

// Every DOCX has its main part at word/document.xml; ZIP stores entry names uncompressed,
// in the local headers and again in the central directory at the end.
function isDocx(bytes: Uint8Array): boolean {
  const needle = new TextEncoder().encode('word/document.xml');
  return indexOfBytes(bytes, needle) >= 0;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]!;
  const last = haystack.length - needle.length;
  for (let i = haystack.indexOf(first); i >= 0 && i <= last; i = haystack.indexOf(first, i + 1)) {
    if (needle.every((byte, offset) => haystack[i + offset] === byte)) return i;
  }
  return -1;
}

// Text has no NUL and few control characters; binary junk has many. Tab, newlines, form feed
// and ESC (rare, but seen in old exports) are allowed.
const allowedControls = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1b]);

function isText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x20 && !allowedControls.has(byte)) controls += 1;
  }
  if (controls > sample.length / 100) return false;
  return isValidText(sample);
}

// A sample cut mid-character is still valid text: drop up to 3 trailing bytes before judging.
function isValidText(sample: Uint8Array): boolean {
  for (const encoding of ['utf-8', 'gb18030']) {
    for (let cut = 0; cut <= 3 && cut < sample.length; cut += 1) {
      try {
        new TextDecoder(encoding, { fatal: true }).decode(sample.subarray(0, sample.length - cut));
        return true;
      } catch {
        // try a shorter sample, then the next encoding
      }
    }
  }
  return false;
}

type MarkupRating = 'page' | 'tags' | 'none';

/** 'page' for an HTML document, 'tags' for text with some HTML tags, 'none' for plain text. */
function rateMarkup(head: string): MarkupRating {
  const lower = head.toLowerCase();
  if (/^<(!doctype html|html[\s>]|head[\s>]|body[\s>]|meta\s|!--)/.test(lower)) return 'page';
  if (/<(html|body|table)[\s>]/.test(lower)) return 'page';
  if (/<(p|div|span|br|h[1-6]|td|tr|li|a)[\s>/]/.test(lower)) return 'tags';
  return 'none';
}

function extensionOf(fileName: string | undefined): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName ?? '');
  return match ? match[1]!.toLowerCase() : '';
}
