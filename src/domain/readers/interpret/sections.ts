/**
 * The narrative sections: 一 (overview), 五 (problems) and 六 (other), as paragraphs joined with "\n".
 * A text line or an HTML paragraph is one paragraph; a PDF paragraph is several runs over several
 * lines, so lines are joined back unless the next one is indented or the previous one ended a
 * sentence short of the right margin.
 */
import type { SectionKey, SourceLocation } from '../../annual-report/model.ts';
import { sectionEnd, type HeadingKey, type Headings } from './headings.ts';
import { toHalfWidth } from './normalize.ts';
import type { ReadToken } from './read-tokens.ts';

export interface Section {
  text: string;
  heading: SourceLocation;
  parts: SourceLocation[];
}

interface Paragraph {
  text: string;
  location: SourceLocation;
}

const sectionHeadings: Record<SectionKey, HeadingKey> = {
  overview: 'overview',
  problems: 'problems',
  other: 'other',
};
const indentTolerance = 8;
const shortLineTolerance = 12;
const sentenceEnd = /[。！？!?；;：:]$/;

/** Reads each narrative section that has a heading; the others are absent. */
export function readSections(
  stream: readonly ReadToken[],
  headings: Headings,
): Partial<Record<SectionKey, Section>> {
  const sections: Partial<Record<SectionKey, Section>> = {};
  for (const [key, headingKey] of Object.entries(sectionHeadings) as [SectionKey, HeadingKey][]) {
    const start = headings[headingKey];
    if (start === undefined) continue;
    const end = sectionEnd(headings, start, stream.length);
    const paragraphs = readParagraphs(stream.slice(start + 1, end));
    if (paragraphs.length === 0) continue;
    sections[key] = {
      text: paragraphs.map((p) => p.text).join('\n'),
      heading: stream[start]!.token.location,
      parts: paragraphs.map((p) => p.location),
    };
  }
  return sections;
}

function readParagraphs(tokens: readonly ReadToken[]): Paragraph[] {
  const narrative = wholeTokens(tokens.filter((t) => t.kind !== 'ignored' && t.token.cell !== true));
  if (narrative.length === 0) return [];
  if (narrative.every((t) => t.x === null)) {
    return narrative.map((t) => ({ text: t.text, location: t.token.location }));
  }
  return joinPdfLines(groupLines(narrative));
}

// Read tokens cut out of one source token ("共计 95" → "共计", "95") are one piece of narrative.
function wholeTokens(tokens: readonly ReadToken[]): ReadToken[] {
  const whole: ReadToken[] = [];
  for (const token of tokens) {
    if (whole[whole.length - 1]?.token === token.token) continue;
    const text = token.token.text.trim();
    if (text === '') continue;
    const { x, width } = token.token;
    if (text === token.text) whole.push(token);
    else whole.push({ ...token, text, half: toHalfWidth(text), x: x ?? null, width: width ?? null });
  }
  return whole;
}

interface Line {
  tokens: ReadToken[];
  left: number;
  right: number;
}

function groupLines(tokens: readonly ReadToken[]): Line[] {
  const lines: Line[] = [];
  let key = '';
  for (const token of tokens) {
    const { page, line } = token.token.location;
    const tokenKey = `${page ?? 0}:${line ?? token.index}`;
    const x = token.x ?? 0;
    const right = x + (token.width ?? 0);
    const current = lines[lines.length - 1];
    if (tokenKey === key && current !== undefined) {
      current.tokens.push(token);
      current.right = Math.max(current.right, right);
    } else {
      lines.push({ tokens: [token], left: x, right });
      key = tokenKey;
    }
  }
  return lines;
}

function joinPdfLines(lines: readonly Line[]): Paragraph[] {
  const margin = Math.min(...lines.map((l) => l.left));
  const rightMargin = Math.max(...lines.map((l) => l.right));
  const paragraphs: Paragraph[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const text = line.tokens.map((t) => t.text).join('');
    const current = paragraphs[paragraphs.length - 1];
    const isNew = previous === null || startsParagraph(line, previous, margin, rightMargin);
    if (current === undefined || isNew) {
      paragraphs.push({ text, location: line.tokens[0]!.token.location });
    } else {
      current.text += text;
    }
    previous = line;
  }
  return paragraphs;
}

function startsParagraph(line: Line, previous: Line, margin: number, rightMargin: number): boolean {
  if (line.left > margin + indentTolerance) return true;
  const previousText = previous.tokens[previous.tokens.length - 1]!.text;
  return sentenceEnd.test(previousText) && previous.right < rightMargin - shortLineTolerance;
}
