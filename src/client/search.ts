import { hasHighlightTerms } from '../search/core/address.ts';
import { HIGHLIGHT_PARAM, pagefindBundlePath } from '../search/core/bundle.ts';
import { isSearchShortcut } from '../search/core/shortcut.ts';
import { loadOnce } from '../search/core/load-once.ts';
import type { SearchUi } from '../search/ui/search-ui.ts';
// `?worker&url` makes Vite bundle search-ui.ts as a file of its own and give us its URL, which we
// import() when search opens. A plain import() would split it off too, but Vite wraps every
// import() in its module-preload helper: 0.9 kB gzipped on every page, half the JavaScript budget.
// The file is not a worker; it only borrows that build (vite.worker.format 'es', astro.config.mjs),
// which drops exports: the module hands its functions over as window.reportSearchUi.
import searchUiUrl from '../search/ui/search-ui.ts?worker&url';

/** The search UI module, fetched on first use and reused on every later open (one Pagefind engine per page). */
const searchUi = loadOnce((fresh) =>
  import(/* @vite-ignore */ fresh(searchUiUrl)).then(() => {
    const ui = window.reportSearchUi;
    if (!ui) throw new Error('search-ui did not load');
    return ui;
  }),
);

/**
 * Connects a search container (the dialog, or the search page's main) to Pagefind, loading what it
 * needs; if that fails, the container's status line says so and the next call tries again.
 */
export function openSearch(container: HTMLElement, base: string): void {
  const status = container.querySelector<HTMLElement>('.search-status');
  // An Enter typed in the box before the search UI has loaded is kept for it (search-ui.ts takes
  // over the handler); one on the close button is the button's own.
  container.onkeydown ??= (event) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) container.dataset['enter'] = '';
  };
  searchUi().then(
    ({ openSearchUi }: SearchUi) => openSearchUi(container, pagefindBundlePath(base), base),
    () => {
      if (status) status.hidden = false;
    },
  );
}

/**
 * Turns the header's search link into a button that opens the search dialog (also on / and
 * Ctrl/⌘+K), loading Pagefind only then; highlights a search result's terms on the page it leads to.
 */
export function initSearch(doc: Document, base: string): void {
  const dialog = doc.querySelector<HTMLDialogElement>('dialog.search-dialog');
  const button = doc.querySelector<HTMLButtonElement>('.search-button');
  if (dialog && button) {
    const open = (): void => {
      if (dialog.open) return;
      dialog.showModal();
      dialog.querySelector<HTMLInputElement>('.search-input')?.focus();
      openSearch(dialog, base);
    };
    // global.css shows the button instead of the link once the inline script marks the page data-js.
    button.onclick = open;
    doc.addEventListener('keydown', (event) => {
      const editable = !!(event.target as Element | null)?.closest?.('input, textarea, select, [contenteditable]');
      if (!isSearchShortcut(event, editable) || event.defaultPrevented) return;
      event.preventDefault();
      open();
    });
  }
  if (hasHighlightTerms(location.search)) {
    void searchUi().then(({ highlightPage }: SearchUi) => highlightPage(doc, pagefindBundlePath(base), HIGHLIGHT_PARAM));
  }
}
