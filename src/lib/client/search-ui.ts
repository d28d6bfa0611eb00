// The part of search that drives Pagefind's UI. The site's script (search.ts) loads this file by URL
// only when the reader opens search (see there): it imports nothing, is handed the bundle path, and
// hands back its functions as `window.reportSearchUi`, since that build keeps no exports.

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

let loading: Promise<unknown> | undefined;

/** Loads the Component UI's stylesheet and script from the Pagefind bundle, once per page. */
function loadSearchUi(doc: Document, bundle: string): Promise<unknown> {
  if (loading) return loading;
  const css = doc.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${bundle}pagefind-component-ui.css`;
  doc.head.append(css);
  return (loading = addScript(doc, `${bundle}pagefind-component-ui.js`));
}

// A script element: Pagefind ships its Component UI as a classic script (an IIFE).
function addScript(doc: Document, src: string, type = 'text/javascript'): Promise<unknown> {
  const script = doc.createElement('script');
  script.type = type;
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
  await addScript(doc, `${bundle}pagefind-highlight.js`, 'module');
  const { PagefindHighlight } = window as unknown as { PagefindHighlight: HighlightConstructor };
  new PagefindHighlight({ highlightParam, addStyles: false });
}

type HighlightConstructor = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

/** The part of the Component UI's global API that our search box drives. */
interface PagefindInstance {
  triggerSearch(term: string): void;
  focusNextResults(from: HTMLElement): void;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

// How long the box waits after a keystroke before searching, as <pagefind-input> does.
const DEBOUNCE_MS = 150;

/**
 * Connects our own search box to a Component UI instance. The box is in the HTML from the start
 * (not Pagefind's <pagefind-input>, which exists only once its script has loaded), so what a
 * reader types while search is still loading is kept and searched as soon as it can be.
 */
function bindInput(input: HTMLInputElement, instance: PagefindInstance): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => instance.triggerSearch(input.value), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    instance.focusNextResults(input);
  });
  if (input.value.trim()) instance.triggerSearch(input.value);
}

const opened = new WeakMap<HTMLElement, Promise<PagefindInstance | undefined>>();

/**
 * Loads the search UI for a container (the dialog, or the search page's main) and connects its box:
 * Enter in the box follows the first result, and a failure to load is said, not silent.
 */
export function openSearchUi(container: HTMLElement, bundle: string): Promise<PagefindInstance | undefined> {
  const ready = opened.get(container);
  if (ready) return ready;
  container.onkeydown = (event) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement && !event.isComposing) {
      container.querySelector<HTMLAnchorElement>('pagefind-results a[href]')?.click();
    }
  };
  const status = container.querySelector<HTMLElement>('.search-status');
  const loaded = loadSearchUi(container.ownerDocument, bundle).then(
    async () => {
      if (status) status.hidden = true;
      await customElements.whenDefined('pagefind-results');
      const instance = window.PagefindComponents?.getInstanceManager().getInstance(container.dataset['instance'] ?? 'default');
      const input = container.querySelector<HTMLInputElement>('.search-input');
      if (instance && input) bindInput(input, instance);
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
