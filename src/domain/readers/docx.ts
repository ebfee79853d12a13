/** Reads an annual report published as a Word document (DOCX), the form most offices publish. */
import { tokenizeDocx } from './docx-tokens.ts';
import { interpretTokens } from './interpret.ts';
import type { ReadResult } from './read-result.ts';

export { tokenizeDocx } from './docx-tokens.ts';

/** The report in a DOCX file. Throws `UnreadableInputError` (不是有效的 DOCX 文件) when it is not one. */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  return interpretTokens(tokenizeDocx(bytes), 'docx');
}
