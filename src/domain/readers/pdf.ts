/** Reads an annual report published as PDF (made by WPS, Word or a browser; scans recognised). */
import { createBlankReport } from '../annual-report/figures.ts';
import type { Finding } from '../findings.ts';
import { interpretTokens } from './interpret.ts';
import { isWithoutText, tokenizePdf } from './pdf-tokens.ts';
import type { ReadResult } from './read-result.ts';

export { tokenizePdf } from './pdf-tokens.ts';

/**
 * The report in a PDF. A scan (no text layer) gives a blank report with one `READ.scanned`
 * finding; a corrupt or encrypted file throws `UnreadableInputError`.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const tokens = await tokenizePdf(bytes);
  if (isWithoutText(tokens)) return readScan();
  return interpretTokens(tokens, 'pdf');
}

function readScan(): ReadResult {
  const scanned: Finding = {
    rule: 'READ.scanned',
    severity: 'error',
    message: '扫描件，无文字层：该 PDF 没有可提取的文字，无法读取（需要先做文字识别）。',
    locations: [{ page: 1 }],
  };
  return { report: createBlankReport(), findings: [scanned], ambiguous: [], candidates: {} };
}
