import { withBase } from './paths.ts';

/** The query parameter of the search page (`search/?q=…`). */
export const QUERY_PARAM = 'q';

/** The search page's address, optionally with a query. */
export function searchPageUrl(base: string, query = ''): string {
  const term = query.trim();
  return withBase(base, 'search/') + (term ? `?${new URLSearchParams({ [QUERY_PARAM]: term })}` : '');
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
