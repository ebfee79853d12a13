/**
 * The report as a Word document laid out as a 公文 (GB/T 9704-2012): A4, the standard margins,
 * 小标宋 title, 仿宋 body on a 29pt line pitch, 黑体/楷体 headings, "— 1 —" page numbers on the
 * outer side, and the three tables as real Word tables with the official merged headings.
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun, type FileChild } from 'docx';
import type { AnnualReport } from '../annual-report/model.ts';
import { buildDocxTable } from './docx-table.ts';
import { bodyIndent, bodyLinePitch, fonts, fontSize } from './docx-style.ts';
import { packGongwenDocument } from './gongwen-document.ts';
import { buildReportTables } from './report-tables.ts';
import { composePreamble, composeTitle, listReportParts, splitSubheading, type ReportPart } from './report-text.ts';
import type { ReportTable } from './table-grid.ts';

export async function writeDocx(report: AnnualReport): Promise<Uint8Array> {
  const title = composeTitle(report);
  return packGongwenDocument(title, [buildTitle(title), buildBodyParagraph(composePreamble(report)), ...buildParts(report)]);
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
