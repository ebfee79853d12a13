/**
 * A reply letter as a Word document in 公文 layout (GB/T 9704-2012): A4 with the standard margins,
 * the title in 小标宋 二号 centred, the document number under it, the addressee line, the body in
 * 仿宋 三号 with a two-character indent on a fixed 29pt line, then the agency's name and the date
 * (右空四字, the name centred over the date: 7.3.5.1), and the contact note. No seal placeholder is
 * printed: the seal is pressed on paper, over the name and date.
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { bodyIndent, bodyLinePitch, fonts, fontSize } from '../writers/docx-style.ts';
import { packGongwenDocument } from '../writers/gongwen-document.ts';
import { cleanLine } from './letter-text.ts';
import type { ReplyLetter } from './reply-letter.ts';

/** One character of 三号 text (16pt) in twips. */
const em = fontSize.body * 10;
const bodyLine = { before: 0, after: 0, line: bodyLinePitch, lineRule: LineRuleType.EXACT } as const;
const twoCharacterIndent = { firstLine: bodyIndent, firstLineChars: 200 } as const;

export async function writeReplyLetterDocx(letter: ReplyLetter): Promise<Uint8Array> {
  // The letter may have been built by hand rather than composed: clean every text again, since one
  // control character would make the XML, and so the whole file, unreadable.
  const title = cleanLine(letter.title);
  const note = letter.note === null ? '' : cleanLine(letter.note);
  return packGongwenDocument(title, [
    buildTitle(title),
    buildDocumentNumber(cleanLine(letter.documentNumber)),
    buildLine(`${cleanLine(letter.addressee)}：`, { spacing: bodyLine }),
    ...buildBody(letter.paragraphs.map(cleanLine).filter((p) => p !== '')),
    ...buildSignature(cleanLine(letter.signature), cleanLine(letter.date), note !== ''),
    ...(note === '' ? [] : [buildLine(note, { spacing: bodyLine, indent: twoCharacterIndent })]),
  ]);
}

function buildTitle(title: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: title, font: fonts.title, size: fontSize.title })],
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 700, lineRule: LineRuleType.EXACT },
  });
}

/** The number centred under the title, then one empty line before the addressee. */
function buildDocumentNumber(documentNumber: string): Paragraph {
  return buildLine(documentNumber, {
    alignment: AlignmentType.CENTER,
    spacing: { before: bodyLinePitch / 2, after: bodyLinePitch, line: bodyLinePitch, lineRule: LineRuleType.EXACT },
  });
}

/**
 * The body paragraphs. The last one keeps (at least its last lines) with the signature: a signature and
 * date alone on a page, with no text above them, is what a 公文 must never show (GB/T 9704 7.3.5.4).
 */
function buildBody(paragraphs: readonly string[]): Paragraph[] {
  return paragraphs.map((text, index) => {
    const isLast = index === paragraphs.length - 1;
    return buildLine(text, {
      alignment: AlignmentType.JUSTIFIED,
      indent: twoCharacterIndent,
      spacing: bodyLine,
      ...(isLast ? { keepNext: true } : {}),
    });
  });
}

/**
 * The agency's name and the date, two empty lines under the body so that the seal, pressed over
 * both, stays within a line of the text. The date sits four characters in from the right; the name
 * is centred over it, so it moves left or right of that by half the difference in width.
 */
function buildSignature(signature: string, date: string, hasNote: boolean): Paragraph[] {
  const dateIndent = 4 * em;
  const signatureIndent = Math.max(0, Math.round(dateIndent + ((widthInEm(date) - widthInEm(signature)) / 2) * em));
  return [
    buildLine(signature, {
      alignment: AlignmentType.RIGHT,
      indent: { right: signatureIndent },
      keepNext: true,
      spacing: { ...bodyLine, before: 2 * bodyLinePitch },
    }),
    buildLine(date, { alignment: AlignmentType.RIGHT, indent: { right: dateIndent }, keepNext: hasNote, spacing: bodyLine }),
  ];
}

function buildLine(text: string, options: Omit<IParagraphOptions, 'children' | 'text'>): Paragraph {
  return new Paragraph({ ...options, children: [new TextRun({ text, font: fonts.body, size: fontSize.body })] });
}

/** Width in characters of 三号 text: Latin letters and Arabic numerals take half a character. */
function widthInEm(text: string): number {
  let width = 0;
  for (const c of text) width += c >= ' ' && c <= '~' ? 0.5 : 1;
  return width;
}
