/**
 * Chinese word segmentation for search, with @node-rs/jieba (deterministic, no I/O once its
 * dictionary is loaded — about 160 ms, once per process, on first use). Text is cut in search mode
 * (湘潭县 → 湘潭 / 湘潭县), so a query word matches inside longer indexed words; Latin letters are
 * lower-cased and punctuation dropped. The same function tokenizes documents and queries, which
 * is what makes them meet in PostgreSQL's `simple` text-search configuration.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Letters and digits of any script; everything else (punctuation, spaces, symbols) separates tokens. */
const wordPattern = /[\p{L}\p{N}]/u;

/** The search tokens of a text, in order, duplicates kept (positions matter for phrase queries). */
export function searchTokens(text: string): string[] {
  if (text.trim() === '') return [];
  return segmenter()
    .cutForSearch(text.normalize('NFKC'), true)
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== '' && wordPattern.test(token));
}

/** The tokens as one space-separated string, the form handed to `to_tsvector('simple', …)`. */
export function tokenString(text: string): string {
  return searchTokens(text).join(' ');
}
