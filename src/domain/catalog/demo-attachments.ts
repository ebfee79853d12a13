/**
 * Attachments of the demo catalogue, so that item pages show some: the full text of the county
 * government's and the 自然资源局's published normative documents as a Word document in 公文
 * layout (title, 文号, body, issuer and date), as offices attach their signed originals.
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { formatChineseDate } from '../calendar/iso-date.ts';
import { bodyIndent, bodyLinePitch, fonts, fontSize } from '../writers/docx-style.ts';
import { packGongwenDocument } from '../writers/gongwen-document.ts';
import type { DemoItem } from './demo-catalog-builder.ts';

export interface DemoAttachment {
  itemKey: string;
  fileName: string;
  bytes: Uint8Array;
}

const agenciesWithOriginals = new Set(['lcx', 'lcx-zrzy']);
const bodyLine = { before: 0, after: 0, line: bodyLinePitch, lineRule: LineRuleType.EXACT } as const;

/** One DOCX per published normative document of the agencies above. */
export async function writeDemoAttachments(items: readonly DemoItem[]): Promise<DemoAttachment[]> {
  const documents = items.filter((i) => i.kind === 'normativeDocument' && i.status === 'published' && agenciesWithOriginals.has(i.agencyCode));
  const attachments: DemoAttachment[] = [];
  for (const item of documents) {
    attachments.push({ itemKey: item.key, fileName: `${item.documentNumber ?? item.title}.docx`, bytes: await writeDocumentDocx(item) });
  }
  return attachments;
}

async function writeDocumentDocx(item: DemoItem): Promise<Uint8Array> {
  // The body's own closing line (issuer and date) is printed as the signature instead.
  const paragraphs = item.bodyText.split('\n').filter((p) => !p.startsWith(`${item.publisher}　`));
  return packGongwenDocument(item.title, [
    new Paragraph({
      children: [new TextRun({ text: item.title, font: fonts.title, size: fontSize.title })],
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, line: 700, lineRule: LineRuleType.EXACT },
    }),
    line(item.documentNumber ?? '', { alignment: AlignmentType.CENTER, spacing: { ...bodyLine, before: bodyLinePitch / 2, after: bodyLinePitch } }),
    ...paragraphs.map((text) => line(text, { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: bodyIndent, firstLineChars: 200 }, spacing: bodyLine })),
    line(item.publisher, { alignment: AlignmentType.RIGHT, indent: { right: 4 * fontSize.body * 10 }, spacing: { ...bodyLine, before: 2 * bodyLinePitch } }),
    line(formatChineseDate(item.writtenOn, true), { alignment: AlignmentType.RIGHT, indent: { right: 4 * fontSize.body * 10 }, spacing: bodyLine }),
  ]);
}

function line(text: string, options: Omit<IParagraphOptions, 'children' | 'text'>): Paragraph {
  return new Paragraph({ ...options, children: [new TextRun({ text, font: fonts.body, size: fontSize.body })] });
}
