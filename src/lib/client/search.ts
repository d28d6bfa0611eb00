import { HIGHLIGHT_PARAM, hasHighlightTerms, isSearchShortcut, pagefindBundlePath } from '../search.ts';

// Pagefind's Component UI, not its Default UI: since 1.5 it is the UI Pagefind maintains and
// recommends (the Default UI is legacy). Its building blocks (<pagefind-input>, -summary, -results)
// bring the ARIA live announcements, arrow-key navigation and per-heading sub-results we would
// otherwise write; it is themed with --pf-* custom properties (src/styles/search.css maps our
// tokens) instead of overriding the Default UI's generated class rules; it searches in a Web Worker
// and needs no eval or inline script, so a strict CSP only adds 'wasm-unsafe-eval'.
// We use the blocks inside our own native <dialog> rather than <pagefind-modal>: the dialog and its
// shortcuts must work before any Pagefind file is loaded (nothing of search loads until it opens),
// and / and Ctrl/⌘+K both open it. Esc, the close button (form method="dialog"), a backdrop click
// (closedby="any") and returning focus are the browser's own dialog behaviour.
// https://pagefind.app/docs/ui-usage/

let loading: Promise<unknown> | undefined;

/** Loads the Component UI's stylesheet and script from the Pagefind bundle, once per page. */
export function loadSearchUi(doc: Document, base: string): Promise<unknown> {
  if (loading) return loading;
  const bundle = pagefindBundlePath(base);
  const css = doc.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${bundle}pagefind-component-ui.css`;
  doc.head.append(css);
  return (loading = addScript(doc, `${bundle}pagefind-component-ui.js`));
}

// Script elements rather than import(): Pagefind ships the Component UI as a classic script (an
// IIFE), and an import() here makes Vite add its 1 kB module-preload helper to every page.
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
 * Loads the search UI into a container (the dialog, or the search page's main): Enter in the box
 * follows the first result, the box gets focus, and a failure to load is said, not silent.
 */
export function openSearchUi(container: HTMLElement, base: string): void {
  container.onkeydown = (event) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement && !event.isComposing) {
      container.querySelector<HTMLAnchorElement>('pagefind-results a[href]')?.click();
    }
  };
  const status = container.querySelector<HTMLElement>('.search-status');
  loadSearchUi(container.ownerDocument, base).then(
    () => {
      if (status) status.hidden = true;
      container.querySelector('input')?.focus();
    },
    () => {
      // Forget the failure, so opening search again tries again.
      loading = undefined;
      if (status) status.hidden = false;
    },
  );
}

/**
 * Turns the header's search link into a button that opens the search dialog (also on / and
 * Ctrl/⌘+K), loading Pagefind only then, or at once on the search page; highlights a search
 * result's terms on the page it leads to.
 */
export function initSearch(doc: Document, base: string): void {
  const dialog = doc.querySelector<HTMLDialogElement>('dialog.search-dialog');
  const button = doc.querySelector<HTMLButtonElement>('.search-button');
  if (dialog && button) {
    const open = (): void => {
      if (dialog.open) return;
      dialog.showModal();
      openSearchUi(dialog, base);
    };
    for (const link of doc.querySelectorAll<HTMLElement>('.search-link')) link.hidden = true;
    button.hidden = false;
    button.onclick = open;
    doc.addEventListener('keydown', (event) => {
      const editable = !!(event.target as Element | null)?.closest?.('input, textarea, select, [contenteditable]');
      if (!isSearchShortcut(event, editable) || event.defaultPrevented) return;
      event.preventDefault();
      open();
    });
  }
  for (const page of doc.querySelectorAll<HTMLElement>('.search-page')) openSearchUi(page, base);
  if (hasHighlightTerms(location.search)) {
    // The highlight module sets window.PagefindHighlight; addStyles would inject a <style> element,
    // which a strict CSP blocks, so search.css styles the marks.
    void addScript(doc, `${pagefindBundlePath(base)}pagefind-highlight.js`, 'module').then(() => {
      const { PagefindHighlight } = window as unknown as { PagefindHighlight: HighlightConstructor };
      new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
    });
  }
}

type HighlightConstructor = new (options: { highlightParam: string; addStyles: boolean }) => unknown;
