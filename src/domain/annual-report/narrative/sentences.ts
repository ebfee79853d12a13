/** Narrative text cut into paragraphs, sentences and clauses, the units a stated figure is read in. */

export interface Clause {
  /** Offsets into the sentence's text; the delimiters are outside. */
  start: number;
  end: number;
}

export interface Sentence {
  /** Normalised text (see `normalizeNarrative`). */
  text: string;
  /** 0-based paragraph of the section (paragraphs are joined by "\n"). */
  paragraph: number;
}

const sentencePattern = /[^。！？!?]+[。！？!?]*/g;
const clausePattern = /[^，,；;：:（）()“”「」《》【】。！？!?]+/g;
const maxQuoteLength = 60;
const rewritten = /[\s０-９．,]/;

/**
 * The text as figures are matched: full-width digits as ASCII, no white space (PDF text puts
 * spaces around numbers: "申请 3119 件"), no thousands separators (3,119).
 */
export function normalizeNarrative(text: string): string {
  // One look for all three: most paragraphs need none of the rewrites.
  if (!rewritten.test(text)) return text;
  let normal = /\s/.test(text) ? text.replace(/\s+/g, '') : text;
  if (/[０-９．]/.test(normal)) {
    normal = normal
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/．/g, '.');
  }
  return normal.includes(',') ? normal.replace(/(\d),(?=\d{3}(?!\d))/g, '$1') : normal;
}

/** The sentences of a section's text, paragraph by paragraph. */
export function splitSentences(section: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphs = section.split('\n');
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    for (const text of findAll(sentencePattern, normalizeNarrative(paragraphs[paragraph]!))) {
      sentences.push({ text: text[0], paragraph });
    }
  }
  return sentences;
}

/** The clauses of a sentence, between its punctuation. */
export function splitClauses(text: string): Clause[] {
  return findAll(clausePattern, text).map(([part, start]) => ({ start, end: start + part.length }));
}

/** Every match of a global pattern as [text, offset]; a plain exec loop, faster than matchAll. */
export function findAll(pattern: RegExp, text: string): [string, number][] {
  const found: [string, number][] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push([match[0], match.index]);
  }
  return found;
}

/** The clause that holds an offset of the sentence. */
export function findClause(clauses: readonly Clause[], offset: number): Clause {
  return clauses.find((c) => offset >= c.start && offset < c.end) ?? { start: offset, end: offset };
}

/** A quote for people: the clause, cut to at most 60 characters around the figure. */
export function quoteClause(sentence: Sentence, clause: Clause, figureStart: number): string {
  const start = Math.max(clause.start, Math.min(figureStart - 40, clause.end - maxQuoteLength));
  return sentence.text.slice(start, Math.min(clause.end, start + maxQuoteLength));
}
