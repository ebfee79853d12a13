/**
 * PDF → token stream, with pdf.js (legacy build, the one meant for Node). Only the text layer is
 * read: no rendering, no fonts, no scripts.
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { UnreadableInputError } from '../errors.ts';
import { arrangePdfRuns, type PdfRun } from './pdf-lines.ts';
import { replaceRadicals } from './pdf-radicals.ts';
import type { Token } from './read-result.ts';

/**
 * The text runs of every page, in reading order. Throws `UnreadableInputError` for a corrupt or
 * password-protected file. Page numbers ("- 1 -") are kept as tokens: the interpreter skips them.
 */
export async function tokenizePdf(bytes: Uint8Array): Promise<Token[]> {
  const document = await openPdf(bytes);
  try {
    const runs: PdfRun[] = [];
    for (let page = 1; page <= document.numPages; page += 1) {
      runs.push(...(await readPageRuns(document, page)));
    }
    return arrangePdfRuns(runs);
  } catch (cause) {
    throw new UnreadableInputError('PDF 文件已损坏：无法读取其中的页面内容', { cause });
  } finally {
    await document.destroy();
  }
}

/** True when the tokens hold no word at all (only page numbers, or nothing): a scan. */
export function isWithoutText(tokens: readonly Token[]): boolean {
  return !tokens.some((token) => /\p{L}/u.test(token.text));
}

/** Opens a PDF with pdf.js as the readers use it (no eval, no fonts); unreadable → UnreadableInputError. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given (it may detach it): hand it a copy.
    data: bytes.slice(),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    return await task.promise;
  } catch (cause) {
    await task.destroy();
    throw new UnreadableInputError(describeOpenFailure(cause), { cause });
  }
}

function describeOpenFailure(cause: unknown): string {
  const name = cause instanceof Object && 'name' in cause ? cause.name : undefined;
  if (name === 'PasswordException') return 'PDF 文件已加密，需要密码才能打开：请提供未加密的文件';
  return 'PDF 文件已损坏或不是有效的 PDF，无法打开';
}

async function readPageRuns(document: PDFDocumentProxy, pageNumber: number): Promise<PdfRun[]> {
  const page = await document.getPage(pageNumber);
  const content = await page.getTextContent();
  page.cleanup();
  const runs: PdfRun[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    // transform is the text matrix [a b c d e f]: e, f are where the run's baseline starts.
    const x = Number(item.transform[4]);
    const y = Number(item.transform[5]);
    runs.push({ page: pageNumber, text: replaceRadicals(item.str), x, y, width: item.width });
  }
  return runs;
}
