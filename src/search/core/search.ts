// The pure parts of search: where the bundle is, which keys open it, the search page's ?q= and
// &report=, what the results list says, and how sub-results are ordered.
import { FINDINGS_ID, WHOLE_REPORT } from '../../report/slugs.ts';
import { SEARCH_PARAMS, withBase } from '../../site/urls.ts';

/** The Pagefind filter that files each report's page under its slug (src/pages/[report]/report.astro), which scopes a search. */
export const REPORT_FILTER = 'report';

/** The query parameter that carries search terms to the target page (Pagefind's `highlightParam`). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** Where Pagefind's bundle lives: its default folder under the site's base. */
export function pagefindBundlePath(base: string): string {
  return withBase(base, 'pagefind/');
}

/** Whether a page was reached from a search result, so its terms should be highlighted. */
export function hasHighlightTerms(search: string): boolean {
  return new URLSearchParams(search).getAll(HIGHLIGHT_PARAM).some((term) => term.trim() !== '');
}

/** The parts of a key press that decide whether it opens search. */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * `/` (when the reader is not typing in a field) or Ctrl/⌘+K opens search; Ctrl/⌘+K also works
 * from a field, as in most documentation sites, since it types nothing.
 */
export function isSearchShortcut(event: ShortcutKey, inEditableField: boolean): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !inEditableField;
}

const { query: QUERY_PARAM, report: REPORT_PARAM } = SEARCH_PARAMS;

/** The search terms in a location's query string (`?q=…`), trimmed; empty when there are none. */
export function queryFromSearch(search: string): string {
  return new URLSearchParams(search).get(QUERY_PARAM)?.trim() ?? '';
}

/**
 * The query string to show for a search term, keeping any other parameters:
 * `?q=term` while the reader types, nothing once the box is cleared.
 */
export function searchWithQuery(search: string, query: string): string {
  const params = new URLSearchParams(search);
  const term = query.trim();
  if (term) params.set(QUERY_PARAM, term);
  else params.delete(QUERY_PARAM);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The report a location's query string scopes search to (`?report=<slug>`), if any. */
export function reportFromSearch(search: string): string | undefined {
  return new URLSearchParams(search).get(REPORT_PARAM)?.trim() || undefined;
}

/** The query string with search scoped to `report` (or to every report when undefined), keeping the rest. */
export function searchWithReport(search: string, report: string | undefined): string {
  const params = new URLSearchParams(search);
  if (report) params.set(REPORT_PARAM, report);
  else params.delete(REPORT_PARAM);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * What the results' live region says: how many reports hold the query, or, when one report does
 * (or the search is scoped to one), how many of its places do, and in which report.
 */
export function resultsSummary(found: { reports: number; places: number; elsewhere?: number }, query: string, report?: string | undefined): string {
  const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
  const what = found.reports === 0 ? 'No results' : found.reports === 1 ? count(found.places, 'result', 'results') : count(found.reports, 'report', 'reports');
  // A scoped search that found nothing says whether other reports hold the words.
  const others = found.reports === 0 && found.elsewhere ? `; ${count(found.elsewhere, 'other report holds', 'other reports hold')} it` : '';
  return `${what} for “${query.trim()}”${report ? ` in ${report}` : ''}${others}`;
}

/**
 * What search says when typed words are nowhere in the reports yet results came back (for the
 * other words, or for a shorter start of the word that Pagefind searched instead: "haskell" → "has").
 */
export function missingWordsNote(missing: readonly string[]): string {
  const quoted = missing.map((word) => `“${word}”`);
  const list = quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
  return `${list} ${missing.length === 1 ? 'is' : 'are'} not in the reports.`;
}

/** A run of an excerpt's text, marked when it holds a search term. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * The runs of a Pagefind excerpt: its only markup is `<mark>` around the terms; the rest is the
 * page's text with `<` and `>` escaped (pagefind.js escapes those two, not `&`). Read as runs, it
 * becomes text nodes and <mark> elements, never HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (text: string): string => text.replace(/&(lt|gt);/g, (_, name: string) => (name === 'lt' ? '<' : '>'));
  const parts: ExcerptPart[] = [];
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((run, index) => {
    const marked = index % 2 === 1;
    const text = decode(marked ? run.slice('<mark>'.length, -'</mark>'.length) : run);
    if (text) parts.push({ text, marked });
  });
  return parts;
}

/**
 * What the search box says when search cannot load. The dev server searches the last build
 * (src/integrations/search-index.ts), so there the likely cause is that there is none yet.
 */
export function searchFailureMessage(dev: boolean): string {
  return dev
    ? 'Search could not be loaded: the development server searches the last build, and there is none yet. Run npm run build once.'
    : 'Search could not be loaded. Try again, or use the contents.';
}

/**
 * The words of a text as search compares them: lower case, accents dropped, split at anything but
 * letters, digits and `_` (so `TcpListener::bind(…)` gives `tcplistener`, `bind`).
 */
export function searchWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}_]+/gu) ?? []
  );
}

/**
 * Whether a word of the text holds a query term: the word starts with the term (the reader may
 * still be typing it), or the term is the word with a plural ending (`tokenizers` holds in
 * `tokenizer`). Unlike Pagefind's stemmer, `face` does not hold in `facing`.
 */
export function wordMatches(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  return word.length >= 4 && /^(s|es)$/.test(term.slice(word.length)) && term.startsWith(word);
}

/** Whether `words` hold every term, and the terms in a row as typed (the exact phrase). */
function holds(words: readonly string[], terms: readonly string[]): { all: boolean; phrase: boolean } {
  const all = terms.every((term) => words.some((word) => wordMatches(word, term)));
  let phrase = false;
  if (all && terms.length > 1) {
    for (let i = 0; i + terms.length <= words.length && !phrase; i++) {
      phrase = terms.every((term, j) => wordMatches(words[i + j] ?? '', term));
    }
  }
  return { all, phrase: all && (phrase || terms.length === 1) };
}

/**
 * Whether a text holds every word of a query (as `wordMatches` compares them). A result that lacks
 * one may have been found for the others, or by a stem: the typed word may be a typo.
 */
export function holdsEveryWord(text: string, query: string): boolean {
  return holds(searchWords(text), searchWords(query)).all;
}

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

/** Whether an anchor starts a sub-result: Pagefind's own rule (pagefind.js, calculate_sub_results). */
function startsSubResult(anchor: PageAnchor): boolean {
  return !!anchor.title?.trim() || (/h\d/i.test(anchor.element) && !!anchor.text?.trim());
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

/** How many places a report shows among several results (as Pagefind's own UIs show sub-results). */
export const MAX_SUB_RESULTS = 3;

/**
 * The sub-results a reader should see under a result, best first: those whose text holds the exact
 * phrase, then those holding every term, then the rest; more hits first within each, then page
 * order; leaving out the text before the first heading (the result's own link goes there).
 * Pagefind orders them by position on the page and matches stems ("face" finds
 * "researcher-facing"), so its first heading is often not where the reader's words are.
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

/** A page's words as Pagefind's locations count them (pagefind.js splits at /[^\S\uFEFF]+/). */
function pageWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/);
}

/** Whether the page's words from `start` up to `end` hold every term, and the exact phrase. */
function holdsBetween(words: readonly string[], start: number, end: number, terms: readonly string[]): { all: boolean; phrase: boolean } {
  return holds(searchWords(words.slice(start, end).join(' ')), terms);
}

/** The whole-report page's part titles, in page order: its h2s with an id (a part's slug, or FINDINGS_ID). */
function partTitles(anchors: readonly PageAnchor[]): PageAnchor[] {
  return anchors.filter((anchor) => anchor.element.toLowerCase() === 'h2' && anchor.id).sort((a, b) => a.location - b.location);
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

/** The first part (an h2 of the page to the next) whose text holds the query's exact phrase, else every word of it. */
function partHolding(page: Pick<RankablePage<RankableSubResult>, 'content' | 'anchors'>, query: string): PageAnchor | undefined {
  const terms = searchWords(query);
  const words = pageWords(page.content);
  const parts = partTitles(page.anchors);
  const found = parts.map((part, i) => holdsBetween(words, part.location, parts[i + 1]?.location ?? words.length, terms));
  const at = found.findIndex((f) => f.phrase);
  return parts[at >= 0 ? at : found.findIndex((f) => f.all)];
}

/** The part title that a word of the page falls under: the last one at or before it. */
function partAt(anchors: readonly PageAnchor[], location: number): PageAnchor | undefined {
  return partTitles(anchors).findLast((part) => part.location <= location);
}

/**
 * Where a hit takes the reader. Search indexes each report's whole-report page, whose h2s are its
 * parts' titles with the parts' slugs as ids (and the key findings, FINDINGS_ID); a hit there is
 * read on the part's own page, at the same heading id: `<report>/report/#who-uses-it`, under the
 * h2 `#ml-infrastructure`, becomes `<report>/ml-infrastructure/#who-uses-it`; the part's title
 * itself becomes the part's page; the findings and the page's start, the report's home. Pagefind's
 * highlight parameter is kept.
 */
export function readerUrl(page: { anchors: readonly PageAnchor[] }, sub: Pick<RankableSubResult, 'url' | 'anchor'>): string {
  const link = new URL(sub.url, 'http://site.invalid');
  const home = link.pathname.slice(0, link.pathname.endsWith(`/${WHOLE_REPORT}/`) ? -`${WHOLE_REPORT}/`.length : undefined);
  const part = sub.anchor ? partAt(page.anchors, sub.anchor.location) : undefined;
  if (!part || part.id === FINDINGS_ID) return `${home}${link.search}${link.hash}`;
  // The part's own title leads to the top of its page; any heading in it, to that heading there.
  const atTitle = sub.anchor?.location === part.location;
  return `${home}${part.id}/${link.search}${atTitle ? '' : link.hash}`;
}

/** The title of the part a sub-result falls in (its h2's text), unless the sub-result is that title itself. */
export function partTitleOf(page: { anchors: readonly PageAnchor[] }, sub: Pick<RankableSubResult, 'anchor'>): string | undefined {
  if (!sub.anchor) return undefined;
  const part = partAt(page.anchors, sub.anchor.location);
  return part && part.location !== sub.anchor.location ? part.text?.trim() || undefined : undefined;
}

/** The sub-results (but the text before the first heading) with their score, best first. */
function scoredSubResults<S extends RankableSubResult>(page: RankablePage<S>, query: string): { sub: S; score: number }[] {
  const terms = searchWords(query);
  const words = pageWords(page.content);
  const starts = page.anchors
    .filter(startsSubResult)
    .map((anchor) => anchor.location)
    .sort((a, b) => a - b);
  const pageUrl = page.meta?.['url'] || page.url;
  const score = (sub: S): number => {
    const start = sub.anchor?.location ?? 0;
    const end = starts.find((location) => location > start) ?? words.length;
    const found = holdsBetween(words, start, end, terms);
    return found.phrase ? 2 : found.all ? 1 : 0;
  };
  return page.sub_results
    .filter((sub) => sub.url !== pageUrl)
    .map((sub, index) => ({ sub, index, score: score(sub), hits: sub.locations?.length ?? 0 }))
    .sort((a, b) => b.score - a.score || b.hits - a.hits || a.index - b.index);
}
