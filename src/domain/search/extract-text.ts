/**
 * The text of an attachment, for the search index: PDF (its text layer, with pdf.js as the
 * report reader uses it), DOCX (word/document.xml, read as the report reader does), XLSX (the
 * cells' strings, read straight from the package). Images and other types give ''. A damaged or
 * hostile file also gives '': whether an upload is acceptable is decided elsewhere, and a file
 * that cannot be read must not stop its item from being saved. The work is bounded (pages,
 * inflated bytes, characters), so a large or crafted file cannot hold up the request.
 */
import { tokenizeDocx } from '../readers/docx-tokens.ts';
import { readZipEntry } from '../readers/docx-zip.ts';
import { replaceRadicals } from '../readers/pdf-radicals.ts';
import { openPdf } from '../readers/pdf-tokens.ts';

export const extractionLimits = {
  /** More text than this adds little to search and only costs index space. */
  characters: 200_000,
  pdfPages: 200,
  /** One XML part of an XLSX, inflated; more means a zip bomb or a data dump. */
  xlsxPartBytes: 32 * 1024 * 1024,
  xlsxSheets: 20,
} as const;

export const attachmentMediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The searchable text of an attachment of the given (sniffed) media type; '' when there is none. */
export async function extractAttachmentText(bytes: Uint8Array, mediaType: string): Promise<string> {
  try {
    const text = await extractByType(bytes, mediaType.toLowerCase().split(';')[0]?.trim() ?? '');
    return clip(text);
  } catch {
    // Deliberately swallowed: an unreadable attachment simply adds nothing to the index.
    return '';
  }
}

async function extractByType(bytes: Uint8Array, mediaType: string): Promise<string> {
  if (mediaType === attachmentMediaTypes.pdf) return extractPdfText(bytes);
  if (mediaType === attachmentMediaTypes.docx) return extractDocxText(bytes);
  if (mediaType === attachmentMediaTypes.xlsx) return extractXlsxText(bytes);
  return '';
}

function clip(text: string): string {
  const trimmed = text.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  return trimmed.length > extractionLimits.characters
    ? trimmed.slice(0, extractionLimits.characters)
    : trimmed;
}

async function extractPdfText(bytes: Uint8Array): Promise<string> {
  const document = await openPdf(bytes);
  try {
    const pages = Math.min(document.numPages, extractionLimits.pdfPages);
    let text = '';
    for (let number = 1; number <= pages && text.length < extractionLimits.characters; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      page.cleanup();
      for (const item of content.items) {
        // Runs of one line are joined without a space: Chinese words often straddle two runs.
        if ('str' in item) text += replaceRadicals(item.str) + (item.hasEOL ? '\n' : '');
      }
      text += '\n';
    }
    return text;
  } finally {
    await document.destroy();
  }
}

function extractDocxText(bytes: Uint8Array): string {
  return tokenizeDocx(bytes)
    .map((token) => token.text)
    .filter((text) => text !== '')
    .join('\n');
}

// Cell strings live in xl/sharedStrings.xml; a few writers put them inline in the sheets
// (`<is><t>…</t></is>`). Numbers and formulas are left out: they are not what people search for.
// The package is read part by part with a size bound instead of through exceljs, which inflates
// the whole archive into memory first.
function extractXlsxText(bytes: Uint8Array): string {
  const parts = ['xl/sharedStrings.xml'];
  for (let sheet = 1; sheet <= extractionLimits.xlsxSheets; sheet += 1) {
    parts.push(`xl/worksheets/sheet${sheet}.xml`);
  }
  const texts: string[] = [];
  let length = 0;
  for (const part of parts) {
    const xml = readZipEntry(bytes, part, extractionLimits.xlsxPartBytes);
    if (xml === undefined) continue;
    for (const text of stringsOf(new TextDecoder().decode(xml))) {
      texts.push(text);
      length += text.length;
      if (length >= extractionLimits.characters) return texts.join('\n');
    }
  }
  return texts.join('\n');
}

/** The text of each `<si>` (shared string) or `<is>` (inline string), rich-text runs joined. */
function stringsOf(xml: string): string[] {
  const strings: string[] = [];
  for (const item of xml.matchAll(/<(?:\w+:)?(si|is)\b[^>]*>([\s\S]*?)<\/(?:\w+:)?\1>/g)) {
    const runs = [...(item[2] ?? '').matchAll(/<(?:\w+:)?t\b[^>]*>([^<]*)<\/(?:\w+:)?t>/g)];
    const text = runs.map((run) => decodeXmlEntities(run[1] ?? '')).join('').trim();
    if (text !== '') strings.push(text);
  }
  return strings;
}

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return safeCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return safeCodePoint(Number.parseInt(entity.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] ?? '';
  });
}

function safeCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
