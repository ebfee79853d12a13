/**
 * What a person typed into the search box → search terms. Words separated by spaces must all
 * occur; text in quotes ("…" or “…”) must occur as a phrase. Each term is cut into the same jieba
 * tokens and character bigrams the index holds (tokenize.ts): an unquoted term is found when its
 * words all occur or the term itself occurs (its bigrams in a row); a quoted term only as a phrase. Nothing here is SQL: the repository hands
 * the tokens to PostgreSQL as bound parameters of `plainto_tsquery` / `phraseto_tsquery`, which
 * read them as plain words, so quotes, backslashes, `:*`, `&|!()`, `%_` and regex characters in
 * the query are only text.
 */
import { bigramTokens, searchTokens, wordTokens } from './tokenize.ts';

export const searchQueryLimits = {
  /** Characters of the query; longer input is refused (the form field stops there too). */
  characters: 100,
  /** Terms used; more add nothing but cost. */
  terms: 10,
} as const;

export interface SearchTerm {
  /** The term as typed (normalised, lower-cased), for the exact title match and highlighting. */
  text: string;
  /** Its jieba tokens, in order. */
  tokens: string[];
  /** Its character bigrams, in order. */
  grams: string[];
  /** Quoted: the tokens must stand next to each other. */
  isPhrase: boolean;
}

export interface ParsedQuery {
  /** The query as it is shown back: normalised, spaces collapsed. */
  text: string;
  /** Terms with at least one token; empty when the query holds no word at all. */
  terms: SearchTerm[];
}

/** The query's text normalised: compatibility forms (全角 → 半角), no control characters, single spaces. */
export function normalizeQueryText(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The terms of a query (call with at most `searchQueryLimits.characters` characters; more are cut off). */
export function parseSearchQuery(input: string): ParsedQuery {
  const text = normalizeQueryText(input).slice(0, searchQueryLimits.characters);
  const terms: SearchTerm[] = [];
  for (const match of text.matchAll(/["“”]([^"“”]*)["“”]?|([^\s"“”]+)/g)) {
    const isPhrase = match[1] !== undefined;
    const termText = (match[1] ?? match[2] ?? '').trim().toLowerCase();
    const tokens = searchTokens(termText);
    if (tokens.length === 0 || terms.some((t) => t.text === termText && t.isPhrase === isPhrase)) continue;
    terms.push({ text: termText, tokens, grams: bigramTokens(termText), isPhrase });
    if (terms.length === searchQueryLimits.terms) break;
  }
  return { text, terms };
}

/**
 * The strings to mark in titles and snippets, longest first: each term, and its words where they
 * stand apart — whole words only (义务教育, not 教育 inside 教育局), and no word of one character
 * (的, 和), which marked everywhere would be noise.
 */
export function highlightNeedles(query: ParsedQuery): string[] {
  const needles = new Set<string>();
  for (const term of query.terms) {
    needles.add(term.text);
    for (const word of wordTokens(term.text)) if ([...word].length > 1) needles.add(word);
  }
  return [...needles].filter((n) => n.trim() !== '').sort((a, b) => b.length - a.length);
}
