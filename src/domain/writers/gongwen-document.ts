/**
 * A DOCX in 公文 layout (GB/T 9704): A4 with its margins, 仿宋 三号 as the default text, page numbers
 * "— 1 —" at the outer edge, and the font table that names the Chinese fonts. The annual report
 * and the reply letters are both written through it.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { buildFontTableXml, fonts, fontSize, page } from './docx-style.ts';

export async function packGongwenDocument(title: string, children: FileChild[]): Promise<Uint8Array> {
  const document = new Document({
    title,
    creator: 'Gongkai',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: fonts.body, size: fontSize.body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: page.margin } },
        footers: { default: buildPageNumberFooter('outer-right'), even: buildPageNumberFooter('outer-left') },
        children,
      },
    ],
  });
  const buffer = await Packer.toArrayBuffer(document, false, [{ path: 'word/fontTable.xml', data: buildFontTableXml() }]);
  return new Uint8Array(buffer);
}

/** "— 1 —" in 宋体 四号, one character in from the outer edge: right on odd pages, left on even ones (GB/T 9704 7.5). */
function buildPageNumberFooter(side: 'outer-right' | 'outer-left'): Footer {
  const oneCharacter = fontSize.pageNumber * 10;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'outer-right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'outer-right' ? { right: oneCharacter } : { left: oneCharacter },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts.pageNumber, size: fontSize.pageNumber })],
      }),
    ],
  });
}
