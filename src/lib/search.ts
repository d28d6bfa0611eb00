// The pure parts of search: where the bundle is, which keys open it, the search page's ?q=.
import { withBase } from './urls.ts';

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

/** The query parameter of the search page (`search/?q=…`). */
const QUERY_PARAM = 'q';

/** The search page's address, where the header's search leads without JavaScript. */
export function searchPageUrl(base: string): string {
  return withBase(base, 'search/');
}

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

/**
 * What the search box says when search cannot load. The dev server searches the last build
 * (src/integrations/search-index.ts), so there the likely cause is that there is none yet.
 */
export function searchFailureMessage(dev: boolean): string {
  return dev
    ? 'Search could not be loaded: the development server searches the last build, and there is none yet. Run npm run build once.'
    : 'Search could not be loaded. Try again, or use the contents.';
}
