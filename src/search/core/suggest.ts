// "Did you mean …?": the closest of the site's own words (gathered at build time,
// src/search/build/vocabulary.ts) to a query that found nothing or missed a word.

import { editDistance } from '../../lib/edit-distance.ts';
import { searchWords, wordMatches } from './words.ts';

/** The site's words, most frequent first, each in the spelling the text uses most. */
export interface Vocabulary {
  words: string[];
}

/** The shortest word the vocabulary holds and a suggestion corrects: "GIL" or "Go" one edit away from another word is noise. */
export const MIN_WORD_LENGTH = 3;

const folded = new WeakMap<Vocabulary, string[]>();

/** The vocabulary's words as search compares them (searchWords: lower case, accents dropped), worked out once. */
function foldedWords(vocabulary: Vocabulary): string[] {
  let words = folded.get(vocabulary);
  if (!words) {
    words = vocabulary.words.map((word) => searchWords(word).join(''));
    folded.set(vocabulary, words);
  }
  return words;
}

/** How many edits a word of this length may be from the one meant: one up to five letters, else two. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length <= 5 ? 1 : 2;
}

/**
 * The vocabulary word closest to a term that the site does not hold, or undefined when the term is
 * a word of the site (or begins one) or nothing is near enough. Ties go to a word with the same
 * first letter, then to the more frequent word.
 */
export function suggestWord(term: string, vocabulary: Vocabulary): string | undefined {
  const [wanted = ''] = searchWords(term);
  const max = allowedEdits(wanted.length);
  if (max === 0) return undefined;
  const folded = foldedWords(vocabulary);
  let best: { word: string; score: number } | undefined;
  for (const [rank, word] of vocabulary.words.entries()) {
    const lower = folded[rank] ?? '';
    if (wordMatches(lower, wanted)) return undefined;
    const distance = editDistance(wanted, lower, max);
    if (distance > max) continue;
    // Distance first, then the first letter (typos seldom start a word), then frequency.
    const score = distance * 2 + (lower[0] === wanted[0] ? 0 : 1) + rank / (vocabulary.words.length + 1);
    if (!best || score < best.score) best = { word, score };
  }
  return best?.word;
}

/**
 * The query with each word the site lacks replaced by its closest word ("borow checker" →
 * "borrow checker"), or undefined when there is nothing to correct, or when a word would still be
 * one the site lacks ("zzqxv nothing" would find no more as "zzqxv anything").
 */
export function suggestQuery(query: string, vocabulary: Vocabulary): string | undefined {
  let changed = false;
  const suggestion = query.trim().replace(/[\p{L}\p{N}_]+/gu, (token) => {
    const better = suggestWord(searchWords(token).join(''), vocabulary);
    if (!better) return token;
    changed = true;
    return better;
  });
  return changed && missingWords(suggestion, vocabulary).length === 0 ? suggestion : undefined;
}

/**
 * The words of a query that no word of the site holds (as wordMatches compares them): Pagefind
 * then searches the longest start of the word it does hold ("haskell" finds "has"), so its results
 * are not for the word typed. Words shorter than the vocabulary's, and numbers, are not judged.
 */
export function missingWords(query: string, vocabulary: Vocabulary): string[] {
  const words = foldedWords(vocabulary);
  return searchWords(query).filter(
    (term) => term.length >= MIN_WORD_LENGTH && /\p{L}/u.test(term) && !words.some((word) => wordMatches(word, term)),
  );
}

/** What search offers beside results that may hold a typo: a better spelling, and the typed words the reports lack. */
export interface Hint {
  better: string | undefined;
  missing: string[];
}

/** No better spelling, no missing word: what a query whose first result holds every word gets. */
export const NO_HINT: Hint = { better: undefined, missing: [] };

/**
 * The hint for a query whose first result lacks a typed word, or that found nothing: the closest
 * spelling the site holds, and, when results came back, the typed words no word of the site holds.
 */
export function hintFor(query: string, vocabulary: Vocabulary, found: boolean): Hint {
  return { better: suggestQuery(query, vocabulary), missing: found ? missingWords(query, vocabulary) : [] };
}
