// The part of search that drives Pagefind. The site's script (search.ts) loads this file by URL only
// when the reader opens search (see there): it bundles the pure search code it imports, is handed
// the bundle path, and hands back its functions as `window.reportSearchUi`, since that build keeps
// no exports. Everything search adds lives here, not in the site's script, so that pages cost no
// more JavaScript before a reader searches.

// Our own results list over Pagefind's JS API (pagefind.js), not its Component UI: the Component
// UI's script and stylesheet (48 KiB gzipped) and its Web Worker (a second copy of pagefind.js's
// engine, 12 KiB) made a first search 131 KB; the API in the main thread (noWorker) with this file
// is about 85 KB (the README's Performance section has the measured figure), under Starlight's
// 91 KiB (bench/lib/constants.ts). A search of this size runs in
// a few milliseconds, so the main thread is not held up. What the Component UI gave us we keep:
// a live region that says how many results, arrow keys through the results, sub-results per
// heading; and it needs no eval, no inline script and no inline style (strict CSP).
// The box and the dialog are ours and in the HTML from the start: the dialog and its shortcuts work
// before any Pagefind file is loaded, and what a reader types while it loads is kept. Esc, the
// close button (form method="dialog"), a backdrop click (closedby="any") and returning focus are
// the browser's own dialog behaviour.
// https://pagefind.app/docs/api/

import {
  excerptParts,
  HIGHLIGHT_PARAM,
  holdsEveryWord,
  landingUrl,
  partTitleOf,
  readerUrl,
  REPORT_FILTER,
  reportFromSearch,
  resultsSummary,
  searchWithReport,
  placesShown,
  missingWordsNote,
  type RankablePage,
  type RankableSubResult,
} from '../core/search.ts';
import { missingWords, suggestQuery, VOCABULARY_FILE, type Vocabulary } from '../core/suggest.ts';
import { siteUrls } from '../../site/urls.ts';

/** A heading's part of a result, as far as we show it. */
interface SubResultData extends RankableSubResult {
  title: string;
  excerpt: string;
}
/** A result's data, as far as we read it. */
interface ResultData extends RankablePage<SubResultData> {
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
/** One result of a search, whose data Pagefind loads on demand. */
interface PagefindResult {
  data(): Promise<ResultData>;
}
/** The part of pagefind.js's API we use. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

// How long the box waits after a keystroke before searching.
const DEBOUNCE_MS = 150;
// Reports shown at first and per "More results": each costs one fragment file to fetch (the
// report's whole text: 3.9 KiB gzipped for "Rust in 2026").
const PAGE_SIZE = 5;

let engine: Promise<Pagefind> | undefined;
let engineFailures = 0;

/**
 * Pagefind's engine, loaded and started once per page. It runs in the page (noWorker): its worker
 * fetches a second copy of the engine, which costs more than it saves at this index's size.
 */
function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  // A browser remembers a failed import() for the page's life: a retry asks for a new URL.
  const url = `${bundle}pagefind.js${engineFailures ? `?retry=${engineFailures}` : ''}`;
  return (engine ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
    // baseUrl: the index's URLs are relative to dist/, so result links need the base (BASE_PATH).
    await pagefind.options({ baseUrl: base, highlightParam: HIGHLIGHT_PARAM, noWorker: true });
    await pagefind.init();
    return pagefind;
  }));
}

/** Forgets a failed engine, so the next open tries again. */
function forgetPagefind(): void {
  engine = undefined;
  engineFailures++;
}

// A script element: pagefind-highlight.js is a module that sets a global.
function addScript(doc: Document, src: string): Promise<unknown> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = src;
  doc.head.append(script);
  return new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
}

/**
 * Highlights the search terms on a page reached from a result (`?pagefind-highlight=…`).
 * addStyles would inject a <style> element, which the CSP blocks: search.css styles the marks.
 */
export async function highlightTerms(doc: Document, bundle: string, highlightParam: string): Promise<void> {
  await addScript(doc, `${bundle}pagefind-highlight.js`);
  const { PagefindHighlight } = window as unknown as { PagefindHighlight: HighlightConstructor };
  new PagefindHighlight({ highlightParam, addStyles: false });
}

type HighlightConstructor = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

let vocabulary: Promise<Vocabulary | undefined> | undefined;

/** What search offers beside results that may hold a typo: a better spelling, and the typed words the reports lack. */
interface Hint {
  better: string | undefined;
  missing: string[];
}
const NO_HINT: Hint = { better: undefined, missing: [] };

/** The site's words (written by the build next to the index), fetched the first time a suggestion may help. */
function loadVocabulary(bundle: string): Promise<Vocabulary | undefined> {
  return (vocabulary ??= fetch(`${bundle}${VOCABULARY_FILE}`)
    .then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : undefined))
    .catch(() => undefined));
}

/** An element with a class and children, built as nodes (no HTML is parsed). */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

/** A link to a result or a heading. */
function link(href: string, className: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = element('a', className, ...children);
  a.href = href;
  return a;
}

/** An excerpt as text nodes and <mark> elements (excerptParts reads Pagefind's markup). */
function excerpt(html: string, className: string): HTMLParagraphElement {
  const nodes = excerptParts(html).map(({ text, marked }) => (marked ? element('mark', '', text) : text));
  return element('p', className, ...nodes);
}

/**
 * One result, a report: its title (to its home), and the places in it that hold the
 * words, each named by its part and heading and linked to the part's own page (readerUrl). When the
 * results are one report, every place is listed; among several, the best three and a link to the
 * rest (the search page scoped to the report). Returns the item and how many places it lists.
 */
function resultItem(data: ResultData, term: string, alone: boolean, base: string): { item: HTMLLIElement; places: number } {
  const title = data.meta['title'] || data.url;
  const head = element('div', 'search-result-head', link(readerUrl(data, { url: data.url }), 'search-result-link', element('span', 'search-result-title', title)));
  const item = element('li', 'search-result', head);
  const { shown, total } = placesShown(data, term, alone);
  // The report's own excerpt only where no place is listed (the words are in its title or the
  // text before its findings): the places' excerpts already show the words in context.
  if (shown.length === 0) item.append(excerpt(data.excerpt, 'search-result-excerpt'));
  const subs = shown.map((sub) => {
    const part = partTitleOf(data, sub);
    // The part on a line of its own above the heading; a screen reader hears "part, heading" (the
    // comma is in the name, not on screen; an aria-label would not match the visible text).
    const name = part ? [element('span', 'search-sub-result-part', part, element('span', 'sr-only', ',')), sub.title] : [sub.title];
    return element('li', 'search-sub-result', link(readerUrl(data, sub), 'search-sub-result-link', ...name), excerpt(sub.excerpt, 'search-sub-result-excerpt'));
  });
  if (subs.length > 0) item.append(element('ul', 'search-sub-results', ...subs));
  const slug = data.filters[REPORT_FILTER]?.[0];
  if (shown.length < total && slug) {
    const rest = link(siteUrls(base).search({ query: term.trim(), report: slug }), 'search-result-more', `All ${total} places in ${title}`);
    item.append(element('p', 'search-result-more-line', rest));
  }
  return { item, places: Math.max(shown.length, 1) };
}

/** The report a container searches first: the one whose page it is on, or the search page's `?report=`. */
interface Scope {
  slug: string;
  /** The report's title, once known. */
  title: string | undefined;
}

/** Where search starts scoped: the report of the page the dialog opens on, or the search page's `?report=`. */
function homeScope(container: HTMLElement): Scope | undefined {
  const doc = container.ownerDocument;
  if (container.classList.contains('search-page')) {
    const slug = reportFromSearch(location.search);
    return slug ? { slug, title: undefined } : undefined;
  }
  const article = doc.querySelector<HTMLElement>('article[data-report]');
  const slug = article?.dataset['report'];
  if (!article || !slug) return undefined;
  return { slug, title: article.dataset['reportTitle'] };
}

/**
 * Connects a container's search box to Pagefind: results as the reader types, for exactly the box's
 * text (never those of a prefix that arrive late), in the report it is scoped to or in all.
 * Returns what Enter in the box does: search exactly the box's text first, then take the suggested
 * spelling if one is offered, else follow the first result, to the heading that holds the
 * query's words if one does.
 */
function bindInput(container: HTMLElement, input: HTMLInputElement, pagefind: Pagefind, paths: { bundle: string; base: string }, home: Scope | undefined): () => void {
  const { bundle, base } = paths;
  const find = <E extends HTMLElement>(selector: string) => container.querySelector<E>(selector);
  const list = find<HTMLOListElement>('.search-results');
  const summary = find('.search-summary');
  const suggestionEl = find('.search-suggestion');
  const more = find<HTMLButtonElement>('.search-more');
  const scopeEl = find('.search-scope');
  const onPage = container.classList.contains('search-page');
  // A container may ask for fewer reports a page (data-page-size): the paging tests do, with a library of three.
  const pageSize = Number(container.dataset['pageSize']) || PAGE_SIZE;
  let scoped = !!home;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The search last started (term and scope), and the one whose results are on screen.
  let started: string | undefined;
  type Shown = { key: string; term: string; results: PagefindResult[]; first: ResultData | undefined; suggestion: Promise<Hint> };
  let shown: Shown | undefined;
  let enterFor: string | undefined;
  const keyOf = (term: string): string => `${scoped ? home?.slug : ''}\u0000${term}`;

  // The scope line: "In <report> · Search all reports", or "In all reports · Search only <report>".
  const showScope = (): void => {
    if (!scopeEl || !home) return;
    const name = home.title ?? home.slug;
    const button = element('button', 'search-scope-button', scoped ? 'Search all reports' : `Search only ${name}`);
    button.type = 'button';
    button.onclick = () => setScoped(!scoped);
    scopeEl.replaceChildren('In ', element('strong', '', scoped ? name : 'all reports'), ' · ', button);
    scopeEl.hidden = false;
  };
  const setScoped = (value: boolean): void => {
    scoped = value;
    showScope();
    if (onPage) setReportParam(scoped ? home?.slug : undefined);
    search(input.value);
    input.focus();
  };

  const search = (term: string): void => {
    clearTimeout(timer);
    const key = keyOf(term);
    if (started === key) return;
    started = key;
    void run(term, key);
  };
  const status = find('.search-status');
  const run = async (term: string, key: string): Promise<void> => {
    const filters = scoped && home ? { [REPORT_FILTER]: home.slug } : undefined;
    let results: PagefindResult[];
    let page: ResultData[];
    let elsewhere = 0;
    try {
      const found = term.trim() ? await pagefind.search(term, filters ? { filters } : {}) : { results: [] };
      results = found?.results ?? [];
      page = await Promise.all(results.slice(0, pageSize).map((result) => result.data()));
      // Nothing in this report: are the words in others? (No text is fetched to count them.)
      if (filters && term.trim() && results.length === 0) elsewhere = (await pagefind.search(term))?.results.length ?? 0;
    } catch {
      // A part of the index could not be fetched: say so, and search again on the next keystroke or
      // Enter; unless a later search has started, whose own outcome is what the reader should see.
      if (started !== key) return;
      started = undefined;
      if (status) status.hidden = false;
      return;
    }
    // A later search has started: these results would be stale.
    if (started !== key) return;
    if (status) status.hidden = true;
    const now: Shown = { key, term, results, first: page[0], suggestion: suggest(term, page[0]) };
    shown = now;
    const items = page.map((data) => resultItem(data, term, results.length === 1, base));
    list?.replaceChildren(...items.map(({ item }) => item));
    if (more) {
      more.hidden = results.length <= pageSize;
      more.onclick = () => void showMore(now);
    }
    if (summary) summary.textContent = term.trim() ? resultsSummary({ reports: results.length, places: items[0]?.places ?? 0, elsewhere }, term, filters ? (home?.title ?? home?.slug) : undefined) : '';
    // Tests (and anyone else) can tell which query, in which report ('' for all), the results on screen belong to.
    if (list) {
      list.dataset['resultsFor'] = term;
      list.dataset['resultsIn'] = filters?.[REPORT_FILTER] ?? '';
    }
    showSuggestion();
    void now.suggestion.then((hint) => shown === now && showSuggestion(hint));
    if (enterFor === key) {
      enterFor = undefined;
      void enter(now);
    }
  };
  const showMore = async (now: Shown): Promise<void> => {
    if (!list || !more) return;
    const from = list.children.length;
    let page: ResultData[];
    try {
      page = await Promise.all(now.results.slice(from, from + pageSize).map((result) => result.data()));
    } catch {
      // A result's fragment could not be fetched: say so; the button stays for another try.
      if (status && shown === now) status.hidden = false;
      return;
    }
    if (shown !== now) return;
    if (status) status.hidden = true;
    const items = page.map((data) => resultItem(data, now.term, false, base).item);
    list.append(...items);
    more.hidden = list.children.length >= now.results.length;
    items[0]?.querySelector('a')?.focus();
  };

  const useSuggestion = (better: string): void => {
    input.value = better;
    // The search page keeps ?q= in step through this event.
    input.dispatchEvent(new Event('input'));
    search(better);
    input.focus();
  };
  const showSuggestion = ({ better, missing }: Hint = NO_HINT): void => {
    if (!suggestionEl) return;
    const note = missing.length > 0 ? missingWordsNote(missing) : '';
    if (!better) return note ? suggestionEl.replaceChildren(note) : suggestionEl.replaceChildren();
    const button = element('button', 'search-suggestion-button', better);
    button.type = 'button';
    button.onclick = () => useSuggestion(better);
    suggestionEl.replaceChildren(note ? `${note} Did you mean ` : 'Did you mean ', button, '?');
  };
  // A search that found nothing, or whose first result lacks one of the typed words, may hold a
  // typo: only then is the vocabulary fetched, a better spelling looked for, and the words the
  // reports lack named (Pagefind then found shorter forms of them).
  const suggest = async (term: string, first: ResultData | undefined): Promise<Hint> => {
    if (!term.trim()) return NO_HINT;
    if (first && holdsEveryWord(first.content, term)) return NO_HINT;
    const words = await loadVocabulary(bundle);
    if (!words) return NO_HINT;
    return { better: suggestQuery(term, words), missing: first ? missingWords(term, words) : [] };
  };
  // Enter: the suggested spelling if there is one (the first result lacks a typed word), else the
  // first result, at its heading that holds the words.
  const enter = async (now: Shown): Promise<void> => {
    const { better } = await now.suggestion;
    if (keyOf(input.value) !== now.key) return;
    if (better) return useSuggestion(better);
    if (now.first) location.assign(landingUrl(now.first, now.term));
  };

  input.addEventListener('input', () => {
    enterFor = undefined;
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value), DEBOUNCE_MS);
  });
  // Arrow keys move between the box and the result links, as in a list box.
  container.addEventListener('keydown', (event) => {
    if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || !list) return;
    const links = [input, ...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const at = links.indexOf(event.target as HTMLAnchorElement);
    if (at < 0 || links.length < 2) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : Math.max(at - 1, 0);
    links[next]?.focus();
  });
  showScope();
  search(input.value);

  // Enter searches exactly the box's text (not a prefix whose results are still on screen) first.
  return () => {
    const term = input.value;
    if (!term.trim()) return;
    const key = keyOf(term);
    if (shown?.key === key) return void enter(shown);
    enterFor = key;
    search(term);
  };
}

/** Puts the search page's scope in its URL (`&report=`), so it can be linked and survives a reload. */
function setReportParam(slug: string | undefined): void {
  const query = searchWithReport(location.search, slug);
  if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
}

/**
 * The report a container searches first, with its title: on a report's page both are in the page;
 * the search page's `?report=` gives only the slug, so the title is read from one of the report's
 * pages (a filter-only search). A slug that names no report scopes nothing and leaves the URL.
 */
async function resolveScope(container: HTMLElement, pagefind: Pagefind): Promise<Scope | undefined> {
  const home = homeScope(container);
  if (!home || home.title) return home;
  const pages = await pagefind.search(null, { filters: { [REPORT_FILTER]: home.slug } });
  const first = await pages?.results[0]?.data();
  if (!first) {
    setReportParam(undefined);
    return undefined;
  }
  return { slug: home.slug, title: first.meta['title'] };
}

const opened = new WeakMap<HTMLElement, Promise<boolean>>();

/**
 * Loads Pagefind for a container (the dialog, or the search page's main) and connects its box:
 * Enter in the box follows the first result for the box's text (also when pressed while search
 * loads), and a failure to load is said, not silent. Resolves whether search is ready.
 */
export function openSearchUi(container: HTMLElement, bundle: string, base: string): Promise<boolean> {
  const ready = opened.get(container);
  if (ready) return ready;
  let enter: (() => void) | undefined;
  // Enter pressed before this module loaded (recorded by search.ts), or while Pagefind loads.
  let enterPressed = container.dataset['enter'] !== undefined;
  delete container.dataset['enter'];
  container.onkeydown = (event) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement && !event.isComposing) {
      event.preventDefault();
      if (enter) enter();
      else enterPressed = true;
    }
  };
  const status = container.querySelector<HTMLElement>('.search-status');
  const loaded = loadPagefind(bundle, base)
    // pagefind.init() does not wait for the index: a search for nothing loads it, and fails if it cannot.
    .then(async (pagefind) => {
      await pagefind.search(null);
      return { pagefind, home: await resolveScope(container, pagefind) };
    })
    .then(
      ({ pagefind, home }) => {
        if (status) status.hidden = true;
        const input = container.querySelector<HTMLInputElement>('.search-input');
        if (!input) return false;
        enter = bindInput(container, input, pagefind, { bundle, base }, home);
        if (enterPressed) enter();
        return true;
      },
      () => {
        // Forget the failure, so opening search again tries again.
        forgetPagefind();
        opened.delete(container);
        if (status) status.hidden = false;
        return false;
      },
    );
  opened.set(container, loaded);
  return loaded;
}

/** What this module gives the site's script once loaded. */
export interface SearchUi {
  openSearchUi: typeof openSearchUi;
  highlightTerms: typeof highlightTerms;
}
declare global {
  interface Window {
    reportSearchUi?: SearchUi;
  }
}
window.reportSearchUi = { openSearchUi, highlightTerms };
