import { queryFromSearch, searchWithQuery } from '../search-query.ts';

/** The part of the Component UI's global API the search page uses. */
interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: string) => void): void;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

/**
 * Runs the search page once the header's script has loaded the Component UI: swaps the "needs
 * JavaScript" note for the search box, searches for `?q=` on arrival and keeps `?q=` in step with
 * the box so a search can be linked and bookmarked.
 */
export async function initSearchPage(doc: Document): Promise<void> {
  const page = doc.querySelector<HTMLElement>('.search-page');
  if (!page) return;
  for (const note of page.querySelectorAll<HTMLElement>('.search-needs-js')) note.hidden = true;
  for (const ui of page.querySelectorAll<HTMLElement>('.search-ui')) ui.hidden = false;
  await customElements.whenDefined('pagefind-results');
  const instance = window.PagefindComponents?.getInstanceManager().getInstance(page.dataset['instance'] ?? 'default');
  if (!instance) return;
  const query = queryFromSearch(location.search);
  if (query) instance.triggerSearch(query);
  instance.on('search', (term) => {
    const search = searchWithQuery(location.search, term);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  });
}
