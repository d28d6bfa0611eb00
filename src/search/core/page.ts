// A search result as Pagefind gives it, read as the page it is: each report's whole-report page,
// whose h2s are its parts' titles (with the parts' slugs as ids) and whose other headings start the
// result's places (Pagefind's sub-results).
import { pageWords } from './words.ts';

/** A heading's part of a result, as Pagefind's result data gives it (`sub_results[]`). */
export interface RankableSubResult {
  /** The whole-report page's URL at the heading's id (and Pagefind's highlight parameter). */
  url: string;
  /** The heading the part starts at; none for the text before the first heading. */
  anchor?: { location: number } | undefined;
  /** Where the query's words are in the page's text (one entry per hit). */
  locations?: readonly number[] | undefined;
}

/** An element with an id in a page's indexed text, as Pagefind records it. */
export interface PageAnchor {
  location: number;
  /** The element's tag name ("h2"). */
  element: string;
  id?: string | undefined;
  text?: string | undefined;
  /** A title Pagefind shows for the anchor instead of its text, if it has one. */
  title?: string | undefined;
}

/** A search result's data from Pagefind, as far as ordering its sub-results needs it. */
export interface RankablePage<S extends RankableSubResult> {
  url: string;
  meta?: Record<string, string | undefined>;
  /** The page's indexed text; Pagefind's word locations count its whitespace-separated words. */
  content: string;
  /** Every element with an id, at the word where it starts; headings among them start sub-results. */
  anchors: readonly PageAnchor[];
  sub_results: S[];
}

/** Whether an anchor starts a sub-result: Pagefind's own rule (pagefind.js, calculate_sub_results). */
function startsSubResult(anchor: PageAnchor): boolean {
  return !!anchor.title?.trim() || (/h\d/i.test(anchor.element) && !!anchor.text?.trim());
}

/** A run of a page's words, from `start` up to (not including) `end`. */
export interface WordRange {
  start: number;
  end: number;
}

/**
 * The words a place of a result spans: from its heading to the next heading that starts a place
 * (the whole page for the result itself, which has no heading), as Pagefind bounds its excerpt.
 */
export function placeRange(page: Pick<RankablePage<RankableSubResult>, 'content' | 'anchors'>, sub: Pick<RankableSubResult, 'anchor'>, words = pageWords(page.content)): WordRange {
  if (!sub.anchor) return { start: 0, end: words.length };
  const start = sub.anchor.location;
  const next = page.anchors
    .filter(startsSubResult)
    .map((anchor) => anchor.location)
    .filter((location) => location > start);
  return { start, end: next.length > 0 ? Math.min(...next) : words.length };
}

/** The whole-report page's part titles, in page order: its h2s with an id (a part's slug, or FINDINGS_ID). */
export function partTitles(anchors: readonly PageAnchor[]): PageAnchor[] {
  return anchors.filter((anchor) => anchor.element.toLowerCase() === 'h2' && anchor.id).sort((a, b) => a.location - b.location);
}

/** The part title that a word of the page falls under: the last one at or before it. */
export function partAt(anchors: readonly PageAnchor[], location: number): PageAnchor | undefined {
  return partTitles(anchors).findLast((part) => part.location <= location);
}
