// Which places of a result a reader sees first, and where Enter takes them. Pagefind orders a
// result's sub-results by their position on the page and matches stems ("face" finds
// "researcher-facing"), so its first heading is often not where the reader's words are.
import { pageWords, searchWords, wordsHold } from './words.ts';
import { partTitles, placeRange, type PageAnchor, type RankablePage, type RankableSubResult } from './page.ts';
import { readerUrl } from './reader-urls.ts';

/** How many places a report shows among several results (as Pagefind's own UIs show sub-results). */
export const MAX_SUB_RESULTS = 3;

/** Whether the page's words from `start` up to `end` hold every term, and the exact phrase. */
function holdsBetween(words: readonly string[], start: number, end: number, terms: readonly string[]): { all: boolean; phrase: boolean } {
  return wordsHold(searchWords(words.slice(start, end).join(' ')), terms);
}

/** The sub-results (but the text before the first heading) with their score, best first. */
function scoredSubResults<S extends RankableSubResult>(page: RankablePage<S>, query: string): { sub: S; score: number }[] {
  const terms = searchWords(query);
  const words = pageWords(page.content);
  const pageUrl = page.meta?.['url'] || page.url;
  const score = (sub: S): number => {
    const { start, end } = placeRange(page, { anchor: sub.anchor ?? { location: 0 } }, words);
    const found = holdsBetween(words, start, end, terms);
    return found.phrase ? 2 : found.all ? 1 : 0;
  };
  return page.sub_results
    .filter((sub) => sub.url !== pageUrl)
    .map((sub, index) => ({ sub, index, score: score(sub), hits: sub.locations?.length ?? 0 }))
    .sort((a, b) => b.score - a.score || b.hits - a.hits || a.index - b.index);
}

/**
 * The sub-results a reader should see under a result, best first: those whose text holds the exact
 * phrase, then those holding every term, then the rest; more hits first within each, then page
 * order; leaving out the text before the first heading (the result's own link goes there).
 */
export function orderSubResults<S extends RankableSubResult>(page: RankablePage<S>, query: string): S[] {
  return scoredSubResults(page, query).map(({ sub }) => sub);
}

/**
 * The places of a report a results list shows (orderSubResults): every one when the report is the
 * only result, else the best MAX_SUB_RESULTS; and how many there are in all, for "All N places".
 */
export function placesShown<S extends RankableSubResult>(page: RankablePage<S>, query: string, alone: boolean): { shown: S[]; total: number } {
  const places = orderSubResults(page, query);
  return { shown: alone ? places : places.slice(0, MAX_SUB_RESULTS), total: places.length };
}

/** The first part (an h2 of the page to the next) whose text holds the query's exact phrase, else every word of it. */
function partHolding(page: Pick<RankablePage<RankableSubResult>, 'content' | 'anchors'>, query: string): PageAnchor | undefined {
  const terms = searchWords(query);
  const words = pageWords(page.content);
  const parts = partTitles(page.anchors);
  const found = parts.map((part, i) => holdsBetween(words, part.location, parts[i + 1]?.location ?? words.length, terms));
  const at = found.findIndex((f) => f.phrase);
  return parts[at >= 0 ? at : found.findIndex((f) => f.all)];
}

/**
 * Where Enter on a result takes the reader: to the first of its sub-results (orderSubResults) when
 * the text under that heading holds every word of the query; else to the first part of the report
 * (an h2 to the next) that holds them all, words under different headings of it ("Pingora Tokio"),
 * the exact phrase first; else to the report's home (readerUrl).
 */
export function landingUrl<S extends RankableSubResult>(page: RankablePage<S>, query: string): string {
  const [best] = scoredSubResults(page, query);
  if (best && best.score > 0) return readerUrl(page, best.sub);
  const part = partHolding(page, query);
  if (!part) return readerUrl(page, { url: page.url });
  const at = new URL(page.url, 'http://site.invalid');
  return readerUrl(page, { url: `${at.pathname}${at.search}#${part.id}`, anchor: { location: part.location } });
}
