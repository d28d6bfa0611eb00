import { queryFromSearch } from '../search/core/address.ts';
import { openSearch } from './search.ts';

/**
 * Runs the search page: swaps the "needs JavaScript" note for the search box, filled from `?q=`.
 * Pagefind loads at once for a linked search, else on the reader's first keystroke: arriving at the
 * page costs no search bytes. Once loaded, search keeps `?q=` and `&report=` in step with the box
 * (src/search/ui/address.ts), so a search can be linked and bookmarked.
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
  input.focus();
}
