/**
 * Highlighting as data: a text cut into segments `{ text, hit }` that the page renders (a hit in
 * `<mark>`), never an HTML string, so nothing in a title or body can turn into markup.
 */

export interface HighlightSegment {
  text: string;
  hit: boolean;
}

/** Characters of a body snippet, and how many of them come before its first hit. */
export const snippetLimits = { length: 120, lead: 30 } as const;

/** The text with every occurrence of a needle marked (needles longest first; case ignored for Latin letters). */
export function highlightText(text: string, needles: readonly string[]): HighlightSegment[] {
  const haystack = foldCase(text);
  const segments: HighlightSegment[] = [];
  let plainStart = 0;
  let position = 0;
  while (position < text.length) {
    const needle = needles.find((n) => n !== '' && haystack.startsWith(foldCase(n), position));
    if (needle === undefined) {
      position += 1;
      continue;
    }
    if (position > plainStart) segments.push({ text: text.slice(plainStart, position), hit: false });
    segments.push({ text: text.slice(position, position + needle.length), hit: true });
    position += needle.length;
    plainStart = position;
  }
  if (plainStart < text.length) segments.push({ text: text.slice(plainStart), hit: false });
  return segments;
}

/**
 * A short passage of the body around its first hit, highlighted, with "…" where text was left
 * out; the start of the body when no needle occurs (the item matched by its title or attachments).
 */
export function snippetOf(body: string, needles: readonly string[], limits: { length: number; lead: number } = snippetLimits): HighlightSegment[] {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text === '') return [];
  const haystack = foldCase(text);
  const hits = needles.map((n) => (n === '' ? -1 : haystack.indexOf(foldCase(n)))).filter((i) => i >= 0);
  const firstHit = hits.length === 0 ? 0 : Math.min(...hits);
  const start = Math.max(0, Math.min(firstHit - limits.lead, text.length - limits.length));
  const end = Math.min(text.length, start + limits.length);
  const segments = highlightText(text.slice(start, end), needles);
  if (start > 0) segments.unshift({ text: '…', hit: false });
  if (end < text.length) segments.push({ text: '…', hit: false });
  return segments;
}

// Lower-casing must keep every character at its index; the rare letters that change length are left as they are.
function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}
