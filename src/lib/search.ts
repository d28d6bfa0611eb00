// What every page's search script needs, kept apart from the search page's query handling
// (search-query.ts) so the script that every page loads stays a few hundred bytes.
import { withBase } from './paths.ts';

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
