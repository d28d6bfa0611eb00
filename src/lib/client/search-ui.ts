// The part of search that drives Pagefind's UI. The site's script (search.ts) loads this file by URL
// only when the reader opens search (see there): it bundles the pure search code it imports, is
// handed the bundle path, and hands back its functions as `window.reportSearchUi`, since that build
// keeps no exports. Everything search adds (sub-result order, suggestions) lives here, not in the
// site's script, so that pages cost no more JavaScript before a reader searches.

// Pagefind's Component UI, not its Default UI: since 1.5 it is the UI Pagefind maintains and
// recommends (the Default UI is legacy). Its building blocks (<pagefind-summary>, <pagefind-results>)
// bring the ARIA live announcements, arrow-key navigation through results and per-heading
// sub-results we would otherwise write; it is themed with --pf-* custom properties (src/styles/search.css maps our
// tokens) instead of overriding the Default UI's generated class rules; it searches in a Web Worker
// and needs no eval or inline script, so a strict CSP only adds 'wasm-unsafe-eval'.
// We use the blocks inside our own native <dialog> rather than <pagefind-modal>: the dialog and its
// shortcuts must work before any Pagefind file is loaded (nothing of search loads until it opens),
// and / and Ctrl/⌘+K both open it. Esc, the close button (form method="dialog"), a backdrop click
// (closedby="any") and returning focus are the browser's own dialog behaviour.
// https://pagefind.app/docs/ui-usage/

import { holdsEveryWord, landingUrl, orderSubResults, type RankablePage, type RankableSubResult } from '../search.ts';
import { suggestQuery, VOCABULARY_FILE, type Vocabulary } from '../search-suggest.ts';

let loading: Promise<unknown> | undefined;

/** Loads the Component UI's stylesheet and script from the Pagefind bundle, once per page. */
function loadSearchUi(doc: Document, bundle: string): Promise<unknown> {
  if (loading) return loading;
  const css = doc.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${bundle}pagefind-component-ui.css`;
  doc.head.append(css);
  // A failed load leaves nothing behind, so a retry adds one stylesheet again, not a second.
  return (loading = addScript(doc, `${bundle}pagefind-component-ui.js`).catch((error: unknown) => {
    css.remove();
    throw error;
  }));
}

// A script element: Pagefind ships its Component UI as a classic script (an IIFE).
function addScript(doc: Document, src: string, type = 'text/javascript'): Promise<unknown> {
  const script = doc.createElement('script');
  script.type = type;
  script.src = src;
  doc.head.append(script);
  return new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = (error) => {
      script.remove();
      reject(error);
    };
  });
}

/**
 * Highlights the search terms on a page reached from a result (`?pagefind-highlight=…`).
 * addStyles would inject a <style> element, which the CSP blocks: search.css styles the marks.
 */
export async function highlightTerms(doc: Document, bundle: string, highlightParam: string): Promise<void> {
  await addScript(doc, `${bundle}pagefind-highlight.js`, 'module');
  const { PagefindHighlight } = window as unknown as { PagefindHighlight: HighlightConstructor };
  new PagefindHighlight({ highlightParam, addStyles: false });
}

type HighlightConstructor = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

/** One result of a search, whose data Pagefind loads on demand. */
interface PagefindResult {
  data(): Promise<PagefindData>;
}
/** A result's data, as far as we read it. */
interface PagefindData extends RankablePage<RankableSubResult> {
  url: string;
}
/** The part of the Component UI's global API that our search box drives. */
interface PagefindInstance {
  /** The term of the latest search, whose results are the next `results` event. */
  searchTerm?: string;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  focusNextResults(from: HTMLElement): void;
  on(event: 'results', callback: (found: { results: PagefindResult[] }) => void): void;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

// How long the box waits after a keystroke before searching, as <pagefind-input> does.
const DEBOUNCE_MS = 150;

let vocabulary: Promise<Vocabulary | undefined> | undefined;

/** The site's words (written by the build next to the index), fetched the first time a suggestion may help. */
function loadVocabulary(bundle: string): Promise<Vocabulary | undefined> {
  return (vocabulary ??= fetch(`${bundle}${VOCABULARY_FILE}`)
    .then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : undefined))
    .catch(() => undefined));
}

/**
 * Connects our own search box to a Component UI instance. The box is in the HTML from the start
 * (not Pagefind's <pagefind-input>, which exists only once its script has loaded), so what a
 * reader types while search is still loading is kept and searched as soon as it can be.
 * Returns what Enter in the box does: search exactly the box's text (not a prefix whose results
 * are still on screen), then take the suggested spelling if one is offered, else follow the first
 * result, to the heading that holds the query's words if one does.
 */
function bindInput(container: HTMLElement, input: HTMLInputElement, instance: PagefindInstance, bundle: string): () => void {
  const resultsEl = container.querySelector<HTMLElement>('pagefind-results');
  const suggestionEl = container.querySelector<HTMLElement>('.search-suggestion');
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The results on screen, the term they belong to and its suggested spelling (if any, once known);
  // the term whose results Enter waits for, if any.
  let shown: { term: string; results: PagefindResult[]; suggestion: Promise<string | undefined> } | undefined;
  let enterFor: string | undefined;

  const search = (term: string): void => {
    clearTimeout(timer);
    if (instance.searchTerm !== term) instance.triggerSearch(term);
  };
  const useSuggestion = (better: string): void => {
    input.value = better;
    // The search page keeps ?q= in step through this event.
    input.dispatchEvent(new Event('input'));
    search(better);
    input.focus();
  };
  const showSuggestion = (better: string | undefined): void => {
    if (!suggestionEl) return;
    if (!better) return suggestionEl.replaceChildren();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'search-suggestion-button';
    button.textContent = better;
    button.onclick = () => useSuggestion(better);
    suggestionEl.replaceChildren('Did you mean ', button, '?');
  };
  // A search that found nothing, or whose first result lacks one of the typed words, may hold a
  // typo: only then is the vocabulary fetched and a better spelling looked for.
  const suggest = async (term: string, results: PagefindResult[]): Promise<string | undefined> => {
    if (!term.trim()) return undefined;
    const first = await results[0]?.data();
    if (first && holdsEveryWord(first.content, term)) return undefined;
    const words = await loadVocabulary(bundle);
    return words && suggestQuery(term, words);
  };
  // Enter: the suggested spelling if there is one (the first result lacks a typed word), else the
  // first result, at its heading that holds the words.
  const enter = async (found: NonNullable<typeof shown>): Promise<void> => {
    const better = await found.suggestion;
    if (input.value !== found.term) return;
    if (better) return useSuggestion(better);
    const first = await found.results[0]?.data();
    if (first) location.assign(landingUrl(first, found.term));
  };

  instance.on('results', ({ results }) => {
    const term = instance.searchTerm ?? '';
    for (const result of results) {
      // The Component UI loads each result's data as it scrolls into view; order its sub-results then.
      const data = result.data.bind(result);
      result.data = async () => {
        const page = await data();
        page.sub_results = orderSubResults(page, term);
        return page;
      };
    }
    const found = (shown = { term, results, suggestion: suggest(term, results) });
    // Tests (and anyone else) can tell which query the results on screen belong to.
    if (resultsEl) resultsEl.dataset['resultsFor'] = term;
    showSuggestion(undefined);
    void found.suggestion.then((better) => shown === found && showSuggestion(better));
    if (enterFor === term) {
      enterFor = undefined;
      void enter(found);
    }
  });
  input.addEventListener('input', () => {
    enterFor = undefined;
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    instance.focusNextResults(input);
  });
  if (input.value.trim()) search(input.value);

  // Enter searches exactly the box's text (not a prefix whose results are still on screen) first.
  return () => {
    const term = input.value;
    if (!term.trim()) return;
    if (shown?.term === term) return void enter(shown);
    enterFor = term;
    search(term);
  };
}

const opened = new WeakMap<HTMLElement, Promise<PagefindInstance | undefined>>();

/**
 * Loads the search UI for a container (the dialog, or the search page's main) and connects its box:
 * Enter in the box follows the first result for the box's text (also when pressed while search
 * loads), and a failure to load is said, not silent.
 */
export function openSearchUi(container: HTMLElement, bundle: string): Promise<PagefindInstance | undefined> {
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
  const loaded = loadSearchUi(container.ownerDocument, bundle).then(
    async () => {
      if (status) status.hidden = true;
      await customElements.whenDefined('pagefind-results');
      const instance = window.PagefindComponents?.getInstanceManager().getInstance(container.dataset['instance'] ?? 'default');
      const input = container.querySelector<HTMLInputElement>('.search-input');
      if (instance && input) {
        // Searches started while Pagefind is still loading can overtake one another in the Component
        // UI (results for "P" shown as those for "Pingora"): search only once it has loaded.
        await instance.triggerLoad();
        enter = bindInput(container, input, instance, bundle);
        if (enterPressed) enter();
      }
      return instance;
    },
    () => {
      // Forget the failure, so opening search again tries again.
      loading = undefined;
      opened.delete(container);
      if (status) status.hidden = false;
      return undefined;
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
