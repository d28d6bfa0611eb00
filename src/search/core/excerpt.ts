// What a result shows of a place's text. Made here from the text Pagefind returns as the page has it
// (its `content`), not from Pagefind's excerpt: that one escapes `<` and `>` but not `&`, so a
// report that writes the entity `&lt;b&gt;` and one that writes a bare `<b>` come out alike, and
// reading one right misreads the other. It also marks every word Pagefind matched, stems and the
// shorter starts it falls back on ("a" for "Acme") among them, and may put the first marked word
// past what a narrow screen shows of an excerpt.
import { holdsTerm, pageWords, searchWords, wordMatches } from './words.ts';
import type { WordRange } from './page.ts';

/** A run of an excerpt's text, marked when it is a word that holds a search term. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Words in an excerpt, as many as Pagefind's own (its `excerptLength`). */
export const EXCERPT_WORDS = 30;

// At most this many characters of text before the first marked word: about a line on a 375 px
// screen, where search.css shows three lines of an excerpt.
const LEAD_CHARACTERS = 40;

const ELLIPSIS = '…';

/** A word of the range that holds terms: where it is, and which terms (by their index) it holds. */
interface Hit {
  at: number;
  terms: number[];
}

/** The words of the range that hold a term. */
function hitsIn(words: readonly string[], range: WordRange, terms: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  for (let at = range.start; at < range.end; at++) {
    const folded = searchWords(words[at] ?? '');
    const held = terms.flatMap((term, index) => (folded.some((word) => wordMatches(word, term)) ? [index] : []));
    if (held.length > 0) hits.push({ at, terms: held });
  }
  return hits;
}

/** The hit that starts the window of EXCERPT_WORDS holding the most of the terms, then the most hits; the first on a tie. */
function bestHit(hits: readonly Hit[]): number | undefined {
  let best: { at: number; terms: number; hits: number } | undefined;
  hits.forEach((hit, i) => {
    const window = hits.slice(i).filter((other) => other.at < hit.at + EXCERPT_WORDS);
    const terms = new Set(window.flatMap((other) => other.terms)).size;
    if (!best || terms > best.terms || (terms === best.terms && window.length > best.hits)) best = { at: hit.at, terms, hits: window.length };
  });
  return best?.at;
}

/** A word split into runs of letters and digits, marked where they hold a term, and what lies between. */
function wordParts(word: string, terms: readonly string[]): ExcerptPart[] {
  return word
    .split(/([\p{L}\p{N}_\p{M}]+)/u)
    .map((text, i) => ({ text, marked: i % 2 === 1 && holdsTerm(text, terms) }))
    .filter((part) => part.text !== '');
}

/**
 * An excerpt of a place (`range`, from placeRange) in a page's text: EXCERPT_WORDS words that start
 * a little before the words of the query they hold most of, with those words marked whole (never a
 * word Pagefind found only by a stem or a shorter start), and an ellipsis where it cuts the place's
 * text. The text is the page's own, never decoded, so a caller renders it as text.
 */
export function excerptOf(content: string, range: WordRange, query: string): ExcerptPart[] {
  const words = pageWords(content);
  const terms = searchWords(query);
  const place = { start: Math.max(0, range.start), end: Math.min(words.length, range.end) };
  let start = bestHit(hitsIn(words, place, terms)) ?? place.start;
  // A little of the text before the first marked word, up to LEAD_CHARACTERS, so that it reads as a sentence.
  let lead = 0;
  while (start > place.start && lead + (words[start - 1]?.length ?? 0) + 1 <= LEAD_CHARACTERS) {
    start--;
    lead += (words[start]?.length ?? 0) + 1;
  }
  const end = Math.min(place.end, start + EXCERPT_WORDS);
  const parts: ExcerptPart[] = [];
  const add = (text: string, marked = false): void => {
    const last = parts.at(-1);
    if (last && !last.marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  if (start > place.start) add(`${ELLIPSIS} `);
  words
    .slice(start, end)
    .filter((word) => word !== '')
    .forEach((word, i) => {
      if (i > 0) add(' ');
      for (const part of wordParts(word, terms)) add(part.text, part.marked);
    });
  if (end < place.end) add(` ${ELLIPSIS}`);
  return parts;
}
