// The results as elements: built as nodes, never by parsing HTML, so a report's text (and any markup
// characters in it) is only ever text, and no inline style is needed (strict CSP).
import { REPORT_FILTER } from '../core/bundle.ts';
import { excerptOf } from '../core/excerpt.ts';
import { searchMessage } from '../core/messages.ts';
import { placeRange } from '../core/page.ts';
import { placesShown } from '../core/ranking.ts';
import { partTitleOf, readerUrl } from '../core/reader-urls.ts';
import { siteUrls } from '../../site/urls.ts';
import type { ResultData } from './engine.ts';
import type { Outcome, Scope } from './session.ts';

/** An element with a class and children. */
function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

/** A link to a result or a heading. */
function link(doc: Document, href: string, className: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = element(doc, 'a', className, ...children);
  a.href = href;
  return a;
}

/** A button that reads as a link (search.css): the scope toggle, "Did you mean …?". */
function textButton(doc: Document, className: string, label: string, onclick: () => void): HTMLButtonElement {
  const button = element(doc, 'button', className, label);
  button.type = 'button';
  button.onclick = onclick;
  return button;
}

/** A place's excerpt (excerptOf) as text nodes and <mark> elements. */
function excerpt(doc: Document, data: ResultData, anchor: { location: number } | undefined, term: string, className: string): HTMLParagraphElement {
  const parts = excerptOf(data.content, placeRange(data, { anchor }), term);
  return element(doc, 'p', className, ...parts.map(({ text, marked }) => (marked ? element(doc, 'mark', '', text) : text)));
}

/**
 * One result, a report: its title (to its home), and the places in it that hold the words, each
 * named by its part and heading and linked to the part's own page (readerUrl). When the results are
 * one report, every place is listed; among several, the best three and a link to the rest (the
 * search page scoped to the report). Returns the item and how many places it lists.
 */
function resultItem(doc: Document, data: ResultData, term: string, alone: boolean, base: string): { item: HTMLLIElement; places: number } {
  const title = data.meta['title'] || data.url;
  const head = element(doc, 'div', 'search-result-head', link(doc, readerUrl(data, { url: data.url }), 'search-result-link', element(doc, 'span', 'search-result-title', title)));
  const item = element(doc, 'li', 'search-result', head);
  const { shown, total } = placesShown(data, term, alone);
  // The report's own excerpt only where no place is listed (the words are in its title, its byline
  // or the text before its findings): the places' excerpts already show the words in context.
  if (shown.length === 0) item.append(excerpt(doc, data, undefined, term, 'search-result-excerpt'));
  const subs = shown.map((sub) => {
    const part = partTitleOf(data, sub);
    // The part on a line of its own above the heading; a screen reader hears "part, heading" (the
    // comma is in the name, not on screen; an aria-label would not match the visible text).
    const name = part ? [element(doc, 'span', 'search-sub-result-part', part, element(doc, 'span', 'sr-only', ',')), sub.title] : [sub.title];
    const place = link(doc, readerUrl(data, sub), 'search-sub-result-link', ...name);
    return element(doc, 'li', 'search-sub-result', place, excerpt(doc, data, sub.anchor, term, 'search-sub-result-excerpt'));
  });
  if (subs.length > 0) item.append(element(doc, 'ul', 'search-sub-results', ...subs));
  const slug = data.filters[REPORT_FILTER]?.[0];
  if (shown.length < total && slug) {
    const rest = link(doc, siteUrls(base).search({ query: term.trim(), report: slug }), 'search-result-more', `All ${total} places in ${title}`);
    item.append(element(doc, 'p', 'search-result-more-line', rest));
  }
  return { item, places: Math.max(shown.length, 1) };
}

/** The elements of a search container (SearchBox.astro) that search fills. */
export interface SearchParts {
  list: HTMLOListElement | null;
  /** "3 reports for “memory”", a live region. */
  summary: HTMLElement | null;
  /** "“borow” is not in the reports. Did you mean borrow checker?" */
  suggestion: HTMLElement | null;
  more: HTMLButtonElement | null;
  /** "In Rust in 2026 · Search all reports" */
  scope: HTMLElement | null;
  /** Search could not be loaded, or a part of the index fetched. */
  status: HTMLElement | null;
}

/** A container's parts, found once. */
export function searchParts(container: HTMLElement): SearchParts {
  const find = <E extends HTMLElement>(selector: string) => container.querySelector<E>(selector);
  return {
    list: find<HTMLOListElement>('.search-results'),
    summary: find('.search-summary'),
    suggestion: find('.search-suggestion'),
    more: find<HTMLButtonElement>('.search-more'),
    scope: find('.search-scope'),
    status: find('.search-status'),
  };
}

/**
 * Shows a search's outcome: its first page of results, its one message (searchMessage), the better
 * spelling as a button (`take` searches it), and "More results" while there are more.
 */
export function showOutcome(parts: SearchParts, outcome: Outcome, base: string, take: (better: string) => void): void {
  const { list, summary, suggestion, more, status } = parts;
  const doc = (list ?? summary)?.ownerDocument;
  if (!doc) return;
  if (status) status.hidden = true;
  const { term, results, loaded, report, hint } = outcome;
  const items = loaded.map((data) => resultItem(doc, data, term, results.length === 1, base));
  list?.replaceChildren(...items.map(({ item }) => item));
  if (more) more.hidden = results.length <= loaded.length;
  const found = { reports: results.length, places: items[0]?.places ?? 0, elsewhere: outcome.elsewhere };
  const message = searchMessage(found, term, hint.missing, report && (report.title ?? report.slug));
  if (summary) summary.textContent = message.summary;
  const better = hint.better;
  const offer = better ? [`${message.note} Did you mean `.trimStart(), textButton(doc, 'search-suggestion-button', better, () => take(better)), '?'] : [message.note];
  suggestion?.replaceChildren(...offer.filter((part) => part !== ''));
  // Tests (and anyone else) can tell which query, in which report ('' for all), the results on screen belong to.
  if (list) {
    list.dataset['resultsFor'] = term;
    list.dataset['resultsIn'] = report?.slug ?? '';
  }
}

/** Adds a page of an outcome's results ("More results"), and moves focus to the first of them, so a keyboard reader goes on where the list grew. */
export function showMore(parts: SearchParts, outcome: Outcome, page: readonly ResultData[], base: string): void {
  const { list, more, status } = parts;
  if (!list) return;
  if (status) status.hidden = true;
  const items = page.map((data) => resultItem(list.ownerDocument, data, outcome.term, false, base).item);
  list.append(...items);
  if (more) more.hidden = outcome.loaded.length >= outcome.results.length;
  items[0]?.querySelector('a')?.focus();
}

/** The scope line: "In <report> · Search all reports", or "In all reports · Search only <report>", whose button calls `toggle`. */
export function showScope(scope: HTMLElement | null, home: Scope, scoped: boolean, toggle: () => void): void {
  if (!scope) return;
  const doc = scope.ownerDocument;
  const name = home.title ?? home.slug;
  const button = textButton(doc, 'search-scope-button', scoped ? 'Search all reports' : `Search only ${name}`, toggle);
  scope.replaceChildren('In ', element(doc, 'strong', '', scoped ? name : 'all reports'), ' · ', button);
  scope.hidden = false;
}
