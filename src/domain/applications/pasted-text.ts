/**
 * What people paste from letters, PDFs and chat apps: full-width letters and digits (ＹＳＱ－２０２６),
 * ideographic spaces, and dashes of every width. Codes are compared after this normalisation.
 */

// U+FF01–U+FF5E mirror ASCII 0x21–0x7E; U+3000 is the ideographic space.
const fullWidth = /[\uFF01-\uFF5E]/g;
const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;
const spaces = /[\s\u3000\u00A0\u200B\uFEFF]+/g;

/** Full-width ASCII to ASCII, every dash to `-`, every space removed. Case is kept. */
export function normalizePastedCode(text: string): string {
  return text
    .replace(fullWidth, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(dashes, '-')
    .replace(spaces, '');
}
