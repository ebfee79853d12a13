/** Reads an annual report published as a web page (HTML). */
import { tokenizeHtml } from './html-tokens.ts';
import { interpretTokens } from './interpret.ts';
import type { ReadResult } from './read-result.ts';

export { decodeHtmlBytes } from './html-decode.ts';
export { tokenizeHtml } from './html-tokens.ts';

/** The report in an HTML page; scripts, styles and templates are ignored, nothing is executed. */
export function readHtml(html: string): ReadResult {
  return interpretTokens(tokenizeHtml(html), 'html');
}
