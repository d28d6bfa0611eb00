import { queryFromSearch, searchWithQuery } from '../search/core/search.ts';
import { openSearch } from './search.ts';

/**
 * Runs the search page: swaps the "needs JavaScript" note for the search box, and keeps `?q=` in
 * step with the box so a search can be linked and bookmarked. Pagefind loads at once for a linked
 * search (`?q=`), else on the reader's first keystroke: arriving at the page costs no search bytes.
 */
export function initSearchPage(doc: Document, base: string): void {
  const page = doc.querySelector<HTMLElement>('.search-page');
  const input = page?.querySelector<HTMLInputElement>('.search-input');
  if (!page || !input) return;
  for (const note of page.querySelectorAll<HTMLElement>('.search-needs-js')) note.hidden = true;
  for (const ui of page.querySelectorAll<HTMLElement>('.search-ui')) ui.hidden = false;
  input.value = queryFromSearch(location.search);
  const open = (): void => openSearch(page, base);
  if (input.value) open();
  else input.addEventListener('input', open, { once: true });
  input.addEventListener('input', () => {
    const search = searchWithQuery(location.search, input.value);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  });
  input.focus();
}
