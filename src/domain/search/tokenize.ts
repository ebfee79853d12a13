/**
 * Chinese word segmentation for search, with @node-rs/jieba (deterministic, no I/O once its
 * dictionary is loaded — about 160 ms, once per process, on first use). Text is cut in search mode
 * (湘潭县 → 湘潭 / 湘潭县), so a query word matches inside longer indexed words; Latin letters are
 * lower-cased and punctuation dropped. The same function tokenizes documents and queries, which
 * is what makes them meet in PostgreSQL's `simple` text-search configuration.
 *
 * jieba cuts a name it does not know by its context (永林镇泉江村 → 永林 / 镇泉 / 江村, while the
 * query 永林镇 stays one word), so words alone would miss such text. The index therefore also
 * holds the text's character bigrams in order (永林 林镇 镇泉 …): a query term is found by its
 * words or, as a phrase, by its bigrams — which is exactly "the text contains the term".
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

/** The words of a text as jieba reads it (no parts of longer words), for highlighting. */
export function wordTokens(text: string): string[] {
  if (text.trim() === '') return [];
  return segmenter()
    .cut(text.normalize('NFKC'), true)
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== '' && wordPattern.test(token));
}

/**
 * The overlapping character pairs of each run of Chinese characters (a run of one gives that
 * character), and each run of other letters and digits whole, lower-cased, in text order.
 */
export function bigramTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [word] of text.normalize('NFKC').toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    for (const [run] of word.matchAll(/\p{Script=Han}+|[^\p{Script=Han}]+/gu)) {
      const characters = [...run];
      if (characters.length === 1 || !/\p{Script=Han}/u.test(run)) tokens.push(run);
      else for (let i = 0; i + 1 < characters.length; i += 1) tokens.push(characters[i]! + characters[i + 1]!);
    }
  }
  return tokens;
}

/**
 * Characters whose bigrams are indexed: positions stop at 16,383 anyway, and a tsvector holds at
 * most 1 MB — 200,000 characters of varied text give more distinct bigrams than that.
 */
export const bigramIndexedCharacters = 30_000;

/**
 * The form handed to `to_tsvector('simple', …)`: the bigrams (of the first
 * `bigramIndexedCharacters`), then the words, space-separated. Bigrams come first because
 * tsvector positions stop at 16,383 and only bigram phrases need them (words match in any order).
 */
export function tokenString(text: string): string {
  const words = searchTokens(text);
  if (words.length === 0) return '';
  return `${bigramTokens(text.slice(0, bigramIndexedCharacters)).join(' ')} ${words.join(' ')}`;
}
