/**
 * The report as a Word document laid out as a 公文 (GB/T 9704-2012): A4, the standard margins,
 * 小标宋 title, 仿宋 body on a 29pt line pitch, 黑体/楷体 headings, "— 1 —" page numbers on the
 * outer side, and the three tables as real Word tables with the official merged headings.
 */
import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import type { AnnualReport } from '../annual-report/model.ts';
import { buildDocxTable } from './docx-table.ts';
import { bodyIndent, bodyLinePitch, buildFontTableXml, fonts, fontSize, page } from './docx-style.ts';
import { buildReportTables } from './report-tables.ts';
import { composePreamble, composeTitle, listReportParts, splitSubheading, type ReportPart } from './report-text.ts';
import type { ReportTable } from './table-grid.ts';

export async function writeDocx(report: AnnualReport): Promise<Uint8Array> {
  const title = composeTitle(report);
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
        properties: {
          page: { size: { width: page.width, height: page.height }, margin: page.margin },
        },
        footers: { default: buildPageNumberFooter('outer-right'), even: buildPageNumberFooter('outer-left') },
        children: [buildTitle(title), buildBodyParagraph(composePreamble(report)), ...buildParts(report)],
      },
    ],
  });
  const buffer = await Packer.toArrayBuffer(document, false, [
    { path: 'word/fontTable.xml', data: buildFontTableXml() },
  ]);
  return new Uint8Array(buffer);
}

function buildParts(report: AnnualReport): FileChild[] {
  const tables = new Map(buildReportTables(report).map((t) => [t.key, t]));
  let afterTable = false;
  return listReportParts(report).flatMap((part: ReportPart): FileChild[] => {
    const heading = buildHeading(part.heading, afterTable);
    afterTable = part.kind === 'table';
    if (part.kind === 'narrative') return [heading, ...part.paragraphs.map(buildBodyParagraph)];
    return [heading, buildDocxTable(tables.get(part.table) as ReportTable)];
  });
}

function buildTitle(title: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: title, font: fonts.title, size: fontSize.title })],
    alignment: AlignmentType.CENTER,
    // One empty line of body text between the title and the body.
    spacing: { before: 0, after: bodyLinePitch, line: 700, lineRule: LineRuleType.EXACT },
  });
}

/** `一、总体情况`: 黑体 三号, indented like the body; kept with what follows it. */
function buildHeading(text: string, afterTable: boolean): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, font: fonts.heading, size: fontSize.body })],
    keepNext: true,
    indent: { firstLine: bodyIndent, firstLineChars: 200 },
    spacing: { before: afterTable ? bodyLinePitch / 2 : 0, after: 0, line: bodyLinePitch, lineRule: LineRuleType.EXACT },
  });
}

/** A body paragraph: 仿宋 三号, two-character indent, justified; a leading （一）… heading in 楷体. */
function buildBodyParagraph(text: string): Paragraph {
  const split = splitSubheading(text);
  const runs =
    split === null
      ? [new TextRun({ text, font: fonts.body, size: fontSize.body })]
      : [
          new TextRun({ text: split.subheading, font: fonts.subheading, size: fontSize.body }),
          new TextRun({ text: split.rest, font: fonts.body, size: fontSize.body }),
        ];
  return new Paragraph({
    children: runs,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: bodyIndent, firstLineChars: 200 },
    spacing: { before: 0, after: 0, line: bodyLinePitch, lineRule: LineRuleType.EXACT },
  });
}

/** "— 1 —" in 宋体 四号, one character in from the outer edge: right on odd pages, left on even ones. */
function buildPageNumberFooter(side: 'outer-right' | 'outer-left'): Footer {
  const oneCharacter = fontSize.pageNumber * 10;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'outer-right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'outer-right' ? { right: oneCharacter } : { left: oneCharacter },
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts.pageNumber, size: fontSize.pageNumber }),
        ],
      }),
    ],
  });
}
